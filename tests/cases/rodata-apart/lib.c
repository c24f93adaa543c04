/*
 * Read-only data in a segment of its own whose distance from its file
 * offset is not the first segment's (build: .rodata linked far above the
 * code).  The loader maps an object's first segment with its reservation,
 * which then shows every later segment at the first one's distance; this
 * one must be mapped from its own offset.
 */
static const char message[] = "read-only data mapped from its own offset";

const char *lib_message(void)
{
	return message;
}
