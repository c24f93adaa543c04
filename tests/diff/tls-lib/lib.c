/*
 * A libc-free library's own TLS reached with initial-exec (TPOFF
 * relocations); desc.c has more reached with TLS descriptors.  Never
 * through __tls_get_addr.
 */
__attribute__((tls_model("initial-exec"))) __thread int lib_data = 0x77;
__attribute__((tls_model("initial-exec"))) __thread char lib_bss[100];
__attribute__((tls_model("initial-exec"))) __thread int lib_aligned
	__attribute__((aligned(64))) = 3;

int *lib_data_ie(void) { return &lib_data; }
char *lib_bss_ie(void) { return lib_bss; }
int *lib_aligned_ie(void) { return &lib_aligned; }
