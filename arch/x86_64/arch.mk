# x86_64: how the Makefile builds for this CPU (included with ARCH=x86_64).
M := -m64
# -mstack-protector-guard= for each LDSO_GUARD: the canary in the TCB
# (ARCH_CANARY_OFFSET in arch.h) or the global __stack_chk_guard.
ARCH_GUARD_FLAGS_tls := -mstack-protector-guard=tls
ARCH_GUARD_FLAGS_global := -mstack-protector-guard=global
# The compiler ldso-cc drives by default: plain gcc even when this tree
# is built with another (musl-gcc), so programs link against our crt only.
LDSO_CC_DEFAULT := gcc
