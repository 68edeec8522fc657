/* test_scenario.c — the loader on good input: defaults, units, schedules, holidays, and that
 * every key the loader accepts is documented in docs/scenario.md. Bad input is covered by
 * tests/bad_input.sh with one file per error. */
#include "suites.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/scenario.h"

START_TEST(default_scenario_loads_with_model_md_values)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    ck_assert_int_eq(s->type_count, 2);
    ck_assert_double_eq_tol(s->types[0].share, 0.6, 1e-12);
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[0].talk), 300, 1e-6);
    ck_assert_double_eq_tol(sqrt(lv_dist_variance(&s->types[0].talk)), 180, 1e-6);
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[0].after_call), 90, 1e-9);
    ck_assert_double_eq_tol(lv_dist_mean(&s->patience), 480, 1e-6);
    ck_assert_double_eq_tol(s->redial_probability, 0.7, 1e-12);
    ck_assert_double_eq_tol(s->sites[0].announcement_s, 30, 1e-12);
    ck_assert_double_eq_tol(s->target_within_s, 120, 1e-12);
    ck_assert_double_eq_tol(s->demand.weekend_factor, 1.45, 1e-12);
    double sum = 0;
    for (int h = 0; h < 24; h++)
        sum += s->demand.profile[0][h];
    ck_assert_double_eq_tol(sum, 1, 1e-12);
    lv_scenario_free(s);
}
END_TEST

START_TEST(schedule_lookup_by_day_type_and_minute)
{
    struct lv_scenario *s = test_scenario(lv_default_scenario_text());
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 7 * 60 + 59), 1);  /* Mon 07:59 */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 8 * 60), 2);      /* Mon 08:00 */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 4, 16 * 60), 2);     /* Fri 16:00 */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 5, 10 * 60), 2);     /* Sat 10:00 */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 6, 23 * 60), 1);     /* Sun 23:00 */
    /* Fri 15:00-21:00: 2 operators, 1 floor nurse, 2 shared nurses. */
    const struct lv_band *fri = NULL;
    for (int i = 0; i < s->sites[0].operators.band_count[4]; i++)
        if (s->sites[0].operators.bands[4][i].from_min == 15 * 60)
            fri = &s->sites[0].operators.bands[4][i];
    ck_assert_ptr_nonnull(fri);
    ck_assert_int_eq(fri->to_min, 21 * 60);
    ck_assert_int_eq(fri->floor, 1);
    ck_assert_int_eq(fri->shared, 2);
    ck_assert(s->sites[0].has_doctors);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].doctors, 2, 16 * 60), 2);       /* Wed 16:00 */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].doctors, 2, 3 * 60), 1);        /* Wed 03:00 */
    /* Holidays without their own bands are staffed like Sundays. */
    for (int m = 0; m < 1440; m++)
        ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, LV_HOLIDAY_DAY_TYPE, m),
                         lv_schedule_count(&s->sites[0].operators, 6, m));
    long may17 = lv_days_from_civil(2026, 5, 17), may18 = lv_days_from_civil(2026, 5, 18);
    ck_assert_int_eq(lv_scenario_day_type(s, may17), LV_HOLIDAY_DAY_TYPE);
    ck_assert_int_eq(lv_scenario_day_type(s, may18), 0);
    lv_scenario_free(s);
}
END_TEST

static const char *minimal =
    "demand: {calls_per_hour: 10}\n"
    "calls:\n  types: [{name: a, share: 100%%, talk: 3m}]\n"
    "centre:\n  operators:\n%s";

static struct lv_scenario *with_operators(const char *bands)
{
    char yaml[2048];
    snprintf(yaml, sizeof yaml, minimal, bands);
    return test_scenario(yaml);
}

START_TEST(holiday_bands_and_day_lists)
{
    struct lv_scenario *s = with_operators("    - {days: [mon, wed], from: \"00:00\", to: \"24:00\", count: 5}\n"
                                           "    - {days: [tue, thu, fri, weekends], from: \"00:00\", to: \"12:00\", count: 1}\n"
                                           "    - {days: [tue, thu, fri, weekends], from: \"12:00\", to: \"24:00\", count: 2}\n"
                                           "    - {days: holidays, from: \"00:00\", to: \"24:00\", count: 7}\n");
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 600), 5);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 2, 600), 5);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 1, 600), 1);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 6, 800), 2);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, LV_HOLIDAY_DAY_TYPE, 800), 7);
    ck_assert_int_eq(s->sites[0].operators.band_count[1], 2);
    lv_scenario_free(s);
}
END_TEST

START_TEST(several_errors_are_reported_in_one_pass)
{
    const char *yaml = "horizon: 5x\nseed: -1\n"
                       "demand: {calls_per_hour: 10}\n"
                       "calls:\n  types: [{name: a, share: 100%, talk: {dist: exponential, mean: 0}}]\n"
                       "centre:\n  announcment: 30s\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n";
    struct lv_diags d;
    lv_diags_init(&d);
    ck_assert_ptr_null(lv_scenario_load_string(yaml, strlen(yaml), "x.yaml", &d));
    ck_assert_int_eq((int)d.count, 4);
    ck_assert_int_eq(d.items[0].line, 1);
    ck_assert_int_eq(d.items[0].column, 10);
    ck_assert_str_eq(d.items[3].message, "unknown key 'announcment' in 'centre' (did you mean 'announcement'?)");
    lv_diags_fini(&d);
}
END_TEST

START_TEST(every_key_is_documented)
{
    FILE *f = fopen(LVSIM_SOURCE_DIR "/docs/scenario.md", "rb");
    ck_assert_msg(f != NULL, "docs/scenario.md is missing");
    static char doc[1 << 18];
    size_t n = fread(doc, 1, sizeof doc - 1, f);
    doc[n] = '\0';
    fclose(f);
    int count;
    const struct lv_key_section *sec = lv_scenario_key_sections(&count);
    for (int i = 0; i < count; i++)
        for (const struct lv_key *k = sec[i].keys; k->name; k++) {
            char needle[96];
            snprintf(needle, sizeof needle, "`%s`", k->name);
            ck_assert_msg(strstr(doc, needle) != NULL, "key '%s' of section '%s' is not in docs/scenario.md",
                          k->name, sec[i].section);
        }
}
END_TEST

START_TEST(shipped_scenarios_load)
{
    const char *files[] = {"/scenarios/default.yaml", "/scenarios/erlang-e5.yaml", "/scenarios/norway.yaml",
                           "/scenarios/pooling-two-centres.yaml", "/scenarios/three-satellites.yaml"};
    for (unsigned i = 0; i < sizeof files / sizeof *files; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s%s", LVSIM_SOURCE_DIR, files[i]);
        struct lv_diags d;
        lv_diags_init(&d);
        struct lv_scenario *s = lv_scenario_load_file(path, &d);
        if (!s)
            lv_diags_write(&d, stderr);
        ck_assert_msg(s != NULL, "%s does not load", files[i]);
        lv_scenario_free(s);
        lv_diags_fini(&d);
    }
}
END_TEST

/* Inputs that once crashed the loader or its diagnostics (found by the fuzzer) must now give
 * clean diagnostics; under the sanitizer build any overflow fails the test. */
START_TEST(fuzz_regressions_load_cleanly)
{
    DIR *dir = opendir(LVSIM_SOURCE_DIR "/tests/fuzz/regressions");
    ck_assert_ptr_nonnull(dir);
    int files = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/tests/fuzz/regressions/%s", LVSIM_SOURCE_DIR, e->d_name);
        struct lv_diags d;
        lv_diags_init(&d);
        struct lv_scenario *s = lv_scenario_load_file(path, &d);
        FILE *sink = fopen("/dev/null", "w");
        ck_assert_ptr_nonnull(sink);
        lv_diags_write(&d, sink);
        fclose(sink);
        ck_assert_msg(s != NULL || d.count > 0, "%s: neither a scenario nor an error", e->d_name);
        lv_scenario_free(s);
        lv_diags_fini(&d);
        files++;
    }
    closedir(dir);
    ck_assert_int_gt(files, 0);
}
END_TEST

/* A child file extends a base one directory up: nested mappings merge key by key, lists and
 * scalars are replaced, everything else is inherited. */
START_TEST(extends_merges_over_the_base)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_file(LVSIM_SOURCE_DIR "/tests/data/extends/variants/child.yaml", &d);
    if (!s)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s->name, "child");
    ck_assert_double_eq_tol(s->demand.growth, 1.2, 1e-12);
    ck_assert_double_eq_tol(s->demand.calls_per_hour, 20, 1e-12);    /* inherited beside the change */
    ck_assert_double_eq_tol(s->sites[0].announcement_s, 30, 1e-12);  /* inherited */
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 600), 4); /* list replaced */
    ck_assert_double_eq_tol(s->horizon_s, 10 * 86400.0, 1e-9);
    ck_assert_double_eq_tol(lv_dist_mean(&s->patience), 300, 1e-9);
    lv_scenario_free(s);
    lv_diags_fini(&d);
}
END_TEST

/* Overrides address keys by path, list items by index or name, set whole structures, and are
 * validated like the file, with errors naming the override. */
START_TEST(overrides_by_path_index_and_name)
{
    const char *text = lv_default_scenario_text();
    struct lv_override ov[4];
    char buf[4][256];
    const char *args[4] = {"centre.operators[2].count=7", "calls.types[short].talk=90s",
                           "calls.patience={dist: exponential, mean: 3m}", "holidays.extra=[2026-08-14]"};
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(lv_override_parse(args[i], buf[i], sizeof buf[i], &ov[i]), 0);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load(NULL, text, "default", ov, 4, &d);
    if (!s)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 1, 16 * 60), 7); /* Tue 15:00-21:00 band */
    ck_assert_double_eq_tol(lv_dist_mean(&s->types[1].talk), 90, 1e-9);
    ck_assert_int_eq(s->patience.kind, LV_DIST_EXPONENTIAL);
    ck_assert_double_eq_tol(lv_dist_mean(&s->patience), 180, 1e-9);
    ck_assert_int_eq(s->extra_holiday_count, 1);
    lv_scenario_free(s);
    lv_diags_fini(&d);

    struct lv_override bad;
    char b[256];
    ck_assert_int_eq(lv_override_parse("centre.operators[1].count=-2", b, sizeof b, &bad), 0);
    lv_diags_init(&d);
    ck_assert_ptr_null(lv_scenario_load(NULL, text, "default", &bad, 1, &d));
    ck_assert_int_eq((int)d.count, 1);
    ck_assert_str_eq(d.items[0].file, "--set 'centre.operators[1].count=-2'");
    ck_assert_str_eq(d.items[0].message, "'count' must be an integer from 0 to 10000, got '-2'");
    lv_diags_fini(&d);
    ck_assert_int_eq(lv_override_parse("novalue", b, sizeof b, &bad), -1);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("scenario");
    TCase *t = tcase_create("load");
    tcase_add_test(t, default_scenario_loads_with_model_md_values);
    tcase_add_test(t, schedule_lookup_by_day_type_and_minute);
    tcase_add_test(t, holiday_bands_and_day_lists);
    tcase_add_test(t, several_errors_are_reported_in_one_pass);
    tcase_add_test(t, every_key_is_documented);
    tcase_add_test(t, shipped_scenarios_load);
    tcase_add_test(t, fuzz_regressions_load_cleanly);
    tcase_add_test(t, extends_merges_over_the_base);
    tcase_add_test(t, overrides_by_path_index_and_name);
    suite_add_tcase(s, t);
    return s;
}
