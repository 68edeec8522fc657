/* test_stats.c — histogram quantiles, Student-t estimates, diagnostics formatting and the JSON
 * document, each against values worked out by hand. */
#include "suites.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/diag.h"
#include "lvsim/output.h"
#include "lvsim/run.h"
#include "lvsim/stats.h"

START_TEST(histogram_quantiles)
{
    static struct lv_hist h;
    memset(&h, 0, sizeof h);
    ck_assert(isnan(lv_hist_quantile(&h, 0.5)));
    for (int i = 0; i < 60; i++)
        lv_hist_add(&h, 0); /* answered at once */
    for (int i = 0; i < 40; i++)
        lv_hist_add(&h, 30.5); /* all in the bin [30, 31) */
    ck_assert_double_eq_tol(lv_hist_quantile(&h, 0.5), 0, 1e-12);
    ck_assert_double_eq_tol(lv_hist_quantile(&h, 0.6), 0, 1e-12);
    ck_assert_double_eq_tol(lv_hist_quantile(&h, 0.8), 30.5, 1e-12); /* halfway through the bin */
    ck_assert_double_eq_tol(lv_hist_quantile(&h, 1.0), 31, 1e-12);
    /* Coarser bins further out: 10 s from 10 min, 1 min from 1 h, overflow from 4 h. */
    ck_assert_int_eq(lv_hist_bin(599.9), 600);
    ck_assert_int_eq(lv_hist_bin(600), 601);
    ck_assert_int_eq(lv_hist_bin(3599), 900);
    ck_assert_int_eq(lv_hist_bin(3600), 901);
    ck_assert_int_eq(lv_hist_bin(14399), LV_HIST_BINS - 2);
    ck_assert_int_eq(lv_hist_bin(1e9), LV_HIST_BINS - 1);
    ck_assert_int_eq(lv_hist_bin(LV_HIST_CAP_S), LV_HIST_BINS - 1);
}
END_TEST

/* A quantile beyond the 4-hour cap comes back as the cap; lv_censored counts such values. */
START_TEST(quantiles_beyond_the_cap)
{
    static struct lv_hist h;
    memset(&h, 0, sizeof h);
    for (int i = 0; i < 40; i++)
        lv_hist_add(&h, 0);
    for (int i = 0; i < 60; i++)
        lv_hist_add(&h, 5 * 3600.0); /* five hours */
    ck_assert_double_eq(lv_hist_quantile(&h, 0.5), LV_HIST_CAP_S);
    ck_assert_double_eq(lv_hist_quantile(&h, 0.9), LV_HIST_CAP_S);
    ck_assert_double_eq(lv_hist_quantile(&h, 0.3), 0);
    const double y[] = {LV_HIST_CAP_S, 14399, NAN, 2 * LV_HIST_CAP_S, LV_HIST_CAP_S, 5},
                 x[] = {1, 1, 1, 2, 0, 1};
    ck_assert_int_eq(lv_censored(y, x, 6, LV_HIST_CAP_S), 2); /* weight 0 and NaN skipped; 28800/2 counts */
    ck_assert_int_eq(lv_censored(y, x, 0, LV_HIST_CAP_S), 0);
}
END_TEST

START_TEST(student_t_estimate)
{
    /* 1..5: mean 3, sd sqrt(2.5); t(0.975, 4) = 2.7764451; half-width = t sd / sqrt 5. */
    double x[] = {1, 2, NAN, 3, 4, 5};
    struct lv_estimate e = lv_estimate_of(x, 6, 0.95);
    ck_assert_int_eq(e.n, 5);
    ck_assert_double_eq_tol(e.mean, 3, 1e-12);
    ck_assert_double_eq_tol(e.sd, sqrt(2.5), 1e-12);
    ck_assert_double_eq_tol(e.half_width, 2.7764451 * sqrt(2.5) / sqrt(5), 1e-6);
    double one[] = {7};
    e = lv_estimate_of(one, 1, 0.95);
    ck_assert_double_eq(e.mean, 7);
    ck_assert(isnan(e.half_width));
}
END_TEST

START_TEST(ratio_estimate)
{
    /* Replications with 1 of 2, 3 of 2 (a mean, say) and 0 of 0 calls: R = 4 / 4 = 1, not the
     * mean of 1/2 and 3/2 over the two with calls. Residuals y - R x = -1, 1, 0; x̄ = 4/3;
     * sd = sqrt(2 / 2) / x̄ = 0.75; t(0.975, 2) = 4.3026527. */
    struct lv_estimator est;
    ck_assert_int_eq(lv_estimator_init(&est, 3, 0.95), 0);
    double ya[] = {1, 3, 0}, xa[] = {2, 2, 0};
    struct lv_estimate e = lv_estimate_ratio(&est, ya, xa);
    ck_assert_int_eq(e.n, 3);
    ck_assert_double_eq_tol(e.mean, 1, 1e-12);
    ck_assert_double_eq_tol(e.sd, 0.75, 1e-12);
    ck_assert_double_eq_tol(e.half_width, 4.3026527 * 0.75 / sqrt(3), 1e-6);
    /* B: 2 of 2, 3 of 2, 1 of 0 -> R_b = 6 / 4 = 1.5. Paired residuals (yb - R_b xb) / x̄b -
     * (ya - R_a xa) / x̄a = (-0.75, 0, 0.75) - (-0.75, 0.75, 0) = (0, -0.75, 0.75): sd 0.75. */
    double yb[] = {2, 3, 1}, xb[] = {2, 2, 0};
    e = lv_estimate_ratio_difference(&est, ya, xa, yb, xb);
    ck_assert_double_eq_tol(e.mean, 0.5, 1e-12);
    ck_assert_double_eq_tol(e.sd, 0.75, 1e-12);
    ck_assert_double_eq_tol(e.half_width, 4.3026527 * 0.75 / sqrt(3), 1e-6);
    /* Unit weights: the plain mean, bit for bit; a NaN is skipped; no weight at all: NaN. */
    double v[] = {1, 2, NAN}, ones[] = {1, 1, 1}, zeros[] = {0, 0, 0};
    struct lv_estimate plain = lv_estimate_ratio(&est, v, ones), ref = lv_estimate_of(v, 3, 0.95);
    ck_assert(plain.mean == ref.mean && plain.sd == ref.sd && plain.half_width == ref.half_width && plain.n == 2);
    ck_assert(isnan(lv_estimate_ratio(&est, zeros, zeros).mean));
    lv_estimator_fini(&est);
}
END_TEST

START_TEST(diagnostics_show_line_and_caret)
{
    struct lv_diags d;
    lv_diags_init(&d);
    const char *src = "a: 1\r\ncount: -3\n";
    lv_diags_add(&d, "x.yaml", src, 2, 8, 2, "'count' must be a non-negative integer, got '%s'", "-3");
    lv_diags_add(&d, "x.yaml", src, 9, 99, 1, "past the end");
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    lv_diags_write(&d, f);
    fclose(f);
    ck_assert_str_eq(text, "x.yaml:2:8: error: 'count' must be a non-negative integer, got '-3'\n"
                           "    2 | count: -3\n"
                           "      |        ^~\n"
                           "x.yaml:9:99: error: past the end\n");
    free(text);
    lv_diags_fini(&d);
}
END_TEST

START_TEST(json_document_layout)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    struct lv_run_options o = {.replications = 3, .seed = 11, .jobs = 2};
    struct lv_results r;
    ck_assert_int_eq(lv_run(s, &o, &r), 0);
    struct lv_summary sum;
    ck_assert_int_eq(lv_summary_compute(&r, &sum), 0);
    char *text = lv_output_json(&r, &sum);
    cJSON *doc = cJSON_Parse(text);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_eq((int)cJSON_GetObjectItem(doc, "seed")->valuedouble, 11);
    ck_assert_str_eq(cJSON_GetObjectItem(doc, "generator")->valuestring, "mt19937");
    cJSON *sl = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "summary"), "answered_within_target");
    ck_assert_double_eq_tol(cJSON_GetObjectItem(sl, "mean")->valuedouble, sum.headline[LV_M_WITHIN_TARGET].mean, 1e-12);
    ck_assert_int_eq(cJSON_GetObjectItem(sl, "n")->valueint, 3);
    ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "intervals")), 168);
    cJSON *last = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "intervals"), 167);
    ck_assert_str_eq(cJSON_GetObjectItem(last, "weekday")->valuestring, "Sun");
    ck_assert_str_eq(cJSON_GetObjectItem(last, "start")->valuestring, "23:00");
    ck_assert_str_eq(cJSON_GetObjectItem(last, "end")->valuestring, "24:00");
    cJSON *days = cJSON_GetObjectItem(doc, "days");
    ck_assert_int_eq(cJSON_GetArraySize(days), 27); /* 28 days, the first is warm-up */
    ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetArrayItem(days, 0), "date")->valuestring, "2026-01-06");
    /* The shares per day average to about the whole period's share. */
    double mean_day = 0;
    for (int d = 0; d < 27; d++)
        mean_day += cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(days, d), "answered_within_target"),
                                        "mean")->valuedouble / 27;
    ck_assert_double_eq_tol(mean_day, sum.headline[LV_M_WITHIN_TARGET].mean, 0.02);
    cJSON_Delete(doc);
    free(text);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* The week's last hour is labelled "Sun 23:00–24:00" in the text summary's worst hours (its end
 * once wrapped to "-120:00"); nobody answers then, so it is the worst hour. */
START_TEST(last_hour_of_week_label)
{
    struct lv_scenario *s = test_scenario(
        "name: label\nstart: 2026-01-05\nhorizon: 8d\nwarmup: 1d\n"
        "demand: {calls_per_hour: 6}\n"
        "calls: {types: [{name: all, talk: {dist: exponential, mean: 5m}}]}\n"
        "centre:\n  operators:\n"
        "    - {days: [mon, tue, wed, thu, fri, sat], from: \"00:00\", to: \"24:00\", count: 2}\n"
        "    - {days: sun, from: \"00:00\", to: \"23:00\", count: 2}\n"
        "    - {days: sun, from: \"23:00\", to: \"24:00\", count: 0}\n");
    struct lv_run_options o = {.replications = 2, .seed = 3, .jobs = 1};
    struct lv_results r;
    ck_assert_int_eq(lv_run(s, &o, &r), 0);
    struct lv_summary sum;
    ck_assert_int_eq(lv_summary_compute(&r, &sum), 0);
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    ck_assert_int_eq(lv_output_text(&r, &sum, f), 0);
    fclose(f);
    ck_assert_msg(strstr(text, "worst hours                Sun 23:00–24:00 0 %") != NULL, "%s", text);
    ck_assert_ptr_null(strstr(text, "-120"));
    free(text);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

Suite *stats_suite(void)
{
    Suite *s = suite_create("stats");
    TCase *t = tcase_create("core");
    tcase_add_test(t, histogram_quantiles);
    tcase_add_test(t, quantiles_beyond_the_cap);
    tcase_add_test(t, student_t_estimate);
    tcase_add_test(t, ratio_estimate);
    tcase_add_test(t, diagnostics_show_line_and_caret);
    tcase_add_test(t, json_document_layout);
    tcase_add_test(t, last_hour_of_week_label);
    suite_add_tcase(s, t);
    return s;
}
