/*
 * Built as liba (needs libb and libe), libb (needs libd), libe and libd.
 * Each defines <name>_only; libb and libe both define shared_name.
 */
#define CAT(a, b) a##b
#define NAMED(a, b) CAT(a, b)
const char *NAMED(NAME, _only)(void) { return WHO; }
#ifdef SHARED_NAME
const char *shared_name(void) { return WHO; }
#endif
