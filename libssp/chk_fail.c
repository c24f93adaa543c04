/*
 * The failure of every fortify check.  GCC's libssp and glibc export it
 * under this name, so code written for them may call it too.
 */
#include "ssp.h"

static const char overflow_line[] =
	"*** buffer overflow detected ***: terminated\n";

__attribute__((noreturn, no_stack_protector))
void __chk_fail(void)
{
	ssp_die(overflow_line, sizeof overflow_line - 1);
}
