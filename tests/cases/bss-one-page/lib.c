/*
 * A .bss of 4096 bytes after some data: it ends in the page after the one
 * the file data ends in, the one page of .bss the loader maps anonymously.
 */
int data = 5;
char bss[4096];
int touch_last(void)
{
	bss[sizeof bss - 1] = 9;
	return bss[sizeof bss - 1] + bss[0] + data;
}
