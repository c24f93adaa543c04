/* Constructor and destructor counts live in the program; TLS makes each
 * thread's first access allocate a dynamic block. */
extern int ctor_runs, dtor_runs;
__thread int shared_tls = 7;
__attribute__((constructor)) static void up(void)
{
	__atomic_add_fetch(&ctor_runs, 1, __ATOMIC_SEQ_CST);
}
__attribute__((destructor)) static void down(void)
{
	__atomic_add_fetch(&dtor_runs, 1, __ATOMIC_SEQ_CST);
}
int shared_value(void) { return shared_tls++ == 7 ? 42 : -1; }
