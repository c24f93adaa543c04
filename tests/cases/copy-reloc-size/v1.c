/* libsize.so as the program was linked against it. */
int grown[4] = { 1, 2, 3, 4 };
int shrunk[8] = { 11, 12, 13, 14, 15, 16, 17, 18 };
