/* A program of the other ELF class: the loader must refuse it, never run it. */
void _start(void)
{
	for (;;)
		;
}
