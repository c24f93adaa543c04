/*
 * Every way dlopen can fail, each leaving the process as it was: dlopen
 * returns NULL, dlerror says why (naming the file), /proc/self/maps has
 * the same lines, dl_iterate_phdr sees the same objects, a dependency
 * mapped before the failure is gone (its constructor never ran), and a
 * later dlopen works.
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char maps_before[1 << 16];

/* /proc/self/maps, whole, into buf. */
static int read_maps(char *buf, size_t size)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	size_t len = 0;
	ssize_t n;

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf + len, size - 1 - len)) > 0)
		len += n;
	buf[len] = 0;
	close(fd);
	return 0;
}

static int lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static int count(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)info, (void)size;
	++*(int *)data;
	return 0;
}

static int objects(void)
{
	int n = 0;

	dl_iterate_phdr(count, &n);
	return n;
}

static int failures;

/* dlopen(file) must fail with a message containing want1 and want2. */
static void must_fail(const char *what, const char *file, const char *want1,
		      const char *want2)
{
	static char maps_after[1 << 16];
	int objs = objects();
	void *h;
	const char *err;
	int ok = 1;

	read_maps(maps_before, sizeof maps_before);
	h = dlopen(file, RTLD_NOW);
	err = dlerror();
	read_maps(maps_after, sizeof maps_after);
	if (h) {
		printf("%s: dlopen succeeded\n", what);
		failures++;
		return;
	}
	if (!err || !strstr(err, want1) || (want2 && !strstr(err, want2))) {
		printf("%s: dlerror is \"%s\", wanted \"%s\" and \"%s\"\n", what,
		       err ? err : "(null)", want1, want2 ? want2 : "");
		ok = 0;
	}
	if (dlerror() != 0) {
		printf("%s: dlerror not cleared by reading it\n", what);
		ok = 0;
	}
	if (lines(maps_after) != lines(maps_before) ||
	    strstr(maps_after, "libgood.so")) {
		printf("%s: mappings changed (%d lines, then %d)\n", what,
		       lines(maps_before), lines(maps_after));
		ok = 0;
	}
	if (objects() != objs) {
		printf("%s: dl_iterate_phdr saw %d objects, then %d\n", what,
		       objs, objects());
		ok = 0;
	}
	if (dlopen("libgood.so", RTLD_NOW | RTLD_NOLOAD)) {
		printf("%s: libgood.so still loaded\n", what);
		ok = 0;
	}
	printf("%s: %s\n", what, ok ? "fails cleanly" : "FAIL");
	failures += !ok;
}

static void run_all(void)
{
	must_fail("missing file", "./libnothere.so", "libnothere.so", 0);
	must_fail("missing file by name", "libnothere.so", "libnothere.so", 0);
	must_fail("not ELF", "./libnotelf.so", "libnotelf.so", 0);
	must_fail("wrong class", "./libwrong.so", "libwrong.so", 0);
	must_fail("missing dependency", "./libneeds.so", "libgone.so", 0);
	must_fail("undefined symbol", "./libundef.so", "nobody_defines_this", 0);
	must_fail("initial-exec TLS beyond the surplus", "./libbigie.so",
		  "libbigie.so", "static TLS");
}

int main(void)
{
	void *h;
	int (*answer)(void);
	int *ctor_runs;

	/* Once to let the allocators map what they map on first use. */
	run_all();
	printf("-- again, now that the allocators are warm\n");
	failures = 0;
	run_all();

	h = dlopen("libgood.so", RTLD_NOW);
	answer = h ? (int (*)(void))dlsym(h, "good_answer") : 0;
	ctor_runs = h ? dlsym(h, "good_ctor_runs") : 0;
	printf("later dlopen: %s, answer %d, constructor ran %d time(s)\n",
	       h ? "works" : dlerror(), answer ? answer() : -1,
	       ctor_runs ? *ctor_runs : -1);
	h = dlopen("libsmallie.so", RTLD_NOW);
	printf("initial-exec TLS that fits: %s\n", h ? "loads" : dlerror());
	return failures != 0;
}
