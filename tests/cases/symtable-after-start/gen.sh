# gen.sh lib K N: library K's C source, data sK_0 .. sK_(N-1) = K*1000 + I
# (and f0, a function the program calls through its PLT, in library 0).
# gen.sh prog LIBS N: the program's table of every symbol's address.
case $1 in
lib)
	awk -v k="$2" -v n="$3" 'BEGIN {
		for (i = 0; i < n; i++)
			printf "int s%d_%d = %d;\n", k, i, k * 1000 + i
		if (k == 0)
			print "int f0(void) { return 7; }"
	}' ;;
prog)
	awk -v libs="$2" -v n="$3" 'BEGIN {
		for (k = 0; k < libs; k++)
			for (i = 0; i < n; i++)
				printf "extern int s%d_%d;\n", k, i
		print "int *const symbols[] = {"
		for (k = 0; k < libs; k++)
			for (i = 0; i < n; i++)
				printf "\t&s%d_%d,\n", k, i
		print "};"
		printf "const int libs = %d, per_lib = %d;\n", libs, n
	}' ;;
esac
