/*
 * Descriptors of loaded files that start-up keeps open, to close them
 * together.  Below search.c (which closes them when an open finds no
 * descriptor left) and load.c (which keeps them): it uses nothing but
 * system calls.
 *
 * At start-up a loaded file's descriptor is not closed at once: they
 * are closed together once every object is loaded, in one close_range
 * when they are the only ones in their range, which they are unless
 * the program inherited one among them.  One call for all instead of a
 * close each: what pays for the madvise that populates a large
 * library's tables (map.c, populate_tables), so that loading a
 * library still takes no more system calls than glibc's loader makes.
 * At most RETIRED_MAX wait, and all are closed when an open finds no
 * descriptor left, so that a program under a low RLIMIT_NOFILE loads
 * as before.  A dlopen closes each at once (a failure there must leave
 * none open; load.c, ldso_drop_opening).
 */
#include "ldso.h"

#define RETIRED_MAX 32

static int retired[RETIRED_MAX];
static size_t retired_count;

bool ldso_close_retired(void)
{
	int lo = retired_count ? retired[0] : 0, hi = lo;

	if (!retired_count)
		return false;
	for (size_t i = 1; i < retired_count; i++) {
		lo = retired[i] < lo ? retired[i] : lo;
		hi = retired[i] > hi ? retired[i] : hi;
	}
	/* All open at once, so distinct: as many as the range holds means
	 * no other descriptor lies between them. */
	if ((size_t)(hi - lo) + 1 != retired_count ||
	    ldso_close_range((unsigned)lo, (unsigned)hi) < 0)
		for (size_t i = 0; i < retired_count; i++)
			ldso_close(retired[i]);
	retired_count = 0;
	return true;
}

void ldso_retire_fd(int fd)
{
	retired[retired_count++] = fd;
	/* Closed as soon as there are RETIRED_MAX, so that the next opens
	 * take the lowest numbers again and stay in one range. */
	if (retired_count == RETIRED_MAX)
		ldso_close_retired();
}
