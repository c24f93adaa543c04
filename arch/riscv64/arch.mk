# riscv64: how the Makefile builds for this CPU (included with ARCH=riscv64).
# A cross compiler (Debian's gcc-riscv64-linux-gnu, LP64D); the tests run
# the results under qemu-riscv64.  CROSS_COMPILE_riscv64 names another one.
CROSS_COMPILE_riscv64 ?= riscv64-linux-gnu-
override CC := $(CROSS_COMPILE_riscv64)gcc
override AR := $(CROSS_COMPILE_riscv64)ar
M :=
# The canary: the last word of our TCB, just below tp (arch.h), or gcc's
# default, the global guard.
ARCH_GUARD_FLAGS_tls := -mstack-protector-guard=tls \
	-mstack-protector-guard-reg=tp -mstack-protector-guard-offset=-8
ARCH_GUARD_FLAGS_global := -mstack-protector-guard=global
# The version glibc's loader exports __stack_chk_guard under here (its
# ld.abilist); ours exports it under the same (ARCH_EXPORTS_STACK_CHK_GUARD
# in arch.h, ldso/build.mk).
ARCH_GUARD_VERSION := GLIBC_2.27
# The compiler ldso-cc drives by default.
LDSO_CC_DEFAULT := $(CROSS_COMPILE_riscv64)gcc
