int lib5(void) { return 5; }
