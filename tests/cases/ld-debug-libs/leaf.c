/* libleaf.so: only in lp-found/, so its search shows every directory tried. */
const char *leaf(void) { return "leaf"; }
