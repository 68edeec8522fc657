/* test_scenario.c — the loader on good input: defaults, units, schedules, holidays. Bad input is covered by
 * tests/bad_input.sh with one file per error. The schema (scenario/schema.h): every default within
 * its bounds, enum names with "did you mean", and a reference that names every key. */
#include "suites.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/scenario.h"
#include "scenario/schema.h"

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

/* Every section reachable from the schema (the top level, then each row's sub-section), once. */
static int schema_sections(const struct lv__section *sec, const struct lv__section **out, int n)
{
    for (int i = 0; i < n; i++)
        if (out[i] == sec)
            return n;
    ck_assert_int_lt(n, 64);
    out[n++] = sec;
    for (int i = 0; i < sec->count; i++)
        if (sec->rows[i].sub)
            n = schema_sections(sec->rows[i].sub, out, n);
    return n;
}

static int all_sections(const struct lv__section **out)
{
    int n = schema_sections(&lv__scenario_schema, out, 0);
    return schema_sections(&lv__dist_section, out, n);
}

/* Every row's default parses by the row's own rule and lies within its bounds; and a scenario that
 * gives a key its default explicitly (through --set) loads and equals one that leaves it out. */
START_TEST(every_default_lies_within_bounds_and_loads)
{
    const struct lv__section *secs[64];
    int n = all_sections(secs), defaults = 0;
    for (int i = 0; i < n; i++)
        for (int r = 0; r < secs[i]->count; r++) {
            const struct lv__field *row = &secs[i]->rows[r];
            if (!row->def)
                continue;
            union {
                double d[24];
                struct lv_dist dist;
                char text[256];
                long long ll;
            } value;
            memset(&value, 0, sizeof value);
            ck_assert_msg(lv__field_default(row, &value) == 0, "default '%s' of '%s' in '%s' does not parse or is out of bounds",
                          row->def, row->name, secs[i]->path);
            if (row->kind == LV__DURATION || row->kind == LV__NUMBER) {
                ck_assert_msg(value.d[0] >= row->min && value.d[0] <= row->max, "'%s' default out of bounds", row->name);
                ck_assert_msg(!(row->flags & LV__OPEN) || value.d[0] > row->min, "'%s' default at an open bound",
                              row->name);
            }
            if (row->kind == LV__DIST)
                lv_dist_fini(&value.dist);
            defaults++;
        }
    ck_assert_int_ge(defaults, 40);

    /* Sections of struct lv_scenario, by the path a --set gives them. */
    static const struct {
        const char *path;
        const char *prefix;
    } paths[] = {{"", ""}, {"target", "target."}, {"holidays", "holidays."}, {"demand", "demand."},
                 {"calls", "calls."}, {"calls.redial", "calls.redial."}, {"clinical", "clinical."},
                 {"clinical.periods", "clinical.periods."}, {"clinical.home_visit", "clinical.home_visit."},
                 {"clinical.call_out", "clinical.call_out."}, {"clinical.assist", "clinical.assist."},
                 {"centre", "centre."}, {"centre.backup", "centre.backup."}};
    const char *base = lv_default_scenario_text();
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *plain = lv_scenario_load(NULL, base, "default", NULL, 0, &d);
    ck_assert_ptr_nonnull(plain);
    int checked = 0;
    for (int i = 0; i < n; i++)
        for (unsigned p = 0; p < sizeof paths / sizeof *paths; p++) {
            if (strcmp(secs[i]->path, paths[p].path) != 0)
                continue;
            for (int r = 0; r < secs[i]->count; r++) {
                const struct lv__field *row = &secs[i]->rows[r];
                if (!row->def || (row->kind == LV__NUMBERS && strcmp(paths[p].path, "demand") != 0))
                    continue;
                char path[128], text[512];
                snprintf(path, sizeof path, "%s%s", paths[p].prefix, row->name);
                snprintf(text, sizeof text, "%s=%s", path, row->def);
                struct lv_override o = {.path = path, .value = row->def, .text = text};
                struct lv_scenario *s = lv_scenario_load(NULL, base, "default", &o, 1, &d);
                if (!s)
                    lv_diags_write(&d, stderr);
                ck_assert_msg(s != NULL, "--set %s does not load", text);
                lv_scenario_free(s);
                checked++;
            }
        }
    ck_assert_int_ge(checked, 30);
    lv_scenario_free(plain);
    lv_diags_fini(&d);
}
END_TEST

/* The defaults a minimal scenario gets are the rows' defaults (and MODEL.md's where the docs say). */
START_TEST(defaults_come_from_the_rows)
{
    struct lv_scenario *s = with_operators("    - {days: all, from: \"00:00\", to: \"24:00\", count: 1}\n");
    ck_assert_str_eq(s->name, "unnamed scenario");
    ck_assert_int_eq(s->start_day, lv_days_from_civil(2026, 1, 5));
    ck_assert_double_eq(s->horizon_s, 28 * 86400.0);
    ck_assert_double_eq(s->warmup_s, 86400.0);
    ck_assert_int_eq(s->replications, 20);
    ck_assert_uint_eq(s->seed, 1);
    ck_assert_double_eq(s->target_within_s, 120);
    ck_assert_double_eq(s->target_share, 0.8);
    ck_assert_double_eq(s->interval_s, 3600);
    ck_assert(s->christmas_eve_holiday && s->new_years_eve_holiday);
    ck_assert_double_eq(s->demand.growth, 1);
    ck_assert_double_eq(s->satellite_factor, 1);
    ck_assert_int_eq(s->patience.kind, LV_DIST_NEVER);
    ck_assert_int_eq(s->sites[0].queue_capacity, LV_UNLIMITED_QUEUE);
    ck_assert_int_eq(s->sites[0].shared_priority, LV_SHARED_PHONE_FIRST);
    ck_assert_int_eq(s->sites[0].pool, -1);
    ck_assert_int_eq(s->clinical.period_start_min[LV_EVENING], 16 * 60);
    ck_assert_double_eq(s->clinical.no_show, 0.03);
    ck_assert_double_eq_tol(lv_dist_mean(&s->clinical.consultation), 15 * 60, 1e-6);
    ck_assert_double_eq_tol(lv_dist_mean(&s->clinical.callback), 5 * 60, 1e-9);
    ck_assert_double_eq_tol(lv_dist_mean(&s->clinical.call_out), 3600, 1e-6);
    ck_assert_double_eq(lv_dist_mean(&s->clinical.red_arrival), 15 * 60);
    ck_assert_double_eq(s->demand.season[11], 1.10);
    ck_assert_int_eq(s->types[0].after_call.kind, LV_DIST_DETERMINISTIC);
    lv_scenario_free(s);
}
END_TEST

static char *load_error(const char *yaml)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_string(yaml, strlen(yaml), "x.yaml", &d);
    ck_assert_ptr_null(s);
    ck_assert_int_ge((int)d.count, 1);
    char *m = strdup(d.items[0].message);
    lv_diags_fini(&d);
    return m;
}

/* Each name of an enum row, misspelt (its last letter dropped), is refused with a suggestion of
 * that name; a value far from every name gets no suggestion. */
START_TEST(enum_value_not_in_table_suggests_a_name)
{
    const struct lv__field *centre = lv__field(&lv__scenario_schema, "centre");
    ck_assert_ptr_nonnull(centre);
    const struct lv__field *row = lv__field(centre->sub, "shared_priority");
    ck_assert_ptr_nonnull(row);
    ck_assert_int_eq(row->kind, LV__ENUM);
    int names = 0;
    for (const struct lv__name *n = row->names; n->name; n++, names++) {
        char bad[64], yaml[1024], want[128];
        snprintf(bad, sizeof bad, "%.*s", (int)strlen(n->name) - 1, n->name);
        snprintf(yaml, sizeof yaml,
                 "demand: {calls_per_hour: 10}\ncalls:\n  types: [{name: a, share: 100%%, talk: 3m}]\n"
                 "centre:\n  shared_priority: %s\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n",
                 bad);
        char *m = load_error(yaml);
        snprintf(want, sizeof want, "got '%s' (did you mean '%s'?)", bad, n->name);
        ck_assert_msg(strstr(m, want) != NULL, "'%s' gave: %s", bad, m);
        ck_assert_msg(strncmp(m, "'shared_priority' must be phone_first, floor_first or red_floor_first", 69) == 0,
                      "%s", m);
        free(m);
    }
    ck_assert_int_eq(names, 3);
    char *m = load_error("demand: {calls_per_hour: 10}\ncalls:\n  types: [{name: a, share: 100%, talk: "
                         "{dist: exponentail, mean: 3m}}]\ncentre:\n  operators: [{days: all, from: \"00:00\", to: "
                         "\"24:00\", count: 1}]\n");
    ck_assert_str_eq(m, "'dist' must be one of deterministic, exponential, lognormal, gamma, weibull, uniform, "
                        "triangular, empirical, got 'exponentail' (did you mean 'exponential'?)");
    free(m);
    m = load_error("demand: {calls_per_hour: 10}\ncalls:\n  types: [{name: a, share: 100%, talk: 3m}]\n"
                   "centre:\n  shared_priority: zzzzzzzz\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n");
    ck_assert_str_eq(m, "'shared_priority' must be phone_first, floor_first or red_floor_first, got 'zzzzzzzz'");
    free(m);
}
END_TEST

/* The generated reference has a table for every section, a line for every key the reader
 * accepts in it (walking the schema), and every distribution form. */
START_TEST(reference_names_every_key)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(lv_scenario_reference_markdown(f, LV_LANG_EN), 0);
    fclose(f);
    const struct lv__section *secs[64];
    int n = all_sections(secs), keys = 0;
    ck_assert_int_ge(n, 20);
    for (int i = 0; i < n; i++) {
        char heading[128];
        if (*secs[i]->path)
            snprintf(heading, sizeof heading, "### `%s`: ", secs[i]->path);
        else
            snprintf(heading, sizeof heading, "### %s\n", secs[i]->title);
        const char *at = strstr(text, heading);
        ck_assert_msg(at != NULL, "no heading for section '%s'", secs[i]->path);
        const char *next = strstr(at + 4, "\n### ");
        for (int r = 0; r < secs[i]->count; r++) {
            char line[96];
            snprintf(line, sizeof line, "\n| `%s` | ", secs[i]->rows[r].name);
            const char *hit = strstr(at, line);
            ck_assert_msg(hit && (!next || hit < next), "key '%s' of '%s' is not in its table", secs[i]->rows[r].name,
                          secs[i]->path);
            keys++;
        }
    }
    ck_assert_int_ge(keys, 120);
    for (const struct lv__name *form = lv__dist_forms; form->name; form++) {
        char line[64];
        snprintf(line, sizeof line, "\n| `%s` | ", form->name);
        ck_assert_msg(strstr(text, line) != NULL, "distribution '%s' is not in the reference", form->name);
    }
    /* A key of a section is accepted there (it is no "unknown key"), a name not in it is not. */
    char *m = load_error("demand: {calls_per_hour: 10, growht: 1}\ncalls:\n  types: [{name: a, share: 100%, talk: 3m}]\n"
                         "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n");
    ck_assert_str_eq(m, "unknown key 'growht' in 'demand' (did you mean 'growth'?)");
    free(m);
    free(text);
}
END_TEST

START_TEST(shipped_scenarios_load)
{
    const char *files[] = {"/scenarios/default.yaml", "/scenarios/erlang-e5.yaml", "/scenarios/norway.yaml",
                           "/scenarios/pooling-two-centres.yaml", "/scenarios/three-satellites.yaml",
                           "/scenarios/easter-influenza.yaml"};
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

/* Demand periods: read from a file (inclusive days, optional name, in the order given), reached
 * by --set as a whole list and item by name, and kept by the render. */
START_TEST(demand_periods_load_and_override)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_file(LVSIM_SOURCE_DIR "/scenarios/easter-influenza.yaml", &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(s->demand.period_count, 2);
    ck_assert_str_eq(s->demand.periods[1].name, "Easter");
    ck_assert_int_eq(s->demand.periods[1].from_day, lv_days_from_civil(2026, 3, 28));
    ck_assert_int_eq(s->demand.periods[1].to_day, lv_days_from_civil(2026, 4, 6));
    ck_assert_double_eq(s->demand.periods[1].factor, 1.3);
    ck_assert_double_eq(lv_scenario_demand_factor(s, lv_days_from_civil(2026, 2, 22)), 1.25);
    ck_assert_double_eq(lv_scenario_demand_factor(s, lv_days_from_civil(2026, 2, 23)), 1);
    lv_scenario_free(s);

    struct lv_override ov[2];
    char buf[2][256];
    const char *args[2] = {"demand.periods=[{from: 2026-05-16, to: 2026-05-18, factor: 1.5, name: 17mai}, "
                           "{from: 2026-07-01, to: 2026-07-31, factor: 0.9}]",
                           "demand.periods[17mai].factor=1.6"};
    for (int i = 0; i < 2; i++)
        ck_assert_int_eq(lv_override_parse(args[i], buf[i], sizeof buf[i], &ov[i]), 0);
    const char *text = lv_default_scenario_text();
    s = lv_scenario_load(NULL, text, "default", ov, 2, &d);
    if (!s)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(s->demand.period_count, 2);
    ck_assert_double_eq(s->demand.periods[0].factor, 1.6);
    ck_assert_str_eq(s->demand.periods[1].name, "");
    ck_assert_double_eq(lv_scenario_demand_factor(s, lv_days_from_civil(2026, 7, 31)), 0.9);
    char *yaml = lv_scenario_render(NULL, text, "default", ov, 2, &d);
    ck_assert_ptr_nonnull(yaml);
    struct lv_scenario *again = lv_scenario_load_string(yaml, strlen(yaml), "rendered", &d);
    ck_assert_ptr_nonnull(again);
    ck_assert_int_eq(memcmp(&again->demand, &s->demand, sizeof s->demand), 0);
    lv_scenario_free(again);
    free(yaml);
    lv_scenario_free(s);
    lv_diags_fini(&d);
}
END_TEST

/* centre.backup.on_call: bands without a count, gaps allowed (not on call), holidays as Sunday;
 * overlaps and a count are refused; without it the backup is on call round the clock. */
START_TEST(backup_on_call_bands)
{
    const char *base = "demand: {calls_per_hour: 10}\ncalls:\n  types: [{name: a, share: 100%, talk: 3m}]\n"
                       "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n"
                       "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n"
                       "  backup:\n    activation: 30m\n    red_busy: true\n";
    char yaml[2048];
    snprintf(yaml, sizeof yaml, "%s", base);
    struct lv_scenario *s = test_scenario(yaml);
    ck_assert(!s->sites[0].backup.has_on_call);
    lv_scenario_free(s);
    snprintf(yaml, sizeof yaml, "%s    on_call:\n      - {days: weekdays, from: \"23:00\", to: \"24:00\"}\n"
             "      - {days: [sat, sun], from: \"00:00\", to: \"24:00\"}\n", base);
    s = test_scenario(yaml);
    const struct lv_schedule *oc = &s->sites[0].backup.on_call;
    ck_assert(s->sites[0].backup.has_on_call);
    ck_assert_int_eq(oc->band_count[0], 2); /* Monday: off until 23:00, then on */
    ck_assert_int_eq(oc->bands[0][0].count, 0);
    ck_assert_int_eq(oc->bands[0][1].from_min, 23 * 60);
    ck_assert_int_eq(oc->bands[0][1].count, 1);
    ck_assert_int_eq(oc->band_count[LV_HOLIDAY_DAY_TYPE], 1); /* as Sunday: all day */
    ck_assert_int_eq(oc->bands[LV_HOLIDAY_DAY_TYPE][0].count, 1);
    lv_scenario_free(s);
    snprintf(yaml, sizeof yaml, "%s    on_call: [{days: all, from: \"00:00\", to: \"08:00\"}, {days: sun, from: \"07:00\", to: \"09:00\"}]\n",
             base);
    char *m = load_error(yaml);
    /* named as --set addresses it, counting from 0 */
    ck_assert_msg(strstr(m, "on_call[1] overlaps on_call[0] on Sun at 07:00") != NULL, "%s", m);
    free(m);
    snprintf(yaml, sizeof yaml, "%s    on_call: [{days: all, from: \"00:00\", to: \"08:00\", count: 1}]\n", base);
    m = load_error(yaml);
    ck_assert_msg(strstr(m, "unknown key 'count'") != NULL, "%s", m);
    free(m);
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
    tcase_add_test(t, every_default_lies_within_bounds_and_loads);
    tcase_add_test(t, defaults_come_from_the_rows);
    tcase_add_test(t, enum_value_not_in_table_suggests_a_name);
    tcase_add_test(t, reference_names_every_key);
    tcase_add_test(t, shipped_scenarios_load);
    tcase_add_test(t, fuzz_regressions_load_cleanly);
    tcase_add_test(t, extends_merges_over_the_base);
    tcase_add_test(t, overrides_by_path_index_and_name);
    tcase_add_test(t, demand_periods_load_and_override);
    tcase_add_test(t, backup_on_call_bands);
    suite_add_tcase(s, t);
    return s;
}
