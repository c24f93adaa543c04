/* A weak definition in the first library of the scope. */
__attribute__((weak)) const char *pick(void) { return "a-weak"; }
__attribute__((weak)) int pick_data = 1;
