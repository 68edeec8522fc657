/* dist.h — the probability distributions every part of the model draws from, backed by GSL.
 * A distribution is a small value (kind + parameters in seconds) prepared once at load time, so
 * sampling does no allocation and no parameter conversion. Only EMPIRICAL owns memory. */
#ifndef LVSIM_DIST_H
#define LVSIM_DIST_H

#include "lvsim/messages.h"

#include <math.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

enum lv_dist_kind {
    LV_DIST_NEVER,         /* +infinity: e.g. callers who never abandon */
    LV_DIST_DETERMINISTIC, /* value */
    LV_DIST_EXPONENTIAL,   /* mean */
    LV_DIST_LOGNORMAL,     /* mean, sd */
    LV_DIST_GAMMA,         /* mean, sd (or shape, scale) */
    LV_DIST_WEIBULL,       /* mean, shape (or scale, shape) */
    LV_DIST_UNIFORM,       /* min, max */
    LV_DIST_TRIANGULAR,    /* min, mode, max */
    LV_DIST_EMPIRICAL      /* values with weights */
};

struct lv_dist {
    enum lv_dist_kind kind;
    double a, b, c;               /* sampling parameters, see lv_dist_* constructors */
    double *values;               /* EMPIRICAL: owned */
    double *weights;              /* EMPIRICAL: owned, normalised */
    int count;                    /* EMPIRICAL */
    gsl_ran_discrete_t *table;    /* EMPIRICAL: owned alias table */
};

/* Constructors. Each returns 0, or -1 with *why set to a static text when the parameters are
 * invalid (the scenario loader reports that text at the right line). Units are the caller's
 * (seconds throughout lvsim). */
int lv_dist_never(struct lv_dist *d);
int lv_dist_deterministic(struct lv_dist *d, double value, enum lv_msg *why);
int lv_dist_exponential(struct lv_dist *d, double mean, enum lv_msg *why);
int lv_dist_lognormal(struct lv_dist *d, double mean, double sd, enum lv_msg *why);
/* Lognormal by its median and 90th percentile (p90 > median), as travel times are often given. */
int lv_dist_lognormal_median_p90(struct lv_dist *d, double median, double p90, enum lv_msg *why);
int lv_dist_gamma_mean_sd(struct lv_dist *d, double mean, double sd, enum lv_msg *why);
int lv_dist_gamma_shape_scale(struct lv_dist *d, double shape, double scale, enum lv_msg *why);
int lv_dist_weibull_mean_shape(struct lv_dist *d, double mean, double shape, enum lv_msg *why);
int lv_dist_weibull_scale_shape(struct lv_dist *d, double scale, double shape, enum lv_msg *why);
int lv_dist_uniform(struct lv_dist *d, double min, double max, enum lv_msg *why);
int lv_dist_triangular(struct lv_dist *d, double min, double mode, double max, enum lv_msg *why);
/* Copies values and weights (weights need not sum to 1). */
int lv_dist_empirical(struct lv_dist *d, const double *values, const double *weights, int count,
                      enum lv_msg *why);

/* Deep copy (EMPIRICAL tables are rebuilt). Returns 0 or -1 on out of memory. */
int lv_dist_copy(struct lv_dist *dst, const struct lv_dist *src);
void lv_dist_fini(struct lv_dist *d);

double lv_dist_sample(const struct lv_dist *d, gsl_rng *r);

/* An exponential draw of the given mean: GSL's gsl_ran_exponential with log(1 - u) for its
 * log1p(-u). u is a multiple of 2^-32 (mt19937, taus2), so 1 - u is exact and both are the log of
 * the same number; log is much the faster (issue 14: 0.84 x the time on Erlang A). */
static inline double lv_exponential(gsl_rng *r, double mean)
{
    return -mean * log(1 - gsl_rng_uniform(r));
}
double lv_dist_mean(const struct lv_dist *d);
double lv_dist_variance(const struct lv_dist *d);
const char *lv_dist_name(enum lv_dist_kind kind);

#endif
