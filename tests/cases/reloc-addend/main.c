/* Each pointer lands where its addend says, not at the start of the object. */
#include <stdint.h>
#include <stdio.h>
int use_arr_2(void), use_arr_7(void);
long use_pair_second(void);
const char *use_text_5(void);
/* The slots (libslots.so) are x86 assembly: the build links them there only. */
#if defined(__x86_64__)
extern char target[];
extern uint64_t slot_pc64, slot_32, slot_32s;
#elif defined(__i386__)
extern char target[];
extern uint32_t slot_pc32;
#endif

int main(void)
{
	printf("arr[2] %d, arr[7] %d, pair.second %ld, text+5 %s\n",
	       use_arr_2(), use_arr_7(), use_pair_second(), use_text_5());
#if defined(__x86_64__)
	printf("PC64 %d\n", (uintptr_t)&slot_pc64 + slot_pc64 == (uintptr_t)target + 0x20);
	printf("32 %d\n", (uint32_t)slot_32 == 0x12345678 + 4);
	printf("32S %d\n", (int32_t)(uint32_t)slot_32s == -8);
#elif defined(__i386__)
	printf("PC32 %d\n", (uintptr_t)&slot_pc32 + slot_pc32 == (uintptr_t)target + 0x20);
#endif
	return 0;
}
