/* The RISC-V part's functions (regs-lib.c). */
struct wide {
	long v[5];	/* more than 16 bytes: returned through a0 */
};

long all_if(long, long, long, long, long, long, long, long, double, double,
	    double, double, float, float, float, float);
struct wide big_if(long, long, long, long, long, long, long);
