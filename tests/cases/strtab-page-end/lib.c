/*
 * elfpatch strtab-at-hole makes page_end_datum the last string of the
 * string table, which ends at a page's end before a hole.  The library
 * reads it through its GOT (GLOB_DAT: a lookup of the name as this
 * library's table spells it); the program reads it too.  The names are
 * hashed a word at a time only for the process-wide symbol table, which
 * the default loader does not build for a program this small: the
 * symtable build, which builds it for every program, is the one whose
 * lookups reach the rule (make test runs it on every CPU: VARIANT_SAMPLE).
 */
int page_end_datum = 42;

int *datum_address(void)
{
	return &page_end_datum;
}
