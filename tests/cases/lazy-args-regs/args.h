struct big { long v[5]; };
long mixed(long, long, long, long, long, long, long, long, double, double,
	   double, double, double, double, double, double);
struct big big(long);
double fp(double, double, float, double);
