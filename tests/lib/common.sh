# shellcheck shell=bash disable=SC2034 # variables are used by the sourcing script
# Helpers shared by tests/run and tests/lib/diff.sh (sourced, bash).
#
# Every job prints its result lines on stdout:
#   PASS <arch> <host> <mode> <name>[ (note)]
#   FAIL <arch> <host> <mode> <name>[: reason]   followed by indented detail lines
#   SKIP <arch> <host> <mode> <name>: reason
# where <host> is native|qemu and <mode> is interp|command, or "all ways"
# for a result that covers every way (a skipped case, a failed build).

# TEST_HOSTS=native: skip the qemu ways (the mutation harness's quick runs).
HOSTS=${TEST_HOSTS:-native qemu}
MODES_ALL="interp command"

# load_spec DIR: source the case's spec, with defaults.  ARGS and ENVS may
# be bash arrays or plain strings (split on blanks); the results are the
# arrays ARGV_LIST and ENV_LIST.  Returns 1 if the spec does not parse.
load_spec() {
	unset ARGS ENVS
	STATUS=0 MODES=$MODES_ALL ARCHES="x86_64 i386 aarch64 riscv64" QEMU=yes SKIP= FOLLOW=
	TOOLCHAIN_SKIP= TOOLCHAIN_SKIP_WHY= LOADERS= LOADERS_WHY= QEMU_WHY=
	if [ -f "$1/spec" ]; then
		# shellcheck disable=SC1091
		. "$1/spec" || return 1
	fi
	ARGV_LIST=() ENV_LIST=()
	if [[ $(declare -p ARGS 2>/dev/null) == "declare -a"* ]]; then
		ARGV_LIST=("${ARGS[@]}")
	elif [ -n "${ARGS-}" ]; then
		read -r -a ARGV_LIST <<<"$ARGS"
	fi
	if [[ $(declare -p ENVS 2>/dev/null) == "declare -a"* ]]; then
		ENV_LIST=("${ENVS[@]}")
	elif [ -n "${ENVS-}" ]; then
		read -r -a ENV_LIST <<<"$ENVS"
	fi
	return 0
}

word_in() { # word_in WORD LIST
	case " $2 " in *" $1 "*) return 0 ;; esac
	return 1
}

# status_number SPEC: "0".."255" stays, "SIGSEGV"/"SEGV" becomes 128+n
# (what the shell reports for death by that signal).
status_number() {
	case $1 in
	[0-9]*) echo "$1" ;;
	*) local n; n=$(kill -l "${1#SIG}" 2>/dev/null) || { echo "bad-status:$1"; return; }
		echo $((128 + n)) ;;
	esac
}

# status_name N: "exit N", or "SIGNAME" for 129..192.
status_name() {
	if [ "$1" -gt 128 ] && [ "$1" -le 192 ]; then
		echo "SIG$(kill -l $(($1 - 128)) 2>/dev/null || echo $(($1 - 128)))"
	else
		echo "exit $1"
	fi
}

# run_timed OUT ERR CMD...: run CMD with a time limit, stdin from
# /dev/null, the environment given by the caller (env -i ...).  Sets RC;
# 124 is a hang.  A death by signal is reported by the shell: the outer
# 2>/dev/null keeps that notice out of the runner's output.
TEST_TIMEOUT=${TEST_TIMEOUT:-20}
run_timed() {
	local out=$1 err=$2
	shift 2
	RC=0
	{ timeout -k 5 "$TEST_TIMEOUT" "$@" >"$out" 2>"$err" </dev/null || RC=$?; } 2>/dev/null
}

# qemu-user prints this when the guest dies by a signal; not the program's.
strip_qemu_noise() {
	[ -s "$1" ] || return 0
	grep -v '^qemu: uncaught target signal' "$1" >"$1.tmp"
	mv "$1.tmp" "$1"
}

# indent [N]: a failure's detail lines, at most N (default 15).
indent() {
	sed -e "${1:-15}q" -e 's/^/    /'
}

# way_prefix HOST MODE: sets PREFIX (array) to what goes before ./prog.
way_prefix() {
	PREFIX=()
	[ "$1" = qemu ] && PREFIX=("$QEMU_BIN")
	[ "$2" = command ] && PREFIX+=("$LDSO")
	return 0
}
