/* What libuse.so's GOT entry and the program's PLT slot point at. */
int data[4] = { 10, 11, 12, 13 };
int f0(void) { return 100; }
int f1(void) { return 101; }
