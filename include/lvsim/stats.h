/* stats.h — generic accumulators and estimators: a fixed-size waiting-time histogram (memory
 * does not depend on the number of calls), and estimates across replications, ratios of sums (a
 * plain mean when every weight is 1) with a Student-t confidence half-width. What the model
 * counts with them (struct lv_rep_result) is in model.h. */
#ifndef LVSIM_STATS_H
#define LVSIM_STATS_H

#include <stdint.h>

/* Waiting-time histogram: a bin for exactly zero (calls answered at once are a point mass), then
 * 1 s bins to 10 min, 10 s bins to 1 h, 1 min bins to 4 h (LV_HIST_CAP_S), then overflow. */
#define LV_HIST_BINS 1082
#define LV_HIST_CAP_S 14400.0
struct lv_hist {
    uint32_t n[LV_HIST_BINS];
};

static inline int lv_hist_bin(double s)
{
    if (s <= 0)
        return 0;
    if (s < 600)
        return 1 + (int)s;
    if (s < 3600)
        return 601 + (int)((s - 600) / 10);
    if (s < LV_HIST_CAP_S)
        return 901 + (int)((s - 3600) / 60);
    return LV_HIST_BINS - 1;
}

static inline void lv_hist_add(struct lv_hist *h, double seconds) { h->n[lv_hist_bin(seconds)]++; }

/* The q-quantile (0..1) by linear interpolation inside the bin; NaN when empty. A quantile in the
 * overflow bin is returned as LV_HIST_CAP_S: a value >= LV_HIST_CAP_S is censored, the true
 * quantile is at least that (see lv_censored). */
double lv_hist_quantile(const struct lv_hist *h, double q);
void lv_hist_merge(struct lv_hist *into, const struct lv_hist *from);

struct lv_estimate {
    double mean;
    double half_width; /* of the confidence interval; NaN with fewer than 2 values */
    double sd;         /* per replication: half_width = t(n - 1) * sd / sqrt(n) */
    int n;             /* replications in the estimate (those with NaNs are skipped) */
    int censored;      /* of those n, the values at a cap (lv_censored): when > 0 the figure is a
                        * quantile that lay beyond what its histogram resolves in some replication,
                        * and mean is only a lower bound (half_width then means little) */
};

/* Mean and two-sided Student-t interval at the given level (e.g. 0.95) of the finite values. */
struct lv_estimate lv_estimate_of(const double *values, int count, double level);

/* The same for many columns of `count` values: the t quantiles are computed once and no memory
 * is allocated per estimate (a summary makes thousands). */
struct lv_estimator {
    int count;
    double level;
    double *scratch, *t; /* owned */
};
int lv_estimator_init(struct lv_estimator *e, int count, double level);
void lv_estimator_fini(struct lv_estimator *e);
struct lv_estimate lv_estimate(struct lv_estimator *e, const double *values);

/* The ratio estimator of Σy / Σx over replications r = 1..n, where y_r is replication r's
 * numerator (e.g. calls answered within target in an interval) and x_r its weight (the calls
 * offered there): every call counts once, however the calls fall on replications. A
 * replication with x_r = 0 adds nothing to either sum but counts in n; one with a non-finite
 * y_r or x_r is skipped. The interval is the delta method's: with R = Σy / Σx, residuals
 * d_r = y_r - R x_r and x̄ = Σx / n, var(R) = Σ d_r² / ((n - 1) n x̄²), and the half-width is
 * t(n - 1) sqrt(var(R)). The mean is NaN when Σx = 0. With every x_r = 1 this is
 * lv_estimate (same bits). */
struct lv_estimate lv_estimate_ratio(struct lv_estimator *e, const double *y, const double *x);

/* The paired difference R_b - R_a of two ratio estimators over the same replications (common
 * random numbers): residuals d_r = (yb_r - R_b xb_r) / x̄b - (ya_r - R_a xa_r) / x̄a, and the
 * interval as above. Replications where any value is not finite are skipped. */
struct lv_estimate lv_estimate_ratio_difference(struct lv_estimator *e, const double *ya, const double *xa,
                                                const double *yb, const double *xb);

/* How many of the `count` replications' values y_r / x_r (as lv_estimate_ratio reads them: pairs
 * with a non-finite y_r or x_r, or x_r = 0, are skipped) are at or above cap: for a quantile of a
 * histogram (cap LV_HIST_CAP_S), the replications where it is censored. */
int lv_censored(const double *y, const double *x, int count, double cap);

#endif
