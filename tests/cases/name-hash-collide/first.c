/* The decoys: each name has the GNU hash of one main.c asks for (second.c). */
int kaZk(void) { return 101; }
int xaZyyyy(void) { return 102; }
int qqqqqaZqqqq(void) { return 103; }
int rrrrrrrraZr(void) { return 104; }
int saZssssssssssss(void) { return 105; }
int tttttaZtttttttt(void) { return 106; }
int uuuuuuuuuaZuuuu(void) { return 107; }
int vvvvvvvvvvvvvaZ(void) { return 108; }
int wwwwwwwwwaZwwwwwwwww(void) { return 109; }
int zzzzzzzzzzzzzzzzzaZz(void) { return 110; }
