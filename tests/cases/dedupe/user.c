/* Each user library names the same file differently in DT_NEEDED. */
extern int shared_global;
int *FN(void) { return &shared_global; }
