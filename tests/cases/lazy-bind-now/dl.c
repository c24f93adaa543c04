/* libopened.so: dlopen'ed; its own PLT calls into libnow.so. */
int now_a(int), now_b(int);
int opened(int x) { return now_a(x) + now_b(x); }
