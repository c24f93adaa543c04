/* libl.so: a call inside a library, for lldb's bt. */
int lib_inner(int x) { return x * 3; }
int lib_outer(int x) { return lib_inner(x) + 1; }
