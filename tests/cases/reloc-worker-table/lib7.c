/* Every name's address, as lib7.so binds it: the program's for the
 * first 50, lib0.so's for the rest. */
#include "decls.h"

int (*const lib7_table[400])(void) = {
#include "table.h"
};
