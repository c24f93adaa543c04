/* A strong definition in a later library loses to liba's weak one (first in scope wins). */
const char *pick(void) { return "b-strong"; }
int pick_data = 2;
const char *b_pick(void) { return pick(); }
int b_pick_data(void) { return pick_data; }
