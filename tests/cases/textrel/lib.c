/* i386: built without -fPIC, so its code holds absolute addresses (text relocations). */
const char message[] = "text relocated";
extern int other_value;
const char *get_message(void) { return message; }
int get_other(void) { return other_value; }
