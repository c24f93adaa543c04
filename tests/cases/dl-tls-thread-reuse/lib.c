/* Dynamic TLS (the library is dlopen'ed): each thread's own tv starts at 7. */
__thread int tv = 7;
int tls_swap(int v)
{
	int old = tv;
	tv = v;
	return old;
}
