int fn_a(void), fn_b(void);
int main(void) { return fn_a() + fn_b() - 2; }
