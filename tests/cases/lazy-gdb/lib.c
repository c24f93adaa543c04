/* libg.so: two functions to step into. */
int lib_twice(int x)
{
	int r = x * 2;
	return r;
}
int lib_thrice(int x)
{
	int r = x * 3;
	return r;
}
