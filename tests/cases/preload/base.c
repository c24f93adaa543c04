/* The DT_NEEDED library; its own call to greet() must reach the preloaded one too. */
const char *greet(void) { return "base"; }
const char *base_greet(void) { return greet(); }
