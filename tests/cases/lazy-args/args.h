/* The functions of liblazyargs.so: each X is plain, each X_if an IFUNC
 * whose resolver clobbers every register a resolver may (clobber.h). */
struct small {
	long a;
	double b;
};
struct big {
	long v[5];
};

long ints(long a, long b, long c, long d, long e, long f, long g, long h,
	  long i, long j);
long ints_if(long a, long b, long c, long d, long e, long f, long g, long h,
	     long i, long j);
double doubles(double a, double b, double c, double d, double e, double f,
	       double g, double h, double i, double j);
double doubles_if(double a, double b, double c, double d, double e, double f,
		  double g, double h, double i, double j);
long double ldoubles(long double a, long double b, long double c, int n);
long double ldoubles_if(long double a, long double b, long double c, int n);
double structs(struct small s, struct big g, struct small t);
double structs_if(struct small s, struct big g, struct small t);
double vsum(int n, ...);
double vsum_if(int n, ...);
double mixed(int a, double b, long double c, struct small s, float f, char ch,
	     short sh, long long ll, double d2, int i2);
double mixed_if(int a, double b, long double c, struct small s, float f,
		char ch, short sh, long long ll, double d2, int i2);
