/*
 * _start for crt1.o and Scrt1.o on RISC-V (RV64).
 *
 * At entry (as the kernel or a loader leaves it): sp points at argc,
 * followed by argv[], NULL, envp[], NULL, auxv; sp is 16-byte aligned.
 * a0 holds a function the program must register with atexit (the
 * loader's fini), or 0.  ra is unspecified.
 *
 * gp belongs to the executable: a non-PIE program's code is relaxed
 * against __global_pointer$, so gp must hold it before any of that code
 * runs, constructors included.  _start sets it, and so does the first
 * entry of .preinit_array, which a loader runs before every constructor
 * (as glibc's start file does).  Relaxation is off around the loads, or
 * the linker would turn them into gp-relative no-ops.
 *
 * Calls __crt_start_c(sp, fini) (crt/crt1.c), which does not return.
 * The calls are PC-relative to hidden symbols: the same code serves PIE
 * and non-PIE programs.
 */
	.text
	.globl _start
	.type _start, @function
_start:
	.cfi_startproc
	.cfi_undefined ra	/* the outermost frame: unwinders stop here */
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	li ra, 0
	li s0, 0
	mv a1, a0		/* loader's fini */
	mv a0, sp		/* -> argc */
	call __crt_start_c
	ebreak
	.cfi_endproc
	.size _start, . - _start
	.hidden __crt_start_c

	.type __crt_load_gp, @function
__crt_load_gp:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	ret
	.size __crt_load_gp, . - __crt_load_gp

	.section .preinit_array, "aw"
	.balign 8
	.dword __crt_load_gp

	.section .note.GNU-stack, "", @progbits
