int lib3(void) { return 3; }
