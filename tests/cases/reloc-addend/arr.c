/* libarr.so: the objects libuse.so points into. */
int arr[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
struct pair { long first, second; } pair = { 1, 2 };
const char text[] = "0123456789";
