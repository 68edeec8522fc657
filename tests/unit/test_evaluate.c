/* test_evaluate.c — the evaluator: staffing variants set from C on one evaluator give, bit for
 * bit, what lv_run gives for the scenario loaded with the equivalent --set override; any number
 * of jobs gives the same; schedules the loader would refuse are refused with a message. */
#include "suites.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>
#include <string.h>

#include "lvsim/evaluate.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"

#define REPS 3

/* The default scenario, a week long (the same override on every side keeps the runs short). */
static struct lv_scenario *load(const char *set)
{
    struct lv_override ov[2];
    char buf[2][128];
    int n = 0;
    ck_assert_int_eq(lv_override_parse("horizon=7d", buf[n], sizeof buf[n], &ov[n]), 0);
    n++;
    if (set) {
        ck_assert_int_eq(lv_override_parse(set, buf[n], sizeof buf[n], &ov[n]), 0);
        n++;
    }
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", ov, n, &d);
    if (!s)
        lv_diags_write(&d, stderr);
    lv_diags_fini(&d);
    ck_assert_ptr_nonnull(s);
    return s;
}

static struct lv_run_options options(const struct lv_scenario *s, int jobs)
{
    return (struct lv_run_options){.replications = REPS, .seed = s->seed, .jobs = jobs};
}

/* Bit-identical results: every value and weight, the engine counters and the headline estimates. */
static void assert_same(const struct lv_results *a, const struct lv_results *b)
{
    ck_assert_int_eq(a->replications, b->replications);
    ck_assert_int_eq(a->value_count, b->value_count);
    size_t n = (size_t)a->replications * (size_t)a->value_count;
    ck_assert(memcmp(a->values, b->values, n * sizeof *a->values) == 0);
    ck_assert(memcmp(a->weights, b->weights, n * sizeof *a->weights) == 0);
    ck_assert(memcmp(a->events, b->events, (size_t)a->replications * sizeof *a->events) == 0);
    ck_assert(memcmp(a->attempts, b->attempts, (size_t)a->replications * sizeof *a->attempts) == 0);
    struct lv_summary sa, sb;
    ck_assert_int_eq(lv_summary_compute(a, &sa), 0);
    ck_assert_int_eq(lv_summary_compute(b, &sb), 0);
    ck_assert(memcmp(sa.headline, sb.headline, sizeof sa.headline) == 0);
    lv_summary_fini(&sa);
    lv_summary_fini(&sb);
}

/* lv_run on the scenario loaded with override `set`, against the evaluator's current run; and the
 * evaluator's schedules field for field equal to the loader's. */
static void assert_matches_yaml(struct lv_evaluator *e, const char *set)
{
    struct lv_scenario *s = load(set);
    struct lv_run_options o = options(s, 2);
    struct lv_results want, got;
    ck_assert_int_eq(lv_run(s, &o, &want), LV_OK);
    ck_assert_int_eq(lv_evaluator_run(e, &got), LV_OK);
    assert_same(&want, &got);
    ck_assert(memcmp(lv_evaluator_schedule(e, 0, LV_STAFF_OPERATORS), &s->sites[0].operators, sizeof(struct lv_schedule)) == 0);
    ck_assert(memcmp(lv_evaluator_schedule(e, 0, LV_STAFF_DOCTORS), &s->sites[0].doctors, sizeof(struct lv_schedule)) == 0);
    lv_results_fini(&want);
    lv_results_fini(&got);
    lv_scenario_free(s);
}

/* Adds `delta` to the count of every band on weekdays that lies within [from, to) (minutes). */
static struct lv_schedule weekdays_plus(const struct lv_schedule *base, int from, int to, int delta)
{
    struct lv_schedule v = *base;
    int changed = 0;
    for (int d = 0; d < 5; d++)
        for (int b = 0; b < v.band_count[d]; b++)
            if (v.bands[d][b].from_min >= from && v.bands[d][b].to_min <= to) {
                v.bands[d][b].count += delta;
                changed++;
            }
    ck_assert_int_eq(changed, 5); /* one band a weekday: the band edges line up */
    return v;
}

START_TEST(variants_match_yaml_overrides)
{
    struct lv_scenario *s = load(NULL);
    struct lv_run_options o = options(s, 2);
    struct lv_evaluator *e = lv_evaluator_alloc(s, &o);
    ck_assert_ptr_nonnull(e);
    struct lv_schedule ops = *lv_evaluator_schedule(e, 0, LV_STAFF_OPERATORS);
    struct lv_schedule docs = *lv_evaluator_schedule(e, 0, LV_STAFF_DOCTORS);
    struct lv_results first, again;
    ck_assert_int_eq(lv_evaluator_run(e, &first), LV_OK);
    assert_matches_yaml(e, NULL);

    /* operators[2]: weekdays 15:00-21:00, count 2 -> 3 */
    struct lv_schedule more = weekdays_plus(&ops, 15 * 60, 21 * 60, 1);
    ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_OPERATORS, &more), LV_OK);
    ck_assert_str_eq(lv_evaluator_error(e), "");
    assert_matches_yaml(e, "centre.operators[2].count=3");

    /* back to the baseline operators, and doctors[2]: weekdays 15:00-23:00, count 2 -> 3 */
    ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_OPERATORS, &ops), LV_OK);
    struct lv_schedule doctor = weekdays_plus(&docs, 15 * 60, 23 * 60, 1);
    ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_DOCTORS, &doctor), LV_OK);
    assert_matches_yaml(e, "centre.doctors[2].count=3");

    /* and back to the baseline: the first run again, bit for bit */
    ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_DOCTORS, &docs), LV_OK);
    ck_assert_int_eq(lv_evaluator_run(e, &again), LV_OK);
    assert_same(&first, &again);
    /* the caller's scenario was never touched */
    ck_assert(memcmp(&s->sites[0].operators, &ops, sizeof ops) == 0);
    lv_results_fini(&first);
    lv_results_fini(&again);
    lv_evaluator_free(e);
    lv_scenario_free(s);
}
END_TEST

START_TEST(jobs_do_not_matter)
{
    struct lv_scenario *s = load(NULL);
    struct lv_results r[3];
    for (int jobs = 1; jobs <= 3; jobs++) {
        struct lv_run_options o = options(s, jobs);
        o.keep_reps = jobs == 3; /* kept replications take the other branch of the workers */
        struct lv_evaluator *e = lv_evaluator_alloc(s, &o);
        ck_assert_ptr_nonnull(e);
        struct lv_schedule v = weekdays_plus(lv_evaluator_schedule(e, 0, LV_STAFF_OPERATORS), 15 * 60, 21 * 60, -1);
        ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_OPERATORS, &v), LV_OK);
        ck_assert_int_eq(lv_evaluator_run(e, &r[jobs - 1]), LV_OK);
        if (jobs > 1)
            assert_same(&r[0], &r[jobs - 1]);
        lv_evaluator_free(e);
        r[jobs - 1].scenario = s; /* the results borrowed the evaluator's scenario: the same, but gone */
    }
    for (int i = 0; i < 3; i++)
        lv_results_fini(&r[i]);
    lv_scenario_free(s);
}
END_TEST

/* The cancel flag: set before a run, the run starts no replication and fails with LV_CANCELLED and
 * the message "cancelled"; cleared, the same evaluator runs and gives what a fresh one gives; set
 * from another thread during a long run (2 000 replications, far more than 50 ms of work), the run
 * stops early with LV_CANCELLED. */
struct canceller {
    atomic_bool *flag;
};

static void *cancel_soon(void *arg)
{
    struct canceller *c = arg;
    nanosleep(&(struct timespec){0, 50000000}, NULL);
    atomic_store(c->flag, true);
    return NULL;
}

START_TEST(cancel_stops_a_run)
{
    struct lv_scenario *s = load(NULL);
    atomic_bool flag;
    atomic_init(&flag, true);
    char error[200] = "";
    struct lv_run_options o = options(s, 2);
    o.cancel = &flag;
    o.error = error;
    o.error_size = sizeof error;
    struct lv_evaluator *e = lv_evaluator_alloc(s, &o);
    ck_assert_ptr_nonnull(e);
    struct lv_results r, fresh;
    ck_assert_int_eq(lv_evaluator_run(e, &r), LV_CANCELLED);
    ck_assert_str_eq(error, "cancelled");
    atomic_store(&flag, false);
    ck_assert_int_eq(lv_evaluator_run(e, &r), LV_OK);
    struct lv_run_options plain = options(s, 1);
    ck_assert_int_eq(lv_run(s, &plain, &fresh), LV_OK);
    assert_same(&r, &fresh);
    lv_results_fini(&r);
    lv_results_fini(&fresh);
    lv_evaluator_free(e);

    o.replications = 2000;
    struct canceller c = {&flag};
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, cancel_soon, &c), 0);
    ck_assert_int_eq(lv_run(s, &o, &r), LV_CANCELLED);
    pthread_join(t, NULL);
    lv_scenario_free(s);
}
END_TEST

/* A band split in two equal halves is merged back: equal staffing, equal schedule. */
START_TEST(split_bands_are_merged)
{
    struct lv_scenario *s = load(NULL);
    struct lv_run_options o = options(s, 1);
    struct lv_evaluator *e = lv_evaluator_alloc(s, &o);
    ck_assert_ptr_nonnull(e);
    struct lv_schedule base = *lv_evaluator_schedule(e, 0, LV_STAFF_OPERATORS), split = base;
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        struct lv_band *b = split.bands[d];
        memmove(&b[1], &b[0], (size_t)split.band_count[d] * sizeof *b);
        b[0].to_min = b[1].from_min = (b[1].from_min + b[1].to_min) / 2;
        split.band_count[d]++;
    }
    ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_OPERATORS, &split), LV_OK);
    ck_assert(memcmp(lv_evaluator_schedule(e, 0, LV_STAFF_OPERATORS), &base, sizeof base) == 0);
    lv_evaluator_free(e);
    lv_scenario_free(s);
}
END_TEST

/* Refuses with LV_INVALID and a message containing `expect`, leaving the staffing as it was. */
static void refused(struct lv_evaluator *e, int site, enum lv_staff_kind kind, const struct lv_schedule *sch,
                    const char *expect, const char *buffer)
{
    const struct lv_schedule *now = lv_evaluator_schedule(e, 0, kind);
    struct lv_schedule before = *now;
    ck_assert_int_eq(lv_evaluator_set_schedule(e, site, kind, sch), LV_INVALID);
    if (!strstr(lv_evaluator_error(e), expect))
        ck_abort_msg("message '%s' lacks '%s'", lv_evaluator_error(e), expect);
    ck_assert_str_eq(buffer, lv_evaluator_error(e)); /* lv_run_options.error gets it too */
    ck_assert(memcmp(lv_evaluator_schedule(e, 0, kind), &before, sizeof before) == 0);
}

START_TEST(invalid_schedules_are_refused)
{
    struct lv_scenario *s = load(NULL);
    char error[256];
    struct lv_run_options o = options(s, 1);
    o.error = error;
    o.error_size = sizeof error;
    struct lv_evaluator *e = lv_evaluator_alloc(s, &o);
    ck_assert_ptr_nonnull(e);
    const struct lv_schedule ops = *lv_evaluator_schedule(e, 0, LV_STAFF_OPERATORS);
    const struct lv_schedule docs = *lv_evaluator_schedule(e, 0, LV_STAFF_DOCTORS);
    struct lv_schedule v = ops;
    v.bands[2][1].from_min += 30; /* Wednesday 08:00-08:30 */
    refused(e, 0, LV_STAFF_OPERATORS, &v, "leaves Wed 08:00-08:30 uncovered", error);
    v = ops;
    v.bands[LV_HOLIDAY_DAY_TYPE][v.band_count[LV_HOLIDAY_DAY_TYPE] - 1].to_min = 23 * 60;
    refused(e, 0, LV_STAFF_OPERATORS, &v, "leaves holidays 23:00-24:00 uncovered", error);
    v = ops;
    v.bands[0][0].count = -1;
    refused(e, 0, LV_STAFF_OPERATORS, &v, "'count' must be an integer from 0 to 10000, got -1", error);
    v = ops;
    v.bands[6][0].shared = LV_MAX_STAFF + 1;
    refused(e, 0, LV_STAFF_OPERATORS, &v, "'shared' must be an integer from 0 to 10000", error);
    v = ops;
    v.band_count[4] = 0;
    refused(e, 0, LV_STAFF_OPERATORS, &v, "has 0 bands on Fri", error);
    v = ops;
    v.bands[1][0].to_min = v.bands[1][0].from_min;
    refused(e, 0, LV_STAFF_OPERATORS, &v, "must end after it starts", error);
    /* walk-ins need someone on the floor */
    v = ops;
    for (int d = 0; d < LV_DAY_TYPES; d++)
        for (int b = 0; b < v.band_count[d]; b++)
            v.bands[d][b].floor = v.bands[d][b].shared = 0;
    refused(e, 0, LV_STAFF_OPERATORS, &v, "'walk_ins' needs nurses on the floor at centre", error);
    /* doctors have no floor or shared counts, and an empty schedule is refused */
    v = docs;
    v.bands[0][0].floor = 1;
    refused(e, 0, LV_STAFF_DOCTORS, &v, "'floor' must be 0", error);
    v = docs;
    for (int d = 0; d < LV_DAY_TYPES; d++)
        for (int b = 0; b < v.band_count[d]; b++)
            v.bands[d][b].count = 0;
    refused(e, 0, LV_STAFF_DOCTORS, &v, "is empty", error);
    refused(e, 1, LV_STAFF_DOCTORS, &docs, "no site 1", error);
    ck_assert_ptr_null(lv_evaluator_schedule(e, 1, LV_STAFF_OPERATORS));
    /* still runs, as the baseline */
    struct lv_results r;
    ck_assert_int_eq(lv_evaluator_run(e, &r), LV_OK);
    ck_assert_str_eq(error, "");
    lv_results_fini(&r);
    lv_evaluator_free(e);
    lv_scenario_free(s);
}
END_TEST

Suite *evaluate_suite(void)
{
    Suite *s = suite_create("evaluate");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, variants_match_yaml_overrides);
    tcase_add_test(tc, jobs_do_not_matter);
    tcase_add_test(tc, split_bands_are_merged);
    tcase_add_test(tc, invalid_schedules_are_refused);
    tcase_add_test(tc, cancel_stops_a_run);
    suite_add_tcase(s, tc);
    return s;
}
