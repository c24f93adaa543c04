/* The program's library. */
const char *who(void)
{
	return "base";
}
