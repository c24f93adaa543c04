# shellcheck shell=bash disable=SC2034 # variables are used by the sourcing script
# Differential tests (sourced by tests/run, bash).  See tests/diff/README.md.
#
# Each program in tests/diff/<name>/ is built three times per arch, once for
# each loader it will name in PT_INTERP: glibc's, musl's, ours.  glibc's and
# musl's copies run natively as PT_INTERP (musl run as a command leaves auxv
# describing itself and sp misaligned, docs/abi.md section 9).  Ours runs the
# four usual ways.  Compared: stdout and exit status.  Where glibc and musl
# agree, ours must give the same; where they differ, ours must equal the one
# the program's spec names in FOLLOW (what tests/diff/README.md says we do
# for that behaviour): agreeing with the other one is a failure.

# ref_loader glibc|musl: that libc's loader for $ARCH, as PT_INTERP names
# it (nothing: none in Debian 12, riscv64's musl).  glibc's cross loaders
# live in the cross sysroot, where qemu -L finds them.
ref_loader() {
	case $ARCH-$1 in
	x86_64-glibc) echo /lib64/ld-linux-x86-64.so.2 ;;
	i386-glibc) echo /lib/ld-linux.so.2 ;;
	x86_64-musl) echo /lib/ld-musl-x86_64.so.1 ;;
	i386-musl) echo /lib/ld-musl-i386.so.1 ;;
	aarch64-glibc) echo /lib/ld-linux-aarch64.so.1 ;;
	aarch64-musl) echo /lib/ld-musl-aarch64.so.1 ;;
	riscv64-glibc) echo /lib/ld-linux-riscv64-lp64d.so.1 ;;
	esac
}

# ref_prefix glibc|musl: what runs a reference's program (sets PREFIX):
# nothing natively; qemu on an emulated CPU, with -L the cross sysroot for
# glibc, whose libc.so.6 the loader then finds in its usual directories.
ref_prefix() {
	PREFIX=()
	arch_is_emulated "$ARCH" || return 0
	PREFIX=("$QEMU_BIN")
	# i386's references live in the host's own directories: no -L.
	[ "$1" = glibc ] && arch_is_cross "$ARCH" && PREFIX+=(-L "$(arch_sysroot "$ARCH")")
	return 0
}

# diff_build SRC DIR INTERP: run SRC's build script (or the default one:
# prog.c alone) in DIR, for a program whose PT_INTERP is INTERP.
# TC_NO_LIBCALLS (tests/lib/toolchain.sh): no memset/strlen calls invented by gcc.
diff_build() {
	local src=$1 dir=$2 interp=$3 common=$DIFF_DIR/common script
	# shellcheck disable=SC2016 # expanded by the sh that runs it
	script=$(cat "$src/build" 2>/dev/null) ||
		script='$FREE_CC $EXE_LDFLAGS -o prog "$SRC/prog.c" "$START"'
	# $ORIGIN is for the loader: single quotes keep it literal.
	# shellcheck disable=SC2016
	(cd "$dir" && env SRC="$src" ARCH="$ARCH" INTERP="$interp" START="$common/start.c" \
		FREE_CC="$HOSTCC -nostdlib -ffreestanding -fno-builtin -fno-stack-protector -O2 \
-fno-asynchronous-unwind-tables ${TC_NO_LIBCALLS-} -I$common" \
		EXE_LDFLAGS="-Wl,--dynamic-linker=$interp ${TC_NO_RELR-} \
-Wl,--no-as-needed -Wl,-rpath,\$ORIGIN -Wl,-rpath-link,. -L." \
		LIB_LDFLAGS="-shared -fPIC ${TC_NO_RELR-} \
-Wl,--no-as-needed -Wl,-rpath,\$ORIGIN -Wl,-rpath-link,. -L." \
		sh -ec "$script") >"$dir/build.log" 2>&1
}

# diff_run DIR TAG CMD...: run CMD in DIR with the spec's arguments and
# environment; leaves DIR/out.TAG, DIR/err.TAG and DIR/status.TAG.
diff_run() {
	local dir=$1 tag=$2
	shift 2
	(cd "$dir" && run_timed "out.$tag" "err.$tag" \
		env -i "${ENV_LIST[@]}" "$@" ./prog "${ARGV_LIST[@]}"
	 echo "$RC" >"status.$tag")
	grep -v '^qemu: uncaught target signal' "$dir/err.$tag" >"$dir/err.$tag.tmp"
	mv "$dir/err.$tag.tmp" "$dir/err.$tag"
}

# same_result A B: identical stdout and status (A and B are path stems).
same_result() {
	cmp -s "$1.out" "$2.out" && cmp -s "$1.status" "$2.status"
}

run_diff() {
	local src=$DIFF_DIR/$1 dir=$OUT/diff/$1 lib loader host mode way
	local label_name=diff/$1 note why
	if ! load_spec "$src"; then
		echo "FAIL $ARCH all ways $label_name: spec does not parse"
		return
	fi
	word_in "$ARCH" "$ARCHES" || return 0
	if [ -n "$SKIP" ]; then
		echo "SKIP $ARCH all ways $label_name: $SKIP"
		return
	fi
	if toolchain_skipped; then
		echo "SKIP $ARCH all ways $label_name: $TOOLCHAIN_SKIP_WHY"
		return
	fi
	rm -rf "$dir" && mkdir -p "$dir/glibc" "$dir/musl" "$dir/ours" "$dir/results" || return

	why=$(arch_not_ported "$ARCH" "$label_name")
	if [ -n "$why" ]; then
		echo "SKIP $ARCH all ways $label_name: $why"
		return
	fi
	# The references, each as PT_INTERP, natively (under qemu on an
	# emulated CPU).  Where one has no musl, glibc alone is the reference,
	# unless the behaviour is one where we follow musl.
	for lib in glibc musl; do
		loader=$(ref_loader $lib)
		if [ -z "$loader" ]; then
			if [ "$FOLLOW" = musl ]; then
				echo "SKIP $ARCH all ways $label_name: we follow musl here, and Debian 12 has no musl for $ARCH"
				return
			fi
			cp "$dir/results/glibc.out" "$dir/results/musl.out"
			cp "$dir/results/glibc.status" "$dir/results/musl.status"
			continue
		fi
		if [ ! -e "$(arch_sysroot "$ARCH")$loader" ] && [ ! -e "$loader" ]; then
			echo "SKIP $ARCH all ways $label_name: $loader is not installed (tools/install-deps)"
			return
		fi
		if ! diff_build "$src" "$dir/$lib" "$loader"; then
			echo "FAIL $ARCH all ways $label_name: build for $lib failed"
			indent <"$dir/$lib/build.log"
			return
		fi
		ref_prefix $lib
		diff_run "$dir/$lib" ref "${PREFIX[@]}"
		cp "$dir/$lib/out.ref" "$dir/results/$lib.out"
		cp "$dir/$lib/status.ref" "$dir/results/$lib.status"
	done
	if same_result "$dir/results/glibc" "$dir/results/musl"; then
		echo agree >"$dir/results/verdict"
	else
		echo disagree >"$dir/results/verdict"
	fi

	if ! diff_build "$src" "$dir/ours" "$LDSO"; then
		echo "FAIL $ARCH all ways $label_name: build failed"
		indent <"$dir/ours/build.log"
		return
	fi
	for host in $HOSTS; do
		for mode in $MODES_ALL; do
			word_in "$mode" "$MODES" || continue
			# QEMU=no: native suffices where there is one.
			[ "$host" = qemu ] && [ "$QEMU" = no ] && ! arch_is_emulated "$ARCH" && continue
			way=$host-$mode
			if [ "$host" = qemu ] && [ -z "$QEMU_BIN" ]; then
				echo "SKIP $ARCH $host $mode $label_name: qemu-$ARCH is not installed"
				continue
			fi
			way_prefix "$host" "$mode"
			diff_run "$dir/ours" "$way" "${PREFIX[@]}"
			cp "$dir/ours/out.$way" "$dir/results/$way.out"
			cp "$dir/ours/status.$way" "$dir/results/$way.status"
			diff_verdict "$dir" "$way" "$ARCH $host $mode $label_name"
		done
	done
}

# diff_verdict DIR WAY LABEL: the result line for one way of ours.
diff_verdict() {
	local r=$1/results way=$2 label=$3
	local ours=$r/$way
	if [ "$(cat "$ours.status")" = 124 ]; then
		echo "FAIL $label: hang (killed after ${TEST_TIMEOUT}s)"
		return
	fi
	if [ "$(cat "$r/verdict")" = agree ]; then
		if same_result "$ours" "$r/glibc"; then
			echo "PASS $label (glibc and musl agree)"
			return
		fi
		echo "FAIL $label: differs from glibc and musl (which agree)"
		diff_detail glibc "$r" "$way"
		return
	fi
	# They disagree: only the one the README names for this behaviour counts.
	local other=glibc
	[ "$FOLLOW" = glibc ] && other=musl
	case $FOLLOW in
	glibc | musl) ;;
	*) echo "FAIL $label: glibc and musl disagree, and the spec names neither (FOLLOW=glibc or musl)"
	   diff_detail glibc "$r" "$way"
	   diff_detail musl "$r" "$way"
	   return ;;
	esac
	if same_result "$ours" "$r/$FOLLOW"; then
		echo "PASS $label (as $FOLLOW; $other differs)"
		return
	fi
	if same_result "$ours" "$r/$other"; then
		echo "FAIL $label: matches $other, but where they disagree we follow $FOLLOW"
	else
		echo "FAIL $label: matches neither glibc nor musl (which disagree; we follow $FOLLOW)"
	fi
	diff_detail "$FOLLOW" "$r" "$way"
}

# diff_detail LIB RESULTS WAY: how ours differs from LIB's result.
diff_detail() {
	local lib=$1 r=$2 way=$3
	{
		echo "vs $lib: $lib $(status_name "$(cat "$r/$lib.status")"), ours $(status_name "$(cat "$r/$way.status")")"
		if [ -s "$r/../ours/err.$way" ]; then
			echo "ours' stderr:"
			head -n 4 "$r/../ours/err.$way"
		fi
		echo "stdout (- $lib, + ours):"
		diff -u "$r/$lib.out" "$r/$way.out" | tail -n +3 | head -n 12
	} | indent 24
}
