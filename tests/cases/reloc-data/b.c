/* Data another library points at: R_*_64 / R_386_32 against b_value. */
int b_value = 7;
const char *b_name(void) { return "libb"; }
