/* Needs libtwo.so: each library is one object the loader opens and maps. */
static const char one_name[] = "one";
int two(void);
const char *one(int *n)
{
	*n = two();
	return one_name;
}
