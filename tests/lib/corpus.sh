# shellcheck shell=bash
# The malformed-ELF corpus group (sourced by tests/run, bash).  See
# tests/corpus/README.md.
#
# tests/corpus/build makes, per arch, a valid program and library and
# variants of them with one structure corrupted each.  Every variant is
# run with the loader under test and its outcome classified:
#   ran    the loader handed over: exit 0, or any end after the program's
#          or library's own code printed its first marker (the library's
#          constructor prints "L", the program's entry "S")
#   error  exit 127 and a clean report: every stderr line starts
#          "ld.so: " and names prog or libcorp.so (as the file, or as the
#          object that needed a missing one), and there is one line
#          (several only when they are "undefined symbol" reports, which
#          the loader lists all before failing once, and at most one
#          other error that ended the relocation pass after them)
#   objfault  death by a signal in code of prog or libcorp.so, or where
#          their code jumped (corpus_fault_place, with gdb): the loader
#          handed over through a pointer the corruption left valid-looking
#          (a RELATIVE addend moved inside .text); no loader can tell, so
#          it is not a failure
#   crash  death by a signal with the pc in ld.so, or at a bad address
#          the loader itself called
#   hang   killed after CORPUS_TIMEOUT seconds (default 5)
#   unclean  anything else (another status, a malformed message)
# A variant the manifest marks "refuse" must end in error: running it
# (ran, objfault) is "accepted", a failure too, as a check must have
# refused it.  A class of variants passes when none crashed, hung, was
# unclean or accepted: one PASS/FAIL line per class and way, the failures
# listed under it.

# CORPUS_CLASSES="C...": run only these classes (the replay reads them all).
CORPUS_TIMEOUT=${CORPUS_TIMEOUT:-5}
CORPUS_MUTANTS=${CORPUS_MUTANTS:-150}
CORPUS_SEED=${CORPUS_SEED:-1}
# Fewer random mutants, and every 16th truncation length, where each run
# costs more: on the CPUs that run under qemu only, and on the toolchain
# axis (each toolchain's objects get the same targeted variants).
CORPUS_MUTANTS_EMULATED=${CORPUS_MUTANTS_EMULATED:-40}
CORPUS_MUTANTS_TOOLCHAIN=${CORPUS_MUTANTS_TOOLCHAIN:-20}

# corpus_outcome OUT ERR RC: set OUTCOME to the class of one run (signal:
# died by one; the caller finds out where).
corpus_outcome() {
	local out rc=$3 line n=0 bad=0 undefined=0 last=0
	out=$(<"$1")
	if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then OUTCOME=hang; return; fi
	if [ "$rc" -gt 128 ]; then OUTCOME=signal; return; fi
	if [ "$rc" = 0 ] || [ -n "$out" ]; then OUTCOME=ran; return; fi
	if [ "$rc" = 127 ]; then
		while IFS= read -r line; do
			n=$((n + 1))
			case $line in
			"ld.so: "*prog* | "ld.so: "*libcorp.so*) ;;
			*) bad=1 ;;
			esac
			last=0
			case $line in *": undefined symbol: "*) undefined=$((undefined + 1)) last=1 ;; esac
		done <"$2"
		# One line; or undefined-symbol reports, then at most one more.
		if [ $bad = 0 ] && [ $n -ge 1 ] && [ $((n - undefined)) -le 1 ] &&
			{ [ $last = 0 ] || [ $n = $undefined ]; } ; then
			OUTCOME=error; return
		fi
	fi
	OUTCOME=unclean
}

# corpus_fault_place DIR LIB MODE: rerun a variant that died by a signal
# natively under gdb and say where it faulted:
#   loader  the pc is in ld.so's code
#   object  the pc is in an executable segment of prog or libcorp.so: code
#           the loader handed over to through a pointer the corruption
#           left valid-looking (a RELATIVE addend moved inside .text)
#   called  the pc is anywhere else (ld.so's data too) and the word at sp
#           is a return address into ld.so: the loader called through a
#           bad pointer
#   jumped  the pc is anywhere else, reached from the objects' own code
#           (a PLT stub or start code jumping through a corrupted slot)
#   handed  the pc is in ld.so's code, but outside the functions that run
#           constructors, and the loader had started running them
#           (LD_DEBUG=init): a constructor pointer the corruption moved
#           onto the loader's own code (it passes init.c's "inside loaded
#           code" check: a RELR- or REL-relocated slot's in-place addend
#           changed, or the array moved onto a GOT slot that holds
#           __tls_get_addr), called by the loader as any constructor
# "Anywhere else" includes ld.so's data: a wild pointer that happens to
# land there (the loader run as a command sits just above the program)
# faults on the jump, so who jumped is the one to blame.
# Without gdb: "unknown".
corpus_fault_place() {
	local dir=$1 lib=$2 mode=$3 pc ret lo hi perms file where
	command -v gdb >/dev/null || { echo unknown; return; }
	local cmd=("$LDSO" ./prog)
	[ "$mode" = interp ] && cmd=(./prog)
	(cd "$dir" && timeout 30 gdb -q -batch -nx -ex 'set startup-with-shell off' \
		-ex "set environment LD_LIBRARY_PATH=$lib" -ex 'set environment LD_DEBUG=init' \
		-ex run -ex 'p/x $pc' -ex 'p/x *(unsigned long *)$sp' -ex 'info symbol $pc' \
		-ex 'info proc mappings' --args "${cmd[@]}" </dev/null) >"$tmp/gdb.out" 2>&1
	pc=$(sed -n 's/^\$1 = \(0x[0-9a-f]*\)$/\1/p' "$tmp/gdb.out")
	ret=$(sed -n 's/^\$2 = \(0x[0-9a-f]*\)$/\1/p' "$tmp/gdb.out")
	[ -n "$pc" ] || { echo unknown; return; }
	where=$(corpus_mapping "$pc")
	case $where in
	loader:*x*)
		if corpus_handed "$(sed -n 's/^\([A-Za-z_0-9]*\) [+] [0-9]* in section .*/\1/p' "$tmp/gdb.out" | head -n 1)"
		then echo handed; else echo loader; fi ;;
	object:*x*) echo object ;;
	*) [[ $(corpus_mapping "${ret:-0}") == loader:*x* ]] && echo called || echo jumped ;;
	esac
}

# corpus_handed FUNCTION: did the loader hand over to a constructor (the
# LD_DEBUG=init trace in $tmp/gdb.out) and fault in FUNCTION, not in
# the code that calls constructors?
corpus_handed() {
	grep -q 'init: calling' "$tmp/gdb.out" || return 1
	case $1 in
	call_array | init_one | checked_code | ldso_run_init | ldso_run_fini | '') return 1 ;;
	esac
	return 0
}

# corpus_fault_place_qemu DIR LIB MODE: the same answer for a CPU that
# runs under qemu only, found through qemu's gdb stub (gdb-multiarch), which
# shows no /proc maps: the loader's base is where it stopped at its entry,
# the objects' bases come from the loader's own _r_debug list (filled
# before any relocation or constructor), and their code's ranges from their
# PF_X program headers.  "Who called" reads the link register (the return
# address of the last call) where x86 reads the word at sp.
corpus_fault_place_qemu() {
	local dir=$1 lib=$2 mode=$3 port entry rdebug lr pc ret base addr name f
	command -v gdb-multiarch >/dev/null || { echo unknown; return; }
	entry=$(readelf -hW "$LDSO" | sed -n 's/.*Entry point address: *//p')
	rdebug=$(readelf -sW "$LDSO" | awk '$8 == "_r_debug" { print "0x" $2; exit }')
	# The return address (a called crash's caller), and the word that
	# r_debug.r_map, link_map.l_name and l_next are counted in.
	local w=long off=8
	case $ARCH in
	aarch64) lr='$x30' ;;
	i386) lr='*(unsigned int *)$esp' w=int off=4 ;;
	*) lr='$ra' ;;
	esac
	local cmd=("$LDSO" ./prog)
	[ "$mode" = interp ] && cmd=(./prog)
	port=$((20000 + RANDOM % 20000))
	(cd "$dir" && exec timeout 30 env -i LD_LIBRARY_PATH="$lib" LD_DEBUG=init \
		"$QEMU_BIN" -g "$port" "${cmd[@]}" </dev/null >/dev/null 2>"$tmp/qemu.err") &
	local qpid=$! tries=0
	cat >"$tmp/gdb.cmd" <<-EOF
	target remote :$port
	set \$base = \$pc - $entry
	printf "base 0x%lx\\n", \$base
	continue
	printf "pc 0x%lx\\n", \$pc
	printf "lr 0x%lx\\n", $lr
	set \$m = *($w *)(\$base + $rdebug + $off)
	while \$m
	printf "map 0x%lx %s\\n", *($w *)\$m, *(char **)(\$m + $off)
	set \$m = *($w *)(\$m + 3 * $off)
	end
	kill
	EOF
	while [ $tries -lt 20 ]; do
		timeout 30 gdb-multiarch -q -batch -nx -x "$tmp/gdb.cmd" </dev/null >"$tmp/gdb.out" 2>&1
		grep -q '^base ' "$tmp/gdb.out" && break
		sleep 0.1; tries=$((tries + 1))
	done
	kill "$qpid" 2>/dev/null; wait "$qpid" 2>/dev/null
	base=$(sed -n 's/^base //p' "$tmp/gdb.out")
	pc=$(sed -n 's/^pc //p' "$tmp/gdb.out")
	ret=$(sed -n 's/^lr //p' "$tmp/gdb.out")
	[ -n "$base" ] && [ -n "$pc" ] || { echo unknown; return; }
	# Code ranges ("lo hi who" lines): the loader's and each object's.
	corpus_code_ranges "$LDSO" "$base" loader >"$tmp/ranges"
	while read -r _ addr name; do
		case $name in
		'') name=prog ;;	# the program's l_name is empty
		*prog | *libcorp.so) ;;
		*) continue ;;
		esac
		f=$name
		[[ $f == /* ]] || f=$dir/$f
		corpus_code_ranges "$f" "$addr" object >>"$tmp/ranges"
	done < <(grep '^map ' "$tmp/gdb.out")
	case $(corpus_range_of "$pc") in
	loader)
		cat "$tmp/qemu.err" >>"$tmp/gdb.out"
		if corpus_handed "$(corpus_function_at "$LDSO" $((pc - base)))"; then echo handed; else echo loader; fi ;;
	object) echo object ;;
	*) [ "$(corpus_range_of "${ret:-0}")" = loader ] && echo called || echo jumped ;;
	esac
}

# corpus_code_ranges FILE BASE WHO: "lo hi WHO" for each PF_X PT_LOAD of
# FILE mapped at BASE (bash arithmetic: Debian's awk is mawk, which has no
# strtonum).
corpus_code_ranges() {
	local type va memsz flags
	while read -r type _ va _ _ memsz flags; do
		[ "$type" = LOAD ] && [[ $flags == *E* ]] &&
			echo "$(($2 + va)) $(($2 + va + memsz)) $3"
	done < <(readelf -lW "$1" 2>/dev/null)
}

# corpus_function_at FILE OFFSET: the function symbol of FILE that holds
# OFFSET, or nothing.
corpus_function_at() {
	local value size type name
	while read -r _ value size type _ _ _ name; do
		[ "$type" = FUNC ] && (( $2 >= 0x$value && $2 < 0x$value + size )) &&
			{ echo "${name%%@*}"; return; }
	done < <(readelf -sW "$1" 2>/dev/null | grep ' FUNC ')
}

# corpus_range_of ADDR: who owns the code range that holds ADDR ($tmp/ranges).
corpus_range_of() {
	local lo hi who
	while read -r lo hi who; do
		(( $1 >= lo && $1 < hi )) && { echo "$who"; return; }
	done <"$tmp/ranges"
	echo other
}

# corpus_mapping ADDR: "loader:PERMS", "object:PERMS" or "other" for the
# mapping that holds ADDR in $tmp/gdb.out's `info proc mappings`.
corpus_mapping() {
	local addr=$1 lo hi perms file
	while read -r lo hi _ _ perms file; do
		case $lo in 0x*) ;; *) continue ;; esac
		if (( addr >= lo && addr < hi )); then
			case $file in
			*/ld.so) echo "loader:$perms" ;;
			*/prog | */libcorp.so) echo "object:$perms" ;;
			*) echo other ;;
			esac
			return
		fi
	done < <(sed -n '/Start Addr/,$p' "$tmp/gdb.out")
	echo other
}

# corpus_build: the variants for $ARCH and $LDSO.  Built aside and renamed
# into place, and kept while their sources and parameters are the same, so
# that two runs of tests/run at once do not pull the files from under each
# other.
# The objects are built with the job's toolchain (TC_*, set_arch in
# tests/run): its compiler, flags and linker.
corpus_build() {
	local dir=$OUT/corpus stamp new mutants=$CORPUS_MUTANTS trunc=
	if arch_is_emulated "$ARCH"; then
		mutants=$CORPUS_MUTANTS_EMULATED trunc=16
	elif [ "$TC_NAME" != gnu ]; then
		mutants=$CORPUS_MUTANTS_TOOLCHAIN trunc=16
	fi
	stamp=$(cat "$ROOT"/tests/corpus/gen.c "$ROOT"/tests/corpus/build \
		"$ROOT"/tests/corpus/src/* | md5sum | cut -c1-32)
	stamp+=" $ARCH $LDSO $CORPUS_SEED $mutants $trunc $TC_CC $TC_CFLAGS $TC_LDFLAGS"
	[ -f "$dir/manifest" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ] && return 0
	mkdir -p "$OUT" || return 1	# a fresh tree where no case ran before
	new=$(mktemp -d "$OUT/corpus.new.XXXXXX") || return 1
	CORPUS_CC=$TC_CC CORPUS_CFLAGS=$TC_CFLAGS CORPUS_LDFLAGS=$TC_LDFLAGS \
	CORPUS_NO_LIBCALLS=$TC_NO_LIBCALLS CORPUS_NO_RELR=$TC_NO_RELR \
	CORPUS_TRUNC_STEP=$trunc \
		sh "$ROOT/tests/corpus/build" "$ARCH" "$LDSO" "$new" "$CORPUS_SEED" \
		"$mutants" >"$OUT/corpus.log" 2>&1 || { rm -rf "$new"; return 1; }
	echo "$stamp" >"$new/stamp"
	rm -rf "$dir.old.$$"
	[ -d "$dir" ] && mv "$dir" "$dir.old.$$"
	mv "$new" "$dir" && rm -rf "$dir.old.$$"
}

# corpus_strip_qemu FILE: drops qemu's line about the guest's signal, in
# the shell: under qemu this runs for every variant, and a process costs
# milliseconds on some machines.  (A NUL byte in FILE is dropped too; the
# outcome is read from the lines.)
corpus_strip_qemu() {
	local line kept=
	while IFS= read -r line || [ -n "$line" ]; do
		[[ $line == 'qemu: uncaught target signal'* ]] || kept+=$line$'\n'
	done <"$1" 2>/dev/null
	printf '%s' "$kept" >"$1"
}

# corpus_run_one LABEL CLASS MODE DIR LIB [refuse]: run ./prog in DIR (as
# `ld.so ./prog` or through PT_INTERP), LD_LIBRARY_PATH=LIB, classify the
# outcome and count it in count[] and fails[] of run_corpus.
corpus_run_one() {
	local label=$1 class=$2 mode=$3 dir=$4 lib=$5 expect=${6-} rc outcome place cmd
	cmd=("$LDSO" ./prog)
	[ "$mode" = interp ] && cmd=(./prog)
	# No env -i -C here: run_corpus exports nothing, and one program less
	# saves about 4 ms of a run's 17 (a process start costs that here).
	(cd "$dir" && LD_LIBRARY_PATH=$lib exec timeout -k 1 "$CORPUS_TIMEOUT" \
		"${prefix[@]}" "${cmd[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	# qemu's own line about the signal.
	if [ -n "${prefix[*]}" ] && [ -s "$tmp/err" ]; then
		corpus_strip_qemu "$tmp/err"
	fi
	corpus_outcome "$tmp/out" "$tmp/err" $rc
	outcome=$OUTCOME
	if [ "$outcome" = signal ]; then
		if arch_is_emulated "$ARCH"; then
			place=$(corpus_fault_place_qemu "$dir" "$lib" "$mode")
		else
			place=$(corpus_fault_place "$dir" "$lib" "$mode")
		fi
		case $place in
		object | jumped | handed) outcome=objfault ;;
		loader | called) outcome=crash ;;
		*) [ -s "$tmp/out" ] && outcome=ran || outcome=crash ;;
		esac
		[ "$outcome" = crash ] && label+=" (pc: $place)"
	fi
	if [ "$expect" = refuse ] && { [ "$outcome" = ran ] || [ "$outcome" = objfault ]; }; then
		label+=" (must be refused, was $outcome)"
		outcome=accepted
	fi
	count[$class $mode $outcome]=$((${count[$class $mode $outcome]:-0} + 1))
	case $outcome in
	ran | error | objfault) ;;
	*) fails[$class $mode]+="$label: $outcome, $(status_name $rc)$(head -n 2 "$tmp/err" | cut -c1-160 | tr -cd '[:print:]\n' | sed 's/^/: /')"$'\n' ;;
	esac
}

# qemu_class CLASS: is CLASS one of those run under qemu on x86?
qemu_class() {
	case $1 in
	valid | ident | e_* | pt_load | pt_dynamic | pt_tls | pt_relro | dyn_*) return 0 ;;
	esac
	return 1
}

# corpus_selected HOST SET CLASS: is this variant run on HOST?  On x86,
# qemu-user differs from the kernel in how it maps memory, not in what the
# loader parses: under qemu, the variants about headers, segments and
# where tables lie, of the GNU-hash library and the program.  On the CPUs
# qemu is the only host for, every class of the GNU-hash library and the
# program (their relocation types, TLS and lazy binding are this CPU's),
# and of the SysV one what only it has: the SysV hash table.
corpus_selected() {
	local host=$1 set=$2 class=$3
	[ "$host" = qemu ] || return 0
	if arch_is_emulated "$ARCH"; then
		[ "$class" != pt_load_large ] &&
			{ [ "$set" != lib-sysv ] || [ "$class" = sysv_hash ] || [ "$class" = valid ]; }
		return
	fi
	[ "$set" != lib-sysv ] && qemu_class "$class"
}

# run_corpus HOST: every variant natively, most targeted ones under qemu
# (slower: see the filter below), and the fuzzer's findings
# (tests/corpus/findings), each loaded as the library and run as the
# program.
run_corpus() {
	local host=$1 dir=$OUT/corpus tmp set class name ways mode f
	local -A count=() fails=() skips=()
	local prefix=()
	if [ "$host" = qemu ]; then
		if [ -z "$QEMU_BIN" ]; then
			echo "SKIP $ARCH qemu all ways corpus: qemu-$ARCH is not installed"
			return
		fi
		prefix=("$QEMU_BIN")
	fi
	if [ ! -f "$dir/manifest" ]; then
		echo "FAIL $ARCH $host all ways corpus: the corpus was not built"
		tail -n 15 "$OUT/corpus.log" | indent
		return
	fi
	tmp=$(mktemp -d "$OUT/corpus-run-$host.XXXXXX") || return
	# The variants run with LD_LIBRARY_PATH alone in their environment
	# (corpus_run_one): nothing of this shell's is exported meanwhile.
	local exported=()
	mapfile -t exported < <(compgen -e)
	export -n "${exported[@]}"
	while read -r set class name ways expect; do
		[ -n "${CORPUS_CLASSES-}" ] && ! word_in "$class" "$CORPUS_CLASSES" && continue
		corpus_selected "$host" "$set" "$class" || continue
		# The generator found nothing of this class to corrupt in SET.
		if [ "$ways" = skip ]; then
			skips[$class]+="${skips[$class]:+; }$set: $expect"
			continue
		fi
		case $set in
		lib-*) corpus_run_one "$set/$name" "$class" command "$dir/base" "$dir/$set/$name" "$expect" ;;
		prog)
			corpus_run_one "$set/$name" "$class" command "$dir/prog/$name" "$dir/base/gnu" "$expect"
			[ "$ways" = both ] &&
				corpus_run_one "$set/$name" "$class" interp "$dir/prog/$name" "$dir/base/gnu" "$expect" ;;
		esac
	done <"$dir/manifest" 2>/dev/null
	for f in "$ROOT"/tests/corpus/findings/*; do
		[ -f "$f" ] || continue
		[ -n "${CORPUS_CLASSES-}" ] && ! word_in finding "$CORPUS_CLASSES" && continue
		name=$(basename "$f")
		[ "$name" = README.md ] && continue
		mkdir -p "$tmp/findings/$name"
		cp "$f" "$tmp/findings/$name/libcorp.so"
		cp "$f" "$tmp/findings/$name/prog"
		corpus_run_one "findings/$name (as the library)" finding command "$dir/base" "$tmp/findings/$name"
		corpus_run_one "findings/$name (as the program)" finding command "$tmp/findings/$name" "$dir/base/gnu"
	done 2>/dev/null
	export "${exported[@]}"
	corpus_report "$host"
	rm -rf "$tmp"
}

# corpus_report HOST: one line per class and way, from count[] and fails[];
# a class with no variant in some object says why (skips[]), and one with
# none at all is a SKIP line.
corpus_report() {
	local host=$1 key class mode o summary total
	local -A seen=() made=()
	for key in "${!count[@]}"; do
		seen["${key% *}"]=1
		made["${key%% *}"]=1
	done
	for class in $(printf '%s\n' "${!skips[@]}" | sort); do
		[ -n "${made[$class]-}" ] ||
			echo "SKIP $ARCH $host all corpus/$class: nothing to corrupt (${skips[$class]})"
	done
	for key in $(printf '%s\n' "${!seen[@]}" | sed 's/ /:/' | sort); do
		class=${key%:*} mode=${key#*:}
		summary='' total=0
		for o in ran error objfault crash hang unclean accepted; do
			local c=${count[$class $mode $o]:-0}
			total=$((total + c))
			[ "$c" = 0 ] || summary+="${summary:+, }$c $o"
		done
		[ -n "${skips[$class]-}" ] && summary+="; none in ${skips[$class]}"
		if [ -z "${fails[$class $mode]-}" ]; then
			echo "PASS $ARCH $host $mode corpus/$class ($total variants: $summary)"
		else
			echo "FAIL $ARCH $host $mode corpus/$class ($total variants: $summary)"
			printf '%s' "${fails[$class $mode]}" | indent 40
		fi
	done
}

# corpus_replay: the parser built for the host under ASan and UBSan
# (tests/fuzz, `make fuzz`) reads every variant and finding; any report
# fails.  (Re)built here when clang is there; skipped when it is not.
corpus_replay() {
	local replay=$ROOT/build/fuzz/replay-$ARCH dir=$OUT/corpus n
	local label="$ARCH host asan-ubsan corpus/replay"
	# The harness is a host program of this arch: ASan's runtime under
	# qemu-user never finished the first 50 inputs (hours of CPU).
	if arch_is_emulated "$ARCH"; then
		echo "SKIP $label: $(arch_emulated_why "$ARCH"), and the ASan harness does not finish under qemu-user"
		return
	fi
	# make rebuilds it when the parser's sources changed.
	if command -v clang >/dev/null || [ ! -x "$replay" ]; then
		if ! command -v clang >/dev/null; then
			echo "SKIP $label: clang is not installed (tests/fuzz/README.md)"
			return
		fi
		if ! make -s -C "$ROOT" -f tests/fuzz/fuzz.mk "build/fuzz/replay-$ARCH" \
			>"$OUT/corpus-replay-build.log" 2>&1; then
			echo "FAIL $label: the harness did not build"
			tail -n 10 "$OUT/corpus-replay-build.log" | indent
			return
		fi
	fi
	{ find "$dir" \( -name prog -o -name libcorp.so \) -type f
	  find "$ROOT/tests/corpus/findings" -type f ! -name README.md; } | sort >"$OUT/corpus-replay.list"
	n=$(wc -l <"$OUT/corpus-replay.list")
	if xargs -a "$OUT/corpus-replay.list" "$replay" >"$OUT/corpus-replay.out" 2>&1 &&
		! grep -q 'runtime error\|ERROR: AddressSanitizer' "$OUT/corpus-replay.out"; then
		echo "PASS $label ($n inputs under ASan and UBSan)"
	else
		echo "FAIL $label: $(grep '^== ' "$OUT/corpus-replay.out" | tail -n 1 | cut -c4-)"
		grep -m1 -A6 'runtime error\|ERROR: AddressSanitizer\|fuzz:' "$OUT/corpus-replay.out" | indent 8
	fi
}

# corpus_leaks HOST: every library variant and finding, dlopen'ed 20 times
# in one process after a warm-up (tests/cases/dl-leaks/leaks.c): the
# process's maps, descriptors and the loader's heap must be as before.
# Libraries go 100 to a process; when one of them makes that process die
# (a corrupt library that loads and whose own constructor then jumps
# through a bad pointer: run_corpus places such faults), it is run alone,
# the others again without it, and a lone death is counted as "faulted",
# not as a leak.
# Under qemu, the GNU-hash variants of the classes run_corpus runs there
# on x86 (qemu_class; on aarch64 and riscv64 too: the cost of qemu).
corpus_leaks() {
	local host=$1 dir=$OUT/corpus work=$OUT/corpus-leaks rc f
	local label="$ARCH $host command corpus/leaks" prefix=()
	local files=0 opened=0 leaked=0 faulted=0 problems=''
	if [ "$host" = qemu ]; then
		[ -n "$QEMU_BIN" ] || return
		prefix=("$QEMU_BIN")
	fi
	mkdir -p "$work"
	if ! "$CC" -o "$work/leaks" "$ROOT/tests/cases/dl-leaks/leaks.c" -ldl \
		>"$work/build.log" 2>&1; then
		echo "FAIL $label: the leak checker did not build"
		tail -n 10 "$work/build.log" | indent
		return
	fi
	{ if [ "$host" = qemu ]; then
		while read -r set class name _; do
			[ "$set" = lib-gnu ] && [ "$name" != - ] && qemu_class "$class" &&
				echo "$dir/$set/$name/libcorp.so"
		done <"$dir/manifest"
	  else
		find "$dir" -path "$dir/lib-*" -name libcorp.so -type f
		find "$ROOT/tests/corpus/findings" -type f ! -name README.md
	  fi; } | sort >"$work/$host.list"
	leak_run() { # leak_run FILE...: one process; sets rc, adds up its summary
		(cd "$work" && timeout -k 1 300 "${prefix[@]}" "$LDSO" ./leaks -p "$@" \
			>"$host.out" 2>"$host.err" </dev/null) 2>/dev/null
		rc=$?
		local sum
		sum=$(grep -o '[0-9]* files, [0-9]* opened, [0-9]* leaked$' "$work/$host.out" | tail -n 1)
		[ $rc -gt 128 ] || [ -z "$sum" ] && return 1
		set -- $sum
		files=$((files + $1)) opened=$((opened + $3)) leaked=$((leaked + $5))
		[ "$5" = 0 ] || problems+=$(grep -v ' opened, ' "$work/$host.out" | head -n 6)$'\n'
		return 0
	}
	leak_alone() { # leak_alone FILE: a death alone is a fault, not a leak
		leak_run "$1" && return
		if [ $rc -gt 128 ] && [ $rc != 137 ]; then
			files=$((files + 1)) faulted=$((faulted + 1))
		else
			files=$((files + 1)) leaked=$((leaked + 1))
			problems+="$1: $(status_name $rc)$(grep -v '^leaks: checking ' "$work/$host.err" | head -n 2 | sed 's/^/: /')"$'\n'
		fi
	}
	# leak_files FILE...: when the process dies, the file it was checking
	# (leaks -p) runs alone, and the files before and after it run again
	# without it; with no such file named, each runs alone.
	leak_files() {
		local i last f
		leak_run "$@" && return
		last=$(sed -n 's/^leaks: checking //p' "$work/$host.err" | tail -n 1)
		for ((i = 1; i <= $#; i++)); do
			[ "${!i}" = "$last" ] && break
		done
		if [ $i -gt $# ]; then
			for f; do leak_alone "$f"; done
			return
		fi
		[ $i -gt 1 ] && leak_files "${@:1:i-1}"
		leak_alone "$last"
		[ $i -lt $# ] && leak_files "${@:i+1}"
		return 0
	}
	local chunk=()
	while IFS= read -r f || [ ${#chunk[@]} -gt 0 ]; do
		[ -n "$f" ] && chunk+=("$f")
		[ ${#chunk[@]} -lt 100 ] && [ -n "$f" ] && continue
		leak_files "${chunk[@]}"
		chunk=()
		[ -n "$f" ] || break
	done <"$work/$host.list"
	# Every listed library counted once: a file left out of the chunks
	# (or run twice) fails the check rather than going unseen.
	local listed
	listed=$(wc -l <"$work/$host.list")
	local summary="$files libraries, $opened opened, $faulted faulted in their own code, $leaked leaked"
	[ "$files" = "$listed" ] || summary+="; $listed listed"
	if [ $leaked = 0 ] && [ $files -gt 0 ] && [ "$files" = "$listed" ]; then
		echo "PASS $label ($summary)"
	else
		echo "FAIL $label ($summary)"
		printf '%s' "$problems" | head -n 12 | indent
	fi
}

# run_corpus_job: the whole group for $ARCH (one job in tests/run).
run_corpus_job() {
	if ! corpus_build; then
		echo "FAIL $ARCH all ways corpus: the corpus did not build"
		tail -n 15 "$OUT/corpus.log" | indent
		return
	fi
	# $HOSTS: native and qemu on x86, qemu alone for aarch64 and riscv64.
	word_in native "$HOSTS" && run_corpus native
	word_in qemu "$HOSTS" && run_corpus qemu
	# The leak check is about the loader, not the objects: once per arch.
	if [ "$TC_NAME" = gnu ]; then
		word_in native "$HOSTS" && corpus_leaks native
		word_in qemu "$HOSTS" && corpus_leaks qemu
	fi
	corpus_replay
}
