/* libplugin.so: found only through the program's $ORIGIN/plugins. */
const char *plugin_name(void) { return "plugin"; }
