/* A library with TLS (dynamic: it is dlopen'ed), a constructor and a
 * destructor; the counts live in the program, which outlives us. */
extern int ctor_count, dtor_count;

__thread int tls_value = 17;
__thread char tls_zero[256];

__attribute__((constructor)) static void up(void) { ctor_count++; }
__attribute__((destructor)) static void down(void) { dtor_count++; }

/* 1 if this thread's block is fresh (image, zeroes), then dirty it. */
int touch_tls(void)
{
	int fresh = tls_value == 17 && tls_zero[0] == 0 && tls_zero[255] == 0;

	tls_value = 99;
	tls_zero[255] = 1;
	return fresh;
}
