/* bench.c — lvsim-bench: engine throughput on one thread. Runs the Erlang-A case E5 of the
 * validation table (100 calls/h, 6 min service, 12 operators, exponential patience 5 min) for
 * about ten million calls, then the default scenario for a simulated year, and reports calls/s,
 * events/s and peak memory. Usage: lvsim-bench [--calls N] [--quick] */
#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"
#include "lvsim/scenario.h"
#include "lvsim/stats.h"

#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* horizon_s > 0 replaces the scenario's horizon. */
static int bench(const char *label, const char *yaml, double horizon_s)
{
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_scenario *s = lv_scenario_load_string(yaml, strlen(yaml), label, &diags);
    if (!s) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        return 1;
    }
    lv_diags_fini(&diags);
    if (horizon_s > 0)
        s->horizon_s = horizon_s;
    struct lv_model *m = lv_model_alloc(s);
    struct lv_replication *rep = m ? lv_replication_alloc(m) : NULL;
    struct lv_rep_result out;
    if (!rep || lv_rep_result_init(&out, lv_model_interval_count(m), lv_model_day_count(m), s->site_count, s->area_count) != 0) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    double t0 = now_s();
    int rc = lv_replication_run(rep, s->seed, 0, &out);
    double dt = now_s() - t0;
    if (rc != 0) {
        fprintf(stderr, "simulation failed: %s\n", lv_replication_error(rep));
        return 1;
    }
    printf("%-28s %10.3g calls %10.3g events %7.2f s %8.2f M calls/s %8.2f M events/s  peak RSS %ld KiB\n",
           label, (double)out.attempts, (double)out.events, dt, out.attempts / dt / 1e6, out.events / dt / 1e6,
           peak_rss_kib());
    lv_rep_result_fini(&out);
    lv_replication_free(rep);
    lv_model_free(m);
    lv_scenario_free(s);
    return 0;
}

/* What a sweep pays per point besides simulating: building the scenario (with an override) and
 * summarising it, against the run itself (the default scenario, 10 replications, one thread). */
static int sweep_overhead(void)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_override ov;
    char buf[128];
    lv_override_parse("centre.operators[2].count=3", buf, sizeof buf, &ov);
    const int builds = 100;
    double t0 = now_s();
    struct lv_scenario *s = NULL;
    for (int i = 0; i < builds; i++) {
        lv_scenario_free(s);
        s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", &ov, 1, &d);
    }
    double build = (now_s() - t0) / builds;
    lv_diags_fini(&d);
    if (!s)
        return 1;
    struct lv_run_options o = {.replications = 10, .seed = 1, .jobs = 1};
    struct lv_results r;
    t0 = now_s();
    if (lv_run(s, &o, &r) != 0)
        return 1;
    double run = now_s() - t0;
    struct lv_summary sum;
    t0 = now_s();
    if (lv_summary_compute(&r, &sum) != 0)
        return 1;
    double summary = now_s() - t0;
    printf("%-28s build %.2f ms + summary %.2f ms per point, run %.1f ms: overhead %.1f %%\n",
           "sweep point (default, 10 reps)", build * 1e3, summary * 1e3, run * 1e3, 100 * (build + summary) / run);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
    return 0;
}

int main(int argc, char **argv)
{
    gsl_set_error_handler_off();
    double calls = 1e7;
    int quick = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--calls") == 0 && i + 1 < argc)
            calls = atof(argv[++i]);
        else if (strcmp(argv[i], "--quick") == 0)
            quick = 1;
        else {
            fprintf(stderr, "usage: lvsim-bench [--calls N] [--quick]\n");
            return 2;
        }
    }
    if (quick)
        calls = 1e6;
    char yaml[2048];
    /* E5 at 100 calls per hour: the horizon that yields `calls` calls. */
    snprintf(yaml, sizeof yaml,
             "name: E5\nstart: 2025-01-06\nhorizon: %.0fh\nwarmup: 0\nseed: 1\n"
             "demand: {calls_per_hour: 100}\n"
             "calls:\n  types: [{name: all, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
             "  patience: {dist: exponential, mean: 5m}\n"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 12}]\n",
             calls / 100);
    int rc = bench("E5 (Erlang A)", yaml, 0);
    if (rc == 0)
        rc = bench("default scenario, 1 year", lv_default_scenario_text(), 365 * 86400.0);
    if (rc == 0)
        rc = sweep_overhead();
    return rc;
}
