# crt/: the start files, the small runtime test programs link against
# (libcrt.so, libcrt.a) and the compiler wrapper, for one ARCH.
#
# The runtime and the start files are built without the stack protector:
# libcrt must not depend on libssp, and in a static program nothing sets
# the thread pointer the canary is read through.  crt/include comes before
# everything else, so that our headers win over any other directory's.

CRT_CFLAGS := -Icrt/include $(CFLAGS_BASE) -fno-stack-protector -MMD -MP

CRT_LIB_SRCS := abort.c ctype.c env.c exit.c format.c lock.c malloc.c \
	mem.c printf.c signal.c start.c stdio.c strerror.c string.c \
	strtol.c syscalls.c thread.c
CRT_LIB_OBJS := $(CRT_LIB_SRCS:%.c=$(O)/crt/%.o) $(O)/crt/crt_sigreturn.o \
	$(O)/crt/crt_clone.o

# errno is per thread in libcrt.so only (see errno.c): a static program
# has no thread pointer to find it through.
CRT_SO_OBJS := $(CRT_LIB_OBJS) $(O)/crt/errno_shared.o
CRT_A_OBJS := $(CRT_LIB_OBJS) $(O)/crt/errno.o

CRT_OUTPUTS := $(B)/crt1.o $(B)/Scrt1.o $(B)/crti.o $(B)/crtn.o \
	$(B)/libcrt.so $(B)/libcrt.a $(B)/bin/ldso-cc

crt: $(CRT_OUTPUTS)

$(O)/crt/%.o: crt/%.c
	@mkdir -p $(@D)
	$(CC) $(CRT_CFLAGS) -c -o $@ $<

$(O)/crt/errno_shared.o: crt/errno.c
	@mkdir -p $(@D)
	$(CC) $(CRT_CFLAGS) -DCRT_SHARED -c -o $@ $<

$(O)/crt/crt_%.o: arch/$(ARCH)/crt_%.S
	@mkdir -p $(@D)
	$(CC) $(CRT_CFLAGS) -c -o $@ $<

# The C half of the start files, absolute for crt1.o and
# position-independent for Scrt1.o; _start itself is PC-relative and
# serves both.
$(O)/crt/crt1_abs.o: crt/crt1.c
	@mkdir -p $(@D)
	$(CC) $(CRT_CFLAGS) -fno-pic -c -o $@ $<

$(O)/crt/crt1_pic.o: crt/crt1.c
	@mkdir -p $(@D)
	$(CC) $(CRT_CFLAGS) -fPIC -c -o $@ $<

$(B)/crt1.o: $(O)/crt/crt_start.o $(O)/crt/crt1_abs.o
	$(CC) $(M) -nostdlib -r -o $@ $^

$(B)/Scrt1.o: $(O)/crt/crt_start.o $(O)/crt/crt1_pic.o
	$(CC) $(M) -nostdlib -r -o $@ $^

$(B)/crti.o: $(O)/crt/crt_crti.o
	cp $< $@

$(B)/crtn.o: $(O)/crt/crt_crtn.o
	cp $< $@

# libgcc supplies what the compiler calls on its own (64-bit division on
# i386); its symbols are hidden, so libcrt.so does not export them.  The
# loader's thread interface (__ldso_tls_*) is referenced weakly by
# thread.c, which --no-undefined allows: it is found in the loader at run
# time, and its absence is an error crt_thread_create() reports.
$(B)/libcrt.so: $(CRT_SO_OBJS)
	$(CC) $(M) -nostdlib -shared -Wl,-soname,libcrt.so -Wl,--no-undefined \
		-o $@ $^ $(LIBGCC)

$(B)/libcrt.a: $(CRT_A_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

# The wrapper compiles with LDSO_CC_DEFAULT (arch/<arch>/arch.mk: plain
# gcc on x86, the cross compiler elsewhere; LDSO_CC_COMPILER overrides):
# when this tree is built with musl-gcc, the programs still link against
# our crt only.
$(B)/bin/ldso-cc: tools/ldso-cc.in crt/build.mk arch/$(ARCH)/arch.mk
	@mkdir -p $(@D)
	sed -e 's|@ROOT@|$(CURDIR)|g' -e 's|@LIBDIR@|$(CURDIR)/$(B)|g' \
		-e 's|@MFLAG@|$(M)|g' -e 's|@COMPILER@|$(LDSO_CC_DEFAULT)|g' \
		-e "s|@GCC_INCLUDE@|$$($(LDSO_CC_DEFAULT) -print-file-name=include 2>/dev/null)|g" \
		-e "s|@LIBGCC@|$$($(LDSO_CC_DEFAULT) $(M) -print-libgcc-file-name 2>/dev/null)|g" \
		$< > $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

-include $(wildcard $(O)/crt/*.d)
