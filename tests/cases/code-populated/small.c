/* A code segment of up to 64 KiB (one fault-around block): a
 * function, then 40,000 bytes of code nothing runs. */
int small_f(void)
{
	return 1;
}

__asm__(".text\n.fill 40000, 1, 0xcc\n");
