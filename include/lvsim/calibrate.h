/* calibrate.h — calibrating a scenario to published figures (`lvsim calibrate`, docs/calibrate.md):
 * find the value of a numeric scenario key (addressed as by --set) at which the simulated
 * headline figure equals a published one (or of k keys for k figures), by root finding on
 * estimates that share their random numbers (every candidate runs with the same seed: common
 * random numbers), with a delta-method uncertainty and a check run on fresh seeds.
 *
 * Ownership: options, vary and match are borrowed; a result owns nothing. Units: durations in
 * seconds, shares as fractions 0..1. Errors: 0, or -1 with the reason in `why` (catalogue text in
 * lang, lowercase, no full stop) or, for the scenario itself, in diags. The library never prints. */
#ifndef LVSIM_CALIBRATE_H
#define LVSIM_CALIBRATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lvsim/diag.h"
#include "lvsim/messages.h"
#include "lvsim/override.h"
#include "lvsim/stats.h"
#include "lvsim/summary.h"

/* How a varied value is written: the key's kind in the scenario schema (lv_scenario_key_kind,
 * scenario.h), e.g. durations "1m..20m", shares "20%..60%" or "0.2..0.6", whole numbers "1..10"
 * (the answer is then a pair of neighbours), real numbers "0.5..2" or "1..3". */
enum lv_calibrate_kind { LV_CAL_NUMBER, LV_CAL_INTEGER, LV_CAL_DURATION, LV_CAL_SHARE };

#define LV_CALIBRATE_PATH_MAX 256

/* --vary KEY.PATH=LO..HI */
struct lv_calibrate_vary {
    char path[LV_CALIBRATE_PATH_MAX];
    enum lv_calibrate_kind kind;
    double lo, hi; /* lo < hi */
};

/* --match METRIC=VALUE: a headline figure by its JSON key (summary.h) and its published value
 * ("0.29" or "29%" for a share, "5m" or seconds for a time). */
struct lv_calibrate_match {
    enum lv_headline metric;
    double target;
};

/* Parse one argument; 0, or -1 with the reason in why. --vary: the key must be a numeric key of
 * the schema and the range of its kind (unknown keys with "did you mean"). */
int lv_calibrate_parse_vary(const char *arg, struct lv_calibrate_vary *out, enum lv_language lang, char *why,
                            size_t why_size);
int lv_calibrate_parse_match(const char *arg, struct lv_calibrate_match *out, enum lv_language lang, char *why,
                             size_t why_size);

struct lv_calibrate_options {
    const char *path;               /* the base scenario file, or NULL: text named name */
    const char *text, *name;
    int replications;               /* per evaluation; 0: the scenario's */
    int64_t seed;                   /* < 0: the scenario's */
    int jobs;                       /* worker threads, >= 1 */
    double tolerance;               /* in x's unit; 0: (hi - lo) / 1000 (integers: 1) */
    int max_evaluations;            /* 0: 40 */
    enum lv_language lang;
    const struct lv_override *overrides; /* --set on the base, applied before the varied keys; borrowed */
    int override_count;                  /* at most LV_CALIBRATE_MAX_SETS */
};

#define LV_CALIBRATE_MAX_SETS 256

#define LV_CALIBRATE_MAX 8 /* keys (and figures) at once */

/* The outcome of a calibration: arrays indexed like vary (and match), count of them. */
struct lv_calibrate_result {
    int count;
    double x[LV_CALIBRATE_MAX];            /* the fitted values (an integer key: the neighbour nearer the target) */
    double x_half_width[LV_CALIBRATE_MAX]; /* 95 % delta-method half-widths (see docs/calibrate.md) */
    struct lv_estimate f_x[LV_CALIBRATE_MAX];   /* the figures at x (seed, CRN) */
    struct lv_estimate check[LV_CALIBRATE_MAX]; /* the figures at x on fresh seeds (seed + 1) */
    bool check_ok;           /* every target lies in its check interval */
    char value[LV_CALIBRATE_MAX][64]; /* x as written into the scenario (YAML) */
    int evaluations;         /* runs of the model, the check included */
    int replications;
    uint64_t seed;
    /* one key (count 1) only: */
    double slope;            /* df/dx, the secant used */
    struct lv_estimate f_lo, f_hi; /* the figure at LO and HI */
    double below, above;     /* integer keys: the neighbours bracketing the target ... */
    struct lv_estimate f_below, f_above; /* ... and their figures */
    /* several keys: */
    double residual;         /* max over figures of |f - target| / half-width at x */
    bool converged;          /* the steps became small within max_evaluations, with residual <= 1 */
};

/* Calibrates vary[i] so that the figures match[i] are reproduced, i < count (a square system,
 * 1 <= count <= LV_CALIBRATE_MAX). An LV_CAL_INTEGER vary whose key accepts a fraction (the base
 * loads with it set to lo + 0.5) becomes LV_CAL_NUMBER first, so "1..3" means what the key means. One key: bracketing and Illinois regula falsi in [lo, hi].
 * Several: Broyden's method from the middle of the box, started with a finite-difference Jacobian,
 * steps kept in the box; integer keys are then refused, and a search that ends without matching
 * every figure within its interval fails. */
int lv_calibrate(const struct lv_calibrate_options *o, struct lv_calibrate_vary *vary,
                 const struct lv_calibrate_match *match, int count, struct lv_calibrate_result *out,
                 struct lv_diags *diags, char *why, size_t why_size);

/* The base scenario with the fitted value applied, as YAML (lv_scenario_render): malloc'd, or
 * NULL with diagnostics. */
char *lv_calibrate_scenario_yaml(const struct lv_calibrate_options *o, const struct lv_calibrate_vary *vary,
                                 const struct lv_calibrate_result *r, struct lv_diags *diags);

/* A value of kind for people: h:mm:ss for durations, "29.0 %" for shares, else %g. */
void lv_calibrate_format(enum lv_calibrate_kind kind, double x, char *buf, size_t size);

/* A figure's value for people in its unit (h:mm:ss for times, % for shares). */
void lv_calibrate_format_metric(enum lv_headline m, double v, char *buf, size_t size);

#endif
