/*
 * 140,000 absolute words against target, which libdefs.so defines: with
 * the program's as many, start-up has relocations enough for stage 6's
 * second thread (reloc.c, WORKER_MIN), which takes liblib.so and the
 * program while the main thread takes libdefs.so.
 */
__asm__(".pushsection .data.rel,\"aw\"\n"
	".globl lib_words\n"
	".type lib_words, @object\n"
	".balign 16\n"
	"lib_words:\n"
	".rept 140000\n"
	".dc.a target\n"
	".endr\n"
	".size lib_words, . - lib_words\n"
	".popsection");
