int prot(const char *);
int main(void) { return prot("abc") - 3; }
