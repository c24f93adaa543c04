/* A later library that also defines hid_fn, with default visibility. */
const char *hid_fn(void) { return "other"; }
