/* bench.c — lvsim-bench: engine throughput on one thread. Runs the Erlang-A case E5 of the
 * validation table (100 calls/h, 6 min service, 12 operators, exponential patience 5 min) for
 * about ten million calls, then the default scenario for a simulated year, and reports calls/s,
 * events/s and peak memory; then what a sweep point costs besides simulating, and the staffing
 * optimiser's plan of the default centre (wall and CPU time). Usage: lvsim-bench [--calls N] [--quick] */
#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"
#include "lvsim/scenario.h"
#include "lvsim/staff.h"
#include "lvsim/stats.h"

#include <gsl/gsl_errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* The language of what lvsim-bench prints. */
static enum lv_language lang = LV_LANG_EN;

/* Catalogue message id in lang, its {1}..{9} filled by the strings that follow (NULL-terminated),
 * and a newline, on out. */
static void say(FILE *out, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static void say(FILE *out, enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    char line[512];
    lv_msg_expand(line, sizeof line, lv_msg(id, lang), argc, args);
    fprintf(out, "%s\n", line);
}

/* A number as one argument of a message: %WIDTH.PRECISIONg, or f with fixed (widths keep the
 * columns). */
static struct lv_msg_arg number(int width, int precision, bool fixed, double v)
{
    struct lv_msg_arg a;
    snprintf(a.s, sizeof a.s, fixed ? "%*.*f" : "%*.*g", width, precision, v);
    return a;
}

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
    diags.lang = lang;
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
    if (rep)
        lv_replication_set_language(rep, lang);
    if (!rep || lv_rep_result_init(&out, lv_model_interval_count(m), lv_model_day_count(m), s->site_count, s->area_count) != 0) {
        say(stderr, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return 1;
    }
    double t0 = now_s();
    int rc = lv_replication_run(rep, s->seed, 0, &out);
    double dt = now_s() - t0;
    if (rc != 0) {
        say(stderr, LV_MSG_CLI_BENCH_FAILED, lv_replication_error(rep), NULL);
        return 1;
    }
    char name[128];
    snprintf(name, sizeof name, "%-28s", label);
    say(stdout, LV_MSG_CLI_BENCH_RESULT, name, number(10, 0, true, (double)out.attempts).s,
        number(10, 0, true, (double)out.events).s, number(7, 2, true, dt).s, number(8, 2, true, out.attempts / dt / 1e6).s,
        number(8, 2, true, out.events / dt / 1e6).s, lv_msg_int(peak_rss_kib()).s, NULL);
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
    d.lang = lang;
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
    struct lv_run_options o = {.replications = 10, .seed = 1, .jobs = 1, .lang = lang};
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
    char name[128];
    snprintf(name, sizeof name, "%-28s", lv_msg(LV_MSG_CLI_BENCH_SWEEP_POINT, lang));
    say(stdout, LV_MSG_CLI_BENCH_SWEEP_RESULT, name, number(0, 2, true, build * 1e3).s, number(0, 2, true, summary * 1e3).s,
        number(0, 1, true, run * 1e3).s, number(0, 1, true, 100 * (build + summary) / run).s, NULL);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
    return 0;
}

static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec * 1e-6;
}

/* lvsim staff on the default centre as the command runs it (its default replications, the
 * interval form, 2 threads: the machines lvsim is measured on have 2 cores). */
static int staff_plan(void)
{
    struct lv_diags d;
    lv_diags_init(&d);
    d.lang = lang;
    struct lv_scenario *s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", NULL, 0, &d);
    lv_diags_fini(&d);
    if (!s)
        return 1;
    struct lv_staff_options o = {.replications = lv_staff_default_replications(s), .seed = s->seed, .jobs = 2,
                                 .form = LV_STAFF_FORM_INTERVAL, .max_abandon = 1, .probability = 0.9, .lang = lang};
    struct lv_staff_plan p;
    char why[1024];
    double t0 = now_s(), c0 = cpu_s();
    int rc = lv_staff_plan(s, &o, &p, why, sizeof why);
    double wall = now_s() - t0, cpu = cpu_s() - c0;
    if (rc != 0) {
        say(stderr, LV_MSG_CLI_BENCH_FAILED, why, NULL);
        lv_scenario_free(s);
        return 1;
    }
    char name[128];
    snprintf(name, sizeof name, "%-28s", lv_msg(LV_MSG_CLI_BENCH_STAFF, lang));
    say(stdout, LV_MSG_CLI_BENCH_STAFF_RESULT, name, lv_msg_int(p.iterations).s, lv_msg_int(o.replications).s,
        lv_msg_int(o.jobs).s, number(0, 2, true, wall).s, number(0, 2, true, cpu).s, number(0, 0, true, p.plan_hours).s,
        lv_msg_int(peak_rss_kib()).s, NULL);
    lv_staff_plan_fini(&p);
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
            say(stderr, LV_MSG_CLI_BENCH_USAGE, NULL);
            return 2;
        }
    }
    if (quick)
        calls = 1e6;
    char yaml[2048];
    /* E5 at 100 calls per hour: the horizon that yields `calls` calls (syntax, not a message). */
    snprintf(yaml, sizeof yaml,
             "name: E5\nstart: 2025-01-06\nhorizon: %.0fh\nwarmup: 0\nseed: 1\n"
             "demand: {calls_per_hour: 100}\n"
             "calls:\n  types: [{name: all, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
             "  patience: {dist: exponential, mean: 5m}\n"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 12}]\n",
             calls / 100);
    int rc = bench(lv_msg(LV_MSG_CLI_BENCH_E5, lang), yaml, 0);
    if (rc == 0)
        rc = bench(lv_msg(LV_MSG_CLI_BENCH_DEFAULT_YEAR, lang), lv_default_scenario_text(), 365 * 86400.0);
    if (rc == 0)
        rc = sweep_overhead();
    if (rc == 0)
        rc = staff_plan();
    return rc;
}
