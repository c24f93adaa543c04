/*
 * A main for the harness without libFuzzer: runs every file named on the
 * command line through LLVMFuzzerTestOneInput, under ASan/UBSan, and says
 * how many it ran.  Any finding aborts with the sanitizer's report.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int ran = 0;

	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf;
		long n;
		if (!f) {
			perror(argv[i]);
			return 2;
		}
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		rewind(f);
		buf = malloc(n ? n : 1);
		if (fread(buf, 1, n, f) != (size_t)n) {
			perror(argv[i]);
			return 2;
		}
		fclose(f);
		/* the last such line names the input of a report */
		fprintf(stderr, "== %s\n", argv[i]);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
		ran++;
	}
	printf("replayed %d inputs\n", ran);
	return 0;
}
