#include <unistd.h>
int top(void);
int main(void)
{
	write(2, top() == 2 ? "main\n" : "bad\n", top() == 2 ? 5 : 4);
	return 0;
}
