/*
 * libroot.so needs libfirst.so, then libsecond.so, which define the same
 * names: in its dlopen group's local scope (root, then its dependencies
 * breadth-first) libfirst.so's come first.  A PLT call, an absolute
 * pointer and a GOT data reference each bind by that order.
 */
const char *which(void);
extern const char *which_data;
const char *(*which_pointer)(void) = which;

const char *root_call(void)
{
	return which();
}

const char *root_pointer(void)
{
	return which_pointer();
}

const char *root_data(void)
{
	return which_data;
}
