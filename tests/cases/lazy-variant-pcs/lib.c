/* vec_add follows the vector PCS (STO_AARCH64_VARIANT_PCS): its slot must
 * be bound at load; plain_add is an ordinary function, bound lazily. */
__attribute__((aarch64_vector_pcs)) double vec_add(double a, double b)
{
	return a + b;
}

double plain_add(double a, double b)
{
	return a + b;
}
