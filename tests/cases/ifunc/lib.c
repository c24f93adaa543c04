static int impl_fast(int x) { return x * 2; }
static int impl_slow(int x) { return x + x; }
int resolver_calls;
/* The resolver runs while the loader relocates, before constructors. */
static int (*pick(void))(int)
{
	resolver_calls++;
	return resolver_calls > 0 ? impl_fast : impl_slow;
}
int twice(int) __attribute__((ifunc("pick")));
