# Sourced by the checks of the lazy-* cases.
#
# run_env VAR=VALUE... -- ARG...: run with only those variables (qemu
# gets them through -E).
run_env() {
	vars=
	while [ "$1" != -- ]; do vars="$vars $1"; shift; done
	shift
	case $WAY in
	qemu-*) q=${RUN%% *} rest=${RUN#"$q"} flags=
		for v in $vars; do flags="$flags -E $v"; done
		env -i $q $flags $rest "$@" ;;
	*) env -i $vars $RUN "$@" ;;
	esac
}

fail() { echo "$*"; exit 1; }

# bindnow_loader: is the loader under test the bindnow build?
bindnow_loader() {
	case $LDSO in */variants/bindnow/*) return 0 ;; esac
	return 1
}

# bound_lazily LIB FUNCTION...: in ./err (LD_DEBUG=bindings), the program
# bound each FUNCTION to LIB exactly once, lazily ("(lazy)": at its first
# call), or at start with the bindnow loader.
bound_lazily() {
	lib=$1
	shift
	for f; do
		line=$(grep "binding file \./prog to .*/$lib: symbol \`$f'" err)
		[ "$(echo "$line" | grep -c .)" = 1 ] || { cat err; fail "$f: not bound exactly once"; }
		if bindnow_loader; then
			case $line in *"(lazy)") fail "$f bound lazily by the bindnow loader" ;; esac
		else
			case $line in *"(lazy)") ;; *) fail "$f not bound lazily: $line" ;; esac
		fi
	done
}
