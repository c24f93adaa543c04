/* The names main.c asks for, each behind a decoy of the same GNU hash (first.c). */
int kb9k(void) { return 1; }
int xb9yyyy(void) { return 2; }
int qqqqqb9qqqq(void) { return 3; }
int rrrrrrrrb9r(void) { return 4; }
int sb9ssssssssssss(void) { return 5; }
int tttttb9tttttttt(void) { return 6; }
int uuuuuuuuub9uuuu(void) { return 7; }
int vvvvvvvvvvvvvb9(void) { return 8; }
int wwwwwwwwwb9wwwwwwwww(void) { return 9; }
int zzzzzzzzzzzzzzzzzb9z(void) { return 10; }
