# gen.sh N: an assembly file defining data words b0 .. b(N-1), bI = I
# (objects with a size, so that a program's reference is a COPY).
awk -v n="$1" 'BEGIN {
	print "\t.data\n\t.p2align 2"
	for (i = 0; i < n; i++)
		printf "\t.globl b%d\n\t.type b%d, @object\n\t.size b%d, 4\nb%d:\t.long %d\n", i, i, i, i, i
	print "\t.section .note.GNU-stack,\"\",%progbits"
}'
