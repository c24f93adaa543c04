/* Data in another library, reached from the text-relocated code. */
int other_value = 42;
