int lib_table[16] = { 1 };
int lib_function(int x) { return x + 1; }
