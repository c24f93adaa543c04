/* Library number N of 50: a function and a constructor. */
extern int ctor_count;
__attribute__((constructor)) static void init(void) { ctor_count++; }
#define CAT(a, b) a##b
#define FN(n) CAT(fn_, n)
int FN(N)(void) { return N * N + 1; }
