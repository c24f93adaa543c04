/* Runs of pointers (bitmap entries) and lone ones (address entries). */
static int values[100];
int *run[80];
int *lone_a = &values[3];
static char gap[4096];
int *lone_b = &values[99];
char *gap_ptr = gap;
static void fill(void) __attribute__((constructor));
static void fill(void) { for (int i = 0; i < 100; i++) values[i] = i; }
int check_run(void)
{
	int ok = 1;
	for (int i = 0; i < 80; i++)
		ok &= *run[i] == i;
	return ok && *lone_a == 3 && *lone_b == 99 && gap_ptr == gap;
}
int *run[80] = {
#define P(i) &values[i]
P(0),P(1),P(2),P(3),P(4),P(5),P(6),P(7),P(8),P(9),P(10),P(11),P(12),P(13),
P(14),P(15),P(16),P(17),P(18),P(19),P(20),P(21),P(22),P(23),P(24),P(25),P(26),
P(27),P(28),P(29),P(30),P(31),P(32),P(33),P(34),P(35),P(36),P(37),P(38),P(39),
P(40),P(41),P(42),P(43),P(44),P(45),P(46),P(47),P(48),P(49),P(50),P(51),P(52),
P(53),P(54),P(55),P(56),P(57),P(58),P(59),P(60),P(61),P(62),P(63),P(64),P(65),
P(66),P(67),P(68),P(69),P(70),P(71),P(72),P(73),P(74),P(75),P(76),P(77),P(78),P(79)
};
