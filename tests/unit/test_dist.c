/* test_dist.c — each distribution's sample mean and variance against the closed forms.
 * Tolerances come from the sample itself: the estimates of 40 independent batches give a
 * Student-t 99.9 % interval, and the theoretical value must lie inside it. */
#include "suites.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "lvsim/dist.h"
#include "lvsim/rng.h"

enum { BATCHES = 40, PER_BATCH = 20000 };

static void check_moments(const struct lv_dist *d, double mean, double variance, const char *what)
{
    ck_assert_msg(fabs(lv_dist_mean(d) - mean) <= 1e-9 * (1 + fabs(mean)), "%s: closed-form mean %g, want %g",
                  what, lv_dist_mean(d), mean);
    ck_assert_msg(fabs(lv_dist_variance(d) - variance) <= 1e-9 * (1 + variance),
                  "%s: closed-form variance %g, want %g", what, lv_dist_variance(d), variance);
    gsl_rng *r = lv_rng_alloc(7, 0, 0);
    static double x[PER_BATCH];
    double means[BATCHES], vars[BATCHES];
    for (int b = 0; b < BATCHES; b++) {
        for (int i = 0; i < PER_BATCH; i++)
            x[i] = lv_dist_sample(d, r);
        means[b] = gsl_stats_mean(x, 1, PER_BATCH);
        vars[b] = gsl_stats_variance_m(x, 1, PER_BATCH, means[b]);
    }
    gsl_rng_free(r);
    double t = gsl_cdf_tdist_Pinv(0.9995, BATCHES - 1);
    double m = gsl_stats_mean(means, 1, BATCHES), mh = t * gsl_stats_sd(means, 1, BATCHES) / sqrt(BATCHES);
    double v = gsl_stats_mean(vars, 1, BATCHES), vh = t * gsl_stats_sd(vars, 1, BATCHES) / sqrt(BATCHES);
    ck_assert_msg(fabs(m - mean) <= mh + 1e-12, "%s: sample mean %g ± %g, theory %g", what, m, mh, mean);
    ck_assert_msg(fabs(v - variance) <= vh + 1e-12, "%s: sample variance %g ± %g, theory %g", what, v, vh, variance);
}

START_TEST(exponential_moments)
{
    struct lv_dist d;
    ck_assert_int_eq(lv_dist_exponential(&d, 300, NULL), 0);
    check_moments(&d, 300, 300.0 * 300, "exponential");
}
END_TEST

START_TEST(lognormal_by_mean_and_sd)
{
    struct lv_dist d;
    ck_assert_int_eq(lv_dist_lognormal(&d, 300, 180, NULL), 0);
    check_moments(&d, 300, 180.0 * 180, "lognormal");
}
END_TEST

START_TEST(gamma_both_forms)
{
    struct lv_dist d;
    ck_assert_int_eq(lv_dist_gamma_mean_sd(&d, 120, 60, NULL), 0);
    check_moments(&d, 120, 3600, "gamma mean/sd");
    ck_assert_int_eq(lv_dist_gamma_shape_scale(&d, 2.5, 40, NULL), 0);
    check_moments(&d, 100, 2.5 * 1600, "gamma shape/scale");
}
END_TEST

START_TEST(weibull_both_forms)
{
    struct lv_dist d;
    /* mean 480 s, shape 1.2: scale = 480 / Γ(1 + 1/1.2); variance = scale² (Γ(1+2/k) − Γ(1+1/k)²) */
    ck_assert_int_eq(lv_dist_weibull_mean_shape(&d, 480, 1.2, NULL), 0);
    double g1 = tgamma(1 + 1 / 1.2), g2 = tgamma(1 + 2 / 1.2), scale = 480 / g1;
    check_moments(&d, 480, scale * scale * (g2 - g1 * g1), "weibull mean/shape");
    ck_assert_int_eq(lv_dist_weibull_scale_shape(&d, 100, 2, NULL), 0);
    check_moments(&d, 100 * tgamma(1.5), 100.0 * 100 * (1 - tgamma(1.5) * tgamma(1.5)), "weibull scale/shape");
}
END_TEST

START_TEST(uniform_triangular_deterministic)
{
    struct lv_dist d;
    ck_assert_int_eq(lv_dist_uniform(&d, 60, 180, NULL), 0);
    check_moments(&d, 120, 120.0 * 120 / 12, "uniform");
    ck_assert_int_eq(lv_dist_triangular(&d, 60, 90, 300, NULL), 0);
    double a = 60, c = 90, b = 300;
    check_moments(&d, (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18, "triangular");
    ck_assert_int_eq(lv_dist_deterministic(&d, 90, NULL), 0);
    check_moments(&d, 90, 0, "deterministic");
}
END_TEST

START_TEST(empirical_values_with_weights)
{
    struct lv_dist d;
    double values[] = {60, 120, 600}, weights[] = {1, 2, 1};
    ck_assert_int_eq(lv_dist_empirical(&d, values, weights, 3, NULL), 0);
    double mean = (60 + 240 + 600) / 4.0;
    double var = (60 - mean) * (60 - mean) / 4 + (120 - mean) * (120 - mean) / 2 + (600 - mean) * (600 - mean) / 4;
    check_moments(&d, mean, var, "empirical");
    struct lv_dist copy;
    ck_assert_int_eq(lv_dist_copy(&copy, &d), 0);
    ck_assert(fabs(lv_dist_mean(&copy) - mean) < 1e-12);
    lv_dist_fini(&copy);
    lv_dist_fini(&d);
}
END_TEST

START_TEST(invalid_parameters_are_refused_with_a_reason)
{
    struct lv_dist d;
    enum lv_msg why = LV_MSG_COUNT;
    ck_assert_int_eq(lv_dist_exponential(&d, 0, &why), -1);
    ck_assert_str_eq(lv_msg(why, LV_LANG_EN), "the mean must be positive");
    ck_assert_int_eq(lv_dist_lognormal(&d, 10, -1, &why), -1);
    ck_assert_int_eq(lv_dist_uniform(&d, 5, 5, &why), -1);
    ck_assert_int_eq(lv_dist_triangular(&d, 5, 1, 9, &why), -1);
    double v[] = {1}, w[] = {0};
    ck_assert_int_eq(lv_dist_empirical(&d, v, w, 1, &why), -1);
    ck_assert_int_eq(lv_dist_never(&d), 0);
    ck_assert(isinf(lv_dist_sample(&d, NULL)));
}
END_TEST

START_TEST(streams_are_reproducible_and_distinct)
{
    gsl_rng *a = lv_rng_alloc(1, 2, 3), *b = lv_rng_alloc(1, 2, 3), *c = lv_rng_alloc(1, 2, 4),
            *e = lv_rng_alloc(1, 3, 3);
    int same_c = 0, same_e = 0;
    for (int i = 0; i < 1000; i++) {
        unsigned long x = gsl_rng_get(a);
        ck_assert_uint_eq(x, gsl_rng_get(b));
        same_c += x == gsl_rng_get(c);
        same_e += x == gsl_rng_get(e);
    }
    ck_assert_int_lt(same_c, 3);
    ck_assert_int_lt(same_e, 3);
    gsl_rng_free(a);
    gsl_rng_free(b);
    gsl_rng_free(c);
    gsl_rng_free(e);
}
END_TEST

Suite *dist_suite(void)
{
    Suite *s = suite_create("dist");
    TCase *t = tcase_create("moments");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, exponential_moments);
    tcase_add_test(t, lognormal_by_mean_and_sd);
    tcase_add_test(t, gamma_both_forms);
    tcase_add_test(t, weibull_both_forms);
    tcase_add_test(t, uniform_triangular_deterministic);
    tcase_add_test(t, empirical_values_with_weights);
    tcase_add_test(t, invalid_parameters_are_refused_with_a_reason);
    tcase_add_test(t, streams_are_reproducible_and_distinct);
    suite_add_tcase(s, t);
    return s;
}
