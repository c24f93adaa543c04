/*
 * A word that wants prog_bar@PROG_1, which the program defines: binding
 * it reads the program's version names.  The program's own words want
 * lib_fn@LIB_1: relocating the program reads them too.  In the symtable
 * build the program is stage 6's worker's, which goes first, and
 * liblib.so the main thread's (worker.c): both threads read the
 * program's version table, which must be whole before either does
 * (reloc.c, prepare_worker).
 */
int prog_bar(void);
int (*lib_wants)(void) = prog_bar;

int lib_fn(void) { return 1; }
int lib_call(void) { return lib_wants(); }
