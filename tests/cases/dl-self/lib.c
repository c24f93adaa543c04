int lib_value = 5;
