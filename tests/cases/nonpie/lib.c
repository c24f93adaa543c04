/* A library function the non-PIE program calls and takes the address of. */
int lib_fn(int x) { return x + 1; }
int (*lib_own_address(void))(int) { return lib_fn; }
