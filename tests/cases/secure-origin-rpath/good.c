/* The library the program means, in an absolute directory. */
const char *who(void)
{
	return "good";
}
