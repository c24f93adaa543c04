/* One word relocation against SYM, retyped by the build. */
	.data
	.globl slot
	.type slot, @object
	.size slot, 8
slot:	.quad SYM
	.section .note.GNU-stack, "", @progbits
