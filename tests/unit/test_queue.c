/* test_queue.c — queue capacity and the memory bound. A finite queue_capacity against the exact
 * M/M/s/K queue (closed form computed here, independently of lvsim): blocking probability and the
 * share answered within the target; pooled centres with no waiting room against Erlang B; busy
 * callers who redial, by conservation; and an overloaded scenario that stops with LV_OVERLOADED
 * and the same message for any number of threads. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/stats.h"

enum { REPLICATIONS = 10 };

/* M/M/s/K with K = s + q: arrival rate lam, service rate mu (per second). Stationary p_n from the
 * birth-death balance; by PASTA an arrival is blocked with p_K, answered at once with n < s, and
 * otherwise (n = s + j, j < q) waits for j + 1 completions at rate s mu: an Erlang(j + 1, s mu)
 * wait, FIFO. */
static void mmsk(double lam, double mu, int s, int q, double t, double *block, double *within)
{
    double a = lam / mu, p[256], sum = 0;
    int k = s + q;
    ck_assert_int_lt(k, 256);
    p[0] = 1;
    for (int n = 1; n <= k; n++)
        p[n] = p[n - 1] * a / (n <= s ? n : s);
    for (int n = 0; n <= k; n++)
        sum += p[n];
    for (int n = 0; n <= k; n++)
        p[n] /= sum;
    *block = p[k];
    double w = 0, x = s * mu * t;
    for (int n = 0; n < s; n++)
        w += p[n];
    for (int j = 0; j < q; j++) {
        double term = exp(-x), below = 0; /* P(Poisson(x) <= j) = P(Erlang(j + 1) > t) */
        for (int i = 0; i <= j; i++) {
            below += term;
            term *= x / (i + 1);
        }
        w += p[s + j] * (1 - below);
    }
    *within = w;
}

static void check_within(const char *name, const char *what, const double *values, double exact)
{
    struct lv_estimate e = lv_estimate_of(values, REPLICATIONS, 0.99);
    fprintf(stderr, "%-24s %-8s exact %-10.6f simulated %.6f ± %.6f\n", name, what, exact, e.mean, e.half_width);
    ck_assert_msg(fabs(e.mean - exact) <= e.half_width, "%s %s: exact %g outside %g ± %g", name, what, exact, e.mean,
                  e.half_width);
    /* About 100 000 calls a replication: an interval wider than this would prove nothing. */
    ck_assert_msg(e.half_width < 0.01, "%s %s: interval ± %g too wide", name, what, e.half_width);
}

static void run_ok(const struct lv_scenario *s, int reps, int jobs, struct lv_results *r)
{
    struct lv_run_options o = {.replications = reps, .seed = s->seed, .jobs = jobs, .keep_reps = true};
    ck_assert_int_eq(lv_run(s, &o, r), LV_OK);
}

/* Busy share and share within target of all offered calls, per replication. */
static void shares(const struct lv_results *r, double *busy, double *within)
{
    for (int k = 0; k < r->replications; k++) {
        struct lv_interval_stats t;
        lv_rep_result_total(&r->reps[k], &t);
        ck_assert_uint_eq(t.offered, t.answered + t.abandoned + t.busy_signals);
        busy[k] = (double)t.busy_signals / (double)t.offered;
        within[k] = (double)t.within_target / (double)t.offered;
    }
}

/* Constant arrivals, exponential calls, no patience, no redials: about 100 000 calls a
 * replication. Light load with a short queue, overload (a = 6 on 5 operators) held by the
 * capacity, and no waiting room at all (Erlang B). */
START_TEST(capacity_matches_mmsk)
{
    static const struct {
        const char *name;
        double per_hour, service_s;
        int operators, capacity;
    } rows[] = {{"M/M/12/15 (a = 10)", 100, 360, 12, 3},
                {"M/M/5/15 (a = 6)", 60, 360, 5, 10},
                {"M/M/5/5 (Erlang B, a = 4)", 60, 240, 5, 0}};
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        char yaml[2048];
        snprintf(yaml, sizeof yaml,
                 "start: 2025-01-06\nhorizon: %.0fh\nwarmup: 2d\nseed: 2026\n"
                 "target: {within: 2m, share: 80%%}\ndemand: {calls_per_hour: %g}\n"
                 "calls:\n  types: [{name: all, talk: {dist: exponential, mean: %.0fs}}]\n  patience: none\n"
                 "centre:\n  queue_capacity: %d\n"
                 "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n",
                 100000 / rows[i].per_hour + 48, rows[i].per_hour, rows[i].service_s, rows[i].capacity,
                 rows[i].operators);
        struct lv_scenario *s = test_scenario(yaml);
        struct lv_results r;
        run_ok(s, REPLICATIONS, 2, &r);
        double busy[REPLICATIONS], within[REPLICATIONS], block, exact_within;
        shares(&r, busy, within);
        mmsk(rows[i].per_hour / 3600, 1 / rows[i].service_s, rows[i].operators, rows[i].capacity, 120, &block,
             &exact_within);
        check_within(rows[i].name, "busy", busy, block);
        check_within(rows[i].name, "within", within, exact_within);
        lv_results_fini(&r);
        lv_scenario_free(s);
    }
}
END_TEST

/* Two pooled centres of 5 operators, no waiting room in either: a call is refused only when all
 * 10 operators are busy, so the pool is one Erlang B system with 10 servers and a = 8. */
START_TEST(pooled_centres_block_only_when_all_are_busy)
{
    const char *yaml = "start: 2025-01-06\nhorizon: 1300h\nwarmup: 2d\nseed: 7\n"
                       "demand: {calls_per_hour: 120}\n"
                       "calls:\n  types: [{name: all, talk: {dist: exponential, mean: 4m}}]\n"
                       "centres:\n"
                       "  - {name: a, queue_capacity: 0, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 5}]}\n"
                       "  - {name: b, queue_capacity: 0, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 5}]}\n"
                       "areas: [{name: x, share: 50%, centre: a}, {name: y, share: 50%, centre: b}]\n"
                       "routing: {pools: [[a, b]]}\n";
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_results r;
    run_ok(s, REPLICATIONS, 2, &r);
    double busy[REPLICATIONS], within[REPLICATIONS], block, exact_within;
    shares(&r, busy, within);
    mmsk(120.0 / 3600, 1 / 240.0, 10, 0, 120, &block, &exact_within);
    check_within("pooled Erlang B (10, 8)", "busy", busy, block);
    for (int k = 0; k < REPLICATIONS; k++) { /* the centres' busy signals add up to the total */
        struct lv_interval_stats t;
        lv_rep_result_total(&r.reps[k], &t);
        ck_assert_uint_eq(r.reps[k].sites[0].busy_signals + r.reps[k].sites[1].busy_signals, t.busy_signals);
        ck_assert_uint_gt(r.reps[k].sites[0].busy_signals, 0);
        ck_assert_uint_gt(r.reps[k].sites[1].busy_signals, 0);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Busy callers redial like those who hang up: over a whole run (drain included) every attempt is
 * answered, abandoned or refused; every refusal or abandonment is followed by a redial or the
 * caller giving up; and the refused who redial are a binomial share of the refused with the redial
 * probability. In the window, intervals, days, centres and areas add up. */
START_TEST(busy_callers_redial)
{
    const char *yaml = "start: 2025-01-06\nhorizon: 60d\nwarmup: 1d\nseed: 11\n"
                       "demand: {calls_per_hour: 60}\n"
                       "calls:\n  types: [{name: a, share: 70%, talk: {dist: exponential, mean: 4m}},\n"
                       "          {name: b, share: 30%, talk: 2m, priority_share: 50%}]\n"
                       "  patience: {dist: exponential, mean: 3m}\n"
                       "  redial: {probability: 70%, delay: {dist: exponential, mean: 5m}}\n"
                       "centre:\n  announcement: 20s\n  queue_capacity: 2\n"
                       "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3}]\n";
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_results r;
    run_ok(s, 4, 2, &r);
    for (int k = 0; k < 4; k++) {
        const struct lv_rep_result *rep = &r.reps[k];
        const struct lv_ledger *g = &rep->ledger;
        uint64_t attempts = 0, answered = 0, abandoned = 0, busy = 0;
        for (int t = 0; t < s->type_count; t++) {
            ck_assert_uint_eq(g->attempts[t], g->answered[t] + g->abandoned[t] + g->busy_signals[t]);
            attempts += g->attempts[t];
            answered += g->answered[t];
            abandoned += g->abandoned[t];
            busy += g->busy_signals[t];
        }
        ck_assert_uint_gt(busy, 2000);
        ck_assert_uint_eq(abandoned + busy, g->redials + g->gave_up);
        ck_assert_uint_eq(attempts - g->redials, answered + g->gave_up); /* episodes */
        double expected = 0.7 * (double)busy, sd = sqrt((double)busy * 0.7 * 0.3);
        fprintf(stderr, "busy signals %llu, redialled %llu (expected %.0f ± %.0f)\n", (unsigned long long)busy,
                (unsigned long long)g->busy_redials, expected, 4 * sd);
        ck_assert(fabs((double)g->busy_redials - expected) <= 4 * sd);
        struct lv_interval_stats t;
        lv_rep_result_total(rep, &t);
        ck_assert_uint_eq(t.offered, t.answered + t.abandoned + t.busy_signals);
        uint64_t by_day = 0;
        for (int d = 0; d < rep->day_count; d++)
            by_day += rep->days[d].busy_signals;
        ck_assert_uint_eq(by_day, t.busy_signals);
        ck_assert_uint_eq(rep->sites[0].busy_signals, t.busy_signals);
        ck_assert_uint_eq(rep->areas[0].busy_signals, t.busy_signals);
        ck_assert_uint_eq(rep->sites[0].offered, rep->sites[0].answered + rep->sites[0].abandoned + rep->sites[0].busy_signals);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

static int run_status(const struct lv_scenario *s, int jobs, char *error, size_t size)
{
    struct lv_results r;
    struct lv_run_options o = {.replications = 3, .seed = 1, .jobs = jobs, .error = error, .error_size = size};
    int rc = lv_run(s, &o, &r);
    if (rc == LV_OK)
        lv_results_fini(&r);
    return rc;
}

/* One operator one minute a week, callers who never hang up, no capacity: the run stops when the
 * calls in the system reach LV_MAX_LIVE, naming the centre and the time, whatever -j. Doctors
 * one minute a week: the same for patients and tasks. */
START_TEST(overloaded_run_stops_with_a_message)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_file(LVSIM_SOURCE_DIR "/tests/data/overload/overloaded.yaml", &d);
    lv_diags_fini(&d);
    ck_assert_ptr_nonnull(s);
    char one[640], two[640];
    ck_assert_int_eq(run_status(s, 1, one, sizeof one), LV_OVERLOADED);
    ck_assert_int_eq(run_status(s, 2, two, sizeof two), LV_OVERLOADED);
    fprintf(stderr, "%s\n", one);
    ck_assert_str_eq(one, two);
    ck_assert_ptr_nonnull(strstr(one, "replication 1: the queue of centre 'tiny' has 1 048 5"));
    ck_assert_ptr_nonnull(strstr(one, "on day 44 of the simulation (2026-02-17)"));
    ck_assert_ptr_nonnull(strstr(one, "limit of 1 048 576"));
    lv_scenario_free(s);

    s = test_scenario("horizon: 60d\nwarmup: 0\ndemand: {calls_per_hour: 3000}\n"
                      "calls:\n  types: [{name: c, clinical: true, talk: 1s}]\n"
                      "centre:\n  name: lonely\n"
                      "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 20}]\n"
                      "  doctors:\n"
                      "    - {days: mon, from: \"00:00\", to: \"00:01\", count: 1}\n"
                      "    - {days: mon, from: \"00:01\", to: \"24:00\", count: 0}\n"
                      "    - {days: [tue, wed, thu, fri, sat, sun], from: \"00:00\", to: \"24:00\", count: 0}\n"
                      "clinical:\n  dispositions:\n    all:\n      red: {callback: 100%}\n"
                      "      yellow: {callback: 100%}\n      green: {callback: 100%}\n");
    ck_assert_int_eq(run_status(s, 2, one, sizeof one), LV_OVERLOADED);
    fprintf(stderr, "%s\n", one);
    ck_assert_ptr_nonnull(strstr(one, "centre 'lonely' has 1 048 576 patients and tasks waiting"));
    lv_scenario_free(s);

    /* The same with a queue capacity runs to the end: busy signals instead of unbounded growth. */
    s = test_scenario("horizon: 60d\nwarmup: 0\ndemand: {calls_per_hour: 1000}\n"
                      "calls:\n  types: [{name: all, talk: 5m}]\n"
                      "centre:\n  queue_capacity: 100\n"
                      "  operators:\n"
                      "    - {days: mon, from: \"00:00\", to: \"00:01\", count: 1}\n"
                      "    - {days: mon, from: \"00:01\", to: \"24:00\", count: 0}\n"
                      "    - {days: [tue, wed, thu, fri, sat, sun], from: \"00:00\", to: \"24:00\", count: 0}\n");
    ck_assert_int_eq(run_status(s, 2, one, sizeof one), LV_OK);
    ck_assert_str_eq(one, "");
    lv_scenario_free(s);
}
END_TEST

Suite *queue_suite(void)
{
    Suite *s = suite_create("queue");
    TCase *t = tcase_create("capacity");
    tcase_set_timeout(t, 600);
    tcase_add_test(t, capacity_matches_mmsk);
    tcase_add_test(t, pooled_centres_block_only_when_all_are_busy);
    tcase_add_test(t, busy_callers_redial);
    tcase_add_test(t, overloaded_run_stops_with_a_message);
    suite_add_tcase(s, t);
    return s;
}
