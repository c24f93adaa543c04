/* A library's TLS, reached the general-dynamic way: __tls_get_addr. */
__thread int tls_var = 42;

int tls_value(void)
{
	return tls_var;
}
