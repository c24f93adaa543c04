/*
 * Two calls through this library's PLT: two JUMP_SLOTs, bound lazily.
 * The build makes the second slot's link-time value caller_data's
 * address (elfpatch set-place), above the code but not code: no PLT stub
 * to wait at, so the loader must bind that slot at start.
 */
int slot_a(int);
int slot_b(int);

int caller_data[4] = { 1, 2, 3, 4 };

int call_both(int x)
{
	return slot_a(x) * 10 + slot_b(x);
}
