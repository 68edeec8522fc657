/* test_markov.c — an exact reference for the figures per hour of the week: a time-varying
 * M_t/M/s_t+M centre (arrival rates and staffing that change by the hour, exponential talk and
 * patience, no redials, no announcement, no clinical side), solved independently of lvsim from
 * the Markov chain's forward (Kolmogorov) equations. The simulated share answered within
 * 2 minutes, share abandoned, mean queue length and calls per week of every hour must lie within
 * the run's own 99 % interval in all but a binomially plausible number of the 168 hours. With a
 * few calls per hour and replication, the old mean over replications of each replication's
 * share fails this (it gives an idle hour the weight of a busy one). */
#include "suites.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/run.h"
#include "lvsim/summary.h"

/* The chain's state is (b, q): operators busy (possibly above the staffing s after a shift
 * ends: they finish the call, then leave) and callers waiting. */
enum {
    MAX_BUSY = 3,
    MAX_QUEUE = 40,                          /* P(q > 40) is far below 1e-15 here */
    STATES = (MAX_BUSY + 1) * (MAX_QUEUE + 1),
    GRID = 60,                               /* Simpson subintervals per hour */
    WARMUP_H = 24, MEASURED_H = 168,
    TAIL_H = 6,                              /* after the horizon, for callers still waiting */
    REPLICATIONS = 2000,
    MAX_OUTSIDE = 6,                         /* P(Binomial(168, 0.01) >= 7) = 0.0016 */
};

#define TALK_S 720.0     /* exponential talk time, mean */
#define PATIENCE_S 300.0 /* exponential patience, mean */
#define WITHIN_S 120.0

/* Calls per hour (each profile sums to 120 calls a day, so the profile is the rate itself) and
 * operators on duty by hour, for weekdays and weekends. */
static const double rate[2][24] = {
    {3, 2, 2, 2, 2, 2, 3, 4, 7, 8, 8, 7, 6, 6, 6, 6, 6, 7, 8, 7, 6, 5, 4, 3},
    {4, 3, 3, 2, 2, 2, 2, 3, 5, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 6, 5, 4, 3, 3},
};
static const int staff[2][24] = {
    {1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1},
    {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1},
};

static const char *const scenario_yaml =
    "name: markov reference\nstart: 2026-02-02\nhorizon: 8d\nwarmup: 1d\nseed: 8\n"
    "target: {within: 2m, share: 80%}\n"
    "demand:\n  calls_per_year: 43800\n  weekend_factor: 1\n"
    "  seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
    "  profile_weekday: [3, 2, 2, 2, 2, 2, 3, 4, 7, 8, 8, 7, 6, 6, 6, 6, 6, 7, 8, 7, 6, 5, 4, 3]\n"
    "  profile_weekend: [4, 3, 3, 2, 2, 2, 2, 3, 5, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 6, 5, 4, 3, 3]\n"
    "calls:\n  types: [{name: all, talk: {dist: exponential, mean: 12m}}]\n"
    "  patience: {dist: exponential, mean: 5m}\n  redial: {probability: 0}\n"
    "centre:\n  announcement: 0s\n  operators:\n"
    "    - {days: weekdays, from: \"00:00\", to: \"07:00\", count: 1}\n"
    "    - {days: weekdays, from: \"07:00\", to: \"16:00\", count: 3}\n"
    "    - {days: weekdays, from: \"16:00\", to: \"22:00\", count: 2}\n"
    "    - {days: weekdays, from: \"22:00\", to: \"24:00\", count: 1}\n"
    "    - {days: weekends, from: \"00:00\", to: \"10:00\", count: 1}\n"
    "    - {days: weekends, from: \"10:00\", to: \"20:00\", count: 2}\n"
    "    - {days: weekends, from: \"20:00\", to: \"24:00\", count: 1}\n";

/* Hour h of the simulation (day 0 is Monday 2 February 2026, no holidays in reach). */
struct regime {
    double lambda, mu, theta; /* per second */
    int s;
};

static struct regime regime_at(int h)
{
    int day = h / 24, weekend = day % 7 >= 5;
    struct regime g = {rate[weekend][h % 24] / 3600, 1 / TALK_S, 1 / PATIENCE_S, staff[weekend][h % 24]};
    if (h >= WARMUP_H + MEASURED_H) /* past the horizon nobody new calls */
        g.lambda = 0;
    return g;
}

static int at(int b, int q) { return b * (MAX_QUEUE + 1) + q; }

/* Forward equations of (b, q) within an hour. */
static int queue_rhs(double t, const double p[], double dp[], void *params)
{
    (void)t;
    const struct regime *g = params;
    memset(dp, 0, STATES * sizeof *dp);
    for (int b = 0; b <= MAX_BUSY; b++)
        for (int q = 0; q <= MAX_QUEUE; q++) {
            double x = p[at(b, q)], r;
            if (b < g->s) { /* an idle operator answers at once */
                r = g->lambda * x;
                dp[at(b, q)] -= r;
                dp[at(b + 1, q)] += r;
            } else if (q < MAX_QUEUE) {
                r = g->lambda * x;
                dp[at(b, q)] -= r;
                dp[at(b, q + 1)] += r;
            }
            if (b > 0) { /* a call ends: the operator takes the next caller, or leaves if off shift */
                r = b * g->mu * x;
                dp[at(b, q)] -= r;
                dp[b <= g->s && q > 0 ? at(b, q - 1) : at(b - 1, q)] += r;
            }
            if (q > 0) {
                r = q * g->theta * x;
                dp[at(b, q)] -= r;
                dp[at(b, q - 1)] += r;
            }
        }
    return GSL_SUCCESS;
}

/* At an hour's start new operators take waiting callers at once (fewer operators: those busy
 * finish first, which the chain's b > s already says). */
static void queue_jump(double *p, int s)
{
    for (int b = 0; b < s; b++)
        for (int q = 1; q <= MAX_QUEUE; q++) {
            int take = s - b < q ? s - b : q;
            p[at(b + take, q - take)] += p[at(b, q)];
            p[at(b, q)] = 0;
        }
}

/* A tagged caller waiting in state (b, k): k callers ahead of it. Two more components hold the
 * probability that it was answered and that it abandoned. */
enum { TAG_ANSWERED = STATES, TAG_ABANDONED, TAG_STATES };

static int tagged_rhs(double t, const double v[], double dv[], void *params)
{
    (void)t;
    const struct regime *g = params;
    memset(dv, 0, TAG_STATES * sizeof *dv);
    for (int b = 0; b <= MAX_BUSY; b++)
        for (int k = 0; k <= MAX_QUEUE; k++) {
            double x = v[at(b, k)], r;
            r = g->theta * x;
            dv[at(b, k)] -= r;
            dv[TAG_ABANDONED] += r;
            if (b > 0) {
                r = b * g->mu * x;
                dv[at(b, k)] -= r;
                dv[b > g->s ? at(b - 1, k) : k > 0 ? at(b, k - 1) : TAG_ANSWERED] += r;
            }
            if (k > 0) {
                r = k * g->theta * x;
                dv[at(b, k)] -= r;
                dv[at(b, k - 1)] += r;
            }
        }
    return GSL_SUCCESS;
}

/* Where a tagged state goes when staffing rises to s at an hour's start (-1: answered). */
static int tagged_jump_target(int b, int k, int s)
{
    if (b >= s)
        return at(b, k);
    return s - b > k ? -1 : at(s, k - (s - b));
}

static void tagged_jump(double *v, int s)
{
    double next[TAG_STATES] = {0};
    next[TAG_ANSWERED] = v[TAG_ANSWERED];
    next[TAG_ABANDONED] = v[TAG_ABANDONED];
    for (int b = 0; b <= MAX_BUSY; b++)
        for (int k = 0; k <= MAX_QUEUE; k++) {
            int to = tagged_jump_target(b, k, s);
            next[to < 0 ? TAG_ANSWERED : to] += v[at(b, k)];
        }
    memcpy(v, next, sizeof next);
}

/* Backward equations of V(b, k) = P(the tagged caller abandons in the end | state at t), in
 * reversed time u = T - t. */
static int abandon_rhs(double t, const double v[], double dv[], void *params)
{
    (void)t;
    const struct regime *g = params;
    for (int b = 0; b <= MAX_BUSY; b++)
        for (int k = 0; k <= MAX_QUEUE; k++) {
            double self = v[at(b, k)], d = g->theta * (1 - self);
            if (b > 0) {
                double next = b > g->s ? v[at(b - 1, k)] : k > 0 ? v[at(b, k - 1)] : 0;
                d += b * g->mu * (next - self);
            }
            if (k > 0)
                d += k * g->theta * (v[at(b, k - 1)] - self);
            dv[at(b, k)] = d;
        }
    return GSL_SUCCESS;
}

struct exact {
    double within[MEASURED_H], abandoned[MEASURED_H], queue[MEASURED_H], calls[MEASURED_H];
};

/* The probability that a caller arriving at start_s, in hour h, in state distribution p is
 * answered within WITHIN_S: at once if an operator is idle, else followed forward as a tagged
 * caller. (At the hour's end, start_s is its left limit: the jump comes after the arrival.) */
static double answered_within(gsl_odeiv2_driver *d, gsl_odeiv2_system *sys, const double *p, int h, double start_s)
{
    double v[TAG_STATES] = {0};
    struct regime g = regime_at(h);
    double immediate = 0;
    for (int b = 0; b <= MAX_BUSY; b++)
        for (int q = 0; q <= MAX_QUEUE; q++) {
            if (b < g.s)
                immediate += p[at(b, q)];
            else
                v[at(b, q)] = p[at(b, q)];
        }
    double t = start_s, end = start_s + WITHIN_S;
    while (t < end) {
        double edge = (h + 1) * 3600.0, stop = edge < end ? edge : end;
        sys->params = &g;
        gsl_odeiv2_driver_reset(d);
        if (stop > t)
            ck_assert_int_eq(gsl_odeiv2_driver_apply(d, &t, stop, v), GSL_SUCCESS);
        t = stop;
        if (stop == edge) {
            h++;
            g = regime_at(h);
            tagged_jump(v, g.s);
        }
    }
    return immediate + v[TAG_ANSWERED];
}

static double simpson(const double *f)
{
    double sum = f[0] + f[GRID];
    for (int j = 1; j < GRID; j++)
        sum += (j % 2 ? 4 : 2) * f[j];
    return sum / (3.0 * GRID);
}

/* Interval of the week (Monday 00:00 first) of measured hour m. */
static int week_interval(int m) { return (WARMUP_H + m) % MEASURED_H; }

static void solve(struct exact *e)
{
    const int hours = WARMUP_H + MEASURED_H;
    double *grid_p = malloc((size_t)MEASURED_H * (GRID + 1) * STATES * sizeof *grid_p);
    ck_assert_ptr_nonnull(grid_p);
    gsl_odeiv2_system queue_sys = {queue_rhs, NULL, STATES, NULL};
    gsl_odeiv2_system tag_sys = {tagged_rhs, NULL, TAG_STATES, NULL};
    gsl_odeiv2_system back_sys = {abandon_rhs, NULL, STATES, NULL};
    gsl_odeiv2_driver *qd = gsl_odeiv2_driver_alloc_y_new(&queue_sys, gsl_odeiv2_step_rk8pd, 1, 1e-12, 1e-10);
    gsl_odeiv2_driver *td = gsl_odeiv2_driver_alloc_y_new(&tag_sys, gsl_odeiv2_step_rk8pd, 1, 1e-12, 1e-10);
    gsl_odeiv2_driver *bd = gsl_odeiv2_driver_alloc_y_new(&back_sys, gsl_odeiv2_step_rk8pd, 1, 1e-12, 1e-10);

    /* Forward: the queue from empty at time 0, kept on each measured hour's grid. */
    double p[STATES] = {0}, t = 0;
    p[at(0, 0)] = 1;
    for (int h = 0; h < hours; h++) {
        struct regime g = regime_at(h);
        queue_jump(p, g.s);
        queue_sys.params = &g;
        gsl_odeiv2_driver_reset(qd);
        int m = h - WARMUP_H;
        double within[GRID + 1], queue[GRID + 1];
        for (int j = 0; j <= GRID; j++) {
            double to = h * 3600.0 + j * 3600.0 / GRID;
            if (to > t)
                ck_assert_int_eq(gsl_odeiv2_driver_apply(qd, &t, to, p), GSL_SUCCESS);
            if (m < 0)
                continue;
            memcpy(&grid_p[((size_t)m * (GRID + 1) + (size_t)j) * STATES], p, sizeof p);
            queue[j] = 0;
            for (int b = 0; b <= MAX_BUSY; b++)
                for (int q = 1; q <= MAX_QUEUE; q++)
                    queue[j] += q * p[at(b, q)];
            within[j] = answered_within(td, &tag_sys, p, h, to);
        }
        if (m >= 0) {
            int k = week_interval(m);
            e->queue[k] = simpson(queue);
            e->within[k] = simpson(within);
            e->calls[k] = g.lambda * 3600;
        }
    }

    /* Backward: V from TAIL_H after the horizon, where everyone has long left (V = 1 there is
     * as good as any value: e^-72 of it remains), down to the warm-up's end. */
    double v[STATES];
    for (int i = 0; i < STATES; i++)
        v[i] = 1;
    double u = 0, end = (hours + TAIL_H) * 3600.0;
    for (int h = hours + TAIL_H - 1; h >= WARMUP_H; h--) {
        struct regime g = regime_at(h);
        back_sys.params = &g;
        gsl_odeiv2_driver_reset(bd);
        int m = h - WARMUP_H;
        double ab[GRID + 1];
        for (int j = GRID; j >= 0; j--) {
            double to = end - (h * 3600.0 + j * 3600.0 / GRID);
            if (to > u)
                ck_assert_int_eq(gsl_odeiv2_driver_apply(bd, &u, to, v), GSL_SUCCESS);
            if (m >= MEASURED_H)
                continue;
            const double *pj = &grid_p[((size_t)m * (GRID + 1) + (size_t)j) * STATES];
            ab[j] = 0;
            for (int b = g.s; b <= MAX_BUSY; b++) /* b < s: answered at once */
                for (int q = 0; q <= MAX_QUEUE; q++)
                    ab[j] += pj[at(b, q)] * v[at(b, q)];
        }
        if (m < MEASURED_H)
            e->abandoned[week_interval(m)] = simpson(ab);
        /* Entering hour h from the left: staffing may rise at its start. */
        double w[STATES];
        for (int b = 0; b <= MAX_BUSY; b++)
            for (int k = 0; k <= MAX_QUEUE; k++) {
                int to = tagged_jump_target(b, k, g.s);
                w[at(b, k)] = to < 0 ? 0 : v[to];
            }
        memcpy(v, w, sizeof w);
    }
    gsl_odeiv2_driver_free(qd);
    gsl_odeiv2_driver_free(td);
    gsl_odeiv2_driver_free(bd);
    free(grid_p);
}

/* Hours of the week whose exact value lies outside the simulated 99 % interval (rescaled from
 * the summary's 95 % Student-t interval with the same degrees of freedom). */
static int outside(const char *what, const struct lv_summary *sum, int metric, const double *exact)
{
    int count = 0;
    double worst = 0;
    for (int k = 0; k < MEASURED_H; k++) {
        const struct lv_estimate *e = &sum->intervals[k][metric];
        ck_assert_msg(e->n > 1 && isfinite(e->mean), "%s: hour %d has no estimate", what, k);
        double hw = e->half_width * gsl_cdf_tdist_Pinv(0.995, e->n - 1) / gsl_cdf_tdist_Pinv(0.975, e->n - 1);
        /* An interval too wide to mean anything would also contain the exact value. */
        ck_assert_msg(hw <= 0.1 * fmax(fabs(exact[k]), 0.2), "%s: hour %d: interval ±%g too wide", what, k, hw);
        double z = fabs(e->mean - exact[k]) / hw;
        if (z > 1) {
            count++;
            fprintf(stderr, "markov %-9s %s %02d:00 exact %.4f simulated %.4f ± %.4f\n", what,
                    (const char *[]){"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[k / 24], k % 24, exact[k],
                    e->mean, hw);
        }
        if (z > worst)
            worst = z;
    }
    fprintf(stderr, "markov %-9s %d of 168 hours outside the 99 %% interval (largest |error| / half-width %.2f)\n",
            what, count, worst);
    return count;
}

START_TEST(time_varying_erlang_a_by_hour)
{
    struct exact *e = calloc(1, sizeof *e);
    ck_assert_ptr_nonnull(e);
    solve(e);
    struct lv_scenario *s = test_scenario(scenario_yaml);
    struct lv_run_options o = {.replications = REPLICATIONS, .seed = s->seed, .jobs = 2};
    struct lv_results r;
    ck_assert_int_eq(lv_run(s, &o, &r), 0);
    struct lv_summary sum;
    ck_assert_int_eq(lv_summary_compute(&r, &sum), 0);
    int bad[4] = {
        outside("within", &sum, LV_I_WITHIN_TARGET, e->within),
        outside("abandoned", &sum, LV_I_ABANDONED, e->abandoned),
        outside("queue", &sum, LV_I_QUEUE_LENGTH, e->queue),
        outside("calls", &sum, LV_I_CALLS_OFFERED, e->calls),
    };
    for (int i = 0; i < 4; i++)
        ck_assert_int_le(bad[i], MAX_OUTSIDE);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
    free(e);
}
END_TEST

Suite *markov_suite(void)
{
    Suite *s = suite_create("markov");
    TCase *t = tcase_create("time-varying");
    tcase_set_timeout(t, 600);
    tcase_add_test(t, time_varying_erlang_a_by_hour);
    suite_add_tcase(s, t);
    return s;
}
