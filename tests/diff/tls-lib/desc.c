/* Variables reached only through TLS descriptors (built with gnu2): had
 * initial-exec code touched them too, ld would relax these to it. */
__thread int desc_data = 0x99;
__thread char desc_bss[50];
__thread int desc_aligned __attribute__((aligned(64))) = 4;

int *desc_data_addr(void) { return &desc_data; }
char *desc_bss_addr(void) { return desc_bss; }
int *desc_aligned_addr(void) { return &desc_aligned; }
