/* test_calibrate.c — calibrating a key to a published figure: a scenario with a KNOWN patience
 * mean (and a KNOWN operator count) is run on its own seed to make the "published" figure; the
 * calibration starts from a wrong base value, uses another seed, and must bracket the truth in
 * its reported 95 % interval; so must two keys fitted to two figures at once (Broyden). Also: a
 * target outside the range, refusals, and --vary/--match syntax. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/calibrate.h"
#include "lvsim/dist.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "suites.h"

/* An M/M/12+M centre (MODEL.md §7's E5) over two weeks: a run takes a few tens of ms. */
#define SCENARIO(patience, count)                                                                        \
    "name: calibration test\nstart: 2025-01-06\nhorizon: 14d\nwarmup: 1d\nreplications: 8\nseed: 42\n"  \
    "target: {within: 2m, share: 80%}\ndemand: {calls_per_hour: 100}\n"                                 \
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"                \
    "  patience: {dist: exponential, mean: " patience "}\n  redial: {probability: 0}\n"                 \
    "centre:\n  announcement: 0s\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: " count "}]\n"

/* The figure m of scenario text run with seed: what a report would publish. */
static double published(const char *text, enum lv_headline m, uint64_t seed)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_string(text, strlen(text), "truth", &d);
    ck_assert_ptr_nonnull(s);
    struct lv_run_options o = {.replications = 20, .seed = seed, .jobs = 2};
    struct lv_results r;
    struct lv_summary sum;
    ck_assert_int_eq(lv_run(s, &o, &r), 0);
    ck_assert_int_eq(lv_summary_compute(&r, &sum), 0);
    double v = sum.headline[m].mean;
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
    lv_diags_fini(&d);
    return v;
}

/* Calibrates base (YAML text) with vary_texts[0..count) to m, asserting success; v and r receive
 * the parsed keys and the result. */
static void calibrate_ok(const char *base, const char *const *vary_texts, const struct lv_calibrate_match *m,
                         int count, struct lv_calibrate_vary *v, struct lv_calibrate_result *r)
{
    char why[512] = "";
    for (int i = 0; i < count; i++)
        ck_assert_msg(lv_calibrate_parse_vary(vary_texts[i], &v[i], LV_LANG_EN, why, sizeof why) == 0, "%s", why);
    struct lv_calibrate_options o = {.text = base, .name = "base", .seed = -1, .jobs = 2};
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_msg(lv_calibrate(&o, v, m, count, r, &d, why, sizeof why) == 0, "%s", why);
    lv_diags_fini(&d);
}

/* The scenario calibrate writes for r, loaded (it must load). Free with lv_scenario_free. */
static struct lv_scenario *fitted(const char *base, const struct lv_calibrate_vary *v,
                                  const struct lv_calibrate_result *r)
{
    struct lv_calibrate_options o = {.text = base, .name = "base"};
    struct lv_diags d;
    lv_diags_init(&d);
    char *yaml = lv_calibrate_scenario_yaml(&o, v, r, &d);
    ck_assert_ptr_nonnull(yaml);
    struct lv_scenario *s = lv_scenario_load_string(yaml, strlen(yaml), "fitted", &d);
    ck_assert_ptr_nonnull(s);
    free(yaml);
    lv_diags_fini(&d);
    return s;
}

START_TEST(patience_mean_recovered)
{
    const double truth_s = 360;
    const char *base = SCENARIO("2m", "12"), *vary[] = {"calls.patience.mean=1m..20m"};
    struct lv_calibrate_match m = {.metric = LV_M_ABANDONED,
                                   .target = published(SCENARIO("6m", "12"), LV_M_ABANDONED, 1000)};
    struct lv_calibrate_vary v;
    struct lv_calibrate_result r;
    calibrate_ok(base, vary, &m, 1, &v, &r);
    ck_assert_int_eq(v.kind, LV_CAL_DURATION);
    ck_assert_msg(fabs(r.x[0] - truth_s) <= r.x_half_width[0], "fitted %g ± %g s, truth %g s", r.x[0],
                  r.x_half_width[0], truth_s);
    ck_assert(r.x_half_width[0] > 0 && r.x_half_width[0] < 120);
    ck_assert(r.slope < 0); /* more patience, fewer abandon */
    ck_assert(r.check_ok);
    ck_assert_int_le(r.evaluations, 42);
    struct lv_scenario *s = fitted(base, &v, &r);
    ck_assert_double_eq_tol(lv_dist_mean(&s->patience), r.x[0], 0.01);
    lv_scenario_free(s);
}
END_TEST

START_TEST(operator_count_bracketed)
{
    const char *vary[] = {"centre.operators[0].count=8..16"};
    struct lv_calibrate_match m = {.metric = LV_M_WITHIN_TARGET,
                                   .target = published(SCENARIO("5m", "12"), LV_M_WITHIN_TARGET, 7)};
    struct lv_calibrate_vary v;
    struct lv_calibrate_result r;
    calibrate_ok(SCENARIO("5m", "9"), vary, &m, 1, &v, &r);
    ck_assert_int_eq(v.kind, LV_CAL_INTEGER);
    ck_assert_double_eq(r.above - r.below, 1);
    ck_assert(r.below == 12 || r.above == 12);
    ck_assert(r.x[0] == r.below || r.x[0] == r.above);
    ck_assert(r.f_below.mean <= m.target && m.target <= r.f_above.mean);
}
END_TEST

START_TEST(target_outside_range)
{
    struct lv_calibrate_match m;
    struct lv_calibrate_vary v;
    char why[512] = "";
    ck_assert_int_eq(lv_calibrate_parse_match("abandoned=50%", &m, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(lv_calibrate_parse_vary("calls.patience.mean=1m..20m", &v, LV_LANG_EN, why, sizeof why), 0);
    struct lv_calibrate_options o = {.text = SCENARIO("5m", "12"), .name = "base", .seed = -1, .jobs = 1,
                                     .replications = 2};
    struct lv_calibrate_result r;
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_int_eq(lv_calibrate(&o, &v, &m, 1, &r, &d, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "outside what the range gives") && strstr(why, "0:01:00") && strstr(why, "0:20:00"),
                  "%s", why);
    lv_diags_fini(&d);
}
END_TEST

START_TEST(two_keys_recovered)
{
    /* the truth: patience 6m, growth 1 (SCENARIO has none); the base starts from 2m */
    const char *truth = SCENARIO("6m", "12"), *base = SCENARIO("2m", "12");
    const char *vary[] = {"calls.patience.mean=1m..20m", "demand.growth=0.8..1.2"};
    struct lv_calibrate_match m[2] = {{LV_M_ABANDONED, published(truth, LV_M_ABANDONED, 1000)},
                                      {LV_M_WITHIN_TARGET, published(truth, LV_M_WITHIN_TARGET, 1000)}};
    struct lv_calibrate_vary v[2];
    struct lv_calibrate_result r;
    calibrate_ok(base, vary, m, 2, v, &r);
    ck_assert_int_eq(v[1].kind, LV_CAL_NUMBER);
    ck_assert(r.converged);
    ck_assert_msg(fabs(r.x[0] - 360) <= r.x_half_width[0], "patience %g ± %g", r.x[0], r.x_half_width[0]);
    ck_assert_msg(fabs(r.x[1] - 1) <= r.x_half_width[1], "growth %g ± %g", r.x[1], r.x_half_width[1]);
    ck_assert(r.x_half_width[1] > 0 && r.x_half_width[1] < 0.05);
    ck_assert(r.check_ok);
    struct lv_scenario *s = fitted(base, v, &r);
    ck_assert_double_eq_tol(s->demand.growth, r.x[1], 1e-5);
    lv_scenario_free(s);

    char why[512] = "";
    struct lv_calibrate_options o = {.text = base, .name = "base", .seed = -1, .jobs = 2};
    struct lv_diags d;
    lv_diags_init(&d);
    /* an integer key among several is refused, and so are more keys than LV_CALIBRATE_MAX */
    ck_assert_int_eq(lv_calibrate_parse_vary("centre.operators[0].count=8..16", &v[1], LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(lv_calibrate(&o, v, m, 2, &r, &d, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "an integer key can only be calibrated alone"), "%s", why);
    ck_assert_int_eq(lv_calibrate(&o, v, m, LV_CALIBRATE_MAX + 1, &r, &d, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "9 keys at once"), "%s", why);
    lv_diags_fini(&d);
}
END_TEST

START_TEST(syntax)
{
    struct lv_calibrate_vary v;
    char why[512];
    static const char *bad_vary[] = {"calls.patience.mean", "=1m..2m", "x=1m", "x=1m..", "x=..2m", "x=5m..1m",
                                     "x=1m..20%", "x=a..b", "x=2..2", "x=1m..2s3", "calls.patience.mean=1m..20m.x"};
    for (size_t i = 0; i < sizeof bad_vary / sizeof *bad_vary; i++) {
        why[0] = '\0';
        ck_assert_msg(lv_calibrate_parse_vary(bad_vary[i], &v, LV_LANG_EN, why, sizeof why) == -1, "%s", bad_vary[i]);
        ck_assert_msg(strncmp(why, "--vary '", 8) == 0, "%s", why);
    }
    ck_assert_int_eq(lv_calibrate_parse_vary("centre.away.share=20%..60%", &v, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(v.kind, LV_CAL_SHARE);
    ck_assert_double_eq_tol(v.hi, 0.6, 1e-12);
    ck_assert_int_eq(lv_calibrate_parse_vary("demand.growth=1.0..10", &v, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(v.kind, LV_CAL_NUMBER);
    ck_assert_str_eq(v.path, "demand.growth");
    ck_assert_int_eq(lv_calibrate_parse_vary("calls.patience.mean=0..20m", &v, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(v.kind, LV_CAL_DURATION);
    ck_assert_double_eq(v.hi, 1200);
}
END_TEST

/* The kind of a varied key comes from the schema by its path (not from how the range is written,
 * nor from probing a scenario); unknown and non-numeric keys are refused with the reason. */
START_TEST(kind_from_the_schema)
{
    static const struct {
        const char *arg;
        enum lv_calibrate_kind kind;
    } good[] = {
        {"demand.growth=1..3", LV_CAL_NUMBER}, /* integer-looking, a real key: a real range */
        {"centre.operators[0].count=2..12", LV_CAL_INTEGER},
        {"centres[2].away.share=10%..40%", LV_CAL_SHARE},
        {"centres[north].away.share=0.1..0.4", LV_CAL_SHARE}, /* plain fractions for a share */
        {"calls.types[0].callback.share=5%..30%", LV_CAL_SHARE},
        {"calls.types[clinical].talk.mean=3m..12m", LV_CAL_DURATION},
        {"calls.patience.shape=0.5..2", LV_CAL_NUMBER},
        {"centre.queue_capacity=1..20", LV_CAL_INTEGER},
        {"centre.announcement=0..1m", LV_CAL_DURATION},
        {"demand.profile_weekday[8]=1..9", LV_CAL_NUMBER},
    };
    struct lv_calibrate_vary v;
    char why[512];
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        why[0] = '\0';
        ck_assert_msg(lv_calibrate_parse_vary(good[i].arg, &v, LV_LANG_EN, why, sizeof why) == 0, "%s: %s", good[i].arg,
                      why);
        ck_assert_msg(v.kind == good[i].kind, "%s: kind %d, expected %d", good[i].arg, v.kind, good[i].kind);
    }
    static const struct {
        const char *arg, *says;
    } bad[] = {
        {"centre.announcment=1m..2m", "unknown key 'announcment' in 'centre' (did you mean 'announcement'?)"},
        {"calls.patiense.mean=1m..20m", "unknown key 'patiense' in 'calls' (did you mean 'patience'?)"},
        {"centres[0].away.shar=10%..20%", "unknown key 'shar' in 'centres[0].away' (did you mean 'share'?)"},
        {"demand.xyzzy=1..2", "unknown key 'xyzzy' in 'demand' (the keys are in docs/scenario.md"},
        {"horizont=1d..2d", "unknown key 'horizont' in the scenario's top level (did you mean 'horizon'?)"},
        {"demand.growth[0]=1..2", "'demand.growth' is not a list, so '[0]' cannot select"},
        {"centre.away.priority=1..2", "'centre.away.priority' is not a numeric key"},
        {"centre.operators=1..2", "'centre.operators' is not a numeric key"},
        {"start=1..2", "'start' is not a numeric key"},
        {"centre.operators[0].count=2.5..12", "takes a whole number, but the range '2.5..12' is not one"},
        {"centre.operators[0].count=1m..2m", "takes a whole number"},
        {"demand.growth=10%..20%", "takes a number without unit"},
        {"centre.away.share=1..20", "takes a share, but the range '1..20' is not one (e.g. 10%..40%)"},
        {"calls.patience.mean=60..600", "takes a duration, but the range '60..600' is not one (e.g. 1m..20m)"},
        {"calls..patience=1m..2m", "not a key path"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        why[0] = '\0';
        ck_assert_msg(lv_calibrate_parse_vary(bad[i].arg, &v, LV_LANG_EN, why, sizeof why) == -1, "%s", bad[i].arg);
        ck_assert_msg(strstr(why, bad[i].says), "%s: '%s' does not say '%s'", bad[i].arg, why, bad[i].says);
    }
}
END_TEST

START_TEST(match_syntax)
{
    struct lv_calibrate_match m;
    char why[512];

    ck_assert_int_eq(lv_calibrate_parse_match("answered_within_target=29%", &m, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(m.metric, LV_M_WITHIN_TARGET);
    ck_assert_double_eq_tol(m.target, 0.29, 1e-12);
    ck_assert_int_eq(lv_calibrate_parse_match("answer_time_mean_s=1m30s", &m, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_double_eq_tol(m.target, 90, 1e-12);
    ck_assert_int_eq(lv_calibrate_parse_match("answer_time_mean_s=42.5", &m, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_double_eq_tol(m.target, 42.5, 1e-12);
    ck_assert_int_eq(lv_calibrate_parse_match("no_such_figure=1", &m, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "'no_such_figure' is not a headline figure"), "%s", why);
    ck_assert_int_eq(lv_calibrate_parse_match("abandoned=lots", &m, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "cannot read 'lots'"), "%s", why);
    ck_assert_int_eq(lv_calibrate_parse_match("abandoned", &m, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "expected FIGURE=VALUE"), "%s", why);

    char buf[64];
    lv_calibrate_format(LV_CAL_DURATION, 3725, buf, sizeof buf);
    ck_assert_str_eq(buf, "1:02:05");
    lv_calibrate_format(LV_CAL_SHARE, 0.29, buf, sizeof buf);
    ck_assert_str_eq(buf, "29.00 %");
}
END_TEST

Suite *calibrate_suite(void)
{
    Suite *s = suite_create("calibrate");
    TCase *tc = tcase_create("calibrate");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, patience_mean_recovered);
    tcase_add_test(tc, operator_count_bracketed);
    tcase_add_test(tc, target_outside_range);
    tcase_add_test(tc, two_keys_recovered);
    tcase_add_test(tc, syntax);
    tcase_add_test(tc, kind_from_the_schema);
    tcase_add_test(tc, match_syntax);
    suite_add_tcase(s, tc);
    return s;
}
