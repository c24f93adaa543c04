/*
 * Built twice, NAME = tag and NAME = flag, without -Bsymbolic: the
 * library's references to its own definitions stay relocations (JUMP_SLOT,
 * GLOB_DAT).  The build then makes one copy symbolic with a DT_SYMBOLIC
 * tag and the other with DF_SYMBOLIC in DT_FLAGS.
 */
#define CAT(a, b) a##b
#define NAMED(a, b) CAT(a, b)
const char *NAMED(NAME, _fn)(void) { return "lib"; }
const char *NAMED(NAME, _data) = "lib-data";
const char *NAMED(NAME, _calls)(void) { return NAMED(NAME, _fn)(); }
const char *NAMED(NAME, _reads)(void) { return NAMED(NAME, _data); }
