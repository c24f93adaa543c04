/* Every link loaded once and initialized once. */
#include <stdio.h>
#include <link.h>

int chain_counter;

static int count_objects(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)info;
	(void)size;
	++*(int *)data;
	return 0;
}

int main(void)
{
	int objects = 0;

	dl_iterate_phdr(count_objects, &objects);
	printf("constructors %d\n", chain_counter);
	printf("objects %d\n", objects);
	return 0;
}
