/*
 * libuse.so: pointers into another library's objects, each a word
 * relocation against the object's symbol with a non-zero addend
 * (R_X86_64_64, R_AARCH64_ABS64, R_RISCV_64 with r_addend; R_386_32 with
 * the addend in place).  Not const: the compiler must read the relocated
 * words, not fold them.
 */
extern int arr[8];
extern struct pair { long first, second; } pair;
extern const char text[];

int *arr_2 = &arr[2];
int *arr_7 = &arr[7];
long *pair_second = &pair.second;
const char *text_5 = text + 5;

int use_arr_2(void) { return *arr_2; }
int use_arr_7(void) { return *arr_7; }
long use_pair_second(void) { return *pair_second; }
const char *use_text_5(void) { return text_5; }
