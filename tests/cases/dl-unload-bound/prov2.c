/* libprov2.so: a second provider, dlopen'ed with RTLD_GLOBAL after libprov.so. */
int prov2_value(void) { return 100; }
