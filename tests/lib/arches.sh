# shellcheck shell=bash disable=SC2034 # variables are used by the sourcing script
# The CPUs the suite runs on (sourced by tests/run, bash).
#
# x86_64 and i386 run natively and under qemu-user.  aarch64 and riscv64
# cannot run natively here: their programs are built with the Debian cross
# compilers and run under qemu-aarch64 / qemu-riscv64 only, both ways in
# (PT_INTERP and the loader as a command), with the default loader build.
# The other loader builds and the toolchain axis stay x86-only: every run
# under emulation costs ten times a native one, and CI has 30 minutes.

ARCHES_ALL="x86_64 i386 aarch64 riscv64"
# Loader builds (tests/run LDSO_VARIANTS) tested on the emulated CPUs.
CROSS_VARIANTS="default"

# arch_cross_prefix ARCH: the cross toolchain's prefix, empty for x86.
arch_cross_prefix() {
	case $1 in
	aarch64) echo aarch64-linux-gnu- ;;
	riscv64) echo riscv64-linux-gnu- ;;
	esac
}

arch_is_cross() { [ -n "$(arch_cross_prefix "$1")" ]; }

# arch_hosts ARCH: which of $HOSTS (native, qemu) can run ARCH's programs.
arch_hosts() {
	if arch_is_cross "$1"; then
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

# "<case> <reason>", one a line.
NOT_PORTED_EMULATED="
"
AARCH64_NOT_PORTED=$NOT_PORTED_EMULATED
RISCV64_NOT_PORTED=$NOT_PORTED_EMULATED
