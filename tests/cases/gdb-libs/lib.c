/* libg.so: a DT_NEEDED library with a call inside it, for bt. */
int lib_inner(int x) { return x * 3; }
int lib_outer(int x) { return lib_inner(x) + 1; }
