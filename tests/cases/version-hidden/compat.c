/*
 * libcompat.so: bar only as the compatibility definition bar@VER_1 (no
 * bar@@ default).  The program needs it before libplain.so.
 */
const char *bar_1(void) { return "compat bar@VER_1"; }
__asm__(".symver bar_1, bar@VER_1");
const char *compat_marker(void) { return "compat"; }
