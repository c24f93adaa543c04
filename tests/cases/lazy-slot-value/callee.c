int slot_a(int x) { return x + 1; }
int slot_b(int x) { return x + 2; }
