/* libdl-opened.so: only ever opened by dlopen. */
int dl_func(int x) { return x + 100; }
