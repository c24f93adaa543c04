/*
 * A COPY relocation for a 1-byte object at most a word before the end
 * of the executable's writable segment.  The loader must check the copy
 * against the segment with the object's own size (st_size), not a word.
 */
#include <stdio.h>
int program_value = 3;	/* .data before the copy, so .bss starts unaligned */
extern char lib_flag;
int main(void)
{
	printf("lib_flag=%c program_value=%d\n", lib_flag, program_value);
	return 0;
}
