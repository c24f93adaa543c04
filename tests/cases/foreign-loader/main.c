/* Never runs: its library needs another loader. */
#include <stdio.h>
int needs_it(void);
int main(void) { printf("%d\n", needs_it()); return 0; }
