/* suites.h — one Check suite per module; tests/unit/main.c runs them all. */
#ifndef LVSIM_TEST_SUITES_H
#define LVSIM_TEST_SUITES_H

#include <check.h>

Suite *calendar_suite(void);
Suite *dist_suite(void);
Suite *date_suite(void);
Suite *units_suite(void);
Suite *scenario_suite(void);
Suite *model_suite(void);
Suite *validation_suite(void);
Suite *stats_suite(void);
Suite *clinical_suite(void);
Suite *centres_suite(void);
Suite *markov_suite(void);
Suite *queue_suite(void);
Suite *rng_suite(void);
Suite *yamldoc_suite(void);
Suite *sweep_suite(void);
Suite *report_suite(void);
Suite *evaluate_suite(void);
Suite *messages_suite(void);
Suite *output_suite(void);
Suite *summary_suite(void);
Suite *compare_suite(void);
Suite *diag_suite(void);
Suite *compose_suite(void);
Suite *fit_suite(void);
Suite *calibrate_suite(void);
Suite *dispatch_suite(void);
Suite *trace_suite(void);
Suite *shrinkage_suite(void);
Suite *call_handling_suite(void);
Suite *erlang_suite(void);
Suite *explain_suite(void);
Suite *shifts_suite(void);
Suite *staff_suite(void);
Suite *html_suite(void);
Suite *serve_suite(void);

/* The rows of tests/data/erlang_reference.csv (test_validation.c); patience_s is INFINITY where
 * callers never abandon. Returns how many were read (at most max). */
struct erlang_reference_row {
    char name[16];
    double per_hour, service_s, patience_s, within_s, sl, p_wait, p_abandon, asa_s;
    int operators;
};
int erlang_reference_read(struct erlang_reference_row *rows, int max);

/* test_fit.c's checks, shared with the trace suite: the truth inside a fitted interval (line: the
 * caller's, for the message), and a day class's fitted hour profile against the true one. */
struct lv_fit_interval;
struct lv_fit_demand;
void fit_check_in(const char *what, struct lv_fit_interval e, double truth, int line);
void fit_check_profile(const struct lv_fit_demand *dm, int cls, const double *profile);

/* Loads a scenario from text, failing the test with the diagnostics if it does not load. */
struct lv_scenario *test_scenario(const char *yaml);

struct lv_results;
struct lv_summary;
/* A run's text summary, and its CSV table `kind`, as malloc'd strings (the test fails if writing does). */
char *test_text_of(const struct lv_results *r, const struct lv_summary *s);
char *test_csv_of(const struct lv_results *r, const struct lv_summary *s, const char *kind);

/* One centre with one area, 8 days with a day of warm-up, hourly intervals, target 80 % in 2 min. */
#define TEST_ONE_CENTRE                                                                     \
    "horizon: 8d\nwarmup: 1d\nstart: 2026-01-05\n"                                         \
    "target: {within: 2m, share: 80%}\n"                                                     \
    "demand: {calls_per_hour: 6}\n"                                                          \
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"    \
    "centres:\n"                                                                             \
    "  - {name: only, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n" \
    "areas:\n  - {name: a, population: 1000, centre: only}\n"

struct lv_results;
/* Results built by hand for scenario sc (borrowed): n replications laid out as lv_run lays them
 * (a week of intervals, the horizon's days), every figure 0 of weight 1, seed 42, replication i
 * with 1000 + i events and 100 + i call attempts. Free with lv_results_fini. */
void test_results(struct lv_results *r, const struct lv_scenario *sc, int n);
/* Sets figure `index` of every replication i to the ratio y[i] / x[i]. */
void test_figure(struct lv_results *r, int index, const double *y, const double *x);

#endif
