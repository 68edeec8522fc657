/* dist.c — distributions prepared at load time and sampled with GSL; see dist.h.
 * Parameters given as mean/SD are converted once here to the natural parameters GSL takes. */
#include "lvsim/dist.h"
#include "base/invariant.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int fail(enum lv_msg *why, enum lv_msg text)
{
    if (why)
        *why = text;
    return -1;
}

static void reset(struct lv_dist *d, enum lv_dist_kind kind)
{
    memset(d, 0, sizeof *d);
    d->kind = kind;
}

int lv_dist_never(struct lv_dist *d)
{
    reset(d, LV_DIST_NEVER);
    return 0;
}

int lv_dist_deterministic(struct lv_dist *d, double value, enum lv_msg *why)
{
    if (!(value >= 0) || !isfinite(value))
        return fail(why, LV_MSG_E_DIST_VALUE);
    reset(d, LV_DIST_DETERMINISTIC);
    d->a = value;
    return 0;
}

int lv_dist_exponential(struct lv_dist *d, double mean, enum lv_msg *why)
{
    if (!(mean > 0) || !isfinite(mean))
        return fail(why, LV_MSG_E_DIST_MEAN);
    reset(d, LV_DIST_EXPONENTIAL);
    d->a = mean;
    return 0;
}

int lv_dist_lognormal(struct lv_dist *d, double mean, double sd, enum lv_msg *why)
{
    if (!(mean > 0) || !isfinite(mean))
        return fail(why, LV_MSG_E_DIST_MEAN);
    if (!(sd > 0) || !isfinite(sd))
        return fail(why, LV_MSG_E_DIST_SD);
    reset(d, LV_DIST_LOGNORMAL);
    double sigma2 = log1p((sd * sd) / (mean * mean));
    d->a = log(mean) - sigma2 / 2; /* zeta */
    d->b = sqrt(sigma2);           /* sigma */
    return 0;
}

int lv_dist_lognormal_median_p90(struct lv_dist *d, double median, double p90, enum lv_msg *why)
{
    if (!(median > 0) || !isfinite(median))
        return fail(why, LV_MSG_E_DIST_MEDIAN);
    if (!(p90 > median) || !isfinite(p90))
        return fail(why, LV_MSG_E_DIST_P90);
    reset(d, LV_DIST_LOGNORMAL);
    d->a = log(median);
    d->b = (log(p90) - log(median)) / gsl_cdf_ugaussian_Pinv(0.9);
    return 0;
}

int lv_dist_gamma_shape_scale(struct lv_dist *d, double shape, double scale, enum lv_msg *why)
{
    if (!(shape > 0) || !isfinite(shape))
        return fail(why, LV_MSG_E_DIST_SHAPE);
    if (!(scale > 0) || !isfinite(scale))
        return fail(why, LV_MSG_E_DIST_SCALE);
    reset(d, LV_DIST_GAMMA);
    d->a = shape;
    d->b = scale;
    return 0;
}

int lv_dist_gamma_mean_sd(struct lv_dist *d, double mean, double sd, enum lv_msg *why)
{
    if (!(mean > 0) || !isfinite(mean))
        return fail(why, LV_MSG_E_DIST_MEAN);
    if (!(sd > 0) || !isfinite(sd))
        return fail(why, LV_MSG_E_DIST_SD);
    return lv_dist_gamma_shape_scale(d, (mean * mean) / (sd * sd), (sd * sd) / mean, why);
}

int lv_dist_weibull_scale_shape(struct lv_dist *d, double scale, double shape, enum lv_msg *why)
{
    if (!(scale > 0) || !isfinite(scale))
        return fail(why, LV_MSG_E_DIST_SCALE);
    if (!(shape >= 0.05) || shape > 100)
        return fail(why, LV_MSG_E_DIST_SHAPE_RANGE);
    reset(d, LV_DIST_WEIBULL);
    d->a = scale;
    d->b = shape;
    return 0;
}

int lv_dist_weibull_mean_shape(struct lv_dist *d, double mean, double shape, enum lv_msg *why)
{
    if (!(mean > 0) || !isfinite(mean))
        return fail(why, LV_MSG_E_DIST_MEAN);
    if (!(shape >= 0.05) || shape > 100)
        return fail(why, LV_MSG_E_DIST_SHAPE_RANGE);
    return lv_dist_weibull_scale_shape(d, mean / gsl_sf_gamma(1 + 1 / shape), shape, why);
}

int lv_dist_uniform(struct lv_dist *d, double min, double max, enum lv_msg *why)
{
    if (!(min >= 0) || !isfinite(max) || !(max > min))
        return fail(why, LV_MSG_E_DIST_UNIFORM);
    reset(d, LV_DIST_UNIFORM);
    d->a = min;
    d->b = max;
    return 0;
}

int lv_dist_triangular(struct lv_dist *d, double min, double mode, double max, enum lv_msg *why)
{
    if (!(min >= 0) || !(mode >= min) || !(max >= mode) || !(max > min) || !isfinite(max))
        return fail(why, LV_MSG_E_DIST_TRIANGULAR);
    reset(d, LV_DIST_TRIANGULAR);
    d->a = min;
    d->b = mode;
    d->c = max;
    return 0;
}

int lv_dist_empirical(struct lv_dist *d, const double *values, const double *weights, int count,
                      enum lv_msg *why)
{
    if (count < 1)
        return fail(why, LV_MSG_E_DIST_NO_VALUES);
    double total = 0;
    for (int i = 0; i < count; i++) {
        if (!(values[i] >= 0) || !isfinite(values[i]))
            return fail(why, LV_MSG_E_DIST_VALUES);
        if (!(weights[i] >= 0) || !isfinite(weights[i]))
            return fail(why, LV_MSG_E_DIST_WEIGHTS);
        total += weights[i];
    }
    if (!(total > 0))
        return fail(why, LV_MSG_E_DIST_WEIGHTS_ZERO);
    reset(d, LV_DIST_EMPIRICAL);
    d->values = malloc((size_t)count * sizeof *d->values);
    d->weights = malloc((size_t)count * sizeof *d->weights);
    if (!d->values || !d->weights)
        goto oom;
    for (int i = 0; i < count; i++) {
        d->values[i] = values[i];
        d->weights[i] = weights[i] / total;
    }
    d->count = count;
    d->table = gsl_ran_discrete_preproc((size_t)count, d->weights);
    if (!d->table)
        goto oom;
    return 0;
oom:
    lv_dist_fini(d);
    return fail(why, LV_MSG_E_OUT_OF_MEMORY);
}

int lv_dist_copy(struct lv_dist *dst, const struct lv_dist *src)
{
    if (src->kind == LV_DIST_EMPIRICAL)
        return lv_dist_empirical(dst, src->values, src->weights, src->count, NULL);
    *dst = *src;
    return 0;
}

void lv_dist_fini(struct lv_dist *d)
{
    if (!d)
        return;
    free(d->values);
    free(d->weights);
    if (d->table)
        gsl_ran_discrete_free(d->table);
    reset(d, LV_DIST_NEVER);
}

double lv_dist_sample(const struct lv_dist *d, gsl_rng *r)
{
    switch (d->kind) {
    case LV_DIST_NEVER:
        return INFINITY;
    case LV_DIST_DETERMINISTIC:
        return d->a;
    case LV_DIST_EXPONENTIAL:
        return lv_exponential(r, d->a);
    case LV_DIST_LOGNORMAL:
        return gsl_ran_lognormal(r, d->a, d->b);
    case LV_DIST_GAMMA:
        return gsl_ran_gamma(r, d->a, d->b);
    case LV_DIST_WEIBULL:
        return gsl_ran_weibull(r, d->a, d->b);
    case LV_DIST_UNIFORM:
        return gsl_ran_flat(r, d->a, d->b);
    case LV_DIST_TRIANGULAR: {
        /* Inversion of the triangular CDF (GSL has no triangular sampler). */
        double u = gsl_rng_uniform(r), lo = d->a, mode = d->b, hi = d->c;
        double cut = (mode - lo) / (hi - lo);
        return u < cut ? lo + sqrt(u * (hi - lo) * (mode - lo))
                       : hi - sqrt((1 - u) * (hi - lo) * (hi - mode));
    }
    case LV_DIST_EMPIRICAL:
        return d->values[gsl_ran_discrete(r, d->table)];
    }
    LV_UNREACHABLE("a distribution of unknown kind");
    return NAN;
}

double lv_dist_mean(const struct lv_dist *d)
{
    switch (d->kind) {
    case LV_DIST_NEVER:
        return INFINITY;
    case LV_DIST_DETERMINISTIC:
    case LV_DIST_EXPONENTIAL:
        return d->a;
    case LV_DIST_LOGNORMAL:
        return exp(d->a + d->b * d->b / 2);
    case LV_DIST_GAMMA:
        return d->a * d->b;
    case LV_DIST_WEIBULL:
        return d->a * gsl_sf_gamma(1 + 1 / d->b);
    case LV_DIST_UNIFORM:
        return (d->a + d->b) / 2;
    case LV_DIST_TRIANGULAR:
        return (d->a + d->b + d->c) / 3;
    case LV_DIST_EMPIRICAL: {
        double m = 0;
        for (int i = 0; i < d->count; i++)
            m += d->weights[i] * d->values[i];
        return m;
    }
    }
    LV_UNREACHABLE("a distribution of unknown kind");
    return NAN;
}

double lv_dist_variance(const struct lv_dist *d)
{
    switch (d->kind) {
    case LV_DIST_NEVER:
        return NAN;
    case LV_DIST_DETERMINISTIC:
        return 0;
    case LV_DIST_EXPONENTIAL:
        return d->a * d->a;
    case LV_DIST_LOGNORMAL:
        return expm1(d->b * d->b) * exp(2 * d->a + d->b * d->b);
    case LV_DIST_GAMMA:
        return d->a * d->b * d->b;
    case LV_DIST_WEIBULL: {
        double g1 = gsl_sf_gamma(1 + 1 / d->b), g2 = gsl_sf_gamma(1 + 2 / d->b);
        return d->a * d->a * (g2 - g1 * g1);
    }
    case LV_DIST_UNIFORM:
        return (d->b - d->a) * (d->b - d->a) / 12;
    case LV_DIST_TRIANGULAR: {
        double a = d->a, b = d->c, c = d->b;
        return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case LV_DIST_EMPIRICAL: {
        double m = lv_dist_mean(d), v = 0;
        for (int i = 0; i < d->count; i++)
            v += d->weights[i] * (d->values[i] - m) * (d->values[i] - m);
        return v;
    }
    }
    LV_UNREACHABLE("a distribution of unknown kind");
    return NAN;
}

const char *lv_dist_name(enum lv_dist_kind kind)
{
    static const char *names[] = {"never",     "deterministic", "exponential", "lognormal", "gamma",
                                  "weibull",   "uniform",       "triangular",  "empirical"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "?";
}
