/* stats.c — histograms and Student-t estimates; see stats.h. */
#include "lvsim/stats.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void bin_bounds(int i, double *lo, double *hi)
{
    if (i == 0) {
        *lo = *hi = 0;
    } else if (i < 601) {
        *lo = i - 1;
        *hi = i;
    } else if (i < 901) {
        *lo = 600 + (i - 601) * 10.0;
        *hi = *lo + 10;
    } else if (i < LV_HIST_BINS - 1) {
        *lo = 3600 + (i - 901) * 60.0;
        *hi = *lo + 60;
    } else {
        *lo = *hi = LV_HIST_CAP_S;
    }
}

double lv_hist_quantile(const struct lv_hist *h, double q)
{
    uint64_t total = 0;
    for (int i = 0; i < LV_HIST_BINS; i++)
        total += h->n[i];
    if (total == 0)
        return NAN;
    double rank = q * (double)total, cum = 0;
    for (int i = 0; i < LV_HIST_BINS; i++) {
        if (h->n[i] == 0)
            continue;
        if (cum + h->n[i] >= rank) {
            double lo, hi;
            bin_bounds(i, &lo, &hi);
            return lo + (hi - lo) * (rank - cum) / h->n[i];
        }
        cum += h->n[i];
    }
    return LV_HIST_CAP_S;
}

void lv_hist_merge(struct lv_hist *into, const struct lv_hist *from)
{
    for (int i = 0; i < LV_HIST_BINS; i++)
        into->n[i] += from->n[i];
}

/* The estimate from the finite values, copied to scratch; t_quantiles[df] when given, else GSL. */
static struct lv_estimate estimate(const double *values, int count, double level, double *scratch,
                                   const double *t_quantiles)
{
    struct lv_estimate e = {NAN, NAN, NAN, 0, 0};
    int n = 0;
    for (int i = 0; i < count; i++)
        if (isfinite(values[i]))
            scratch[n++] = values[i];
    e.n = n;
    if (n > 0)
        e.mean = gsl_stats_mean(scratch, 1, (size_t)n);
    if (n > 1) {
        e.sd = gsl_stats_sd_m(scratch, 1, (size_t)n, e.mean);
        double t = t_quantiles ? t_quantiles[n - 1] : gsl_cdf_tdist_Pinv(0.5 + level / 2, n - 1);
        e.half_width = t * e.sd / sqrt(n);
    }
    return e;
}

struct lv_estimate lv_estimate_of(const double *values, int count, double level)
{
    double *scratch = malloc((size_t)(count > 0 ? count : 1) * sizeof *scratch);
    if (!scratch)
        return (struct lv_estimate){NAN, NAN, NAN, 0, 0};
    struct lv_estimate e = estimate(values, count, level, scratch, NULL);
    free(scratch);
    return e;
}

int lv_estimator_init(struct lv_estimator *e, int count, double level)
{
    e->count = count;
    e->level = level;
    e->scratch = malloc((size_t)(count > 0 ? count : 1) * sizeof *e->scratch);
    e->t = malloc((size_t)(count > 0 ? count : 1) * sizeof *e->t);
    if (!e->scratch || !e->t) {
        lv_estimator_fini(e);
        return -1;
    }
    for (int df = 1; df < count; df++)
        e->t[df] = gsl_cdf_tdist_Pinv(0.5 + level / 2, df);
    return 0;
}

void lv_estimator_fini(struct lv_estimator *e)
{
    free(e->scratch);
    free(e->t);
    e->scratch = e->t = NULL;
}

struct lv_estimate lv_estimate(struct lv_estimator *e, const double *values)
{
    return estimate(values, e->count, e->level, e->scratch, e->t);
}

/* Every finite weight is 1: the figure is a plain mean over replications. */
static bool unit_weights(const double *y, const double *x, int count)
{
    for (int i = 0; i < count; i++)
        if (isfinite(y[i]) && isfinite(x[i]) && x[i] != 1)
            return false;
    return true;
}

struct lv_estimate lv_estimate_ratio(struct lv_estimator *e, const double *y, const double *x)
{
    if (unit_weights(y, x, e->count)) { /* a plain mean, computed as lv_estimate does */
        for (int i = 0; i < e->count; i++)
            e->scratch[i] = isfinite(x[i]) ? y[i] : NAN;
        return estimate(e->scratch, e->count, e->level, e->scratch, e->t); /* compacts in place */
    }
    struct lv_estimate est = {NAN, NAN, NAN, 0, 0};
    double sy = 0, sx = 0;
    int n = 0;
    for (int i = 0; i < e->count; i++)
        if (isfinite(y[i]) && isfinite(x[i])) {
            sy += y[i];
            sx += x[i];
            n++;
        }
    est.n = n;
    if (n == 0 || !(sx > 0))
        return est;
    est.mean = sy / sx;
    if (n > 1) {
        double ss = 0, xbar = sx / n;
        for (int i = 0; i < e->count; i++)
            if (isfinite(y[i]) && isfinite(x[i])) {
                double d = y[i] - est.mean * x[i];
                ss += d * d;
            }
        est.sd = sqrt(ss / (n - 1)) / xbar;
        est.half_width = e->t[n - 1] * est.sd / sqrt(n);
    }
    return est;
}

struct lv_estimate lv_estimate_ratio_difference(struct lv_estimator *e, const double *ya, const double *xa,
                                                const double *yb, const double *xb)
{
    struct lv_estimate est = {NAN, NAN, NAN, 0, 0};
    double sya = 0, sxa = 0, syb = 0, sxb = 0;
    int n = 0;
    for (int i = 0; i < e->count; i++)
        if (isfinite(ya[i]) && isfinite(xa[i]) && isfinite(yb[i]) && isfinite(xb[i])) {
            sya += ya[i];
            sxa += xa[i];
            syb += yb[i];
            sxb += xb[i];
            n++;
        }
    est.n = n;
    if (n == 0 || !(sxa > 0) || !(sxb > 0))
        return est;
    double ra = sya / sxa, rb = syb / sxb, xbar_a = sxa / n, xbar_b = sxb / n;
    est.mean = rb - ra;
    if (n > 1) {
        double ss = 0;
        for (int i = 0; i < e->count; i++)
            if (isfinite(ya[i]) && isfinite(xa[i]) && isfinite(yb[i]) && isfinite(xb[i])) {
                double d = (yb[i] - rb * xb[i]) / xbar_b - (ya[i] - ra * xa[i]) / xbar_a;
                ss += d * d;
            }
        est.sd = sqrt(ss / (n - 1));
        est.half_width = e->t[n - 1] * est.sd / sqrt(n);
    }
    return est;
}

int lv_censored(const double *y, const double *x, int count, double cap)
{
    int n = 0;
    for (int i = 0; i < count; i++)
        n += isfinite(y[i]) && isfinite(x[i]) && x[i] != 0 && y[i] / x[i] >= cap;
    return n;
}
