/* Functions whose names are 1 to 17 bytes long: each returns its length. */
int a(void) { return 1; }
int abcdefg(void) { return 7; }
int abcdefgh(void) { return 8; }
int abcdefghi(void) { return 9; }
int abcdefghijklmno(void) { return 15; }
int abcdefghijklmnop(void) { return 16; }
int abcdefghijklmnopq(void) { return 17; }
