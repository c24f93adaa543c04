/* libg.so: dlopen'ed RTLD_GLOBAL and closed again, so the global scope shrinks. */
int g_value(void) { return 1; }
