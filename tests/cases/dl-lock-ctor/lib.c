/*
 * The constructor runs inside dlopen, which holds the loader's lock.  It
 * lets the other thread go (in_ctor), waits until that thread is about to
 * call dlsym (trying), then watches for as long as a spin of 2^26 rounds
 * takes whether that dlsym returns (returned): it must not, before this
 * dlopen is over.
 */
extern volatile int in_ctor, trying, returned;
int seen_return;

__attribute__((constructor)) static void hold(void)
{
	in_ctor = 1;
	while (!trying)
		;
	for (long i = 0; i < (1L << 26) && !returned; i++)
		__asm__ volatile("" ::: "memory");
	seen_return = returned;
}

int lock_value(void)
{
	return 42;
}
