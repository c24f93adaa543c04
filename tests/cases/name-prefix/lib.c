/* Names whose first bytes are whole other names (see main.c). */
int ab_ = 3;
int abcdefghij_ = 11;
