# The loader: build/<arch>/ld.so, freestanding, position-independent, no
# DT_NEEDED, its own entry point.  See the stack-protector policy in the
# top-level Makefile (LDSO_SSP, LDSO_GUARD, LDSO_NO_SSP_OBJS).

LDSO_C := stage1 stage2 boot cmdline map dynamic search load symbol reloc \
	tls init debug print string alloc sys ssp dlfcn trace env report version \
	symtable state objects definition secure lazy plt fixup bind thread_db \
	gate worker fds
# crt_clone: the arch's clone(2) for a new thread, which crt/thread.c
# uses, and stage 6's worker (worker.c).  ARCH_LDSO_ASM: an arch's own
# (arch.mk).
LDSO_ASM := start jump tlsdesc trampoline crt_clone $(ARCH_LDSO_ASM)
LDSO_OBJS := $(LDSO_ASM:%=$(O)/ldso/%.o) $(LDSO_C:%=$(O)/ldso/%.o) \
	$(O)/ldso/tls_get_addr.o
LDSO_CFLAGS := $(CFLAGS_BASE) $(ARCH_LDSO_CFLAGS) -fvisibility=hidden -Ildso $(LDSO_DEFINES) -MMD -MP

# The host's glibc version, which its libthread_db wants to find in the
# process (ldso/thread_db.c); none without getconf, and gdb then shows no
# thread-local variables.
LDSO_THREAD_DB_VERSION := $(shell getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc //p')
$(O)/ldso/thread_db.o: LDSO_EXTRA := $(if $(LDSO_THREAD_DB_VERSION),-DLDSO_THREAD_DB_VERSION='"$(LDSO_THREAD_DB_VERSION)"')

# Stage 1 reads no GOT: no jump tables (i386 reaches them through %ebx).
# Stages 1 and 2 read no global and call through no pointer: their system
# calls trap, before boot.c knows the vDSO's entry (arch/i386/syscall.h).
$(O)/ldso/stage1.o: LDSO_EXTRA := -fno-jump-tables -ULDSO_SYSCALL_ENTRY
$(O)/ldso/stage2.o: LDSO_EXTRA := -ULDSO_SYSCALL_ENTRY

loader: $(B)/ld.so $(B)/libdl.so

# -ldl: programs link against the loader itself (DT_NEEDED "ld.so", which
# always means the running loader).
$(B)/libdl.so: $(B)/ld.so
	ln -sf ld.so $@

$(O)/ldso/%.o: arch/$(ARCH)/%.S
	@mkdir -p $(dir $@)
	$(CC) $(M) -c -o $@ $<

$(O)/ldso/tls_get_addr.o: arch/$(ARCH)/tls_get_addr.c ldso/build.mk
	@mkdir -p $(dir $@)
	$(CC) $(LDSO_CFLAGS) $(LDSO_SSP_FLAGS) -c -o $@ $<

$(O)/ldso/%.o: ldso/%.c ldso/build.mk
	@mkdir -p $(dir $@)
	$(CC) $(LDSO_CFLAGS) $(LDSO_EXTRA) \
		$(if $(filter $*.o,$(LDSO_NO_SSP_OBJS)),-fno-stack-protector,$(LDSO_SSP_FLAGS)) \
		-c -o $@ $<

# Where the loader exports __stack_chk_guard (ARCH_EXPORTS_STACK_CHK_GUARD
# in arch.h), it does so under the version glibc's loader gives it on that
# CPU (ARCH_GUARD_VERSION in arch.mk), so that references linked against
# glibc's loader (__stack_chk_guard@GLIBC_2.17) bind to ours; references
# linked against ours get that version too.  Every other export stays
# unversioned: the script names no other symbol and hides none.
ifneq ($(ARCH_GUARD_VERSION),)
LDSO_VERSION_SCRIPT := $(O)/ldso/ldso.ver
LDSO_VERSION_FLAGS := -Wl,--version-script=$(LDSO_VERSION_SCRIPT)
$(LDSO_VERSION_SCRIPT): arch/$(ARCH)/arch.mk ldso/build.mk
	@mkdir -p $(dir $@)
	printf '%s {\n\tglobal: __stack_chk_guard;\n};\n' $(ARCH_GUARD_VERSION) >$@
endif

# -z pack-relative-relocs: stage 1 is tested on DT_RELR as well as RELA/REL.
$(B)/ld.so: $(LDSO_OBJS) $(LDSO_VERSION_SCRIPT)
	$(CC) $(M) -nostdlib -shared -Wl,-e,_dlstart -Wl,-soname,ld.so \
		-Wl,-z,pack-relative-relocs -Wl,--hash-style=both \
		-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack $(LDSO_VERSION_FLAGS) \
		-o $@ $(LDSO_OBJS) $(LIBGCC)
	@# What went into the link, for tests/layers/check-layers (an object
	@# left behind by a renamed file must not count).
	@printf '%s\n' $(LDSO_OBJS) >$(O)/ldso/objects.list

# Header dependencies, as the compiler found them (-MMD).
-include $(LDSO_C:%=$(O)/ldso/%.d) $(O)/ldso/tls_get_addr.d
