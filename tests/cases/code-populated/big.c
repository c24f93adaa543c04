/* A code segment over 64 KiB and under 128 KiB (the limit of a
 * writable segment populated): a function, then 90,000 bytes of code
 * nothing runs. */
int big_f(void)
{
	return 2;
}

__asm__(".text\n.fill 90000, 1, 0xcc\n");
