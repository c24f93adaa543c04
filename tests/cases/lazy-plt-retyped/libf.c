/* The function libr.so calls through its PLT. */
int triple_plus_one(int x)
{
	return 3 * x + 1;
}
