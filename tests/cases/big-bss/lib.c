/* 64 MiB of .bss in a library (static, so no copy relocation can move it). */
static char big[64 << 20];
char *lib_big(void) { return big; }
