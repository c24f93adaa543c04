extern int events;
__attribute__((constructor)) static void inner_up(void) { events = events * 10 + 1; }
__attribute__((destructor)) static void inner_down(void) { events = events * 10 + 3; }
int inner_value(void) { return 41; }
