/*
 * What elfpatch's gnu-hash-hole makes the symbol table: zeros, big enough
 * for the symbol count its chain gives.  It must be read-only and after
 * the hole: with the code (lld and mold put .rodata before the hole).
 */
const char hole_pad[65536]
	__attribute__((aligned(16), section(".text.hole_pad"))) = { 0 };
int hole_data = 42;

/* Some text, so that a segment of code follows the hole. */
int hole_fn(int x)
{
	return x + hole_data;
}
