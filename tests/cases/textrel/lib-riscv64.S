/* riscv64: absolute addresses as literal words in .text, linked with -z notext. */
	.option norelax
	.text
	.globl get_message
	.type get_message, @function
get_message:
1:	auipc a0, %pcrel_hi(3f)
	ld a0, %pcrel_lo(1b)(a0)
	ret
	.globl get_other
	.type get_other, @function
get_other:
2:	auipc a0, %pcrel_hi(4f)
	ld a0, %pcrel_lo(2b)(a0)
	lw a0, 0(a0)
	ret
	.balign 8
3:	.dword message
4:	.dword other_value
	.section .rodata
	.globl message
	.type message, @object
message:
	.string "text relocated"
	.size message, . - message
	.section .note.GNU-stack, "", @progbits
