int prot(const char *), plain(const char *);
int main(void) { return prot("abc") + plain("de") - 5; }
