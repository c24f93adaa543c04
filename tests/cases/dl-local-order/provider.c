/* libfirst.so and libsecond.so: both define which() and which_data. */
const char *which(void)
{
	return WHICH;
}

const char *which_data = WHICH;
