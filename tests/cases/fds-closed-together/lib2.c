int lib2(void) { return 2; }
