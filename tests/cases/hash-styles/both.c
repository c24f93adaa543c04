int both_value = 5;
