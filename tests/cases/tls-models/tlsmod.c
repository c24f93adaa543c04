/* Definitions of module P's TLS variables: images, .tbss, alignment 64. */
#include "tlsvars.h"

__thread int V(data) = DATA_INIT;
__thread int V(bss);
__thread char V(str)[16] = "image of " PNAME;
__thread int V(aligned) __attribute__((aligned(64))) = ALIGNED_INIT;
__thread char V(abss)[100] __attribute__((aligned(64)));
__attribute__((visibility("hidden"))) __thread int V(hidden) = HIDDEN_INIT;
