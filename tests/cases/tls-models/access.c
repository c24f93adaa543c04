/*
 * One accessor: the addresses of module P's TLS variables, computed with
 * the access model this file is compiled with (-ftls-model=..., and
 * -mtls-dialect=gnu2 for TLS descriptors), from module W.  LOCAL: W is
 * P's own module, so the hidden variable and a file static exist (the
 * local-dynamic model applies to those).
 */
#include "tlsvars.h"

extern __thread int V(data), V(bss), V(aligned);
extern __thread char V(str)[16], V(abss)[100];
#ifdef LOCAL
extern __thread int V(hidden) __attribute__((visibility("hidden")));
static __thread int tu_static = TU_STATIC_INIT;
#endif

void *CAT3(P, M, CAT(in, W))(int which)
{
	switch (which) {
	case 0: return &V(data);
	case 1: return &V(bss);
	case 2: return V(str);
	case 3: return &V(aligned);
	case 4: return V(abss);
#ifdef LOCAL
	case 5: return &V(hidden);
	case 6: return &tu_static;
#endif
	}
	return 0;
}
