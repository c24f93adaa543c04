/*
 * The loader's process-wide state (struct ldso_state in ldso.h, which
 * groups its fields by the part of the loader that owns them).  Its own
 * file, below every other, so that reading it ties no file to the boot
 * code that fills most of it.
 */
#include "ldso.h"

struct ldso_state ldso;
