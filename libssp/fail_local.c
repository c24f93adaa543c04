/*
 * __stack_chk_fail_local: i386 PIC code calls this hidden name instead of
 * __stack_chk_fail, so that the failure path needs no PLT entry and no
 * %ebx set up for one.  Being hidden, it must be linked into every object
 * that calls it, hence libssp_nonshared.a.
 *
 * It must leave with a tail jump, not a call: __stack_chk_fail names the
 * smashed function from its own return address, which must therefore be
 * the one our caller pushed.  GCC emits a tail jump here only because
 * __stack_chk_fail is declared without noreturn (GCC keeps calls to
 * noreturn functions as calls) and because build.mk compiles this file
 * with -fno-plt (on i386 a PLT call needs %ebx, which a tail jump would
 * have to restore first).  After changing its flags in build.mk, check
 * with objdump that the body ends in a jmp.
 *
 * Not protected, for the same reason as __stack_chk_fail.
 */
extern void __stack_chk_fail(void);

__attribute__((visibility("hidden"), no_stack_protector))
void __stack_chk_fail_local(void)
{
	__stack_chk_fail();
}
