/* Binds to ver_answer@VER_1 (a versioned reference), reads dynamic TLS
 * and has a constructor and a destructor. */
extern int ver_answer(void);
extern __thread int ver_tls;
static int seen;
__attribute__((constructor)) static void up(void) { seen = ver_answer(); }
__attribute__((destructor)) static void down(void) { seen = 0; }
int user_value(void) { return seen + ver_tls; }
