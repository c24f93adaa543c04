/* libnow.so: what the programs and libdl.so call through their PLTs. */
int now_a(int x) { return x + 1; }
int now_b(int x) { return x * 2; }
int now_c(int x) { return x - 3; }
