/* fit.h — calibration to a centre's own call log: the CSV a phone system exports (one row per
 * call attempt) is read with limits and GCC-style diagnostics, and the scenario's demand, talk
 * time, patience (censored by answers) and redials are estimated by maximum likelihood, each with
 * an asymptotic confidence interval. Results are plain structs; nothing here prints to a terminal.
 * docs/fit.md describes the format, every estimator and its interval. */
#ifndef LVSIM_FIT_H
#define LVSIM_FIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lvsim/diag.h"
#include "lvsim/messages.h"
#include "lvsim/scenario.h"

#define LV_CALLLOG_MAX_BYTES (256L << 20) /* a larger file is refused */
#define LV_CALLLOG_MAX_ROWS 5000000L      /* call attempts */
#define LV_CALLLOG_MAX_FIELD 1024         /* characters in one field */
#define LV_CALLLOG_MAX_COLUMNS 256
#define LV_CALLLOG_MAX_TYPES 64           /* distinct values of 'type' */
#define LV_CALLLOG_MAX_WAIT_S 86400.0     /* a wait or talk time longer than a day is an error */
#define LV_FIT_MAX_DAYS 3660              /* the first to the last arrival: at most about 10 years */

/* One call attempt. arrival is local civil time in seconds since 1970-01-01 00:00 (no time zone,
 * no daylight saving: the clock on the wall). */
struct lv_call_record {
    int64_t arrival;
    double wait_s, talk_s; /* talk_s 0 when not answered */
    int32_t caller;        /* index of the anonymised caller id, -1 without one */
    int16_t type;          /* index into the log's type names, -1 without one */
    uint8_t answered;
    uint8_t busy;          /* outcome 'busy': the queue was full, the caller never waited (answered 0) */
};

/* A parsed call log, rows in file order. Owns everything; free with lv_calllog_fini. */
struct lv_calllog {
    struct lv_call_record *rows;
    size_t count;
    bool has_caller, has_type;
    int caller_count;
    int type_count;
    char *type_names[LV_CALLLOG_MAX_TYPES];
};

/* Parses CSV text of `length` bytes (named `name` in diagnostics). RFC 4180 with a header row;
 * ',' or ';' separators (from the header), decimal point or comma, quoted fields, CRLF or LF.
 * Returns 0, or -1 with diagnostics (file:line:column naming the column and what is allowed)
 * and *log empty. */
int lv_calllog_parse(struct lv_calllog *log, const char *text, size_t length, const char *name,
                     struct lv_diags *diags);
/* Reads a regular file of at most LV_CALLLOG_MAX_BYTES and parses it. */
int lv_calllog_read(struct lv_calllog *log, const char *path, struct lv_diags *diags);
void lv_calllog_fini(struct lv_calllog *log);

/* ---- estimates ---- */

/* An estimate and its confidence interval at the fit's level (lo, hi NaN when not estimable). */
struct lv_fit_interval {
    double value, lo, hi;
};

/* The families a scenario distribution may take, fitted by maximum likelihood. */
enum lv_fit_family { LV_FIT_EXPONENTIAL, LV_FIT_LOGNORMAL, LV_FIT_GAMMA, LV_FIT_WEIBULL, LV_FIT_FAMILIES };
const char *lv_fit_family_name(enum lv_fit_family f);

/* One family fitted to durations (some right-censored). Parameters theta: exponential
 * (log mean); lognormal (mu, log sigma) of the log-time; gamma and weibull (log shape, log scale).
 * mean, sd and shape (gamma, weibull) with intervals by the delta method on the log scale from
 * the observed information (the inverse numerical Hessian of the log-likelihood at the MLE). */
struct lv_fit_dist {
    bool ok;               /* the fit converged and its information matrix was positive definite */
    enum lv_fit_family family;
    int k;                 /* parameters */
    double theta[2];
    double loglik, aic;
    struct lv_fit_interval mean, sd, shape;
};

/* Every family fitted to one sample; best is the lowest AIC among those that are ok (-1: none). */
struct lv_fit_choice {
    long n, events;        /* observations, and those not censored */
    struct lv_fit_dist fam[LV_FIT_FAMILIES];
    int best;
};

/* The fitted survival function S(t) = P(X > t) of a family. */
double lv_fit_survival(const struct lv_fit_dist *f, double t);
/* The fitted distribution as a scenario value, e.g. "{dist: weibull, mean: 480.2s, shape: 1.213}". */
void lv_fit_dist_yaml(const struct lv_fit_dist *f, char *buf, size_t size);

/* A Kaplan–Meier curve: at each distinct event time t[i], the survival s[i] just after it and its
 * Greenwood standard error. Owned arrays. */
struct lv_km {
    size_t count;
    double *t, *s, *se;
    double last;           /* the largest duration observed (event or censored); -inf without any */
};
/* From n durations x with event flags (1 = observed, 0 = right-censored at x). A censoring tied
 * with an event counts as still at risk at that time. Returns 0 or -1 (out of memory). */
int lv_km_compute(struct lv_km *km, const double *x, const unsigned char *event, size_t n);
/* S at time t (1 before the first event). */
double lv_km_at(const struct lv_km *km, double t, double *se);
/* Whether S(t) is estimated at all: somebody was observed for longer than t (t < last). Beyond,
 * the curve's last value (0 after a final event) tells nothing about S(t). */
bool lv_km_estimable(const struct lv_km *km, double t);
void lv_km_fini(struct lv_km *km);

/* Maximum-likelihood fit of one family to x (event[i] 0 = censored at x[i]; event NULL: none). */
int lv_fit_family(struct lv_fit_dist *out, enum lv_fit_family family, const double *x,
                  const unsigned char *event, size_t n, double level);
/* Every family, and the AIC choice. Returns 0, or -1 when there are fewer than 2 events. */
int lv_fit_choose(struct lv_fit_choice *out, const double *x, const unsigned char *event, size_t n,
                  double level);

struct lv_fit_options {
    double level;            /* confidence level of every interval, e.g. 0.95 */
    double redial_window_s;  /* an attempt within this after an abandoned one is a redial (3600) */
    uint64_t seed;           /* the day bootstrap of day_variation */
};

/* Demand of first attempts under the scenario's model (docs/scenario.md, demand). */
struct lv_fit_demand {
    long first_day, days;              /* the observed whole days */
    long weekday_days, weekend_days;   /* weekend: Saturdays, Sundays and holidays */
    long n, n_weekday, n_weekend;      /* first attempts */
    struct lv_fit_interval calls_per_year;
    struct lv_fit_interval weekend_factor; /* NaN interval: not estimable, kept from the base */
    bool weekend_factor_fitted;
    struct lv_fit_interval profile[2][24]; /* shares of a day (weekday, weekend), Wilson intervals */
    double dispersion;                 /* Pearson chi-square of the daily counts / df, at least 1 */
    struct lv_fit_interval day_variation;  /* moment estimate; percentile interval of a day bootstrap */
    double observed[7][24], fitted[7][24]; /* first attempts by weekday (Monday first) and hour */
    double chi2;                       /* Pearson over the 168 cells with fitted >= 5 */
    int df;
    double p_value;
};

struct lv_fit_redial {
    bool available;                    /* the log has a 'caller' column */
    long redials;                      /* attempts counted as redials */
    long abandoned, followed;          /* abandoned attempts that could be followed, and were */
    struct lv_fit_interval probability;    /* Wilson interval */
    struct lv_fit_choice delay;        /* from hanging up to the next attempt */
};

/* One value of the log's 'type' column. */
struct lv_fit_type {
    const char *name;                  /* borrowed from the log */
    long first_attempts;
    struct lv_fit_interval share;      /* of first attempts with a type; Wilson interval */
    struct lv_fit_choice talk;
    bool talk_ok;
};

struct lv_fit {
    struct lv_fit_options opt;
    long attempts, answered, abandoned, busy, first_attempts; /* abandoned excludes busy */
    struct lv_fit_interval busy_share; /* busy signals / attempts, Wilson; NaN interval with none */
    int base_capacity_centres;         /* centres of the base with a queue_capacity */
    int base_capacity;                 /* the smallest of them (LV_UNLIMITED_QUEUE: none) */
    double announcement_s;             /* the base's, between arrival and queue */
    struct lv_fit_demand demand;
    struct lv_fit_choice talk;         /* answered attempts */
    bool talk_ok;
    struct lv_fit_choice patience;     /* abandoned: events; answered: censored at their wait; busy: left out */
    bool patience_ok;
    struct lv_km km;                   /* of patience */
    struct lv_fit_redial redial;
    int type_count;                    /* the log's types, 0 without a 'type' column */
    struct lv_fit_type *types;         /* owned */
    bool types_match;                  /* the base has exactly these type names: fitted per type */
};

/* Fits a call log under a base scenario (its start, holidays, seasonality, announcement, type
 * names). The fit refers to the log's type names: keep the log until lv_fit_fini.
 * Returns 0, or -1 with a diagnostic on `name` (too few calls, out of memory). Free with
 * lv_fit_fini. */
int lv_fit_estimate(struct lv_fit *fit, const struct lv_calllog *log, const struct lv_scenario *base,
                    const struct lv_fit_options *opt, const char *name, struct lv_diags *diags);
void lv_fit_fini(struct lv_fit *fit);

/* The base scenario (the file base_path, or the built-in default when NULL) with the fitted keys
 * replaced, rendered as YAML and validated; `source` names the call log in the header comment.
 * malloc'd string, or NULL with diagnostics. */
char *lv_fit_scenario_yaml(const struct lv_fit *fit, const struct lv_scenario *base, const char *base_path,
                           const char *source, struct lv_diags *diags);

/* The report for people: every estimate with its interval, the AIC table, the Kaplan–Meier
 * curve beside the fitted patience, and observed against fitted calls by hour of the week. */
int lv_fit_write_report(const struct lv_fit *fit, const char *source, enum lv_language lang, FILE *out);

#endif
