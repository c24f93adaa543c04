/* A writable segment over 128 KiB: 256 KiB of plain data that no
 * relocation and no code writes. */
int big_plain[64 * 1024] = { 1 };
int *big_self = &big_plain[0];

int *big_plain_addr(void)
{
	return big_self;
}
