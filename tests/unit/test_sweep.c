/* test_sweep.c — the run table a sweep is sliced by: the grid's order (last axis fastest), zip,
 * generated values, each point's scenario carrying its axis values, and the sweep's identity
 * (hash) following its file, its base scenario and --set. */
#include "suites.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lvsim/sweep.h"

static struct lv_sweep *load(const char *file)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_sweep *s = lv_sweep_load(file, &d);
    if (!s)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(s);
    lv_diags_fini(&d);
    return s;
}

static const char *sweep_file = LVSIM_SOURCE_DIR "/tests/data/sweep/sweep.yaml";

START_TEST(grid_order_last_axis_fastest)
{
    struct lv_sweep *s = load(sweep_file);
    ck_assert_int_eq(s->axis_count, 2);
    ck_assert_int_eq(s->point_count, 12);
    ck_assert_int_eq(s->replications, 4);
    ck_assert_uint_eq(s->seed, 9);
    /* from 0.9 to 1.1 step 0.1: three values, written without rounding noise */
    ck_assert_int_eq(s->axes[1].count, 3);
    ck_assert_str_eq(s->axes[1].values[0], "0.9");
    ck_assert_str_eq(s->axes[1].values[2], "1.1");
    for (int p = 0; p < s->point_count; p++) {
        int idx[LV_SWEEP_MAX_AXES];
        lv_sweep_point(s, p, idx);
        ck_assert_int_eq(idx[0], p / 3);
        ck_assert_int_eq(idx[1], p % 3);
    }
    lv_sweep_free(s);
}
END_TEST

START_TEST(zip_advances_together)
{
    char dir[] = "/tmp/lvsim-test-sweep-XXXXXX", path[64];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/zip.yaml", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "scenario: %s/tests/data/sweep/base.yaml\ncombine: zip\naxes:\n"
               "  - {key: \"centre.operators[0].count\", values: [3, 4, 5]}\n"
               "  - {key: demand.growth, values: [1.0, 1.1, 1.2]}\n",
            LVSIM_SOURCE_DIR);
    fclose(f);
    struct lv_sweep *s = load(path);
    ck_assert_int_eq(s->point_count, 3);
    for (int p = 0; p < 3; p++) {
        int idx[LV_SWEEP_MAX_AXES];
        lv_sweep_point(s, p, idx);
        ck_assert_int_eq(idx[0], p);
        ck_assert_int_eq(idx[1], p);
    }
    lv_sweep_free(s);
    unlink(path);
    rmdir(dir);
}
END_TEST

START_TEST(a_point_is_the_base_with_its_values)
{
    struct lv_sweep *s = load(sweep_file);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *sc = lv_sweep_scenario(s, 11, &d); /* the last: count 6, growth 1.1 */
    ck_assert_ptr_nonnull(sc);
    ck_assert_int_eq(sc->sites[0].operators.bands[0][0].count, 6);
    ck_assert_double_eq_tol(sc->demand.growth, 1.1, 1e-12);
    lv_scenario_free(sc);
    lv_diags_fini(&d);
    lv_sweep_free(s);
}
END_TEST

START_TEST(identity_follows_file_base_and_set)
{
    struct lv_sweep *a = load(sweep_file), *b = load(sweep_file);
    ck_assert_uint_eq(a->hash, b->hash);
    ck_assert_int_eq(lv_sweep_add_set(b, "demand.day_variation=0.1"), 0);
    ck_assert_uint_ne(a->hash, b->hash);
    struct lv_sweep *other = load(LVSIM_SOURCE_DIR "/tests/data/sweep/other.yaml");
    ck_assert_uint_ne(a->hash, other->hash);
    lv_sweep_free(a);
    lv_sweep_free(b);
    lv_sweep_free(other);
}
END_TEST

Suite *sweep_suite(void)
{
    Suite *s = suite_create("sweep");
    TCase *t = tcase_create("run table");
    tcase_add_test(t, grid_order_last_axis_fastest);
    tcase_add_test(t, zip_advances_together);
    tcase_add_test(t, a_point_is_the_base_with_its_values);
    tcase_add_test(t, identity_follows_file_base_and_set);
    suite_add_tcase(s, t);
    return s;
}
