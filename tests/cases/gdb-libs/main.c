/*
 * dlopen()s libdl-opened.so, writes every object's name and executable
 * address range (from dl_iterate_phdr) to objects.txt, then calls into
 * both libraries.
 */
#include <stdio.h>
#include <dlfcn.h>
#include <link.h>
#include <fcntl.h>
#include <unistd.h>

int lib_outer(int);

static int record(struct dl_phdr_info *info, size_t size, void *data)
{
	int out = *(int *)data;
	(void)size;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == 1 && (ph->p_flags & 1))
			dprintf(out, "%s %lx %lx\n",
				info->dlpi_name[0] ? info->dlpi_name : "<program>",
				(unsigned long)(info->dlpi_addr + ph->p_vaddr),
				(unsigned long)(info->dlpi_addr + ph->p_vaddr + ph->p_memsz));
	}
	return 0;
}

int main(void)
{
	void *h = dlopen("./libdl-opened.so", RTLD_NOW);
	int (*f)(int) = h ? (int (*)(int))dlsym(h, "dl_func") : 0;
	int out = open("objects.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int a, b;

	if (!f || out < 0)
		return 1;
	dl_iterate_phdr(record, &out);
	close(out);
	a = f(1);
	b = lib_outer(2);
	printf("%d %d\n", a, b);
	return 0;
}
