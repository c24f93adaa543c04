/* libdefs.so: dlopen'ed RTLD_GLOBAL; libuser.so binds to it by symbol only. */
int defs_value(int x) { return x + 100; }
