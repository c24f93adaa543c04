# Host fuzz harnesses for the loader's parsing code (tests/fuzz/README.md).
# Built by `make fuzz` from the top level; needs clang with libFuzzer and,
# for the i386 harness, 32-bit libstdc++ (Debian: clang lib32stdc++-12-dev).
#
#   build/fuzz/fuzz-<arch>    libFuzzer: ldso/map.c dynamic.c version.c definition.c
#                             symbol.c symtable.c lazy.c plt.c fixup.c bind.c reloc.c with that arch's
#                             headers (-m32 for i386; aarch64 and riscv64 on the
#                             x86-64 host, with host_syscall.h for their
#                             system calls)
#   build/fuzz/replay-<arch>  the same parser under ASan/UBSan with a plain
#                             main: replays the files named on its command
#                             line (tests/run's corpus group uses it)
#
# reloc.c is built without UBSan's alignment check: a relocation's place
# may legally be unaligned, and x86 stores there (tests/fuzz/README.md).

FUZZ_CC ?= clang
FUZZ_OUT := build/fuzz
FUZZ_SRC := ldso/map.c ldso/dynamic.c ldso/version.c ldso/definition.c ldso/symbol.c \
	ldso/symtable.c ldso/lazy.c ldso/plt.c ldso/fixup.c ldso/bind.c tests/fuzz/glue.c \
	tests/fuzz/harness.c
FUZZ_DEPS := $(FUZZ_SRC) ldso/reloc.c tests/fuzz/replay.c ldso/*.h \
	arch/*/*.h tests/fuzz/fuzz.mk tests/fuzz/host_syscall.h
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
# LDSO_SYMTABLE_ALWAYS: the symbol tables are built for any object, so the
# second pass over each input (glue.c) probes them and warms relocations.
FUZZ_CFLAGS = $(M) -g -O1 -std=gnu11 -Wall -Wextra -fno-omit-frame-pointer \
	-DLDSO_SYMTABLE_ALWAYS -Ildso -Iarch/$(A)

FUZZ_ARCHES := x86_64 i386 aarch64 riscv64
fuzz: $(foreach a,$(FUZZ_ARCHES),$(FUZZ_OUT)/fuzz-$(a) $(FUZZ_OUT)/replay-$(a))

$(FUZZ_OUT)/%-x86_64 $(FUZZ_OUT)/%-x86_64.o: M := -m64
$(FUZZ_OUT)/%-x86_64 $(FUZZ_OUT)/%-x86_64.o: A := x86_64
# The kernel's <asm/*.h> for -m32: the x86 headers serve both widths.
# gcc-multilib links them to /usr/include/asm, but it cannot be installed
# beside the aarch64 and riscv64 cross compilers (tools/install-deps).
$(FUZZ_OUT)/%-i386 $(FUZZ_OUT)/%-i386.o: M := -m32 -idirafter /usr/include/x86_64-linux-gnu
$(FUZZ_OUT)/%-i386 $(FUZZ_OUT)/%-i386.o: A := i386
# The other CPUs' parsing code, generic C over their arch.h (ELF types,
# relocation numbers), reads their objects on the x86-64 host: the same
# 64-bit little-endian layout.  Their syscall.h is inline assembly for
# their registers: host_syscall.h takes its place.
$(FUZZ_OUT)/%-aarch64 $(FUZZ_OUT)/%-aarch64.o: M := -m64 -include tests/fuzz/host_syscall.h
$(FUZZ_OUT)/%-aarch64 $(FUZZ_OUT)/%-aarch64.o: A := aarch64
$(FUZZ_OUT)/%-riscv64 $(FUZZ_OUT)/%-riscv64.o: M := -m64 -include tests/fuzz/host_syscall.h
$(FUZZ_OUT)/%-riscv64 $(FUZZ_OUT)/%-riscv64.o: A := riscv64

$(FUZZ_OUT)/reloc-fuzz-%.o: $(FUZZ_DEPS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_SAN) \
		-fno-sanitize=alignment -c -o $@ ldso/reloc.c

$(FUZZ_OUT)/reloc-replay-%.o: $(FUZZ_DEPS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fno-sanitize=alignment \
		-c -o $@ ldso/reloc.c

$(FUZZ_OUT)/fuzz-%: $(FUZZ_OUT)/reloc-fuzz-%.o $(FUZZ_DEPS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) \
		-o $@.tmp $(FUZZ_SRC) $<
	mv $@.tmp $@

$(FUZZ_OUT)/replay-%: $(FUZZ_OUT)/reloc-replay-%.o $(FUZZ_DEPS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) \
		-o $@ $(FUZZ_SRC) tests/fuzz/replay.c $<

.PHONY: fuzz
.SECONDARY:
