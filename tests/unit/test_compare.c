/* test_compare.c — paired comparison of two runs built by hand: B - A has the right sign and the
 * paired interval (computed here independently) is narrower than the unpaired (Welch) one when
 * the replications move together; the verdict of `lvsim compare` follows the interval; runs with
 * different replications are refused; a quantile censored at the histograms' cap is flagged on
 * its side, and on the difference for each pair with either side censored. */
#include "suites.h"

#include <gsl/gsl_cdf.h>
#include <math.h>

#include "lvsim/compare.h"
#include "lvsim/report.h"
#include "lvsim/summary.h"

#define T975_DF2 (0.95 * sqrt(2 / (4 * 0.975 * 0.025))) /* t(0.975, 2) in closed form */

/* Within target, calls of 100 per replication: A 80, 70, 90 %; B 85, 76, 95 % (each replication's
 * B a little above its A: common random numbers). */
static const double ya[] = {80, 70, 90}, yb[] = {85, 76, 95}, hundred[] = {100, 100, 100};

static void two_runs(const struct lv_scenario *sc, struct lv_results *a, struct lv_results *b)
{
    test_results(a, sc, 3);
    test_results(b, sc, 3);
    test_figure(a, LV_M_WITHIN_TARGET, ya, hundred);
    test_figure(b, LV_M_WITHIN_TARGET, yb, hundred);
}

/* The sample variance of the shares y[i] / 100. */
static double share_variance(const double *y)
{
    double m = (y[0] + y[1] + y[2]) / 300, ss = 0;
    for (int i = 0; i < 3; i++)
        ss += (y[i] / 100 - m) * (y[i] / 100 - m);
    return ss / 2;
}

START_TEST(paired_difference_sign_and_interval)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results a, b;
    two_runs(sc, &a, &b);
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&a, &b, &c), 0);
    ck_assert_int_eq(c.interval_count, 168);
    const int m = LV_M_WITHIN_TARGET;
    ck_assert_double_eq_tol(c.a[m].mean, 0.8, 1e-15);
    ck_assert_double_eq_tol(c.b[m].mean, 256.0 / 300, 1e-15);
    ck_assert_double_eq_tol(c.paired[m].mean, 16.0 / 300, 1e-15); /* B - A, positive */
    /* Paired: the differences 5, 6, 5 points; their Student-t interval. */
    double dm = 16.0 / 3, dss = 0;
    const double d[] = {5, 6, 5};
    for (int i = 0; i < 3; i++)
        dss += (d[i] - dm) * (d[i] - dm);
    double paired_hw = T975_DF2 * sqrt(dss / 2 / 3) / 100;
    ck_assert_double_eq_tol(c.paired[m].half_width, paired_hw, 1e-12);
    /* Unpaired: Welch's interval from each run's own spread, far wider. */
    double va = share_variance(ya) / 3, vb = share_variance(yb) / 3;
    double df = (va + vb) * (va + vb) / (va * va / 2 + vb * vb / 2);
    ck_assert_double_eq_tol(c.unpaired_half_width[m], gsl_cdf_tdist_Pinv(0.975, df) * sqrt(va + vb), 1e-12);
    ck_assert_double_gt(c.unpaired_half_width[m], 5 * c.paired[m].half_width);
    /* Identical figures: a difference of 0 with a zero interval. */
    ck_assert_double_eq(c.paired[LV_M_CALLS_OFFERED].mean, 0);
    ck_assert_double_eq(c.paired[LV_M_CALLS_OFFERED].half_width, 0);
    lv_comparison_fini(&c);

    /* The other way round: the sign flips, the interval stays. */
    ck_assert_int_eq(lv_compare(&b, &a, &c), 0);
    ck_assert_double_eq_tol(c.paired[m].mean, -16.0 / 300, 1e-15);
    ck_assert_double_eq_tol(c.paired[m].half_width, paired_hw, 1e-12);
    lv_comparison_fini(&c);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(sc);
}
END_TEST

/* The verdict row of a comparison report and whether it says B answers more or fewer. */
static enum lv_msg verdict(const struct lv_results *a, const struct lv_results *b, enum lv_msg *direction)
{
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(a, b, &c), 0);
    struct lv_report rep;
    lv_report_init(&rep);
    ck_assert_int_eq(lv_report_compare(&rep, a, b, &c), 0);
    const struct lv_report_row *row = &rep.rows[rep.count - 1];
    enum lv_msg v = row->label;
    *direction = LV_MSG_COUNT;
    for (int i = 0; i < row->parts[0].arg_count; i++)
        if (row->parts[0].args[i].format == LV_FMT_MSG)
            *direction = row->parts[0].args[i].msg;
    lv_report_fini(&rep);
    lv_comparison_fini(&c);
    return v;
}

START_TEST(verdict_follows_the_paired_interval)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results a, b;
    two_runs(sc, &a, &b);
    enum lv_msg dir;
    ck_assert_int_eq(verdict(&a, &b, &dir), LV_MSG_CMP_VERDICT_SHOWN);
    ck_assert_int_eq(dir, LV_MSG_CMP_MORE);
    ck_assert_int_eq(verdict(&b, &a, &dir), LV_MSG_CMP_VERDICT_SHOWN);
    ck_assert_int_eq(dir, LV_MSG_CMP_FEWER);
    /* B's replications scattered around A's: the same mean gain, but no difference shown. */
    const double noisy[] = {95, 66, 95};
    test_figure(&b, LV_M_WITHIN_TARGET, noisy, hundred);
    ck_assert_int_eq(verdict(&a, &b, &dir), LV_MSG_CMP_VERDICT_NONE);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(sc);
}
END_TEST

START_TEST(runs_of_different_shape_are_refused)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results a, b;
    test_results(&a, sc, 3);
    test_results(&b, sc, 4);
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&a, &b, &c), -1);
    ck_assert_ptr_null(c.paired);
    lv_comparison_fini(&c); /* harmless after a refusal */
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(sc);
}
END_TEST

START_TEST(censored_quantiles_on_either_side)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results a, b;
    two_runs(sc, &a, &b);
    const double ones[] = {1, 1, 1}, qa[] = {LV_HIST_CAP_S, 9000, 8000}, qb[] = {LV_HIST_CAP_S, LV_HIST_CAP_S, 7000};
    test_figure(&a, LV_M_ANSWER_P90, qa, ones);
    test_figure(&b, LV_M_ANSWER_P90, qb, ones);
    test_figure(&b, LV_M_ANSWER_MEAN, qb, ones); /* a mean: never censored */
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&a, &b, &c), 0);
    ck_assert_int_eq(c.a[LV_M_ANSWER_P90].censored, 1);
    ck_assert_int_eq(c.b[LV_M_ANSWER_P90].censored, 2);
    ck_assert_int_eq(c.paired[LV_M_ANSWER_P90].censored, 2); /* replications 0 and 1 */
    ck_assert_int_eq(c.b[LV_M_ANSWER_MEAN].censored, 0);
    ck_assert_int_eq(c.paired[LV_M_WITHIN_TARGET].censored, 0);
    lv_comparison_fini(&c);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(sc);
}
END_TEST

Suite *compare_suite(void)
{
    Suite *s = suite_create("compare");
    TCase *t = tcase_create("compare");
    tcase_add_test(t, paired_difference_sign_and_interval);
    tcase_add_test(t, verdict_follows_the_paired_interval);
    tcase_add_test(t, runs_of_different_shape_are_refused);
    tcase_add_test(t, censored_quantiles_on_either_side);
    suite_add_tcase(s, t);
    return s;
}
