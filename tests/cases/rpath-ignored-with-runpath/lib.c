/* Two copies: one in the DT_RPATH directory, one in the DT_RUNPATH one. */
const char *which(void) { return WHICH; }
