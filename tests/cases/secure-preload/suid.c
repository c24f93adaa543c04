/* A preload root installed set-uid in a default directory: allowed. */
const char *who(void)
{
	return "set-uid preload";
}
