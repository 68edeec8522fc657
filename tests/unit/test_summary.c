/* test_summary.c — estimates across replications from results built by hand: a share is the
 * ratio of sums with the delta method's interval (computed here independently, with Student-t
 * quantiles from tables), a replication without calls counts in n but not in the sums, a count is
 * the plain mean, and the summary's counts of intervals meeting the target follow the intervals'
 * shares. Quantiles at the histograms' 4-hour cap are flagged censored, means never are; an
 * interval is overloaded exactly when the rule of docs/output.md says so. */
#include "suites.h"

#include <math.h>
#include <string.h>

#include "lvsim/summary.h"

/* Two-sided 95 % Student-t quantiles t(0.975, df): for df = 2 in closed form,
 * (2p - 1) sqrt(2 / (4p(1 - p))), for df = 3 from the tables. */
#define T975_DF2 (0.95 * sqrt(2 / (4 * 0.975 * 0.025)))
#define T975_DF3 3.1824463052837

/* The delta method's half-width for R = Σy / Σx over n replications, written out. */
static double ratio_half_width(const double *y, const double *x, int n, double t)
{
    double sy = 0, sx = 0, ss = 0;
    for (int i = 0; i < n; i++) {
        sy += y[i];
        sx += x[i];
    }
    double r = sy / sx, xbar = sx / n;
    for (int i = 0; i < n; i++)
        ss += (y[i] - r * x[i]) * (y[i] - r * x[i]);
    return t * sqrt(ss / ((n - 1) * n * xbar * xbar));
}

START_TEST(share_is_a_ratio_of_sums_with_its_interval)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results r;
    test_results(&r, sc, 4);
    /* Calls answered within target of calls offered; the fourth replication had no calls. */
    const double y[] = {90, 50, 170, 0}, x[] = {100, 60, 200, 0};
    test_figure(&r, LV_M_WITHIN_TARGET, y, x);
    const double calls[] = {100, 60, 200, 0}, ones[] = {1, 1, 1, 1};
    test_figure(&r, LV_M_CALLS_OFFERED, calls, ones);
    struct lv_summary s;
    ck_assert_int_eq(lv_summary_compute(&r, &s), 0);

    const struct lv_estimate *e = &s.headline[LV_M_WITHIN_TARGET];
    ck_assert_double_eq_tol(e->mean, 310.0 / 360.0, 1e-15); /* not (0.9 + 0.833 + 0.85) / 3 */
    ck_assert_int_eq(e->n, 4);                               /* the empty replication counts in n */
    ck_assert_double_eq_tol(e->half_width, ratio_half_width(y, x, 4, T975_DF3), 1e-12);

    /* A count: the plain mean of the replications and its Student-t interval. */
    const struct lv_estimate *c = &s.headline[LV_M_CALLS_OFFERED];
    ck_assert_double_eq_tol(c->mean, 90, 1e-12);
    double sd = sqrt(((10 * 10) + (30 * 30) + (110 * 110) + (90 * 90)) / 3.0);
    ck_assert_double_eq_tol(c->half_width, T975_DF3 * sd / 2, 1e-9);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

START_TEST(interval_shares_and_hours_meeting_target)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results r;
    test_results(&r, sc, 3);
    struct lv_layout l;
    lv_layout_init(&l, sc, r.interval_count, r.day_count);
    ck_assert_int_eq(l.count, r.value_count);
    /* No interval had calls except Monday 05-06 (meets 80 %) and Tuesday 06-07 (does not). */
    const double none[] = {0, 0, 0};
    for (int k = 0; k < r.interval_count; k++)
        test_figure(&r, lv_layout_interval(&l, k, LV_I_WITHIN_TARGET), none, none);
    const double met_y[] = {9, 8, 10}, met_x[] = {10, 10, 10};
    const double missed_y[] = {2, 0, 1}, missed_x[] = {4, 0, 6};
    test_figure(&r, lv_layout_interval(&l, 5, LV_I_WITHIN_TARGET), met_y, met_x);
    test_figure(&r, lv_layout_interval(&l, 24 + 6, LV_I_WITHIN_TARGET), missed_y, missed_x);
    struct lv_summary s;
    ck_assert_int_eq(lv_summary_compute(&r, &s), 0);
    ck_assert_int_eq(s.interval_count, 168);
    ck_assert_double_eq_tol(s.intervals[5][LV_I_WITHIN_TARGET].mean, 0.9, 1e-15);
    ck_assert_double_eq_tol(s.intervals[5][LV_I_WITHIN_TARGET].half_width,
                            ratio_half_width(met_y, met_x, 3, T975_DF2), 1e-12);
    ck_assert_double_eq_tol(s.intervals[30][LV_I_WITHIN_TARGET].mean, 0.3, 1e-15);
    ck_assert(isnan(s.intervals[0][LV_I_WITHIN_TARGET].mean)); /* no call in any replication */
    ck_assert_int_eq(s.intervals_with_calls, 2);
    ck_assert_int_eq(s.intervals_meeting_target, 1);
    /* Reported days: those wholly after the one-day warm-up. */
    ck_assert_int_eq(s.first_day, 1);
    ck_assert_int_eq(s.day_count, 7);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

START_TEST(metric_tables_have_unique_keys)
{
    /* JSON objects and CSV headers use the keys: a repeated key would lose a figure. */
    struct {
        const struct lv_metric_info *first;
        int count;
    } tables[] = {{lv_headline_info(0), LV_HEADLINE_COUNT},        {lv_interval_metric_info(0), LV_INTERVAL_METRIC_COUNT},
                  {lv_day_metric_info(0), LV_DAY_METRIC_COUNT},    {lv_urgency_metric_info(0), LV_URGENCY_METRIC_COUNT},
                  {lv_site_metric_info(0), LV_SITE_METRIC_COUNT},  {lv_area_metric_info(0), LV_AREA_METRIC_COUNT},
                  {lv_site_interval_metric_info(0), LV_SITE_INTERVAL_METRIC_COUNT},
                  {lv_answer_bin_info(0), LV_ANSWER_BIN_COUNT}};
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (int i = 0; i < tables[t].count; i++) {
            ck_assert_ptr_nonnull(tables[t].first[i].key);
            for (int j = 0; j < i; j++)
                ck_assert_msg(strcmp(tables[t].first[i].key, tables[t].first[j].key) != 0, "table %zu: key %s twice",
                              t, tables[t].first[i].key);
        }
}
END_TEST

/* Three replications of the one-centre scenario built by hand, with their layout. */
struct hand_made {
    struct lv_scenario *sc;
    struct lv_results r;
    struct lv_layout l;
    struct lv_summary s;
};

static void hand_made_init(struct hand_made *h)
{
    h->sc = test_scenario(TEST_ONE_CENTRE);
    test_results(&h->r, h->sc, 3);
    lv_layout_init(&h->l, h->sc, h->r.interval_count, h->r.day_count);
}

static void hand_made_fini(struct hand_made *h)
{
    lv_summary_fini(&h->s);
    lv_results_fini(&h->r);
    lv_scenario_free(h->sc);
}

/* The quantile figures, and only they, count the replications whose value is at the cap. */
START_TEST(capped_quantiles_are_censored)
{
    struct hand_made h;
    hand_made_init(&h);
    const double some[] = {LV_HIST_CAP_S, LV_HIST_CAP_S, 9000}, ones[] = {1, 1, 1};
    const double all[] = {LV_HIST_CAP_S, LV_HIST_CAP_S, LV_HIST_CAP_S}, under[] = {14399, 100, 0};
    test_figure(&h.r, LV_M_ANSWER_MEDIAN, some, ones);
    test_figure(&h.r, LV_M_ANSWER_P90, all, ones);
    test_figure(&h.r, LV_M_ANSWER_P95, under, ones);
    test_figure(&h.r, LV_M_ANSWER_MEAN, all, ones); /* a mean of sums: not capped, never censored */
    test_figure(&h.r, lv_layout_interval(&h.l, 7, LV_I_ANSWER_MEDIAN), some, ones);
    test_figure(&h.r, lv_layout_interval(&h.l, 7, LV_I_ANSWER_MEAN), all, ones);
    test_figure(&h.r, lv_layout_urgency(&h.l, 2, LV_U_WAIT_P90), all, ones);
    ck_assert_int_eq(lv_summary_compute(&h.r, &h.s), 0);
    ck_assert_int_eq(h.s.headline[LV_M_ANSWER_MEDIAN].censored, 2);
    ck_assert_double_eq_tol(h.s.headline[LV_M_ANSWER_MEDIAN].mean, (2 * LV_HIST_CAP_S + 9000) / 3, 1e-9); /* a lower bound */
    ck_assert_int_eq(h.s.headline[LV_M_ANSWER_P90].censored, 3);
    ck_assert_double_eq(h.s.headline[LV_M_ANSWER_P90].mean, LV_HIST_CAP_S);
    ck_assert_int_eq(h.s.headline[LV_M_ANSWER_P95].censored, 0);
    ck_assert_int_eq(h.s.headline[LV_M_ANSWER_MEAN].censored, 0);
    ck_assert_int_eq(h.s.intervals[7][LV_I_ANSWER_MEDIAN].censored, 2);
    ck_assert_int_eq(h.s.intervals[7][LV_I_ANSWER_MEAN].censored, 0);
    ck_assert_int_eq(h.s.intervals[6][LV_I_ANSWER_MEDIAN].censored, 0);
    ck_assert_int_eq(h.s.urgencies[2][LV_U_WAIT_P90].censored, 3);
    ck_assert_int_eq(h.s.urgencies[2][LV_U_WAIT_MEAN].censored, 0);
    /* which figures are quantiles */
    ck_assert(lv_layout_capped(&h.l, LV_M_EPISODE_P90));
    ck_assert(lv_layout_capped(&h.l, LV_M_HOME_RESPONSE_P90));
    ck_assert(!lv_layout_capped(&h.l, LV_M_QUEUE_TIME_MEAN));
    ck_assert(lv_layout_capped(&h.l, lv_layout_interval(&h.l, 167, LV_I_ANSWER_P90)));
    ck_assert(!lv_layout_capped(&h.l, lv_layout_interval(&h.l, 167, LV_I_QUEUE_LENGTH)));
    ck_assert(lv_layout_capped(&h.l, lv_layout_urgency(&h.l, 0, LV_U_WAIT_MEDIAN)));
    ck_assert(!lv_layout_capped(&h.l, lv_layout_site(&h.l, 0, LV_S_ANSWER_MEAN)));
    hand_made_fini(&h);
}
END_TEST

/* An interval's estimates: calls, occupancy, operators on duty and the answer time's p90. */
static void interval_row(struct lv_estimate *iv, double calls, double occupancy, double staff, double p90, int censored)
{
    for (int m = 0; m < LV_INTERVAL_METRIC_COUNT; m++)
        iv[m] = (struct lv_estimate){0, NAN, NAN, 3, 0};
    iv[LV_I_CALLS_OFFERED].mean = calls;
    iv[LV_I_OCCUPANCY].mean = occupancy;
    iv[LV_I_OPERATORS].mean = staff;
    iv[LV_I_ANSWER_P90] = (struct lv_estimate){p90, NAN, NAN, 3, censored};
}

START_TEST(overload_rule)
{
    struct lv_estimate iv[LV_INTERVAL_METRIC_COUNT];
    interval_row(iv, 30, 0.995, 2, 4000, 0); /* saturated, a tenth waits over an hour */
    ck_assert(lv_interval_overloaded(iv, 3600));
    interval_row(iv, 30, 0.995, 2, 3599, 0); /* a busy hour that drains */
    ck_assert(!lv_interval_overloaded(iv, 3600));
    interval_row(iv, 30, 0.995, 2, 5000, 0); /* two-hour intervals: the wait must outlast one */
    ck_assert(!lv_interval_overloaded(iv, 7200));
    interval_row(iv, 30, 0.98, 2, LV_HIST_CAP_S, 3); /* long waits, but staff idle at times */
    ck_assert(!lv_interval_overloaded(iv, 3600));
    interval_row(iv, 30, NAN, 0, 9000, 0); /* nobody on duty, calls answered hours later */
    ck_assert(lv_interval_overloaded(iv, 3600));
    interval_row(iv, 30, NAN, 0, NAN, 0); /* nobody on duty, every caller hung up: no backlog */
    ck_assert(!lv_interval_overloaded(iv, 3600));
    interval_row(iv, 0, NAN, 0, NAN, 0); /* closed and quiet */
    ck_assert(!lv_interval_overloaded(iv, 3600));
    interval_row(iv, 30, 1, 1, 12000, 1); /* one replication censored: the mean is a lower bound */
    ck_assert(lv_interval_overloaded(iv, 3600));
    interval_row(iv, 30, 0.70, 1, 9000, 0); /* on calls 70 % of the time, away the other 30 % */
    ck_assert(!lv_interval_overloaded(iv, 3600));
    iv[LV_I_AWAY].mean = 0.30;
    ck_assert(lv_interval_overloaded(iv, 3600));
    iv[LV_I_AWAY].mean = 0.20; /* idle a tenth of the time: the queue empties now and then */
    ck_assert(!lv_interval_overloaded(iv, 3600));
}
END_TEST

/* The summary flags the intervals the rule picks, from each replication's figures. */
START_TEST(summary_flags_overloaded_intervals)
{
    struct hand_made h;
    hand_made_init(&h);
    const double calls[] = {6, 5, 7}, ones[] = {1, 1, 1}, hour[] = {3600, 3600, 3600};
    const double busy[] = {3600, 3600, 3590}, waits[] = {LV_HIST_CAP_S, 8000, 9000};
    for (int k = 16; k <= 18; k++) { /* Mon 16:00-19:00 */
        test_figure(&h.r, lv_layout_interval(&h.l, k, LV_I_CALLS_OFFERED), calls, ones);
        test_figure(&h.r, lv_layout_interval(&h.l, k, LV_I_OCCUPANCY), busy, hour);
        test_figure(&h.r, lv_layout_interval(&h.l, k, LV_I_OPERATORS), hour, hour);
        test_figure(&h.r, lv_layout_interval(&h.l, k, LV_I_ANSWER_P90), waits, ones);
    }
    test_figure(&h.r, lv_layout_interval(&h.l, 19, LV_I_CALLS_OFFERED), calls, ones); /* calls, no backlog */
    ck_assert_int_eq(lv_summary_compute(&h.r, &h.s), 0);
    ck_assert_int_eq(h.s.overloaded_count, 3);
    for (int k = 0; k < h.s.interval_count; k++)
        ck_assert_msg(h.s.overloaded[k] == (k >= 16 && k <= 18), "interval %d", k);
    ck_assert_int_eq(h.s.intervals[16][LV_I_ANSWER_P90].censored, 1);
    hand_made_fini(&h);
}
END_TEST

Suite *summary_suite(void)
{
    Suite *s = suite_create("summary");
    TCase *t = tcase_create("summary");
    tcase_add_test(t, share_is_a_ratio_of_sums_with_its_interval);
    tcase_add_test(t, interval_shares_and_hours_meeting_target);
    tcase_add_test(t, metric_tables_have_unique_keys);
    tcase_add_test(t, capped_quantiles_are_censored);
    tcase_add_test(t, overload_rule);
    tcase_add_test(t, summary_flags_overloaded_intervals);
    suite_add_tcase(s, t);
    return s;
}
