# shellcheck shell=bash disable=SC2034 # variables are used by the sourcing script
# The CPUs the suite runs on (sourced by tests/run, bash).
#
# x86_64 and i386 run natively and under qemu-user, i386 natively only
# where the kernel runs 32-bit x86 programs (host_runs_i386).  aarch64 and
# riscv64 cannot run natively here: their programs are built with the Debian cross
# compilers and run under qemu-aarch64 / qemu-riscv64 only, both ways in
# (PT_INTERP and the loader as a command).  The other loader builds run a
# sample there (EMULATED_VARIANT_TESTS, the Makefile's VARIANT_SAMPLE), and
# the toolchain axis stays x86-only: every run under emulation costs ten
# times a native one, and CI has 30 minutes.  The corpus group runs on
# both (tests/lib/corpus.sh: every class under qemu, fewer random mutants).

ARCHES_ALL="x86_64 i386 aarch64 riscv64"

# The CPUs built with Debian's cross compilers, <arch>-linux-gnu-gcc.
CROSS_ARCHES="aarch64 riscv64"

# arch_is_cross ARCH: built with a cross compiler?  (No subshell: it is
# asked for every way.)
arch_is_cross() { word_in "$1" "$CROSS_ARCHES"; }

# arch_cross_prefix ARCH: the cross toolchain's prefix, empty for x86.
arch_cross_prefix() {
	arch_is_cross "$1" && echo "$1-linux-gnu-"
	return 0
}

# host_runs_i386: can this kernel run 32-bit x86 programs?  Some cannot
# (one built without IA32 emulation, booted with ia32_emulation=0, or a
# paravirtual guest with no 32-bit mode): execve fails with ENOEXEC.  The
# probe runs the i386 loader's --version once; HOST_RUNS_I386 (yes or no)
# keeps the answer, and setting it beforehand skips the probe.
host_runs_i386() {
	if [ -z "${HOST_RUNS_I386-}" ]; then
		case $("$ROOT/build/i386/ld.so" --version 2>/dev/null) in
		*" for i386"*) HOST_RUNS_I386=yes ;;
		*) HOST_RUNS_I386=no ;;
		esac
		export HOST_RUNS_I386
	fi
	[ "$HOST_RUNS_I386" = yes ]
}

# arch_is_emulated ARCH: does ARCH run under qemu only?  The cross CPUs
# always; i386 where the kernel cannot run it.  Such an arch is treated as
# the cross ones are (qemu the only host, QEMU=no cases skipped, variants
# a sample, every corpus class under qemu), but keeps gcc -m32.
arch_is_emulated() {
	arch_is_cross "$1" || { [ "$1" = i386 ] && ! host_runs_i386; }
}

# arch_hosts ARCH: which of $HOSTS (native, qemu) can run ARCH's programs.
arch_hosts() {
	if arch_is_emulated "$1"; then
		word_in qemu "$HOSTS" && echo qemu
	else
		echo "$HOSTS"
	fi
}

# arch_sysroot ARCH: where glibc's cross loader and libc live (qemu -L).
arch_sysroot() {
	case $1 in
	aarch64) echo /usr/aarch64-linux-gnu ;;
	riscv64) echo /usr/riscv64-linux-gnu ;;
	esac
}

# arch_build_env ARCH: the per-CPU flags a case's build script may need,
# exported (tests/cases/README.md):
#   GUARD_FLAGS_tls, GUARD_FLAGS_global   -mstack-protector-guard=... for
#       the canary in the TCB where our loader keeps it, or the global guard
#   TLS_DESC_FLAGS   TLS descriptors (x86 gnu2, aarch64 desc); empty where
#       the compiler has none (riscv64, gcc 12)
#   TLS_TRAD_FLAGS   __tls_get_addr calls, not descriptors (aarch64's
#       default is descriptors)
#   OBJDUMP          an objdump that reads this CPU's code
#   GDB              a gdb that debugs it (gdb-multiarch against qemu -g)
arch_build_env() {
	export GUARD_FLAGS_global=-mstack-protector-guard=global
	case $1 in
	aarch64)
		export GUARD_FLAGS_tls="-mstack-protector-guard=sysreg -mstack-protector-guard-reg=tpidr_el0 -mstack-protector-guard-offset=8"
		export TLS_DESC_FLAGS=-mtls-dialect=desc TLS_TRAD_FLAGS=-mtls-dialect=trad ;;
	riscv64)
		export GUARD_FLAGS_tls="-mstack-protector-guard=tls -mstack-protector-guard-reg=tp -mstack-protector-guard-offset=-8"
		export TLS_DESC_FLAGS= TLS_TRAD_FLAGS= ;;
	*)
		export GUARD_FLAGS_tls=-mstack-protector-guard=tls
		export TLS_DESC_FLAGS=-mtls-dialect=gnu2 TLS_TRAD_FLAGS= ;;
	esac
	export OBJDUMP=$(arch_cross_prefix "$1")objdump
	if arch_is_cross "$1"; then export GDB=gdb-multiarch; else export GDB=gdb; fi
}

# arch_not_ported ARCH NAME: the reason a case does not run on ARCH, or
# nothing.  One list per CPU, each entry with its reason.
arch_not_ported() {
	arch_is_cross "$1" || return 0
	local reasons
	case $1 in
	aarch64) reasons=$AARCH64_NOT_PORTED ;;
	riscv64) reasons=$RISCV64_NOT_PORTED ;;
	esac
	printf '%s\n' "$reasons" | awk -v n="$2" '$1 == n { $1 = ""; sub(/^ /, ""); print; exit }'
}

# A case with QEMU=no runs natively only.  On an emulated CPU qemu is the
# only host: these few still run there (they read objects, or catch the
# broken loaders' deaths through qemu -strace); every other such case
# needs a native process (set-uid and setcap programs for secure mode,
# ptrace, valgrind, perf, strace, ltrace, lldb) and is skipped.
QEMU_NO_BUT_EMULATED="boot2008-global boot2008-tls layers boot-safety-entry"
QEMU_NO_BUT_EMULATED+=" boot-safety-linked boot-safety-negative boot-safety-stage1"
QEMU_NO_BUT_EMULATED+=" boot-safety-stage2 boot-safety-stage3 boot-safety-trampoline"

# The secure-mode cases (QEMU=no) run under qemu too, on every arch, as
# root: qemu started with real uid nobody and effective uid root hands the
# program AT_SECURE=1 (tests/lib/secure.sh).  "<case> <reason>", one a
# line: those that cannot.
SECURE_NOT_UNDER_QEMU="
secure-std-fds under qemu it cannot fail: with the loader's /dev/null rule planted off its qemu ways still pass (qemu opens files of its own before the program starts; not examined further), so it runs natively only
"

# secure_qemu_skip NAME: why the secure-mode case NAME does not run under
# qemu here, or nothing.
secure_qemu_skip() {
	if [ "$(id -u)" != 0 ]; then
		echo "secure mode under qemu-user needs root: the program sees AT_SECURE=1 only if qemu starts with real uid nobody and effective uid root"
		return 0
	fi
	printf '%s\n' "$SECURE_NOT_UNDER_QEMU" | awk -v n="$1" '$1 == n { $1 = ""; sub(/^ /, ""); print; exit }'
}

# arch_qemu_no_skip ARCH NAME: why a QEMU=no case does not run on ARCH
# (the spec's QEMU_WHY, else the usual reasons).
arch_qemu_no_skip() {
	arch_is_emulated "$1" || return 0
	word_in "$2" "$QEMU_NO_BUT_EMULATED" && return 0
	case $2 in
	secure-*) secure_qemu_skip "$2"; return 0 ;;
	esac
	echo "a native-only case (QEMU=no: ${QEMU_WHY:-a set-uid or setcap program, ptrace, or a host tool such as valgrind, perf, strace, ltrace, lldb against the process}), and $(arch_emulated_why "$1")"
}

# arch_emulated_why ARCH: why ARCH runs under qemu only.
arch_emulated_why() {
	if arch_is_cross "$1"; then
		echo "$1 runs under qemu only"
	else
		echo "$1 runs under qemu only here: this kernel cannot run 32-bit x86 programs (execve fails with ENOEXEC)"
	fi
}

# "<case> <reason>", one a line: cases not (yet) run on the emulated CPUs.
NOT_PORTED_EMULATED="
lazy-avx AVX state: x86 only
lazy-avx512 AVX-512 state: x86 only
lazy-linkers builds with -fcf-protection (x86 CET), gold and mold PLT variants: x86 only
ldso-cc-fuse-ld drives the host toolchain axis (gold, lld, mold): x86 only
install make install's ldso-cc for a cross arch runs programs natively (no binfmt_misc here)
"
AARCH64_NOT_PORTED=$NOT_PORTED_EMULATED
RISCV64_NOT_PORTED="$NOT_PORTED_EMULATED
diff/ctor glibc ignores DT_INIT on riscv64 and musl (not in Debian 12 for riscv64) runs it; we run it (gABI), checked by case init-fini-order
"
