/*
 * A deliberate data race: two threads increment `racy` with no
 * synchronisation at all.  helgrind and drd must say so.
 */
#include <crt_thread.h>
#include <stdio.h>

int racy;

static void *bump(void *arg)
{
	(void)arg;
	for (int i = 0; i < 100; i++)
		racy++;
	return 0;
}

int main(void)
{
	crt_thread_t t;

	if (crt_thread_create(&t, bump, 0))
		return 1;
	bump(0);
	crt_thread_join(t, 0);
	printf("done, racy %s\n", racy > 0 ? "counted" : "lost");
	return 0;
}
