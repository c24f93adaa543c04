/* One link of the chain: its constructor counts itself in the program. */
extern int chain_counter;

static void count(void)
{
	chain_counter++;
}

__attribute__((section(".init_array"), used)) static void (*init)(void) = count;
