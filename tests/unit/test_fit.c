/* test_fit.c — fitting a call log: logs generated in C from KNOWN parameters (fixed-seed GSL
 * streams: Poisson arrivals with a known hourly profile, known talk and patience, censoring by a
 * FCFS queue or by independent waits, redials) are fitted back, and every true parameter must lie
 * in its 99 % interval; AIC picks the family on clear cases; Kaplan–Meier against hand
 * computations; the CSV reader on ';' and decimal commas, on faults (file:line:column) and on
 * garbage. tests/data/fit/sample.csv is the generator's output for the documented truth. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>

#include "lvsim/date.h"
#include "lvsim/fit.h"
#include "lvsim/scenario.h"
#include "suites.h"

#define LEVEL 0.99

/* MODEL.md §6 hour-of-day profiles (% of a day). */
static const double model_profile[2][24] = {
    {1.6, 1.2, 1.0, 0.8, 0.7, 0.8, 1.2, 2.1, 4.2, 4.7, 4.7, 4.7, 4.7, 4.7, 5.2, 7.3, 8.9, 8.3, 7.8, 7.3, 6.2, 5.2, 4.0, 2.6},
    {2.1, 1.7, 1.3, 1.0, 0.9, 0.9, 1.2, 2.1, 3.9, 5.7, 6.7, 6.8, 6.6, 6.4, 6.4, 6.4, 6.4, 6.2, 6.0, 5.7, 5.2, 4.4, 3.3, 2.4}};

/* A base for the fits: no seasonality, no announcement, the default's holidays and profile. */
static const char *base_yaml =
    "start: 2026-01-05\n"
    "demand: {calls_per_year: 10000, seasonality: [1,1,1,1,1,1,1,1,1,1,1,1]}\n"
    "calls: {types: [{name: all, talk: {dist: exponential, mean: 5m}}]}\n"
    "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n";

enum talk_kind { TALK_EXPONENTIAL, TALK_LOGNORMAL };
enum patience_kind { PATIENCE_EXPONENTIAL, PATIENCE_WEIBULL };

struct truth {
    double calls_per_year, weekend_factor;
    const double (*profile)[24];
    enum talk_kind talk;
    double talk_mean, talk_sd;
    enum patience_kind patience;
    double patience_mean, patience_shape;
    double redial_p, redial_mean;
    int servers;      /* FCFS queue with this many operators; 0: independent waits */
    double wait_mean; /* independent waits: exponential with this mean */
};

/* MODEL.md §6's callers with one talk time (the default's clinical calls'); no waits yet. */
static const struct truth model_callers = {.calls_per_year = 75000, .weekend_factor = 1.45, .profile = model_profile,
                                           .talk = TALK_LOGNORMAL, .talk_mean = 300, .talk_sd = 180,
                                           .patience = PATIENCE_WEIBULL, .patience_mean = 480, .patience_shape = 1.2,
                                           .redial_p = 0.7, .redial_mean = 300};

static double draw_talk(const struct truth *t, gsl_rng *r)
{
    if (t->talk == TALK_EXPONENTIAL)
        return gsl_ran_exponential(r, t->talk_mean);
    double s2 = log(1 + t->talk_sd * t->talk_sd / (t->talk_mean * t->talk_mean));
    return gsl_ran_lognormal(r, log(t->talk_mean) - s2 / 2, sqrt(s2));
}

static double draw_patience(const struct truth *t, gsl_rng *r)
{
    if (t->patience == PATIENCE_EXPONENTIAL)
        return gsl_ran_exponential(r, t->patience_mean);
    double k = t->patience_shape;
    return gsl_ran_weibull(r, t->patience_mean / gsl_sf_gamma(1 + 1 / k), k);
}

/* A min-heap of pending redials (time, caller). */
struct pending {
    double t;
    int caller;
};
struct heap {
    struct pending *a;
    size_t n, cap;
};

static void heap_push(struct heap *h, struct pending p)
{
    if (h->n == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 256;
        h->a = realloc(h->a, h->cap * sizeof *h->a);
        ck_assert_ptr_nonnull(h->a);
    }
    size_t i = h->n++;
    for (; i > 0 && h->a[(i - 1) / 2].t > p.t; i = (i - 1) / 2)
        h->a[i] = h->a[(i - 1) / 2];
    h->a[i] = p;
}

static struct pending heap_pop(struct heap *h)
{
    struct pending top = h->a[0], last = h->a[--h->n];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n)
            break;
        if (c + 1 < h->n && h->a[c + 1].t < h->a[c].t)
            c++;
        if (h->a[c].t >= last.t)
            break;
        h->a[i] = h->a[c];
        i = c;
    }
    if (h->n)
        h->a[i] = last;
    return top;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double season(const struct lv_scenario *s, long day)
{
    int y, m, d;
    lv_civil_from_days(day, &y, &m, &d);
    return s->demand.season[m - 1];
}

/* Generates `days` days from first_day under truth t and the base's holidays: first attempts as
 * a Poisson process whose rate is piecewise constant by hour (the simulator's demand model),
 * each caller a new id; a call waits from the end of the announcement; abandoned callers redial
 * after a delay from hanging up. Rows in time order, arrival to the second. */
static void generate(const struct truth *t, const struct lv_scenario *base, long first_day, int days,
                     unsigned long seed, struct lv_calllog *log)
{
    gsl_rng *arr = gsl_rng_alloc(gsl_rng_mt19937), *svc = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(arr, seed);
    gsl_rng_set(svc, seed + 1000);
    double w_year = 0;
    for (long d = base->start_day; d < base->start_day + 365; d++)
        w_year += (lv_scenario_day_type(base, d) >= 5 ? t->weekend_factor : 1) * season(base, d);
    size_t cap = 1024, n = 0;
    double *first = malloc(cap * sizeof *first);
    for (int d = 0; d < days; d++) {
        long day = first_day + d;
        int cls = lv_scenario_day_type(base, day) >= 5;
        double sum = 0;
        for (int h = 0; h < 24; h++)
            sum += t->profile[cls][h];
        for (int h = 0; h < 24; h++) {
            double lambda = t->calls_per_year / w_year * (cls ? t->weekend_factor : 1) * season(base, day) *
                            t->profile[cls][h] / sum;
            unsigned k = gsl_ran_poisson(arr, lambda);
            size_t from = n;
            for (unsigned i = 0; i < k; i++) {
                if (n == cap)
                    first = realloc(first, (cap *= 2) * sizeof *first);
                first[n++] = (double)day * 86400 + h * 3600 + gsl_rng_uniform(arr) * 3600;
            }
            qsort(first + from, n - from, sizeof *first, cmp_d);
        }
    }
    double end = (double)(first_day + days) * 86400;
    memset(log, 0, sizeof *log);
    log->has_caller = true;
    size_t rcap = 1024;
    log->rows = malloc(rcap * sizeof *log->rows);
    struct heap h = {0};
    double free_at[64] = {0};
    size_t next = 0;
    int callers = 0;
    while (next < n || h.n) {
        struct pending p;
        if (h.n && (next >= n || h.a[0].t < first[next]))
            p = heap_pop(&h);
        else
            p = (struct pending){first[next++], callers++};
        struct lv_call_record r = {.arrival = (int64_t)floor(p.t), .caller = p.caller, .type = -1};
        /* The call reaches the queue after the base's announcement. */
        double at = (double)r.arrival + base->sites[0].announcement_s, patience = draw_patience(t, svc), wait;
        int server = -1;
        if (t->servers > 0) {
            server = 0;
            for (int s = 1; s < t->servers; s++)
                if (free_at[s] < free_at[server])
                    server = s;
            wait = free_at[server] > at ? free_at[server] - at : 0;
        } else {
            wait = gsl_ran_exponential(svc, t->wait_mean);
        }
        if (wait <= patience) {
            r.answered = 1;
            r.wait_s = round(wait * 1000) / 1000;
            r.talk_s = round(draw_talk(t, svc) * 1000) / 1000;
            if (server >= 0)
                free_at[server] = at + wait + r.talk_s;
        } else {
            r.wait_s = round(patience * 1000) / 1000;
            if (gsl_rng_uniform(svc) < t->redial_p) {
                double when = at + r.wait_s + gsl_ran_exponential(svc, t->redial_mean);
                if (when < end)
                    heap_push(&h, (struct pending){when, p.caller});
            }
        }
        if (log->count == rcap)
            log->rows = realloc(log->rows, (rcap *= 2) * sizeof *log->rows);
        log->rows[log->count++] = r;
    }
    log->caller_count = callers;
    free(h.a);
    free(first);
    gsl_rng_free(arr);
    gsl_rng_free(svc);
}

/* The truth inside the estimate's interval; LVSIM_FIT_VERBOSE=1 prints every comparison. */
#define CK_IN(est, truth) fit_check_in(#est, (est), (truth), __LINE__)

void fit_check_in(const char *what, struct lv_fit_interval e, double truth, int line)
{
    if (getenv("LVSIM_FIT_VERBOSE"))
        fprintf(stderr, "line %d: %-45s true %-10.4g estimate %-10.4g [%.4g, %.4g]\n", line, what, truth, e.value, e.lo,
                e.hi);
    ck_assert_msg(e.lo <= truth && truth <= e.hi, "line %d: %s: true %g outside [%g, %g] (estimate %g)", line, what,
                  truth, e.lo, e.hi, e.value);
}

/* The hour counts of one day class against the true profile: Pearson below its 99 % quantile. */
void fit_check_profile(const struct lv_fit_demand *dm, int cls, const double *profile)
{
    double sum = 0, chi = 0;
    long n = cls ? dm->n_weekend : dm->n_weekday;
    for (int h = 0; h < 24; h++)
        sum += profile[h];
    for (int h = 0; h < 24; h++) {
        double e = n * profile[h] / sum, o = dm->profile[cls][h].value * n;
        chi += (o - e) * (o - e) / e;
    }
    if (getenv("LVSIM_FIT_VERBOSE"))
        fprintf(stderr, "profile %d: chi-square %.1f (99 %% quantile %.1f)\n", cls, chi, gsl_cdf_chisq_Pinv(LEVEL, 23));
    ck_assert_msg(chi < gsl_cdf_chisq_Pinv(LEVEL, 23), "profile %d: chi-square %g", cls, chi);
}

/* Fits a log under base at `level`, failing the test with the diagnostics if it does not fit. */
static void fit_log(struct lv_fit *fit, const struct lv_calllog *log, const struct lv_scenario *base, double level)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_fit_options o = {level, 3600, 1};
    int rc = lv_fit_estimate(fit, log, base, &o, "generated.csv", &d);
    if (rc != 0)
        lv_diags_write(&d, stderr);
    lv_diags_fini(&d);
    ck_assert_int_eq(rc, 0);
}

START_TEST(known_parameters_recovered)
{
    struct lv_scenario *base = test_scenario(base_yaml);
    struct truth t = {.calls_per_year = 50000, .weekend_factor = 1.4, .profile = model_profile,
                      .talk = TALK_LOGNORMAL, .talk_mean = 300, .talk_sd = 180,
                      .patience = PATIENCE_WEIBULL, .patience_mean = 480, .patience_shape = 1.3,
                      .redial_p = 0.7, .redial_mean = 300, .wait_mean = 200};
    struct lv_calllog log;
    generate(&t, base, lv_days_from_civil(2026, 2, 2), 56, 11, &log);
    struct lv_fit fit;
    fit_log(&fit, &log, base, LEVEL);
    const struct lv_fit_demand *dm = &fit.demand;
    ck_assert_int_eq(dm->days, 56);
    CK_IN(dm->calls_per_year, 50000);
    ck_assert(dm->weekend_factor_fitted);
    CK_IN(dm->weekend_factor, 1.4);
    CK_IN(dm->day_variation, 0);
    fit_check_profile(dm, 0, model_profile[0]);
    fit_check_profile(dm, 1, model_profile[1]);
    ck_assert_int_eq(fit.talk.best, LV_FIT_LOGNORMAL);
    CK_IN(fit.talk.fam[LV_FIT_LOGNORMAL].mean, 300);
    CK_IN(fit.talk.fam[LV_FIT_LOGNORMAL].sd, 180);
    ck_assert(fit.patience_ok);
    CK_IN(fit.patience.fam[LV_FIT_WEIBULL].mean, 480);
    CK_IN(fit.patience.fam[LV_FIT_WEIBULL].shape, 1.3);
    ck_assert(fit.redial.available);
    CK_IN(fit.redial.probability, 0.7);
    CK_IN(fit.redial.delay.fam[LV_FIT_EXPONENTIAL].mean, 300);
    lv_fit_fini(&fit);
    lv_calllog_fini(&log);
    lv_scenario_free(base);
}
END_TEST

START_TEST(patience_censored_by_a_queue)
{
    /* Three operators, FCFS, exponential talk and patience: the censored exponential MLE is
     * abandons / total waiting time exactly, and covers the truth. No weekends: the weekend
     * factor is kept from the base and calls_per_year still covers the truth. */
    struct lv_scenario *base = test_scenario(base_yaml);
    struct truth t = {.calls_per_year = 120000, .weekend_factor = 1.45, .profile = model_profile,
                      .talk = TALK_EXPONENTIAL, .talk_mean = 240, .patience = PATIENCE_EXPONENTIAL,
                      .patience_mean = 300, .servers = 2};
    struct lv_calllog log;
    generate(&t, base, lv_days_from_civil(2026, 2, 2), 5, 5, &log);
    log.has_caller = false;
    struct lv_fit fit;
    fit_log(&fit, &log, base, LEVEL);
    double total = 0;
    for (size_t i = 0; i < log.count; i++)
        total += log.rows[i].wait_s > 0.5 ? log.rows[i].wait_s : 0.5;
    const struct lv_fit_dist *e = &fit.patience.fam[LV_FIT_EXPONENTIAL];
    ck_assert(fit.abandoned > 100);
    ck_assert_double_eq_tol(e->mean.value, total / (double)fit.abandoned, 1e-9 * e->mean.value);
    CK_IN(e->mean, 300);
    CK_IN(fit.talk.fam[LV_FIT_EXPONENTIAL].mean, 240);
    ck_assert(!fit.demand.weekend_factor_fitted);
    ck_assert_double_eq(fit.demand.weekend_factor.value, 1.45);
    CK_IN(fit.demand.calls_per_year, 120000);
    ck_assert(!fit.redial.available);
    lv_fit_fini(&fit);
    lv_calllog_fini(&log);
    lv_scenario_free(base);
}
END_TEST

START_TEST(aic_picks_the_family)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 3);
    enum { N = 4000 };
    double *x = malloc(N * sizeof *x);
    struct lv_fit_choice c;
    for (int i = 0; i < N; i++)
        x[i] = gsl_ran_weibull(r, 300, 2.0);
    ck_assert_int_eq(lv_fit_choose(&c, x, NULL, N, LEVEL), 0);
    ck_assert_int_eq(c.best, LV_FIT_WEIBULL);
    CK_IN(c.fam[LV_FIT_WEIBULL].shape, 2.0);
    CK_IN(c.fam[LV_FIT_WEIBULL].mean, 300 * gsl_sf_gamma(1.5));
    for (int i = 0; i < N; i++)
        x[i] = gsl_ran_gamma(r, 3.0, 60);
    ck_assert_int_eq(lv_fit_choose(&c, x, NULL, N, LEVEL), 0);
    ck_assert_int_eq(c.best, LV_FIT_GAMMA);
    CK_IN(c.fam[LV_FIT_GAMMA].shape, 3.0);
    CK_IN(c.fam[LV_FIT_GAMMA].mean, 180);
    CK_IN(c.fam[LV_FIT_GAMMA].sd, sqrt(3.0) * 60);
    for (int i = 0; i < N; i++)
        x[i] = gsl_ran_lognormal(r, 5, 0.8);
    ck_assert_int_eq(lv_fit_choose(&c, x, NULL, N, LEVEL), 0);
    ck_assert_int_eq(c.best, LV_FIT_LOGNORMAL);
    CK_IN(c.fam[LV_FIT_LOGNORMAL].mean, exp(5 + 0.32));
    /* Fewer than two observations: nothing to fit. */
    ck_assert_int_eq(lv_fit_choose(&c, x, NULL, 1, LEVEL), -1);
    free(x);
    gsl_rng_free(r);
}
END_TEST

START_TEST(kaplan_meier)
{
    /* Without censoring: the empirical survival #(x > t) / n at every time. */
    double x[] = {5, 3, 3, 8, 1, 9, 3, 12, 5, 2};
    int n = 10;
    struct lv_km km;
    ck_assert_int_eq(lv_km_compute(&km, x, NULL, (size_t)n), 0);
    for (double t = 0; t <= 13; t += 0.5) {
        int above = 0;
        for (int i = 0; i < n; i++)
            above += x[i] > t;
        ck_assert_double_eq_tol(lv_km_at(&km, t, NULL), (double)above / n, 1e-12);
    }
    lv_km_fini(&km);
    /* With censoring (2+ and 4+), by hand: 5/6 after 1, x 2/4 after 3, x 0 after 5. */
    double y[] = {1, 2, 3, 3, 4, 5};
    unsigned char ev[] = {1, 0, 1, 1, 0, 1};
    ck_assert_int_eq(lv_km_compute(&km, y, ev, 6), 0);
    ck_assert_uint_eq(km.count, 3);
    ck_assert_double_eq_tol(lv_km_at(&km, 2.5, NULL), 5.0 / 6, 1e-12);
    ck_assert_double_eq_tol(lv_km_at(&km, 4.5, NULL), 5.0 / 12, 1e-12);
    ck_assert_double_eq_tol(lv_km_at(&km, 5, NULL), 0, 1e-12);
    /* Estimable only while somebody was observed for longer: not at or beyond the largest, 5. */
    ck_assert(lv_km_estimable(&km, 4.99));
    ck_assert(!lv_km_estimable(&km, 5));
    ck_assert(!lv_km_estimable(&km, 30));
    lv_km_fini(&km);
    /* A last observation that is censored: the curve stays at 1/2 but is not estimated past 7. */
    double z[] = {1, 7};
    unsigned char ez[] = {1, 0};
    ck_assert_int_eq(lv_km_compute(&km, z, ez, 2), 0);
    ck_assert(lv_km_estimable(&km, 6.5) && !lv_km_estimable(&km, 8));
    lv_km_fini(&km);
}
END_TEST

/* Busy signals in a log: counted, left out of patience (no event and no censored observation),
 * and a busy attempt followed by its caller's next attempt is a redial. */
START_TEST(busy_rows_are_not_patience)
{
    struct lv_scenario *base = test_scenario(lv_default_scenario_text());
    struct lv_calllog plain, busy;
    struct lv_diags d;
    lv_diags_init(&d);
    const char *path = LVSIM_SOURCE_DIR "/tests/data/fit/sample.csv";
    ck_assert_int_eq(lv_calllog_read(&plain, path, &d), 0);
    /* The same log with 300 busy signals added: callers b0..b149 once (no redial), b150..b299
     * redial 2 minutes later and are answered. */
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    char line[256];
    while (fgets(line, sizeof line, f))
        fputs(line, out);
    fclose(f);
    for (int i = 0; i < 300; i++) {
        int day = 23 + i % 7, min = i % 60;
        fprintf(out, "2026-03-%02dT10:%02d:00,0,,busy,b%d\n", day, min, i);
        if (i >= 150)
            fprintf(out, "2026-03-%02dT10:%02d:00,20,300,answered,b%d\n", day, min + 2 > 59 ? 59 : min + 2, i);
    }
    fclose(out);
    ck_assert_int_eq(lv_calllog_parse(&busy, text, length, "busy.csv", &d), 0);
    struct lv_fit a, b;
    fit_log(&a, &plain, base, 0.95);
    fit_log(&b, &busy, base, 0.95);
    ck_assert_int_eq(a.busy, 0);
    ck_assert(isnan(a.busy_share.lo));
    ck_assert_int_eq(b.busy, 300);
    ck_assert_int_eq(b.abandoned, a.abandoned);
    ck_assert_int_eq(b.answered, a.answered + 150);
    ck_assert_double_eq_tol(b.busy_share.value, 300.0 / (double)b.attempts, 1e-12);
    ck_assert(b.busy_share.lo < b.busy_share.value && b.busy_share.value < b.busy_share.hi);
    /* Patience: the 150 answered calls add censored observations at 20 s, the busy rows nothing. */
    ck_assert_int_eq(b.patience.n, a.patience.n + 150);
    ck_assert_int_eq(b.patience.events, a.patience.events);
    /* Redials: 150 of the 300 busy attempts followed within the window. */
    ck_assert_int_eq(b.redial.abandoned, a.redial.abandoned + 300);
    ck_assert_int_eq(b.redial.followed, a.redial.followed + 150);
    ck_assert_int_eq(b.redial.redials, a.redial.redials + 150);
    lv_fit_fini(&a);
    lv_fit_fini(&b);
    free(text);
    lv_calllog_fini(&plain);
    lv_calllog_fini(&busy);
    lv_diags_fini(&d);
    lv_scenario_free(base);
}
END_TEST

/* A row's arrival as the log writes it, YYYY-MM-DDTHH:MM:SS. */
static void format_arrival(const struct lv_call_record *r, char buf[32])
{
    char date[11];
    int sec = (int)(r->arrival % 86400);
    lv_format_date((long)(r->arrival / 86400), date);
    snprintf(buf, 32, "%sT%02d:%02d:%02d", date, sec / 3600, sec / 60 % 60, sec % 60);
}

/* Writes a log as a Norwegian spreadsheet would: ';', decimal commas, CRLF, a byte-order mark,
 * columns in another order, some fields quoted, an extra column. */
static char *write_norwegian(const struct lv_calllog *log)
{
    size_t cap = 128 + log->count * 160, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s + n, cap - n, "\xEF\xBB\xBFOutcome;caller;note;arrival;talk_s;\"wait_s\";type\r\n");
    for (size_t i = 0; i < log->count; i++) {
        const struct lv_call_record *r = &log->rows[i];
        char when[32], talk[32] = "", wait[32];
        format_arrival(r, when);
        if (r->answered)
            snprintf(talk, sizeof talk, "%.3f", r->talk_s);
        snprintf(wait, sizeof wait, "%.3f", r->wait_s);
        for (char *p = talk; *p; p++)
            *p = *p == '.' ? ',' : *p;
        for (char *p = wait; *p; p++)
            *p = *p == '.' ? ',' : *p;
        n += (size_t)snprintf(s + n, cap - n, "%s;\"c%d\";\"x;\"\"y\"\"\";%s;%s;\"%s\";%s\r\n",
                              r->answered ? "answered" : "abandoned", r->caller, when, talk, wait,
                              i % 3 ? "short" : "\"clinical; urgent\"");
    }
    return s;
}

START_TEST(csv_round_trip_norwegian)
{
    struct lv_scenario *base = test_scenario(base_yaml);
    struct truth t = {.calls_per_year = 30000, .weekend_factor = 1.4, .profile = model_profile,
                      .talk = TALK_LOGNORMAL, .talk_mean = 300, .talk_sd = 180,
                      .patience = PATIENCE_WEIBULL, .patience_mean = 480, .patience_shape = 1.3,
                      .redial_p = 0.7, .redial_mean = 300, .wait_mean = 200};
    struct lv_calllog log, back;
    generate(&t, base, lv_days_from_civil(2026, 3, 1), 3, 21, &log);
    char *csv = write_norwegian(&log);
    struct lv_diags d;
    lv_diags_init(&d);
    int rc = lv_calllog_parse(&back, csv, strlen(csv), "norwegian.csv", &d);
    if (rc != 0)
        lv_diags_write(&d, stderr);
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(back.count, log.count);
    ck_assert(back.has_caller && back.has_type);
    ck_assert_int_eq(back.type_count, 2);
    ck_assert_str_eq(back.type_names[0], "clinical; urgent");
    for (size_t i = 0; i < log.count; i++) {
        ck_assert_int_eq(back.rows[i].arrival, log.rows[i].arrival);
        ck_assert_int_eq(back.rows[i].answered, log.rows[i].answered);
        ck_assert_double_eq_tol(back.rows[i].wait_s, log.rows[i].wait_s, 1e-6);
        ck_assert_double_eq_tol(back.rows[i].talk_s, log.rows[i].talk_s, 1e-6);
        ck_assert_int_eq(back.rows[i].type, i % 3 ? 1 : 0);
    }
    /* The same callers: equal ids in the log are equal indices after reading. */
    for (size_t i = 1; i < log.count; i++)
        for (size_t j = i > 50 ? i - 50 : 0; j < i; j++)
            ck_assert_int_eq(back.rows[i].caller == back.rows[j].caller, log.rows[i].caller == log.rows[j].caller);
    lv_calllog_fini(&back);
    /* Excel's "sep=;" line before the header. */
    size_t n = strlen(csv);
    char *excel = malloc(n + 8);
    memcpy(excel, "sep=;\r\n", 7);
    memcpy(excel + 7, csv + 3, n - 3 + 1); /* without the byte-order mark */
    ck_assert_int_eq(lv_calllog_parse(&back, excel, strlen(excel), "excel.csv", &d), 0);
    ck_assert_uint_eq(back.count, log.count);
    free(excel);
    free(csv);
    lv_calllog_fini(&back);
    lv_calllog_fini(&log);
    lv_diags_fini(&d);
    lv_scenario_free(base);
}
END_TEST

START_TEST(bad_input_is_located)
{
    static const struct {
        const char *csv, *where, *says;
    } cases[] = {
        {"", "1:1", "empty"},
        {"arrival,wait_s,talk_s\n", "1:1", "no column 'outcome'"},
        {"arrival,wait_s,talk_s,outcome,wait_s\n", "1:31", "appears twice"},
        {"arrival,wait_s,talk_s,outcome\n", "1:1", "no call attempts"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05 08:00:00,12,100,answered\n2026-13-05T08:00:00,1,,abandoned\n",
         "3:1", "'arrival' must be a local time YYYY-MM-DDTHH:MM:SS"},
        {"arrival,wait_s,talk_s,outcome\n2026-02-29T08:00:00,1,,abandoned\n", "2:1", "got '2026-02-29T08:00:00'"},
        {"arrival;wait_s;talk_s;outcome\n2026-01-05T08:00:00;-3;;abandoned\n", "2:21", "'wait_s' must be a number"},
        {"arrival;wait_s;talk_s;outcome\n2026-01-05T08:00:00;1,5e3;;abandoned\n", "2:21", "got '1,5e3'"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,3,,hung up\n", "2:24", "'answered', 'abandoned' or 'busy'"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,0,40,busy\n", "2:23", "empty or 0 for a busy signal"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,3,,answered\n", "2:23", "'talk_s' is empty"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,3,40,abandoned\n", "2:23", "empty or 0 for an abandoned"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,3,40\n", "2:1", "3 fields, the header has 4"},
        {"arrival,wait_s,talk_s,outcome\n\"2026-01-05T08:00:00,3,40,answered\n", "2:1", "never closed"},
        {"arrival,wait_s,talk_s,outcome\n\"2026-01-05T08:00:00\"x,3,40,answered\n", "2:22", "after a closing quote"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,3,4\"0,answered\n", "2:24", "a quote inside"},
        {"arrival,wait_s,talk_s,outcome\n2026-01-05T08:00:00,90000,,abandoned\n", "2:21", "from 0 to 86400"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct lv_calllog log;
        struct lv_diags d;
        lv_diags_init(&d);
        ck_assert_int_eq(lv_calllog_parse(&log, cases[i].csv, strlen(cases[i].csv), "bad.csv", &d), -1);
        ck_assert_msg(d.count >= 1, "case %zu: no diagnostic", i);
        char where[32];
        snprintf(where, sizeof where, "%d:%d", d.items[0].line, d.items[0].column);
        ck_assert_msg(strcmp(where, cases[i].where) == 0, "case %zu: at %s, expected %s (%s)", i, where,
                      cases[i].where, d.items[0].message);
        ck_assert_msg(strstr(d.items[0].message, cases[i].says), "case %zu: '%s' does not say '%s'", i,
                      d.items[0].message, cases[i].says);
        ck_assert_ptr_null(log.rows);
        lv_diags_fini(&d);
    }
    /* A NUL byte and an overlong field. */
    struct lv_calllog log;
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_int_eq(lv_calllog_parse(&log, "arrival,wait_s\n\0x", 17, "nul.csv", &d), -1);
    ck_assert(strstr(d.items[0].message, "NUL"));
    lv_diags_fini(&d);
    lv_diags_init(&d);
    size_t big = LV_CALLLOG_MAX_FIELD + 100;
    char *s = malloc(big + 128);
    int k = snprintf(s, 128, "arrival,wait_s,talk_s,outcome,caller\n2026-01-05T08:00:00,3,,abandoned,");
    memset(s + k, 'x', big);
    s[k + big] = '\0';
    ck_assert_int_eq(lv_calllog_parse(&log, s, strlen(s), "long.csv", &d), -1);
    ck_assert(strstr(d.items[0].message, "longer than"));
    ck_assert_int_eq(d.items[0].column, 34);
    free(s);
    lv_diags_fini(&d);
}
END_TEST

START_TEST(garbage_never_crashes)
{
    static const char *valid = "arrival;wait_s;talk_s;outcome;caller;type\r\n"
                               "2026-01-05T08:00:00;12,5;300;answered;\"a\";clinical\r\n"
                               "2026-01-05T08:01:00;40;;abandoned;a;\"sh\"\"ort\"\r\n"
                               "2026-01-05T08:03:10;3;120,25;answered;a;clinical\r\n";
    static const char alphabet[] = ";,\"\r\n 0123456789:-T.aé\xC2\x85\xE2\x80\xA8";
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 7);
    size_t len = strlen(valid);
    char buf[512];
    for (int it = 0; it < 4000; it++) {
        size_t n = len;
        memcpy(buf, valid, len);
        int edits = 1 + (int)gsl_rng_uniform_int(r, 8);
        for (int e = 0; e < edits; e++) {
            size_t at = gsl_rng_uniform_int(r, n);
            int op = (int)gsl_rng_uniform_int(r, 3);
            char ch = alphabet[gsl_rng_uniform_int(r, sizeof alphabet - 1)];
            if (op == 0)
                buf[at] = ch;
            else if (op == 1 && n + 1 < sizeof buf) {
                memmove(buf + at + 1, buf + at, n - at);
                buf[at] = ch;
                n++;
            } else if (n > 1) {
                memmove(buf + at, buf + at + 1, n - at - 1);
                n--;
            }
        }
        struct lv_calllog log;
        struct lv_diags d;
        lv_diags_init(&d);
        int rc = lv_calllog_parse(&log, buf, n, "garbage.csv", &d);
        ck_assert(rc == 0 ? d.count == 0 && log.count > 0 : d.count > 0);
        lv_calllog_fini(&log);
        lv_diags_fini(&d);
    }
    gsl_rng_free(r);
}
END_TEST

START_TEST(fitted_scenario_loads)
{
    /* Fitted against the built-in default: the YAML is valid and holds the estimates. */
    struct lv_scenario *base = test_scenario(lv_default_scenario_text());
    struct truth t = model_callers;
    t.wait_mean = 200;
    struct lv_calllog log;
    generate(&t, base, lv_days_from_civil(2026, 2, 2), 14, 9, &log);
    /* Two types as in the default: 60 % clinical (the lognormal talk), 40 % short with an
     * exponential talk of mean 2 min. */
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 4);
    log.has_type = true;
    log.type_count = 2;
    log.type_names[0] = strdup("short");
    log.type_names[1] = strdup("clinical");
    for (size_t i = 0; i < log.count; i++) {
        log.rows[i].type = gsl_rng_uniform(r) < 0.6 ? 1 : 0;
        if (log.rows[i].type == 0 && log.rows[i].answered)
            log.rows[i].talk_s = gsl_ran_exponential(r, 120);
    }
    gsl_rng_free(r);
    struct lv_fit fit;
    fit_log(&fit, &log, base, LEVEL);
    struct lv_diags d;
    lv_diags_init(&d);
    char *yaml = lv_fit_scenario_yaml(&fit, base, NULL, "dir/log.csv", &d);
    if (!yaml)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(yaml);
    struct lv_scenario *s = test_scenario(yaml);
    ck_assert_double_eq_tol(s->demand.calls_per_year, fit.demand.calls_per_year.value, 0.51);
    ck_assert_str_eq(s->name, "Typical medium centre, 150 000 inhabitants (calibrated to real centres), fitted to log.csv");
    static const enum lv_dist_kind kind[LV_FIT_FAMILIES] = {LV_DIST_EXPONENTIAL, LV_DIST_LOGNORMAL, LV_DIST_GAMMA,
                                                            LV_DIST_WEIBULL};
    ck_assert_int_eq(s->patience.kind, kind[fit.patience.best]);
    ck_assert_double_eq_tol(lv_dist_mean(&s->patience), fit.patience.fam[fit.patience.best].mean.value, 0.051);
    ck_assert_double_eq_tol(s->redial_probability, fit.redial.probability.value, 1e-4);
    ck_assert_int_eq(s->type_count, 2);
    ck_assert(fit.types_match);
    ck_assert_str_eq(fit.types[1].name, "clinical");
    CK_IN(fit.types[1].share, 0.6);
    CK_IN(fit.types[1].talk.fam[LV_FIT_LOGNORMAL].mean, 300);
    CK_IN(fit.types[0].talk.fam[LV_FIT_EXPONENTIAL].mean, 120);
    ck_assert_double_eq_tol(s->types[0].share, fit.types[1].share.value, 1e-6); /* the base's order */
    ck_assert_int_eq(s->types[0].talk.kind, LV_DIST_LOGNORMAL);
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[1].talk), fit.types[0].talk.fam[fit.types[0].talk.best].mean.value,
                            0.051);
    ck_assert_int_eq(s->site_count, base->site_count); /* staffing kept */
    FILE *devnull = fopen("/dev/null", "w");
    ck_assert_int_eq(lv_fit_write_report(&fit, "log.csv", LV_LANG_EN, devnull), 0);
    fclose(devnull);
    free(yaml);
    lv_scenario_free(s);
    lv_fit_fini(&fit);
    lv_calllog_fini(&log);
    lv_diags_fini(&d);
    lv_scenario_free(base);
}
END_TEST

/* The smallest k with P(Binomial(n, p) < k) >= 0.001: fewer covers than this reject the level. */
static int binomial_floor(int n, double p)
{
    double cdf = 0;
    int k = 0;
    while (k <= n && (cdf += gsl_ran_binomial_pdf((unsigned)k, p, (unsigned)n)) < 0.001)
        k++;
    return k;
}

/* Coverage: over many fixed-seed samples the 95 % intervals hold the truth about 95 % of the
 * time (at least the binomial 0.1 % quantile), for censored Weibull and exponential patience and
 * for the demand. */
START_TEST(intervals_cover_at_their_level)
{
    enum { R = 200, N = 300, RD = 60 };
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 99);
    double x[N];
    unsigned char ev[N];
    int wm = 0, ws = 0, em = 0;
    double k = 1.3, scale = 480 / gsl_sf_gamma(1 + 1 / k);
    for (int rep = 0; rep < R; rep++) {
        for (int i = 0; i < N; i++) {
            double p = gsl_ran_weibull(r, scale, k), w = gsl_ran_exponential(r, 300);
            x[i] = p < w ? p : w;
            ev[i] = p < w;
        }
        struct lv_fit_dist f;
        ck_assert_int_eq(lv_fit_family(&f, LV_FIT_WEIBULL, x, ev, N, 0.95), 0);
        wm += f.mean.lo <= 480 && 480 <= f.mean.hi;
        ws += f.shape.lo <= k && k <= f.shape.hi;
        for (int i = 0; i < N; i++) {
            double p = gsl_ran_exponential(r, 200), w = gsl_ran_exponential(r, 300);
            x[i] = p < w ? p : w;
            ev[i] = p < w;
        }
        ck_assert_int_eq(lv_fit_family(&f, LV_FIT_EXPONENTIAL, x, ev, N, 0.95), 0);
        em += f.mean.lo <= 200 && 200 <= f.mean.hi;
    }
    int floor_r = binomial_floor(R, 0.95);
    ck_assert_msg(wm >= floor_r && ws >= floor_r && em >= floor_r, "covered %d, %d, %d of %d (need %d)", wm, ws, em, R,
                  floor_r);
    /* Demand: calls_per_year and weekend_factor from two-week logs. */
    struct lv_scenario *base = test_scenario(base_yaml);
    struct truth t = {.calls_per_year = 8000, .weekend_factor = 1.4, .profile = model_profile,
                      .talk = TALK_EXPONENTIAL, .talk_mean = 300, .patience = PATIENCE_EXPONENTIAL,
                      .patience_mean = 480, .wait_mean = 100};
    int cy = 0, wf = 0;
    for (int rep = 0; rep < RD; rep++) {
        struct lv_calllog log;
        generate(&t, base, lv_days_from_civil(2026, 2, 2), 14, 1000 + (unsigned long)rep, &log);
        log.has_caller = false;
        struct lv_fit fit;
        struct lv_diags d;
        lv_diags_init(&d);
        struct lv_fit_options o = {0.95, 3600, 1};
        ck_assert_int_eq(lv_fit_estimate(&fit, &log, base, &o, "rep", &d), 0);
        cy += fit.demand.calls_per_year.lo <= 8000 && 8000 <= fit.demand.calls_per_year.hi;
        wf += fit.demand.weekend_factor.lo <= 1.4 && 1.4 <= fit.demand.weekend_factor.hi;
        lv_fit_fini(&fit);
        lv_calllog_fini(&log);
        lv_diags_fini(&d);
    }
    int floor_d = binomial_floor(RD, 0.95);
    if (getenv("LVSIM_FIT_VERBOSE"))
        fprintf(stderr, "95 %% coverage: weibull mean %d/%d, shape %d/%d, exponential mean %d/%d; calls_per_year %d/%d, "
                        "weekend_factor %d/%d\n", wm, R, ws, R, em, R, cy, RD, wf, RD);
    ck_assert_msg(cy >= floor_d && wf >= floor_d, "covered %d and %d of %d (need %d)", cy, wf, RD, floor_d);
    lv_scenario_free(base);
    gsl_rng_free(r);
}
END_TEST

/* The log as a phone system exports it: ',' and decimal points. */
static char *write_plain(const struct lv_calllog *log)
{
    size_t cap = 64 + log->count * 80, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s + n, cap - n, "arrival,wait_s,talk_s,outcome,caller\n");
    for (size_t i = 0; i < log->count; i++) {
        const struct lv_call_record *r = &log->rows[i];
        char when[32], talk[32] = "";
        format_arrival(r, when);
        if (r->answered)
            snprintf(talk, sizeof talk, "%.0f", r->talk_s);
        n += (size_t)snprintf(s + n, cap - n, "%s,%.0f,%s,%s,c%05d\n", when, r->wait_s, talk,
                              r->answered ? "answered" : "abandoned", r->caller);
    }
    return s;
}

/* tests/data/fit/sample.csv (docs/fit.md) is this generator's output for MODEL.md §6's demand,
 * talk, patience and redials, two operators FCFS, four weeks from Monday 2026-03-23 (Easter
 * included); LVSIM_UPDATE_FIT_SAMPLE=1 rewrites it. */
START_TEST(sample_log_is_reproducible)
{
    struct lv_scenario *base = test_scenario(lv_default_scenario_text());
    struct truth t = model_callers;
    t.servers = 2;
    struct lv_calllog log;
    generate(&t, base, lv_days_from_civil(2026, 3, 23), 28, 2026, &log);
    /* The log keeps whole seconds, as phone systems do. */
    for (size_t i = 0; i < log.count; i++) {
        log.rows[i].wait_s = round(log.rows[i].wait_s);
        log.rows[i].talk_s = round(log.rows[i].talk_s);
    }
    char *csv = write_plain(&log);
    const char *path = LVSIM_SOURCE_DIR "/tests/data/fit/sample.csv";
    const char *update = getenv("LVSIM_UPDATE_FIT_SAMPLE");
    if (update && strcmp(update, "1") == 0) {
        FILE *f = fopen(path, "w");
        ck_assert_ptr_nonnull(f);
        fputs(csv, f);
        fclose(f);
    }
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    size_t n = strlen(csv);
    char *file = malloc(n + 2);
    size_t got = fread(file, 1, n + 1, f);
    fclose(f);
    ck_assert_msg(got == n && memcmp(file, csv, n) == 0, "%s differs from the generator's output", path);
    /* And the fit covers the truth. */
    struct lv_calllog back;
    struct lv_fit fit;
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_int_eq(lv_calllog_read(&back, path, &d), 0);
    fit_log(&fit, &back, base, LEVEL);
    CK_IN(fit.demand.calls_per_year, 75000);
    CK_IN(fit.demand.weekend_factor, 1.45);
    CK_IN(fit.talk.fam[LV_FIT_LOGNORMAL].mean, 300);
    CK_IN(fit.patience.fam[LV_FIT_WEIBULL].mean, 480);
    CK_IN(fit.patience.fam[LV_FIT_WEIBULL].shape, 1.2);
    CK_IN(fit.redial.probability, 0.7);
    lv_fit_fini(&fit);
    lv_calllog_fini(&back);
    lv_diags_fini(&d);
    free(file);
    free(csv);
    lv_calllog_fini(&log);
    lv_scenario_free(base);
}
END_TEST

Suite *fit_suite(void)
{
    Suite *s = suite_create("fit");
    TCase *tc = tcase_create("fit");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, known_parameters_recovered);
    tcase_add_test(tc, patience_censored_by_a_queue);
    tcase_add_test(tc, aic_picks_the_family);
    tcase_add_test(tc, intervals_cover_at_their_level);
    tcase_add_test(tc, kaplan_meier);
    tcase_add_test(tc, busy_rows_are_not_patience);
    tcase_add_test(tc, csv_round_trip_norwegian);
    tcase_add_test(tc, bad_input_is_located);
    tcase_add_test(tc, garbage_never_crashes);
    tcase_add_test(tc, fitted_scenario_loads);
    tcase_add_test(tc, sample_log_is_reproducible);
    suite_add_tcase(s, tc);
    return s;
}
