/* Two definitions: elfpatch gnu-hash-drop-last ends the GNU hash's
 * chains before whichever .dynsym holds last. */
int gc_first = 1;
int gc_second = 2;
