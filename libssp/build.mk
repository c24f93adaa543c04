# libssp: the stack-protector runtime and the fortify checks, for one ARCH.
#
#   $(B)/libssp.so            __stack_chk_guard, __stack_chk_fail, __chk_fail,
#                             the __*_chk functions; no DT_NEEDED at all
#   $(B)/libssp.a             the same objects, for static links
#   $(B)/libssp_nonshared.a   __stack_chk_fail_local (hidden: each object
#                             that calls it must contain it)
#
# Stack-protector policy: every libssp object is built with
# -fno-stack-protector, as the runtime that reports a smashed stack should
# not depend on the canary itself.  LIBSSP_CFLAGS_EXTRA comes after it, so
# the test suite can rebuild libssp with -fstack-protector-all: the
# functions that must never be protected (the guard's constructor, which
# changes the guard under its own frame, and the whole failure path, which
# would recurse) also carry __attribute__((no_stack_protector)).
#
# fail_local.o also gets -fno-plt: that is what lets GCC leave
# __stack_chk_fail_local with a tail jump on i386 (see fail_local.c).

LIBSSP_CFLAGS_EXTRA ?=
LIBSSP_O := $(O)/libssp
LIBSSP_CFLAGS := $(CFLAGS_BASE) -iquote crt/include -fno-stack-protector \
	$(LIBSSP_CFLAGS_EXTRA)
LIBSSP_OBJS := $(addprefix $(LIBSSP_O)/, guard.o fail.o chk_fail.o abort.o \
	format.o fortify_mem.o fortify_str.o fortify_printf.o fortify_gets.o)
LIBSSP_LOCAL_OBJS := $(LIBSSP_O)/fail_local.o

libssp: $(B)/libssp.so $(B)/libssp.a $(B)/libssp_nonshared.a

$(LIBSSP_O)/%.o: libssp/%.c libssp/build.mk
	@mkdir -p $(@D)
	$(CC) $(LIBSSP_CFLAGS) -MMD -MP -c $< -o $@

$(LIBSSP_O)/fail_local.o: LIBSSP_CFLAGS += -fno-plt -foptimize-sibling-calls

# fail_local.o is linked in as well, for libssp's own protected functions
# when LIBSSP_CFLAGS_EXTRA asks for them on i386.  -z defs proves that
# libssp needs nothing from outside (dladdr is weak), and libgcc supplies
# the 64-bit division the formatter needs on i386.  -Bsymbolic-functions
# binds libssp's calls to its own functions (glibc exports __chk_fail and
# the __*_chk family too, and we must not end up half in each); data stays
# interposable, so that an executable's copy of __stack_chk_guard (a COPY
# relocation) is the one the constructor sets.
$(B)/libssp.so: $(LIBSSP_OBJS) $(LIBSSP_LOCAL_OBJS) libssp/build.mk
	$(CC) $(M) -shared -nostdlib -Wl,-soname,libssp.so -Wl,-z,defs \
		-Wl,-Bsymbolic-functions -o $@ $(filter %.o,$^) $(LIBGCC)

$(B)/libssp.a: $(LIBSSP_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(B)/libssp_nonshared.a: $(LIBSSP_LOCAL_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

-include $(LIBSSP_OBJS:.o=.d) $(LIBSSP_LOCAL_OBJS:.o=.d)
