/* liblink.so: what the programs call through their PLTs. */
int link_a(int x) { return x + 10; }
int link_b(int x) { return x * 3; }
