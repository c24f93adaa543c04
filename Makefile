# ldso: a minimal ELF dynamic loader with its own stack-protector runtime.
#
#   make            build every arch in ARCHES (x86_64 i386 aarch64 riscv64)
#                   under build/<arch>/, link ./ld.so
#   make ARCH=i386  build one arch (aarch64, riscv64: with the Debian cross
#                   compilers, arch/<arch>/arch.mk)
#   make demo       install what is missing, build, run a protected program
#   make test       install what is missing, build, run the whole test suite
#                   against each loader: default and the variants below, and
#                   a sample of it with every other toolchain
#   make test-toolchains  the whole suite's cases and differential programs
#                   with every other toolchain (tests/lib/toolchain.sh)
#   make mutation   plant catalogued bugs one at a time in a scratch copy and
#                   run the tests that should catch each (tests/mutation/)
#   make install    install into PREFIX (default /usr/local), under DESTDIR
#   make uninstall  remove what make install put there
#
# Each arch is built by a recursive make with ARCH set; the fragments
# */build.mk describe their part for one arch.

ARCHES ?= x86_64 i386 aarch64 riscv64
HOST_ARCH := x86_64
ifneq ($(findstring musl-gcc,$(CC)),)
# musl-gcc only targets x86-64; building with it proves the loader needs
# neither glibc's headers nor its libraries.
ARCHES := x86_64
endif

ifeq ($(ARCH),)

all: $(ARCHES:%=arch-%) variants
	ln -sfn build/$(HOST_ARCH)/ld.so ld.so

arch-%:
	@$(MAKE) --no-print-directory ARCH=$* arch-all

# Loader variants, each under build/<arch>/variants/<name>/ with its own
# object directory (O follows B), so that their flags never mix with the
# default build's: nossp (LDSO_SSP=none), global (LDSO_GUARD=global),
# symtable and bindnow (see below).
# The default loader, build/<arch>/ld.so, is protected with the tls guard.
# `make test` runs the whole suite against it and every variant.
LDSO_VARIANTS := nossp global symtable bindnow
VARIANT_FLAGS_nossp := LDSO_SSP=none LDSO_GUARD=tls
VARIANT_FLAGS_global := LDSO_SSP=all LDSO_GUARD=global
# symtable: the process-wide symbol table (ldso/symtable.c) built for every
# program, not only large ones, so the whole suite checks it answers as the
# scope walk does.
VARIANT_FLAGS_symtable := LDSO_SSP=all LDSO_GUARD=tls LDSO_DEFINES=-DLDSO_SYMTABLE_ALWAYS
# bindnow: every PLT slot bound at start, as with LD_BIND_NOW=1 (the default
# binds them lazily, ldso/lazy.c), so the whole suite covers both paths.
VARIANT_FLAGS_bindnow := LDSO_SSP=all LDSO_GUARD=tls LDSO_DEFINES=-DLDSO_BIND_NOW_ALWAYS

# The variants are built for every CPU.  What make test runs with them
# (CI has 30 minutes on two cores, and on some machines every fork costs
# milliseconds): symtable changes symbol lookup, bindnow binding: on x86
# they run SYMTABLE_SAMPLE and BINDNOW_SAMPLE, natively only (qemu-user
# changes nothing they change); on the emulated CPUs (aarch64, riscv64, and i386 where
# the kernel cannot run it), where a run costs ten times a native one,
# VARIANT_SAMPLE, the cases whose code paths they change: symbol lookup
# (symtable), lazy and eager binding, TLS descriptors and IFUNC (bindnow).
# nossp and global change only the canary's home and the loader's own
# protection: GUARD_SAMPLE on every CPU.
VARIANT_ARCHES := $(ARCHES)
VARIANT_SAMPLE := hello ssp-loader-guard ssp-loader-export ssp-smash \
	interpose symbol-versions dl-global-local copy-reloc ifunc tls-models \
	lazy-args-regs lazy-threads dl-tls-surplus symtable-huge dl-table-dropped \
	strtab-page-end diff/call diff/copy diff/interpose
GUARD_SAMPLE := hello ssp-loader-guard ssp-loader-export ssp-smash \
	ssp-canary boot-safety-stage2 tls-models
# symtable on x86: every case that looks symbols up in a way of its own
# (scopes, dlopen and dlsym, hash tables, interposition, copies, versions,
# protected and symbolic binding, weak symbols, many objects) and every
# test a symtable mutant names (tests/mutation/catalogue).
SYMTABLE_SAMPLE := $(VARIANT_SAMPLE) symtable-* dl-* dlsym-* hash-* \
	gnu-hash-* interpose* preload* copy-reloc* symbol* symbolic* protected* \
	weak* version-* nonpie ld-debug-* lazy-dlclose lazy-missing reloc-* \
	secure-preload many-libs bench-* missing-symbol loader-exports diff/*
# bindnow on x86: every case whose binding is not all done at link time
# by then (lazy slots, IFUNC, TLS, dlopen'd objects, relocation kinds).
BINDNOW_SAMPLE := $(VARIANT_SAMPLE) lazy-* ifunc* tls-* dl-* reloc-* \
	copy-reloc* interpose* preload* symbolic* protected* weak* version-* \
	missing-symbol ld-debug-reloc diff/*

# The qemu ways on x86 (where qemu-user is not the only host): the cases
# whose outcome qemu's own loading and emulation can change (the auxiliary
# vector, the memory map, signals, threads and TLS, set-uid handling, the
# loader as a command, two differential programs); the other cases' ways
# under qemu are the emulated CPUs'.
QEMU_SAMPLE := hello args auxv exit-status interp cmdline-* command-errors \
	ssp-* tls-* thread-basic dl-threads dl-lock-ctor dl-tls-* lazy-args-regs \
	lazy-avx lazy-threads lazy-signal* signal-return ifunc* secure-* \
	segment-perms exec-stack big-bss bss-one-page relro* static-program \
	foreign-loader stage1-unit dl-iterate loader-exports page-size-64k \
	diff/call diff/tls-lib

variants: $(foreach a,$(VARIANT_ARCHES),$(LDSO_VARIANTS:%=variant-$(a)-%))

variant-%:
	@$(MAKE) --no-print-directory ARCH=$(word 1,$(subst -, ,$*)) \
		B=build/$(word 1,$(subst -, ,$*))/variants/$(word 2,$(subst -, ,$*)) \
		$(VARIANT_FLAGS_$(word 2,$(subst -, ,$*))) loader
	@# The loader searches its own directory by default: give each variant
	@# the default build's runtime libraries there too.
	@for lib in libcrt.so libssp.so; do \
		ln -sfn ../../$$lib build/$(word 1,$(subst -, ,$*))/variants/$(word 2,$(subst -, ,$*))/$$lib; \
	done

deps:
	@tools/install-deps

demo: deps all
	@tests/demo

# The toolchain axis (tests/lib/toolchain.sh): every case and differential
# program built with each of these instead of gcc + GNU ld, run natively
# with the default loader.  All of them, times the whole suite, take longer
# than CI's 30 minutes on two cores (the matrix alone is about 24 minutes
# there, the rest of make test 19), so `make test` runs the sample below
# with every toolchain, the cases whose objects differ most between
# linkers (relocation kinds, RELRO, RELR, hash tables, copy relocations,
# IFUNC, TLS, symbol binding, versions, $ORIGIN, where the writable pages
# lie: rw-populated; a program whose relocations the global symbol table
# answers, on reloc.c's probed path: symtable-after-start; a dlopen group's
# lookups there, counted as apply_one's way counts them, which mold's
# relocations, not sorted by place, put to the test: dl-group-table), and
# the malformed-ELF corpus built from the objects of each linker
# (LINKER_TOOLCHAINS: the flag sets change a flag or a table of the
# objects gnu's corpus already mutates), natively only.  On an i386 that runs under qemu only, the
# axis is the linkers'.  `make test-toolchains` runs them all.
TEST_TOOLCHAINS := gold lld clang-lld mold clang now norelro noseparate-code \
	hash-sysv hash-gnu hash-both relr no-plt bsymbolic old-dtags
TOOLCHAIN_SAMPLE := hello relro relr hash-styles copy-reloc ifunc tls-models \
	protected symbolic interpose nonpie symbol-versions runpath-origin \
	dl-global-local init-fini-order ldso-cc-fuse-ld gdb-backtrace rw-populated \
	symtable-after-start dl-group-table \
	diff/copy diff/tls-lib diff/relative diff/interpose corpus
LINKER_TOOLCHAINS := gold lld clang-lld mold clang
# The GNU ld flag sets (the others) change one thing of the objects: a
# smaller sample, the cases that see that thing.
FLAGSET_SAMPLE := hello relro relr hash-styles copy-reloc ifunc symbolic \
	runpath-origin

# One run of tests/run covers every loader build; its last line sums them.
# The build runs a job per core unless make was given -j: .ci/run cannot
# (deps installs the compilers that `all` needs).
test: deps
	@$(MAKE) --no-print-directory $(if $(filter -j%,$(MAKEFLAGS)),,-j$(shell nproc)) all
	@LDSO_VARIANTS="default $(LDSO_VARIANTS)" TOOLCHAINS="$(TEST_TOOLCHAINS)" \
		TOOLCHAIN_TESTS="$(TOOLCHAIN_SAMPLE)" EMULATED_VARIANT_TESTS="$(VARIANT_SAMPLE)" \
		VARIANT_TESTS_nossp="$(GUARD_SAMPLE)" VARIANT_TESTS_global="$(GUARD_SAMPLE)" \
		VARIANT_TESTS_bindnow="$(BINDNOW_SAMPLE)" QEMU_TESTS="$(QEMU_SAMPLE)" \
		VARIANT_TESTS_symtable="$(SYMTABLE_SAMPLE)" \
		VARIANT_HOSTS=native TOOLCHAIN_CORPUS="$(LINKER_TOOLCHAINS)" \
		FLAGSET_TESTS="$(FLAGSET_SAMPLE)" \
		EMULATED_TOOLCHAINS="$(LINKER_TOOLCHAINS)" tests/run $(ARCHES)

test-toolchains: deps all
	@TOOLCHAINS="$(TEST_TOOLCHAINS)" TOOLCHAINS_ONLY=yes tests/run $(ARCHES)

check: test

# Mutation testing, never part of make test: tests/mutation/README.md.
# MUTATION_ARGS passes options (--full, --arch i386, mutant ids).
mutation: deps
	@tests/mutation/run $(MUTATION_ARGS)

# The start-up benchmark, never part of make test: bench/README.md.
# BENCH_ARCHES, BENCH_WORKLOADS, BENCH_RUNS, ... pass through the environment.
bench: all
	@bench/run

# make install / make uninstall (PREFIX, DESTDIR): tools/install.mk.
include tools/install.mk

# Host libFuzzer harnesses of the parsing code (needs clang): tests/fuzz/README.md.
fuzz:
	@$(MAKE) --no-print-directory -f tests/fuzz/fuzz.mk fuzz

clean:
	rm -rf build ld.so

.PHONY: all deps demo test test-toolchains check clean variants fuzz mutation bench

else

B := build/$(ARCH)
O := $(B)/obj

# arch/<arch>/arch.mk: the compiler (a cross compiler for a CPU other
# than the host's), its flags, and the guard flags of each LDSO_GUARD.
ifeq ($(wildcard arch/$(ARCH)/arch.mk),)
$(error unknown ARCH $(ARCH): expected one of $(notdir $(wildcard arch/*)))
endif
include arch/$(ARCH)/arch.mk

GCC_INCLUDE := $(shell $(CC) -print-file-name=include)
LIBGCC := $(shell $(CC) $(M) -print-libgcc-file-name)

# Everything here is freestanding: our own headers, gcc's (stddef.h,
# stdarg.h, stdint.h) and nothing from a libc.
# -fasynchronous-unwind-tables: every object carries .eh_frame, so that
# debuggers, profilers and valgrind can walk from any instruction of the
# loader or the runtime back to main (the tables are only read by those
# tools: nothing here unwinds at run time).
FREESTANDING := -nostdinc -isystem $(GCC_INCLUDE) -ffreestanding \
	-fasynchronous-unwind-tables \
	-fno-tree-loop-distribute-patterns
WARN := -Wall -Wextra -Werror
CFLAGS_BASE := $(M) -std=gnu11 -O2 -fPIC $(FREESTANDING) $(WARN) \
	-Iarch/$(ARCH)

# Stack-protector policy of the loader.  LDSO_SSP=all (default) builds every
# loader object with -fstack-protector-all, except the objects below;
# LDSO_SSP=none builds none of them protected.  LDSO_GUARD picks where the
# canary is read from: tls (the thread control block: %fs:0x28, %gs:0x14,
# tpidr_el0+8, tp-8) or global (__stack_chk_guard); arch/<arch>/arch.mk
# turns that into the compiler's flags.
#
# Built without the protector, and why:
#   start.o   entry code, runs before anything exists
#   stage1.o  self-relocation: before it ends no GOT slot is valid, and in
#             global mode the guard would be read through one
#   stage2.o  installs the thread pointer and the canary; a protected frame
#             here would be checked against a canary it changed
#   trampoline.o  the lazy-binding trampoline (assembly): it runs between a
#             caller and its callee and keeps no frame; the C it calls,
#             lazy.o, is protected
LDSO_SSP ?= all
LDSO_GUARD ?= tls
LDSO_NO_SSP_OBJS := start.o stage1.o stage2.o trampoline.o
ifeq ($(LDSO_SSP),all)
LDSO_SSP_FLAGS := -fstack-protector-all $(ARCH_GUARD_FLAGS_$(LDSO_GUARD)) \
	-DLDSO_GUARD_$(LDSO_GUARD)
else
LDSO_SSP_FLAGS := -fno-stack-protector -DLDSO_GUARD_none
endif

arch-all: loader crt libssp tests-build

include ldso/build.mk
include crt/build.mk
include libssp/build.mk
include tests/build.mk

.PHONY: arch-all loader crt libssp tests-build

endif
