/* aarch64: absolute addresses as literal words in .text, linked with -z notext. */
	.text
	.globl get_message
	.type get_message, %function
get_message:
	ldr x0, 1f
	ret
	.globl get_other
	.type get_other, %function
get_other:
	ldr x0, 2f
	ldr w0, [x0]
	ret
	.balign 8
1:	.xword message
2:	.xword other_value
	.section .rodata
	.globl message
	.type message, %object
message:
	.string "text relocated"
	.size message, . - message
	.section .note.GNU-stack, "", %progbits
