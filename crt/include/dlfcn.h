/* The dl API, provided by the loader itself: link with -ldl (ldso-cc). */
#ifndef _DLFCN_H
#define _DLFCN_H

#define RTLD_LAZY 1
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_GLOBAL 0x100
#define RTLD_LOCAL 0
#define RTLD_NODELETE 0x1000
#define RTLD_DEFAULT ((void *)0)
#define RTLD_NEXT ((void *)-1)

#define RTLD_DI_LINKMAP 2
#define RTLD_DI_ORIGIN 6
#define RTLD_DI_TLS_MODID 9
#define RTLD_DI_TLS_DATA 10

typedef struct {
	const char *dli_fname;	/* the object's path */
	void *dli_fbase;	/* its lowest mapped address */
	const char *dli_sname;	/* nearest symbol at or below the address */
	void *dli_saddr;
} Dl_info;

void *dlopen(const char *file, int mode);
void *dlsym(void *handle, const char *name);
void *dlvsym(void *handle, const char *name, const char *version);
int dlclose(void *handle);
char *dlerror(void);
int dladdr(const void *addr, Dl_info *info);
int dlinfo(void *handle, int request, void *arg);

#endif
