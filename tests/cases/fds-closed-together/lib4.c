int lib4(void) { return 4; }
