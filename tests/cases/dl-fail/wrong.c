int wrong_class_function(void) { return 1; }
