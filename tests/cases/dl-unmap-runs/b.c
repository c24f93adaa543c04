int a_value(void);

static char big[256 * 1024];

int b_value(void)
{
	big[0] = 1;
	return a_value() + big[0] + big[1];
}
