/* Built into several directories; each copy says where it is. */
const char *NAME(void) { return WHERE; }
