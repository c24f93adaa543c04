/* Never runs: its library is refused. */
#include <stdio.h>
int rwx_get(void);
int main(void) { printf("%d\n", rwx_get()); return 0; }
