/* fit.c — a centre's call log (CSV, one row per attempt) read with limits, and the scenario's
 * demand, talk time, patience and redials estimated from it; see fit.h and docs/fit.md.
 * One idea throughout: every estimate is a maximum-likelihood one under the simulator's own
 * model, so the fitted scenario regenerates data like the log, and its interval comes from the
 * same likelihood (observed information, delta method on the log scale). */
#include "lvsim/fit.h"
#include "lvsim/report.h"
#include "base/yamldoc.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_erf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_psi.h>

#include "lvsim/date.h"
#include "lvsim/dist.h"
#include "lvsim/override.h"

/* ================================================================ the CSV reader */

enum col { COL_ARRIVAL, COL_WAIT, COL_TALK, COL_OUTCOME, COL_CALLER, COL_TYPE, COLS };
static const char *const col_name[COLS] = {"arrival", "wait_s", "talk_s", "outcome", "caller", "type"};

static bool plain_text(const char *s, size_t n);
#define REQUIRED_COLS 4

struct field {
    char text[LV_CALLLOG_MAX_FIELD + 1];
    size_t len;
    int line, column, span;
};

struct csv {
    const char *text;
    size_t len, pos;
    const char *name, *source;
    struct lv_diags *d;
    char sep;
    int line;
    size_t line_start;
    size_t cpos; /* column cache: character column ccol at byte cpos of the current line */
    int ccol;
    int errors;
    bool fatal;
};

/* Bytes of a line break at p (CR LF, CR, LF), as the diagnostics count lines; 0 if none. */
static size_t record_break(const struct csv *c, size_t p)
{
    if (p >= c->len)
        return 0;
    if (c->text[p] == '\r')
        return p + 1 < c->len && c->text[p + 1] == '\n' ? 2 : 1;
    return c->text[p] == '\n';
}

/* Unicode line breaks (NEL, LS, PS) end no record but count as lines in diagnostics. */
static size_t unicode_break(const struct csv *c, size_t p)
{
    const unsigned char *u = (const unsigned char *)c->text;
    if (p + 1 < c->len && u[p] == 0xC2 && u[p + 1] == 0x85)
        return 2;
    if (p + 2 < c->len && u[p] == 0xE2 && u[p + 1] == 0x80 && (u[p + 2] == 0xA8 || u[p + 2] == 0xA9))
        return 3;
    return 0;
}

static void new_line(struct csv *c, size_t at)
{
    c->line++;
    c->line_start = at;
    c->cpos = at;
    c->ccol = 1;
}

/* Character column of byte p on the current line (p at or after the line start). */
static int column_at(struct csv *c, size_t p)
{
    if (c->cpos < c->line_start || c->cpos > p) {
        c->cpos = c->line_start;
        c->ccol = 1;
    }
    for (; c->cpos < p; c->cpos++)
        c->ccol += ((unsigned char)c->text[c->cpos] & 0xC0) != 0x80;
    return c->ccol;
}

static void csv_error(struct csv *c, int line, int column, int span, enum lv_msg id, const char *a1, const char *a2)
{
    c->errors++;
    lv_diags_msg(c->d, c->name, c->source, line, column, span, id, a1 ? a1 : "", a2 ? a2 : "", NULL);
}

/* Reads one field into f (when f is not NULL) and returns what ends it: 1 the separator, 0 the
 * end of the record, -1 a fault (reported; the record is skipped), -2 a fatal fault. */
static int read_field(struct csv *c, struct field *f)
{
    size_t start = c->pos;
    int line = c->line, col = column_at(c, start);
    size_t n = 0, chars = 0;
    bool quoted = c->pos < c->len && c->text[c->pos] == '"', too_long = false;
    if (quoted)
        c->pos++;
    for (;;) {
        if (c->pos >= c->len) {
            if (quoted) {
                csv_error(c, line, col, 1, LV_MSG_FIT_E_UNTERMINATED, NULL, NULL);
                return -2;
            }
            break;
        }
        char ch = c->text[c->pos];
        size_t b;
        if (quoted) {
            if (ch == '"') {
                if (c->pos + 1 < c->len && c->text[c->pos + 1] == '"') {
                    c->pos += 2;
                    if (n < LV_CALLLOG_MAX_FIELD && f)
                        f->text[n] = '"';
                    n++;
                    chars++;
                    continue;
                }
                c->pos++;
                if (c->pos < c->len && c->text[c->pos] != c->sep && !record_break(c, c->pos)) {
                    char bad[8] = {c->text[c->pos], 0};
                    if ((unsigned char)bad[0] < 0x20 || (unsigned char)bad[0] >= 0x80)
                        snprintf(bad, sizeof bad, "\\x%02X", (unsigned char)c->text[c->pos]);
                    csv_error(c, c->line, column_at(c, c->pos), 1, LV_MSG_FIT_E_AFTER_QUOTE, bad, NULL);
                    return -2;
                }
                quoted = false;
                continue;
            }
            if ((b = record_break(c, c->pos)) != 0 || (b = unicode_break(c, c->pos)) != 0) {
                for (size_t i = 0; i < b; i++) {
                    if (n < LV_CALLLOG_MAX_FIELD && f)
                        f->text[n] = c->text[c->pos + i];
                    n++;
                }
                chars++;
                c->pos += b;
                new_line(c, c->pos);
                continue;
            }
        } else {
            if (ch == c->sep || record_break(c, c->pos))
                break;
            if (ch == '"') {
                csv_error(c, c->line, column_at(c, c->pos), 1, LV_MSG_FIT_E_STRAY_QUOTE, NULL, NULL);
                return -2;
            }
            if ((b = unicode_break(c, c->pos)) != 0) {
                c->pos += b;
                new_line(c, c->pos);
                n += b;
                chars++;
                continue;
            }
        }
        if (n < LV_CALLLOG_MAX_FIELD && f)
            f->text[n] = ch;
        n++;
        chars += ((unsigned char)ch & 0xC0) != 0x80;
        c->pos++;
    }
    if (n > LV_CALLLOG_MAX_FIELD)
        too_long = true;
    if (f) {
        f->len = n < LV_CALLLOG_MAX_FIELD ? n : LV_CALLLOG_MAX_FIELD;
        f->text[f->len] = '\0';
        f->line = line;
        f->column = col;
        f->span = chars > 0 && chars < 200 ? (int)chars : 1;
    }
    if (too_long) {
        csv_error(c, line, col, 1, LV_MSG_FIT_E_FIELD_TOO_LONG, lv_msg_int(LV_CALLLOG_MAX_FIELD).s, NULL);
        return -1;
    }
    if (c->pos < c->len && c->text[c->pos] == c->sep) {
        c->pos++;
        return 1;
    }
    return 0;
}

/* Moves past the line break that ends a record (if any). */
static void end_record(struct csv *c)
{
    size_t b = record_break(c, c->pos);
    if (b) {
        c->pos += b;
        new_line(c, c->pos);
    }
}

/* Skips the rest of a faulty record. */
static int skip_record(struct csv *c)
{
    int r;
    while ((r = read_field(c, NULL)) != 0)
        if (r == -2)
            return -2;
    end_record(c);
    return 0;
}

static void trim(struct field *f)
{
    size_t a = 0, b = f->len;
    while (a < b && (f->text[a] == ' ' || f->text[a] == '\t'))
        a++;
    while (b > a && (f->text[b - 1] == ' ' || f->text[b - 1] == '\t'))
        b--;
    memmove(f->text, f->text + a, b - a);
    f->len = b - a;
    f->text[f->len] = '\0';
}

/* A non-negative decimal with '.' or ',' as the decimal mark, no sign, exponent or grouping. */
static int parse_seconds(const char *t, double *out)
{
    const char *p = t;
    double v = 0, scale = 1;
    int digits = 0;
    for (; *p >= '0' && *p <= '9'; p++, digits++)
        if (digits < 30)
            v = v * 10 + (*p - '0');
        else
            return -1;
    if (*p == '.' || *p == ',') {
        p++;
        for (; *p >= '0' && *p <= '9'; p++, digits++)
            if ((scale /= 10) > 1e-12)
                v += (*p - '0') * scale;
    }
    if (*p || digits == 0 || v > LV_CALLLOG_MAX_WAIT_S)
        return -1;
    *out = v;
    return 0;
}

static int two(const char *p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

static bool digits(const char *p, int n)
{
    for (int i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

/* YYYY-MM-DDTHH:MM:SS (or a space for T) to seconds since 1970-01-01 00:00 local. */
static int parse_arrival(const char *t, size_t len, int64_t *out)
{
    if (len != 19 || !digits(t, 4) || t[4] != '-' || !digits(t + 5, 2) || t[7] != '-' || !digits(t + 8, 2) ||
        (t[10] != 'T' && t[10] != ' ') || !digits(t + 11, 2) || t[13] != ':' || !digits(t + 14, 2) || t[16] != ':' ||
        !digits(t + 17, 2))
        return -1;
    int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + two(t + 2), mo = two(t + 5), d = two(t + 8);
    int h = two(t + 11), mi = two(t + 14), s = two(t + 17);
    if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > lv_days_in_month(y, mo) || h > 23 || mi > 59 ||
        s > 59)
        return -1;
    *out = (int64_t)lv_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    return 0;
}

/* Interned caller ids: an open-addressing table of (hash, index) over a string arena. */
struct interned {
    uint64_t *hash;
    int32_t *slot;
    size_t cap, count;
    char *arena;
    size_t used, size;
    size_t *offset;
};

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static int intern_grow(struct interned *t)
{
    size_t cap = t->cap ? t->cap * 2 : 1024;
    uint64_t *hash = calloc(cap, sizeof *hash);
    int32_t *slot = malloc(cap * sizeof *slot);
    size_t *offset = realloc(t->offset, (cap / 2) * sizeof *offset);
    if (!hash || !slot || !offset) {
        free(hash);
        free(slot);
        if (offset)
            t->offset = offset;
        return -1;
    }
    t->offset = offset;
    for (size_t i = 0; i < cap; i++)
        slot[i] = -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slot[i] >= 0) {
            size_t j = t->hash[i] & (cap - 1);
            while (slot[j] >= 0)
                j = (j + 1) & (cap - 1);
            slot[j] = t->slot[i];
            hash[j] = t->hash[i];
        }
    free(t->hash);
    free(t->slot);
    t->hash = hash;
    t->slot = slot;
    t->cap = cap;
    return 0;
}

/* Index of s (new ones appended), or -1 out of memory. */
static int32_t intern(struct interned *t, const char *s, size_t n)
{
    if ((t->count + 1) * 2 > t->cap && intern_grow(t) != 0)
        return -1;
    uint64_t h = fnv1a(s, n);
    size_t j = h & (t->cap - 1);
    for (; t->slot[j] >= 0; j = (j + 1) & (t->cap - 1))
        if (t->hash[j] == h) {
            const char *o = t->arena + t->offset[t->slot[j]];
            if (strlen(o) == n && memcmp(o, s, n) == 0)
                return t->slot[j];
        }
    if (t->used + n + 1 > t->size) {
        size_t size = t->size ? t->size * 2 : 65536;
        while (size < t->used + n + 1)
            size *= 2;
        char *a = realloc(t->arena, size);
        if (!a)
            return -1;
        t->arena = a;
        t->size = size;
    }
    memcpy(t->arena + t->used, s, n);
    t->arena[t->used + n] = '\0';
    t->offset[t->count] = t->used;
    t->used += n + 1;
    t->slot[j] = (int32_t)t->count;
    t->hash[j] = h;
    return (int32_t)t->count++;
}

static void intern_free(struct interned *t)
{
    free(t->hash);
    free(t->slot);
    free(t->arena);
    free(t->offset);
}

void lv_calllog_fini(struct lv_calllog *log)
{
    if (!log)
        return;
    free(log->rows);
    for (int i = 0; i < log->type_count; i++)
        free(log->type_names[i]);
    memset(log, 0, sizeof *log);
}

/* The separator: ';' when the header line has more ';' than ',' outside quotes, else ','. */
static char detect_separator(const char *t, size_t len)
{
    size_t commas = 0, semis = 0;
    bool q = false;
    for (size_t i = 0; i < len && (q || (t[i] != '\n' && t[i] != '\r')); i++) {
        if (t[i] == '"')
            q = !q;
        else if (!q)
            commas += t[i] == ',', semis += t[i] == ';';
    }
    return semis > commas ? ';' : ',';
}

static int add_row(struct lv_calllog *log, size_t *cap, const struct lv_call_record *r)
{
    if (log->count == *cap) {
        size_t n = *cap ? *cap * 2 : 4096;
        struct lv_call_record *rows = realloc(log->rows, n * sizeof *rows);
        if (!rows)
            return -1;
        log->rows = rows;
        *cap = n;
    }
    log->rows[log->count++] = *r;
    return 0;
}

/* Checks the fields of one row and appends it. Returns -1 when the row had an error. */
static int convert_row(struct csv *c, struct lv_calllog *log, size_t *cap, struct field *fv, const int *have,
                       struct interned *callers)
{
    struct lv_call_record r = {.caller = -1, .type = -1};
    int bad = 0;
    struct field *f = &fv[COL_ARRIVAL];
    trim(f);
    if (parse_arrival(f->text, f->len, &r.arrival) != 0) {
        csv_error(c, f->line, f->column, f->span, LV_MSG_FIT_E_ARRIVAL, f->text, NULL);
        bad = 1;
    }
    f = &fv[COL_OUTCOME];
    trim(f);
    if (strcmp(f->text, "answered") == 0)
        r.answered = 1;
    else if (strcmp(f->text, "busy") == 0)
        r.busy = 1;
    else if (strcmp(f->text, "abandoned") != 0) {
        csv_error(c, f->line, f->column, f->span, LV_MSG_FIT_E_OUTCOME, f->text, NULL);
        bad = 1;
    }
    f = &fv[COL_WAIT];
    trim(f);
    if (parse_seconds(f->text, &r.wait_s) != 0) {
        csv_error(c, f->line, f->column, f->span, LV_MSG_FIT_E_NUMBER, col_name[COL_WAIT], f->text);
        bad = 1;
    }
    f = &fv[COL_TALK];
    trim(f);
    if (f->len == 0) {
        if (r.answered && !bad) {
            csv_error(c, f->line, f->column, 1, LV_MSG_FIT_E_TALK_MISSING, NULL, NULL);
            bad = 1;
        }
    } else if (parse_seconds(f->text, &r.talk_s) != 0) {
        csv_error(c, f->line, f->column, f->span, LV_MSG_FIT_E_NUMBER, col_name[COL_TALK], f->text);
        bad = 1;
    } else if (!r.answered && r.talk_s > 0 && !bad) {
        csv_error(c, f->line, f->column, f->span, r.busy ? LV_MSG_FIT_E_TALK_BUSY : LV_MSG_FIT_E_TALK_ABANDONED,
                  f->text, NULL);
        bad = 1;
    }
    if (have[COL_CALLER] >= 0) {
        f = &fv[COL_CALLER];
        trim(f);
        if (f->len > 0 && (r.caller = intern(callers, f->text, f->len)) < 0) {
            csv_error(c, f->line, f->column, 1, LV_MSG_FIT_E_OUT_OF_MEMORY, NULL, NULL);
            c->fatal = true;
            return -1;
        }
    }
    if (have[COL_TYPE] >= 0) {
        f = &fv[COL_TYPE];
        trim(f);
        if (f->len > 0 && !plain_text(f->text, f->len)) {
            csv_error(c, f->line, f->column, f->span, LV_MSG_FIT_E_TYPE_TEXT, NULL, NULL);
            bad = 1;
        } else if (f->len > 0) {
            int k = 0;
            while (k < log->type_count && strcmp(log->type_names[k], f->text) != 0)
                k++;
            if (k == log->type_count) {
                if (k == LV_CALLLOG_MAX_TYPES) {
                    csv_error(c, f->line, f->column, f->span, LV_MSG_FIT_E_TOO_MANY_TYPES,
                              lv_msg_int(LV_CALLLOG_MAX_TYPES).s, f->text);
                    bad = 1;
                } else if (!(log->type_names[k] = strdup(f->text))) {
                    c->fatal = true;
                    return -1;
                } else {
                    log->type_count++;
                }
            }
            r.type = (int16_t)k;
        }
    }
    if (bad)
        return -1;
    if (log->count >= (size_t)LV_CALLLOG_MAX_ROWS) {
        csv_error(c, fv[COL_ARRIVAL].line, 1, 1, LV_MSG_FIT_E_TOO_MANY_ROWS, lv_msg_int(LV_CALLLOG_MAX_ROWS).s, NULL);
        c->fatal = true;
        return -1;
    }
    if (add_row(log, cap, &r) != 0) {
        csv_error(c, fv[COL_ARRIVAL].line, 1, 1, LV_MSG_FIT_E_OUT_OF_MEMORY, NULL, NULL);
        c->fatal = true;
        return -1;
    }
    return 0;
}

/* Whether s[0..n) is well-formed UTF-8 without control characters: a type name becomes a
 * scenario's key text and is printed. */
static bool plain_text(const char *s, size_t n)
{
    for (size_t k = 0; k < n;) {
        unsigned cp;
        int len = lv_utf8_decode(s + k, n - k, &cp);
        if (len < 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            return false;
        k += (size_t)len;
    }
    return true;
}

/* Parses text (NUL-terminated at text[length] when source is not NULL, for the diagnostics'
 * source lines). */
static int parse(struct lv_calllog *log, const char *text, size_t length, const char *name, const char *source,
                 struct lv_diags *diags)
{
    memset(log, 0, sizeof *log);
    struct csv c = {.text = text, .len = length, .name = name, .source = source, .d = diags, .line = 1, .ccol = 1};
    const char *nul = memchr(text, '\0', length);
    if (nul) {
        int line, col;
        lv_diags_position(text, (size_t)(nul - text), &line, &col);
        lv_diags_msg(diags, name, NULL, line, col, 1, LV_MSG_FIT_E_NUL, NULL);
        return -1;
    }
    if (length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) /* a byte-order mark */
        c.pos = c.line_start = c.cpos = 3;
    c.sep = detect_separator(text + c.pos, length - c.pos);
    if (length - c.pos >= 5 && memcmp(text + c.pos, "sep=", 4) == 0 && (text[c.pos + 4] == ',' || text[c.pos + 4] == ';') &&
        (length - c.pos == 5 || record_break(&c, c.pos + 5))) {
        /* Excel's "sep=;" line names the separator. */
        c.sep = text[c.pos + 4];
        c.pos += 5;
        end_record(&c);
    }
    struct field *fv = malloc(COLS * sizeof *fv), hf;
    int *map = malloc(LV_CALLLOG_MAX_COLUMNS * sizeof *map);
    struct interned callers = {0};
    size_t cap = 0;
    int have[COLS], ncols = 0, r = 1, rc = -1;
    if (!fv || !map) {
        lv_diags_msg(diags, name, NULL, 0, 0, 1, LV_MSG_FIT_E_OUT_OF_MEMORY, NULL);
        goto done;
    }
    for (int k = 0; k < COLS; k++)
        have[k] = -1;
    /* The header. */
    while (r == 1) {
        if ((r = read_field(&c, &hf)) < 0)
            goto done;
        if (ncols == LV_CALLLOG_MAX_COLUMNS) {
            csv_error(&c, hf.line, hf.column, hf.span, LV_MSG_FIT_E_TOO_MANY_COLUMNS,
                      lv_msg_int(LV_CALLLOG_MAX_COLUMNS).s, NULL);
            goto done;
        }
        trim(&hf);
        for (size_t i = 0; i < hf.len; i++)
            if (hf.text[i] >= 'A' && hf.text[i] <= 'Z')
                hf.text[i] = (char)(hf.text[i] - 'A' + 'a');
        map[ncols] = -1;
        for (int k = 0; k < COLS; k++)
            if (strcmp(hf.text, col_name[k]) == 0) {
                if (have[k] >= 0) {
                    csv_error(&c, hf.line, hf.column, hf.span, LV_MSG_FIT_E_DUPLICATE_COLUMN, col_name[k], NULL);
                    goto done;
                }
                have[k] = ncols;
                map[ncols] = k;
            }
        ncols++;
    }
    int header_line = c.line;
    end_record(&c);
    if (ncols == 1 && hf.len == 0) {
        lv_diags_msg(diags, name, source, header_line, 1, 1, LV_MSG_FIT_E_EMPTY, NULL);
        goto done;
    }
    for (int k = 0; k < REQUIRED_COLS; k++)
        if (have[k] < 0)
            csv_error(&c, header_line, 1, 1, LV_MSG_FIT_E_MISSING_COLUMN, col_name[k], NULL);
    if (c.errors)
        goto done;
    log->has_caller = have[COL_CALLER] >= 0;
    log->has_type = have[COL_TYPE] >= 0;
    /* The rows. */
    while (c.pos < c.len && !c.fatal) {
        int line = c.line, n = 0;
        size_t row_start = c.pos;
        bool faulty = false;
        r = 1;
        while (r == 1) {
            int k = n < ncols ? map[n] : -1;
            r = read_field(&c, k >= 0 ? &fv[k] : NULL);
            if (r == -2)
                goto done;
            if (r == -1) {
                faulty = true;
                if (skip_record(&c) != 0)
                    goto done;
                break;
            }
            n++;
        }
        if (faulty)
            continue;
        end_record(&c);
        if (n == 1 && c.pos - row_start <= 2 && (row_start == c.len || text[row_start] == '\r' || text[row_start] == '\n'))
            continue; /* a blank line */
        if (n != ncols) {
            csv_error(&c, line, 1, 1, LV_MSG_FIT_E_FIELD_COUNT, lv_msg_int(n).s, lv_msg_int(ncols).s);
            continue;
        }
        convert_row(&c, log, &cap, fv, have, &callers);
    }
    if (c.errors)
        goto done;
    if (log->count == 0) {
        lv_diags_msg(diags, name, source, header_line, 1, 1, LV_MSG_FIT_E_NO_CALLS, NULL);
        goto done;
    }
    log->caller_count = (int)callers.count;
    rc = 0;
done:
    if (rc != 0)
        lv_calllog_fini(log);
    intern_free(&callers);
    free(fv);
    free(map);
    return rc;
}

int lv_calllog_parse(struct lv_calllog *log, const char *text, size_t length, const char *name,
                     struct lv_diags *diags)
{
    char *copy = malloc(length + 1);
    if (!copy) {
        memset(log, 0, sizeof *log);
        lv_diags_msg(diags, name, NULL, 0, 0, 1, LV_MSG_FIT_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    memcpy(copy, text, length);
    copy[length] = '\0';
    int rc = parse(log, copy, length, name, copy, diags);
    lv_diags_forget_source(diags);
    free(copy);
    return rc;
}

int lv_calllog_read(struct lv_calllog *log, const char *path, struct lv_diags *diags)
{
    memset(log, 0, sizeof *log);
    /* The shared reader: regular files only, refused without blocking (a FIFO would wait for a
     * writer), bounded, and followed if a writer is still appending. */
    char why[160];
    size_t size = 0;
    char *text = lv__read_text(path, LV_CALLLOG_MAX_BYTES, &size, diags->lang, why, sizeof why);
    if (!text) {
        if (errno == EFBIG)
            lv_diags_msg(diags, path, NULL, 0, 0, 1, LV_MSG_FIT_E_TOO_LARGE,
                         lv_msg_int(LV_CALLLOG_MAX_BYTES >> 20).s, NULL);
        else
            lv_diags_msg(diags, path, NULL, 0, 0, 1, LV_MSG_FIT_E_CANNOT_READ, why, NULL);
        return -1;
    }
    int rc = parse(log, text, size, path, text, diags);
    lv_diags_forget_source(diags);
    free(text);
    return rc;
}

/* ================================================================ maximum likelihood */

const char *lv_fit_family_name(enum lv_fit_family f)
{
    static const char *names[LV_FIT_FAMILIES] = {"exponential", "lognormal", "gamma", "weibull"};
    return (unsigned)f < LV_FIT_FAMILIES ? names[f] : "?";
}

struct sample {
    enum lv_fit_family family;
    const double *x;
    const unsigned char *event;
    size_t n;
};

#define MIN_DURATION 0.5 /* a duration logged as 0 s lasted less than half a second */

static double pos(double x) { return x > MIN_DURATION ? x : MIN_DURATION; }

/* log S(x) of a standard normal upper tail at z, without underflow. */
static double log_q(double z) { return gsl_sf_log_erfc(z / M_SQRT2) - M_LN2; }

/* Log density (event) or log survival (censored) of one observation. */
static double log_term(enum lv_fit_family fam, const double *th, double x, bool event)
{
    double lx = log(x);
    switch (fam) {
    case LV_FIT_EXPONENTIAL: {
        double m = exp(th[0]);
        return event ? -th[0] - x / m : -x / m;
    }
    case LV_FIT_LOGNORMAL: {
        double s = exp(th[1]), z = (lx - th[0]) / s;
        return event ? -lx - th[1] - 0.5 * log(2 * M_PI) - 0.5 * z * z : log_q(z);
    }
    case LV_FIT_GAMMA: {
        double k = exp(th[0]), sc = exp(th[1]), u = x / sc;
        if (event)
            return (k - 1) * (lx - th[1]) - u - gsl_sf_lngamma(k) - th[1];
        gsl_sf_result q;
        if (gsl_sf_gamma_inc_Q_e(k, u, &q) != 0 || q.val <= 0)
            return -u - gsl_sf_lngamma(k) + (k - 1) * log(u > 1 ? u : 1); /* the tail's leading term */
        return log(q.val);
    }
    case LV_FIT_WEIBULL: {
        double k = exp(th[0]), z = exp(k * (lx - th[1]));
        return event ? th[0] - th[1] + (k - 1) * (lx - th[1]) - z : -z;
    }
    default:
        return NAN;
    }
}

static double nll(const double *th, const struct sample *s)
{
    double sum = 0;
    for (size_t i = 0; i < s->n; i++)
        sum += log_term(s->family, th, pos(s->x[i]), !s->event || s->event[i]);
    return isfinite(sum) ? -sum : HUGE_VAL;
}

static double nll_gsl(const gsl_vector *v, void *params)
{
    double th[2] = {gsl_vector_get(v, 0), v->size > 1 ? gsl_vector_get(v, 1) : 0};
    if (fabs(th[0]) > 50 || fabs(th[1]) > 50)
        return HUGE_VAL;
    return nll(th, params);
}

static int family_k(enum lv_fit_family f) { return f == LV_FIT_EXPONENTIAL ? 1 : 2; }

/* Positive quantity g(theta): 0 mean, 1 sd, 2 shape. */
static double quantity(enum lv_fit_family fam, const double *th, int which)
{
    switch (fam) {
    case LV_FIT_EXPONENTIAL:
        return which == 2 ? NAN : exp(th[0]);
    case LV_FIT_LOGNORMAL: {
        double s2 = exp(2 * th[1]), m = exp(th[0] + s2 / 2);
        return which == 0 ? m : which == 1 ? m * sqrt(expm1(s2)) : NAN;
    }
    case LV_FIT_GAMMA: {
        double k = exp(th[0]), sc = exp(th[1]);
        return which == 0 ? k * sc : which == 1 ? sqrt(k) * sc : k;
    }
    case LV_FIT_WEIBULL: {
        double k = exp(th[0]), sc = exp(th[1]);
        double g1 = gsl_sf_gamma(1 + 1 / k), g2 = gsl_sf_gamma(1 + 2 / k);
        return which == 0 ? sc * g1 : which == 1 ? sc * sqrt(fmax(g2 - g1 * g1, 0)) : k;
    }
    default:
        return NAN;
    }
}

static double z_of(double level) { return gsl_cdf_ugaussian_Pinv(0.5 + level / 2); }

/* Starting values from the uncensored observations' moments on the log scale. */
static void start_values(const struct sample *s, double *th)
{
    double sum = 0, sl = 0, sl2 = 0, total = 0;
    long m = 0;
    for (size_t i = 0; i < s->n; i++) {
        double x = pos(s->x[i]);
        total += x;
        if (s->event && !s->event[i])
            continue;
        sum += x, sl += log(x), sl2 += log(x) * log(x), m++;
    }
    double mean = m ? total / m : 1; /* exponential MLE with censoring */
    double ml = m ? sl / m : 0, vl = m > 1 ? fmax(sl2 / m - ml * ml, 1e-4) : 1;
    switch (s->family) {
    case LV_FIT_EXPONENTIAL:
        th[0] = log(mean);
        break;
    case LV_FIT_LOGNORMAL:
        th[0] = ml, th[1] = 0.5 * log(vl);
        break;
    case LV_FIT_GAMMA: { /* Minka's approximation of the shape */
        double a = log(m ? sum / m : 1) - ml, k = a > 1e-6 ? (3 - a + sqrt((a - 3) * (a - 3) + 24 * a)) / (12 * a) : 100;
        th[0] = log(k), th[1] = log(mean / k);
        break;
    }
    case LV_FIT_WEIBULL: {
        double k = 1.2825 / sqrt(vl); /* pi / sqrt(6 var(log x)) */
        th[0] = log(k), th[1] = log(mean / gsl_sf_gamma(1 + 1 / k));
        break;
    }
    default:
        break;
    }
}

int lv_fit_family(struct lv_fit_dist *out, enum lv_fit_family family, const double *x,
                  const unsigned char *event, size_t n, double level)
{
    memset(out, 0, sizeof *out);
    out->family = family;
    out->k = family_k(family);
    out->mean = out->sd = out->shape = (struct lv_fit_interval){NAN, NAN, NAN};
    out->loglik = out->aic = NAN;
    struct sample s = {family, x, event, n};
    long events = 0;
    for (size_t i = 0; i < n; i++)
        events += !event || event[i];
    if (events < 2)
        return -1;
    int k = out->k;
    double th[2] = {0, 0};
    start_values(&s, th);
    bool closed = family == LV_FIT_EXPONENTIAL || (family == LV_FIT_LOGNORMAL && !event);
    if (!closed) {
        /* Nelder–Mead from the moment start, restarted once from its own optimum. */
        const gsl_multimin_fminimizer_type *T = gsl_multimin_fminimizer_nmsimplex2;
        gsl_multimin_fminimizer *m = gsl_multimin_fminimizer_alloc(T, (size_t)k);
        gsl_vector *v = gsl_vector_alloc((size_t)k), *step = gsl_vector_alloc((size_t)k);
        if (!m || !v || !step) {
            gsl_multimin_fminimizer_free(m);
            gsl_vector_free(v);
            gsl_vector_free(step);
            return -1;
        }
        gsl_multimin_function fn = {nll_gsl, (size_t)k, &s};
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < k; i++)
                gsl_vector_set(v, (size_t)i, th[i]);
            gsl_vector_set_all(step, round ? 0.05 : 0.3);
            if (gsl_multimin_fminimizer_set(m, &fn, v, step) != 0)
                break;
            for (int it = 0; it < 2000; it++) {
                if (gsl_multimin_fminimizer_iterate(m) != 0)
                    break;
                if (gsl_multimin_test_size(gsl_multimin_fminimizer_size(m), 1e-7) == GSL_SUCCESS)
                    break;
            }
            for (int i = 0; i < k; i++)
                th[i] = gsl_vector_get(m->x, (size_t)i);
        }
        gsl_multimin_fminimizer_free(m);
        gsl_vector_free(v);
        gsl_vector_free(step);
    }
    double f0 = nll(th, &s);
    if (!isfinite(f0))
        return -1;
    out->theta[0] = th[0];
    out->theta[1] = th[1];
    out->loglik = -f0;
    out->aic = 2 * k + 2 * f0;
    /* The observed information: central differences of the negative log-likelihood. */
    double h = 1e-4, H[2][2] = {{0, 0}, {0, 0}};
    for (int i = 0; i < k; i++)
        for (int j = i; j < k; j++) {
            double t[2];
            if (i == j) {
                memcpy(t, th, sizeof t);
                t[i] += h;
                double fp = nll(t, &s);
                t[i] -= 2 * h;
                double fm = nll(t, &s);
                H[i][i] = (fp - 2 * f0 + fm) / (h * h);
            } else {
                double acc = 0;
                for (int a = -1; a <= 1; a += 2)
                    for (int b = -1; b <= 1; b += 2) {
                        memcpy(t, th, sizeof t);
                        t[i] += a * h, t[j] += b * h;
                        acc += a * b * nll(t, &s);
                    }
                H[i][j] = H[j][i] = acc / (4 * h * h);
            }
        }
    double C[2][2];
    if (k == 1) {
        if (!(H[0][0] > 0))
            return -1;
        C[0][0] = 1 / H[0][0];
    } else {
        double det = H[0][0] * H[1][1] - H[0][1] * H[1][0];
        if (!(H[0][0] > 0) || !(det > 0))
            return -1;
        C[0][0] = H[1][1] / det, C[1][1] = H[0][0] / det, C[0][1] = C[1][0] = -H[0][1] / det;
    }
    double z = z_of(level);
    struct lv_fit_interval *est[3] = {&out->mean, &out->sd, &out->shape};
    for (int w = 0; w < 3; w++) {
        double g = quantity(family, th, w);
        if (!isfinite(g) || g <= 0)
            continue;
        double grad[2] = {0, 0}, var = 0;
        for (int i = 0; i < k; i++) {
            double t[2];
            memcpy(t, th, sizeof t);
            t[i] += 1e-5;
            double up = log(quantity(family, t, w));
            t[i] -= 2e-5;
            grad[i] = (up - log(quantity(family, t, w))) / 2e-5;
        }
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
                var += grad[i] * C[i][j] * grad[j];
        double se = sqrt(fmax(var, 0));
        *est[w] = (struct lv_fit_interval){g, g * exp(-z * se), g * exp(z * se)};
    }
    out->ok = true;
    return 0;
}

int lv_fit_choose(struct lv_fit_choice *out, const double *x, const unsigned char *event, size_t n, double level)
{
    memset(out, 0, sizeof *out);
    out->best = -1;
    out->n = (long)n;
    for (size_t i = 0; i < n; i++)
        out->events += !event || event[i];
    for (int f = 0; f < LV_FIT_FAMILIES; f++) {
        lv_fit_family(&out->fam[f], (enum lv_fit_family)f, x, event, n, level);
        if (out->fam[f].ok && (out->best < 0 || out->fam[f].aic < out->fam[out->best].aic))
            out->best = f;
    }
    return out->best >= 0 ? 0 : -1;
}

double lv_fit_survival(const struct lv_fit_dist *f, double t)
{
    if (t <= 0)
        return 1;
    return exp(log_term(f->family, f->theta, t, false));
}

void lv_fit_dist_yaml(const struct lv_fit_dist *f, char *buf, size_t size)
{
    const char *name = lv_fit_family_name(f->family);
    switch (f->family) { /* the YAML of a distribution */
    case LV_FIT_EXPONENTIAL:
        /* syntax, not a message */
        snprintf(buf, size, "{dist: %s, mean: %.1fs}", name, f->mean.value);
        break;
    case LV_FIT_WEIBULL:
        /* syntax, not a message */
        snprintf(buf, size, "{dist: %s, mean: %.1fs, shape: %.4g}", name, f->mean.value, f->shape.value);
        break;
    default:
        /* syntax, not a message */
        snprintf(buf, size, "{dist: %s, mean: %.1fs, sd: %.1fs}", name, f->mean.value, f->sd.value);
        break;
    }
}

/* ================================================================ Kaplan–Meier */

struct obs {
    double x;
    unsigned char event;
};

static int obs_cmp(const void *a, const void *b)
{
    const struct obs *p = a, *q = b;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    return (int)q->event - (int)p->event; /* events before censorings at a tie */
}

int lv_km_compute(struct lv_km *km, const double *x, const unsigned char *event, size_t n)
{
    memset(km, 0, sizeof *km);
    km->last = -INFINITY;
    for (size_t i = 0; i < n; i++)
        km->last = x[i] > km->last ? x[i] : km->last;
    struct obs *o = malloc((n ? n : 1) * sizeof *o);
    km->t = malloc((n ? n : 1) * sizeof *km->t);
    km->s = malloc((n ? n : 1) * sizeof *km->s);
    km->se = malloc((n ? n : 1) * sizeof *km->se);
    if (!o || !km->t || !km->s || !km->se) {
        free(o);
        lv_km_fini(km);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        o[i] = (struct obs){x[i], event ? event[i] : 1};
    qsort(o, n, sizeof *o, obs_cmp);
    double s = 1, green = 0;
    size_t at_risk = n;
    for (size_t i = 0; i < n;) {
        size_t j = i, d = 0;
        while (j < n && o[j].x == o[i].x) {
            d += o[j].event;
            j++;
        }
        if (d > 0) {
            s *= 1 - (double)d / (double)at_risk;
            if (at_risk > d)
                green += (double)d / ((double)at_risk * (double)(at_risk - d));
            km->t[km->count] = o[i].x;
            km->s[km->count] = s;
            km->se[km->count] = s * sqrt(green);
            km->count++;
        }
        at_risk -= j - i;
        i = j;
    }
    free(o);
    return 0;
}

bool lv_km_estimable(const struct lv_km *km, double t) { return t < km->last; }

double lv_km_at(const struct lv_km *km, double t, double *se)
{
    size_t lo = 0, hi = km->count; /* the last event time <= t */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (km->t[mid] <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (se)
        *se = lo ? km->se[lo - 1] : 0;
    return lo ? km->s[lo - 1] : 1;
}

void lv_km_fini(struct lv_km *km)
{
    free(km->t);
    free(km->s);
    free(km->se);
    memset(km, 0, sizeof *km);
}

/* ================================================================ demand, redials, the fit */

static double season_of(const struct lv_scenario *s, long day)
{
    int y, m, d;
    lv_civil_from_days(day, &y, &m, &d);
    return s->demand.season[m - 1];
}

static bool weekend_like(const struct lv_scenario *s, long day) { return lv_scenario_day_type(s, day) >= 5; }

/* Wilson score interval of x successes in n at normal quantile z. */
static struct lv_fit_interval wilson(double x, double n, double z)
{
    if (n <= 0)
        return (struct lv_fit_interval){NAN, NAN, NAN};
    double p = x / n, z2 = z * z, den = 1 + z2 / n, mid = (p + z2 / (2 * n)) / den;
    double half = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / den;
    return (struct lv_fit_interval){p, fmax(0, mid - half), fmin(1, mid + half)};
}

static double cv_moment(const double *count, const double *mu, const size_t *pick, size_t days)
{
    double num = 0, den = 0;
    for (size_t i = 0; i < days; i++) {
        size_t d = pick ? pick[i] : i;
        num += (count[d] - mu[d]) * (count[d] - mu[d]) - count[d];
        den += mu[d] * mu[d];
    }
    return den > 0 && num > 0 ? sqrt(num / den) : 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The demand of first attempts (is_redial marks the others). */
static int fit_demand(struct lv_fit *fit, const struct lv_calllog *log, const unsigned char *is_redial,
                      const struct lv_scenario *s)
{
    struct lv_fit_demand *dm = &fit->demand;
    double z = z_of(fit->opt.level);
    long first = LONG_MAX, last = LONG_MIN;
    for (size_t i = 0; i < log->count; i++) {
        long day = (long)(log->rows[i].arrival / 86400);
        first = day < first ? day : first;
        last = day > last ? day : last;
    }
    dm->first_day = first;
    dm->days = last - first + 1;
    double *count = calloc((size_t)dm->days, sizeof *count), *mu = calloc((size_t)dm->days, sizeof *mu);
    if (!count || !mu) {
        free(count);
        free(mu);
        return -1;
    }
    double hours[2][24] = {{0}}, e[2] = {0, 0}, n[2] = {0, 0}, w_year[2] = {0, 0};
    for (size_t i = 0; i < log->count; i++) {
        if (is_redial[i])
            continue;
        long day = (long)(log->rows[i].arrival / 86400);
        int h = (int)((log->rows[i].arrival % 86400) / 3600), cls = weekend_like(s, day);
        count[day - first] += 1;
        hours[cls][h] += 1;
        n[cls] += 1;
        dm->observed[lv_weekday(day)][h] += 1;
    }
    for (long d = 0; d < dm->days; d++) {
        int cls = weekend_like(s, first + d);
        e[cls] += season_of(s, first + d);
        if (cls)
            dm->weekend_days++;
        else
            dm->weekday_days++;
    }
    for (long d = s->start_day; d < s->start_day + 365; d++)
        w_year[weekend_like(s, d)] += season_of(s, d);
    dm->n_weekday = (long)n[0];
    dm->n_weekend = (long)n[1];
    dm->n = dm->n_weekday + dm->n_weekend;
    /* Rates per unit of seasonal weight: r[cls] = n / exposure (Poisson MLE). */
    double r[2];
    dm->weekend_factor_fitted = e[0] > 0 && e[1] > 0 && n[0] > 0 && n[1] > 0;
    if (dm->weekend_factor_fitted) {
        r[0] = n[0] / e[0];
        r[1] = n[1] / e[1];
    } else {
        double wf = s->demand.weekend_factor;
        r[0] = (double)dm->n / (e[0] + wf * e[1]);
        r[1] = wf * r[0];
    }
    /* Over-dispersion of the daily counts (Pearson), applied to the volume's intervals. */
    double chi = 0;
    for (long d = 0; d < dm->days; d++) {
        mu[d] = r[weekend_like(s, first + d)] * season_of(s, first + d);
        if (mu[d] > 0)
            chi += (count[d] - mu[d]) * (count[d] - mu[d]) / mu[d];
    }
    long df = dm->days - (dm->weekend_factor_fitted ? 2 : 1);
    dm->dispersion = df > 0 ? fmax(1, chi / (double)df) : 1;
    double phi = dm->dispersion;
    double c = r[0] * w_year[0] + r[1] * w_year[1];
    double var = 0;
    if (dm->weekend_factor_fitted)
        var = phi * (n[0] * pow(w_year[0] / e[0], 2) + n[1] * pow(w_year[1] / e[1], 2));
    else
        var = phi * c * c / (double)dm->n;
    double se = sqrt(var) / c, g = s->demand.growth > 0 ? s->demand.growth : 1;
    dm->calls_per_year = (struct lv_fit_interval){c / g, c / g * exp(-z * se), c / g * exp(z * se)};
    if (dm->weekend_factor_fitted) {
        double wf = r[1] / r[0], sw = sqrt(phi * (1 / n[0] + 1 / n[1]));
        dm->weekend_factor = (struct lv_fit_interval){wf, wf * exp(-z * sw), wf * exp(z * sw)};
    } else {
        dm->weekend_factor = (struct lv_fit_interval){s->demand.weekend_factor, NAN, NAN};
    }
    for (int cls = 0; cls < 2; cls++)
        for (int h = 0; h < 24; h++)
            dm->profile[cls][h] = n[cls] > 0 ? wilson(hours[cls][h], n[cls], z)
                                             : (struct lv_fit_interval){s->demand.profile[cls][h], NAN, NAN};
    /* Day-to-day variation: moment estimate, percentile interval of a bootstrap over days. */
    dm->day_variation = (struct lv_fit_interval){cv_moment(count, mu, NULL, (size_t)dm->days), NAN, NAN};
    enum { BOOT = 400 };
    size_t *pick = malloc((size_t)dm->days * sizeof *pick);
    double *boot = malloc(BOOT * sizeof *boot);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    if (pick && boot && rng && dm->days >= 7) {
        gsl_rng_set(rng, (unsigned long)fit->opt.seed);
        for (int b = 0; b < BOOT; b++) {
            for (long d = 0; d < dm->days; d++)
                pick[d] = (size_t)gsl_rng_uniform_int(rng, (unsigned long)dm->days);
            boot[b] = cv_moment(count, mu, pick, (size_t)dm->days);
        }
        qsort(boot, BOOT, sizeof *boot, cmp_double);
        double a = (1 - fit->opt.level) / 2;
        dm->day_variation.lo = boot[(int)floor(a * (BOOT - 1))];
        dm->day_variation.hi = boot[(int)ceil((1 - a) * (BOOT - 1))];
    }
    free(pick);
    free(boot);
    gsl_rng_free(rng);
    /* Observed against fitted by weekday and hour. */
    double p[2][24];
    for (int cls = 0; cls < 2; cls++) {
        double sum = 0;
        for (int h = 0; h < 24; h++)
            sum += dm->profile[cls][h].value;
        for (int h = 0; h < 24; h++)
            p[cls][h] = sum > 0 ? dm->profile[cls][h].value / sum : 1.0 / 24;
    }
    for (long d = 0; d < dm->days; d++) {
        int cls = weekend_like(s, first + d), wd = lv_weekday(first + d);
        for (int h = 0; h < 24; h++)
            dm->fitted[wd][h] += mu[d] * p[cls][h];
    }
    int cells = 0;
    dm->chi2 = 0;
    for (int wd = 0; wd < 7; wd++)
        for (int h = 0; h < 24; h++)
            if (dm->fitted[wd][h] >= 5) {
                double dlt = dm->observed[wd][h] - dm->fitted[wd][h];
                dm->chi2 += dlt * dlt / dm->fitted[wd][h];
                cells++;
            }
    dm->df = cells - 48 > 0 ? cells - 48 : 0;
    dm->p_value = dm->df > 0 ? gsl_cdf_chisq_Q(dm->chi2, dm->df) : NAN;
    free(count);
    free(mu);
    return 0;
}

/* Attempts ordered by caller and time (qsort has no context argument: the keys travel along). */
struct attempt_key {
    int32_t caller;
    int64_t arrival;
    size_t row;
};

static int cmp_caller_time(const void *a, const void *b)
{
    const struct attempt_key *p = a, *q = b;
    if (p->caller != q->caller)
        return p->caller < q->caller ? -1 : 1;
    if (p->arrival != q->arrival)
        return p->arrival < q->arrival ? -1 : 1;
    return p->row < q->row ? -1 : p->row > q->row;
}

/* Redials: an attempt is one when the same caller's previous attempt was abandoned and it starts
 * within the window after that caller hung up (arrival + announcement + wait). */
static int fit_redials(struct lv_fit *fit, const struct lv_calllog *log, unsigned char *is_redial)
{
    struct lv_fit_redial *rd = &fit->redial;
    rd->available = log->has_caller;
    rd->probability = (struct lv_fit_interval){NAN, NAN, NAN};
    rd->delay.best = -1;
    if (!log->has_caller)
        return 0;
    struct attempt_key *key = malloc(log->count * sizeof *key);
    double *delay = malloc(log->count * sizeof *delay);
    if (!key || !delay) {
        free(key);
        free(delay);
        return -1;
    }
    int64_t end = INT64_MIN;
    for (size_t i = 0; i < log->count; i++) {
        key[i] = (struct attempt_key){log->rows[i].caller, log->rows[i].arrival, i};
        end = log->rows[i].arrival > end ? log->rows[i].arrival : end;
    }
    qsort(key, log->count, sizeof *key, cmp_caller_time);
    size_t nd = 0;
    double window = fit->opt.redial_window_s;
    for (size_t k = 0; k < log->count; k++) {
        const struct lv_call_record *a = &log->rows[key[k].row];
        if (a->caller < 0 || a->answered)
            continue;
        double hangup = (double)a->arrival + fit->announcement_s + a->wait_s;
        bool next = k + 1 < log->count && key[k + 1].caller == a->caller;
        double dt = next ? (double)key[k + 1].arrival - hangup : INFINITY;
        if (next && dt <= window) {
            is_redial[key[k + 1].row] = 1;
            delay[nd++] = dt > 0 ? dt : 0;
            rd->followed++;
            rd->abandoned++;
        } else if (hangup + window <= (double)end) {
            rd->abandoned++; /* else the log ends before the window does: not counted */
        }
    }
    rd->redials = (long)nd;
    rd->probability = wilson((double)rd->followed, (double)rd->abandoned, z_of(fit->opt.level));
    if (nd >= 2)
        lv_fit_choose(&rd->delay, delay, NULL, nd, fit->opt.level);
    free(key);
    free(delay);
    return 0;
}

/* Shares of first attempts and talk time by the log's 'type'; x is scratch of log->count. */
static int fit_types(struct lv_fit *fit, const struct lv_calllog *log, const unsigned char *is_redial,
                     const struct lv_scenario *base, double *x)
{
    if (!log->has_type || log->type_count == 0)
        return 0;
    fit->types = calloc((size_t)log->type_count, sizeof *fit->types);
    if (!fit->types)
        return -1;
    fit->type_count = log->type_count;
    long typed = 0;
    for (size_t i = 0; i < log->count; i++)
        if (log->rows[i].type >= 0 && !is_redial[i]) {
            fit->types[log->rows[i].type].first_attempts++;
            typed++;
        }
    int matched = 0;
    for (int k = 0; k < fit->type_count; k++) {
        struct lv_fit_type *t = &fit->types[k];
        t->name = log->type_names[k];
        t->share = wilson((double)t->first_attempts, (double)typed, z_of(fit->opt.level));
        size_t n = 0;
        for (size_t i = 0; i < log->count; i++)
            if (log->rows[i].type == k && log->rows[i].answered)
                x[n++] = log->rows[i].talk_s;
        t->talk_ok = lv_fit_choose(&t->talk, x, NULL, n, fit->opt.level) == 0;
        for (int b = 0; b < base->type_count; b++)
            matched += strcmp(base->types[b].name, t->name) == 0;
    }
    fit->types_match = matched == base->type_count && matched == fit->type_count;
    return 0;
}

int lv_fit_estimate(struct lv_fit *fit, const struct lv_calllog *log, const struct lv_scenario *base,
                    const struct lv_fit_options *opt, const char *name, struct lv_diags *diags)
{
    memset(fit, 0, sizeof *fit);
    fit->opt = *opt;
    if (!(fit->opt.level > 0 && fit->opt.level < 1))
        fit->opt.level = 0.95;
    if (!(fit->opt.redial_window_s > 0))
        fit->opt.redial_window_s = 3600;
    fit->announcement_s = base->site_count > 0 ? base->sites[0].announcement_s : 0;
    fit->talk.best = fit->patience.best = fit->redial.delay.best = -1;
    fit->attempts = (long)log->count;
    for (size_t i = 0; i < log->count; i++) {
        fit->answered += log->rows[i].answered;
        fit->busy += log->rows[i].busy;
    }
    fit->abandoned = fit->attempts - fit->answered - fit->busy;
    fit->busy_share = fit->busy > 0 ? wilson((double)fit->busy, (double)fit->attempts, z_of(fit->opt.level))
                                    : (struct lv_fit_interval){0, NAN, NAN};
    fit->base_capacity = LV_UNLIMITED_QUEUE;
    for (int h = 0; h < base->centre_count; h++)
        if (base->sites[h].queue_capacity != LV_UNLIMITED_QUEUE) {
            fit->base_capacity_centres++;
            if (base->sites[h].queue_capacity < fit->base_capacity)
                fit->base_capacity = base->sites[h].queue_capacity;
        }
    if (fit->answered < 2) {
        lv_diags_msg(diags, name, NULL, 0, 0, 1, LV_MSG_FIT_E_TOO_FEW, lv_msg_int(fit->answered).s,
                     lv_msg_int(fit->abandoned).s, NULL);
        return -1;
    }
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (size_t i = 0; i < log->count; i++) {
        lo = log->rows[i].arrival < lo ? log->rows[i].arrival : lo;
        hi = log->rows[i].arrival > hi ? log->rows[i].arrival : hi;
    }
    if (hi / 86400 - lo / 86400 + 1 > LV_FIT_MAX_DAYS) {
        char from[16], to[16];
        lv_format_date((long)(lo / 86400), from);
        lv_format_date((long)(hi / 86400), to);
        lv_diags_msg(diags, name, NULL, 0, 0, 1, LV_MSG_FIT_E_SPAN, from, to, lv_msg_int(LV_FIT_MAX_DAYS).s, NULL);
        return -1;
    }
    unsigned char *is_redial = calloc(log->count, 1), *event = malloc(log->count);
    double *x = malloc(log->count * sizeof *x);
    int rc = -1;
    if (!is_redial || !event || !x)
        goto done;
    if (fit_redials(fit, log, is_redial) != 0)
        goto done;
    fit->first_attempts = fit->attempts - fit->redial.redials;
    if (fit_demand(fit, log, is_redial, base) != 0)
        goto done;
    size_t n = 0;
    for (size_t i = 0; i < log->count; i++)
        if (log->rows[i].answered)
            x[n++] = log->rows[i].talk_s;
    fit->talk_ok = lv_fit_choose(&fit->talk, x, NULL, n, fit->opt.level) == 0;
    /* A busy signal tells nothing of patience: its caller never waited. */
    n = 0;
    for (size_t i = 0; i < log->count; i++)
        if (!log->rows[i].busy) {
            x[n] = log->rows[i].wait_s;
            event[n++] = !log->rows[i].answered;
        }
    if (fit->abandoned >= 2)
        fit->patience_ok = lv_fit_choose(&fit->patience, x, event, n, fit->opt.level) == 0;
    if (lv_km_compute(&fit->km, x, event, n) != 0)
        goto done;
    if (fit_types(fit, log, is_redial, base, x) != 0)
        goto done;
    rc = 0;
done:
    if (rc != 0) {
        lv_diags_msg(diags, name, NULL, 0, 0, 1, LV_MSG_FIT_E_OUT_OF_MEMORY, NULL);
        lv_fit_fini(fit);
    }
    free(is_redial);
    free(event);
    free(x);
    return rc;
}

void lv_fit_fini(struct lv_fit *fit)
{
    if (!fit)
        return;
    lv_km_fini(&fit->km);
    free(fit->types);
    fit->types = NULL;
}

/* ================================================================ the fitted scenario */

/* A growable string. */
struct text {
    char *s;
    size_t len, cap;
    bool failed;
};

static void add(struct text *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void add(struct text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || t->failed) {
        t->failed = true;
        return;
    }
    if (t->len + (size_t)n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + (size_t)n + 1)
            cap *= 2;
        char *s = realloc(t->s, cap);
        if (!s) {
            t->failed = true;
            return;
        }
        t->s = s;
        t->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(t->s + t->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    t->len += (size_t)n;
}

/* s as a double-quoted YAML scalar. */
static void add_quoted(struct text *t, const char *s)
{
    add(t, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            add(t, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7F)
            add(t, "\\x%02X", *p);
        else
            add(t, "%c", *p);
    }
    add(t, "\"");
}

enum { OV_MAX = 4 + 3 * LV_MAX_CALL_TYPES };

char *lv_fit_scenario_yaml(const struct lv_fit *fit, const struct lv_scenario *base, const char *base_path,
                           const char *source, struct lv_diags *diags)
{
    struct text v[OV_MAX] = {{0}}, path[OV_MAX] = {{0}}, out = {0};
    struct lv_override ov[OV_MAX];
    int n = 0;
    char *rendered = NULL;
    const struct lv_fit_demand *dm = &fit->demand;
    const char *slash = strrchr(source, '/');
    /* name */
    add(&path[n], "name");
    char title[512];
    lv_msg_expand(title, sizeof title, lv_msg(LV_MSG_FIT_NAME, diags->lang), 2,
                  (const char *[]){base->name, slash ? slash + 1 : source});
    add_quoted(&v[n], title);
    n++;
    /* demand: the whole mapping, so that a base with calls_per_hour or calls_per_inhabitant works */
    add(&path[n], "demand");
    add(&v[n], "{calls_per_year: %.0f, weekend_factor: %.4g, day_variation: %.3g, growth: %.6g, satellite_factor: %.6g",
        dm->calls_per_year.value, dm->weekend_factor.value,
        dm->days >= 7 ? dm->day_variation.value : base->demand.day_variation, base->demand.growth,
        base->satellite_factor);
    for (int cls = 0; cls < 2; cls++) {
        add(&v[n], ", %s: [", cls ? "profile_weekend" : "profile_weekday");
        for (int h = 0; h < 24; h++)
            add(&v[n], "%s%.3f", h ? ", " : "", 100 * dm->profile[cls][h].value);
        add(&v[n], "]");
    }
    add(&v[n], ", seasonality: [");
    for (int m = 0; m < 12; m++)
        add(&v[n], "%s%.6g", m ? ", " : "", base->demand.season[m]);
    add(&v[n], "]}");
    n++;
    char buf[256];
    if (fit->types_match) {
        /* Per type, by name: shares of first attempts (the last takes the rounding) and talk. */
        double left = 1;
        for (int k = 0; k < fit->type_count; k++) {
            const struct lv_fit_type *t = &fit->types[k];
            int b = 0; /* the base's index of the type: a name may hold characters a path cannot */
            while (b + 1 < base->type_count && strcmp(base->types[b].name, t->name) != 0)
                b++;
            add(&path[n], "calls.types[%d].share", b);
            double share = k + 1 < fit->type_count ? round(t->share.value * 1e9) / 1e9 : left;
            left -= share;
            add(&v[n], "%.9f", share > 0 ? share : 0);
            n++;
            const struct lv_fit_choice *c = t->talk_ok ? &t->talk : fit->talk_ok ? &fit->talk : NULL;
            if (c) {
                lv_fit_dist_yaml(&c->fam[c->best], buf, sizeof buf);
                add(&path[n], "calls.types[%d].talk", b);
                add(&v[n], "%s", buf);
                n++;
            }
        }
    } else if (fit->talk_ok) {
        lv_fit_dist_yaml(&fit->talk.fam[fit->talk.best], buf, sizeof buf);
        for (int i = 0; i < base->type_count; i++) {
            add(&path[n], "calls.types[%d].talk", i);
            add(&v[n], "%s", buf);
            n++;
        }
    }
    if (fit->patience_ok) {
        lv_fit_dist_yaml(&fit->patience.fam[fit->patience.best], buf, sizeof buf);
        add(&path[n], "calls.patience");
        add(&v[n], "%s", buf);
        n++;
        for (int i = 0; i < base->type_count; i++)
            if (base->types[i].own_patience) {
                add(&path[n], "calls.types[%d].patience", i);
                add(&v[n], "%s", buf);
                n++;
            }
    }
    if (fit->redial.available && fit->redial.abandoned > 0) {
        add(&path[n], "calls.redial");
        if (fit->redial.delay.best >= 0) {
            lv_fit_dist_yaml(&fit->redial.delay.fam[fit->redial.delay.best], buf, sizeof buf);
            add(&v[n], "{probability: %.4f, delay: %s}", fit->redial.probability.value, buf);
        } else {
            add(&v[n], "{probability: 0}");
        }
        n++;
    }
    bool failed = false;
    for (int i = 0; i < n; i++) {
        failed |= v[i].failed || path[i].failed;
        ov[i] = (struct lv_override){.path = path[i].s, .value = v[i].s, .text = v[i].s, .label = "lvsim fit"};
    }
    if (!failed) {
        char *text = base_path ? lv_scenario_render(base_path, NULL, NULL, ov, n, diags)
                               : lv_scenario_render(NULL, lv_default_scenario_text(), "default", ov, n, diags);
        if (text) {
            add(&out, "# Fitted by 'lvsim fit' to the call log %s (docs/fit.md), starting from %s.\n"
                      "# Fitted: demand (calls_per_year, weekend_factor, day_variation, both profiles)%s%s%s.\n",
                source, base_path ? base_path : "the built-in default scenario",
                fit->types_match ? ", each type's share and talk" : fit->talk_ok ? ", talk (pooled over the types)" : "",
                fit->patience_ok ? ", patience" : "",
                fit->redial.available && fit->redial.abandoned > 0 ? ", redial" : "");
            add(&out, "%s", text);
            free(text);
            if (!out.failed) {
                rendered = out.s;
                out.s = NULL;
            }
        }
    } else {
        lv_diags_msg(diags, source, NULL, 0, 0, 1, LV_MSG_FIT_E_OUT_OF_MEMORY, NULL);
    }
    free(out.s);
    for (int i = 0; i < OV_MAX; i++) {
        free(v[i].s);
        free(path[i].s);
    }
    return rendered;
}

/* ================================================================ the report */

struct say {
    FILE *out;
    enum lv_language lang;
    int err;
};

/* Prints catalogue message id on a line, its {1}.. filled by args (NULL-terminated). */
#define SAY(s, indent, id, ...) say_args(s, indent, id, (const char *const[]){__VA_ARGS__})

static void say_args(struct say *s, const char *indent, enum lv_msg id, const char *const *args)
{
    int argc = 0;
    while (argc < 9 && args[argc])
        argc++;
    char buf[1024];
    lv_msg_expand(buf, sizeof buf, lv_msg(id, s->lang), argc, args);
    if (fprintf(s->out, "%s%s\n", indent, buf) < 0)
        s->err = 1;
}

/* "value [lo, hi]" with `dec` decimals; "value" alone without an interval. */
static void fmt_est(char *buf, size_t n, int dec, struct lv_fit_interval e, double scale, enum lv_language lang)
{
    if (isfinite(e.lo) && isfinite(e.hi))
        snprintf(buf, n, "%.*f [%.*f, %.*f]", dec, e.value * scale, dec, e.lo * scale, dec, e.hi * scale);
    else
        snprintf(buf, n, "%.*f", dec, e.value * scale);
    lv_report_localise(buf, n, lang);
}

/* The same with each number written as the run summary writes it (fmt: LV_FMT_CLOCK for times,
 * LV_FMT_COUNT for volumes), so a planner reads "4:56 [4:52, 5:01]" and "74 749". */
static void fmt_est_as(char *buf, size_t n, enum lv_report_format fmt, struct lv_fit_interval e, enum lv_language lang)
{
    char v[48], lo[48], hi[48];
    lv_report_format(&(struct lv_report_value){.format = fmt, .value = e.value}, lang, v, sizeof v);
    if (!(isfinite(e.lo) && isfinite(e.hi))) {
        snprintf(buf, n, "%s", v);
        return;
    }
    lv_report_format(&(struct lv_report_value){.format = fmt, .value = e.lo}, lang, lo, sizeof lo);
    lv_report_format(&(struct lv_report_value){.format = fmt, .value = e.hi}, lang, hi, sizeof hi);
    snprintf(buf, n, "%s [%s, %s]", v, lo, hi);
}

static void family_table(struct say *s, const struct lv_fit_choice *c)
{
    SAY(s, "    ", LV_MSG_FIT_FAMILY_HEADER, NULL);
    for (int f = 0; f < LV_FIT_FAMILIES; f++) {
        const struct lv_fit_dist *d = &c->fam[f];
        char mean[96] = "-", second[96] = "", aic[48] = "-";
        if (d->ok) {
            fmt_est_as(mean, sizeof mean, LV_FMT_CLOCK, d->mean, s->lang);
            if (f == LV_FIT_WEIBULL || f == LV_FIT_GAMMA) {
                char t[80];
                fmt_est(t, sizeof t, 3, d->shape, 1, s->lang);
                lv_msg_expand(second, sizeof second, lv_msg(LV_MSG_FIT_SHAPE, s->lang), 1, (const char *[]){t});
            } else if (f == LV_FIT_LOGNORMAL) {
                char t[80];
                fmt_est_as(t, sizeof t, LV_FMT_CLOCK, d->sd, s->lang);
                lv_msg_expand(second, sizeof second, lv_msg(LV_MSG_FIT_SD, s->lang), 1, (const char *[]){t});
            }
            snprintf(aic, sizeof aic, "%.1f", d->aic - c->fam[c->best].aic);
            lv_report_localise(aic, sizeof aic, s->lang);
        }
        if (fprintf(s->out, "    %c %-12s %-30s %-30s %10s\n", f == c->best ? '*' : ' ', lv_fit_family_name((enum lv_fit_family)f),
                    mean, second, aic) < 0)
            s->err = 1;
    }
}

int lv_fit_write_report(const struct lv_fit *fit, const char *source, enum lv_language lang, FILE *out)
{
    struct say s = {out, lang, 0};
    const struct lv_fit_demand *dm = &fit->demand;
    char a[64], b[64], c[64], d1[16], d2[16], t[160];
    lv_format_date(dm->first_day, d1);
    lv_format_date(dm->first_day + dm->days - 1, d2);
    SAY(&s, "", LV_MSG_FIT_TITLE, source, lv_msg_int(fit->attempts).s, lv_msg_int(fit->answered).s,
        lv_msg_int(fit->abandoned).s, lv_msg_int(dm->days).s, d1, d2, NULL);
    snprintf(a, sizeof a, "%g", 100 * fit->opt.level);
    lv_report_localise(a, sizeof a, lang);
    SAY(&s, "", LV_MSG_FIT_INTERVALS, a, NULL);
    /* Busy signals: counted, never a patience; the queue's capacity is the base's (not fitted). */
    if (fit->busy > 0 || fit->base_capacity_centres > 0) {
        fmt_est(t, sizeof t, 2, fit->busy_share, 100, lang);
        SAY(&s, "", LV_MSG_FIT_BUSY, lv_msg_int(fit->busy).s, t, NULL);
        if (fit->base_capacity_centres > 0)
            SAY(&s, "  ", LV_MSG_FIT_BUSY_CAPACITY, lv_msg_int(fit->base_capacity_centres).s,
                lv_msg_int(fit->base_capacity).s, NULL);
        else
            SAY(&s, "  ", LV_MSG_FIT_BUSY_NO_CAPACITY, NULL);
    }
    fputc('\n', out);
    /* demand */
    SAY(&s, "", LV_MSG_FIT_DEMAND, lv_msg_int(dm->n).s, lv_msg_int(fit->redial.redials).s, NULL);
    fmt_est_as(t, sizeof t, LV_FMT_COUNT, dm->calls_per_year, lang);
    SAY(&s, "  ", LV_MSG_FIT_CALLS_PER_YEAR, t, NULL);
    fmt_est(t, sizeof t, 3, dm->weekend_factor, 1, lang);
    SAY(&s, "  ", dm->weekend_factor_fitted ? LV_MSG_FIT_WEEKEND_FACTOR : LV_MSG_FIT_WEEKEND_FACTOR_KEPT, t,
        lv_msg_int(dm->weekday_days).s, lv_msg_int(dm->weekend_days).s, NULL);
    fmt_est(t, sizeof t, 3, dm->day_variation, 1, lang);
    snprintf(a, sizeof a, "%.2f", dm->dispersion);
    lv_report_localise(a, sizeof a, lang);
    SAY(&s, "  ", LV_MSG_FIT_DAY_VARIATION, t, a, NULL);
    SAY(&s, "  ", LV_MSG_FIT_PROFILE_HEADER, NULL);
    for (int h = 0; h < 24; h++) {
        char w0[80], w1[80];
        fmt_est(w0, sizeof w0, 2, dm->profile[0][h], 100, lang);
        fmt_est(w1, sizeof w1, 2, dm->profile[1][h], 100, lang);
        if (fprintf(out, "    %02d  %-24s %-24s\n", h, w0, w1) < 0)
            s.err = 1;
    }
    fputc('\n', out);
    /* talk */
    SAY(&s, "", LV_MSG_FIT_TALK, lv_msg_int(fit->talk.n).s, NULL);
    if (fit->talk_ok)
        family_table(&s, &fit->talk);
    fputc('\n', out);
    for (int k = 0; k < fit->type_count; k++) {
        const struct lv_fit_type *ty = &fit->types[k];
        fmt_est(t, sizeof t, 1, ty->share, 100, lang);
        SAY(&s, "", LV_MSG_FIT_TYPE, ty->name, t, lv_msg_int(ty->talk.n).s, NULL);
        if (ty->talk_ok)
            family_table(&s, &ty->talk);
    }
    if (fit->type_count > 0) {
        SAY(&s, "  ", fit->types_match ? LV_MSG_FIT_TYPES_MATCH : LV_MSG_FIT_TYPES_POOLED, NULL);
        fputc('\n', out);
    }
    /* patience */
    if (fit->patience_ok) {
        SAY(&s, "", LV_MSG_FIT_PATIENCE, lv_msg_int(fit->patience.events).s,
            lv_msg_int(fit->patience.n - fit->patience.events).s, NULL);
        family_table(&s, &fit->patience);
        const struct lv_fit_dist *best = &fit->patience.fam[fit->patience.best];
        SAY(&s, "    ", LV_MSG_FIT_KM_HEADER, lv_fit_family_name(best->family), NULL);
        static const double at[] = {30, 60, 120, 300, 600, 1200, 1800};
        double z = z_of(fit->opt.level);
        for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
            double se, km = lv_km_at(&fit->km, at[i], &se);
            snprintf(a, sizeof a, "%.0f s", at[i]);
            if (lv_km_estimable(&fit->km, at[i]))
                snprintf(b, sizeof b, "%.4f [%.4f, %.4f]", km, fmax(0, km - z * se), fmin(1, km + z * se));
            else /* nobody was seen waiting this long: the curve's last value would mislead */
                snprintf(b, sizeof b, "%s", lv_msg(LV_MSG_FIT_KM_NOT_ESTIMABLE, lang));
            lv_report_localise(b, sizeof b, lang);
            snprintf(c, sizeof c, "%.4f", lv_fit_survival(best, at[i]));
            lv_report_localise(c, sizeof c, lang);
            int extra = 0; /* UTF-8 continuation bytes take no column: pad by characters */
            for (const char *p = b; *p; p++)
                extra += ((unsigned char)*p & 0xC0) == 0x80;
            if (fprintf(out, "      %-8s %-*s %s\n", a, 28 + extra, b, c) < 0)
                s.err = 1;
        }
    } else {
        SAY(&s, "", LV_MSG_FIT_NO_PATIENCE, lv_msg_int(fit->abandoned).s, NULL);
    }
    fputc('\n', out);
    /* redials */
    if (!fit->redial.available) {
        SAY(&s, "", LV_MSG_FIT_NO_CALLER, NULL);
    } else {
        snprintf(a, sizeof a, "%g", fit->opt.redial_window_s / 60);
        SAY(&s, "", LV_MSG_FIT_REDIAL, a, NULL);
        fmt_est(t, sizeof t, 3, fit->redial.probability, 1, lang);
        SAY(&s, "  ", fit->busy > 0 ? LV_MSG_FIT_REDIAL_PROBABILITY_BUSY : LV_MSG_FIT_REDIAL_PROBABILITY, t, lv_msg_int(fit->redial.followed).s,
            lv_msg_int(fit->redial.abandoned).s, NULL);
        if (fit->redial.delay.best >= 0) {
            SAY(&s, "  ", LV_MSG_FIT_REDIAL_DELAY, NULL);
            family_table(&s, &fit->redial.delay);
        }
    }
    fputc('\n', out);
    /* observed against fitted by hour of the week, in 3-hour blocks */
    SAY(&s, "", LV_MSG_FIT_HOURS_TITLE, NULL);
    fprintf(out, "    %-6s", "");
    for (int wd = 0; wd < 7; wd++)
        fprintf(out, " %13s", lv_msg((enum lv_msg)(LV_MSG_MON + wd), lang));
    fputc('\n', out);
    for (int blk = 0; blk < 8; blk++) {
        fprintf(out, "    %02d-%02d ", 3 * blk, 3 * blk + 3);
        for (int wd = 0; wd < 7; wd++) {
            double o = 0, f = 0;
            for (int h = 3 * blk; h < 3 * blk + 3; h++)
                o += dm->observed[wd][h], f += dm->fitted[wd][h];
            char cell[40];
            snprintf(cell, sizeof cell, "%.0f/%.0f", o, f);
            fprintf(out, " %13s", cell);
        }
        fputc('\n', out);
    }
    snprintf(a, sizeof a, "%.1f", dm->chi2);
    snprintf(b, sizeof b, "%.3g", dm->p_value);
    lv_report_localise(a, sizeof a, lang);
    lv_report_localise(b, sizeof b, lang);
    SAY(&s, "    ", LV_MSG_FIT_CHI2, a, lv_msg_int(dm->df).s, b, NULL);
    return s.err || ferror(out) ? -1 : 0;
}
