/* Counts its constructor and destructor runs in the program. */
extern int ctor_runs, dtor_runs;
static int state;
__attribute__((constructor)) static void up(void) { ctor_runs++; }
__attribute__((destructor)) static void down(void) { dtor_runs++; }
int bump(void) { return ++state; }
