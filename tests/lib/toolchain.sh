# shellcheck shell=bash disable=SC2034 # variables are used by the sourcing script
# The toolchain axis (sourced by tests/run, bash).
#
# A toolchain is a compiler, a linker and extra flags that every case is
# built with: ldso-cc drives LDSO_CC_COMPILER with LDSO_CC_FLAGS on every
# command and LDSO_CC_LDFLAGS on links, and HOSTCC gets the same.  "gnu"
# (gcc and GNU ld, nothing added) is what the rest of the suite uses.
TOOLCHAINS_ALL="gnu gold lld clang-lld mold clang now norelro noseparate-code
	hash-sysv hash-gnu hash-both relr no-plt bsymbolic old-dtags"

# toolchain_set NAME: TC_CC, TC_CFLAGS, TC_LDFLAGS and TC_TOOLS (commands
# it needs) for NAME; returns 1 for an unknown name.
# TC_NO_LIBCALLS keeps the compiler from inventing memset/memcpy calls in
# freestanding code (gcc's flag; clang has none and needs none there);
# TC_NO_RELR keeps RELR out of a link (gold never writes it, and refuses
# the option).
toolchain_set() {
	TC_CC=gcc TC_CFLAGS= TC_LDFLAGS= TC_TOOLS= TC_NO_LIBCALLS=-fno-tree-loop-distribute-patterns
	TC_NO_RELR=-Wl,-z,nopack-relative-relocs
	case $1 in
	gnu) ;;
	gold) TC_LDFLAGS=-fuse-ld=gold TC_TOOLS=ld.gold TC_NO_RELR= ;;
	lld) TC_LDFLAGS=-fuse-ld=lld TC_TOOLS=ld.lld ;;
	mold) TC_LDFLAGS=-fuse-ld=mold TC_TOOLS=mold ;;
	# clang's warnings about link flags on compile-only commands are noise.
	clang-lld) TC_CC=clang TC_CFLAGS=-Qunused-arguments TC_LDFLAGS=-fuse-ld=lld
		TC_TOOLS="clang ld.lld" TC_NO_LIBCALLS= ;;
	clang) TC_CC=clang TC_CFLAGS=-Qunused-arguments TC_LDFLAGS=-fuse-ld=bfd
		TC_TOOLS=clang TC_NO_LIBCALLS= ;;
	now) TC_LDFLAGS=-Wl,-z,now ;;
	norelro) TC_LDFLAGS=-Wl,-z,norelro ;;
	noseparate-code) TC_LDFLAGS=-Wl,-z,noseparate-code ;;
	hash-sysv | hash-gnu | hash-both) TC_LDFLAGS=-Wl,--hash-style=${1#hash-} ;;
	relr) TC_LDFLAGS=-Wl,-z,pack-relative-relocs ;;
	no-plt) TC_CFLAGS=-fno-plt ;;
	bsymbolic) TC_LDFLAGS=-Wl,-Bsymbolic ;;
	old-dtags) TC_LDFLAGS=-Wl,--disable-new-dtags ;;
	*) return 1 ;;
	esac
}

# toolchain_skipped: does the spec just loaded skip the current toolchain
# (TC_NAME) on this ARCH?  TOOLCHAIN_SKIP lists NAME (every arch) or
# NAME/ARCH words; TOOLCHAIN_SKIP_WHY says why.
toolchain_skipped() {
	word_in "$TC_NAME" "$TOOLCHAIN_SKIP" || word_in "$TC_NAME/$ARCH" "$TOOLCHAIN_SKIP"
}

# toolchain_missing: the first tool the current toolchain needs that is
# not installed, or nothing.
toolchain_missing() {
	local t
	for t in $TC_TOOLS; do
		command -v "$t" >/dev/null || { echo "$t"; return; }
	done
}
