/*
 * The TLS variables of one module P (exe, need, dyn, dynie) and the name
 * of an accessor: P_M_in_W is compiled with access model M into module W.
 */
#define CAT3_(a, b, c) a##_##b##_##c
#define CAT3(a, b, c) CAT3_(a, b, c)
#define CAT_(a, b) a##_##b
#define CAT(a, b) CAT_(a, b)
#define V(name) CAT(P, name)

#define DATA_INIT 0x1234
#define ALIGNED_INIT 7
#define HIDDEN_INIT 99
#define TU_STATIC_INIT 5

/* which: 0 data (.tdata), 1 bss (.tbss), 2 str (.tdata), 3 aligned(64)
 * (.tdata), 4 abss aligned(64) (.tbss), 5 hidden (.tdata; only in P's
 * own module), 6 a static of the accessor's file (only in P's module). */
#define NVARS 7
