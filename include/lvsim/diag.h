/* diag.h — diagnostics collected while reading user input.
 * The library never prints: loaders append GCC-style diagnostics (file, 1-based line and
 * column, message, the offending source line) to a list the caller formats. */
#ifndef LVSIM_DIAG_H
#define LVSIM_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct lv_diag {
    char *file;        /* owned; may be "<string>" */
    int line, column;  /* 1-based; 0 when unknown */
    int span;          /* characters to underline, >= 1 */
    char *message;     /* owned, without "error:" prefix */
    char *source_line; /* owned copy of the line the error points at, or NULL */
};

struct lv_diags {
    struct lv_diag *items;
    size_t count, capacity;
};

void lv_diags_init(struct lv_diags *d);
void lv_diags_fini(struct lv_diags *d);

/* Appends one error. source may be NULL; else it is the whole text the line/column refer to.
 * Out of memory is swallowed (the list simply stays shorter) since errors are already being reported. */
void lv_diags_add(struct lv_diags *d, const char *file, const char *source, int line, int column,
                  int span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* Writes every diagnostic as "file:line:col: error: msg" plus the source line and a caret. */
void lv_diags_write(const struct lv_diags *d, FILE *out);

#endif
