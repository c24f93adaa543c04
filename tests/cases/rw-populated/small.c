/* A writable segment well under 128 KiB: a GOT, a pointer, and a page
 * and more of plain data that no relocation and no code writes. */
int small_plain[3 * 1024] = { 1 };
int *small_self = &small_plain[0];

int *small_plain_addr(void)
{
	return small_self;
}
