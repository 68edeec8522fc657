/* diag.h — diagnostics collected while reading user input.
 * The library never prints: loaders append GCC-style diagnostics (file, 1-based line and
 * column, message, the offending source line) to a list the caller formats. */
#ifndef LVSIM_DIAG_H
#define LVSIM_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "lvsim/messages.h"

struct lv_diag {
    char *file;        /* owned; may be "<string>" */
    int line, column;  /* 1-based; 0 when unknown */
    int span;          /* characters to underline, >= 1 */
    char *message;     /* owned, without "error:" prefix */
    char *source_line; /* owned copy of the line the error points at (a window of a long line), or NULL */
    int caret;         /* characters of source_line before the caret */
    bool warning;      /* "warning:", not "error:": valid input that is likely not meant */
};

#define LV_DIAGS_MAX 50 /* kept in full; later ones are only counted */

struct lv_diags {
    struct lv_diag *items;
    size_t count, capacity;
    size_t dropped; /* errors beyond LV_DIAGS_MAX */
    /* Where the last line was found, so errors in file order cost one pass over the file. */
    const char *cached_source, *cached_at;
    int cached_line;
    enum lv_language lang; /* of the messages added with lv_diags_msg; English after init */
};

/* A key of an input table (a scenario section, a sweep file): the tables drive the readers'
 * checks, their "did you mean" suggestions and the reference documentation. */
struct lv_key {
    const char *name;
    const char *help;
};

void lv_diags_init(struct lv_diags *d);
void lv_diags_fini(struct lv_diags *d);

/* Appends one error. source may be NULL; else it is the whole text the line/column refer to.
 * After LV_DIAGS_MAX errors the rest are only counted. Out of memory is swallowed (the list
 * simply stays shorter) since errors are already being reported. */
void lv_diags_add(struct lv_diags *d, const char *file, const char *source, int line, int column,
                  int span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* Appends one error whose text is catalogue message id in d->lang, its {1}..{9} filled by the
 * strings that follow (NULL-terminated; numbers via lv_msg_int / lv_msg_num). */
void lv_diags_msg(struct lv_diags *d, const char *file, const char *source, int line, int column, int span,
                  enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;

/* The same with the arguments as an array. */
void lv_diags_msgv(struct lv_diags *d, const char *file, const char *source, int line, int column, int span,
                   enum lv_msg id, int argc, const char *const *args);

/* 1-based line and column of byte `offset` of text, counting line breaks and characters as
 * libyaml does (for positions libyaml cannot report, such as a NUL byte). */
void lv_diags_position(const char *text, size_t offset, int *line, int *column);

/* Forgets where the last source line was found: call it before a source text passed to
 * lv_diags_add is freed (its address may be reused by another text). */
void lv_diags_forget_source(struct lv_diags *d);

/* Writes every diagnostic as "file:line:col: error: msg" plus the source line and a caret, each
 * with one write, then how many more were not kept. */
void lv_diags_write(const struct lv_diags *d, FILE *out);

#endif
