/* No include guard: the C standard wants NDEBUG honoured at each inclusion. */
#undef assert

#ifdef NDEBUG
#define assert(x) ((void)0)
#else
#define assert(x) ((x) ? (void)0 : __assert_fail(#x, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H
__attribute__((__noreturn__)) void __assert_fail(const char *expr,
						 const char *file, int line,
						 const char *func);
#endif
