int dep_value = 40;

int dep_add(int x)
{
	return x + 2;
}
