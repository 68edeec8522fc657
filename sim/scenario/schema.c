/* schema.c — the machinery behind the scenario's key rows (schema.h): value readers with the
 * catalogue's diagnostics, the distribution forms, reading and defaulting a section row by row,
 * and the markdown reference. The rows themselves live beside the code that reads the
 * structured keys (scenario.c). */
#include "scenario/schema.h"

#include "lvsim/messages.h"
#include "lvsim/units.h"
#include "base/invariant.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PHRASE 160 /* room for a phrase of what a value must be */

static const char *text_of(const struct lv__reader *c, enum lv_msg id)
{
    return lv_msg(id, c->diags ? c->diags->lang : LV_LANG_EN);
}

/* A catalogue phrase with its arguments filled, into buf. */
static const char *phrase(const struct lv__reader *c, char *buf, size_t size, enum lv_msg id, int argc,
                          const char *const *args)
{
    lv_msg_expand(buf, size, text_of(c, id), argc, args);
    return buf;
}

/* "a, b or c" from a NULL-terminated name table (or all of it when only is NULL). */
static const char *name_list(const struct lv__reader *c, const struct lv__name *names, char *buf, size_t size,
                             bool with_or)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; names[i].name; i++) {
        const char *sep = i == 0 ? "" : with_or && !names[i + 1].name ? text_of(c, LV_MSG_P_LIST_LAST)
                                                                      : text_of(c, LV_MSG_P_LIST_SEP);
        int w = snprintf(buf + n, n < size ? size - n : 0, "%s%s", sep, names[i].name);
        if (w > 0)
            n += (size_t)w;
    }
    return buf;
}

const char *lv__need_scalar(struct lv__reader *c, yaml_node_t *v, const char *key, const char *allowed)
{
    const char *t = lv__scalar(v);
    if (!t)
        lv__error_msg(c, v, LV_MSG_E_NOT_SCALAR, key, allowed, lv__kind(c, v), NULL);
    return t;
}

static bool invalid(struct lv__reader *c, yaml_node_t *v, const char *key, const char *allowed, const char *t)
{
    lv__error_msg(c, v, LV_MSG_E_NOT_VALID, key, allowed, t, NULL);
    return false;
}

/* As invalid(), with a hint when a decimal comma stands where the point belongs ("0,6"). */
static bool invalid_number(struct lv__reader *c, yaml_node_t *v, const char *key, const char *allowed, const char *t)
{
    char point[64];
    double x;
    size_t n = strlen(t);
    const char *comma = strchr(t, ',');
    if (comma && n < sizeof point && !strchr(comma + 1, ',')) {
        memcpy(point, t, n + 1);
        point[comma - t] = '.';
        if (lv_parse_number(point, &x) == 0 || lv_parse_share(point, &x) == 0) {
            lv__error_msg(c, v, LV_MSG_E_DECIMAL_COMMA, key, allowed, t, point, NULL);
            return false;
        }
    }
    return invalid(c, v, key, allowed, t);
}

static bool read_duration(struct lv__reader *c, yaml_node_t *v, const char *key, double *out, double min,
                          double max)
{
    const char *allowed = text_of(c, LV_MSG_P_DURATION);
    const char *t = lv__need_scalar(c, v, key, allowed);
    double s;
    if (!t)
        return false;
    if (lv_parse_duration(t, &s) != 0)
        return invalid(c, v, key, allowed, t);
    if (s < min || s > max) {
        char lo[32], hi[32];
        lv_format_duration(min, lo, sizeof lo);
        lv_format_duration(max, hi, sizeof hi);
        lv__error_msg(c, v, LV_MSG_E_DURATION_RANGE, key, lo, hi, t, NULL);
        return false;
    }
    *out = s;
    return true;
}

bool lv__read_share(struct lv__reader *c, yaml_node_t *v, const char *key, double *out)
{
    const char *allowed = text_of(c, LV_MSG_P_SHARE);
    const char *t = lv__need_scalar(c, v, key, allowed);
    if (t && lv_parse_share(t, out) != 0)
        return invalid_number(c, v, key, allowed, t);
    return t != NULL;
}

bool lv__read_number(struct lv__reader *c, yaml_node_t *v, const char *key, double *out, double min, double max,
                     bool open)
{
    char allowed[PHRASE];
    struct lv_msg_arg lo = lv_msg_num(min), hi = lv_msg_num(max);
    const char *args[] = {lo.s, hi.s};
    phrase(c, allowed, sizeof allowed, open ? LV_MSG_P_NUMBER_ABOVE : LV_MSG_P_NUMBER_FROM, 2, args);
    const char *t = lv__need_scalar(c, v, key, allowed);
    double x;
    if (!t)
        return false;
    if (lv_parse_number(t, &x) != 0 && strchr(t, ','))
        return invalid_number(c, v, key, allowed, t);
    if (lv_parse_number(t, &x) != 0 || x < min || x > max || (open && x == min)) {
        size_t n = strlen(t);
        lv__error_msg(c, v, n && t[n - 1] == '%' ? LV_MSG_E_NOT_VALID_FACTOR : LV_MSG_E_NOT_VALID, key, allowed, t,
                      NULL);
        return false;
    }
    *out = x;
    return true;
}

bool lv__read_integer(struct lv__reader *c, yaml_node_t *v, const char *key, long long *out, long long min,
                      long long max)
{
    char allowed[PHRASE];
    struct lv_msg_arg lo = lv_msg_int(min), hi = lv_msg_int(max);
    const char *args[] = {lo.s, hi.s};
    if (min == 0 && max >= 1000000) /* the bound said too: a value past it is still an integer >= 0 */
        phrase(c, allowed, sizeof allowed, LV_MSG_P_NON_NEGATIVE_INTEGER_AT_MOST, 1, args + 1);
    else
        phrase(c, allowed, sizeof allowed, LV_MSG_P_INTEGER_FROM, 2, args);
    const char *t = lv__need_scalar(c, v, key, allowed);
    if (!t)
        return false;
    char *end;
    errno = 0;
    long long x = strtoll(t, &end, 10);
    if (!*t || *end || errno || x < min || x > max)
        return invalid(c, v, key, allowed, t);
    *out = x;
    return true;
}

const struct lv__name *lv__name_find(const struct lv__name *names, const char *name)
{
    for (int i = 0; names[i].name; i++)
        if (strcmp(names[i].name, name) == 0)
            return &names[i];
    return NULL;
}

/* The nearest name (lv__suggest's rule), or NULL. */
static const char *suggest_name(const char *word, const struct lv__name *names)
{
    struct lv_key keys[LV__MAX_TABLE_KEYS + 1];
    int n = 0;
    for (; names[n].name && n < LV__MAX_TABLE_KEYS; n++)
        keys[n] = (struct lv_key){names[n].name, names[n].help};
    keys[n] = (struct lv_key){NULL, NULL};
    return lv__suggest(word, keys);
}

bool lv__read_enum(struct lv__reader *c, yaml_node_t *v, const char *key, const struct lv__name *names,
                   const char *allowed, int *out)
{
    char list[PHRASE];
    if (!allowed)
        allowed = name_list(c, names, list, sizeof list, true);
    const char *t = lv__need_scalar(c, v, key, allowed);
    if (!t)
        return false;
    const struct lv__name *hit = lv__name_find(names, t);
    if (hit) {
        *out = hit->value;
        return true;
    }
    const char *s = suggest_name(t, names);
    char text[512];
    const char *args[] = {key, allowed, t};
    lv_msg_expand(text, sizeof text, text_of(c, LV_MSG_E_NOT_VALID), 3, args);
    if (s)
        lv__error_msg(c, v, LV_MSG_E_DID_YOU_MEAN, text, s, NULL);
    else
        lv__error_msg(c, v, LV_MSG_E_NOT_VALID, key, allowed, t, NULL);
    return false;
}

/* ---- distributions: a form is a row (name, parameters, constructor) ---- */

enum { P_MEAN, P_SD, P_SCALE, P_MIN, P_MAX, P_MODE, P_VALUE, P_MEDIAN, P_P90, P_SHAPE, PARAMS };
/* Parameters in the order they are read (and reported); all durations but shape. */
static const char *const param_names[PARAMS] = {"mean", "sd",     "scale",  "min", "max",
                                                "mode", "value",  "median", "p90", "shape"};

struct form_ctx {
    struct lv__reader *c;
    yaml_node_t *v;
    const char *key, *name;
    const double *p;
    enum lv_msg *why;
};

static int need(struct form_ctx *x, int param, const char *label)
{
    if (!isnan(x->p[param]))
        return 0;
    lv__error_msg(x->c, x->v, LV_MSG_E_DIST_NEEDS, x->name, x->key, label ? label : param_names[param], NULL);
    return -2;
}

/* "takes either a and b or c and d, not both" when both pairs are given; -2 then. */
static int either(struct form_ctx *x, int a, int b, int cc, int d)
{
    if ((isnan(x->p[a]) && isnan(x->p[b])) || (isnan(x->p[cc]) && isnan(x->p[d])))
        return 0;
    lv__error_msg(x->c, x->v, LV_MSG_E_DIST_EITHER, x->name, x->key, param_names[a], param_names[b], param_names[cc],
                  param_names[d], NULL);
    return -2;
}

static int form_deterministic(struct form_ctx *x, struct lv_dist *d)
{
    return need(x, P_VALUE, NULL) ? -2 : lv_dist_deterministic(d, x->p[P_VALUE], x->why);
}

static int form_exponential(struct form_ctx *x, struct lv_dist *d)
{
    return need(x, P_MEAN, NULL) ? -2 : lv_dist_exponential(d, x->p[P_MEAN], x->why);
}

typedef int (*build2)(struct lv_dist *d, double u, double v, enum lv_msg *why);

/* A form with two parameterisations, (a, b) or (c, e): when the pair that decides (the second if
 * second_decides, else the first) has a parameter given, that pair is meant. */
static int two_ways(struct form_ctx *x, struct lv_dist *d, int a, int b, build2 ab, int c, int e, build2 ce,
                    bool second_decides)
{
    int k = second_decides ? c : a, l = second_decides ? e : b;
    bool given = !isnan(x->p[k]) || !isnan(x->p[l]);
    bool second = second_decides == given;
    if (given && either(x, a, b, c, e))
        return -2;
    int p = second ? c : a, q = second ? e : b;
    if (need(x, p, NULL) || need(x, q, NULL))
        return -2;
    return (second ? ce : ab)(d, x->p[p], x->p[q], x->why);
}

static int form_lognormal(struct form_ctx *x, struct lv_dist *d)
{
    return two_ways(x, d, P_MEAN, P_SD, lv_dist_lognormal, P_MEDIAN, P_P90, lv_dist_lognormal_median_p90, true);
}

static int form_gamma(struct form_ctx *x, struct lv_dist *d)
{
    return two_ways(x, d, P_MEAN, P_SD, lv_dist_gamma_mean_sd, P_SHAPE, P_SCALE, lv_dist_gamma_shape_scale, false);
}

static int form_weibull(struct form_ctx *x, struct lv_dist *d)
{
    const double *p = x->p;
    if (need(x, P_SHAPE, NULL))
        return -2;
    if (!isnan(p[P_MEAN]) && !isnan(p[P_SCALE])) {
        lv__error_msg(x->c, x->v, LV_MSG_E_DIST_WEIBULL_EITHER, x->key, NULL);
        return -2;
    }
    if (!isnan(p[P_MEAN]))
        return lv_dist_weibull_mean_shape(d, p[P_MEAN], p[P_SHAPE], x->why);
    if (need(x, P_SCALE, "mean' or 'scale"))
        return -2;
    return lv_dist_weibull_scale_shape(d, p[P_SCALE], p[P_SHAPE], x->why);
}

static int form_uniform(struct form_ctx *x, struct lv_dist *d)
{
    if (need(x, P_MIN, NULL) || need(x, P_MAX, NULL))
        return -2;
    return lv_dist_uniform(d, x->p[P_MIN], x->p[P_MAX], x->why);
}

static int form_triangular(struct form_ctx *x, struct lv_dist *d)
{
    if (need(x, P_MIN, NULL) || need(x, P_MODE, NULL) || need(x, P_MAX, NULL))
        return -2;
    return lv_dist_triangular(d, x->p[P_MIN], x->p[P_MODE], x->p[P_MAX], x->why);
}

static int form_empirical(struct form_ctx *x, struct lv_dist *d);

struct dist_form {
    const char *keys[4]; /* the parameters it takes, besides 'dist' */
    const char *doc;     /* how the reference lists them */
    int (*build)(struct form_ctx *x, struct lv_dist *d); /* 0, -1 with *why, or -2 when reported */
};

/* One row per distribution; lv__dist_forms[i].value indexes forms[]. */
enum { F_DETERMINISTIC, F_EXPONENTIAL, F_LOGNORMAL, F_GAMMA, F_WEIBULL, F_UNIFORM, F_TRIANGULAR, F_EMPIRICAL };
const struct lv__name lv__dist_forms[] = {
    {"deterministic", F_DETERMINISTIC, "always the same"},
    {"exponential", F_EXPONENTIAL, ""},
    {"lognormal", F_LOGNORMAL, "by the mean and standard deviation of the time itself (not of its logarithm), or by "
                               "its median and 90th percentile"},
    {"gamma", F_GAMMA, ""},
    {"weibull", F_WEIBULL, "shape 0.05–100; with a mean, scale = mean / Γ(1 + 1/shape)"},
    {"uniform", F_UNIFORM, ""},
    {"triangular", F_TRIANGULAR, ""},
    {"empirical", F_EMPIRICAL, "a list of durations and (optionally) as many non-negative weights; equal weights if "
                               "omitted"},
    {NULL, 0, NULL}};
static const struct dist_form forms[] = {
    [F_DETERMINISTIC] = {{"value"}, "`value`", form_deterministic},
    [F_EXPONENTIAL] = {{"mean"}, "`mean`", form_exponential},
    [F_LOGNORMAL] = {{"mean", "sd", "median", "p90"}, "`mean`, `sd` — or `median`, `p90`", form_lognormal},
    [F_GAMMA] = {{"mean", "sd", "shape", "scale"}, "`mean`, `sd` — or `shape`, `scale`", form_gamma},
    [F_WEIBULL] = {{"mean", "shape", "scale"}, "`mean`, `shape` — or `scale`, `shape`", form_weibull},
    [F_UNIFORM] = {{"min", "max"}, "`min`, `max`", form_uniform},
    [F_TRIANGULAR] = {{"min", "mode", "max"}, "`min`, `mode`, `max`", form_triangular},
    [F_EMPIRICAL] = {{"values", "weights"}, "`values`, `weights`", form_empirical},
};

#define MAX_EMPIRICAL 10000

static int form_empirical(struct form_ctx *x, struct lv_dist *d)
{
    struct lv__reader *c = x->c;
    yaml_node_t *vals = lv__get(c, x->v, "values"), *ws = lv__get(c, x->v, "weights");
    if (!vals || vals->type != YAML_SEQUENCE_NODE || vals->data.sequence.items.top == vals->data.sequence.items.start) {
        lv__error_msg(c, vals ? vals : x->v, LV_MSG_E_EMPIRICAL_VALUES, x->key, NULL);
        return -2;
    }
    int count = (int)(vals->data.sequence.items.top - vals->data.sequence.items.start);
    if (count > MAX_EMPIRICAL) {
        lv__error_msg(c, vals, LV_MSG_E_EMPIRICAL_TOO_MANY, lv_msg_int(MAX_EMPIRICAL).s, lv_msg_int(count).s, NULL);
        return -2;
    }
    double *xs = calloc((size_t)count, sizeof *xs), *wts = calloc((size_t)count, sizeof *wts);
    if (!xs || !wts) {
        free(xs);
        free(wts);
        lv__error_msg(c, x->v, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return -2;
    }
    bool ok = true;
    for (int i = 0; i < count; i++) {
        ok &= read_duration(c, lv__node(c, vals->data.sequence.items.start[i]), "values", &xs[i], 0, INFINITY);
        wts[i] = 1;
    }
    if (ws) {
        int wcount = ws->type == YAML_SEQUENCE_NODE ? (int)(ws->data.sequence.items.top - ws->data.sequence.items.start)
                                                    : -1;
        if (wcount != count) {
            lv__error_msg(c, ws, LV_MSG_E_EMPIRICAL_WEIGHTS, lv_msg_int(count).s, NULL);
            ok = false;
        } else {
            for (int i = 0; i < count; i++)
                ok &= lv__read_number(c, lv__node(c, ws->data.sequence.items.start[i]), "weights", &wts[i], 0, 1e12,
                                      false);
        }
    }
    int rc = ok ? lv_dist_empirical(d, xs, wts, count, x->why) : -2;
    free(xs);
    free(wts);
    return rc;
}

static const struct lv__field dist_rows[] = {
    {.name = "dist", .kind = LV__ENUM, .names = lv__dist_forms, .help = "distribution name"},
    {.name = "mean", .kind = LV__DURATION, .help = "mean"},
    {.name = "sd", .kind = LV__DURATION, .help = "standard deviation"},
    {.name = "shape", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 1000, .help = "shape"},
    {.name = "scale", .kind = LV__DURATION, .help = "scale"},
    {.name = "min", .kind = LV__DURATION, .help = "minimum"},
    {.name = "max", .kind = LV__DURATION, .help = "maximum"},
    {.name = "mode", .kind = LV__DURATION, .help = "mode"},
    {.name = "value", .kind = LV__DURATION, .help = "constant value"},
    {.name = "values", .kind = LV__LIST, .min = 1, .max = MAX_EMPIRICAL, .help = "empirical values (durations)"},
    {.name = "weights", .kind = LV__LIST, .help = "empirical weights, one per value (numbers ≥ 0)"},
    {.name = "median", .kind = LV__DURATION, .help = "median"},
    {.name = "p90", .kind = LV__DURATION, .help = "90th percentile"},
};
const struct lv__section lv__dist_section = {"distribution", "a distribution's keys", LV__ROWS(dist_rows)};

/* The section's keys as lv__check_mapping wants them (on the stack: no shared state). */
static void key_table(const struct lv__section *sec, struct lv_key keys[LV__MAX_TABLE_KEYS + 1])
{
    int n = 0;
    for (; n < sec->count && n < LV__MAX_TABLE_KEYS; n++)
        keys[n] = (struct lv_key){sec->rows[n].name, sec->rows[n].help};
    keys[n] = (struct lv_key){NULL, NULL};
}

static const char *form_keys(const struct dist_form *f, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < 4 && f->keys[i]; i++) {
        int w = snprintf(buf + n, n < size ? size - n : 0, "%s%s", i ? ", " : "", f->keys[i]);
        if (w > 0)
            n += (size_t)w;
    }
    return buf;
}

bool lv__read_dist(struct lv__reader *c, yaml_node_t *v, const char *key, struct lv_dist *d, bool allow_never)
{
    enum lv_msg why = LV_MSG_E_DIST_BAD_PARAMETERS; /* until a constructor says which */
    if (v->type == YAML_SCALAR_NODE) {
        const char *t = lv__scalar(v);
        if (allow_never && strcmp(t, "none") == 0)
            return lv_dist_never(d) == 0;
        double s;
        if (lv_parse_duration(t, &s) != 0) {
            /* "talk: lognormall": a distribution's name where its mapping belongs */
            const char *form = suggest_name(t, lv__dist_forms);
            lv__error_msg(c, v, form ? LV_MSG_E_DIST_SCALAR_NAMED : LV_MSG_E_DIST_SCALAR, key,
                          allow_never ? text_of(c, LV_MSG_P_NONE_ALT) : "", t, form, NULL);
            return false;
        }
        return lv_dist_deterministic(d, s, &why) == 0;
    }
    char what[96];
    phrase(c, what, sizeof what, LV_MSG_P_DISTRIBUTION_NAMED, 1, &key);
    struct lv_key keys[LV__MAX_TABLE_KEYS + 1];
    key_table(&lv__dist_section, keys);
    if (!lv__check_mapping(c, v, what, keys))
        return false;
    char names[PHRASE];
    name_list(c, lv__dist_forms, names, sizeof names, false);
    yaml_node_t *name_node = lv__get(c, v, "dist");
    if (!name_node) {
        lv__error_msg(c, v, LV_MSG_E_DIST_NEEDS_DIST, key, names, NULL);
        return false;
    }
    const char *name = lv__need_scalar(c, name_node, "dist", text_of(c, LV_MSG_P_DIST_NAME));
    if (!name)
        return false;
    const struct lv__name *hit = lv__name_find(lv__dist_forms, name);
    if (!hit) {
        char text[512];
        const char *args[] = {names, name};
        lv_msg_expand(text, sizeof text, text_of(c, LV_MSG_E_DIST_UNKNOWN), 2, args);
        const char *s = suggest_name(name, lv__dist_forms);
        if (s)
            lv__error_msg(c, name_node, LV_MSG_E_DID_YOU_MEAN, text, s, NULL);
        else
            lv__error_msg(c, name_node, LV_MSG_E_DIST_UNKNOWN, names, name, NULL);
        return false;
    }
    const struct dist_form *form = &forms[hit->value];
    /* Keys of the table that this distribution does not take (others were reported above). */
    bool bad = false;
    for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
        const char *k = lv__scalar(lv__node(c, p->key));
        if (!k || strcmp(k, "dist") == 0)
            continue;
        bool known = false;
        for (int i = 0; i < 4 && form->keys[i]; i++)
            known |= strcmp(form->keys[i], k) == 0;
        if (!known && lv__field(&lv__dist_section, k)) {
            char takes[64];
            lv__error_msg(c, lv__node(c, p->key), LV_MSG_E_DIST_KEY, k, hit->name,
                          form_keys(form, takes, sizeof takes), NULL);
            bad = true;
        }
    }
    if (bad)
        return false;
    double p[PARAMS];
    bool ok = true;
    for (int i = 0; i < PARAMS; i++) {
        p[i] = NAN;
        yaml_node_t *n = lv__get(c, v, param_names[i]);
        if (n && i == P_SHAPE)
            ok &= lv__read_number(c, n, "shape", &p[i], 0, 1000, true);
        else if (n)
            ok &= read_duration(c, n, param_names[i], &p[i], 0, INFINITY);
    }
    if (!ok)
        return false;
    struct form_ctx x = {c, v, key, hit->name, p, &why};
    int rc = form->build(&x, d);
    if (rc == -2)
        return false;
    if (rc != 0) {
        lv__error_msg(c, v, LV_MSG_E_DIST_INVALID, hit->name, key, lv_msg(why, c->diags->lang), NULL);
        return false;
    }
    return true;
}

/* ---- rows ---- */

const struct lv__field *lv__field(const struct lv__section *sec, const char *name)
{
    for (int i = 0; i < sec->count; i++)
        if (strcmp(sec->rows[i].name, name) == 0)
            return &sec->rows[i];
    return NULL;
}

/* The section a row's keys live in: its sub-section, or the distribution's keys. */
static const struct lv__section *section_below(const struct lv__field *row)
{
    return row->kind == LV__DIST ? &lv__dist_section : row->sub;
}

static void miss_at(struct lv__miss *miss, const char *path, size_t at, const char *seg, size_t len)
{
    memset(miss, 0, sizeof *miss);
    snprintf(miss->within, sizeof miss->within, "%.*s", (int)(at && path[at - 1] == '.' ? at - 1 : at), path);
    snprintf(miss->segment, sizeof miss->segment, "%.*s", (int)len, seg);
}

const struct lv__field *lv__field_at(const struct lv__section *root, const char *path, bool *element,
                                     struct lv__miss *miss)
{
    const struct lv__section *sec = root;
    const struct lv__field *row = NULL;
    *element = false;
    const char *p = path;
    while (*p) {
        size_t at = (size_t)(p - path);
        if (*p == '[') { /* an item of the list (or a number of a NUMBERS row) the row names */
            const char *close = strchr(p, ']');
            if (!close || close == p + 1 || *element) {
                miss_at(miss, path, at, "", 0);
                return NULL;
            }
            bool list = row && (row->kind == LV__LIST || row->kind == LV__SCHEDULE || row->kind == LV__NUMBERS);
            if (!list) {
                miss_at(miss, path, at, p, (size_t)(close - p + 1));
                miss->not_a_list = true;
                return NULL;
            }
            if (row->kind == LV__NUMBERS)
                *element = true;
            else
                sec = row->sub; /* NULL: a list of names or values, no keys below */
            p = close + 1;
            if (*p == '.' && p[1] && p[1] != '.' && p[1] != '[')
                p++;
            else if (*p && *p != '[') {
                miss_at(miss, path, (size_t)(p - path), "", 0);
                return NULL;
            }
            continue;
        }
        size_t len = strcspn(p, ".[");
        if (len == 0 || *element) {
            miss_at(miss, path, at, "", 0);
            return NULL;
        }
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(len < sizeof name ? len : sizeof name - 1), p);
        row = sec && len < sizeof name ? lv__field(sec, name) : NULL;
        if (!row) {
            miss_at(miss, path, at, p, len);
            if (sec) {
                struct lv_key keys[LV__MAX_TABLE_KEYS + 1];
                key_table(sec, keys);
                miss->suggestion = lv__suggest(name, keys);
            }
            return NULL;
        }
        /* Below it: a mapping's or a distribution's keys; a list's only after [i]. */
        bool list = row->kind == LV__LIST || row->kind == LV__SCHEDULE || row->kind == LV__NUMBERS;
        sec = list ? NULL : section_below(row);
        p += len;
        if (*p == '.') {
            p++;
            if (!*p || *p == '.' || *p == '[') {
                miss_at(miss, path, (size_t)(p - path), "", 0);
                return NULL;
            }
        }
    }
    if (!row)
        miss_at(miss, path, 0, "", 0);
    return row;
}

bool lv__section_check(struct lv__fill *f, const struct lv__section *sec)
{
    struct lv_key keys[LV__MAX_TABLE_KEYS + 1];
    key_table(sec, keys);
    return lv__check_mapping(f->c, f->map, f->what, keys);
}

/* A time of day; max 1439 means the day's last minute, so 24:00 is refused. */
static bool read_time(struct lv__reader *c, yaml_node_t *v, const char *key, int *out, int max)
{
    char allowed[PHRASE];
    const char *t = lv__need_scalar(c, v, key, text_of(c, LV_MSG_P_TIME));
    const char *args[] = {"00:00", max >= 1440 ? "24:00" : "23:59"};
    if (!t)
        return false;
    if (lv_parse_time_of_day(t, out) != 0 || *out > max)
        return invalid(c, v, key, phrase(c, allowed, sizeof allowed, LV_MSG_P_TIME_RANGE, 2, args), t);
    return true;
}

bool lv__read_value(struct lv__reader *c, yaml_node_t *v, const struct lv__field *row, void *out)
{
    const char *key = row->name;
    switch (row->kind) {
    case LV__TEXT: {
        const char *t = lv__need_scalar(c, v, key, text_of(c, LV_MSG_P_TEXT));
        if (!t)
            return false;
        if (strlen(t) > (size_t)row->max) {
            lv__error_msg(c, v, LV_MSG_E_TEXT_TOO_LONG, key, lv_msg_int((long long)row->max).s, NULL);
            return false;
        }
        strcpy(out, t);
        return true;
    }
    case LV__DATE: {
        char allowed[PHRASE];
        struct lv_msg_arg lo = lv_msg_int((long long)row->min), hi = lv_msg_int((long long)row->max);
        const char *args[] = {lo.s, hi.s};
        const char *t = lv__need_scalar(c, v, key, text_of(c, LV_MSG_P_DATE));
        if (t && lv_parse_date(t, out) != 0)
            return invalid(c, v, key, phrase(c, allowed, sizeof allowed, LV_MSG_P_DATE_RANGE, 2, args), t);
        return t != NULL;
    }
    case LV__DURATION:
        return read_duration(c, v, key, out, row->min, row->max > 0 ? row->max : INFINITY);
    case LV__SHARE:
        return lv__read_share(c, v, key, out);
    case LV__NUMBER:
        return lv__read_number(c, v, key, out, row->min, row->max, row->flags & LV__OPEN);
    case LV__INTEGER: {
        long long x;
        if (row->flags & LV__NONE) {
            char allowed[PHRASE];
            struct lv_msg_arg hi = lv_msg_int((long long)row->max);
            const char *args[] = {hi.s};
            phrase(c, allowed, sizeof allowed, LV_MSG_P_INTEGER_OR_NONE, 1, args);
            const char *t = lv__need_scalar(c, v, key, allowed);
            char *end;
            errno = 0;
            if (!t)
                return false;
            if (strcmp(t, "none") == 0) {
                *(int *)out = INT32_MAX;
                return true;
            }
            x = strtoll(t, &end, 10);
            if (!*t || *end || errno || x < (long long)row->min || x > (long long)row->max)
                return invalid(c, v, key, allowed, t);
        } else if (!lv__read_integer(c, v, key, &x, (long long)row->min,
                                     row->max >= 9e18 ? INT64_MAX : (long long)row->max)) {
            return false;
        }
        if (row->max >= 9e18)
            *(uint64_t *)out = (uint64_t)x;
        else
            *(int *)out = (int)x;
        return true;
    }
    case LV__BOOL: {
        const char *allowed = text_of(c, LV_MSG_P_BOOL);
        const char *t = lv__need_scalar(c, v, key, allowed);
        if (!t)
            return false;
        if (strcmp(t, "true") == 0 || strcmp(t, "yes") == 0)
            *(bool *)out = true;
        else if (strcmp(t, "false") == 0 || strcmp(t, "no") == 0)
            *(bool *)out = false;
        else
            return invalid(c, v, key, allowed, t);
        return true;
    }
    case LV__ENUM:
        return lv__read_enum(c, v, key, row->names, NULL, out);
    case LV__TIME:
        return read_time(c, v, key, out, (int)row->max);
    case LV__DIST:
        return lv__read_dist(c, v, key, out, row->flags & LV__NONE);
    case LV__NUMBERS: {
        int n = (int)row->max;
        struct lv_msg_arg count = lv_msg_int(n);
        if (v->type != YAML_SEQUENCE_NODE) {
            lv__error_msg(c, v, LV_MSG_E_NOT_NUMBER_LIST, key, count.s, lv__kind(c, v), NULL);
            return false;
        }
        int items = (int)(v->data.sequence.items.top - v->data.sequence.items.start);
        if (items != n) {
            lv__error_msg(c, v, LV_MSG_E_NUMBER_COUNT, key, count.s, lv_msg_int(items).s, NULL);
            return false;
        }
        bool ok = true;
        double tmp[24];
        for (int i = 0; i < n && i < 24; i++)
            ok &= lv__read_number(c, lv__node(c, v->data.sequence.items.start[i]), key, &tmp[i], 0, 1e6,
                                  row->flags & LV__OPEN);
        if (ok)
            memcpy(out, tmp, (size_t)n * sizeof tmp[0]);
        return ok;
    }
    default:
        return false; /* structured kinds are read by their row's hook */
    }
}

bool lv__field_read(struct lv__fill *f, const struct lv__field *row)
{
    yaml_node_t *v = lv__get(f->c, f->map, row->name);
    const struct lv__field *outer = f->row;
    f->row = row;
    bool ok = false;
    if (row->read)
        row->read(f, v);
    else if (v)
        ok = lv__read_value(f->c, v, row, (char *)f->base + row->offset);
    f->row = outer;
    if (row->given && ok)
        *(bool *)((char *)f->base + row->given) = true;
    return ok;
}

void lv__section_read(struct lv__fill *f, const struct lv__section *sec)
{
    for (int i = 0; i < sec->count; i++)
        lv__field_read(f, &sec->rows[i]);
}

/* ---- defaults: a row's def is parsed as the scenario would be ---- */

/* "{dist: lognormal, median: 30m, p90: 60m}", a duration or "none" into d. */
static int dist_default(const char *text, struct lv_dist *d)
{
    double s;
    if (strcmp(text, "none") == 0)
        return lv_dist_never(d);
    if (lv_parse_duration(text, &s) == 0)
        return lv_dist_deterministic(d, s, NULL);
    char buf[128];
    snprintf(buf, sizeof buf, "%s", text);
    char *p = buf + (buf[0] == '{'), *end = strchr(p, '}');
    if (end)
        *end = '\0';
    double params[PARAMS];
    for (int i = 0; i < PARAMS; i++)
        params[i] = NAN;
    const struct lv__name *form = NULL;
    for (char *save = NULL, *item = strtok_r(p, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        char *colon = strchr(item, ':');
        if (!colon)
            return -1;
        *colon = '\0';
        char *k = item + strspn(item, " "), *val = colon + 1 + strspn(colon + 1, " ");
        if (strcmp(k, "dist") == 0) {
            form = lv__name_find(lv__dist_forms, val);
            continue;
        }
        int i = 0;
        while (i < PARAMS && strcmp(param_names[i], k) != 0)
            i++;
        if (i == PARAMS || (i == P_SHAPE ? lv_parse_number(val, &params[i]) : lv_parse_duration(val, &params[i])) != 0)
            return -1;
    }
    if (!form)
        return -1;
    const double *q = params;
    switch (form->value) { /* the forms defaults use; need() would report through a reader */
    case F_DETERMINISTIC:
        return isnan(q[P_VALUE]) ? -1 : lv_dist_deterministic(d, q[P_VALUE], NULL);
    case F_EXPONENTIAL:
        return isnan(q[P_MEAN]) ? -1 : lv_dist_exponential(d, q[P_MEAN], NULL);
    case F_LOGNORMAL:
        if (!isnan(q[P_MEDIAN]) && !isnan(q[P_P90]))
            return lv_dist_lognormal_median_p90(d, q[P_MEDIAN], q[P_P90], NULL);
        return isnan(q[P_MEAN]) || isnan(q[P_SD]) ? -1 : lv_dist_lognormal(d, q[P_MEAN], q[P_SD], NULL);
    default:
        return -1;
    }
}

/* "[1.05, 1.05, …]": exactly n numbers within the row's rule. */
static int numbers_default(const struct lv__field *row, const char *text, double *out)
{
    int n = (int)row->max, i = 0;
    const char *p = text + (text[0] == '[');
    double tmp[24];
    while (i < n && i < 24) {
        char *end;
        tmp[i] = strtod(p, &end);
        if (end == p || !(tmp[i] >= 0) || ((row->flags & LV__OPEN) && tmp[i] == 0))
            return -1;
        i++;
        p = end + strspn(end, ", ");
    }
    if (i != n || *p != ']')
        return -1;
    memcpy(out, tmp, (size_t)n * sizeof *tmp);
    return 0;
}

int lv__field_default(const struct lv__field *row, void *out)
{
    const char *t = row->def;
    if (!t)
        return -1;
    double x;
    char *end;
    switch (row->kind) {
    case LV__TEXT:
        if (strlen(t) > (size_t)row->max)
            return -1;
        strcpy(out, t);
        return 0;
    case LV__DATE:
        return lv_parse_date(t, out);
    case LV__DURATION:
        if (lv_parse_duration(t, &x) != 0 || x < row->min || (row->max > 0 && x > row->max))
            return -1;
        *(double *)out = x;
        return 0;
    case LV__SHARE:
        return lv_parse_share(t, out);
    case LV__NUMBER:
        if (lv_parse_number(t, &x) != 0 || x < row->min || x > row->max || ((row->flags & LV__OPEN) && x == row->min))
            return -1;
        *(double *)out = x;
        return 0;
    case LV__INTEGER: {
        if ((row->flags & LV__NONE) && strcmp(t, "none") == 0) {
            *(int *)out = INT32_MAX;
            return 0;
        }
        errno = 0;
        long long n = strtoll(t, &end, 10);
        if (!*t || *end || errno || n < (long long)row->min || (double)n > row->max)
            return -1;
        if (row->max >= 9e18)
            *(uint64_t *)out = (uint64_t)n;
        else
            *(int *)out = (int)n;
        return 0;
    }
    case LV__BOOL:
        if (strcmp(t, "true") != 0 && strcmp(t, "false") != 0)
            return -1;
        *(bool *)out = strcmp(t, "true") == 0;
        return 0;
    case LV__ENUM: {
        const struct lv__name *hit = lv__name_find(row->names, t);
        if (!hit)
            return -1;
        *(int *)out = hit->value;
        return 0;
    }
    case LV__TIME:
        return lv_parse_time_of_day(t, out) != 0 || *(int *)out > (int)row->max ? -1 : 0;
    case LV__DIST:
        return dist_default(t, out);
    case LV__NUMBERS:
        return numbers_default(row, t, out);
    default:
        return -1;
    }
}

int lv__section_defaults(const struct lv__section *sec, void *base)
{
    int rc = 0;
    for (int i = 0; i < sec->count; i++) {
        const struct lv__field *row = &sec->rows[i];
        if (row->def && lv__field_default(row, (char *)base + row->offset) != 0)
            rc = -1;
        if ((row->flags & LV__INNER) && lv__section_defaults(row->sub, base) != 0)
            rc = -1;
    }
    return rc;
}

/* ---- the reference ---- */

static const char *kind_name(const struct lv__field *row, enum lv_language lang)
{
    static const enum lv_msg names[] = {
        [LV__TEXT] = LV_MSG_REF_KIND_TEXT,         [LV__DATE] = LV_MSG_REF_KIND_DATE,
        [LV__DURATION] = LV_MSG_REF_KIND_DURATION, [LV__SHARE] = LV_MSG_REF_KIND_SHARE,
        [LV__NUMBER] = LV_MSG_REF_KIND_NUMBER,     [LV__INTEGER] = LV_MSG_REF_KIND_INTEGER,
        [LV__BOOL] = LV_MSG_REF_KIND_BOOL,         [LV__ENUM] = LV_MSG_REF_KIND_NAME,
        [LV__TIME] = LV_MSG_REF_KIND_TIME,         [LV__DIST] = LV_MSG_REF_KIND_DIST,
        [LV__NUMBERS] = LV_MSG_REF_KIND_NUMBERS,   [LV__SCHEDULE] = LV_MSG_REF_KIND_SCHEDULE,
        [LV__MAPPING] = LV_MSG_REF_KIND_MAPPING,   [LV__LIST] = LV_MSG_REF_KIND_LIST,
        [LV__SHARES] = LV_MSG_REF_KIND_SHARES,     [LV__REF] = LV_MSG_REF_KIND_NAME,
    };
    return lv_msg(names[row->kind], lang);
}

/* A number of the reference as the schema holds it (%.15g: bounds print exactly). */
static struct lv_msg_arg bound(double v)
{
    struct lv_msg_arg a;
    snprintf(a.s, sizeof a.s, "%.15g", v);
    return a;
}

/* Catalogue text id in lang with its arguments filled, written to out. */
static void write_msg(FILE *out, enum lv_language lang, enum lv_msg id, int argc, const char *const *args)
{
    char buf[512];
    size_t n = lv_msg_expand(buf, sizeof buf, lv_msg(id, lang), argc, args);
    if (LV_ALWAYS(n < sizeof buf))
        fputs(buf, out);
}

/* A bound of a duration as a scenario would write it: "1h", "36600d", "0s". */
static void write_duration(FILE *out, double s)
{
    if (s > 0 && fmod(s, 86400) == 0)
        fprintf(out, "%.15gd", s / 86400);
    else if (s > 0 && fmod(s, 3600) == 0)
        fprintf(out, "%.15gh", s / 3600);
    else if (s > 0 && fmod(s, 60) == 0)
        fprintf(out, "%.15gm", s / 60);
    else
        fprintf(out, "%.15gs", s);
}

static void write_allowed(FILE *out, const struct lv__field *row, enum lv_language lang)
{
    struct lv_msg_arg lo = bound(row->min), hi = bound(row->max);
    const char *range[] = {lo.s, hi.s};
    switch (row->kind) {
    case LV__DURATION:
        if (row->max > 0) {
            write_duration(out, row->min);
            fputs(" – ", out);
            write_duration(out, row->max);
        } else {
            fputs("≥ 0s", out);
        }
        break;
    case LV__SHARE:
        fputs("0 – 100 %", out);
        break;
    case LV__NUMBER:
    case LV__INTEGER:
        if (row->max >= 9e18)
            fprintf(out, "≥ %.15g", row->min);
        else if (row->flags & LV__OPEN)
            fprintf(out, "> %.15g, ≤ %.15g", row->min, row->max);
        else
            fprintf(out, "%.15g – %.15g", row->min, row->max);
        if (row->flags & LV__NONE)
            write_msg(out, lang, LV_MSG_REF_OR_NO_LIMIT, 0, NULL);
        break;
    case LV__DATE:
        write_msg(out, lang, LV_MSG_REF_YEARS, 2, range);
        break;
    case LV__TIME:
        fputs(row->max >= 1440 ? "00:00 – 24:00" : "00:00 – 23:59", out);
        break;
    case LV__BOOL:
        write_msg(out, lang, LV_MSG_REF_BOOL, 0, NULL);
        break;
    case LV__ENUM:
    case LV__LIST:
        for (int i = 0; row->names && row->names[i].name; i++)
            fprintf(out, "%s`%s`", i ? ", " : "", row->names[i].name);
        if (row->kind == LV__LIST && row->max > 0) {
            if (row->names)
                fputs("; ", out);
            write_msg(out, lang, LV_MSG_REF_ITEMS, 2, range);
        }
        break;
    case LV__NUMBERS: {
        const char *args[] = {hi.s, row->flags & LV__OPEN ? ">" : "≥"};
        write_msg(out, lang, LV_MSG_REF_NUMBERS, 2, args);
        break;
    }
    case LV__TEXT:
        if (row->max > 0)
            write_msg(out, lang, LV_MSG_REF_CHARACTERS, 1, &range[1]);
        break;
    case LV__DIST:
        write_msg(out, lang, row->flags & LV__NONE ? LV_MSG_REF_DIST_OR_NEVER : LV_MSG_REF_DIST, 0, NULL);
        break;
    default:
        break;
    }
}

static void write_section(FILE *out, const struct lv__section *sec, bool first, enum lv_language lang)
{
    if (!first)
        fputs("\n", out);
    if (*sec->path)
        fprintf(out, "### `%s`: %s\n\n", sec->path, sec->title);
    else
        fprintf(out, "### %s\n\n", sec->title);
    write_msg(out, lang, LV_MSG_REF_TABLE_HEAD, 0, NULL);
    for (int i = 0; i < sec->count; i++) {
        const struct lv__field *row = &sec->rows[i];
        fprintf(out, "| `%s` | %s", row->name, kind_name(row, lang));
        if (row->unit)
            fprintf(out, " (%s)", row->unit);
        fputs(" | ", out);
        if (row->doc_default)
            fputs(row->doc_default, out);
        else if (row->def)
            fprintf(out, "`%s`", row->def);
        else if (row->flags & LV__REQUIRED)
            write_msg(out, lang, LV_MSG_REF_REQUIRED, 0, NULL);
        else
            fputs("—", out);
        fputs(" | ", out);
        write_allowed(out, row, lang);
        fprintf(out, " | %s |\n", row->help);
    }
}

/* Sections in the order they are first reached, each once. */
static int collect(const struct lv__section *sec, const struct lv__section **seen, int n, int max)
{
    for (int i = 0; i < n; i++)
        if (seen[i] == sec)
            return n;
    if (n == max)
        return n;
    seen[n++] = sec;
    for (int i = 0; i < sec->count; i++)
        if (sec->rows[i].sub)
            n = collect(sec->rows[i].sub, seen, n, max);
    return n;
}

int lv__schema_markdown(FILE *out, const struct lv__section *root, enum lv_language lang)
{
    const struct lv__section *seen[64];
    int n = collect(root, seen, 0, 64);
    n = collect(&lv__dist_section, seen, n, 64);
    for (int i = 0; i < n; i++)
        write_section(out, seen[i], i == 0, lang);
    fputs("\n", out);
    write_msg(out, lang, LV_MSG_REF_DIST_HEAD, 0, NULL);
    for (int i = 0; lv__dist_forms[i].name; i++)
        fprintf(out, "| `%s` | %s | %s |\n", lv__dist_forms[i].name, forms[lv__dist_forms[i].value].doc,
                lv__dist_forms[i].help);
    return ferror(out) ? -1 : 0;
}
