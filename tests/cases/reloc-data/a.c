/*
 * Pointers in data: a static table of pointers to our own strings
 * (RELATIVE), a pointer to another library's data (a symbolic word
 * relocation), and calls through the PLT (JUMP_SLOT).
 */
extern int b_value;
extern const char *b_name(void);
static const char *words[] = { "alpha", "beta", "gamma" };
int *a_points_at_b = &b_value;
const char *(*a_fn_ptr)(void) = b_name;
const char *a_word(int i) { return words[i]; }
int a_read_b(void) { return *a_points_at_b; }
