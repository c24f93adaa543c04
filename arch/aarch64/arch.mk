# aarch64: how the Makefile builds for this CPU (included with ARCH=aarch64).
# A cross compiler (Debian's gcc-aarch64-linux-gnu); the tests run the
# results under qemu-aarch64.  CROSS_COMPILE_aarch64 names another one.
CROSS_COMPILE_aarch64 ?= aarch64-linux-gnu-
override CC := $(CROSS_COMPILE_aarch64)gcc
override AR := $(CROSS_COMPILE_aarch64)ar
# gcc makes atomics calls to libgcc's __aarch64_* helpers by default,
# which choose their instructions in a constructor the loader never runs:
# inline instructions instead.
M := -mno-outline-atomics
# The canary: the second word of the TCB at tpidr_el0 (the ABI leaves it
# to the implementation; arch.h), or gcc's default, the global guard.
ARCH_GUARD_FLAGS_tls := -mstack-protector-guard=sysreg \
	-mstack-protector-guard-reg=tpidr_el0 -mstack-protector-guard-offset=8
ARCH_GUARD_FLAGS_global := -mstack-protector-guard=global
# The version glibc's loader exports __stack_chk_guard under here (its
# ld.abilist); ours exports it under the same (ARCH_EXPORTS_STACK_CHK_GUARD
# in arch.h, ldso/build.mk).
ARCH_GUARD_VERSION := GLIBC_2.17
# The compiler ldso-cc drives by default.
LDSO_CC_DEFAULT := $(CROSS_COMPILE_aarch64)gcc
