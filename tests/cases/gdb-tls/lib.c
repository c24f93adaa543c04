/* libtv.so: a thread-local variable of a library (initial-exec or TLSDESC per toolchain). */
__thread int lib_tls = 77;

void lib_set(int value)
{
	lib_tls = value;
}

int lib_get(void)
{
	return lib_tls;
}
