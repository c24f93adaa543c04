/* The attacker's own program, to be run by a privileged copy of ld.so. */
#include "attack.h"

int main(void)
{
	attacker_code("program run by ld.so");
	return 0;
}
