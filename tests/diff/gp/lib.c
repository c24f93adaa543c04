/*
 * The library's constructor, which the loader runs before the program
 * starts, calls into the program: the program's code then runs with the
 * gp the loader left.
 */
int program_gp_right(void);

static int ctor_saw_gp = -1;

__attribute__((constructor)) static void check_gp_in_constructor(void)
{
	ctor_saw_gp = program_gp_right();
}

int lib_ctor_saw_gp(void)
{
	return ctor_saw_gp;
}
