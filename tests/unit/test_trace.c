/* test_trace.c — the trace of replication 0 (trace.h): the simulator's own call log, fitted back
 * by lvsim fit (fit.h), recovers the scenario's callers — each true value inside its 99 %
 * interval — and tracing changes no result. Also: busy signals and the centre column. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/fit.h"
#include "lvsim/run.h"
#include "lvsim/trace.h"
#include "suites.h"

#define LEVEL 0.99

/* Known callers: MODEL.md §6's demand profile (the loader's default profiles), lognormal talk,
 * Weibull patience, redials; two operators round the clock so that a tenth of the attempts are
 * abandoned; eight weeks. No day multiplier: the fit's day_variation must then cover 0. */
static const char *known_yaml =
    "horizon: 56d\nwarmup: 0d\nstart: 2026-02-02\nseed: 20261122\n"
    "demand: {calls_per_year: 75000, day_variation: 0}\n"
    "calls:\n"
    "  types: [{name: all, talk: {dist: lognormal, mean: 5m, sd: 3m}}]\n"
    "  patience: {dist: weibull, mean: 8m, shape: 1.2}\n"
    "  redial: {probability: 0.7, delay: {dist: exponential, mean: 5m}}\n"
    "centre:\n"
    "  announcement: 30s\n"
    "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n";

/* Runs s with a trace of replication 0 and returns the trace as CSV text (malloc'd). */
static char *traced_run(const struct lv_scenario *s, int replications, int jobs, struct lv_results *res,
                        size_t *length)
{
    struct lv_trace trace;
    lv_trace_init(&trace);
    struct lv_run_options o = {.replications = replications, .seed = s->seed, .jobs = jobs, .trace = &trace};
    ck_assert_int_eq(lv_run(s, &o, res), LV_OK);
    ck_assert(!trace.full && !trace.no_memory);
    char *text = NULL;
    FILE *f = open_memstream(&text, length);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(lv_trace_write_csv(&trace, s, f), 0);
    fclose(f);
    lv_trace_fini(&trace);
    return text;
}

START_TEST(fit_recovers_the_scenario)
{
    struct lv_scenario *s = test_scenario(known_yaml);
    struct lv_results res;
    size_t length;
    char *csv = traced_run(s, 1, 1, &res, &length);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_calllog log;
    int rc = lv_calllog_parse(&log, csv, length, "trace.csv", &d);
    if (rc != 0)
        lv_diags_write(&d, stderr);
    ck_assert_int_eq(rc, 0);
    ck_assert(log.has_caller && log.has_type);
    ck_assert_uint_eq(log.count, res.attempts[0]); /* every attempt ended well inside the drain */
    struct lv_fit fit;
    struct lv_fit_options o = {LEVEL, 3600, 1};
    rc = lv_fit_estimate(&fit, &log, s, &o, "trace.csv", &d);
    if (rc != 0)
        lv_diags_write(&d, stderr);
    ck_assert_int_eq(rc, 0);
    const struct lv_fit_demand *dm = &fit.demand;
    ck_assert_int_eq(dm->days, 56);
    fit_check_in("calls_per_year", dm->calls_per_year, 75000, __LINE__);
    ck_assert(dm->weekend_factor_fitted);
    fit_check_in("weekend_factor", dm->weekend_factor, s->demand.weekend_factor, __LINE__);
    fit_check_in("day_variation", dm->day_variation, 0, __LINE__);
    fit_check_profile(dm, 0, s->demand.profile[0]);
    fit_check_profile(dm, 1, s->demand.profile[1]);
    ck_assert(fit.talk_ok);
    ck_assert_int_eq(fit.talk.best, LV_FIT_LOGNORMAL);
    fit_check_in("talk mean", fit.talk.fam[LV_FIT_LOGNORMAL].mean, 300, __LINE__);
    fit_check_in("talk sd", fit.talk.fam[LV_FIT_LOGNORMAL].sd, 180, __LINE__);
    ck_assert(fit.patience_ok);
    ck_assert(fit.abandoned > 500);
    fit_check_in("patience mean (weibull)", fit.patience.fam[LV_FIT_WEIBULL].mean, 480, __LINE__);
    fit_check_in("patience shape (weibull)", fit.patience.fam[LV_FIT_WEIBULL].shape, 1.2, __LINE__);
    ck_assert(fit.redial.available);
    fit_check_in("redial probability", fit.redial.probability, 0.7, __LINE__);
    fit_check_in("redial delay mean", fit.redial.delay.fam[LV_FIT_EXPONENTIAL].mean, 300, __LINE__);
    lv_fit_fini(&fit);
    lv_calllog_fini(&log);
    lv_diags_fini(&d);
    free(csv);
    lv_results_fini(&res);
    lv_scenario_free(s);
}
END_TEST

/* Tracing changes no figure of any replication, and replication 0's trace does not depend on
 * the number of threads. */
START_TEST(tracing_changes_nothing)
{
    struct lv_scenario *s = test_scenario(known_yaml);
    struct lv_results plain, traced, traced2;
    struct lv_run_options o = {.replications = 3, .seed = s->seed, .jobs = 2};
    ck_assert_int_eq(lv_run(s, &o, &plain), LV_OK);
    size_t n1, n2;
    char *one = traced_run(s, 3, 2, &traced, &n1);
    char *two = traced_run(s, 3, 1, &traced2, &n2);
    size_t cells = (size_t)plain.replications * (size_t)plain.value_count;
    ck_assert_int_eq(memcmp(plain.values, traced.values, cells * sizeof *plain.values), 0);
    ck_assert_int_eq(memcmp(plain.weights, traced.weights, cells * sizeof *plain.weights), 0);
    ck_assert_int_eq(memcmp(plain.events, traced.events, 3 * sizeof *plain.events), 0);
    ck_assert_int_eq(memcmp(plain.values, traced2.values, cells * sizeof *plain.values), 0);
    ck_assert_uint_eq(n1, n2);
    ck_assert_int_eq(memcmp(one, two, n1), 0);
    free(one);
    free(two);
    lv_results_fini(&plain);
    lv_results_fini(&traced);
    lv_results_fini(&traced2);
    lv_scenario_free(s);
}
END_TEST

/* Two centres, one with a queue of at most one caller: busy signals are written as 'busy'
 * with a wait of 0, each row names its centre, and fit reads the file (ignoring 'centre').
 * Attempts reconcile with the ledger. */
START_TEST(busy_signals_and_centres)
{
    struct lv_scenario *s = test_scenario(
        "horizon: 7d\nwarmup: 0d\nstart: 2026-01-05\n"
        "demand: {calls_per_hour: 12}\n"
        "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"
        "  patience: {dist: exponential, mean: 5m}\n"
        "  redial: {probability: 0.5, delay: {dist: exponential, mean: 2m}}\n"
        "centres:\n"
        "  - {name: north, queue_capacity: 1, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n"
        "  - {name: \"south, coast\", operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n"
        "areas:\n  - {name: a, population: 1000, centre: north}\n  - {name: b, population: 1000, centre: \"south, coast\"}\n");
    struct lv_trace trace;
    lv_trace_init(&trace);
    struct lv_run_options o = {.replications = 1, .seed = 5, .jobs = 1, .keep_reps = true, .trace = &trace};
    struct lv_results res;
    ck_assert_int_eq(lv_run(s, &o, &res), LV_OK);
    const struct lv_ledger *l = &res.reps[0].ledger;
    size_t busy = 0, answered = 0, abandoned = 0;
    for (size_t i = 0; i < trace.count; i++) {
        const struct lv_trace_record *r = &trace.records[i];
        ck_assert(r->arrival_s < s->horizon_s);
        ck_assert(i == 0 || trace.records[i - 1].arrival_s <= r->arrival_s);
        busy += r->outcome == LV_TRACE_BUSY;
        answered += r->outcome == LV_TRACE_ANSWERED;
        abandoned += r->outcome == LV_TRACE_ABANDONED;
        if (r->outcome == LV_TRACE_BUSY) {
            ck_assert_int_eq(r->centre, 0);
            ck_assert_double_eq(r->wait_s, 0);
        }
    }
    ck_assert(busy > 10);
    /* Left out: only attempts that came in after the horizon (redials in the drain). */
    ck_assert_uint_le(busy, l->busy_signals[0]);
    ck_assert_uint_le(answered, l->answered[0]);
    ck_assert_uint_le(abandoned, l->abandoned[0]);
    ck_assert_uint_le(trace.count, l->attempts[0]);
    char *text = NULL;
    size_t length;
    FILE *f = open_memstream(&text, &length);
    ck_assert_int_eq(lv_trace_write_csv(&trace, s, f), 0);
    fclose(f);
    ck_assert(strncmp(text, "arrival,wait_s,talk_s,outcome,caller,type,centre\n", 49) == 0);
    ck_assert_ptr_nonnull(strstr(text, ",all,\"south, coast\"\n"));
    ck_assert_ptr_nonnull(strstr(text, ",all,north\n"));
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_calllog log;
    ck_assert_int_eq(lv_calllog_parse(&log, text, length, "trace.csv", &d), 0);
    ck_assert_uint_eq(log.count, trace.count);
    size_t read_abandoned = 0, read_busy = 0;
    for (size_t i = 0; i < log.count; i++) {
        read_abandoned += !log.rows[i].answered && !log.rows[i].busy;
        read_busy += log.rows[i].busy;
    }
    ck_assert_uint_eq(read_abandoned, abandoned);
    ck_assert_uint_eq(read_busy, busy);
    lv_calllog_fini(&log);
    lv_diags_fini(&d);
    free(text);
    lv_trace_fini(&trace);
    lv_results_fini(&res);
    lv_scenario_free(s);
}
END_TEST

/* A queue of one caller (queue_capacity: 1) and two operators: many attempts (about 15 %) get a
 * busy signal. Fitted back, the busy attempts are no patience observations (the patience and the
 * redials are recovered within their 99 % intervals) and the busy share is the run's figure. */
START_TEST(fit_with_busy_signals)
{
    struct lv_scenario *s = test_scenario(
        "horizon: 42d\nwarmup: 0d\nstart: 2026-02-02\nseed: 20261123\n"
        "demand: {calls_per_year: 90000, day_variation: 0}\n"
        "calls:\n"
        "  types: [{name: all, talk: {dist: lognormal, mean: 5m, sd: 3m}}]\n"
        "  patience: {dist: weibull, mean: 3m, shape: 1.2}\n"
        "  redial: {probability: 0.6, delay: {dist: exponential, mean: 4m}}\n"
        "centre:\n"
        "  queue_capacity: 1\n"
        "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n");
    struct lv_trace trace;
    lv_trace_init(&trace);
    struct lv_run_options o = {.replications = 1, .seed = s->seed, .jobs = 1, .keep_reps = true, .trace = &trace};
    struct lv_results res;
    ck_assert_int_eq(lv_run(s, &o, &res), LV_OK);
    ck_assert(!trace.full && !trace.no_memory);
    const struct lv_rep_result *rep = &res.reps[0];
    double offered = 0, busy = 0;
    for (int i = 0; i < rep->interval_count; i++) {
        offered += (double)rep->intervals[i].offered;
        busy += (double)rep->intervals[i].busy_signals;
    }
    char *text = NULL;
    size_t length;
    FILE *f = open_memstream(&text, &length);
    ck_assert_int_eq(lv_trace_write_csv(&trace, s, f), 0);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(text, ",0.000,,busy,"));
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_calllog log;
    ck_assert_int_eq(lv_calllog_parse(&log, text, length, "trace.csv", &d), 0);
    struct lv_fit fit;
    struct lv_fit_options fo = {LEVEL, 3600, 1};
    ck_assert_int_eq(lv_fit_estimate(&fit, &log, s, &fo, "trace.csv", &d), 0);
    ck_assert(fit.busy > 200);
    ck_assert_int_eq(fit.attempts, fit.answered + fit.abandoned + fit.busy);
    ck_assert_int_eq(fit.patience.n, fit.answered + fit.abandoned); /* busy attempts left out */
    ck_assert_int_eq(fit.patience.events, fit.abandoned);
    ck_assert_int_eq(fit.base_capacity_centres, 1);
    ck_assert_int_eq(fit.base_capacity, 1);
    /* The run's figure (busy signals / attempts offered) and the fit's share of the same attempts:
     * they differ only by the redials after the horizon, which the trace leaves out. */
    fit_check_in("busy share", fit.busy_share, busy / offered, __LINE__);
    ck_assert_double_eq_tol(fit.busy_share.value, busy / offered, 1e-3);
    ck_assert(fit.patience_ok);
    fit_check_in("patience mean (weibull)", fit.patience.fam[LV_FIT_WEIBULL].mean, 180, __LINE__);
    fit_check_in("patience shape (weibull)", fit.patience.fam[LV_FIT_WEIBULL].shape, 1.2, __LINE__);
    fit_check_in("redial probability", fit.redial.probability, 0.6, __LINE__);
    fit_check_in("redial delay mean", fit.redial.delay.fam[LV_FIT_EXPONENTIAL].mean, 240, __LINE__);
    lv_fit_fini(&fit);
    lv_calllog_fini(&log);
    lv_diags_fini(&d);
    free(text);
    lv_trace_fini(&trace);
    lv_results_fini(&res);
    lv_scenario_free(s);
}
END_TEST

/* A trace that reaches its limit stops and says so; the run is unaffected. */
START_TEST(full_trace_is_marked)
{
    struct lv_scenario *s = test_scenario(TEST_ONE_CENTRE);
    struct lv_trace trace;
    lv_trace_init(&trace);
    trace.limit = 100;
    struct lv_run_options o = {.replications = 1, .seed = 1, .jobs = 1, .trace = &trace};
    struct lv_results res;
    ck_assert_int_eq(lv_run(s, &o, &res), LV_OK);
    ck_assert(trace.full);
    ck_assert_uint_eq(trace.count, 100);
    lv_trace_fini(&trace);
    lv_results_fini(&res);
    lv_scenario_free(s);
}
END_TEST

/* A streamed trace (lv_trace_stream: at most `chunk` records in memory, the rest in sorted runs
 * on disk) writes the same log byte for byte as one kept whole: here 1 000 records a chunk, so
 * eight weeks (some 13 000 attempts) spill a dozen runs, callers numbered across them; at its limit it
 * is full exactly as the whole one is (the limit counts the spilled records). */
static char *trace_text(const struct lv_scenario *s, size_t chunk, size_t limit, bool *full, size_t *records)
{
    struct lv_trace trace;
    lv_trace_init(&trace);
    lv_trace_stream(&trace, chunk);
    if (limit)
        trace.limit = limit;
    struct lv_run_options o = {.replications = 1, .seed = s->seed, .jobs = 1, .trace = &trace};
    struct lv_results res;
    ck_assert_int_eq(lv_run(s, &o, &res), LV_OK);
    ck_assert(!trace.no_memory);
    *full = trace.full;
    *records = trace.count + trace.spilled;
    ck_assert(trace.count <= (chunk ? chunk : trace.count));
    char *text = NULL;
    size_t length;
    FILE *f = open_memstream(&text, &length);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(lv_trace_write_csv(&trace, s, f), 0);
    fclose(f);
    lv_trace_fini(&trace);
    lv_results_fini(&res);
    return text;
}

START_TEST(streamed_trace_is_the_same_log)
{
    struct lv_scenario *s = test_scenario(known_yaml);
    bool full_whole, full_streamed;
    size_t n_whole, n_streamed;
    char *whole = trace_text(s, 0, 0, &full_whole, &n_whole);
    char *streamed = trace_text(s, 1000, 0, &full_streamed, &n_streamed);
    ck_assert(!full_whole && !full_streamed);
    ck_assert_uint_gt(n_whole, 10000);
    ck_assert_uint_eq(n_streamed, n_whole);
    ck_assert(strcmp(whole, streamed) == 0);
    free(streamed);
    free(whole);
    /* at the limit: 2 500 records kept by both, then full */
    whole = trace_text(s, 0, 2500, &full_whole, &n_whole);
    streamed = trace_text(s, 1000, 2500, &full_streamed, &n_streamed);
    ck_assert(full_whole && full_streamed);
    ck_assert_uint_eq(n_whole, 2500);
    ck_assert_uint_eq(n_streamed, 2500);
    free(streamed);
    free(whole);
    lv_scenario_free(s);
}
END_TEST

Suite *trace_suite(void)
{
    Suite *s = suite_create("trace");
    TCase *tc = tcase_create("trace");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, fit_recovers_the_scenario);
    tcase_add_test(tc, tracing_changes_nothing);
    tcase_add_test(tc, busy_signals_and_centres);
    tcase_add_test(tc, fit_with_busy_signals);
    tcase_add_test(tc, full_trace_is_marked);
    tcase_add_test(tc, streamed_trace_is_the_same_log);
    suite_add_tcase(s, tc);
    return s;
}
