int shared_word = 42;
