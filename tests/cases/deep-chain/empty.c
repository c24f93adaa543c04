/* Stand-in for the next link of the chain at link time. */
int chain_placeholder;
