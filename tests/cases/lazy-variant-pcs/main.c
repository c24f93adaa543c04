#include <stdio.h>

__attribute__((aarch64_vector_pcs)) double vec_add(double, double);
double plain_add(double, double);

int main(void)
{
	printf("%ld %ld\n", (long)vec_add(1, 2), (long)plain_add(3, 4));
	return 0;
}
