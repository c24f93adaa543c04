/* liba.so: dlopen'ed RTLD_LAZY | RTLD_LOCAL; its call to b_value waits for its first call. */
int b_value(void);
int a_value(void) { return b_value() * 6; }
