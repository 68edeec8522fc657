/* diag.c — a growable list of GCC-style diagnostics; see diag.h. */
#include "lvsim/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void lv_diags_init(struct lv_diags *d) { memset(d, 0, sizeof *d); }

void lv_diags_fini(struct lv_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
        free(d->items[i].source_line);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

/* Length of the line break at p (0 if none), counting breaks as libyaml does: CR LF, CR, LF,
 * NEL (U+0085), LS (U+2028) and PS (U+2029). Line numbers must agree with libyaml's marks. */
static size_t line_break(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] == '\r')
        return u[1] == '\n' ? 2 : 1;
    if (u[0] == '\n')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0x85)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
        return 3;
    return 0;
}

static char *copy_line(const char *source, int line)
{
    if (!source || line < 1)
        return NULL;
    const char *p = source;
    for (int l = 1; l < line && *p;) {
        size_t b = line_break(p);
        if (b) {
            p += b;
            l++;
        } else {
            p++;
        }
    }
    size_t n = 0;
    while (p[n] && !line_break(p + n))
        n++;
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, p, n);
        s[n] = '\0';
    }
    return s;
}

void lv_diags_add(struct lv_diags *d, const char *file, const char *source, int line, int column,
                  int span, const char *fmt, ...)
{
    if (d->count == d->capacity) {
        size_t cap = d->capacity ? 2 * d->capacity : 8;
        struct lv_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items)
            return;
        d->items = items;
        d->capacity = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = malloc((size_t)(n > 0 ? n : 0) + 1);
    if (!msg)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    struct lv_diag *g = &d->items[d->count++];
    const char *name = file ? file : "<string>";
    g->file = malloc(strlen(name) + 1);
    if (g->file)
        strcpy(g->file, name);
    g->line = line;
    g->column = column;
    g->span = span > 0 ? span : 1;
    g->message = msg;
    g->source_line = copy_line(source, line);
}

void lv_diags_write(const struct lv_diags *d, FILE *out)
{
    for (size_t i = 0; i < d->count; i++) {
        const struct lv_diag *g = &d->items[i];
        if (g->line > 0)
            fprintf(out, "%s:%d:%d: error: %s\n", g->file ? g->file : "?", g->line, g->column,
                    g->message);
        else
            fprintf(out, "%s: error: %s\n", g->file ? g->file : "?", g->message);
        /* libyaml counts columns in characters; the caret is placed by bytes, so it is clamped to
         * the line and may sit early on lines with non-ASCII text before the error. */
        int length = g->source_line ? (int)strlen(g->source_line) : 0;
        if (g->source_line && g->column > 0 && g->column <= length + 1) {
            fprintf(out, "%5d | %s\n      | ", g->line, g->source_line);
            for (int c = 1; c < g->column; c++)
                fputc(g->source_line[c - 1] == '\t' ? '\t' : ' ', out);
            fputc('^', out);
            for (int c = 1; c < g->span; c++)
                fputc('~', out);
            fputc('\n', out);
        }
    }
}
