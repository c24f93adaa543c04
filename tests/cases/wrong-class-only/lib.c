/* Built for this arch (in right/) and for the other class (in wrong/). */
const char *which(void) { return WHICH; }
