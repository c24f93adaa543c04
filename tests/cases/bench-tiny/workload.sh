# Build one workload of make bench (bench/gen) for the loader under test:
# sourced by the bench-* cases' build with PREFIX, LIBS and SYMS set.  -O0:
# the code is thousands of straight-line checks, and -O1 triples the build.
set -e
"$SRC/../../../bench/gen" "$PWD" "$PREFIX" "$LIBS" "$SYMS"
cflags="-O0 -fno-asynchronous-unwind-tables -fno-stack-protector -nostdlib"
i=$((LIBS - 1))
while [ $i -ge 0 ]; do
	needed=
	[ $((i + 1)) -lt "$LIBS" ] && needed="$needed -l:lib$PREFIX$((i + 1)).so"
	[ $((i + 2)) -lt "$LIBS" ] && needed="$needed -l:lib$PREFIX$((i + 2)).so"
	$HOSTCC $cflags -fPIC -shared -o "lib$PREFIX$i.so" "lib$PREFIX$i.c" \
		-L. -Wl,--no-as-needed $needed -Wl,-rpath,'$ORIGIN'
	i=$((i - 1))
done
all=
i=0
while [ $i -lt "$LIBS" ]; do
	all="$all -l:lib$PREFIX$i.so"
	i=$((i + 1))
done
$HOSTCC $cflags -fPIE -pie -o prog "prog$PREFIX.c" -L. -Wl,--no-as-needed $all \
	-Wl,-rpath,'$ORIGIN' -Wl,--dynamic-linker="$LDSO_INTERP"
