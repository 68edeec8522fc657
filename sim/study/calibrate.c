/* calibrate.c — one scenario key fitted to one published headline figure (calibrate.h). Every
 * candidate value is the base scenario loaded with the key --set to it and run with the same seed,
 * so the estimates share their random numbers and f(x) is smooth enough for Illinois regula falsi
 * inside [LO, HI]; the uncertainty is the delta method's, checked by a run on fresh seeds. */
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
    return 0;
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
        say(why, why_size, lang, LV_MSG_CAL_E_MATCH_VALUE, 2, (const char *const[]){arg, v});
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

/* One evaluation: the base with path = x, run with seed; the figure's estimate into *f. */
struct context {
    const struct lv_calibrate_options *o;
    const struct lv_calibrate_vary *v;
    const struct lv_calibrate_match *m;
    int replications;
    uint64_t seed;
    int evaluations;
    struct lv_diags *diags;
    char *why;
    size_t why_size;
};

static int evaluate(struct context *c, double x, uint64_t seed, struct lv_estimate *f)
{
    char value[64], text[LV_CALIBRATE_PATH_MAX + 80];
    yaml_value(c->v->kind, x, value, sizeof value);
    snprintf(text, sizeof text, "%s=%s", c->v->path, value); /* syntax, not a message */
    struct lv_override ov = {.path = c->v->path, .value = value, .text = text, .label = NULL};
    struct lv_scenario *s = lv_scenario_load(c->o->path, c->o->text, c->o->name, &ov, 1, c->diags);
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
        say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_RUN, 3, (const char *const[]){c->v->path, value, error});
        goto out;
    }
    if (lv_summary_compute(&r, &sum) != 0) {
        say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_NO_MEMORY, 0, NULL);
        lv_results_fini(&r);
        goto out;
    }
    *f = sum.headline[c->m->metric];
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    if (!isfinite(f->mean)) {
        say(c->why, c->why_size, c->o->lang, LV_MSG_CAL_E_UNDEFINED, 3,
            (const char *const[]){lv_headline_info(c->m->metric)->key, c->v->path, value});
        goto out;
    }
    rc = 0;
out:
    lv_scenario_free(s);
    return rc;
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
    struct lv_scenario *s = lv_scenario_load(c->o->path, c->o->text, c->o->name, NULL, 0, c->diags);
    if (!s)
        return -1;
    c->replications = c->o->replications > 0 ? c->o->replications : s->replications;
    c->seed = c->o->seed >= 0 ? (uint64_t)c->o->seed : s->seed;
    lv_scenario_free(s);
    return 0;
}

int lv_calibrate(const struct lv_calibrate_options *o, const struct lv_calibrate_vary *vary,
                 const struct lv_calibrate_match *match, int count, struct lv_calibrate_result *out,
                 struct lv_diags *diags, char *why, size_t why_size)
{
    memset(out, 0, sizeof *out);
    if (count != 1) {
        say(why, why_size, o->lang, LV_MSG_CAL_E_MANY, 1, (const char *const[]){lv_msg_int(count).s});
        return -1;
    }
    struct context c = {.o = o, .v = vary, .m = match, .diags = diags, .why = why, .why_size = why_size};
    if (base_settings(&c) != 0)
        return -1;
    const double target = match->target;
    const bool integer = vary->kind == LV_CAL_INTEGER;
    const double tol = integer ? 1 : o->tolerance > 0 ? o->tolerance : (vary->hi - vary->lo) / 1000;
    const int max_evals = o->max_evaluations > 0 ? o->max_evaluations : 40;
    static const int points_cap = MAX_POINTS;
    struct point pts[MAX_POINTS];
    int np = 0;

    double a = vary->lo, b = vary->hi;
    struct lv_estimate fa, fb;
    if (evaluate(&c, a, c.seed, &fa) != 0 || evaluate(&c, b, c.seed, &fb) != 0)
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
        say(why, why_size, o->lang, LV_MSG_CAL_E_OUTSIDE, 7,
            (const char *const[]){lv_headline_info(match->metric)->key, t, vary->path, lo, flo, hi, fhi});
        return -1;
    }

    /* Illinois regula falsi on g = f - target, keeping a sign change in [a, b]; integers bisect
     * (rounded) down to neighbours. A point outside the middle 90 % falls back to bisection, so a
     * flat or noisy end cannot stall the search. */
    int side = 0;
    while (b - a > tol && c.evaluations < max_evals && ga != 0 && gb != 0) {
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
        if (evaluate(&c, x, c.seed, &fx) != 0)
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
        out->f_x = fabs(ga) <= fabs(gb) ? fa : fb;
    } else {
        x = ga == 0 ? a : gb == 0 ? b : (gb - ga) != 0 ? b - gb * (b - a) / (gb - ga) : (a + b) / 2;
        if (evaluate(&c, x, c.seed, &out->f_x) != 0)
            return -1;
        if (np < points_cap)
            pts[np++] = (struct point){x, out->f_x};
    }

    /* The slope: a secant through the evaluated points nearest x on either side whose span is at
     * least 2 % of the range (1 for integers), since under common random numbers f is smooth
     * only at a scale larger than the jumps of single calls changing their fate. */
    double min_span = integer ? 1 : 0.02 * (vary->hi - vary->lo);
    double best = INFINITY, slope = NAN;
    for (int i = 0; i < np; i++)
        for (int j = 0; j < np; j++) {
            double span = pts[j].x - pts[i].x;
            if (!(pts[i].x <= x && pts[j].x >= x && span >= min_span * 0.999) || span >= best)
                continue;
            best = span;
            slope = (pts[j].f.mean - pts[i].f.mean) / span;
        }
    if (integer) /* the step between the neighbours is what the fit rests on */
        slope = (out->f_above.mean - out->f_below.mean) / (out->above - out->below);
    out->slope = slope;
    out->x = x;
    out->x_half_width = isfinite(slope) && slope != 0 ? out->f_x.half_width / fabs(slope) : INFINITY;
    out->replications = c.replications;
    out->seed = c.seed;
    yaml_value(vary->kind, x, out->value, sizeof out->value);

    /* The check: fresh random numbers at x. */
    if (evaluate(&c, x, c.seed + 1, &out->check) != 0)
        return -1;
    out->check_ok = fabs(out->check.mean - target) <= out->check.half_width;
    out->evaluations = c.evaluations;
    return 0;
}

char *lv_calibrate_scenario_yaml(const struct lv_calibrate_options *o, const struct lv_calibrate_vary *vary,
                                 const struct lv_calibrate_result *r, struct lv_diags *diags)
{
    char text[LV_CALIBRATE_PATH_MAX + 80];
    snprintf(text, sizeof text, "%s=%s", vary->path, r->value); /* syntax, not a message */
    struct lv_override ov = {.path = vary->path, .value = r->value, .text = text, .label = NULL};
    return lv_scenario_render(o->path, o->text, o->name, &ov, 1, diags);
}
