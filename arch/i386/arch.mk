# i386: how the Makefile builds for this CPU (included with ARCH=i386).
M := -m32
# The loader's own code: with six registers for its hot loops (the
# relocation loop around the symbol table's probe, symtable.h), weighing
# register pressure before hoisting a loop's invariants spills less:
# 2.4 % fewer instructions at start-up of 20 libraries of 1,000 symbols,
# 2.2 % at 100 of 4,000, 0.4 % at 1 library (bench/, under QEMU).
# x86-64 gains only 0.2 % from it and keeps its flags.
ARCH_LDSO_CFLAGS := -fira-loop-pressure
# The loader's system calls go through the vDSO's entry once known
# (syscall.h), six-argument ones through vsyscall.S.
ARCH_LDSO_CFLAGS += -DLDSO_SYSCALL_ENTRY
ARCH_LDSO_ASM := vsyscall
# -mstack-protector-guard= for each LDSO_GUARD: the canary in the TCB
# (ARCH_CANARY_OFFSET in arch.h) or the global __stack_chk_guard.
ARCH_GUARD_FLAGS_tls := -mstack-protector-guard=tls
ARCH_GUARD_FLAGS_global := -mstack-protector-guard=global
# The compiler ldso-cc drives by default: plain gcc even when this tree
# is built with another (musl-gcc), so programs link against our crt only.
LDSO_CC_DEFAULT := gcc
