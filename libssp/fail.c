/*
 * __stack_chk_fail: called by a function whose canary no longer matches,
 * so its frame, and perhaps its callers' frames, are corrupt.  Nothing on
 * the stack above us is read: the caller is identified from our own return
 * address, and the names come from dladdr, which reads the loader's and the
 * objects' own data.  argv[0] lies on the stack an overflow may have
 * rewritten, so it is never printed (a glibc dladdr may still return it as
 * the main program's name; that is its choice).
 *
 * Not protected: a canary check here would fail again and recurse, and in
 * global-guard mode it would read the guard this failure just distrusted.
 */
#include "ssp.h"

typedef struct {
	const char *dli_fname;
	void *dli_fbase;
	const char *dli_sname;
	void *dli_saddr;
} ssp_dl_info;

/*
 * Weak, so that libssp needs no loader or libc that provides it: glibc
 * 2.34 and later and our ld.so define it, a static program has none.
 */
extern int dladdr(const void *addr, ssp_dl_info *info) __attribute__((weak));

static const char smash_line[] = "*** stack smashing detected ***: terminated";

#define LINE_MAX_BYTES 512

struct line {
	char buf[LINE_MAX_BYTES];
	size_t len;
};

__attribute__((no_stack_protector))
static void append(struct line *line, const char *s)
{
	/* One byte stays free for the newline. */
	while (*s && line->len < sizeof line->buf - 1)
		line->buf[line->len++] = *s++;
}

/*
 * The return address points just past the call.  GCC puts that call last
 * in the function, as it never returns, so the address may already be the
 * first byte of the next function: look up the byte before it instead.
 */
__attribute__((no_stack_protector))
static void append_culprit(struct line *line, const char *return_address)
{
	ssp_dl_info info = { 0, 0, 0, 0 };

	if (!dladdr || !dladdr(return_address - 1, &info))
		return;
	append(line, " in ");
	append(line, info.dli_sname ? info.dli_sname : "?");
	if (info.dli_fname && info.dli_fname[0]) {
		append(line, " (");
		append(line, info.dli_fname);
		append(line, ")");
	}
}

__attribute__((noreturn, no_stack_protector))
void __stack_chk_fail(void)
{
	struct line line;

	line.len = 0;
	append(&line, smash_line);
	append_culprit(&line, __builtin_return_address(0));
	line.buf[line.len++] = '\n';
	ssp_die(line.buf, line.len);
}
