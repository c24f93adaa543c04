/*
 * Relocations enough for stage 6's second thread (as in reloc-worker),
 * and one against a symbol the installed libdefs.so lacks: liblib.so and
 * the program are the worker's, libdefs.so the main thread's.
 */
extern int gone_lib;
int *lib_pointer = &gone_lib;

__asm__(".pushsection .data.rel,\"aw\"\n"
	".balign 16\n"
	"lib_words:\n"
	".rept 140000\n"
	".dc.a target\n"
	".endr\n"
	".popsection");
