# gen.sh refs K N: library K's C source: a table of the addresses of
# b(K*N) .. b(K*N+N-1) (libbig.so's, bI = I: N symbolic relocations), a
# function counting the wrong values among them, and in libraries 0 and
# 1 a function pick() returning K + 1.
# gen.sh prog LIBS: the program's calls of every library's function.
case $1 in
refs)
	awk -v k="$2" -v n="$3" 'BEGIN {
		for (i = 0; i < n; i++)
			printf "extern int b%d;\n", k * n + i
		print "static int *const refs[] = {"
		for (i = 0; i < n; i++)
			printf "\t&b%d,\n", k * n + i
		print "};"
		printf "int refs_wrong%d(void)\n{\n\tint bad = 0;\n", k
		printf "\tfor (int i = 0; i < %d; i++)\n", n
		printf "\t\tbad += *refs[i] != %d + i;\n\treturn bad;\n}\n", k * n
		if (k < 2)
			printf "int pick(void) { return %d; }\n", k + 1
	}' ;;
prog)
	awk -v libs="$2" 'BEGIN {
		for (k = 0; k < libs; k++)
			printf "int refs_wrong%d(void);\n", k
		print "int all_wrong(void)\n{\n\tint bad = 0;"
		for (k = 0; k < libs; k++)
			printf "\tbad += refs_wrong%d();\n", k
		print "\treturn bad;\n}"
	}' ;;
esac
