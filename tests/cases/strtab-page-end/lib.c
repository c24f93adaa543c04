/*
 * elfpatch strtab-at-hole makes page_end_datum the last string of the
 * string table, which ends at a page's end before a hole.  The library
 * reads it through its GOT (GLOB_DAT: a lookup of the name as this
 * library's table spells it); the program reads it too.
 */
int page_end_datum = 42;

int *datum_address(void)
{
	return &page_end_datum;
}
