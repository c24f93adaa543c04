/*
 * Defines symbols that the program also defines (the program's win) and
 * one that libb.so also defines (liba's wins: it comes first in the
 * breadth-first scope).  Its own calls and reads go through its PLT and
 * GOT, so they see the winners too.
 */
#include "free.h"

int shared_value = 1;

const char *who(void)
{
	return "liba";
}

const char *which_lib(void)
{
	return "liba";
}

void liba_report(void)
{
	put("liba calls who(): ");
	put(who());
	put("\n");
	put_num("liba reads shared_value", (unsigned long)shared_value);
}
