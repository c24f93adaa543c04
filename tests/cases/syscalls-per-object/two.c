/* libtwo.so: PAD bytes of read-only data end its read-only segment late
 * in a page, so that ld puts the writable segment after it at the first
 * segment's distance from its file offset (build). */
#ifndef PAD
#define PAD 1
#endif
const char two_pad[PAD] = { 1 };
int two_data[64] = { 2 };
int two(void)
{
	return two_data[0] * two_pad[0];
}
