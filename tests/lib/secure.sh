# shellcheck shell=sh disable=SC2034 # variables are used by the sourcing check
# Shared by the tests/cases/secure-* checks (sourced by `sh check`).
#
# A secure-mode test needs a root-owned set-uid (or setcap) program whose
# PT_INTERP is a root-owned loader, run by an unprivileged user (nobody)
# from a directory that user owns.  None of it may depend on where the
# checkout is: it may sit under a 0700 directory nobody cannot enter.  So
# every check builds into a directory of its own under /tmp:
#
#   $S           mktemp -d, root, 0755, removed at exit
#   $S/lib       the loader under test, libcrt.so, libssp.so (root, 0755):
#                the PT_INTERP of everything built here, and the loader's
#                own default directory
#   $S/bin       the programs under test and their libraries (root)
#   $S/att       the attacker's directory (nobody): every attack runs here
#   $S/private   root only (0700); private/secret (0600) is a file the
#                attacker wants to write into
#
# Under qemu-user (WAY qemu-*, on every arch) the kernel runs qemu, not the program, so the program's set-uid or
# setcap bit means nothing; but qemu hands the guest the AT_SECURE the
# kernel gave qemu itself, 1 when qemu starts with its real uid not its
# effective one.  So a privileged program run by nobody is qemu run with
# real uid nobody and effective uid root (setpriv --ruid), as a set-uid
# root program runs (a setcap one gets root's privilege, a superset), and
# any other program is qemu run as nobody.  qemu starts with an empty
# environment and gets the program's as -E entries (execenv --qemu): the
# host's loader would strip LD_PRELOAD & co. from a secure qemu's own, or
# load them into qemu.  That needs root too.
#
#   secure_begin [setcap]   skip (exit 77, with the reason) unless this can
#                           work here; make $S
#   scc ARGS...             ldso-cc, PT_INTERP $S/lib/ld.so, attack.h found,
#                           SANDBOX defined
#   evil_lib OUT WHO        a library that runs the attacker's code on load
#   make_setuid FILE        root-owned, mode 4755
#   make_setcap FILE        root-owned, cap_dac_override=ep (AT_SECURE, and
#                           it can write root-only files)
#   as_nobody [--argv0 NAME] [--link-pid TARGET STEM] [--close FD]...
#             [-f FILE] [VAR=VALUE]... PROGRAM [ARG]...
#                           run PROGRAM as nobody in $S/att with exactly
#                           that environment (duplicates too: execenv.c),
#                           that argv[0], a symlink STEM.<its pid> planted,
#                           descriptor FD closed (--close FD);
#                           output in $S/out, $S/err, status in $rc
#   as_root ARGS...         the same as root (no secure mode: a control)
#   expect_clean LABEL      no trace of the attacker's code (attack.h), no
#                           death by a signal
#   expect_pwned LABEL      the attacker's code did run (a control)
#   expect_status LABEL N, expect_out LABEL TEXT, expect_err LABEL TEXT
#   fail MESSAGE            note a failure and go on
#   secure_end              exit 1 if anything failed

secure_failed=0
fail() {
	echo "FAIL: $*"
	secure_failed=1
}

skip() {
	echo "$*"
	exit 77
}

secure_cleanup() {
	[ -n "${S-}" ] && rm -rf "$S"
}

secure_begin() {
	[ "$(id -u)" = 0 ] || skip "needs root to make set-uid and setcap programs"
	command -v setpriv >/dev/null 2>&1 || skip "setpriv (util-linux) is missing"
	id nobody >/dev/null 2>&1 || skip "no user nobody"
	if [ "${1-}" = setcap ] && ! PATH=$PATH:/usr/sbin:/sbin command -v setcap >/dev/null 2>&1; then
		skip "setcap is missing (tools/install-deps installs libcap2-bin)"
	fi
	SETCAP=$(PATH=$PATH:/usr/sbin:/sbin command -v setcap 2>/dev/null)
	NOGROUP=$(id -gn nobody)
	S=$(mktemp -d /tmp/ldso-secure.XXXXXX) || exit 1
	trap secure_cleanup EXIT
	trap 'exit 1' HUP INT TERM
	chmod 755 "$S"
	mkdir "$S/lib" "$S/bin" "$S/att" "$S/private"
	gcc -O2 -o "$S/execenv" "$SECURE_LIB/execenv.c" || exit 1
	cp "$LDSO" "$S/lib/ld.so"
	cp -L "$B/libcrt.so" "$B/libssp.so" "$S/lib/"
	chmod 755 "$S/lib" "$S/bin" "$S/lib/"*
	chown nobody:"$NOGROUP" "$S/att"
	chmod 700 "$S/private"
	echo "root's secret" >"$S/private/secret"
	chmod 600 "$S/private/secret"
	# Set-uid must work where $S is (no nosuid mount, no no_new_privs).
	printf '%s\n' '#include <stdio.h>' '#include <sys/auxv.h>' \
		'int main(void) { printf("%lu\n", getauxval(AT_SECURE)); return 0; }' >"$S/probe.c"
	scc -o "$S/bin/probe" "$S/probe.c" || exit 1
	make_setuid "$S/bin/probe"
	as_nobody "$S/bin/probe"
	[ "$(cat "$S/out")" = 1 ] ||
		skip "a set-uid program run as nobody is not secure here (nosuid /tmp or no_new_privs?)"
}

scc() {
	LDSO_INTERP=$S/lib/ld.so $CC -I"$SECURE_LIB" -DSANDBOX="\"$S\"" "$@"
}

evil_lib() { # evil_lib OUT WHO [more scc arguments]
	out=$1 who=$2
	shift 2
	scc -shared -fPIC -DWHO="\"$who\"" -o "$out" "$SECURE_LIB/payload.c" "$@"
}

make_setuid() {
	chown root:root "$1" && chmod 4755 "$1"
}

make_setcap() {
	chown root:root "$1" && chmod 755 "$1" && "$SETCAP" cap_dac_override=ep "$1"
}

# The attacker's traces are cleared before each run.
reset_traces() {
	rm -f "$S/att/PWNED"
	echo "root's secret" >"$S/private/secret"
}

# privileged [EXECENV-OPTION]... [VAR=VALUE]... PROGRAM [ARG]...: is
# PROGRAM set-uid or setcap?
privileged() {
	while [ $# -gt 0 ]; do
		case $1 in
		-f | --argv0 | --close) shift 2 ;;
		--link-pid) shift 3 ;;
		*=*) shift ;;
		*) break ;;
		esac
	done
	[ -u "$1" ] || [ -n "$(PATH=$PATH:/usr/sbin:/sbin getcap "$1" 2>/dev/null)" ]
}

# as_nobody [EXECENV-OPTION]... [VAR=VALUE]... PROGRAM [ARG]...
as_nobody() {
	reset_traces
	rc=0
	if [ -z "$GUEST_QEMU" ]; then
		(cd "$S/att" && exec setpriv --reuid=nobody --regid="$NOGROUP" --clear-groups \
			timeout 20 "$S/execenv" "$@") >"$S/out" 2>"$S/err" </dev/null || rc=$?
		return
	fi
	ids="--reuid=nobody --regid=$NOGROUP"
	privileged "$@" && ids="--ruid=nobody --rgid=$NOGROUP"
	# shellcheck disable=SC2086 # two options
	(cd "$S/att" && exec setpriv $ids --clear-groups \
		timeout 20 "$S/execenv" --qemu "$GUEST_QEMU" "$@") \
		>"$S/out" 2>"$S/err" </dev/null || rc=$?
}

as_root() {
	reset_traces
	rc=0
	(cd "$S/att" && exec timeout 20 "$S/execenv" ${GUEST_QEMU:+--qemu "$GUEST_QEMU"} "$@") \
		>"$S/out" 2>"$S/err" </dev/null || rc=$?
}

show_run() {
	echo "  status $rc; stdout:"
	sed -n '1,8p' "$S/out" | cut -c1-160 | sed 's/^/    /'
	echo "  stderr:"
	sed -n '1,8p' "$S/err" | cut -c1-160 | sed 's/^/    /'
}

expect_clean() {
	if [ -e "$S/att/PWNED" ] || grep -q ATTACKER "$S/out" "$S/err" ||
		grep -q ATTACKER "$S/private/secret"; then
		fail "$1: the attacker's code ran"
		[ -e "$S/att/PWNED" ] && sed 's/^/    PWNED: /' "$S/att/PWNED"
		show_run
	elif [ "$rc" -gt 128 ] && [ "$rc" != 124 ]; then
		fail "$1: died by signal $((rc - 128))"
		show_run
	elif [ "$rc" = 124 ]; then
		fail "$1: hung"
	fi
}

expect_pwned() {
	if [ ! -e "$S/att/PWNED" ]; then
		fail "$1 (control): the attacker's code did not run, so the test proves nothing"
		show_run
	fi
}

expect_status() {
	[ "$rc" = "$2" ] || { fail "$1: status $rc, expected $2"; show_run; }
}

expect_out() {
	[ "$(cat "$S/out")" = "$2" ] || { fail "$1: unexpected stdout"; echo "  expected:"; printf '%s\n' "$2" | cut -c1-160 | sed 's/^/    /'; show_run; }
}

expect_err() {
	[ "$(cat "$S/err")" = "$2" ] || { fail "$1: unexpected stderr"; echo "  expected:"; printf '%s\n' "$2" | cut -c1-160 | sed 's/^/    /'; show_run; }
}

secure_end() {
	[ $secure_failed = 0 ] && echo "all attacks failed, all controls worked"
	exit $secure_failed
}

SECURE_LIB=$(cd "$SRC/../../lib/secure" && pwd)
GUEST_QEMU=
case ${WAY-} in
qemu-*) GUEST_QEMU=$(command -v "qemu-$ARCH") ;;
esac
