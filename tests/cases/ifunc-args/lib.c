/*
 * An IFUNC resolver records the arguments the loader gave it: glibc's
 * convention on aarch64 (hwcap | 1 << 62, then {24, hwcap, hwcap2}) and
 * riscv64 (hwcap, then a pointer this loader leaves 0).
 */
#include <stdint.h>

unsigned long got_hwcap;
int got_flag, got_size_ok, got_buffer_ok;

static int answer(void) { return 42; }

static void *resolve(unsigned long hwcap, const uint64_t *buf)
{
#if defined(__aarch64__)
	got_flag = (hwcap >> 62) & 1;
	got_hwcap = hwcap & ~(1UL << 62);
	got_size_ok = buf && buf[0] >= 24;
	got_buffer_ok = buf && buf[1] == got_hwcap;
#else
	got_flag = 1;
	got_hwcap = hwcap;
	got_size_ok = got_buffer_ok = buf == 0;
#endif
	return (void *)answer;
}

int ifunc_answer(void) __attribute__((ifunc("resolve")));
