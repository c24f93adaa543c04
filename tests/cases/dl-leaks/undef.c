/* Data reference to a symbol nobody defines: fails even with RTLD_LAZY. */
extern int nobody_defines_this;
int *undef_ptr = &nobody_defines_this;
