/* Code and data in one segment once linked with -N. */
int rwx_value = 1;
int rwx_get(void) { return rwx_value; }
