/*
 * malloc on anonymous mmap: correctness over speed.  One lock around
 * the free lists and the arena (crt/lock.c) makes it safe from threads.
 *
 * Every block starts with a 16-byte header, so the memory after it keeps
 * the 16-byte alignment of where the block starts.  Small requests are
 * rounded up to a power of two from 16 bytes to 64 KiB and carved from
 * 1 MiB arenas; freed small blocks go on a free list per size and are
 * never returned to the kernel.  Larger requests get a mapping of their
 * own, unmapped by free().  The header's tag catches double and wild
 * frees, which abort().
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "internal.h"

#define MIN_SHIFT 4
#define MAX_SHIFT 16
#define ARENA_SIZE (1UL << 20)
#define PAGE_SIZE 4096UL

#define TAG_IN_USE 0x6d616c6cUL
#define TAG_FREE 0x66726565UL

/* size: the usable bytes of a small block, or mapping length | MAPPED. */
struct header {
	size_t size;
	size_t tag;
} __attribute__((__aligned__(16)));

#define MAPPED 1

struct free_block {
	struct free_block *next;
};

static struct __crt_lock lock;
static struct free_block *free_lists[MAX_SHIFT + 1];
static char *arena_next, *arena_end;

static int shift_for(size_t size)
{
	int shift = MIN_SHIFT;

	while (((size_t)1 << shift) < size)
		shift++;
	return shift;
}

static void *map_pages(size_t length)
{
	void *p = mmap(0, length, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? 0 : p;
}

/* What is left of the old arena is abandoned: simple beats thrifty. */
static struct header *carve(size_t block_size)
{
	struct header *h;

	if ((size_t)(arena_end - arena_next) < block_size) {
		arena_next = map_pages(ARENA_SIZE);
		if (!arena_next) {
			arena_end = 0;
			return 0;
		}
		arena_end = arena_next + ARENA_SIZE;
	}
	h = (struct header *)arena_next;
	arena_next += block_size;
	return h;
}

static struct header *alloc_small(size_t size)
{
	int shift = shift_for(size);
	struct header *h = (struct header *)free_lists[shift];

	if (h)
		free_lists[shift] = free_lists[shift]->next;
	else
		h = carve(sizeof *h + ((size_t)1 << shift));
	if (h)
		h->size = (size_t)1 << shift;
	return h;
}

static struct header *alloc_mapped(size_t size)
{
	size_t length;
	struct header *h;

	if (size > SIZE_MAX - sizeof *h - PAGE_SIZE)
		return 0;
	length = (size + sizeof *h + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
	h = map_pages(length);
	if (h)
		h->size = length | MAPPED;
	return h;
}

static size_t usable_size(const struct header *h)
{
	if (h->size & MAPPED)
		return (h->size & ~(size_t)MAPPED) - sizeof *h;
	return h->size;
}

static struct header *header_of(void *p)
{
	struct header *h = (struct header *)p - 1;

	if (h->tag != TAG_IN_USE) {
		__crt_write_all(2, "malloc: invalid or double free\n", 31);
		abort();
	}
	return h;
}

void *malloc(size_t size)
{
	struct header *h;

	if (size <= ((size_t)1 << MAX_SHIFT)) {
		__crt_lock(&lock);
		h = alloc_small(size);
		__crt_unlock(&lock);
	} else {
		h = alloc_mapped(size);
	}
	if (!h) {
		errno = ENOMEM;
		return 0;
	}
	h->tag = TAG_IN_USE;
	return h + 1;
}

void free(void *p)
{
	struct header *h;
	struct free_block *block;
	int shift;

	if (!p)
		return;
	h = header_of(p);
	h->tag = TAG_FREE;
	if (h->size & MAPPED) {
		munmap(h, h->size & ~(size_t)MAPPED);
		return;
	}
	shift = shift_for(h->size);
	block = (struct free_block *)h;
	__crt_lock(&lock);
	block->next = free_lists[shift];
	free_lists[shift] = block;
	__crt_unlock(&lock);
}

void *calloc(size_t count, size_t size)
{
	void *p;

	if (size && count > SIZE_MAX / size) {
		errno = ENOMEM;
		return 0;
	}
	p = malloc(count * size);
	return p ? memset(p, 0, count * size) : 0;
}

/* Like glibc, realloc(p, 0) frees p and returns a null pointer. */
void *realloc(void *p, size_t size)
{
	size_t old_size;
	void *q;

	if (!p)
		return malloc(size);
	if (!size) {
		free(p);
		return 0;
	}
	old_size = usable_size(header_of(p));
	if (size <= old_size)
		return p;
	q = malloc(size);
	if (!q)
		return 0;
	memcpy(q, p, old_size);
	free(p);
	return q;
}
