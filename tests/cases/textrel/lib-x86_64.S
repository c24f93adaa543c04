/* x86-64: absolute addresses in .text (movabs), linked with -z notext. */
	.text
	.globl get_message
	.type get_message, @function
get_message:
	movabs $message, %rax
	ret
	.globl get_other
	.type get_other, @function
get_other:
	movabs $other_value, %rax
	movl (%rax), %eax
	ret
	.section .rodata
	.globl message
	.type message, @object
message:
	.string "text relocated"
	.size message, . - message
	.section .note.GNU-stack, "", @progbits
