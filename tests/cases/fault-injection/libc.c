__thread int lib_c_tls = 10;
__thread char lib_c_more[100];
