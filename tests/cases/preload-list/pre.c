/* Preload N defines fN and both(); the first preload's both() wins. */
#define CAT(a, b) a##b
#define FN(n) CAT(f, n)
const char *FN(N)(void) { return NAME; }
const char *both(void) { return NAME; }
