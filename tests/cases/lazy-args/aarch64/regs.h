/* The AArch64 part's functions (regs-lib.c). */
typedef int v4si __attribute__((vector_size(16)));
struct wide {
	long v[5];	/* more than 16 bytes: returned through x8 */
};

long vecs_if(v4si, v4si, v4si, v4si, v4si, v4si, v4si, v4si);
struct wide big_if(long, long, long, long, long, long, long, long);
