/*
 * i386 only: initial-exec through R_386_TLS_TPOFF32, the negated offset
 * that code subtracts from the thread pointer (gcc emits TLS_TPOFF).
 */
	.text
	.globl tpoff32_first
	.type tpoff32_first, @function
tpoff32_first:
	call 1f
1:	pop %ecx
	addl $_GLOBAL_OFFSET_TABLE_+[.-1b], %ecx
	movl %gs:0, %eax
	subl tarr@gottpoff(%ecx), %eax
	movl (%eax), %eax
	ret
	.size tpoff32_first, . - tpoff32_first
	.section .note.GNU-stack, "", @progbits
