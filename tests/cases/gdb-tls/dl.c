/* libdt.so: a dlopen'ed library's thread-local variable (dynamic TLS). */
__thread int dl_tls = 5;

int dl_get(void)
{
	return dl_tls;
}
