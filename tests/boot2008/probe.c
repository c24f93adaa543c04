/*
 * The protected function the broken loaders of tests/boot2008 call first
 * thing in stage 1 (ldso/stage1.c, under LDSO_BOOT_2008_DEMO).  Built with
 * -fstack-protector-all, its prologue reads the canary: in `tls` mode at
 * %fs:0x28 / %gs:0x14, in `global` mode from __stack_chk_guard through
 * the GOT.
 */
__attribute__((visibility("hidden"))) void ldso_demo_protected_probe(void)
{
	char buf[16];

	__asm__ volatile("" : : "r"(buf) : "memory");
}
