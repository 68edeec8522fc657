/* test_model.c — properties of the simulated phone queue that hold whatever the parameters:
 * every call has one outcome, Little's law, shifts that end mid-call, common random numbers,
 * the arrival process against its profile, and identical results for any thread count. */
#include "suites.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lvsim/compare.h"
#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"

static void run(const struct lv_scenario *s, int reps, int jobs, struct lv_results *r)
{
    struct lv_run_options o = {.replications = reps, .seed = s->seed, .jobs = jobs, .keep_reps = true};
    ck_assert_int_eq(lv_run(s, &o, r), 0);
}

START_TEST(every_call_has_exactly_one_outcome)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    struct lv_results r;
    run(s, 4, 2, &r);
    for (int i = 0; i < r.replications; i++) {
        struct lv_interval_stats t;
        lv_rep_result_total(&r.reps[i], &t);
        ck_assert_uint_gt(t.offered, 1000);
        ck_assert_uint_eq(t.offered, t.answered + t.abandoned);
        uint64_t hist = 0;
        for (int b = 0; b < LV_HIST_BINS; b++)
            hist += t.answer_hist.n[b];
        ck_assert_uint_eq(hist, t.answered);
        uint64_t by_day = 0;
        for (int d = 0; d < r.reps[i].day_count; d++)
            by_day += r.reps[i].days[d].offered;
        ck_assert_uint_eq(by_day, t.offered);
        /* Every episode ends answered or given up; redials are the attempts beyond the first. */
        ck_assert_uint_le(r.reps[i].episodes_answered, r.reps[i].episodes);
        ck_assert_uint_gt(t.redials, 0);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* L = λW: the time-average queue length equals the arrival rate times the mean time in queue.
 * Edge effects at the window's ends make the two differ by a little in each replication; the
 * 99 % interval of the paired differences must contain zero. */
START_TEST(littles_law_holds)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    s->horizon_s = 90 * 86400.0;
    struct lv_results r;
    run(s, 10, 2, &r);
    double diff[10], mean = 0;
    for (int i = 0; i < 10; i++) {
        struct lv_interval_stats t;
        lv_rep_result_total(&r.reps[i], &t);
        double L = t.queue_area / t.time_s;
        double lambda_w = (double)t.offered / t.time_s * (t.queue_time_sum / (double)t.offered);
        diff[i] = L - lambda_w;
        mean += L / 10;
    }
    struct lv_estimate e = lv_estimate_of(diff, 10, 0.99);
    ck_assert_msg(fabs(e.mean) <= e.half_width, "L - λW = %g ± %g (L = %g)", e.mean, e.half_width, mean);
    ck_assert(mean > 0.001);
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* One operator 00:00-12:00 and none after. Talk takes 50 minutes, so calls answered shortly
 * before noon end after it: the operator must stay to finish them, then leave. */
START_TEST(operator_finishes_call_after_shift_then_leaves)
{
    struct lv_scenario *s = test_scenario("start: 2025-01-06\nhorizon: 60d\nwarmup: 0\n"
                                          "demand: {calls_per_hour: 1}\n"
                                          "calls:\n  types: [{name: a, share: 100%, talk: 50m}]\n"
                                          "centre:\n  operators:\n"
                                          "    - {days: all, from: \"00:00\", to: \"12:00\", count: 1}\n"
                                          "    - {days: all, from: \"12:00\", to: \"24:00\", count: 0}\n");
    struct lv_results r;
    run(s, 1, 1, &r);
    const struct lv_rep_result *rep = &r.reps[0];
    double overtime = 0;
    for (int k = 0; k < rep->interval_count; k++) {
        const struct lv_interval_stats *iv = &rep->intervals[k];
        int hour = k % 24;
        if (hour >= 12) {
            /* After the shift nobody is on duty unless finishing a call. */
            ck_assert_double_eq_tol(iv->busy_area, iv->present_area, 1e-6);
            /* Calls queued from 12:00 wait for the 00:00 shift: none before 23:00 is answered
             * within 2 minutes (one at 23:59 may be). */
            if (hour <= 22)
                ck_assert_uint_eq(iv->within_target, 0);
            if (hour <= 21 && iv->answered > 0)
                ck_assert_double_ge(iv->answer_time_sum / (double)iv->answered, 2 * 3600.0);
            if (hour == 12)
                overtime += iv->present_area;
            else
                ck_assert_double_eq_tol(iv->present_area, 0, 1e-9); /* a call ends by 12:50 */
        } else {
            ck_assert_double_eq_tol(iv->present_area, iv->time_s, 1e-6);
        }
    }
    ck_assert_msg(overtime > 0, "no call ran past the end of the shift");
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Adding an operator must not change the arrivals or the callers' patience and talk times. */
START_TEST(staffing_change_keeps_the_arrival_stream)
{
    const char *fmt = "horizon: 20d\nwarmup: 1d\nseed: 5\n"
                      "demand: {calls_per_hour: 100}\n"
                      "calls:\n  types: [{name: a, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
                      "  patience: {dist: exponential, mean: 5m}\n"
                      "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n";
    char yaml[1024];
    snprintf(yaml, sizeof yaml, fmt, 11);
    struct lv_scenario *a = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, fmt, 13);
    struct lv_scenario *b = test_scenario(yaml);
    struct lv_results ra, rb;
    run(a, 5, 2, &ra);
    run(b, 5, 2, &rb);
    for (int i = 0; i < 5; i++) {
        struct lv_interval_stats ta, tb;
        lv_rep_result_total(&ra.reps[i], &ta);
        lv_rep_result_total(&rb.reps[i], &tb);
        ck_assert_uint_eq(ta.offered, tb.offered); /* no redials: offered = arrivals */
        for (int k = 0; k < ra.interval_count; k++)
            ck_assert_uint_eq(ra.reps[i].intervals[k].offered, rb.reps[i].intervals[k].offered);
        ck_assert_uint_gt(tb.within_target, ta.within_target);
    }
    lv_results_fini(&ra);
    lv_results_fini(&rb);
    lv_scenario_free(a);
    lv_scenario_free(b);
}
END_TEST

/* calls_per_year is the expected number of first attempts in the year from the start date, a
 * weekend or holiday day carries weekend_factor times a weekday's calls, and months follow the
 * seasonality: checked on the model's expected daily volumes. */
START_TEST(yearly_volume_weekend_factor_and_season)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    struct lv_model *m = lv_model_alloc(s);
    double year = 0;
    for (int d = 0; d < 365; d++)
        year += lv_model_expected_calls(m, d);
    ck_assert_double_eq_tol(year, 75000, 1e-6);
    /* 2026-01-05 is a Monday in January; 2026-01-10 a Saturday; 2026-04-06 Easter Monday (April). */
    double monday = lv_model_expected_calls(m, 0), saturday = lv_model_expected_calls(m, 5);
    ck_assert_double_eq_tol(saturday / monday, 1.45, 1e-12);
    double easter_monday = lv_model_expected_calls(m, (int)(lv_days_from_civil(2026, 4, 6) - s->start_day));
    ck_assert_double_eq_tol(easter_monday / monday, 1.45 * 1.00 / 1.05, 1e-12);
    lv_model_free(m);
    lv_scenario_free(s);
}
END_TEST

/* A demand period multiplies its days' expected first attempts by its factor and leaves every
 * other day alone: calls_per_year is the volume before the periods. Checked against the same
 * scenario without the period, and inside it against a day of the same type in the same month
 * outside it (the closed form: factor × that day). */
#define PERIOD_BASE                                                                                   \
    "start: 2026-01-05\nhorizon: 365d\nwarmup: 0\n"                                                   \
    "calls:\n  types: [{name: a, share: 100%, talk: 1m}]\n"                                           \
    "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 50}]\n"
START_TEST(period_factor_multiplies_expected_calls)
{
    struct lv_scenario *plain = test_scenario(PERIOD_BASE "demand: {calls_per_year: 100000}\n");
    struct lv_scenario *s = test_scenario(
        PERIOD_BASE "demand:\n  calls_per_year: 100000\n"
                    "  periods:\n"
                    "    - {name: Easter, from: 2026-03-28, to: 2026-04-06, factor: 1.3}\n"
                    "    - {name: influenza, from: 2026-01-19, to: 2026-02-01, factor: 0.8}\n");
    ck_assert_int_eq(s->demand.period_count, 2);
    struct lv_model *m0 = lv_model_alloc(plain), *m = lv_model_alloc(s);
    long easter_from = lv_days_from_civil(2026, 3, 28), easter_to = lv_days_from_civil(2026, 4, 6);
    ck_assert_double_eq(lv_scenario_demand_factor(s, easter_from - 1), 1);
    ck_assert_double_eq(lv_scenario_demand_factor(s, easter_from), 1.3);
    ck_assert_double_eq(lv_scenario_demand_factor(s, easter_to), 1.3);
    ck_assert_double_eq(lv_scenario_demand_factor(s, easter_to + 1), 1);
    double year = 0, year0 = 0, added = 0;
    for (int d = 0; d < 365; d++) {
        double f = lv_scenario_demand_factor(s, s->start_day + d);
        double with = lv_model_expected_calls(m, d), without = lv_model_expected_calls(m0, d);
        ck_assert_double_eq_tol(with, f * without, 1e-12 * without);
        year += with;
        year0 += without;
        added += (f - 1) * without;
    }
    ck_assert_double_eq_tol(year0, 100000, 1e-6);
    ck_assert_double_eq_tol(year, 100000 + added, 1e-6);
    /* Inside against outside, same day type and month: Mon 30 Mar vs Mon 23 Mar, Easter Monday
     * (a holiday in April) vs Sat 11 Apr (a weekend day in April), Wed 21 Jan vs Wed 14 Jan. */
#define DAY(y, mo, d) ((int)(lv_days_from_civil(y, mo, d) - s->start_day))
    ck_assert_double_eq_tol(lv_model_expected_calls(m, DAY(2026, 3, 30)) / lv_model_expected_calls(m, DAY(2026, 3, 23)),
                            1.3, 1e-12);
    ck_assert_double_eq_tol(lv_model_expected_calls(m, DAY(2026, 4, 6)) / lv_model_expected_calls(m, DAY(2026, 4, 11)),
                            1.3, 1e-12);
    ck_assert_double_eq_tol(lv_model_expected_calls(m, DAY(2026, 1, 21)) / lv_model_expected_calls(m, DAY(2026, 1, 14)),
                            0.8, 1e-12);
#undef DAY
    lv_model_free(m);
    lv_model_free(m0);
    lv_scenario_free(s);
    lv_scenario_free(plain);
    /* A constant rate takes the factor too. */
    s = test_scenario(PERIOD_BASE "demand:\n  calls_per_hour: 10\n"
                                  "  periods: [{from: 2026-01-07, to: 2026-01-07, factor: 2.5}]\n");
    m = lv_model_alloc(s);
    ck_assert_double_eq_tol(lv_model_expected_calls(m, 1), 240, 1e-9);
    ck_assert_double_eq_tol(lv_model_expected_calls(m, 2), 600, 1e-9);
    ck_assert_double_eq_tol(lv_model_expected_calls(m, 3), 240, 1e-9);
    lv_model_free(m);
    lv_scenario_free(s);
}
END_TEST

/* Simulated first attempts follow the factor: per replication, the calls offered in the period
 * over those expected there without it, divided by the same ratio outside the period, estimates
 * the factor; its 99 % interval over the replications must hold it. No abandonment, so offered =
 * first attempts. Profiled (weekends, a holiday) and constant demand. */
static void check_simulated_factor(const char *yaml, const char *plain_yaml, int from, int to, double factor)
{
    struct lv_scenario *s = test_scenario(yaml), *plain = test_scenario(plain_yaml);
    struct lv_model *m0 = lv_model_alloc(plain);
    struct lv_results r;
    enum { REPS = 12 };
    run(s, REPS, 2, &r);
    double ratio[REPS];
    for (int i = 0; i < REPS; i++) {
        double in = 0, out = 0, e_in = 0, e_out = 0;
        for (int d = 0; d < r.reps[i].day_count; d++) {
            double e = lv_model_expected_calls(m0, d), n = (double)r.reps[i].days[d].offered;
            ck_assert_uint_eq(r.reps[i].days[d].abandoned, 0);
            bool inside = d >= from && d <= to;
            *(inside ? &in : &out) += n;
            *(inside ? &e_in : &e_out) += e;
        }
        ratio[i] = (in / e_in) / (out / e_out);
    }
    struct lv_estimate e = lv_estimate_of(ratio, REPS, 0.99);
    fprintf(stderr, "period factor %g simulated: %.4f ± %.4f\n", factor, e.mean, e.half_width);
    ck_assert_msg(fabs(e.mean - factor) <= e.half_width, "simulated factor %g ± %g, want %g", e.mean, e.half_width,
                  factor);
    ck_assert(e.half_width < 0.05 * factor); /* the test has power */
    lv_results_fini(&r);
    lv_model_free(m0);
    lv_scenario_free(s);
    lv_scenario_free(plain);
}

START_TEST(simulated_calls_follow_the_period_factor)
{
#define SIM_BASE                                                                                      \
    "start: 2026-03-16\nhorizon: 28d\nwarmup: 0\nseed: 11\n"                                          \
    "calls:\n  types: [{name: a, share: 100%, talk: 1m}]\n"                                           \
    "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 50}]\n"
    /* Easter 2026 (28 Mar – 6 Apr: days 12..21), with weekends and five holidays in it. */
    check_simulated_factor(SIM_BASE "demand:\n  calls_per_year: 100000\n"
                                    "  periods: [{name: Easter, from: 2026-03-28, to: 2026-04-06, factor: 1.3}]\n",
                           SIM_BASE "demand:\n  calls_per_year: 100000\n", 12, 21, 1.3);
    check_simulated_factor(SIM_BASE "demand:\n  calls_per_hour: 10\n"
                                    "  periods: [{from: 2026-03-20, to: 2026-03-26, factor: 0.6}]\n",
                           SIM_BASE "demand:\n  calls_per_hour: 10\n", 4, 10, 0.6);
#undef SIM_BASE
}
END_TEST

/* The simulated arrivals per hour of the week follow the profile: a chi-square goodness-of-fit
 * test of the counts summed over replications (no abandonment, so offered = first attempts). */
START_TEST(arrivals_follow_the_hourly_profile)
{
    struct lv_scenario *s = test_scenario(
        "start: 2025-01-06\nhorizon: 28d\nwarmup: 0\nseed: 3\n"
        "demand: {calls_per_year: 100000, weekend_factor: 1.45}\n"
        "calls:\n  types: [{name: a, share: 100%, talk: 1m}]\n"
        "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 50}]\n");
    struct lv_model *m = lv_model_alloc(s);
    struct lv_results r;
    run(s, 8, 2, &r);
    double expected[168] = {0}, observed[168] = {0};
    for (int d = 0; d < 28; d++) { /* 2025-01-06 .. 2025-02-02 has no holidays */
        int weekday = d % 7, kind = weekday >= 5;
        for (int h = 0; h < 24; h++)
            expected[weekday * 24 + h] += 8 * lv_model_expected_calls(m, d) * s->demand.profile[kind][h];
    }
    for (int i = 0; i < 8; i++)
        for (int k = 0; k < 168; k++)
            observed[k] += (double)r.reps[i].intervals[k].offered;
    double chi2 = 0;
    for (int k = 0; k < 168; k++)
        chi2 += (observed[k] - expected[k]) * (observed[k] - expected[k]) / expected[k];
    double p = gsl_cdf_chisq_Q(chi2, 168);
    ck_assert_msg(p > 0.001, "chi-square %g on 168 df, p = %g", chi2, p);
    lv_results_fini(&r);
    lv_model_free(m);
    lv_scenario_free(s);
}
END_TEST

START_TEST(results_do_not_depend_on_thread_count)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    struct lv_results one, two;
    run(s, 5, 1, &one);
    run(s, 5, 2, &two);
    for (int i = 0; i < 5; i++) {
        const struct lv_rep_result *a = &one.reps[i], *b = &two.reps[i];
        ck_assert_uint_eq(a->events, b->events);
        ck_assert_uint_eq(a->episodes, b->episodes);
        ck_assert_int_eq(memcmp(a->intervals, b->intervals, (size_t)a->interval_count * sizeof *a->intervals), 0);
        ck_assert_int_eq(memcmp(a->days, b->days, (size_t)a->day_count * sizeof *a->days), 0);
    }
    ck_assert_uint_ne(one.reps[0].events, one.reps[1].events); /* replications differ */
    lv_results_fini(&one);
    lv_results_fini(&two);
    lv_scenario_free(s);
}
END_TEST

/* A priority lane changes who waits, not how much work there is: in an M/M/c queue without
 * abandonment the overall mean wait is the same with or without it (work conservation), while
 * the calls counted are identical. */
START_TEST(priority_lane_keeps_total_work)
{
    const char *fmt = "horizon: 60d\nwarmup: 1d\nseed: 9\n"
                      "demand: {calls_per_hour: 100}\n"
                      "calls:\n  types: [{name: a, share: 100%%, priority_share: %s, talk: {dist: exponential, mean: 6m}}]\n"
                      "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 11}]\n";
    char yaml[1024];
    snprintf(yaml, sizeof yaml, fmt, "0%");
    struct lv_scenario *a = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, fmt, "30%");
    struct lv_scenario *b = test_scenario(yaml);
    struct lv_results ra, rb;
    run(a, 10, 2, &ra);
    run(b, 10, 2, &rb);
    double diff[10];
    for (int i = 0; i < 10; i++) {
        struct lv_interval_stats ta, tb;
        lv_rep_result_total(&ra.reps[i], &ta);
        lv_rep_result_total(&rb.reps[i], &tb);
        ck_assert_uint_eq(ta.offered, tb.offered);
        diff[i] = ta.answer_time_sum / (double)ta.answered - tb.answer_time_sum / (double)tb.answered;
    }
    struct lv_estimate e = lv_estimate_of(diff, 10, 0.99);
    ck_assert_msg(fabs(e.mean) <= e.half_width, "mean wait differs by %g ± %g s", e.mean, e.half_width);
    lv_results_fini(&ra);
    lv_results_fini(&rb);
    lv_scenario_free(a);
    lv_scenario_free(b);
}
END_TEST

/* One operator more (11 -> 12 at 100 calls/h): with common random numbers the paired interval
 * of the difference is far narrower than an unpaired one (here by half or more), and the gain is
 * clearly positive. */
START_TEST(paired_comparison_is_narrower_than_unpaired)
{
    const char *fmt = "horizon: 30d\nwarmup: 1d\nseed: 77\n"
                      "demand: {calls_per_hour: 100}\n"
                      "calls:\n  types: [{name: a, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
                      "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n";
    char yaml[1024];
    snprintf(yaml, sizeof yaml, fmt, 11);
    struct lv_scenario *a = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, fmt, 12);
    struct lv_scenario *b = test_scenario(yaml);
    struct lv_results ra, rb;
    run(a, 10, 2, &ra);
    run(b, 10, 2, &rb);
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&ra, &rb, &c), 0);
    const struct lv_estimate *d = &c.paired[LV_M_WITHIN_TARGET];
    double unpaired = c.unpaired_half_width[LV_M_WITHIN_TARGET];
    fprintf(stderr, "one more operator: %+.4f ± %.4f paired, ± %.4f unpaired\n", d->mean, d->half_width, unpaired);
    ck_assert_msg(d->half_width < 0.5 * unpaired, "paired ± %g is not much narrower than unpaired ± %g", d->half_width,
                  unpaired);
    ck_assert(d->mean - d->half_width > 0);
    ck_assert_double_eq_tol(c.b[LV_M_WITHIN_TARGET].mean - c.a[LV_M_WITHIN_TARGET].mean, d->mean, 1e-12);
    /* calls offered are identical: the arrival stream does not depend on staffing */
    ck_assert_double_eq(c.paired[LV_M_CALLS_OFFERED].mean, 0);
    lv_comparison_fini(&c);
    lv_results_fini(&ra);
    lv_results_fini(&rb);
    lv_scenario_free(a);
    lv_scenario_free(b);
}
END_TEST

Suite *model_suite(void)
{
    Suite *s = suite_create("model");
    TCase *t = tcase_create("properties");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, every_call_has_exactly_one_outcome);
    tcase_add_test(t, littles_law_holds);
    tcase_add_test(t, operator_finishes_call_after_shift_then_leaves);
    tcase_add_test(t, staffing_change_keeps_the_arrival_stream);
    tcase_add_test(t, yearly_volume_weekend_factor_and_season);
    tcase_add_test(t, arrivals_follow_the_hourly_profile);
    tcase_add_test(t, period_factor_multiplies_expected_calls);
    tcase_add_test(t, simulated_calls_follow_the_period_factor);
    tcase_add_test(t, results_do_not_depend_on_thread_count);
    tcase_add_test(t, priority_lane_keeps_total_work);
    tcase_add_test(t, paired_comparison_is_narrower_than_unpaired);
    suite_add_tcase(s, t);
    return s;
}
