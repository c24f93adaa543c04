/* The program's own library, beside it. */
const char *who(void)
{
	return "the program's own";
}
