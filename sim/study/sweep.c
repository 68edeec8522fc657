/* sweep.c — sweep files, the run table, per-slice part files and the final tables; see sweep.h.
 * A part file holds one checksummed JSON record per line, each written with a single append by
 * the one process that holds the file's lock, so a killed run leaves at most one torn last line,
 * which only the next writer of that slice cuts off; readers skip damaged lines and change nothing. */
#define _XOPEN_SOURCE 700 /* realpath, fsync, ftruncate */
#include "lvsim/sweep.h"
#include "lvsim/rng.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"
#include "lvsim/units.h"
#include "lvsim/version.h"
#include "scenario/compose.h"
#include "base/yamldoc.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#define MAX_POINTS 1000000
_Static_assert(LV_HEADLINE_COUNT <= 64, "struct lv_sweep.metrics holds every headline figure");

static const struct lv_key sweep_keys[] = {{"name", "the sweep's name"},
                                           {"scenario", "the base scenario file, or default"},
                                           {"replications", "replications per point"},
                                           {"seed", "master random seed"},
                                           {"combine", "grid or zip"},
                                           {"axes", "the scenario keys varied"},
                                           {"set", "overrides for every point"},
                                           {"metrics", "figures kept"},
                                           {"output", "the result directory"},
                                           {NULL, NULL}};
static const struct lv_key axis_keys[] = {{"key", "the scenario key varied"}, {"values", "its values"},
                                          {"from", "first value"},             {"to", "last value"},
                                          {"step", "step between values"},     {NULL, NULL}};

static char *dup_text(const char *t)
{
    char *c = malloc(strlen(t) + 1);
    if (c)
        strcpy(c, t);
    return c;
}

/* Catalogue message id in the sweep's language, its {1}..{9} filled by the strings that follow
 * (NULL-terminated), into err. */
static void fail(const struct lv_sweep *s, char *err, size_t n, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static void fail(const struct lv_sweep *s, char *err, size_t n, enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    lv_msg_expand(err, n, lv_msg(id, s->lang), argc, args);
}

static uint64_t fnv1a(uint64_t h, const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)text[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}


/* ---- the sweep file (read like a scenario: see yamldoc.h) ---- */

/* A whole number in [min, max] written as plain decimal digits; 0, or -1 (out of range too). */
static int parse_integer(const char *t, uint64_t min, uint64_t max, uint64_t *out)
{
    if (!t || !*t || t[strspn(t, "0123456789")] != '\0')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(t, NULL, 10);
    if (errno == ERANGE || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

/* The value of n for a message: 'text' in quotes, or what kind of node it is. */
static const char *shown(const struct lv__reader *r, const yaml_node_t *n, char buf[96])
{
    if (lv__scalar(n))
        snprintf(buf, 96, "'%.80s'", lv__scalar(n));
    else
        snprintf(buf, 96, "%s", lv__kind(r, n));
    return buf;
}

static char *resolve(const char *sweep_file, const char *rel)
{
    const char *slash = strrchr(sweep_file, '/');
    char *out = malloc(PATH_MAX);
    if (!out)
        return NULL;
    if (rel[0] != '/' && slash)
        snprintf(out, PATH_MAX, "%.*s/%s", (int)(slash - sweep_file), sweep_file, rel);
    else
        snprintf(out, PATH_MAX, "%s", rel);
    return out;
}

/* An axis value for finding twins: numbers by value (1.0 and 1 are one point), others by text. */
struct axis_value {
    bool number;
    double x;
    const char *text;
    int index;
};

static int axis_value_order(const void *pa, const void *pb)
{
    const struct axis_value *a = pa, *b = pb;
    if (a->number != b->number)
        return a->number ? -1 : 1;
    int c = a->number ? (a->x < b->x ? -1 : a->x > b->x) : strcmp(a->text, b->text);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* The first value (in the file's order) that repeats an earlier one, and that earlier one's
 * index in *earlier; -1 if every value is different or out of memory (then the run goes on
 * unchecked). Sorting keeps it O(n log n) for long lists. */
static int repeated_value(const struct lv_sweep_axis *a, int *earlier)
{
    struct axis_value *v = malloc((size_t)a->count * sizeof *v);
    if (!v)
        return -1;
    for (int i = 0; i < a->count; i++) {
        v[i] = (struct axis_value){.text = a->values[i], .index = i};
        v[i].number = lv_parse_number(a->values[i], &v[i].x) == 0;
    }
    qsort(v, (size_t)a->count, sizeof *v, axis_value_order);
    int found = -1;
    for (int i = 1, first = 0; i < a->count; i++) {
        struct axis_value x = v[first], y = v[i];
        y.index = x.index;
        if (axis_value_order(&x, &y) != 0) {
            first = i; /* a new group; its lowest index sorts first */
        } else if (found < 0 || v[i].index < found) {
            found = v[i].index;
            *earlier = v[first].index;
        }
    }
    free(v);
    return found;
}

static bool read_axis(struct lv__reader *r, yaml_node_t *v, struct lv_sweep_axis *a, int number)
{
    char what[64];
    struct lv_msg_arg arg = lv_msg_int(number);
    const char *args[] = {arg.s};
    lv_msg_expand(what, sizeof what, lv_msg(LV_MSG_E_SWEEP_AXIS, r->diags->lang), 1, args);
    if (!lv__check_mapping(r, v, what, axis_keys))
        return false;
    const char *key = lv__scalar(lv__get(r, v, "key"));
    if (!key || !*key || strlen(key) >= sizeof a->key) {
        lv__error_msg(r, v, LV_MSG_E_SWEEP_AXIS_NEEDS_KEY, what, NULL);
        return false;
    }
    strcpy(a->key, key);
    yaml_node_t *values = lv__get(r, v, "values"), *from = lv__get(r, v, "from"), *to = lv__get(r, v, "to"), *step = lv__get(r, v, "step");
    if (values && (from || to || step)) {
        lv__error_msg(r, values, LV_MSG_E_SWEEP_AXIS_VALUES_AND_RANGE, what, NULL);
        return false;
    }
    if (values) {
        if (values->type != YAML_SEQUENCE_NODE || values->data.sequence.items.top == values->data.sequence.items.start) {
            lv__error_msg(r, values, LV_MSG_E_SWEEP_AXIS_VALUES_EMPTY, what, NULL);
            return false;
        }
        a->count = (int)(values->data.sequence.items.top - values->data.sequence.items.start);
        a->values = calloc((size_t)a->count, sizeof *a->values);
        a->line = calloc((size_t)a->count, sizeof *a->line);
        a->column = calloc((size_t)a->count, sizeof *a->column);
        if (!a->values || !a->line || !a->column)
            return false;
        for (int i = 0; i < a->count; i++) {
            yaml_node_t *x = yaml_document_get_node(r->doc, values->data.sequence.items.start[i]);
            const char *t = lv__scalar(x);
            a->line[i] = (int)x->start_mark.line + 1;
            a->column[i] = (int)x->start_mark.column + 1;
            if (!t) {
                lv__error_msg(r, x, LV_MSG_E_SWEEP_AXIS_VALUE_NOT_SINGLE, what, NULL);
                return false;
            }
            if (strlen(a->key) + strlen(t) + 2 > LV_SWEEP_MAX_OVERRIDE) {
                lv__error_msg(r, x, LV_MSG_E_SWEEP_AXIS_VALUE_TOO_LONG, what,
                              lv_msg_int((long long)(LV_SWEEP_MAX_OVERRIDE - strlen(a->key) - 2)).s, NULL);
                return false;
            }
            a->values[i] = dup_text(t);
            if (!a->values[i]) {
                lv__error_msg(r, x, LV_MSG_E_OUT_OF_MEMORY, NULL);
                return false;
            }
        }
        /* A value twice would run the same point twice: refused like a figure twice in metrics. */
        int earlier = -1, twice = repeated_value(a, &earlier);
        if (twice >= 0) {
            yaml_node_t *x = yaml_document_get_node(r->doc, values->data.sequence.items.start[twice]);
            lv__error_msg(r, x, LV_MSG_E_SWEEP_AXIS_VALUE_TWICE, what, a->values[twice], a->values[earlier],
                          lv_msg_int(a->line[earlier]).s, lv_msg_int(a->column[earlier]).s, NULL);
            return false;
        }
        return true;
    }
    double lo, hi, st;
    if (!from || !to || !step || lv_parse_number(lv__scalar(from) ? lv__scalar(from) : "", &lo) != 0 ||
        lv_parse_number(lv__scalar(to) ? lv__scalar(to) : "", &hi) != 0 ||
        lv_parse_number(lv__scalar(step) ? lv__scalar(step) : "", &st) != 0) {
        lv__error_msg(r, v, LV_MSG_E_SWEEP_AXIS_NEEDS_VALUES, what, NULL);
        return false;
    }
    if (!(st > 0) || hi < lo || (hi - lo) / st > 100000) {
        lv__error_msg(r, step, LV_MSG_E_SWEEP_AXIS_BAD_STEP, what, NULL);
        return false;
    }
    a->count = (int)floor((hi - lo) / st + 1e-9) + 1;
    a->values = calloc((size_t)a->count, sizeof *a->values);
    a->line = calloc((size_t)a->count, sizeof *a->line);
    a->column = calloc((size_t)a->count, sizeof *a->column);
    if (!a->values || !a->line || !a->column)
        return false;
    for (int i = 0; i < a->count; i++) {
        a->line[i] = (int)v->start_mark.line + 1;
        a->column[i] = (int)v->start_mark.column + 1;
        char buf[64];
        double x = lo + i * st;
        snprintf(buf, sizeof buf, "%.10g", fabs(x) < 1e-12 ? 0.0 : x);
        a->values[i] = dup_text(buf);
    }
    return true;
}

static void read_sweep(struct lv__reader *r, yaml_node_t *root, struct lv_sweep *s)
{
    if (!lv__check_mapping(r, root, lv_msg(LV_MSG_E_SWEEP_WHAT, r->diags->lang), sweep_keys))
        return;
    const char *t;
    yaml_node_t *x;
    if ((t = lv__scalar(lv__get(r, root, "name"))))
        snprintf(s->name, sizeof s->name, "%s", t);
    x = lv__get(r, root, "scenario");
    t = lv__scalar(x);
    if (!t) {
        lv__error_msg(r, x ? x : root, LV_MSG_E_SWEEP_NEEDS_SCENARIO, NULL);
        return;
    }
    if (strcmp(t, "default") != 0) {
        s->scenario_path = resolve(s->file, t);
        /* Unreadable: said at the `scenario:` value, with the system's reason. */
        char why[160];
        size_t len = 0;
        char *base = s->scenario_path ? lv__read_text(s->scenario_path, LV__MAX_FILE_BYTES, &len, r->diags->lang, why,
                                                      sizeof why)
                                      : NULL;
        if (!base) {
            lv__error_msg(r, x, LV_MSG_E_SWEEP_BASE_UNREADABLE, t, s->scenario_path ? why : "", NULL);
            return;
        }
        free(base);
    }
    s->replications = 10;
    uint64_t v;
    char text[96];
    if ((x = lv__get(r, root, "replications"))) {
        if (parse_integer(lv__scalar(x), 2, 100000, &v) != 0)
            lv__error_msg(r, x, LV_MSG_E_SWEEP_REPLICATIONS, shown(r, x, text), NULL);
        else
            s->replications = (int)v;
    }
    s->seed = 1;
    if ((x = lv__get(r, root, "seed"))) {
        if (parse_integer(lv__scalar(x), 0, INT64_MAX, &v) != 0)
            lv__error_msg(r, x, LV_MSG_E_SWEEP_SEED, lv_msg_int(INT64_MAX).s, shown(r, x, text), NULL);
        else
            s->seed = v;
    }
    if ((x = lv__get(r, root, "combine"))) {
        t = lv__scalar(x);
        if (t && strcmp(t, "zip") == 0)
            s->zip = true;
        else if (!t || strcmp(t, "grid") != 0)
            lv__error_msg(r, x, LV_MSG_E_SWEEP_COMBINE, t ? t : "?", NULL);
    }
    x = lv__get(r, root, "axes");
    if (!x || x->type != YAML_SEQUENCE_NODE || x->data.sequence.items.top == x->data.sequence.items.start) {
        lv__error_msg(r, x ? x : root, LV_MSG_E_SWEEP_NEEDS_AXES, NULL);
        return;
    }
    int n = (int)(x->data.sequence.items.top - x->data.sequence.items.start);
    if (n > LV_SWEEP_MAX_AXES) {
        lv__error_msg(r, x, LV_MSG_E_SWEEP_TOO_MANY_AXES, lv_msg_int(LV_SWEEP_MAX_AXES).s, NULL);
        return;
    }
    for (int i = 0; i < n; i++) {
        yaml_node_t *axis = yaml_document_get_node(r->doc, x->data.sequence.items.start[i]);
        if (!read_axis(r, axis, &s->axes[i], i + 1))
            return;
        s->axis_count = i + 1;
        for (int j = 0; j < i; j++)
            if (strcmp(s->axes[j].key, s->axes[i].key) == 0) {
                lv__error_msg(r, lv__get(r, axis, "key"), LV_MSG_E_SWEEP_AXIS_TWICE, lv_msg_int(i + 1).s,
                              s->axes[i].key, lv_msg_int(j + 1).s, NULL);
                return;
            }
    }
    long points = s->zip ? s->axes[0].count : 1;
    for (int i = 0; i < s->axis_count; i++) {
        if (s->zip && s->axes[i].count != s->axes[0].count) {
            lv__error_msg(r, x, LV_MSG_E_SWEEP_ZIP_COUNTS, lv_msg_int(s->axes[0].count).s, lv_msg_int(i + 1).s,
                          lv_msg_int(s->axes[i].count).s, NULL);
            return;
        }
        if (!s->zip)
            points *= s->axes[i].count;
        if (points > MAX_POINTS) {
            lv__error_msg(r, x, LV_MSG_E_SWEEP_TOO_MANY_POINTS, lv_msg_int(MAX_POINTS).s, NULL);
            return;
        }
    }
    s->point_count = (int)points;
    if ((x = lv__get(r, root, "set"))) {
        if (x->type != YAML_SEQUENCE_NODE) {
            lv__error_msg(r, x, LV_MSG_E_SWEEP_SET_NOT_A_LIST, NULL);
            return;
        }
        s->set_count = (int)(x->data.sequence.items.top - x->data.sequence.items.start);
        s->set = calloc((size_t)(s->set_count ? s->set_count : 1), sizeof *s->set);
        if (!s->set) {
            s->set_count = 0;
            lv__error_msg(r, x, LV_MSG_E_OUT_OF_MEMORY, NULL);
            return;
        }
        for (int i = 0; i < s->set_count; i++) {
            yaml_node_t *e = yaml_document_get_node(r->doc, x->data.sequence.items.start[i]);
            t = lv__scalar(e);
            if (!t || !strchr(t, '=') || t[0] == '=')
                lv__error_msg(r, e, LV_MSG_E_SWEEP_SET_ENTRY, NULL);
            else if (strlen(t) + 1 > LV_SWEEP_MAX_OVERRIDE)
                lv__error_msg(r, e, LV_MSG_E_SWEEP_SET_ENTRY_TOO_LONG, lv_msg_int(LV_SWEEP_MAX_OVERRIDE - 1).s, NULL);
            s->set[i] = dup_text(t ? t : "");
            if (!s->set[i])
                lv__error_msg(r, e, LV_MSG_E_OUT_OF_MEMORY, NULL);
        }
    }
    x = lv__get(r, root, "metrics");
    if (x) {
        if (x->type != YAML_SEQUENCE_NODE) {
            lv__error_msg(r, x, LV_MSG_E_SWEEP_METRICS_NOT_A_LIST, NULL);
            return;
        }
        for (yaml_node_item_t *it = x->data.sequence.items.start; it < x->data.sequence.items.top; it++) {
            yaml_node_t *e = yaml_document_get_node(r->doc, *it);
            t = lv__scalar(e);
            int found = -1;
            for (int m = 0; t && m < LV_HEADLINE_COUNT; m++)
                if (strcmp(lv_headline_info((enum lv_headline)m)->key, t) == 0)
                    found = m;
            bool again = false;
            for (int i = 0; i < s->metric_count; i++)
                again |= s->metrics[i] == found;
            if (found < 0)
                lv__error_msg(r, e, LV_MSG_E_SWEEP_UNKNOWN_FIGURE, t ? t : "?", NULL);
            else if (again)
                lv__error_msg(r, e, LV_MSG_E_SWEEP_FIGURE_TWICE, t, NULL);
            else
                s->metrics[s->metric_count++] = found;
        }
    } else {
        for (int m = 0; m < LV_HEADLINE_COUNT; m++)
            s->metrics[s->metric_count++] = m;
    }
    x = lv__get(r, root, "output");
    if (x && lv__scalar(x)) {
        s->output_dir = resolve(s->file, lv__scalar(x));
    } else {
        s->output_dir = malloc(PATH_MAX);
        if (s->output_dir) {
            snprintf(s->output_dir, PATH_MAX, "%s", s->file);
            char *dot = strrchr(s->output_dir, '.');
            if (dot && !strchr(dot, '/'))
                *dot = '\0';
            strncat(s->output_dir, "-results", PATH_MAX - strlen(s->output_dir) - 1);
        }
    }
}

struct lv_sweep *lv_sweep_load(const char *path, struct lv_diags *diags)
{
    size_t len = 0;
    char why[160];
    char *text = lv__read_text(path, LV__MAX_FILE_BYTES, &len, diags->lang, why, sizeof why);
    if (!text) {
        lv_diags_msg(diags, path, NULL, 0, 0, 1, LV_MSG_E_CANNOT_READ, why, NULL);
        return NULL;
    }
    struct lv_sweep *s = calloc(1, sizeof *s);
    struct lv__sources sources = {0};
    if (!s || lv__sources_add(&sources, path, text, len, false) < 0) {
        lv_diags_msg(diags, path, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        free(text);
        free(s);
        return NULL;
    }
    s->lang = diags->lang;
    s->file = dup_text(path);
    snprintf(s->name, sizeof s->name, "%s", path);
    yaml_document_t doc;
    struct lv__reader r = {.doc = &doc, .sources = &sources, .diags = diags};
    if (lv__yaml_parse(&doc, &sources, 0, diags) != 0) {
        lv__sources_fini(&sources, diags);
        free(text);
        lv_sweep_free(s);
        return NULL;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root)
        lv__error_msg(&r, NULL, LV_MSG_E_SWEEP_EMPTY, NULL);
    else
        read_sweep(&r, root, s);
    yaml_document_delete(&doc);
    lv__sources_fini(&sources, diags);
    /* The hash covers the sweep and the text of every file the base scenario is composed of (the
     * file and each it extends, as read), so changing any of them makes old results no longer
     * belong to it. File texts rather than the composed scenario: they do not depend on how a
     * version of lvsim renders or merges, and a base without extends hashes exactly as before. */
    uint64_t h = fnv1a(0xcbf29ce484222325ULL, text, len);
    free(text);
    if (r.errors == 0) {
        struct lv__sources base = {0};
        yaml_document_t composed;
        if (lv__compose(&composed, s->scenario_path, s->scenario_path ? NULL : lv_default_scenario_text(),
                        s->scenario_path ? s->scenario_path : "default",
                        NULL, 0, &base, diags) != 0) {
            r.errors++;
        } else {
            yaml_document_delete(&composed);
            if (!s->scenario_path)
                h = fnv1a(h, lv_default_scenario_text(), strlen(lv_default_scenario_text()));
            for (int i = 0, files = 0; i < base.count; i++) {
                if (!base.item[i].file)
                    continue;
                if (files++ > 0) /* a separator before each extended file's text */
                    h = fnv1a(h, "", 1);
                h = fnv1a(h, base.item[i].text, base.item[i].length);
            }
            s->hash = h;
        }
        lv__sources_fini(&base, diags);
    }
    if (r.errors) {
        lv_sweep_free(s);
        return NULL;
    }
    return s;
}

void lv_sweep_free(struct lv_sweep *s)
{
    if (!s)
        return;
    for (int i = 0; i < LV_SWEEP_MAX_AXES; i++) {
        for (int k = 0; k < s->axes[i].count; k++)
            free(s->axes[i].values[k]);
        free(s->axes[i].values);
        free(s->axes[i].line);
        free(s->axes[i].column);
    }
    for (int i = 0; i < s->set_count; i++)
        free(s->set[i]);
    free(s->set);
    free(s->file);
    free(s->scenario_path);
    free(s->output_dir);
    free(s);
}

int lv_sweep_add_set(struct lv_sweep *s, const char *override)
{
    char **more = realloc(s->set, (size_t)(s->set_count + 1) * sizeof *more);
    if (!more)
        return -1;
    s->set = more;
    s->set[s->set_count] = dup_text(override);
    if (!s->set[s->set_count])
        return -1;
    s->set_count++;
    s->hash = fnv1a(s->hash ^ 0x5e7ULL, override, strlen(override) + 1);
    return 0;
}

void lv_sweep_point(const struct lv_sweep *s, int point, int value_index[LV_SWEEP_MAX_AXES])
{
    int rest = point;
    for (int i = s->axis_count - 1; i >= 0; i--) {
        if (s->zip) {
            value_index[i] = point;
        } else {
            value_index[i] = rest % s->axes[i].count;
            rest /= s->axes[i].count;
        }
    }
}

/* The scenario with axis values idx; `point` names it in diagnostics, or, when -1, each axis
 * value is named by its line and column in the sweep file. */
static struct lv_scenario *scenario_of(const struct lv_sweep *s, const int idx[LV_SWEEP_MAX_AXES], int point,
                                       struct lv_diags *diags)
{
    int n = s->set_count + s->axis_count;
    struct lv_override *ov = calloc((size_t)(n ? n : 1), sizeof *ov);
    char(*buf)[LV_SWEEP_MAX_OVERRIDE] = calloc((size_t)(n ? n : 1), sizeof *buf);
    char(*text)[LV_SWEEP_MAX_OVERRIDE] = calloc((size_t)(n ? n : 1), sizeof *text);
    char(*label)[1200] = calloc((size_t)(n ? n : 1), sizeof *label);
    struct lv_scenario *sc = NULL;
    if (!ov || !buf || !text || !label) {
        lv_diags_msg(diags, s->file, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        goto done;
    }
    for (int i = 0; i < n; i++) {
        if (i < s->set_count) {
            snprintf(text[i], sizeof text[i], "%s", s->set[i]);
            const char *args[] = {s->file, text[i]};
            lv_msg_expand(label[i], sizeof label[i], lv_msg(LV_MSG_E_SWEEP_SET_LABEL, diags->lang), 2, args);
        } else {
            int a = i - s->set_count;
            snprintf(text[i], sizeof text[i], "%s=%s", s->axes[a].key, s->axes[a].values[idx[a]]);
            struct lv_msg_arg axis = lv_msg_int(a + 1), at = lv_msg_int(point);
            struct lv_msg_arg line = lv_msg_int(s->axes[a].line[idx[a]]), column = lv_msg_int(s->axes[a].column[idx[a]]);
            const char *args[] = {s->file, axis.s, at.s, text[i]};
            const char *at_value[] = {s->file, line.s, column.s, axis.s, text[i]};
            if (point >= 0)
                lv_msg_expand(label[i], sizeof label[i], lv_msg(LV_MSG_E_SWEEP_AXIS_LABEL, diags->lang), 4, args);
            else
                lv_msg_expand(label[i], sizeof label[i], lv_msg(LV_MSG_E_SWEEP_AXIS_VALUE_LABEL, diags->lang), 5,
                              at_value);
        }
        if (lv_override_parse(text[i], buf[i], sizeof buf[i], &ov[i]) != 0) {
            lv_diags_msg(diags, label[i], NULL, 0, 0, 1, LV_MSG_E_SWEEP_NOT_AN_OVERRIDE, NULL);
            goto done;
        }
        ov[i].label = label[i];
    }
    if (s->scenario_path)
        sc = lv_scenario_load(s->scenario_path, NULL, NULL, ov, n, diags);
    else
        sc = lv_scenario_load(NULL, lv_default_scenario_text(), "default", ov, n, diags);
done:
    free(ov);
    free(buf);
    free(text);
    free(label);
    return sc;
}

struct lv_scenario *lv_sweep_scenario(const struct lv_sweep *s, int point, struct lv_diags *diags)
{
    int idx[LV_SWEEP_MAX_AXES];
    lv_sweep_point(s, point, idx);
    return scenario_of(s, idx, point, diags);
}

/* Scenario loads lv_sweep_check spends at most (about 0.1 ms each): a sweep of 100 000 values
 * is not held up for seconds; the points beyond are checked when they run. */
#define CHECK_LOADS 5000

int lv_sweep_check(const struct lv_sweep *s, struct lv_diags *diags)
{
    /* Each value once, before the points (of which there may be very many more): a bad value is
     * reported where it is written. In a zip an axis's values come together, point by point.
     * The axes take turns (each one's first value, then each one's second, ...), so a long axis
     * does not use up the loads before a short one's values are checked. */
    int loads = 0, longest = 0;
    for (int a = 0; a < s->axis_count; a++)
        longest = s->axes[a].count > longest ? s->axes[a].count : longest;
    for (int v = 0; v < longest && loads < CHECK_LOADS; v++)
        for (int a = 0; a < s->axis_count && !(s->zip && a > 0) && loads < CHECK_LOADS; a++) {
            if (v >= s->axes[a].count)
                continue;
            loads++;
            int idx[LV_SWEEP_MAX_AXES] = {0};
            for (int b = 0; b < s->axis_count; b++)
                idx[b] = s->zip || b == a ? v : 0;
            struct lv_scenario *sc = scenario_of(s, idx, -1, diags);
            if (!sc)
                return -1;
            lv_scenario_free(sc);
        }
    /* Then the first points, for combinations that fail where each value alone does not. A zip's
     * points were its values. */
    for (int p = 0; !s->zip && p < s->point_count && loads < CHECK_LOADS; p++, loads++) {
        struct lv_scenario *sc = lv_sweep_scenario(s, p, diags);
        if (!sc)
            return -1;
        lv_scenario_free(sc);
    }
    return 0;
}

/* ---- result directory ----
 *
 * Many processes may share one result directory (shards under GNU parallel, array jobs on a
 * shared file system). The rules that keep every finished record:
 *  - sweep.json, the manifest, is created once and exclusively (link of a whole temporary file),
 *    so two different sweeps started at once cannot both claim the directory;
 *  - each slice appends only to its own part file and holds an exclusive fcntl lock on it while
 *    it runs; only the lock holder ever cuts a torn last line off, and only off its own file;
 *  - everyone else reads part files and never changes them: a last line without its newline may
 *    be a record being written, and is ignored;
 *  - every record carries a checksum of its text and is checked field by field against the run
 *    table; a bad line is skipped with a warning and its point counts as not done (rerun).
 *
 * A record is one line, the check its last field:
 *   {"sweep":HASH,"point":P,"values":{KEY:TEXT,...},"figures":{NAME:{"mean":X,"ci95":X,"n":N},...},"check":C}
 * (a censored quantile's figure adds "censored":true,"censored_n":K after n, as run's JSON does;
 * records without them, of an lvsim before, are read as uncensored; an lvsim before skips records
 * with them as damaged and runs their points again), where C is the FNV-1a 64 (16 hex digits) of the line without ',"check":C', so a reader verifies
 * it on the raw text before parsing anything. */

#define CHECK_SUFFIX_LEN 28 /* ,"check":"0123456789abcdef"} */
#define MAX_WARNING (PATH_MAX + 160)

static void hash_text(const struct lv_sweep *s, char out[32])
{
    snprintf(out, 32, "%016llx", (unsigned long long)s->hash);
}

static uint64_t record_check(const char *line, size_t len)
{
    return fnv1a(fnv1a(0xcbf29ce484222325ULL, line, len - CHECK_SUFFIX_LEN), "}", 1);
}

/* Catalogue message id, its {1}.. filled by the strings that follow (NULL-terminated), to w. */
static void warn_at(const struct lv_sweep *s, const struct lv_sweep_warnings *w, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static void warn_at(const struct lv_sweep *s, const struct lv_sweep_warnings *w, enum lv_msg id, ...)
{
    if (!w || !w->warn)
        return;
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    char msg[MAX_WARNING];
    lv_msg_expand(msg, sizeof msg, lv_msg(id, s->lang), argc, args);
    w->warn(w->context, msg);
}

static char *manifest_text(const struct lv_sweep *s)
{
    cJSON *m = cJSON_CreateObject();
    char hash[32];
    hash_text(s, hash);
    cJSON_AddStringToObject(m, "lvsim_version", LV_VERSION);
    cJSON_AddNumberToObject(m, "format", LV_SWEEP_FORMAT);
    cJSON_AddStringToObject(m, "sweep", s->name);
    cJSON_AddStringToObject(m, "hash", hash);
    cJSON_AddNumberToObject(m, "points", s->point_count);
    cJSON_AddNumberToObject(m, "replications", s->replications);
    cJSON_AddNumberToObject(m, "seed", (double)s->seed);
    cJSON_AddStringToObject(m, "generator", LV_RNG_NAME);
    cJSON *axes = cJSON_AddArrayToObject(m, "axes");
    for (int i = 0; i < s->axis_count; i++)
        cJSON_AddItemToArray(axes, cJSON_CreateString(s->axes[i].key));
    char *t = cJSON_Print(m);
    cJSON_Delete(m);
    return t;
}

/* Writes all of buf, going on after a short write, so a failure leaves errno as the failing
 * call set it (ENOSPC, EFBIG), never the stale value a short count would. Returns 0 or -1. */
static int write_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t put = write(fd, buf, len);
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0)
            return -1;
        if (put == 0) {
            errno = EIO;
            return -1;
        }
        buf += put;
        len -= (size_t)put;
    }
    return 0;
}

/* Writes text and a newline to a new temporary sibling of path, named in tmp (at least
 * PATH_MAX + 32 bytes), synced to disk. */
static int write_temp(const struct lv_sweep *s, const char *path, const char *text, char *tmp, char *err, size_t n)
{
    snprintf(tmp, PATH_MAX + 32, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fail(s, err, n, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(errno), NULL);
        return -1;
    }
    bool ok = write_all(fd, text, strlen(text)) == 0 && write_all(fd, "\n", 1) == 0 && fsync(fd) == 0;
    int why = errno; /* of the call that failed: close and unlink must not change it */
    if (close(fd) != 0 && ok) {
        ok = false;
        why = errno;
    }
    if (ok && chmod(tmp, 0644) != 0) {
        ok = false;
        why = errno;
    }
    if (!ok) {
        fail(s, err, n, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(why), NULL);
        unlink(tmp);
        return -1;
    }
    return 0;
}

static int write_file_atomically(const struct lv_sweep *s, const char *path, const char *text, char *err,
                                 size_t n)
{
    char tmp[PATH_MAX + 32];
    if (write_temp(s, path, text, tmp, err, n) != 0)
        return -1;
    if (rename(tmp, path) != 0) {
        fail(s, err, n, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(errno), NULL);
        unlink(tmp);
        return -1;
    }
    return 0;
}

/* Checks dir's manifest: 0 if it is this sweep's, 1 if there is none, LV_SWEEP_MISMATCH if it
 * belongs to another sweep or format, -1 if it cannot be read. */
static int check_manifest(const struct lv_sweep *s, const char *dir, char *err, size_t n)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/sweep.json", dir);
    size_t len;
    char why[160];
    errno = 0;
    /* Not a regular file (a device, a FIFO) is refused without reading or blocking. */
    char *text = lv__read_text(path, LV__MAX_FILE_BYTES, &len, s->lang, why, sizeof why);
    if (!text) {
        if (errno == ENOENT)
            return 1;
        fail(s, err, n, LV_MSG_E_CANNOT_READ_FILE, path, why, NULL);
        return -1;
    }
    cJSON *m = cJSON_ParseWithLength(text, len);
    free(text);
    char hash[32];
    hash_text(s, hash);
    const cJSON *h = cJSON_GetObjectItemCaseSensitive(m, "hash"), *f = cJSON_GetObjectItemCaseSensitive(m, "format");
    int rc = 0;
    if (!cJSON_IsString(h) || strcmp(h->valuestring, hash) != 0) {
        fail(s, err, n, LV_MSG_E_SWEEP_DIR_OTHER_SWEEP, dir, NULL);
        rc = LV_SWEEP_MISMATCH;
    } else if (!cJSON_IsNumber(f) || f->valuedouble < LV_SWEEP_FORMAT) {
        fail(s, err, n, LV_MSG_E_SWEEP_DIR_OLDER, dir, NULL);
        rc = LV_SWEEP_MISMATCH;
    } else if (f->valuedouble != LV_SWEEP_FORMAT) {
        fail(s, err, n, LV_MSG_E_SWEEP_DIR_NEWER, dir, lv_msg_num(f->valuedouble).s, lv_msg_int(LV_SWEEP_FORMAT).s,
             NULL);
        rc = LV_SWEEP_MISMATCH;
    }
    cJSON_Delete(m);
    return rc;
}

static int claim_dir(const struct lv_sweep *s, const char *dir, char *err, size_t n);

int lv_sweep_open_dir(const struct lv_sweep *s, const char *dir, char *err, size_t n)
{
    bool made = mkdir(dir, 0755) == 0;
    if (!made && errno != EEXIST) {
        fail(s, err, n, LV_MSG_E_SWEEP_CANNOT_CREATE_DIR, dir, strerror(errno), NULL);
        return -1;
    }
    int rc = claim_dir(s, dir, err, n);
    if (rc != 0 && made)
        rmdir(dir); /* made for nothing (a full disk): gone again; kept if anything is in it */
    return rc;
}

static int claim_dir(const struct lv_sweep *s, const char *dir, char *err, size_t n)
{
    int rc = check_manifest(s, dir, err, n);
    if (rc <= 0)
        return rc;
    DIR *d = opendir(dir);
    if (d) { /* a directory with other lvsim files but no manifest is not ours to fill */
        struct dirent *e;
        bool foreign = false;
        while ((e = readdir(d)))
            foreign |= strncmp(e->d_name, "part-", 5) == 0 || strcmp(e->d_name, "points.csv") == 0;
        closedir(d);
        /* A sweep that created the manifest just after we looked may have written a part file
         * already: then its manifest decides. */
        if (foreign && (rc = check_manifest(s, dir, err, n)) != 1)
            return rc;
        if (foreign) {
            fail(s, err, n, LV_MSG_E_SWEEP_DIR_NO_MANIFEST, dir, NULL);
            return LV_SWEEP_MISMATCH;
        }
    }
    /* Two sweeps started at once both find no manifest. Each writes its manifest in full under a
     * temporary name and links it to sweep.json, which only the first can do (link() is atomic,
     * also on NFS); the other then reads the winner's manifest and is refused before it writes
     * anything. */
    char path[PATH_MAX], tmp[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/sweep.json", dir);
    char *text = manifest_text(s);
    if (!text) {
        fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    rc = write_temp(s, path, text, tmp, err, n);
    free(text);
    if (rc != 0)
        return -1;
    rc = link(tmp, path);
    int link_errno = errno;
    if (rc != 0 && link_errno != EEXIST) {
        /* A file system without hard links (FAT, some FUSE ones): exclusive creation instead;
         * a reader may then see the manifest half-written for a moment. */
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
        link_errno = errno;
        if (fd >= 0) {
            text = manifest_text(s);
            size_t len = text ? strlen(text) : 0;
            rc = text && write_all(fd, text, len) == 0 && write_all(fd, "\n", 1) == 0 && fsync(fd) == 0 ? 0 : -1;
            link_errno = text ? errno : ENOMEM;
            free(text);
            rc |= close(fd);
            if (rc != 0) /* ours and half-written: it must not make later runs "another sweep" */
                unlink(path);
        }
    }
    unlink(tmp);
    if (rc == 0)
        return 0;
    if (link_errno == EEXIST) {
        rc = check_manifest(s, dir, err, n);
        if (rc != 1)
            return rc;
    }
    fail(s, err, n, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(link_errno), NULL);
    return -1;
}

/* The longest line a writer can produce: the frame, every axis's key and value (at most
 * LV_SWEEP_MAX_OVERRIDE bytes together, each byte at most 6 once escaped in JSON) and every
 * figure (a name and three numbers). Part files are read a line at a time in a buffer of this
 * size, so no file, however large or whatever it holds, makes a reader allocate more. */
#define MAX_RECORD_BYTES ((size_t)256 + LV_SWEEP_MAX_AXES * (6 * (size_t)LV_SWEEP_MAX_OVERRIDE + 16) + 64 * (size_t)256)

/* Whether a figure's mean, ci95 (each a number or null) and n are what point_record can write:
 * an estimate has a mean only from at least 1 replication and an interval only from at least 2
 * (lv_estimate: NaN below, written as null); every headline figure is a count, a time, a rate or
 * a share, never negative; a share of calls, episodes, patients or days that is a part of its
 * whole is at most 1 (time shares such as occupancy are left open: work may run past a shift). */
static bool figure_possible(enum lv_headline m, const cJSON *mean, const cJSON *ci95, int n)
{
    bool has_mean = cJSON_IsNumber(mean), has_ci = cJSON_IsNumber(ci95);
    if ((has_mean && n < 1) || (has_ci && (n < 2 || !has_mean)))
        return false;
    if ((has_mean && !(mean->valuedouble >= 0)) || (has_ci && !(ci95->valuedouble >= 0)))
        return false;
    switch (m) {
    case LV_M_WITHIN_TARGET:
    case LV_M_WITHIN_10MIN:
    case LV_M_ANSWERED:
    case LV_M_ABANDONED:
    case LV_M_BUSY:
    case LV_M_EPISODE_ANSWERED:
    case LV_M_EPISODE_WITHIN_TARGET:
    case LV_M_DAYS_MEETING_TARGET:
    case LV_M_RED_SEEN_WITHIN:
        return !has_mean || mean->valuedouble <= 1;
    default:
        return true;
    }
}

/* Checks one line of a part file (without its newline). Returns the record, or NULL with the
 * reason in *why; *foreign when it is an intact record of another sweep. */
static cJSON *parse_record(const struct lv_sweep *s, const char *hash, const char *line, size_t len, int *point,
                           enum lv_msg *why, bool *foreign)
{
    static const char *const fields[] = {"sweep", "point", "values", "figures", "check"};
    static const char *const figure_fields[] = {"mean", "ci95", "n"};
    const char *tail = len >= CHECK_SUFFIX_LEN ? line + len - CHECK_SUFFIX_LEN : NULL;
    bool hex = tail != NULL;
    for (int i = 10; hex && i < 26; i++)
        hex = (tail[i] >= '0' && tail[i] <= '9') || (tail[i] >= 'a' && tail[i] <= 'f');
    if (!hex || memcmp(tail, ",\"check\":\"", 10) != 0 || memcmp(tail + 26, "\"}", 2) != 0 || line[0] != '{') {
        *why = len == 0 ? LV_MSG_E_RECORD_EMPTY : LV_MSG_E_RECORD_NOT_WHOLE;
        return NULL;
    }
    char check[17];
    snprintf(check, sizeof check, "%016llx", (unsigned long long)record_check(line, len));
    if (memcmp(check, tail + 10, 16) != 0) {
        *why = LV_MSG_E_RECORD_CHECKSUM;
        return NULL;
    }
    const char *end = NULL;
    cJSON *rec = memchr(line, '\0', len) ? NULL : cJSON_ParseWithLengthOpts(line, len, &end, false);
    *why = LV_MSG_E_RECORD_NOT_JSON;
    if (!rec || end != line + len)
        goto bad;
    const cJSON *f = rec->child;
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++, f = f->next)
        if (!f || !f->string || strcmp(f->string, fields[i]) != 0) {
            *why = LV_MSG_E_RECORD_FIELDS;
            goto bad;
        }
    if (f || !cJSON_IsObject(rec)) {
        *why = LV_MSG_E_RECORD_FIELDS;
        goto bad;
    }
    const cJSON *h = rec->child, *p = h->next, *values = p->next, *figures = values->next;
    if (!cJSON_IsString(h)) {
        *why = LV_MSG_E_RECORD_SWEEP_NOT_TEXT;
        goto bad;
    }
    if (strcmp(h->valuestring, hash) != 0) {
        *foreign = true;
        *why = LV_MSG_E_RECORD_OTHER_SWEEP;
        goto bad;
    }
    if (!cJSON_IsNumber(p) || !(p->valuedouble >= 0 && p->valuedouble < s->point_count) ||
        p->valuedouble != floor(p->valuedouble)) {
        *why = LV_MSG_E_RECORD_POINT;
        goto bad;
    }
    *point = (int)p->valuedouble;
    int idx[LV_SWEEP_MAX_AXES];
    lv_sweep_point(s, *point, idx);
    const cJSON *v = cJSON_IsObject(values) ? values->child : NULL;
    for (int a = 0; a < s->axis_count; a++, v = v->next)
        if (!v || !cJSON_IsString(v) || strcmp(v->string, s->axes[a].key) != 0 ||
            strcmp(v->valuestring, s->axes[a].values[idx[a]]) != 0) {
            *why = LV_MSG_E_RECORD_VALUES;
            goto bad;
        }
    if (v || !cJSON_IsObject(values)) {
        *why = LV_MSG_E_RECORD_VALUES;
        goto bad;
    }
    const cJSON *fig = cJSON_IsObject(figures) ? figures->child : NULL;
    for (int i = 0; i < s->metric_count; i++, fig = fig->next) {
        *why = LV_MSG_E_RECORD_FIGURES;
        const char *name = lv_headline_info((enum lv_headline)s->metrics[i])->key;
        if (!fig || !cJSON_IsObject(fig) || strcmp(fig->string, name) != 0)
            goto bad;
        const cJSON *x = fig->child, *mean = x, *ci95 = x ? x->next : NULL, *count = ci95 ? ci95->next : NULL;
        for (int k = 0; k < 3; k++, x = x->next) {
            if (!x || strcmp(x->string, figure_fields[k]) != 0)
                goto bad;
            bool number = cJSON_IsNumber(x) && isfinite(x->valuedouble);
            if (k < 2 && !number && !cJSON_IsNull(x))
                goto bad;
            if (k == 2 && (!number || x->valuedouble < 0 || x->valuedouble > s->replications ||
                           x->valuedouble != floor(x->valuedouble)))
                goto bad;
        }
        /* Then, only for a censored quantile, "censored": true and "censored_n": k with 1 <= k <= n
         * (records written before lvsim carried censoring have neither, and are read as before). */
        if (x) {
            const cJSON *k = x->next;
            if (strcmp(x->string, "censored") != 0 || !cJSON_IsTrue(x) || !k || strcmp(k->string, "censored_n") != 0 ||
                !cJSON_IsNumber(k) || !(k->valuedouble >= 1 && k->valuedouble <= count->valuedouble) ||
                k->valuedouble != floor(k->valuedouble) || k->next)
                goto bad;
        }
        if (!figure_possible((enum lv_headline)s->metrics[i], mean, ci95, count->valueint)) {
            *why = LV_MSG_E_RECORD_IMPOSSIBLE;
            goto bad;
        }
    }
    if (fig || !cJSON_IsObject(figures)) {
        *why = LV_MSG_E_RECORD_FIGURES;
        goto bad;
    }
    return rec;
bad:
    cJSON_Delete(rec);
    return NULL;
}

/* One whole line of a part file: marks its point in done and, with records, keeps the first
 * record of each point; a bad line is skipped with a warning. */
static int take_line(const struct lv_sweep *s, const char *hash, const char *path, int number, const char *line,
                     size_t len, bool *done, cJSON **records, const struct lv_sweep_warnings *w, char *err, size_t n)
{
    int point = -1;
    enum lv_msg why = LV_MSG_E_RECORD_NOT_WHOLE;
    bool foreign = false;
    cJSON *rec = parse_record(s, hash, line, len, &point, &why, &foreign);
    if (foreign) {
        fail(s, err, n, LV_MSG_E_SWEEP_PART_OTHER_SWEEP, path, lv_msg_int(number).s, NULL);
        return LV_SWEEP_MISMATCH;
    }
    if (!rec) {
        warn_at(s, w, LV_MSG_E_SWEEP_DAMAGED_RECORD, path, lv_msg_int(number).s, lv_msg(why, s->lang), NULL);
        return 0;
    }
    if (done)
        done[point] = true;
    if (records && !records[point])
        records[point] = rec; /* duplicates are identical: keep the first */
    else
        cJSON_Delete(rec);
    return 0;
}

/* Reads the records of the open regular part file fd, a line at a time (see MAX_RECORD_BYTES):
 * a line longer than any record is skipped as damaged. Sets *whole to the length of the whole
 * lines: a last line without its newline is being written (or was torn by a kill) and is not
 * read. A file longer than every point's record once (and a torn line) cannot be a part file of
 * this sweep and is refused. */
static int read_part(const struct lv_sweep *s, const char *path, int fd, bool *done, cJSON **records,
                     const struct lv_sweep_warnings *w, off_t *whole, char *err, size_t n)
{
    char hash[32];
    hash_text(s, hash);
    size_t cap = MAX_RECORD_BYTES + 1;
    unsigned long long limit = ((unsigned long long)s->point_count + 1) * cap;
    char *buf = malloc(cap);
    if (!buf) {
        fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    off_t at = 0;   /* the file offset of buf[0] */
    size_t have = 0;
    bool overlong = false; /* within a line longer than any record: dropped up to its newline */
    int number = 0, rc = 0;
    *whole = 0;
    for (;;) {
        if ((unsigned long long)at + have > limit) {
            char why[160];
            const char *args[] = {lv_msg_int((long long)((limit >> 20) + 1)).s};
            lv_msg_expand(why, sizeof why, lv_msg(LV_MSG_E_FILE_TOO_LARGE, s->lang), 1, args);
            fail(s, err, n, LV_MSG_E_CANNOT_READ_FILE, path, why, NULL);
            rc = -1;
            break;
        }
        ssize_t got = pread(fd, buf + have, cap - have, at + (off_t)have);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            fail(s, err, n, LV_MSG_E_CANNOT_READ_FILE, path, strerror(errno), NULL);
            rc = -1;
            break;
        }
        have += (size_t)got;
        size_t begin = 0;
        const char *nl;
        while (rc == 0 && (nl = memchr(buf + begin, '\n', have - begin))) {
            size_t len = (size_t)(nl - (buf + begin));
            number++;
            if (overlong) {
                char why[160];
                const char *args[] = {lv_msg_int((long long)MAX_RECORD_BYTES).s};
                lv_msg_expand(why, sizeof why, lv_msg(LV_MSG_E_RECORD_TOO_LONG, s->lang), 1, args);
                warn_at(s, w, LV_MSG_E_SWEEP_DAMAGED_RECORD, path, lv_msg_int(number).s, why, NULL);
                overlong = false;
            } else {
                rc = take_line(s, hash, path, number, buf + begin, len, done, records, w, err, n);
            }
            begin += len + 1;
            *whole = at + (off_t)begin;
        }
        if (rc != 0 || got == 0)
            break;
        if (begin == 0 && have == cap) { /* no newline in a full buffer */
            overlong = true;
            begin = have;
        }
        memmove(buf, buf + begin, have - begin);
        at += (off_t)begin;
        have -= begin;
    }
    free(buf);
    return rc;
}

static bool is_part_name(const char *name)
{
    size_t l = strlen(name);
    return strncmp(name, "part-", 5) == 0 && l > 11 && strcmp(name + l - 6, ".jsonl") == 0;
}

/* Reads every part file of dir except `skip` (a name). Reads only: never changes a file. */
static int scan_dir(const struct lv_sweep *s, const char *dir, const char *skip, bool *done, cJSON **records,
                    const struct lv_sweep_warnings *w, char *err, size_t n)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (errno == ENOENT && !records)
            return 0; /* nothing yet */
        fail(s, err, n, LV_MSG_E_SWEEP_CANNOT_READ_DIR, dir, strerror(errno), NULL);
        return -1;
    }
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (!is_part_name(e->d_name) || (skip && strcmp(e->d_name, skip) == 0))
            continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        /* O_NONBLOCK: a FIFO must not wait for a writer; anything but a regular file (a device,
         * a link to one) is refused before a byte is read. */
        int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        struct stat st;
        off_t whole;
        if (fd < 0 || fstat(fd, &st) != 0) {
            fail(s, err, n, LV_MSG_E_CANNOT_READ_FILE, path, strerror(errno), NULL);
            rc = -1;
        } else if (!S_ISREG(st.st_mode)) {
            fail(s, err, n, LV_MSG_E_CANNOT_READ_FILE, path, lv_msg(lv__file_kind(st.st_mode), s->lang), NULL);
            rc = -1;
        } else {
            rc = read_part(s, path, fd, done, records, w, &whole, err, n);
        }
        if (fd >= 0)
            close(fd);
    }
    closedir(d);
    return rc;
}

int lv_sweep_scan(const struct lv_sweep *s, const char *dir, bool *done, const struct lv_sweep_warnings *w,
                  char *err, size_t n)
{
    return scan_dir(s, dir, NULL, done, NULL, w, err, n);
}

/* ---- running ---- */

struct job {
    const struct lv_sweep *s;
    const int *todo;
    int todo_count;
    atomic_int next;
    atomic_int failed;
    int failed_point; /* the lowest point that could not be simulated: its message is kept */
    bool invalid;     /* that point's scenario is invalid (LV_SWEEP_INVALID) */
    int fd;
    const char *path; /* of the part file, for messages */
    off_t size; /* of the part file: its whole records */
    int done;
    int jobs_per_point; /* threads for one point's replications when points are fewer than cores */
    pthread_mutex_t lock;
    const struct lv_sweep_progress *progress;
    char *err;
    size_t errn;
};

/* The record of a point as one line with its checksum and newline. */
static char *point_record(const struct lv_sweep *s, int point, const struct lv_summary *sum)
{
    char hash[32];
    hash_text(s, hash);
    cJSON *rec = cJSON_CreateObject();
    cJSON_AddStringToObject(rec, "sweep", hash);
    cJSON_AddNumberToObject(rec, "point", point);
    cJSON *values = cJSON_AddObjectToObject(rec, "values");
    int idx[LV_SWEEP_MAX_AXES];
    lv_sweep_point(s, point, idx);
    for (int a = 0; a < s->axis_count; a++)
        cJSON_AddStringToObject(values, s->axes[a].key, s->axes[a].values[idx[a]]);
    cJSON *figures = cJSON_AddObjectToObject(rec, "figures");
    for (int i = 0; i < s->metric_count; i++) {
        const struct lv_estimate *e = &sum->headline[s->metrics[i]];
        cJSON *f = cJSON_AddObjectToObject(figures, lv_headline_info((enum lv_headline)s->metrics[i])->key);
        if (isfinite(e->mean))
            cJSON_AddNumberToObject(f, "mean", e->mean);
        else
            cJSON_AddNullToObject(f, "mean");
        if (isfinite(e->half_width))
            cJSON_AddNumberToObject(f, "ci95", e->half_width);
        else
            cJSON_AddNullToObject(f, "ci95");
        cJSON_AddNumberToObject(f, "n", e->n);
        if (e->censored > 0) { /* as run writes it (output.c): only a censored figure has these */
            cJSON_AddTrueToObject(f, "censored");
            cJSON_AddNumberToObject(f, "censored_n", e->censored);
        }
    }
    char *body = cJSON_PrintUnformatted(rec);
    cJSON_Delete(rec);
    size_t len = body ? strlen(body) : 0;
    char *line = len > 0 ? malloc(len + CHECK_SUFFIX_LEN + 2) : NULL;
    if (line) {
        /* The check goes in before the closing brace; it covers the text without it. */
        memcpy(line, body, len - 1);
        snprintf(line + len - 1, CHECK_SUFFIX_LEN + 3, ",\"check\":\"%016llx\"}\n",
                 (unsigned long long)fnv1a(0xcbf29ce484222325ULL, body, len));
    }
    free(body);
    return line;
}

static void *worker(void *arg)
{
    struct job *j = arg;
    const struct lv_sweep *s = j->s;
    for (;;) {
        int k = atomic_fetch_add(&j->next, 1);
        if (k >= j->todo_count || atomic_load(&j->failed) || (j->progress && j->progress->stop && *j->progress->stop))
            break;
        int point = j->todo[k];
        struct lv_diags d;
        lv_diags_init(&d);
        d.lang = s->lang;
        struct lv_scenario *sc = lv_sweep_scenario(s, point, &d);
        /* A point beyond those checked before the run (lv_sweep_check) may be invalid: its first
         * error names the sweep file, the axis and point, and the loader's reason. */
        char invalid[768] = "";
        if (!sc && d.count > 0) {
            const struct lv_diag *e = &d.items[0];
            if (e->line > 0) /* syntax, not a message */
                snprintf(invalid, sizeof invalid, "%s:%d:%d: %s", e->file, e->line, e->column, e->message);
            else
                snprintf(invalid, sizeof invalid, "%s: %s", e->file, e->message);
        }
        lv_diags_fini(&d);
        struct lv_results res;
        struct lv_summary sum;
        char why[512] = "";
        struct lv_run_options o = {.replications = s->replications, .seed = s->seed, .jobs = j->jobs_per_point,
                                   .error = why, .error_size = sizeof why, .lang = s->lang};
        char *line = NULL;
        if (sc && lv_run(sc, &o, &res) == 0) {
            if (lv_summary_compute(&res, &sum) == 0) {
                line = point_record(s, point, &sum);
                lv_summary_fini(&sum);
            }
            lv_results_fini(&res);
        }
        bool loaded = sc != NULL;
        lv_scenario_free(sc);
        pthread_mutex_lock(&j->lock);
        if (!line) {
            /* Points in flight finish, so the lowest failing one is the same for any -j. */
            if (!atomic_exchange(&j->failed, 1) || point < j->failed_point) {
                j->failed_point = point;
                j->invalid = invalid[0] != '\0';
                if (j->invalid)
                    fail(s, j->err, j->errn, LV_MSG_E_SWEEP_POINT_INVALID, lv_msg_int(point).s, invalid, NULL);
                else
                    fail(s, j->err, j->errn, LV_MSG_E_SWEEP_POINT_FAILED, lv_msg_int(point).s,
                     why[0] ? why : lv_msg(loaded ? LV_MSG_E_OUT_OF_MEMORY : LV_MSG_E_SWEEP_INVALID_OR_NO_MEMORY, s->lang),
                     NULL);
            }
        } else if (!atomic_load(&j->failed)) {
            /* One write per record: a kill leaves whole lines and at most one torn last line. A
             * short write is cut off again at once, so nothing is ever appended to a torn line. */
            size_t len = strlen(line);
            if (write_all(j->fd, line, len) != 0 || fsync(j->fd) != 0) {
                int e = errno;
                if (ftruncate(j->fd, j->size) != 0) {
                    /* the torn line stays; the next run of this slice cuts it off */
                }
                if (!atomic_exchange(&j->failed, 1))
                    fail(s, j->err, j->errn, LV_MSG_E_SWEEP_CANNOT_APPEND_TO, j->path, strerror(e), NULL);
            } else {
                j->size += (off_t)len;
                j->done++;
                if (j->progress && j->progress->report)
                    j->progress->report(j->progress->context, j->done, j->todo_count);
            }
        }
        pthread_mutex_unlock(&j->lock);
        free(line);
    }
    return NULL;
}

/* Opens and locks the slice's own part file, reads its records and cuts off a torn last line.
 * fcntl locks belong to the process and are dropped when it closes ANY descriptor of the file,
 * so the file is read through this descriptor and never opened elsewhere while locked. */
static int open_own_part(const struct lv_sweep *s, const char *path, bool *done, const struct lv_sweep_warnings *w,
                         off_t *size, char *err, size_t n)
{
    /* O_NOFOLLOW: never append through a link to a file elsewhere; O_NONBLOCK: a FIFO in its
     * place must not block the open (it is refused just below). */
    int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0644);
    struct stat st;
    if (fd < 0) {
        if (errno == ELOOP)
            fail(s, err, n, LV_MSG_E_SWEEP_OWN_FILE_LINK, path, NULL);
        else
            fail(s, err, n, LV_MSG_E_CANNOT_OPEN_FILE, path, strerror(errno), NULL);
        return -1;
    }
    bool stated = fstat(fd, &st) == 0;
    if (!stated || !S_ISREG(st.st_mode)) {
        fail(s, err, n, LV_MSG_E_CANNOT_OPEN_FILE, path,
             stated ? lv_msg(lv__file_kind(st.st_mode), s->lang) : strerror(errno), NULL);
        close(fd);
        return -1;
    }
    struct flock lock = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
    if (fcntl(fd, F_SETLK, &lock) != 0) {
        bool busy = errno == EACCES || errno == EAGAIN;
        if (busy)
            fail(s, err, n, LV_MSG_E_SWEEP_PART_BUSY, path, NULL);
        else
            fail(s, err, n, LV_MSG_E_SWEEP_CANNOT_LOCK, path, strerror(errno), NULL);
        close(fd);
        return busy ? LV_SWEEP_BUSY : -1;
    }
    off_t whole = 0;
    int rc = read_part(s, path, fd, done, NULL, w, &whole, err, n);
    if (rc == 0 && fstat(fd, &st) == 0 && st.st_size > whole && ftruncate(fd, whole) != 0) {
        fail(s, err, n, LV_MSG_E_SWEEP_CANNOT_CUT, path, strerror(errno), NULL);
        rc = -1;
    }
    if (rc != 0) {
        close(fd);
        return rc;
    }
    *size = whole;
    return fd;
}

int lv_sweep_run(const struct lv_sweep *s, const char *dir, int first, int last, int jobs,
                 const struct lv_sweep_progress *progress, const struct lv_sweep_warnings *w, char *err, size_t n)
{
    bool *done = calloc((size_t)s->point_count, sizeof *done);
    int *todo = malloc((size_t)s->point_count * sizeof *todo);
    if (!done || !todo) {
        free(done);
        free(todo);
        fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    char name[64], path[PATH_MAX];
    snprintf(name, sizeof name, "part-%d-%d.jsonl", first, last);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    off_t size = 0;
    int fd = open_own_part(s, path, done, w, &size, err, n);
    int rc = fd < 0 ? fd : scan_dir(s, dir, name, done, NULL, w, err, n);
    int count = 0;
    for (int p = first; rc == 0 && p <= last; p++)
        if (!done[p])
            todo[count++] = p;
    free(done);
    if (rc != 0 || count == 0) {
        free(todo);
        if (fd >= 0)
            close(fd);
        if (rc == 0 && progress && progress->report)
            progress->report(progress->context, 0, 0);
        return rc;
    }
    struct job j = {.s = s, .todo = todo, .todo_count = count, .fd = fd, .path = path, .size = size, .progress = progress,
                    .err = err, .errn = n};
    atomic_init(&j.next, 0);
    atomic_init(&j.failed, 0);
    pthread_mutex_init(&j.lock, NULL);
    if (jobs < 1)
        jobs = 1;
    /* Points run in parallel; with fewer points than threads, the spare threads share each
     * point's replications instead (results do not depend on either). */
    j.jobs_per_point = jobs > count ? jobs / count : 1;
    if (jobs > count)
        jobs = count;
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    int started = 0;
    for (; threads && started < jobs - 1; started++)
        if (pthread_create(&threads[started], NULL, worker, &j) != 0)
            break;
    worker(&j);
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    pthread_mutex_destroy(&j.lock);
    close(fd); /* releases the lock */
    free(todo);
    if (atomic_load(&j.failed))
        return j.invalid ? LV_SWEEP_INVALID : -1;
    return progress && progress->stop && *progress->stop && j.done < count ? LV_SWEEP_STOPPED : 0;
}

int lv_sweep_discard_dir(const struct lv_sweep *s, const char *dir, int first, int last)
{
    (void)s;
    char part[64], path[PATH_MAX];
    snprintf(part, sizeof part, "part-%d-%d.jsonl", first, last);
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    bool only_ours = true;
    struct dirent *e;
    while ((e = readdir(d)))
        only_ours &= strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
                     strcmp(e->d_name, "sweep.json") == 0 || strcmp(e->d_name, part) == 0;
    closedir(d);
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, part);
    if (!only_ours || (lstat(path, &st) == 0 && (!S_ISREG(st.st_mode) || st.st_size > 0)))
        return -1; /* it holds results (or something not ours): kept */
    unlink(path);
    snprintf(path, sizeof path, "%s/sweep.json", dir);
    unlink(path);
    return rmdir(dir);
}

/* ---- final tables ---- */

/* An axis value as a CSV cell after its separator: quoted when it must be (lv_csv_text); a plain
 * number ("1.2") in the dialect's way, so a Norwegian spreadsheet reads "1,2" as a number. */
static void csv_text(enum lv_csv_dialect d, FILE *f, const char *t)
{
    lv_csv_separator(d, f);
    char *end;
    double x = strtod(t, &end);
    if (d != LV_CSV_RFC4180 && *t && *end == '\0' && isfinite(x) && strchr(t, '.') && !strpbrk(t, "eE")) {
        for (; *t; t++)
            fputc(*t == '.' ? ',' : *t, f);
        return;
    }
    lv_csv_text(d, t, f);
}

static void csv_field(enum lv_csv_dialect d, FILE *f, const cJSON *v)
{
    lv_csv_separator(d, f);
    if (cJSON_IsNumber(v))
        lv_csv_number(d, v->valuedouble, f);
}

/* An axis value as points.json holds it: a number as written (JSON's number syntax, the text kept
 * digit for digit), true or false as a boolean, anything else ("80%", "5m") a string. The part
 * files keep the text. NULL if out of memory. */
static cJSON *typed_value(const char *t)
{
    if (strcmp(t, "true") == 0 || strcmp(t, "false") == 0)
        return cJSON_CreateBool(t[0] == 't');
    const char *p = t + (*t == '-');
    bool number = *p >= '0' && *p <= '9' && !(p[0] == '0' && p[1] >= '0' && p[1] <= '9');
    p += strspn(p, "0123456789");
    if (number && *p == '.') {
        number = p[1] >= '0' && p[1] <= '9';
        p += 1 + strspn(p + 1, "0123456789");
    }
    if (number && (*p == 'e' || *p == 'E')) {
        p += 1 + (p[1] == '+' || p[1] == '-');
        number = *p >= '0' && *p <= '9';
        p += strspn(p, "0123456789");
    }
    return number && *p == '\0' ? cJSON_CreateRaw(t) : cJSON_CreateString(t);
}

/* A record's axis values typed as typed_value says; -1 if out of memory. */
static int type_values(cJSON *record)
{
    cJSON *values = cJSON_GetObjectItemCaseSensitive(record, "values"), *v;
    cJSON_ArrayForEach(v, values)
    {
        if (!cJSON_IsString(v))
            continue;
        cJSON *typed = typed_value(v->valuestring);
        if (!typed)
            return -1;
        typed->string = v->string; /* the key moves over */
        v->string = NULL;
        cJSON_ReplaceItemViaPointer(values, v, typed);
        v = typed;
    }
    return 0;
}

int lv_sweep_finish(const struct lv_sweep *s, const char *const *dirs, int dir_count, const char *out_dir,
                    const struct lv_sweep_warnings *w, int *missing, char *err, size_t n)
{
    cJSON **records = calloc((size_t)s->point_count, sizeof *records);
    if (!records) {
        fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -1;
    }
    int rc = 0;
    for (int i = 0; rc == 0 && i < dir_count; i++) {
        rc = check_manifest(s, dirs[i], err, n);
        if (rc == 1)
            rc = 0; /* part files alone (copied without their manifest): each record names its sweep */
        if (rc == 0)
            rc = scan_dir(s, dirs[i], NULL, NULL, records, w, err, n);
    }
    *missing = 0;
    for (int p = 0; p < s->point_count; p++)
        *missing += records[p] == NULL;
    struct stat before;
    bool out_existed = stat(out_dir, &before) == 0, opened = false;
    if (rc == 0 && *missing == 0) {
        rc = lv_sweep_open_dir(s, out_dir, err, n);
        opened = rc == 0;
    }
    if (rc == 0 && *missing == 0) {
        /* points.json: the manifest's fields and every record, in point order. */
        char *manifest = manifest_text(s);
        cJSON *all = manifest ? cJSON_Parse(manifest) : NULL;
        free(manifest);
        cJSON *points = all ? cJSON_AddArrayToObject(all, "results") : NULL;
        if (!points) {
            cJSON_Delete(all);
            for (int p = 0; p < s->point_count; p++)
                cJSON_Delete(records[p]);
            free(records);
            fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
            return -1;
        }
        for (int p = 0; p < s->point_count; p++) {
            cJSON_DeleteItemFromObjectCaseSensitive(records[p], "sweep");
            cJSON_DeleteItemFromObjectCaseSensitive(records[p], "check");
            if (type_values(records[p]) != 0)
                rc = -1;
            cJSON_AddItemToArray(points, records[p]);
            records[p] = NULL;
        }
        char *json = rc == 0 ? cJSON_Print(all) : NULL;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/points.json", out_dir);
        rc = json ? write_file_atomically(s, path, json, err, n) : -1;
        free(json);
        /* points.csv: one row per point, axis values then every figure with its interval. Every
         * record was checked against the run table on reading (parse_record). */
        char *csv = NULL;
        size_t csv_len = 0;
        if (rc != 0 && !json)
            fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
        FILE *f = rc == 0 ? open_memstream(&csv, &csv_len) : NULL;
        if (rc == 0 && !f) {
            fail(s, err, n, LV_MSG_E_OUT_OF_MEMORY, NULL);
            rc = -1;
        }
        if (f) {
            enum lv_csv_dialect d = s->csv_dialect;
            lv_csv_begin(d, f);
            fputs("point", f);
            for (int a = 0; a < s->axis_count; a++) {
                lv_csv_separator(d, f);
                lv_csv_text(d, s->axes[a].key, f);
            }
            for (int i = 0; i < s->metric_count; i++) {
                const char *k = lv_headline_info((enum lv_headline)s->metrics[i])->key;
                lv_csv_separator(d, f);
                fputs(k, f);
                lv_csv_separator(d, f);
                fprintf(f, "%s_ci95", k); /* syntax, not a message */
            }
            lv_csv_end_line(d, f);
            const cJSON *item;
            cJSON_ArrayForEach(item, points)
            {
                fprintf(f, "%d", cJSON_GetObjectItemCaseSensitive(item, "point")->valueint);
                const cJSON *values = cJSON_GetObjectItemCaseSensitive(item, "values"), *v;
                cJSON_ArrayForEach(v, values) /* the text typed: a raw number keeps it, a boolean is its word */
                    csv_text(d, f, cJSON_IsBool(v) ? (cJSON_IsTrue(v) ? "true" : "false") : v->valuestring);
                const cJSON *figures = cJSON_GetObjectItemCaseSensitive(item, "figures");
                for (int i = 0; i < s->metric_count; i++) {
                    const cJSON *fig = cJSON_GetObjectItemCaseSensitive(
                        figures, lv_headline_info((enum lv_headline)s->metrics[i])->key);
                    const cJSON *mean = cJSON_GetObjectItemCaseSensitive(fig, "mean");
                    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(fig, "censored")) && cJSON_IsNumber(mean)) {
                        /* a lower bound, as run writes it (">14400", no interval) */
                        lv_csv_separator(d, f);
                        fputc('>', f);
                        lv_csv_number(d, mean->valuedouble, f);
                        lv_csv_separator(d, f);
                        continue;
                    }
                    csv_field(d, f, mean);
                    csv_field(d, f, cJSON_GetObjectItemCaseSensitive(fig, "ci95"));
                }
                lv_csv_end_line(d, f);
            }
            fclose(f);
            if (csv_len > 0)
                csv[csv_len - 1] = '\0'; /* write_file_atomically adds the last newline (after a '\r' in CRLF) */
            snprintf(path, sizeof path, "%s/points.csv", out_dir);
            rc = csv ? write_file_atomically(s, path, csv, err, n) : -1;
            free(csv);
        }
        cJSON_Delete(all);
    }
    for (int p = 0; p < s->point_count; p++)
        cJSON_Delete(records[p]);
    free(records);
    if (rc != 0 && opened && !out_existed) { /* a failed merge leaves no new directory behind */
        static const char *const made[] = {"points.json", "points.csv", "sweep.json"};
        char path[PATH_MAX];
        for (size_t i = 0; i < sizeof made / sizeof *made; i++) {
            snprintf(path, sizeof path, "%s/%s", out_dir, made[i]);
            unlink(path);
        }
        rmdir(out_dir); /* fails, and keeps it, if anything else came into it */
    }
    return rc;
}
