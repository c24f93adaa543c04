/*
 * Linked with default visibility, so that every reference below stays a
 * relocation (JUMP_SLOT, GLOB_DAT); the build then marks prot_fn and
 * prot_data protected and hid_fn hidden in .dynsym (tests/tools/elfpatch).
 */
const char *prot_fn(void) { return "lib"; }
const char *prot_data = "lib-data";
const char *hid_fn(void) { return "lib"; }

const char *lib_calls(void) { return prot_fn(); }
const char *lib_reads(void) { return prot_data; }
const char *lib_calls_hidden(void) { return hid_fn(); }
