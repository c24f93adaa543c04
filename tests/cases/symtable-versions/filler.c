/* Filler library N: F functions f<N>_<j>, for the table to pay (build). */
#define CAT3(a, b, c) a##b##_##c
#define FN(n, j) CAT3(f, n, j)
#define DEF(j) int FN(N, j)(void) { return N * 100 + j; }
DEF(0) DEF(1) DEF(2) DEF(3) DEF(4) DEF(5) DEF(6) DEF(7) DEF(8) DEF(9)
DEF(10) DEF(11) DEF(12) DEF(13) DEF(14) DEF(15) DEF(16) DEF(17) DEF(18) DEF(19)
