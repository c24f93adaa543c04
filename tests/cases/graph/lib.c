/* Each library is this file with its own NAME. */
#define CAT(a, b) a##b
#define FN(n) CAT(fn_, n)
int FN(NAME)(void) { return 1; }
