/* Linked against release 1: asks for foo@VER_1. */
#include <stdio.h>
const char *foo(void);
int main(void) { printf("old: %s\n", foo()); return 0; }
