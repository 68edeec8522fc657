/* test_validation.c — every row of the Erlang C / Erlang A reference table (exact stationary
 * values computed independently of lvsim; tests/data/erlang_reference.csv, copied from
 * shared/validation) simulated with constant arrivals, exponential times, no announcement and
 * no redials. The exact sl, p_abandon and asa_s must lie within the run's own 99 % interval. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/run.h"
#include "lvsim/summary.h"

enum { REPLICATIONS = 10 };
#define CALLS_PER_REPLICATION 100000.0

int erlang_reference_read(struct erlang_reference_row *rows, int max)
{
    FILE *f = fopen(LVSIM_SOURCE_DIR "/tests/data/erlang_reference.csv", "r");
    ck_assert_msg(f != NULL, "cannot open the Erlang reference table");
    char line[512];
    int n = 0;
    ck_assert_ptr_nonnull(fgets(line, sizeof line, f)); /* header */
    while (n < max && fgets(line, sizeof line, f)) {
        struct erlang_reference_row *r = &rows[n];
        char *fields[10];
        int k = 0;
        for (char *p = line; k < 10; k++) {
            fields[k] = p;
            p = strchr(p, ',');
            if (!p)
                break;
            *p++ = '\0';
        }
        ck_assert_int_eq(k, 9);
        snprintf(r->name, sizeof r->name, "%.15s", fields[0]);
        r->per_hour = atof(fields[1]);
        r->service_s = atof(fields[2]);
        r->operators = atoi(fields[3]);
        r->patience_s = *fields[4] ? atof(fields[4]) : INFINITY;
        r->within_s = atof(fields[5]);
        r->sl = atof(fields[6]);
        r->p_wait = atof(fields[7]);
        r->p_abandon = atof(fields[8]);
        r->asa_s = atof(fields[9]);
        n++;
    }
    fclose(f);
    return n;
}

static void check_within(const char *row, const char *what, const double *values, double exact)
{
    struct lv_estimate e = lv_estimate_of(values, REPLICATIONS, 0.99);
    fprintf(stderr, "%-4s %-10s exact %-12.6g simulated %.6g ± %.3g\n", row, what, exact, e.mean, e.half_width);
    ck_assert_msg(fabs(e.mean - exact) <= e.half_width || (e.half_width == 0 && e.mean == exact),
                  "%s %s: exact %g outside %g ± %g", row, what, exact, e.mean, e.half_width);
}

START_TEST(erlang_reference_table)
{
    struct erlang_reference_row rows[32];
    int n = erlang_reference_read(rows, 32);
    ck_assert_int_ge(n, 15);
    for (int i = 0; i < n; i++) {
        const struct erlang_reference_row *r = &rows[i];
        double hours = CALLS_PER_REPLICATION / r->per_hour;
        if (hours < 30 * 24)
            hours = 30 * 24;
        char patience[64], yaml[4096];
        if (isinf(r->patience_s))
            snprintf(patience, sizeof patience, "none");
        else
            snprintf(patience, sizeof patience, "{dist: exponential, mean: %.0fs}", r->patience_s);
        snprintf(yaml, sizeof yaml,
                 "name: %s\nstart: 2025-01-06\nhorizon: %.0fh\nwarmup: 2d\nseed: 2024\n"
                 "target: {within: %.0fs, share: 80%%}\n"
                 "demand: {calls_per_hour: %g}\n"
                 "calls:\n  types: [{name: all, share: 100%%, talk: {dist: exponential, mean: %.0fs}}]\n"
                 "  patience: %s\n  redial: {probability: 0}\n"
                 "centre:\n  announcement: 0s\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n",
                 r->name, hours, r->within_s, r->per_hour, r->service_s, patience, r->operators);
        struct lv_scenario *s = test_scenario(yaml);
        struct lv_run_options o = {.replications = REPLICATIONS, .seed = s->seed, .jobs = 2, .keep_reps = true};
        struct lv_results res;
        ck_assert_int_eq(lv_run(s, &o, &res), 0);
        double sl[REPLICATIONS], ab[REPLICATIONS], asa[REPLICATIONS];
        for (int k = 0; k < REPLICATIONS; k++) {
            struct lv_interval_stats t;
            lv_rep_result_total(&res.reps[k], &t);
            sl[k] = (double)t.within_target / (double)t.offered;
            ab[k] = (double)t.abandoned / (double)t.offered;
            asa[k] = t.answer_time_sum / (double)t.answered;
        }
        check_within(r->name, "sl", sl, r->sl);
        check_within(r->name, "p_abandon", ab, r->p_abandon);
        check_within(r->name, "asa_s", asa, r->asa_s);
        lv_results_fini(&res);
        lv_scenario_free(s);
    }
}
END_TEST

Suite *validation_suite(void)
{
    Suite *s = suite_create("validation");
    TCase *t = tcase_create("erlang");
    tcase_set_timeout(t, 1200);
    tcase_add_test(t, erlang_reference_table);
    suite_add_tcase(s, t);
    return s;
}
