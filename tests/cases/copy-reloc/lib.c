/* Data a non-PIE program copies into its own .bss (R_*_COPY). */
int table[4] = { 10, 20, 30, 40 };
const char message[] = "copied";
int *lib_table_address(void) { return table; }
int lib_sum(void) { return table[0] + table[1] + table[2] + table[3]; }
