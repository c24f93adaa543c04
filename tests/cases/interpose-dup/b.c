/* libb's copies lose to liba's, even for libb's own references. */
const char *dup_fn(void) { return "b"; }
const char *dup_data = "b-data";
const char *b_calls(void) { return dup_fn(); }
const char *b_reads(void) { return dup_data; }
