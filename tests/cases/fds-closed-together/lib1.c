int lib1(void) { return 1; }
