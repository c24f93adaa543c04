/* libl.so: what ltrace sees the program call. */
int lib_twice(int x) { return x * 2; }
int lib_thrice(int x) { return x * 3; }
