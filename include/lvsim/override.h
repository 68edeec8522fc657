/* override.h — an override of one scenario key (`lvsim run --set`, a sweep point's settings):
 * the path it addresses and the YAML value. Overrides are applied to the composed document
 * before it is read, so they are checked like the file itself. */
#ifndef LVSIM_OVERRIDE_H
#define LVSIM_OVERRIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "lvsim/messages.h"

/* An override of one scenario key: `path` like "centre.operators[2].count" or
 * "centres[north].announcement" (list items by 0-based index or by their name), `value` in
 * YAML ("4", "80%", "{dist: exponential, mean: 5m}"). Borrowed strings. */
struct lv_override {
    const char *path, *value;
    const char *text; /* the whole "path=value", for messages */
    const char *label; /* names the override in diagnostics instead of "--set 'text'", or NULL */
    bool whole_file;   /* value is the whole text of the file `label`: diagnostics give lines and
                        * columns in it, as for a scenario file */
};

/* Splits "path=value" (borrowing arg; path and value point into a copy in buf of size n).
 * Returns 0, or -1 when there is no '=' or the path is empty. */
int lv_override_parse(const char *arg, char *buf, size_t n, struct lv_override *out);

/* An override setting `key` to the whole text of the file at `path` (`lvsim staff --shifts FILE`:
 * the file holds what the key's value would hold in a scenario). Its diagnostics name the file,
 * with lines and columns in it. *owned receives the text: free it after the override's last use.
 * Returns 0, or -1 with the reason (in lang) in why. */
int lv_override_from_file(const char *key, const char *path, char **owned, struct lv_override *out,
                          enum lv_language lang, char *why, size_t why_size);

#endif
