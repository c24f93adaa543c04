/* Code, read-only data, RELRO data and writable data, in separate segments. */
const char lib_rodata[] = "read only";
const char *const lib_relro = lib_rodata;
int lib_data = 1;
int lib_code(void) { return lib_data + (lib_relro == lib_rodata); }
