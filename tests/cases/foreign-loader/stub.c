/* Stands for another libc's private loader. */
int stub_private_state;
