/* Linked against foo@VER_1: still gets it with the hidden one second or first. */
#include <stdio.h>
const char *foo(void);
int main(void) { printf("old: %s\n", foo()); return 0; }
