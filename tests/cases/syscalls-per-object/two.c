int two_data[64] = { 2 };
int two(void)
{
	return two_data[0];
}
