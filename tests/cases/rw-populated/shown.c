/* A writable segment well under 128 KiB that the reservation already
 * shows (build: at the first segment's distance from its file offset):
 * a GOT, a pointer, and a page and more of plain data that no relocation
 * and no code writes.  PAD bytes of read-only data put it there. */
#ifndef PAD
#define PAD 1
#endif
const char shown_pad[PAD] = { 1 };
int shown_plain[3 * 1024] = { 1 };
int *shown_self = &shown_plain[0];

int *shown_plain_addr(void)
{
	return shown_pad[0] ? shown_self : 0;
}
