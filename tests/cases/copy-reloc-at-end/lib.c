char lib_flag = 'y';
