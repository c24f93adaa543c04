/* libtls.so: the TLS array the other libraries reach. */
__thread int tarr[4] = { 10, 11, 12, 13 };
