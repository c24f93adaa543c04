/* liba and libb both define dup_fn and dup_data; liba comes first in scope. */
const char *dup_fn(void) { return "a"; }
const char *dup_data = "a-data";
const char *a_calls(void) { return dup_fn(); }
const char *a_reads(void) { return dup_data; }
