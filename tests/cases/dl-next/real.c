int compute(int x) { return x * 2; }
/* Calls compute() through the PLT: the interposer wins here too. */
int real_calls_compute(int x) { return compute(x); }
