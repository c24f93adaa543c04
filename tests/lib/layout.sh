# shellcheck shell=sh
# Library layouts that cases about mapping need (sourced by their build
# scripts, which set CC).  map.c maps a segment on its own only when it
# lies at another distance from its file offset than the first segment;
# one at the same distance is already shown by the reservation.

# apart LIB [FLAG]: does a PT_LOAD of LIB (with FLAG among its flags, R,
# W or E; any without) lie at another distance than the first?
apart() {
	readelf -lW "$1" | awk '$1 == "LOAD" { f = ""; for (i = 7; i < NF; i++) f = f $i; print $2, $3, f }' | {
		read -r off0 va0 _
		while read -r off va fl; do
			case $fl in *"$2"*) [ $((va - off)) != $((va0 - off0)) ] && exit 0 ;; esac
		done
		exit 1
	}
}

# link_rw_shown OUT SOURCE [FLAGS...]: link SOURCE, which holds PAD
# bytes of read-only data, into the library OUT with every segment at
# the first one's distance, the writable one included.  GNU ld puts the
# writable segment so when the read-only data before it ends late in its
# page: a first link finds where that data ends; the second pads it to
# end about 64 bytes before a page boundary.  Returns 1 when a link
# fails, 2 when the layout is not had (other linkers place segments
# their own way).
link_rw_shown() {
	out=$1 src=$2
	shift 2
	$CC -shared -fPIC "$@" -o "$out" "$src" || return 1
	end=$(readelf -lW "$out" | awk '$1 == "LOAD" && $0 !~ / RW / { print $2, $5 }' | tail -n 1 |
		{ read -r off size; echo $((off + size)); })
	$CC -shared -fPIC "$@" -DPAD=$(( (4096 - 64 - end % 4096 + 4096) % 4096 + 1 )) -o "$out" "$src" || return 1
	! apart "$out" || { echo "$out: a segment apart from its file offset"; return 2; }
}
