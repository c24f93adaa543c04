/*
 * libsize.so as the program runs with it: grown has doubled, shrunk has
 * halved, and after_shrunk follows it in .data (-fno-toplevel-reorder),
 * so a copy of the program's size would read it.
 */
int grown[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int shrunk[4] = { 11, 12, 13, 14 };
int after_shrunk[4] = { 99, 99, 99, 99 };
