int info_value = 1;
