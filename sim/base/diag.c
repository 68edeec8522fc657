/* diag.c — a growable list of GCC-style diagnostics; see diag.h. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "lvsim/diag.h"

#include <stdarg.h>
#include <stdbool.h>
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

void lv_diags_position(const char *text, size_t offset, int *line, int *column)
{
    *line = 1;
    *column = 1; /* one more than the characters before offset on its line */
    for (size_t i = 0; i < offset;) {
        size_t b = line_break(text + i);
        if (b) {
            i += b;
            ++*line;
            *column = 1;
            continue;
        }
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            ++*column;
        i++;
    }
}

void lv_diags_forget_source(struct lv_diags *d)
{
    d->cached_source = d->cached_at = NULL;
    d->cached_line = 0;
}

/* The line `line` of source, found from the cached position when it lies ahead of it. */
static const char *find_line(struct lv_diags *d, const char *source, int line)
{
    const char *p = source;
    int l = 1;
    if (d->cached_source == source && d->cached_line <= line) {
        p = d->cached_at;
        l = d->cached_line;
    }
    while (l < line && *p) {
        size_t b = line_break(p);
        if (b) {
            p += b;
            l++;
        } else {
            p++;
        }
    }
    d->cached_source = source;
    d->cached_at = p;
    d->cached_line = l;
    return p;
}

#define WINDOW_BYTES 160 /* a long line is shown as this much around the column */

static size_t utf8_start(const char *line, size_t at)
{
    while (at > 0 && ((unsigned char)line[at] & 0xC0) == 0x80)
        at--;
    return at;
}

static int characters(const char *text, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)text[i] & 0xC0) != 0x80;
    return c;
}

/* Copies the line the error points at into g: whole, or a window around the column with "…". */
static void copy_source(struct lv_diags *d, struct lv_diag *g, const char *source)
{
    if (!source || g->line < 1 || g->column < 1)
        return;
    const char *p = find_line(d, source, g->line);
    size_t n = 0;
    while (p[n] && !line_break(p + n))
        n++;
    if (g->column > characters(p, n) + 1) /* a column past the line: a wrong position, show none */
        return;
    size_t at = 0; /* byte of the column: libyaml counts columns in characters */
    for (int c = 1; c < g->column && at < n; at++)
        c += ((unsigned char)p[at + 1] & 0xC0) != 0x80;
    size_t from = 0, to = n;
    if (n > WINDOW_BYTES + 40) {
        from = utf8_start(p, at > WINDOW_BYTES / 2 ? at - WINDOW_BYTES / 2 : 0);
        to = from + WINDOW_BYTES < n ? utf8_start(p, from + WINDOW_BYTES) : n;
    }
    const char *dots = "\xE2\x80\xA6"; /* … */
    bool before = from > 0, after = to < n;
    size_t len = (to - from) + (before ? 3 : 0) + (after ? 3 : 0);
    char *s = malloc(len + 1);
    if (!s)
        return;
    size_t k = 0;
    if (before) {
        memcpy(s, dots, 3);
        k = 3;
    }
    memcpy(s + k, p + from, to - from);
    k += to - from;
    if (after) {
        memcpy(s + k, dots, 3);
        k += 3;
    }
    s[k] = '\0';
    g->source_line = s;
    g->caret = (before ? 1 : 0) + characters(p + from, (at < n ? at : n) - from);
}

/* Room for one more item, or false (full: counted as dropped; or out of memory). */
static bool make_room(struct lv_diags *d)
{
    if (d->count >= LV_DIAGS_MAX) {
        d->dropped++;
        return false;
    }
    if (d->count == d->capacity) {
        size_t cap = d->capacity ? 2 * d->capacity : 8;
        struct lv_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items)
            return false;
        d->items = items;
        d->capacity = cap;
    }
    return true;
}

/* Appends an item owning msg (malloc'd). */
static void append(struct lv_diags *d, const char *file, const char *source, int line, int column, int span,
                   char *msg)
{
    struct lv_diag *g = &d->items[d->count++];
    memset(g, 0, sizeof *g);
    const char *name = file ? file : lv_msg(LV_MSG_E_NO_FILE_NAME, d->lang);
    g->file = malloc(strlen(name) + 1);
    if (g->file)
        strcpy(g->file, name);
    g->line = line;
    g->column = column;
    g->span = span > 0 ? span : 1;
    g->message = msg;
    copy_source(d, g, source);
}

void lv_diags_add(struct lv_diags *d, const char *file, const char *source, int line, int column,
                  int span, const char *fmt, ...)
{
    if (!make_room(d))
        return;
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
    append(d, file, source, line, column, span, msg);
}

void lv_diags_msgv(struct lv_diags *d, const char *file, const char *source, int line, int column, int span,
                   enum lv_msg id, int argc, const char *const *args)
{
    if (!make_room(d))
        return;
    const char *t = lv_msg(id, d->lang);
    size_t n = lv_msg_expand(NULL, 0, t, argc, args);
    char *msg = malloc(n + 1);
    if (!msg)
        return;
    lv_msg_expand(msg, n + 1, t, argc, args);
    append(d, file, source, line, column, span, msg);
}

void lv_diags_msg(struct lv_diags *d, const char *file, const char *source, int line, int column, int span,
                  enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    lv_diags_msgv(d, file, source, line, column, span, id, argc, args);
}

/* Catalogue message id in lang, its {1}.. filled by args, onto out. */
static void put_msg(FILE *out, enum lv_language lang, enum lv_msg id, int argc, const char *const *args)
{
    const char *t = lv_msg(id, lang);
    size_t n = lv_msg_expand(NULL, 0, t, argc, args);
    char *text = malloc(n + 1);
    if (!text)
        return;
    lv_msg_expand(text, n + 1, t, argc, args);
    fwrite(text, 1, n, out);
    free(text);
}

/* Control characters as '?': C0 but newline and tab, DEL, the C1 controls U+0080..U+009F, and any
 * byte that is not part of well-formed UTF-8 (a lone 0x9B is an 8-bit CSI to some terminals). */
static void safe_for_terminal(char *text, size_t size)
{
    for (size_t k = 0; k < size;) {
        unsigned cp;
        int len = lv_utf8_decode(text + k, size - k, &cp);
        if (len < 0) { /* not UTF-8: one byte at a time */
            text[k++] = '?';
            continue;
        }
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp <= 0x9F))
            memset(text + k, '?', (size_t)len);
        k += (size_t)len;
    }
}

void lv_diags_write(const struct lv_diags *d, FILE *out)
{
    for (size_t i = 0; i < d->count; i++) {
        const struct lv_diag *g = &d->items[i];
        char *text = NULL;
        size_t size = 0;
        FILE *m = open_memstream(&text, &size);
        if (!m)
            return;
        const char *file = g->file ? g->file : "?";
        if (g->line > 0) {
            struct lv_msg_arg line = lv_msg_int(g->line), column = lv_msg_int(g->column);
            const char *args[] = {file, line.s, column.s, g->message};
            put_msg(m, d->lang, g->warning ? LV_MSG_W_DIAG_AT : LV_MSG_E_DIAG_AT, 4, args);
        } else {
            const char *args[] = {file, g->message};
            put_msg(m, d->lang, g->warning ? LV_MSG_W_DIAG_IN : LV_MSG_E_DIAG_IN, 2, args);
        }
        fputc('\n', m);
        if (g->source_line) {
            fprintf(m, "%5d | %s\n      | ", g->line, g->source_line);
            /* Pad by characters, keeping tabs, so the caret lines up under the column. */
            const char *c = g->source_line;
            for (int k = 0; k < g->caret && *c; c++)
                if (((unsigned char)*c & 0xC0) != 0x80) {
                    fputc(*c == '\t' ? '\t' : ' ', m);
                    k++;
                }
            fputc('^', m);
            int span = g->span < WINDOW_BYTES ? g->span : WINDOW_BYTES;
            for (int k = 1; k < span; k++)
                fputc('~', m);
            fputc('\n', m);
        }
        fclose(m);
        /* A diagnostic quotes what it read (a call log's field, a file name) and shows its line:
         * control characters in them go out as '?', never as terminal escape sequences. */
        safe_for_terminal(text, size);
        fwrite(text, 1, size, out);
        free(text);
    }
    if (d->dropped) {
        struct lv_msg_arg dropped = lv_msg_int((long long)d->dropped), kept = lv_msg_int(LV_DIAGS_MAX);
        const char *args[] = {dropped.s, kept.s};
        if (d->dropped == 1)
            put_msg(out, d->lang, LV_MSG_E_ONE_MORE_NOT_SHOWN, 1, args + 1);
        else
            put_msg(out, d->lang, LV_MSG_E_MORE_NOT_SHOWN, 2, args);
        fputc('\n', out);
    }
}
