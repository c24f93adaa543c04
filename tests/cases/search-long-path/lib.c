/* libpick.so, built twice: WHERE says which copy was loaded. */
const char *pick(void)
{
	return WHERE;
}
