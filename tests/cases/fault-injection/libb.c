int *lib_b_ptr;
int lib_b_data = 12;
int lib_b_value(void) { return 10; }
