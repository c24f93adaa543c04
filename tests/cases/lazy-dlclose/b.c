/* libuser.so: calls defs_value through its PLT without needing libdefs.so
 * (no DT_NEEDED): only the binding ties the two. */
int defs_value(int);
int user(int x) { return defs_value(x) * 2; }
