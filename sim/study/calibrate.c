/* calibrate.c — scenario keys fitted to published headline figures (calibrate.h). Every candidate
 * is the base scenario loaded with the keys --set to it and run with the same seed, so the
 * estimates share their random numbers and f(x) is smooth enough for Illinois regula falsi inside
 * [LO, HI] (one key) or Broyden's method in the box (several); the uncertainty is the delta
 * method's, checked by a run on fresh seeds. */
#include "lvsim/calibrate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/override.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/units.h"

static void say(char *why, size_t n, enum lv_language lang, enum lv_msg id, int argc, const char *const *args)
{
    if (why && n)
        lv_msg_expand(why, n, lv_msg(id, lang), argc, args);
}

static bool integer_literal(const char *t)
{
    if (*t == '+')
        t++;
    if (!*t)
        return false;
    for (; *t; t++)
        if (*t < '0' || *t > '9')
            return false;
    return true;
}

static bool has_unit_letter(const char *t)
{
    for (; *t; t++)
        if (*t == 'd' || *t == 'h' || *t == 'm' || *t == 's')
            return true;
    return false;
}

/* One end of a range: its kind and value. */
static int parse_end(const char *t, enum lv_calibrate_kind *kind, double *v)
{
    size_t n = strlen(t);
    if (n == 0)
        return -1;
    if (t[n - 1] == '%') {
        *kind = LV_CAL_SHARE;
        return lv_parse_share(t, v);
    }
    if (has_unit_letter(t)) {
        *kind = LV_CAL_DURATION;
        return lv_parse_duration(t, v);
    }
    *kind = integer_literal(t) ? LV_CAL_INTEGER : LV_CAL_NUMBER;
    return lv_parse_number(t, v);
}

/* The kind of the varied value is the key's, from the schema; the range must be written in it
 * (plain numbers for a share are fractions). Unknown and non-numeric keys are refused here. */
static int key_kind(struct lv_calibrate_vary *v, const char *arg, const char *range, enum lv_language lang, char *why,
                    size_t why_size)
{
    enum lv_key_kind kind;
    struct lv_key_miss miss;
    if (lv_scenario_key_kind(v->path, &kind, &miss) != 0) {
        char within[300];
        if (miss.within[0])
            snprintf(within, sizeof within, "'%s'", miss.within);
        else
            snprintf(within, sizeof within, "%s", lv_msg(LV_MSG_CAL_TOP, lang));
        if (!miss.segment[0])
            say(why, why_size, lang, LV_MSG_CAL_E_VARY_PATH, 1, (const char *const[]){arg});
        else if (miss.not_a_list)
            say(why, why_size, lang, LV_MSG_CAL_E_VARY_NOT_A_LIST, 3, (const char *const[]){arg, miss.segment, miss.within});
        else if (miss.suggestion)
            say(why, why_size, lang, LV_MSG_CAL_E_VARY_UNKNOWN_SUGGEST, 4,
                (const char *const[]){arg, miss.segment, within, miss.suggestion});
        else
            say(why, why_size, lang, LV_MSG_CAL_E_VARY_UNKNOWN, 3, (const char *const[]){arg, miss.segment, within});
        return -1;
    }
    const bool plain = v->kind == LV_CAL_INTEGER || v->kind == LV_CAL_NUMBER;
    enum lv_msg name = LV_MSG_CAL_KIND_NUMBER;
    const char *example = "0.5..2";
    bool ok = false;
    switch (kind) {
    case LV_KEY_INTEGER:
        ok = v->kind == LV_CAL_INTEGER, name = LV_MSG_CAL_KIND_INTEGER, example = "2..12";
        break;
    case LV_KEY_NUMBER:
        ok = plain, v->kind = LV_CAL_NUMBER;
        break;
    case LV_KEY_SHARE:
        ok = v->kind == LV_CAL_SHARE || (plain && v->lo >= 0 && v->hi <= 1);
        v->kind = LV_CAL_SHARE, name = LV_MSG_CAL_KIND_SHARE, example = "10%..40%";
        break;
    case LV_KEY_DURATION:
        ok = v->kind == LV_CAL_DURATION, name = LV_MSG_CAL_KIND_DURATION, example = "1m..20m";
        break;
    case LV_KEY_OTHER:
        say(why, why_size, lang, LV_MSG_CAL_E_VARY_NOT_NUMERIC, 2, (const char *const[]){arg, v->path});
        return -1;
    }
    if (!ok) {
        say(why, why_size, lang, LV_MSG_CAL_E_VARY_KIND, 5,
            (const char *const[]){arg, v->path, lv_msg(name, lang), range, example});
        return -1;
    }
    return 0;
}

int lv_calibrate_parse_vary(const char *arg, struct lv_calibrate_vary *out, enum lv_language lang, char *why,
                            size_t why_size)
{
    const char *eq = strrchr(arg, '=');
    const char *dots = eq ? strstr(eq + 1, "..") : NULL;
    if (!eq || eq == arg || (size_t)(eq - arg) >= sizeof out->path || !dots) {
        say(why, why_size, lang, LV_MSG_CAL_E_VARY_SYNTAX, 1, (const char *const[]){arg});
        return -1;
    }
    memset(out, 0, sizeof *out);
    memcpy(out->path, arg, (size_t)(eq - arg));
    char lo[64], hi[64];
    const char *range = eq + 1;
    size_t nlo = (size_t)(dots - range), nhi = strlen(dots + 2);
    enum lv_calibrate_kind klo = LV_CAL_NUMBER, khi = LV_CAL_NUMBER;
    bool ok = nlo < sizeof lo && nhi < sizeof hi;
    if (ok) {
        memcpy(lo, range, nlo);
        lo[nlo] = '\0';
        memcpy(hi, dots + 2, nhi + 1);
        ok = parse_end(lo, &klo, &out->lo) == 0 && parse_end(hi, &khi, &out->hi) == 0;
    }
    /* a bare 0 takes the other end's unit (0..20m, 0..50%) */
    if (ok && klo == LV_CAL_INTEGER && out->lo == 0 && (khi == LV_CAL_DURATION || khi == LV_CAL_SHARE))
        klo = khi;
    if (ok && khi == LV_CAL_INTEGER && out->hi == 0 && (klo == LV_CAL_DURATION || klo == LV_CAL_SHARE))
        khi = klo;
    if (ok && klo != khi && !((klo == LV_CAL_INTEGER && khi == LV_CAL_NUMBER) ||
                              (klo == LV_CAL_NUMBER && khi == LV_CAL_INTEGER)))
        ok = false;
    if (ok) {
        out->kind = klo == khi ? klo : LV_CAL_NUMBER;
        ok = isfinite(out->lo) && isfinite(out->hi) && out->lo < out->hi;
    }
    if (!ok) {
        say(why, why_size, lang, LV_MSG_CAL_E_VARY_RANGE, 2, (const char *const[]){arg, range});
        return -1;
    }
    return key_kind(out, arg, range, lang, why, why_size);
}

int lv_calibrate_parse_match(const char *arg, struct lv_calibrate_match *out, enum lv_language lang, char *why,
                             size_t why_size)
{
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg || !eq[1]) {
        say(why, why_size, lang, LV_MSG_CAL_E_MATCH_SYNTAX, 1, (const char *const[]){arg});
        return -1;
    }
    char key[128];
    size_t n = (size_t)(eq - arg);
    if (n >= sizeof key)
        n = sizeof key - 1;
    memcpy(key, arg, n);
    key[n] = '\0';
    int m = -1;
    for (int i = 0; i < LV_HEADLINE_COUNT; i++)
        if (strcmp(lv_headline_info((enum lv_headline)i)->key, key) == 0)
            m = i;
    if (m < 0) {
        say(why, why_size, lang, LV_MSG_CAL_E_MATCH_KEY, 2, (const char *const[]){arg, key});
        return -1;
    }
    const char *v = eq + 1;
    int rc;
    switch (lv_headline_info((enum lv_headline)m)->unit) {
    case LV_UNIT_SHARE:
        rc = lv_parse_share(v, &out->target);
        break;
    case LV_UNIT_SECONDS:
        rc = has_unit_letter(v) ? lv_parse_duration(v, &out->target) : lv_parse_number(v, &out->target);
        break;
    default:
        rc = lv_parse_number(v, &out->target);
    }
    if (rc != 0 || !isfinite(out->target)) {
        char *end;
        double x = strtod(v, &end);
        bool share_form = end != v && (*end == '\0' || (end[0] == '%' && end[1] == '\0'));
        bool share_unit = lv_headline_info((enum lv_headline)m)->unit == LV_UNIT_SHARE;
        say(why, why_size, lang, share_unit && share_form && isfinite(x) ? LV_MSG_CAL_E_MATCH_SHARE_RANGE : LV_MSG_CAL_E_MATCH_VALUE,
            2, (const char *const[]){arg, v});
        return -1;
    }
    out->metric = (enum lv_headline)m;
    return 0;
}

/* x as a YAML value of its kind. */
static void yaml_value(enum lv_calibrate_kind kind, double x, char *buf, size_t size)
{
    switch (kind) {
    case LV_CAL_INTEGER:
        snprintf(buf, size, "%.0f", x);
        break;
    case LV_CAL_DURATION:
        snprintf(buf, size, "%.3fs", x); /* syntax, not a message */
        break;
    default:
        snprintf(buf, size, "%.6g", x);
    }
}

void lv_calibrate_format(enum lv_calibrate_kind kind, double x, char *buf, size_t size)
{
    switch (kind) {
    case LV_CAL_DURATION: {
        double r = floor(x + 0.5);
        if (fabs(x) < 60 && fabs(x - r) > 1e-9)
            snprintf(buf, size, "%.1f s", x); /* not a message: a unit */
        else {
            long t = (long)r;
            snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
        }
        break;
    }
    case LV_CAL_SHARE:
        snprintf(buf, size, "%.2f %%", 100 * x);
        break;
    case LV_CAL_INTEGER:
        snprintf(buf, size, "%.0f", x);
        break;
    default:
        snprintf(buf, size, "%.4g", x);
    }
}

void lv_calibrate_format_metric(enum lv_headline m, double v, char *buf, size_t size)
{
    switch (lv_headline_info(m)->unit) {
    case LV_UNIT_SHARE:
        snprintf(buf, size, "%.2f %%", 100 * v);
        break;
    case LV_UNIT_SECONDS:
        lv_calibrate_format(LV_CAL_DURATION, v, buf, size);
        break;
    default:
        snprintf(buf, size, "%.4g", v);
    }
}

/* One evaluation: the base with every path = its x, run with seed; the figures' estimates into f. */
struct context {
    const struct lv_calibrate_options *o;
    const struct lv_calibrate_vary *v;
    const struct lv_calibrate_match *m;
    int count;
    int replications;
    uint64_t seed;
    int evaluations;
    struct lv_diags *diags;
    char *why;
    size_t why_size;
};

/* The overrides setting vary[i] to x[i]: their strings in value[i] and text[i]. */
struct settings {
    char value[LV_CALIBRATE_MAX][64], text[LV_CALIBRATE_MAX][LV_CALIBRATE_PATH_MAX + 80];
    char label[LV_CALIBRATE_MAX][LV_CALIBRATE_PATH_MAX + 100];
    struct lv_override ov[LV_CALIBRATE_MAX_SETS + LV_CALIBRATE_MAX]; /* the user's --set, then the varied keys */
    int n;
};

/* The base's own overrides: the user's --set, at most LV_CALIBRATE_MAX_SETS of them. */
static int base_overrides(const struct lv_calibrate_options *o)
{
    return o->overrides && o->override_count > 0
               ? (o->override_count < LV_CALIBRATE_MAX_SETS ? o->override_count : LV_CALIBRATE_MAX_SETS)
               : 0;
}

static void settings_make(struct settings *st, const struct lv_calibrate_options *o, const struct lv_calibrate_vary *v,
                          int count, const double *x)
{
    int sets = base_overrides(o);
    for (int i = 0; i < sets; i++)
        st->ov[i] = o->overrides[i];
    st->n = sets + count;
    struct lv_override *vov = st->ov + sets;
    for (int i = 0; i < count; i++) {
        yaml_value(v[i].kind, x[i], st->value[i], sizeof st->value[i]);
        snprintf(st->text[i], sizeof st->text[i], "%.*s=%.63s", LV_CALIBRATE_PATH_MAX - 1, v[i].path, st->value[i]); /* syntax, not a message */
        /* diagnostics name the option the user gave, not a --set they never wrote */
        snprintf(st->label[i], sizeof st->label[i], "--vary '%.*s=%.63s'", LV_CALIBRATE_PATH_MAX - 1, v[i].path,
                 st->value[i]); /* syntax, not a message */
        vov[i] = (struct lv_override){.path = v[i].path, .value = st->value[i], .text = st->text[i], .label = st->label[i]};
    }
}

static int evaluate_all(struct context *c, const double *x, uint64_t seed, struct lv_estimate *f)
{
    struct settings st;
    settings_make(&st, c->o, c->v, c->count, x);
    struct lv_scenario *s = lv_scenario_load(c->o->path, c->o->text, c->o->name, st.ov, st.n, c->diags);
    if (!s)
        return -1;
    char error[640] = "";
    struct lv_run_options ro = {.replications = c->replications,
                                .seed = seed,
                                .jobs = c->o->jobs > 0 ? c->o->jobs : 1,
                                .error = error,
                                .error_size = sizeof error,
                                .lang = c->o->lang};
    struct lv_results r;
    struct lv_summary sum;
    int rc = -1;
    c->evaluations++;
    if (lv_run(s, &ro, &r) != 0) {
        say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_RUN, 3, (const char *const[]){c->v->path, st.value[0], error});
        goto out;
    }
    if (lv_summary_compute(&r, &sum) != 0) {
        say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_NO_MEMORY, 0, NULL);
        lv_results_fini(&r);
        goto out;
    }
    for (int i = 0; i < c->count; i++)
        f[i] = sum.headline[c->m[i].metric];
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    for (int i = 0; i < c->count; i++)
        if (!isfinite(f[i].mean)) {
            say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_UNDEFINED, 3,
                (const char *const[]){lv_headline_info(c->m[i].metric)->key, c->v[0].path, st.value[0]});
            goto out;
        }
    rc = 0;
out:
    lv_scenario_free(s);
    return rc;
}

static int evaluate(struct context *c, double x, uint64_t seed, struct lv_estimate *f)
{
    return evaluate_all(c, &x, seed, f);
}

/* The points evaluated with the calibration seed, for the final secant. */
#define MAX_POINTS 128
struct point {
    double x;
    struct lv_estimate f;
};

/* The scenario's replications and seed, from the base as it loads. */
static int base_settings(struct context *c)
{
    struct lv_scenario *s = lv_scenario_load(c->o->path, c->o->text, c->o->name, c->o->overrides, base_overrides(c->o),
                                             c->diags);
    if (!s)
        return -1;
    c->replications = c->o->replications > 0 ? c->o->replications : s->replications;
    c->seed = c->o->seed >= 0 ? (uint64_t)c->o->seed : s->seed;
    lv_scenario_free(s);
    return 0;
}

/* The check on fresh random numbers at out->x, and the bookkeeping every method ends with. */
static int finish(struct context *c, struct lv_calibrate_result *out)
{
    out->count = c->count;
    out->replications = c->replications;
    out->seed = c->seed;
    for (int i = 0; i < c->count; i++)
        yaml_value(c->v[i].kind, out->x[i], out->value[i], sizeof out->value[i]);
    if (evaluate_all(c, out->x, c->seed + 1, out->check) != 0)
        return -1;
    out->check_ok = true;
    for (int i = 0; i < c->count; i++)
        if (!(fabs(out->check[i].mean - c->m[i].target) <= out->check[i].half_width))
            out->check_ok = false;
    out->evaluations = c->evaluations;
    return 0;
}

static int calibrate_one(struct context *c, struct lv_calibrate_result *out)
{
    const struct lv_calibrate_vary *vary = c->v;
    const struct lv_calibrate_match *match = c->m;
    const struct lv_calibrate_options *o = c->o;
    const double target = match->target;
    const bool integer = vary->kind == LV_CAL_INTEGER;
    const double tol = integer ? 1 : o->tolerance > 0 ? o->tolerance : (vary->hi - vary->lo) / 1000;
    const int max_evals = o->max_evaluations > 0 ? o->max_evaluations : 40;
    static const int points_cap = MAX_POINTS;
    struct point pts[MAX_POINTS];
    int np = 0;

    double a = vary->lo, b = vary->hi;
    struct lv_estimate fa, fb;
    if (evaluate(c, a, c->seed, &fa) != 0 || evaluate(c, b, c->seed, &fb) != 0)
        return -1;
    out->f_lo = fa;
    out->f_hi = fb;
    pts[np++] = (struct point){a, fa};
    pts[np++] = (struct point){b, fb};
    double ga = fa.mean - target, gb = fb.mean - target;
    if (ga * gb > 0) {
        char t[48], lo[48], hi[48], flo[48], fhi[48];
        lv_calibrate_format_metric(match->metric, target, t, sizeof t);
        lv_calibrate_format(vary->kind, a, lo, sizeof lo);
        lv_calibrate_format(vary->kind, b, hi, sizeof hi);
        lv_calibrate_format_metric(match->metric, fa.mean, flo, sizeof flo);
        lv_calibrate_format_metric(match->metric, fb.mean, fhi, sizeof fhi);
        say(c->why, c->why_size, o->lang, LV_MSG_CAL_E_OUTSIDE, 7,
            (const char *const[]){lv_headline_info(match->metric)->key, t, vary->path, lo, flo, hi, fhi});
        return -1;
    }

    /* Illinois regula falsi on g = f - target, keeping a sign change in [a, b]; integers bisect
     * (rounded) down to neighbours. A point outside the middle 90 % falls back to bisection, so a
     * flat or noisy end cannot stall the search. */
    int side = 0;
    while (b - a > tol && c->evaluations < max_evals && ga != 0 && gb != 0) {
        double x;
        if (integer) {
            x = floor((a + b) / 2);
        } else {
            x = (gb - ga) != 0 ? b - gb * (b - a) / (gb - ga) : (a + b) / 2;
            double margin = 0.05 * (b - a);
            if (!(x > a + margin && x < b - margin))
                x = (a + b) / 2;
        }
        struct lv_estimate fx;
        if (evaluate(c, x, c->seed, &fx) != 0)
            return -1;
        if (np < points_cap)
            pts[np++] = (struct point){x, fx};
        double gx = fx.mean - target;
        if (gx * gb < 0) { /* the root is in [x, b]: x replaces a */
            a = x;
            ga = gx;
            fa = fx;
            if (side == -1)
                gb /= 2;
            side = -1;
        } else {
            b = x;
            gb = gx;
            fb = fx;
            if (side == 1)
                ga /= 2;
            side = 1;
        }
    }
    /* ga and gb may have been halved: the true residuals are those of fa and fb. */
    ga = fa.mean - target;
    gb = fb.mean - target;

    double x;
    if (integer) {
        out->below = a;
        out->above = b;
        out->f_below = fa;
        out->f_above = fb;
        x = fabs(ga) <= fabs(gb) ? a : b;
        out->f_x[0] = fabs(ga) <= fabs(gb) ? fa : fb;
    } else {
        x = ga == 0 ? a : gb == 0 ? b : (gb - ga) != 0 ? b - gb * (b - a) / (gb - ga) : (a + b) / 2;
        if (evaluate(c, x, c->seed, &out->f_x[0]) != 0)
            return -1;
        if (np < points_cap)
            pts[np++] = (struct point){x, out->f_x[0]};
    }

    /* The slope: a secant through the evaluated points nearest x on either side whose span is at
     * least 2 % of the range, since under common random numbers f is smooth only at a scale
     * larger than the jumps of single calls changing their fate. Integers: the neighbours' step. */
    double min_span = 0.02 * (vary->hi - vary->lo);
    double best = INFINITY, slope = NAN;
    for (int i = 0; i < np; i++)
        for (int j = 0; j < np; j++) {
            double span = pts[j].x - pts[i].x;
            if (!(pts[i].x <= x && pts[j].x >= x && span >= min_span * 0.999) || span >= best)
                continue;
            best = span;
            slope = (pts[j].f.mean - pts[i].f.mean) / span;
        }
    if (integer)
        slope = (out->f_above.mean - out->f_below.mean) / (out->above - out->below);
    out->slope = slope;
    out->x[0] = x;
    out->x_half_width[0] = isfinite(slope) && slope != 0 ? out->f_x[0].half_width / fabs(slope) : INFINITY;
    return finish(c, out);
}

/* Solves the k x k system a z = r by Gaussian elimination with partial pivoting (a and r are
 * overwritten; z may be r). Returns -1 when a is singular. */
static int solve(int k, double a[LV_CALIBRATE_MAX][LV_CALIBRATE_MAX], double *r, double *z)
{
    for (int col = 0; col < k; col++) {
        int p = col;
        for (int i = col + 1; i < k; i++)
            if (fabs(a[i][col]) > fabs(a[p][col]))
                p = i;
        if (!(fabs(a[p][col]) > 1e-300))
            return -1;
        for (int j = 0; j < k; j++) {
            double t = a[col][j];
            a[col][j] = a[p][j];
            a[p][j] = t;
        }
        double t = r[col];
        r[col] = r[p];
        r[p] = t;
        for (int i = col + 1; i < k; i++) {
            double q = a[i][col] / a[col][col];
            for (int j = col; j < k; j++)
                a[i][j] -= q * a[col][j];
            r[i] -= q * r[col];
        }
    }
    for (int i = k - 1; i >= 0; i--) {
        double sum = r[i];
        for (int j = i + 1; j < k; j++)
            sum -= a[i][j] * z[j];
        z[i] = sum / a[i][i];
    }
    return 0;
}

/* Several keys: Broyden's method in the unit box (u = (x - lo) / (hi - lo)), residuals scaled
 * by the targets' magnitudes. Starts at the middle with a forward-difference Jacobian (step 0.1),
 * takes Newton steps clipped to the box, halved when the residual grows, updates the Jacobian by
 * Broyden's rank-one rule and stops when a step moves every key by less than 1/1000 of its range.
 * The final Jacobian for the delta method is a fresh forward difference (step 0.05) at the fit. */
static int calibrate_many(struct context *c, struct lv_calibrate_result *out)
{
    const int k = c->count;
    const int max_evals = c->o->max_evaluations > 0 ? c->o->max_evaluations : 40 + 4 * k;
    double u[LV_CALIBRATE_MAX] = {0}, x[LV_CALIBRATE_MAX] = {0}, g[LV_CALIBRATE_MAX] = {0};
    double jac[LV_CALIBRATE_MAX][LV_CALIBRATE_MAX];
    struct lv_estimate f[LV_CALIBRATE_MAX];
    double scale[LV_CALIBRATE_MAX];
    for (int i = 0; i < k; i++) {
        if (c->v[i].kind == LV_CAL_INTEGER) {
            say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_MANY_INTEGER, 1, (const char *const[]){c->v[i].path});
            return -1;
        }
        scale[i] = fabs(c->m[i].target) > 1e-9 ? fabs(c->m[i].target) : 1;
        u[i] = 0.5;
    }
#define TO_X(uu, xx)                                                                                   \
    for (int i_ = 0; i_ < k; i_++)                                                                     \
        (xx)[i_] = c->v[i_].lo + (uu)[i_] * (c->v[i_].hi - c->v[i_].lo);
    /* the residuals and the forward-difference Jacobian at u */
    struct lv_estimate fh[LV_CALIBRATE_MAX];
    double uh[LV_CALIBRATE_MAX] = {0}, xh[LV_CALIBRATE_MAX] = {0};
#define JACOBIAN(h)                                                                                    \
    for (int j = 0; j < k; j++) {                                                                      \
        memcpy(uh, u, sizeof uh);                                                                      \
        uh[j] = u[j] + (u[j] + (h) <= 1 ? (h) : -(h));                                                 \
        TO_X(uh, xh);                                                                                  \
        if (evaluate_all(c, xh, c->seed, fh) != 0)                                                     \
            return -1;                                                                                 \
        for (int i = 0; i < k; i++)                                                                    \
            jac[i][j] = ((fh[i].mean - c->m[i].target) / scale[i] - g[i]) / (uh[j] - u[j]);           \
    }
    TO_X(u, x);
    if (evaluate_all(c, x, c->seed, f) != 0)
        return -1;
    for (int i = 0; i < k; i++)
        g[i] = (f[i].mean - c->m[i].target) / scale[i];
    JACOBIAN(0.1);
    bool converged = false;
    while (c->evaluations < max_evals) {
        double a[LV_CALIBRATE_MAX][LV_CALIBRATE_MAX], d[LV_CALIBRATE_MAX];
        memcpy(a, jac, sizeof a);
        for (int i = 0; i < k; i++)
            d[i] = -g[i];
        if (solve(k, a, d, d) != 0)
            break;
        /* clip to the box, keeping the direction */
        double t = 1;
        for (int i = 0; i < k; i++) {
            if (u[i] + t * d[i] > 1)
                t = (1 - u[i]) / d[i];
            if (u[i] + t * d[i] < 0)
                t = -u[i] / d[i];
        }
        double norm = 0, un[LV_CALIBRATE_MAX], gn[LV_CALIBRATE_MAX];
        for (int i = 0; i < k; i++)
            norm += g[i] * g[i];
        struct lv_estimate fn[LV_CALIBRATE_MAX];
        double norm_new = INFINITY;
        for (int halving = 0; halving < 4 && c->evaluations < max_evals; halving++, t /= 2) {
            for (int i = 0; i < k; i++)
                un[i] = u[i] + t * d[i];
            TO_X(un, x);
            if (evaluate_all(c, x, c->seed, fn) != 0)
                return -1;
            norm_new = 0;
            for (int i = 0; i < k; i++) {
                gn[i] = (fn[i].mean - c->m[i].target) / scale[i];
                norm_new += gn[i] * gn[i];
            }
            if (norm_new < norm)
                break;
        }
        double step = 0, s[LV_CALIBRATE_MAX], ss = 0;
        for (int i = 0; i < k; i++) {
            s[i] = un[i] - u[i];
            ss += s[i] * s[i];
            step = fmax(step, fabs(s[i]));
        }
        if (norm_new < norm || step > 0) { /* Broyden: jac += (dg - jac s) s' / s's */
            for (int i = 0; i < k && ss > 0; i++) {
                double js = 0;
                for (int j = 0; j < k; j++)
                    js += jac[i][j] * s[j];
                for (int j = 0; j < k; j++)
                    jac[i][j] += (gn[i] - g[i] - js) * s[j] / ss;
            }
        }
        if (norm_new < norm) {
            memcpy(u, un, sizeof u);
            memcpy(g, gn, sizeof g);
            memcpy(f, fn, sizeof f);
        }
        if (step < 1e-3) {
            converged = true;
            break;
        }
    }
    TO_X(u, out->x);
    memcpy(out->f_x, f, sizeof out->f_x);
    out->residual = 0;
    for (int i = 0; i < k; i++)
        out->residual = fmax(out->residual, fabs(f[i].mean - c->m[i].target) / f[i].half_width);
    /* a step stopped at the box's edge is small too: settled only if the figures are matched */
    out->converged = converged && out->residual <= 1;
    if (!out->converged) {
        char keys[LV_CALIBRATE_MAX * 100] = "", figures[LV_CALIBRATE_MAX * 100] = "", a[64];
        for (int i = 0; i < k; i++) {
            size_t nk = strlen(keys), nf = strlen(figures);
            lv_calibrate_format(c->v[i].kind, out->x[i], a, sizeof a);
            snprintf(keys + nk, sizeof keys - nk, "%s%.60s = %s", i ? ", " : "", c->v[i].path, a); /* not a message */
            lv_calibrate_format_metric(c->m[i].metric, f[i].mean, a, sizeof a);
            snprintf(figures + nf, sizeof figures - nf, "%s%s = %s", i ? ", " : "", /* not a message */
                     lv_headline_info(c->m[i].metric)->key, a);
        }
        say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_NOT_MATCHED, 2, (const char *const[]){keys, figures});
        return -1;
    }
    /* the delta method: cov(x) ~ J^-1 diag(se_f^2) J^-T, in half-widths, J fresh at the fit */
    JACOBIAN(0.05);
    for (int i = 0; i < k; i++)
        out->x_half_width[i] = 0;
    for (int col = 0; col < k; col++) { /* column col of J^-1: J z = e_col */
        double a[LV_CALIBRATE_MAX][LV_CALIBRATE_MAX], z[LV_CALIBRATE_MAX] = {0};
        memcpy(a, jac, sizeof a);
        z[col] = 1;
        if (solve(k, a, z, z) != 0) {
            for (int i = 0; i < k; i++)
                out->x_half_width[i] = INFINITY;
            break;
        }
        for (int i = 0; i < k; i++) { /* dx_i / dg_col in x units, times g_col's half-width */
            double e = z[i] * (c->v[i].hi - c->v[i].lo) * f[col].half_width / scale[col];
            out->x_half_width[i] += e * e;
        }
    }
    for (int i = 0; i < k; i++)
        out->x_half_width[i] = sqrt(out->x_half_width[i]);
#undef JACOBIAN
#undef TO_X
    return finish(c, out);
}

int lv_calibrate(const struct lv_calibrate_options *o, struct lv_calibrate_vary *vary,
                 const struct lv_calibrate_match *match, int count, struct lv_calibrate_result *out,
                 struct lv_diags *diags, char *why, size_t why_size)
{
    memset(out, 0, sizeof *out);
    if (count < 1 || count > LV_CALIBRATE_MAX) {
        say(why, why_size, o->lang, LV_MSG_CAL_E_MANY, 2,
            (const char *const[]){lv_msg_int(count).s, lv_msg_int(LV_CALIBRATE_MAX).s});
        return -1;
    }
    struct context c = {.o = o, .v = vary, .m = match, .count = count, .diags = diags, .why = why, .why_size = why_size};
    if (base_settings(&c) != 0)
        return -1;
    return count == 1 ? calibrate_one(&c, out) : calibrate_many(&c, out);
}

char *lv_calibrate_scenario_yaml(const struct lv_calibrate_options *o, const struct lv_calibrate_vary *vary,
                                 const struct lv_calibrate_result *r, struct lv_diags *diags)
{
    struct settings st;
    settings_make(&st, o, vary, r->count, r->x);
    return lv_scenario_render(o->path, o->text, o->name, st.ov, st.n, diags);
}
