# Build one workload of make bench (bench/gen) for the loader under test:
# sourced by the bench-* cases' build with PREFIX, LIBS and SYMS set.  -O0:
# the code is thousands of straight-line checks, and -O1 triples the build.
#
# The libraries and the program's object do not depend on the loader
# under test (only the link names it in PT_INTERP), so the first
# build of a tests/run shares them through CASE_CACHE with the other
# loader builds' (the medium workload's 20 libraries were the dearest
# build of the suite, five times per arch).
set -e
cflags="-O0 -fno-asynchronous-unwind-tables -fno-stack-protector -nostdlib"
key=$(printf '%s\n' "$HOSTCC" "$PREFIX $LIBS $SYMS" |
	cat - "$SRC/../../../bench/gen" "$SRC/../bench-tiny/workload.sh" | cksum | tr ' ' -)
cache=${CASE_CACHE:+$CASE_CACHE/workload-$ARCH-$key}
if [ -n "$cache" ] && [ -d "$cache" ]; then
	cp "$cache"/* .
else
	"$SRC/../../../bench/gen" "$PWD" "$PREFIX" "$LIBS" "$SYMS"
	i=$((LIBS - 1))
	while [ $i -ge 0 ]; do
		needed=
		[ $((i + 1)) -lt "$LIBS" ] && needed="$needed -l:lib$PREFIX$((i + 1)).so"
		[ $((i + 2)) -lt "$LIBS" ] && needed="$needed -l:lib$PREFIX$((i + 2)).so"
		$HOSTCC $cflags -fPIC -shared -o "lib$PREFIX$i.so" "lib$PREFIX$i.c" \
			-L. -Wl,--no-as-needed $needed -Wl,-rpath,'$ORIGIN'
		i=$((i - 1))
	done
	$HOSTCC $cflags -fPIE -c -o "prog$PREFIX.o" "prog$PREFIX.c"
	if [ -n "$cache" ]; then
		# Another job may be filling the same entry: the rename decides.
		tmp=$(mktemp -d "$CASE_CACHE/tmp.XXXXXX")
		cp "lib$PREFIX"* "prog$PREFIX"* "$tmp/"
		mv -T "$tmp" "$cache" 2>/dev/null || rm -rf "$tmp"
	fi
fi
all=
i=0
while [ $i -lt "$LIBS" ]; do
	all="$all -l:lib$PREFIX$i.so"
	i=$((i + 1))
done
$HOSTCC $cflags -fPIE -pie -o prog "prog$PREFIX.o" -L. -Wl,--no-as-needed $all \
	-Wl,-rpath,'$ORIGIN' -Wl,--dynamic-linker="$LDSO_INTERP"
