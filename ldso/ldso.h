/*
 * What the loader's files share.  Everything here is named ldso_* (or is
 * a type); what a file keeps to itself is static there.
 */
#ifndef LDSO_H
#define LDSO_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "elf.h"
#include "reloc_kind.h"
#include "arch.h"
#include "arch_defaults.h"

#define LDSO_EXPORT __attribute__((visibility("default")))
#define LDSO_NORETURN __attribute__((noreturn))

#define LDSO_EXIT_FAILURE 127
#define LDSO_EXIT_USAGE 1
#define LDSO_VERSION "0.1"

/* open(2) flags and mmap(2) values the loader uses. */
#define O_RDONLY 0
#define O_NONBLOCK 04000
#define O_CLOEXEC 02000000
#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define PROT_GROWSDOWN 0x01000000
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_POPULATE 0x8000
#define MAP_FIXED_NOREPLACE 0x100000
#define MADV_DONTNEED 4
#define MADV_HUGEPAGE 14
#define MADV_NOHUGEPAGE 15
#define MADV_POPULATE_READ 22
#define MADV_POPULATE_WRITE 23
#define ENOENT 2
#define ENOEXEC 8
#define EACCES 13
#define EEXIST 17
#define ENOTDIR 20
#define EISDIR 21
#define EMFILE 24
#define ENAMETOOLONG 36

#define LDSO_PATH_MAX 4096

/*
 * One loaded object.  The first five fields are the public `struct
 * link_map` prefix that debuggers read through _r_debug; keep them first
 * and in this order.
 */
struct dso {
	Elf_Addr base;			/* l_addr: load bias */
	char *name;			/* l_name */
	Elf_Dyn *dynamic;		/* l_ld */
	struct dso *next, *prev;	/* l_next, l_prev: load order */
	size_t dynamic_count;		/* entries PT_DYNAMIC has room for */

	const char *path;		/* as found; names the object in errors */
	const char *soname;
	uint64_t dev, ino;

	const Elf_Phdr *phdr;
	size_t phnum;
	bool phdr_allocated;		/* phdr is our copy, not in the image */
	void *map;			/* the reservation, for unmapping */
	size_t map_len;
	Elf_Addr vaddr_lo, vaddr_hi;	/* span of PT_LOAD, link-time */

	/* From the dynamic section, checked and with the bias added. */
	const char *strtab;
	size_t strsz;
	bool strtab_terminated;		/* its last byte is NUL: every string ends in it */
	bool strtab_padded;		/* terminated, and a word less one byte
					 * after its end is readable */
	const Elf_Sym *symtab;
	size_t nsyms;
	size_t hashed_end;		/* the hash table finds no symbol from here on */
	const uint32_t *hash;		/* DT_HASH */
	const uint32_t *gnu_hash;	/* DT_GNU_HASH header */
	const Elf_Addr *gnu_bloom;
	const uint32_t *gnu_buckets, *gnu_chain;
	const uint16_t *versym;
	const Elf_Reloc *rel, *jmprel;
	size_t relsz, jmprelsz;
	const Elf_Addr *relr;
	size_t relrsz;
	Elf_Addr init, fini;
	const Elf_Addr *init_array, *fini_array, *preinit_array;
	size_t init_count, fini_count, preinit_count;
	const char *rpath, *runpath;
	bool symbolic, textrel, bind_now;
	size_t needed_count;
	Elf_Addr plt_got;		/* DT_PLTGOT, link-time, unchecked */

	/* PT_TLS */
	Elf_Addr tls_image;
	size_t tls_filesz, tls_memsz, tls_align;
	size_t tls_id;
	ptrdiff_t tls_offset;		/* where its static block is (tls.c); 0: none */

	const Elf_Phdr *relro;
	bool exec_stack;
	bool rw_populated;		/* every writable segment mapped populated (map.c) */

	struct dso **deps;		/* resolved DT_NEEDED, in order */
	size_t ndeps;
	struct dso *parent;		/* who loaded us (RPATH inheritance) */
	bool is_main, is_loader, is_preload;
	bool relocated, inited, init_queued;
	bool kernel_mapped;
	bool lazy_slots;		/* PLT slots wait for their first call (lazy.c) */
	Elf_Addr entry_point;
	const char *real_path;		/* absolute path, for $ORIGIN (0: path is) */
	const char *needed_name;	/* the name it was asked for by */
	bool missing;			/* --list: not found */
	bool static_tls;		/* DF_STATIC_TLS: initial-exec TLS code */

	/* dlopen and dlclose (dlfcn.c) */
	bool global;			/* in the global lookup scope */
	bool dlopened, nodelete, unload_mark;
	int open_count;			/* dlopen handles not yet closed */
	struct dso **local_scope;	/* the dlopen root's dependency list */
	size_t local_count;
	struct ldso_symtable *local_table; /* its symbol table, or 0 (symtable.c) */
	struct dso **reldeps;		/* objects our symbols bound into */
	size_t nreldeps, reldeps_cap;
	struct dso *last_noted;		/* in deps or reldeps: no need to ask */
	struct tlsdesc_arg *tlsdesc_args;

	/* version.c: names of version indices, read on first use */
	const char **version_names;
	size_t version_count;
	bool versions_read;
};

/* What a dynamic TLS descriptor points at: __tls_get_addr's arguments. */
struct tlsdesc_arg {
	size_t module, offset;
	struct tlsdesc_arg *next;
};

/*
 * Process-wide state (state.c), grouped by the part of the loader that
 * owns each field: the others only read it.
 */
struct ldso_state {
	/* boot.c: the process as the kernel started it */
	int argc;
	char **argv;
	char **envp;
	uintptr_t *auxv;
	uintptr_t aux[AUX_COUNT];
	size_t page_size;		/* AT_PAGESZ: the unit of every mapping */

	/* secure.c, env.c and cmdline.c: what the user asked for, and
	 * whether to believe it */
	bool secure;
	const char *library_path;	/* LD_LIBRARY_PATH or --library-path */
	const char *preload;		/* LD_PRELOAD or --preload */
	bool list_mode;			/* --list, LD_TRACE_LOADED_OBJECTS */
	int report;			/* --graph, --audit, --verify */
	const char *require;		/* --audit --require LIST */
	bool bind_now;			/* LD_BIND_NOW non-empty */
	bool bind_not;			/* LD_BIND_NOT non-empty */
	bool map_each_segment;		/* valgrind's preload in LD_PRELOAD:
					 * an mmap per segment (map.c) */

	/* boot.c and objects.c: the objects, in load order */
	const char *loader_dir;		/* default search directory */
	struct dso *main, *loader;
	struct dso *head, *tail;

	/*
	 * load.c and map.c: what is being opened and is not yet on the
	 * list, so that a failure on the way can undo it (dlfcn.c calls
	 * ldso_drop_opening).  See docs/design.md, "Ownership".
	 */
	struct dso *opening;		/* allocated, maybe mapped */
	int opening_fd;			/* its file ... */
	bool opening_fd_open;		/* ... when this is set */
	bool retiring;			/* start-up: loaded files' descriptors
					 * wait for ldso_close_retired */

	/* init.c: constructor order of the start-up objects */
	struct dso **init_order;
	size_t init_count;

	/* dlfcn.c: soft failure while a dlopen is at work (print.c) */
	void *dl_recover;		/* set while dlopen may fail softly */
	bool dlopened_any;		/* an object was dlopen'ed, ever */
	char dl_error[512];
	bool dl_error_set;
	unsigned long long adds, subs;	/* for dl_iterate_phdr */
};

#define REPORT_GRAPH 1
#define REPORT_AUDIT 2
#define REPORT_VERIFY 3

/* report.c: --list, --graph, --audit, --verify */
LDSO_NORETURN void ldso_report(void);

/* env.c */
void ldso_read_environment(void);

/* secure.c: what secure mode changes (see docs/security.md) */
void ldso_secure_setup(void);
bool ldso_secure_unsafe_variable(const char *entry);
bool ldso_secure_preload_ok(int fd);

extern struct ldso_state ldso;

/* trace.c: LD_DEBUG */
#define DEBUG_BOOT 0x01
#define DEBUG_LIBS 0x02
#define DEBUG_RELOC 0x04
#define DEBUG_SYMBOLS 0x08
#define DEBUG_BINDINGS 0x10
#define DEBUG_INIT 0x20
#define DEBUG_STATISTICS 0x40
#define DEBUG_ALL 0x7f
extern unsigned ldso_debug;
void ldso_trace_setup(const char *spec, const char *output);
void ldso_trace(const char *fmt, ...);
void ldso_trace_stage(const char *stage, const char *fmt, ...);
uint64_t ldso_now_ns(void);

/* print.c: formatted output and the one way to fail. */
size_t ldso_format(char *buf, size_t size, const char *fmt, va_list ap);
size_t ldso_snprintf(char *buf, size_t size, const char *fmt, ...);
void ldso_printf(int fd, const char *fmt, ...);
void ldso_vprintf(int fd, const char *fmt, va_list ap);
LDSO_NORETURN void ldso_fail(const char *file, const char *fmt, ...);
LDSO_NORETURN void ldso_exit(int status);
void ldso_error(const char *file, const char *fmt, ...);

/* string.c: the string functions, calling nothing. */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t ldso_strlen(const char *s);
size_t ldso_strnlen(const char *s, size_t max);
int ldso_strcmp(const char *a, const char *b);
int ldso_strncmp(const char *a, const char *b, size_t n);
char *ldso_strchr(const char *s, int c);
const char *ldso_strerror(long err);
size_t ldso_dirname(const char *path, const char **dir);

/* alloc.c: the allocator. */
void *ldso_alloc(size_t size);
void *ldso_alloc_filled(size_t size, size_t front);
void ldso_free_filled(void *p, size_t size);
void ldso_free(void *ptr);
char *ldso_strdup(const char *s);
char *ldso_strndup(const char *s, size_t n);
char *ldso_self_exe_copy(void);
char *ldso_absolute_copy(const char *path);

/* sys.c: system calls that return -errno. */
long ldso_open(const char *path, int flags);
long ldso_close(int fd);
long ldso_close_range(unsigned first, unsigned last);
long ldso_pread(int fd, void *buf, size_t len, uint64_t offset);
long ldso_write(int fd, const void *buf, size_t len);
void *ldso_mmap(void *addr, size_t len, int prot, int flags, int fd,
		uint64_t offset);
long ldso_munmap(void *addr, size_t len);
long ldso_madvise(void *addr, size_t len, int advice);
long ldso_mprotect(void *addr, size_t len, int prot);
bool ldso_mmap_failed(void *p);
struct ldso_file_id {
	uint64_t dev, ino, size;
	uint32_t mode;
};
long ldso_fstat(int fd, struct ldso_file_id *id);
long ldso_stat(const char *path, struct ldso_file_id *id);
long ldso_readlink(const char *path, char *buf, size_t len);
long ldso_getcwd(char *buf, size_t size);
bool ldso_self_exe(char *buf, size_t size);

/* stage2.c */
extern struct tcb ldso_early_tcb;

/*
 * map.c: validate and map one object.  The start of a file is read once,
 * by whoever opens it (the search, to skip a file of another class, or
 * the caller), and the mapping takes its ELF and program headers from
 * that read: one pread per object, as glibc.
 */
#define LDSO_HEAD_SIZE 1024
struct ldso_file_head {
	long got;			/* pread's answer: bytes, or -errno */
	union {
		Elf_Ehdr eh;
		Elf_Phdr ph;		/* for alignment */
		unsigned char bytes[LDSO_HEAD_SIZE];
	} u;
};
void ldso_read_head(int fd, struct ldso_file_head *head);
struct dso *ldso_map_file(const char *path, int fd, bool is_main,
			  const struct ldso_file_head *head,
			  const struct ldso_file_id *id);
struct dso *ldso_map_kernel_main(void);
struct dso *ldso_make_loader_dso(Elf_Addr base, const char *path);
bool ldso_file_fits(const struct ldso_file_head *head);
bool ldso_in_image(const struct dso *d, Elf_Addr vaddr, size_t size);
bool ldso_in_code(const struct dso *d, Elf_Addr vaddr);
bool ldso_in_writable(const struct dso *d, Elf_Addr vaddr, size_t size);
const Elf_Phdr *ldso_writable_segment(const struct dso *d, Elf_Addr vaddr,
				      size_t size);
void ldso_unmap_object(struct dso *d);

/* dynamic.c: decode and check a dynamic section. */
void ldso_decode_dynamic(struct dso *d);
Elf_Addr ldso_dynamic_value(const struct dso *d, long tag);
const char *ldso_dso_string(const struct dso *d, size_t offset);

/* search.c and load.c: find and load dependencies. */
int ldso_open_library(const char *name, struct dso *requester,
		      char *path_out, size_t path_size,
		      struct ldso_file_head *head, bool *cut);
size_t ldso_origin(struct dso *d, const char **dir);
void ldso_load_preloads(const char *list);
void ldso_load_dependencies(struct dso *from);
struct dso *ldso_load_library(const char *name, struct dso *requester);
struct dso *ldso_find_loaded(const char *name);
void ldso_drop_opening(void);

/* fds.c */
bool ldso_close_retired(void);
void ldso_retire_fd(int fd);

/* definition.c and symbol.c */
struct symbol_ref {
	const Elf_Sym *sym;
	struct dso *dso;
};
uint32_t ldso_gnu_hash(const char *name);
uint32_t ldso_sysv_hash(const char *name);
#define LOOKUP_SKIP_MAIN 1	/* COPY: the definition is never the executable */
#define LOOKUP_FOR_PLT 2	/* JUMP_SLOT: canonical PLT entries are not definitions */
#define LOOKUP_GLOBAL_PROBED 4	/* the global table was asked already, in vain */
struct symbol_ref ldso_lookup(const char *name, const char *version,
			      struct dso *requester, int flags);
/* The same after a probe of the global table missed, with the name's
 * table hash (bind.h's probe_lookup). */
struct name_key;
struct symbol_ref ldso_lookup_after_global(const char *name,
					  const struct name_key *key,
					  const char *version,
					  struct dso *requester, int flags);
struct symbol_ref ldso_keep_loader_exports(struct symbol_ref ref,
					   const char *name,
					   const char *version, int flags);

/* version.c */
const char *ldso_version_wanted(struct dso *d, size_t i);
void ldso_versions_prepare(struct dso *d);
bool ldso_version_ok(struct dso *d, size_t i, const char *want);

/*
 * The steps every lookup takes for every name and every candidate are
 * defined here, forced inline: each is a few instructions, and as calls
 * each would pay a call and a stack-protector check (every loader
 * function carries one, docs/design.md), several times per relocation.
 * Inline, a lookup pays one check, in the function it is inlined into.
 */
#define LDSO_HOT static inline __attribute__((always_inline))

/*
 * The GNU hash of name (h = h * 33 + c from 5381): what an object's
 * DT_GNU_HASH table is keyed by.  Two bytes a step, h * 33 * 33 + ...,
 * which saves a third of the instructions of a byte at a time.
 */
LDSO_HOT uint32_t ldso_gnu_hash_len(const char *name, size_t *len)
{
	const unsigned char *s = (const unsigned char *)name;
	uint32_t h = 5381;

	for (; s[0]; s += 2) {
		if (!s[1]) {
			*len = (size_t)(s + 1 - (const unsigned char *)name);
			return h * 33 + s[0];
		}
		h = h * (33 * 33) + s[0] * 33u + s[1];
	}
	*len = (size_t)(s - (const unsigned char *)name);
	return h;
}

LDSO_HOT uint32_t ldso_gnu_hash_inline(const char *name)
{
	size_t len;

	return ldso_gnu_hash_len(name, &len);
}

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "ldso_name_hash finds a name's end as the lowest zero byte of a word"
#endif

/*
 * The process-wide symbol table's own hash of a name, and the name's
 * length (symtable.c).  The GNU hash takes a multiply per byte, and
 * hashing every name looked up and every name inserted was a fifth of
 * start-up at medium size; this one takes a word at a time.  A word is
 * read whole only when it lies inside one 4 KiB block (pages are never
 * smaller): its first byte is part of the name, so the block is mapped,
 * whatever follows the terminator.  Near a block's end the name is read a
 * byte at a time.  The bytes after the terminator are masked off, so the
 * hash depends on the name only, not on where it lies.
 */
#if defined(__SANITIZE_ADDRESS__)
#define NAME_WORD_READS 0	/* see below */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NAME_WORD_READS 0
#endif
#endif
#ifndef NAME_WORD_READS
#define NAME_WORD_READS 1
#endif

/*
 * Under AddressSanitizer (the fuzz harness, tests/fuzz) every word is
 * read a byte at a time: it would report the bytes a word reads past a
 * name's end, which cannot fault, and hide a real overrun among them.
 */
LDSO_HOT uintptr_t name_word(const char *s)
{
	uintptr_t w = 0;

	if (NAME_WORD_READS && ((uintptr_t)s & 4095) <= 4096 - sizeof(w)) {
		__builtin_memcpy(&w, s, sizeof(w));
		return w;
	}
	for (unsigned i = 0; i < sizeof(w) && s[i]; i++)
		w |= (uintptr_t)(unsigned char)s[i] << (8 * i);
	return w;
}

/*
 * A word of a name in a string table after whose end a word less one
 * byte is readable (strtab_padded, dynamic.c): any word the hash reads
 * starts at or before the terminator, so it ends inside that margin, and
 * needs no test of its place.  The test per word was 5 % of start-up at
 * medium size.
 */
LDSO_HOT uintptr_t name_word_padded(const char *s)
{
	uintptr_t w;

	if (!NAME_WORD_READS)
		return name_word(s);
	__builtin_memcpy(&w, s, sizeof(w));
	return w;
}

/* padded: the name lies in a padded string table (name_word_padded). */
LDSO_HOT uint32_t name_hash(const char *name, size_t *len, bool padded)
{
	const uintptr_t ones = (uintptr_t)-1 / 0xff, highs = ones << 7;
#if __SIZEOF_POINTER__ == 8
	const uintptr_t mult = 0x9e3779b97f4a7c15u;
#else
	const uintptr_t mult = 0x9e3779b1u;
#endif
	const char *s = name;
	uintptr_t h = 0, w, zero;

	for (;; s += sizeof(w)) {
		w = padded ? name_word_padded(s) : name_word(s);
		/*
		 * Nonzero when w holds a zero byte; its lowest set bit marks
		 * the first one (borrows only reach higher bytes).  On 32-bit
		 * CPUs asked only when w - ones has a high bit set, which a
		 * word without a zero byte has only for a byte of 0x81 or
		 * more: names are ASCII nearly always, so the loop tests three
		 * instructions' worth a word, not six (i386, medium: 2 % of
		 * start-up).  A 64-bit CPU reads most names in two words,
		 * the second the last, and the second test cost it more.
		 */
		if (sizeof(w) == 8 || ((w - ones) & highs)) {
			zero = (w - ones) & ~w & highs;
			if (zero)
				break;
		}
		h = (h ^ w) * mult;
	}
	/* The bytes before the end: up to the lowest set bit of zero, less
	 * the terminator's byte (no shift by a count that may be 64). */
	h = (h ^ (w & ((zero ^ (zero - 1)) >> 8))) * mult;
	*len = (size_t)(s - name) + (unsigned)__builtin_ctzl(zero) / 8;
	/*
	 * The high half of a product depends on every bit multiplied, so it
	 * is the hash as it is: the table's slot comes from its top bits,
	 * the tag from its low four (symtable.h), which miss only names that
	 * differ in no word's first 36 bits, costing such a pair a compare.
	 * A 32-bit product has no high half: its high bits are folded into
	 * the low ones first.
	 */
	if (sizeof(h) == 4)
		h = (h ^ (h >> 16)) * mult;
	return (uint32_t)(h >> (8 * sizeof(h) - 32));
}

LDSO_HOT uint32_t ldso_name_hash(const char *name, size_t *len)
{
	return name_hash(name, len, false);
}

/* A name's hash and length, computed once for every table a lookup asks. */
struct name_key {
	uint32_t hash;
	size_t len;
};

LDSO_HOT struct name_key name_key(const char *name)
{
	struct name_key key;

	key.hash = ldso_name_hash(name, &key.len);
	return key;
}

/*
 * The key of a name in a string table (a whole one: the table is
 * terminated, or ldso_dso_string said so), padded as strtab_padded says;
 * dso_name_key for d's.  Two copies of the hash loop, so that neither
 * tests per word which one it is.
 */
LDSO_HOT struct name_key table_name_key(const char *name, bool padded)
{
	struct name_key key;

	if (padded)
		key.hash = name_hash(name, &key.len, true);
	else
		key.hash = name_hash(name, &key.len, false);
	return key;
}

LDSO_HOT struct name_key dso_name_key(const struct dso *d, const char *name)
{
	return table_name_key(name, d->strtab_padded);
}

/*
 * Can a symbol (of the program: is_main) satisfy a reference from another
 * object?  An undefined symbol of a non-PIC executable with a value is its
 * canonical PLT entry: it is the function's address for everyone, except
 * for the JUMP_SLOT lookups that must find the real code.
 */
#define CANDIDATE_TYPES (1u << STT_NOTYPE | 1u << STT_OBJECT | \
			 1u << STT_FUNC | 1u << STT_COMMON | 1u << STT_TLS | \
			 1u << STT_GNU_IFUNC)

/*
 * The st_info values a candidate may have, bit st_info of the table: a
 * binding of GLOBAL, WEAK or GNU_UNIQUE, and one of CANDIDATE_TYPES.  A
 * word holds two bindings' 16 types each; these three lie in different
 * words.  One bit test instead of two masks' (the table's build tests
 * every symbol).
 */
static const uint32_t candidate_infos[8] = {
	[STB_GLOBAL / 2] = CANDIDATE_TYPES << 16 * (STB_GLOBAL % 2),
	[STB_WEAK / 2] = CANDIDATE_TYPES << 16 * (STB_WEAK % 2),
	[STB_GNU_UNIQUE / 2] = CANDIDATE_TYPES << 16 * (STB_GNU_UNIQUE % 2),
};

LDSO_HOT bool symbol_candidate(const Elf_Sym *sym, bool is_main)
{
	unsigned info = sym->st_info, type = ST_TYPE(info);

	if (!((candidate_infos[info / 32] >> (info % 32)) & 1))
		return false;
	if (ST_VISIBILITY(sym->st_other) == STV_HIDDEN ||
	    ST_VISIBILITY(sym->st_other) == STV_INTERNAL)
		return false;
	return sym->st_shndx != SHN_UNDEF ||
	       (is_main && sym->st_value != 0 && type == STT_FUNC);
}

/* The same for symbol i of d. */
LDSO_HOT bool ldso_symbol_candidate(const struct dso *d, size_t i)
{
	return symbol_candidate(&d->symtab[i], d->is_main);
}

/* A candidate that this lookup (version, flags) accepts. */
LDSO_HOT bool ldso_symbol_accepts(struct dso *d, size_t i, const char *version,
				  int flags)
{
	if (!ldso_symbol_candidate(d, i))
		return false;
	if (d->symtab[i].st_shndx == SHN_UNDEF && (flags & LOOKUP_FOR_PLT))
		return false;
	return !d->versym || ldso_version_ok(d, i, version);
}

/* symtable.c */
void ldso_symtable_build(void);
void ldso_symtable_split(void);
void ldso_symtable_main_part(bool worker);
void ldso_symtable_worker_part(void);
void ldso_symtable_append(struct dso *d);
void ldso_symtable_drop(void);
void ldso_symtable_after_start(void);
void ldso_symtable_for_list(struct ldso_symtable **out, struct dso **list,
			    size_t count);
void ldso_symtable_free(struct ldso_symtable *t);

extern unsigned long ldso_lookup_count;
/* Counted by stage 6's two threads at once (worker.c): atomically, which
 * is the same one instruction on x86 (with a lock prefix). */
static inline void ldso_count_lookups(unsigned long n)
{
	__atomic_fetch_add(&ldso_lookup_count, n, __ATOMIC_RELAXED);
}
struct symbol_ref ldso_lookup_in(const char *name, const char *version,
				 struct dso **list, size_t count);

/* bind.c and reloc.c */
void ldso_relocate_all(void);
bool ldso_relocate_objects(struct dso *first, bool bind_now);
void ldso_note_binding(struct dso *d, struct dso *def, bool lazy);
void ldso_trace_binding(const struct dso *d, const struct symbol_ref *ref,
			const char *name, bool lazy);
Elf_Addr ldso_call_resolver(const struct dso *d, Elf_Addr vaddr);

/* S: the address a reference binds to (an IFUNC's resolved target). */
LDSO_HOT Elf_Addr ldso_symbol_value(const struct symbol_ref *ref)
{
	if (!ref->sym)
		return 0;	/* undefined weak */
	if (ref->sym->st_shndx == SHN_ABS)
		return ref->sym->st_value;
	if (ST_TYPE(ref->sym->st_info) == STT_GNU_IFUNC &&
	    ref->sym->st_shndx != SHN_UNDEF)
		return ldso_call_resolver(ref->dso, ref->sym->st_value);
	return ref->dso->base + ref->sym->st_value;
}

/*
 * A first call through a lazy slot runs with signals open, and blocks
 * them only around what a handler's own first call must not see half
 * done (fixup.c): a binding noted in a list, an IFUNC resolver.
 */
#define LDSO_SIG_SETMASK 2
LDSO_HOT void ldso_block_signals(uint64_t *old)
{
	uint64_t all = ~(uint64_t)0;

	arch_syscall4(SYS_rt_sigprocmask, LDSO_SIG_SETMASK, (long)&all,
		      (long)old, sizeof(all));
}

LDSO_HOT void ldso_restore_signals(const uint64_t *old)
{
	arch_syscall4(SYS_rt_sigprocmask, LDSO_SIG_SETMASK, (long)old, 0,
		      sizeof(*old));
}

/* plt.c, lazy.c, fixup.c: PLT slots bound at their first call */
bool ldso_lazy_possible(const struct dso *d, bool bind_now);
/* What the JUMP_SLOTs of one table checked so far share (plt.c); zeroed
 * before the first. */
struct slot_ranges {
	Elf_Addr place_lo, place_starts;	/* an aligned word starting at
						 * place_lo + [0, place_starts)
						 * is a good place */
	Elf_Addr code_lo, code_len;		/* a good link-time value */
};
bool ldso_lazy_slot_proven(const struct dso *d, struct slot_ranges *c,
			   Elf_Addr offset);

/* May the JUMP_SLOT at offset wait for its first call (plt.c)?  base:
 * d->base, which the caller holds apart from d (reloc.c, defer_table). */
LDSO_HOT bool ldso_lazy_slot(const struct dso *d, Elf_Addr base,
			     struct slot_ranges *c, Elf_Addr offset)
{
	Elf_Addr value;

	/* One compare a range: the ranges are kept as a start and a count. */
	if (offset % sizeof(Elf_Addr) == 0 && offset - c->place_lo < c->place_starts) {
		value = *(const Elf_Addr *)(base + offset);
		if (value - c->code_lo < c->code_len)
			return true;
	}
	return ldso_lazy_slot_proven(d, c, offset);
}
bool ldso_plt_in_load(const struct dso *d, Elf_Addr vaddr, size_t size,
		      unsigned need);
bool ldso_plt_writable_later(const struct dso *d, Elf_Addr vaddr, size_t size);
bool ldso_plt_slot_place_ok(const struct dso *d, Elf_Addr offset);
void ldso_lazy_install(struct dso *d, size_t deferred);
Elf_Addr ldso_lazy_fixup(struct dso *d, size_t pushed);
size_t ldso_lazy_resolved_count(void);
void ldso_lazy_prepare(void);
void ldso_lazy_statistics(void);
void ldso_protect_objects(struct dso *first);
void ldso_protect_relro(struct dso *d);

/* thread_db.c: what glibc's libthread_db reads (for gdb) */
void ldso_thread_db_ready(void);

/* tls.c */
void ldso_setup_tls(void);
/* The thread interface crt/thread.c uses (crt/include/ldso_thread.h,
 * exported as __ldso_tls_*), for worker.c too. */
size_t ldso_tls_thread_area(size_t *align);
void *ldso_tls_thread_init(void *area);
void ldso_tls_thread_release(void *tp);

/* worker.c: stage 6's second thread (reloc.c says when it runs) */
bool ldso_worker_wanted(void);
bool ldso_worker_start(void (*fn)(void *), void *arg);
void ldso_worker_let_first(void);
void ldso_worker_join(void);
/* gate.c: what the worker and the main thread both see */
struct ldso_worker_sync {
	void *tp;		/* the worker's thread pointer; 0: no worker */
	int main_done;		/* the main thread has finished its share */
	int went_first;		/* symtable build: the worker reached a gate or its end */
};
extern struct ldso_worker_sync ldso_worker_sync;
bool ldso_flag_is_set(int *flag);
void ldso_flag_wait(int *flag);
void ldso_flag_set(int *flag);
void ldso_worker_wait_turn(void);
/* Called often (every allocation): without a worker, one test. */
static inline void ldso_worker_gate(void)
{
	if (ldso_worker_sync.tp)
		ldso_worker_wait_turn();
}
/*
 * tls.c's layouts, which thread_db.c also describes to glibc's
 * libthread_db: a thread's DTV (the TCB's dtv), and the module table,
 * laid out as one block of glibc's slot info list (a length, a next
 * pointer that stays 0, the entries) so that the description is exact.
 */
struct dtv_slot {
	void *block;		/* the variable area; tls.c: UNALLOCATED if none yet */
	void *allocation;	/* what to free, 0 for static blocks */
	size_t generation;	/* of the module when the block was made */
};
struct dtv {
	size_t generation;
	size_t capacity;
	struct dtv_slot slot[];	/* indexed by module id; slot[0] unused */
};
struct tls_module {
	struct dso *dso;	/* 0: id free */
	size_t generation;	/* when this id was last assigned */
};
struct tls_module_table {
	size_t capacity;	/* entries in slot[] */
	struct tls_module_table *next;
	struct tls_module slot[];	/* indexed by module id */
};
ptrdiff_t ldso_tls_offset(const struct dso *d);
void *ldso_tls_get_addr(size_t module, size_t offset);
void ldso_tls_add_module(struct dso *d, bool needs_static);
void ldso_tls_remove_module(struct dso *d);
void *ldso_tls_block(const struct dso *d);
size_t ldso_tlsdesc_offset(const size_t *index);
void ldso_tlsdesc_static(void);
void ldso_tlsdesc_dynamic(void);

/* init.c */
void ldso_run_init(void);
void ldso_check_init_fini(struct dso *first);
void ldso_order_init(void);
void ldso_init_objects(struct dso *root);
void ldso_fini_object(struct dso *d);
void ldso_fini(void);

/* debug.c */
void ldso_debug_add_begin(void);
void ldso_debug_consistent(void);
void ldso_debug_delete_begin(void);
void ldso_debug_set_dt_debug(struct dso *main);

/* objects.c: the load-order list and its lock */
void ldso_lock(void);
void ldso_unlock(void);
void ldso_append_dso(struct dso *d);
void ldso_unlink_dso(struct dso *d);
struct dso *ldso_find_dso(const void *addr);
bool ldso_is_loaded(const struct dso *h);

/* cmdline.c */
uintptr_t *ldso_command_mode(uintptr_t *sp, int *argc_io);

/* arch/<arch>/jump.S */
__attribute__((returns_twice)) int ldso_setjmp(void *buf);
LDSO_NORETURN void ldso_longjmp(void *buf, int value);
LDSO_NORETURN void ldso_enter(uintptr_t *sp, Elf_Addr entry, void (*fini)(void));

/* Pages of the kernel we run on (boot.c reads AT_PAGESZ first thing). */
static inline Elf_Addr ldso_page_down(Elf_Addr x)
{
	return x & ~(Elf_Addr)(ldso.page_size - 1);
}

static inline Elf_Addr ldso_page_up(Elf_Addr x)
{
	return (x + ldso.page_size - 1) & ~(Elf_Addr)(ldso.page_size - 1);
}

/* a + b without wrapping past the top of the address space */
static inline bool ldso_add_overflows(uintptr_t a, uintptr_t b)
{
	return a + b < a;
}

#endif
