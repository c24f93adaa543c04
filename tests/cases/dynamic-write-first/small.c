extern int dep_value;
int dep_add(int x);

int *dep_pointer = &dep_value;

int small_value(void)
{
	return dep_add(*dep_pointer);
}
