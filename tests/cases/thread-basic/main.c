/*
 * crt_thread_create/join: four threads run, each with its own stack,
 * errno and __thread variable (initialised from the image), results come
 * back through join, and stdio lines from several threads stay whole.
 */
#include <crt_thread.h>
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#define THREADS 4

__thread int counter = 100;
__thread char zeroed[64];
static int started;

static void *run(void *arg)
{
	long id = (long)arg;
	int *my_errno = &errno;
	int fine = counter == 100 && zeroed[0] == 0 && zeroed[63] == 0;

	__atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
	counter += (int)id;
	errno = (int)id + 1;
	/* A failing call sets this thread's errno, nobody else's. */
	if (close(-1) != -1 || errno != EBADF)
		fine = 0;
	errno = (int)id + 1;
	while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < THREADS)
		;
	if (errno != (int)id + 1 || &errno != my_errno ||
	    counter != 100 + (int)id)
		fine = 0;
	printf("thread line %ld %s\n", id, "whole");
	return (void *)(long)(fine ? 1000 + id : -1);
}

int main(void)
{
	crt_thread_t t[THREADS];
	int *main_errno = &errno;

	errno = 77;
	counter = 5;
	for (long i = 0; i < THREADS; i++)
		if (crt_thread_create(&t[i], run, (void *)i) != 0) {
			printf("create %ld failed\n", i);
			return 1;
		}
	for (int i = 0; i < THREADS; i++) {
		void *r;
		crt_thread_join(t[i], &r);
		printf("thread %d returned %ld\n", i, (long)r);
	}
	printf("main: errno=%d own=%d counter=%d\n", errno, &errno == main_errno,
	       counter);
	return 0;
}
