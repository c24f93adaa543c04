# gen.sh: the sources of this case, generated (sh gen.sh in the build directory).
# lib0 .. lib7 define 100 functions each and point at 200 of the next two
# libraries' (data relocations bound at start: the global symbol table pays for
# itself); each calls one of the next library's through its PLT, lazily.
# libmid.so and libbig.so, opened with RTLD_GLOBAL by libopen's constructor
# while start-up still holds the table, define 600 more each.  The table
# has 2,048 slots, 967 taken at start, and room for at most 80 % (1,638):
# libmid fits, libbig fits only when libmid's slots go uncounted, and then
# 2,167 names do not fit in 2,048 slots at all.
for i in 0 1 2 3 4 5 6 7; do
	{
		echo "int later_$i(void);"
		j=0
		while [ $j -lt 100 ]; do
			echo "int f${i}_$j(void) { return $i * 1000 + $j; }"
			j=$((j + 1))
		done
		for n in $(( (i + 1) % 8 )) $(( (i + 2) % 8 )); do
			j=0
			while [ $j -lt 100 ]; do
				echo "int f${n}_$j(void);"
				j=$((j + 1))
			done
			echo "int (*const table_${i}_$n[])(void) = {"
			j=0
			while [ $j -lt 100 ]; do
				echo "	f${n}_$j,"
				j=$((j + 1))
			done
			echo "};"
		done
		echo "int later_$i(void) { return 1; }"
		echo "int call_next_$i(void) { return later_$(( (i + 1) % 8 ))(); }"
		echo "int sum_$i(void) { int s = 0; for (int j = 0; j < 100; j++) s += table_${i}_$(( (i + 1) % 8 ))[j](); return s; }"
	} > lib$i.c
done
for lib in mid:7000 big:8000; do
	base=${lib#*:}
	lib=${lib%:*}
	j=0
	while [ $j -lt 600 ]; do
		echo "int ${lib}_$j(void) { return $base + $j; }"
		j=$((j + 1))
	done > lib$lib.c
done
