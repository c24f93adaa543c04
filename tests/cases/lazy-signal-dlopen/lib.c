/*
 * libfirst.so: first_call is what the SIGUSR1 handler calls for the first
 * time (its slot in prog is still lazy), h0..h31 what the SIGALRM handler
 * calls for the first time, hN() = 3N + 2.
 */
int first_call(int x)
{
	return 3 * x;
}

#define H(n) int h##n(void) { return 3 * n + 2; }
H(0) H(1) H(2) H(3) H(4) H(5) H(6) H(7) H(8) H(9) H(10) H(11) H(12) H(13)
H(14) H(15) H(16) H(17) H(18) H(19) H(20) H(21) H(22) H(23) H(24) H(25)
H(26) H(27) H(28) H(29) H(30) H(31)
