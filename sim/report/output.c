/* output.c — JSON, CSV and text renderings of a run or a comparison; see output.h. JSON and CSV
 * walk the figure tables of report.h (lv_figures_run, lv_figures_compare) and only format them;
 * the text renders the report model's rows. JSON and CSV are data: their names are always English. */
#include "lvsim/output.h"
#include "lvsim/compare.h"
#include "lvsim/messages.h"
#include "lvsim/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A value as text in English (JSON and CSV are data): a text value as is, whatever its length. */
static const char *value_text(const struct lv_report_value *v, char *buf, size_t size)
{
    return v->format == LV_FMT_TEXT ? (v->text ? v->text : "") : lv_report_format(v, LV_LANG_EN, buf, size);
}

/* ---- JSON ---- */

/* Adds item to obj under name; false, with item freed, if either is missing or out of memory. */
static bool add(cJSON *obj, const char *name, cJSON *item)
{
    if (!obj || !item || !cJSON_AddItemToObject(obj, name, item)) {
        cJSON_Delete(item);
        return false;
    }
    return true;
}

static bool append(cJSON *array, cJSON *item)
{
    if (!array || !item || !cJSON_AddItemToArray(array, item)) {
        cJSON_Delete(item);
        return false;
    }
    return true;
}

static cJSON *number_or_null(double v) { return isfinite(v) ? cJSON_CreateNumber(v) : cJSON_CreateNull(); }

/* A value as JSON: a string where it reads as text (names, weekdays, clock times, dates), else a
 * number, null where undefined. */
static cJSON *value_json(const struct lv_report_value *v)
{
    char buf[64];
    switch (v->format) {
    case LV_FMT_NONE:
        return cJSON_CreateNull();
    case LV_FMT_TEXT:
    case LV_FMT_MSG:
    case LV_FMT_DATE:
    case LV_FMT_MINUTE:
        return cJSON_CreateString(value_text(v, buf, sizeof buf));
    case LV_FMT_WHOLE:
        return cJSON_CreateNumber((double)v->whole);
    default:
        return number_or_null(v->value);
    }
}

/* {mean, ci95, n}; a censored quantile (some replications' values at the histogram's cap) adds
 * "censored": true and "censored_n", so uncensored figures keep their exact form. */
static cJSON *estimate_json(const struct lv_estimate *e)
{
    cJSON *o = cJSON_CreateObject();
    if (!add(o, "mean", number_or_null(e->mean)) || !add(o, "ci95", number_or_null(e->half_width)) ||
        !add(o, "n", cJSON_CreateNumber(e->n)) ||
        (e->censored > 0 && (!add(o, "censored", cJSON_CreateTrue()) ||
                             !add(o, "censored_n", cJSON_CreateNumber(e->censored))))) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* Metric m of a row: its estimate, or for a comparison A, B, B - A and the unpaired interval. */
static cJSON *figure_json(const struct lv_figure_row *row, int m)
{
    if (!row->difference)
        return estimate_json(&row->estimates[m]);
    cJSON *o = cJSON_CreateObject();
    if (!add(o, "a", estimate_json(&row->estimates[m])) || !add(o, "b", estimate_json(&row->b[m])) ||
        !add(o, "b_minus_a", estimate_json(&row->difference[m])) ||
        !add(o, "unpaired_ci95", number_or_null(row->unpaired_half_width[m]))) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* A row as an object: its key cells from first_key on, then its figures by metric key. */
static cJSON *row_json(const struct lv_figure_table *t, const struct lv_figure_row *row, int first_key)
{
    cJSON *o = row ? cJSON_CreateObject() : NULL;
    bool ok = o != NULL;
    for (int i = first_key; ok && i < t->key_count; i++)
        ok = add(o, t->key_names[i], value_json(&row->keys[i]));
    for (int m = 0; ok && m < t->metric_count; m++)
        ok = add(o, t->metrics[m].key, figure_json(row, m));
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* The document is written as it is made, a small piece at a time: each piece (a scalar, a group
 * of scalars, a row, a centre's group of rows) is a cJSON tree printed and freed at once, so
 * memory does not grow with the document (a long horizon's days, many centres' intervals). The
 * bytes are cJSON_Print's of the whole tree: members one a line, indented by tabs, "key":<tab>,
 * array elements ", " apart on the line, one level deeper than their array. */

/* An item printed as cJSON_Print prints it `depth` levels down: every line after its first
 * indented by depth tabs more (a string holds no raw line break: JSON escapes it). Frees item. */
static bool put_item(cJSON *item, int depth, FILE *out)
{
    char *text = item ? cJSON_Print(item) : NULL;
    cJSON_Delete(item);
    if (!text)
        return false;
    bool ok = true;
    for (const char *at = text; ok && *at;) {
        const char *nl = strchr(at, '\n');
        size_t n = nl ? (size_t)(nl - at) + 1 : strlen(at);
        ok = fwrite(at, 1, n, out) == n;
        for (int d = 0; ok && nl && d < depth; d++)
            ok = fputc('\t', out) != EOF;
        at += n;
    }
    free(text);
    return ok;
}

/* The start of the root object's next member: its name, then its value follows. */
static bool put_member(FILE *out, int *members, const char *name)
{
    /* syntax, not messages */
    return fputs((*members)++ ? ",\n\t\"" : "\n\t\"", out) >= 0 && fputs(name, out) >= 0 && fputs("\":\t", out) >= 0;
}

/* A table as a member's value: the whole run's figures as one object; other scopes as an array of
 * rows, grouped by their first key when the table nests, a row (or group) at a time. */
static bool put_table(const struct lv_figure_table *t, FILE *out)
{
    if (t->scope == LV_SCOPE_RUN)
        return put_item(row_json(t, lv_figure_table_row(t, 0), 0), 1, out);
    bool ok = fputc('[', out) != EOF;
    int elements = 0;
    cJSON *group = NULL, *nested = NULL;
    char last[64] = "";
    for (int i = 0; ok && i < t->row_count; i++) {
        const struct lv_figure_row *row = lv_figure_table_row(t, i);
        if (!row) {
            ok = false;
            break;
        }
        if (!t->nest) {
            ok = (!elements++ || fputs(", ", out) >= 0) && put_item(row_json(t, row, 0), 2, out);
            continue;
        }
        char key[64];
        const char *k = value_text(&row->keys[0], key, sizeof key);
        if (!group || strcmp(k, last) != 0) {
            if (group)
                ok = (!elements++ || fputs(", ", out) >= 0) && put_item(group, 2, out);
            snprintf(last, sizeof last, "%s", k);
            group = ok ? cJSON_CreateObject() : NULL;
            if (!ok || !add(group, t->key_names[0], value_json(&row->keys[0])) ||
                !(nested = cJSON_AddArrayToObject(group, t->nest))) {
                ok = false;
                break;
            }
        }
        ok = append(nested, row_json(t, row, 1));
    }
    if (ok && group) {
        ok = (!elements++ || fputs(", ", out) >= 0) && put_item(group, 2, out);
        group = NULL;
    }
    cJSON_Delete(group);
    return ok && fputc(']', out) != EOF;
}

/* The object of a group of scalars (or tables): every entry of f in that group, in order. */
static cJSON *group_json(const struct lv_figures *f, const char *group)
{
    cJSON *o = cJSON_CreateObject();
    bool ok = o != NULL;
    for (int i = 0; ok && i < f->count; i++) {
        const struct lv_figure_entry *e = &f->entries[i];
        if (!e->group || strcmp(e->group, group) != 0)
            continue;
        if (!e->is_table)
            ok = add(o, e->name, value_json(&e->value));
        else if (!e->table.optional || e->table.row_count > 0) {
            char *text = NULL;
            size_t size = 0;
            FILE *mem = open_memstream(&text, &size); /* a table in a group is small: as text, parsed */
            ok = mem && put_table(&e->table, mem);
            if (mem)
                fclose(mem);
            ok = ok && add(o, e->name, cJSON_Parse(text));
            free(text);
        }
    }
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

int lv_output_figures_json_write(const struct lv_figures *f, FILE *out)
{
    bool ok = fputc('{', out) != EOF;
    int members = 0;
    for (int i = 0; ok && i < f->count; i++) {
        const struct lv_figure_entry *e = &f->entries[i];
        if (e->group) { /* a group's object stands where its first entry does, with all its entries */
            bool seen = false;
            for (int j = 0; !seen && j < i; j++)
                seen = f->entries[j].group && strcmp(f->entries[j].group, e->group) == 0;
            if (!seen)
                ok = put_member(out, &members, e->group) && put_item(group_json(f, e->group), 1, out);
        } else if (!e->is_table) {
            ok = put_member(out, &members, e->name) && put_item(value_json(&e->value), 1, out);
        } else if (!e->table.optional || e->table.row_count > 0) {
            ok = put_member(out, &members, e->name) && put_table(&e->table, out);
        }
    }
    ok = ok && fputs("\n}", out) >= 0; /* syntax, not a message */
    return ok && !ferror(out) ? 0 : -1;
}

char *lv_output_figures_json(const struct lv_figures *f)
{
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    if (!mem)
        return NULL;
    int rc = lv_output_figures_json_write(f, mem);
    if (fclose(mem) != 0 || rc != 0) {
        free(text);
        return NULL;
    }
    return text;
}

int lv_output_json_write(const struct lv_results *r, const struct lv_summary *s, FILE *out)
{
    struct lv_figures f;
    lv_figures_init(&f);
    int rc = lv_figures_run(&f, r, s) == 0 ? lv_output_figures_json_write(&f, out) : -1;
    lv_figures_fini(&f);
    return rc;
}

char *lv_output_json(const struct lv_results *r, const struct lv_summary *s)
{
    struct lv_figures f;
    lv_figures_init(&f);
    char *text = lv_figures_run(&f, r, s) == 0 ? lv_output_figures_json(&f) : NULL;
    lv_figures_fini(&f);
    return text;
}

char *lv_output_page_json(const struct lv_results *r, const struct lv_summary *s)
{
    struct lv_figures f;
    lv_figures_init(&f);
    char *text = lv_figures_run_page(&f, r, s) == 0 ? lv_output_figures_json(&f) : NULL;
    lv_figures_fini(&f);
    return text;
}

char *lv_output_compare_json(const struct lv_results *a, const struct lv_results *b, const struct lv_comparison *c)
{
    struct lv_figures f;
    lv_figures_init(&f);
    char *text = lv_figures_compare(&f, a, b, c) == 0 ? lv_output_figures_json(&f) : NULL;
    lv_figures_fini(&f);
    return text;
}

/* ---- CSV ---- */

static const char *const dialect_name[LV_CSV_DIALECTS] = {[LV_CSV_RFC4180] = "rfc4180", [LV_CSV_EXCEL_NB] = "excel-nb"};

int lv_csv_dialect_parse(const char *name)
{
    for (int d = 0; d < LV_CSV_DIALECTS; d++)
        if (name && strcmp(name, dialect_name[d]) == 0)
            return d;
    return -1;
}

const char *lv_csv_dialect_name(enum lv_csv_dialect d)
{
    return (unsigned)d < LV_CSV_DIALECTS ? dialect_name[d] : "?";
}

static char separator(enum lv_csv_dialect d) { return d == LV_CSV_EXCEL_NB ? ';' : ','; }

int lv_csv_begin(enum lv_csv_dialect d, FILE *out)
{
    /* the UTF-8 BOM: Excel takes a CSV file for UTF-8 only with it; syntax, not a message */
    if (d == LV_CSV_EXCEL_NB && fputs("\xEF\xBB\xBF", out) < 0)
        return -1;
    return 0;
}

int lv_csv_separator(enum lv_csv_dialect d, FILE *out) { return fputc(separator(d), out) == EOF ? -1 : 0; }

int lv_csv_end_line(enum lv_csv_dialect d, FILE *out)
{
    return fputs(d == LV_CSV_EXCEL_NB ? "\r\n" : "\n", out) < 0 ? -1 : 0;
}

int lv_csv_text(enum lv_csv_dialect d, const char *text, FILE *out)
{
    char special[] = {separator(d), '"', '\r', '\n', '\0'};
    if (!strpbrk(text, special))
        return fputs(text, out) < 0 ? -1 : 0;
    int rc = fputc('"', out) == EOF ? -1 : 0; /* RFC 4180 2.6-2.7: quoted, quotes doubled */
    for (const char *c = text; *c && rc == 0; c++)
        if ((*c == '"' && fputc('"', out) == EOF) || fputc(*c, out) == EOF)
            rc = -1;
    return rc == 0 && fputc('"', out) != EOF ? 0 : -1;
}

/* v at full precision into buf ("%.10g"), with a decimal comma in excel-nb; "" if not finite. */
static char *csv_number_text(enum lv_csv_dialect d, double v, char *buf, size_t size)
{
    buf[0] = '\0';
    if (isfinite(v))
        snprintf(buf, size, "%.10g", v);
    char *point = d == LV_CSV_EXCEL_NB ? strchr(buf, '.') : NULL;
    if (point)
        *point = ',';
    return buf;
}

int lv_csv_number(enum lv_csv_dialect d, double v, FILE *out)
{
    char buf[40];
    return fputs(csv_number_text(d, v, buf, sizeof buf), out) < 0 ? -1 : 0;
}

/* A separator and a number cell. */
static void csv_cell(enum lv_csv_dialect d, FILE *out, double v)
{
    lv_csv_separator(d, out);
    lv_csv_number(d, v, out);
}

/* An estimate's mean and ci95 cells: a censored quantile's mean is a lower bound, written with
 * '>' before it (">14400"), and its interval cell is left empty. */
static void csv_estimate(enum lv_csv_dialect d, FILE *out, const struct lv_estimate *e)
{
    if (e->censored > 0 && isfinite(e->mean)) {
        char buf[40];
        lv_csv_separator(d, out);
        fprintf(out, ">%s", csv_number_text(d, e->mean, buf, sizeof buf)); /* syntax, not a message */
        lv_csv_separator(d, out);
        return;
    }
    csv_cell(d, out, e->mean);
    csv_cell(d, out, e->half_width);
}

/* A key cell: a number in the dialect's way, anything else as text (English: CSV is data). */
static void csv_key(enum lv_csv_dialect d, FILE *out, const struct lv_report_value *v)
{
    char buf[64];
    if (v->format == LV_FMT_NUMBER)
        lv_csv_number(d, v->value, out);
    else
        lv_csv_text(d, value_text(v, buf, sizeof buf), out);
}

/* A comparison's table, long: a line per row and metric, the row's key cells, the metric, then
 * A, B and the paired B - A with their intervals and the unpaired interval of B - A. */
static int compare_csv(const struct lv_figure_table *t, enum lv_csv_dialect d, FILE *out)
{
    static const char *const head[] = {"metric", "a", "a_ci95", "b", "b_ci95", "b_minus_a", "b_minus_a_ci95",
                                       "unpaired_ci95"}; /* syntax, not messages */
    lv_csv_begin(d, out);
    for (int i = 0; i < t->key_count; i++) {
        lv_csv_text(d, t->key_names[i], out);
        lv_csv_separator(d, out);
    }
    for (int i = 0; i < 8; i++) {
        if (i)
            lv_csv_separator(d, out);
        fputs(head[i], out);
    }
    lv_csv_end_line(d, out);
    for (int i = 0; i < t->row_count; i++) {
        const struct lv_figure_row *row = lv_figure_table_row(t, i);
        if (!row)
            return -1;
        for (int m = 0; m < t->metric_count; m++) {
            for (int j = 0; j < t->key_count; j++) {
                csv_key(d, out, &row->keys[j]);
                lv_csv_separator(d, out);
            }
            lv_csv_text(d, t->metrics[m].key, out);
            csv_estimate(d, out, &row->estimates[m]);
            csv_estimate(d, out, &row->b[m]);
            csv_estimate(d, out, &row->difference[m]);
            csv_cell(d, out, row->unpaired_half_width[m]);
            lv_csv_end_line(d, out);
        }
    }
    return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

int lv_output_compare_csv(const struct lv_results *a, const struct lv_results *b, const struct lv_comparison *c,
                          const char *kind, enum lv_csv_dialect dialect, FILE *out)
{
    struct lv_figures f;
    lv_figures_init(&f);
    int rc = lv_figures_compare(&f, a, b, c) == 0 ? -1 : -2;
    for (int i = 0; rc == -1 && i < f.count; i++)
        if (f.entries[i].is_table && strcmp(f.entries[i].name, kind) == 0)
            rc = compare_csv(&f.entries[i].table, dialect, out);
    lv_figures_fini(&f);
    return rc == 0 ? 0 : -1;
}

int lv_output_figures_csv_as(const struct lv_figure_table *t, enum lv_csv_dialect d, FILE *out)
{
    if (t->row_count > 0 && t->rows[0].difference)
        return compare_csv(t, d, out);
    lv_csv_begin(d, out);
    if (t->scope == LV_SCOPE_RUN) { /* long: a line per metric */
        static const char *const head[] = {"metric", "mean", "ci95", "n"}; /* syntax, not messages */
        for (int i = 0; i < 4; i++) {
            if (i)
                lv_csv_separator(d, out);
            fputs(head[i], out);
        }
        lv_csv_end_line(d, out);
        for (int m = 0; t->row_count > 0 && m < t->metric_count; m++) {
            const struct lv_estimate *e = &t->rows[0].estimates[m];
            lv_csv_text(d, t->metrics[m].key, out);
            csv_estimate(d, out, e);
            lv_csv_separator(d, out);
            fprintf(out, "%d", e->n);
            lv_csv_end_line(d, out);
        }
    } else { /* wide: the key cells, then each metric and its _ci95 */
        for (int i = 0; i < t->key_count; i++) {
            if (i)
                lv_csv_separator(d, out);
            lv_csv_text(d, t->key_names[i], out);
        }
        for (int m = 0; m < t->metric_count; m++) {
            lv_csv_separator(d, out);
            fprintf(out, "%s", t->metrics[m].key);
            lv_csv_separator(d, out);
            fprintf(out, "%s_ci95", t->metrics[m].key);
        }
        lv_csv_end_line(d, out);
        for (int i = 0; i < t->row_count; i++) {
            const struct lv_figure_row *row = lv_figure_table_row(t, t->rank ? t->rank[i] : i);
            if (!row)
                return -1;
            for (int j = 0; j < t->key_count; j++) {
                if (j)
                    lv_csv_separator(d, out);
                csv_key(d, out, &row->keys[j]);
            }
            for (int m = 0; m < t->metric_count; m++)
                csv_estimate(d, out, &row->estimates[m]);
            lv_csv_end_line(d, out);
        }
    }
    return fflush(out) != 0 || ferror(out) ? -1 : 0;
}

int lv_output_figures_csv(const struct lv_figure_table *t, FILE *out)
{
    return lv_output_figures_csv_as(t, LV_CSV_RFC4180, out);
}

int lv_output_csv_as(const struct lv_results *r, const struct lv_summary *s, const char *kind,
                     enum lv_csv_dialect dialect, FILE *out)
{
    struct lv_figures f;
    lv_figures_init(&f);
    int rc = -1;
    if (lv_figures_run(&f, r, s) == 0) {
        const struct lv_figure_table *t = lv_figures_table(&f, kind);
        rc = t ? lv_output_figures_csv_as(t, dialect, out) : -1;
    }
    lv_figures_fini(&f);
    return rc;
}

int lv_output_csv(const struct lv_results *r, const struct lv_summary *s, const char *kind, FILE *out)
{
    return lv_output_csv_as(r, s, kind, LV_CSV_RFC4180, out);
}

int lv_output_text_in(const struct lv_results *r, const struct lv_summary *s, enum lv_language lang, FILE *out)
{
    struct lv_report rep;
    lv_report_init(&rep);
    int rc = lv_report_summary(&rep, r, s);
    if (rc == 0)
        rc = lv_report_write_text(&rep, lang, out);
    lv_report_fini(&rep);
    return rc;
}

int lv_output_text(const struct lv_results *r, const struct lv_summary *s, FILE *out)
{
    return lv_output_text_in(r, s, LV_LANG_EN, out);
}

int lv_output_compare_text_in(const struct lv_results *a, const struct lv_results *b,
                              const struct lv_comparison *c, enum lv_language lang, FILE *out)
{
    struct lv_report rep;
    lv_report_init(&rep);
    int rc = lv_report_compare(&rep, a, b, c);
    if (rc == 0)
        rc = lv_report_write_text(&rep, lang, out);
    lv_report_fini(&rep);
    return rc;
}

int lv_output_compare_text(const struct lv_results *a, const struct lv_results *b,
                           const struct lv_comparison *c, FILE *out)
{
    return lv_output_compare_text_in(a, b, c, LV_LANG_EN, out);
}
