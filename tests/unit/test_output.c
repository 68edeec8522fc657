/* test_output.c — the JSON and CSV renderings of results built by hand: the JSON document parses
 * and holds the documented keys, in order, with the known values (undefined figures null); each
 * CSV table has its documented header, a row per scope and as many cells on every line; sites and
 * areas come in planners' order in CSV and scenario order in JSON; several centres nest their
 * intervals; an unknown table and a stream that cannot be written give -1. A censored quantile
 * keeps its number and adds "censored" in JSON, reads ">14400" in CSV; overloaded intervals are
 * listed under "overloaded", which a healthy run leaves out. */
#include "suites.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/compare.h"
#include "lvsim/output.h"
#include "lvsim/report.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"

static const char *two_centres =
    "horizon: 8d\nwarmup: 1d\nstart: 2026-01-05\n"
    "demand: {calls_per_hour: 6}\n"
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"
    "centres:\n"
    "  - {name: north, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n"
    "  - {name: south, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n"
    "areas:\n"
    "  - {name: a, population: 1000, centre: north}\n"
    "  - {name: b, population: 1000, centre: south}\n";

/* A run built by hand with its summary. */
struct fixture {
    struct lv_scenario *sc;
    struct lv_results r;
    struct lv_summary s;
    struct lv_layout l;
};

static void fixture_init(struct fixture *f, const char *yaml)
{
    f->sc = test_scenario(yaml);
    test_results(&f->r, f->sc, 3);
    lv_layout_init(&f->l, f->sc, f->r.interval_count, f->r.day_count);
}

static void fixture_summarise(struct fixture *f) { ck_assert_int_eq(lv_summary_compute(&f->r, &f->s), 0); }

static void fixture_fini(struct fixture *f)
{
    lv_summary_fini(&f->s);
    lv_results_fini(&f->r);
    lv_scenario_free(f->sc);
}

/* A CSV table as text, malloc'd. */
static char *csv(const struct fixture *f, const char *kind)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    ck_assert_ptr_nonnull(out);
    ck_assert_int_eq(lv_output_csv(&f->r, &f->s, kind, out), 0);
    fclose(out);
    return text;
}

/* Lines of text (each ending in a newline), failing unless every line has `cells` cells. */
static int lines_of(const char *text, int cells)
{
    int lines = 0, commas = 0;
    for (const char *p = text; *p; p++) {
        if (*p == ',')
            commas++;
        else if (*p == '\n') {
            ck_assert_msg(commas + 1 == cells, "line %d has %d cells, expected %d", lines + 1, commas + 1, cells);
            lines++;
            commas = 0;
        }
    }
    ck_assert_msg(text[0] == '\0' || text[strlen(text) - 1] == '\n', "last line unterminated");
    return lines;
}

static const double within_y[] = {70, 90, 80}, within_x[] = {100, 100, 100};

static double number_at(const cJSON *o, const char *a, const char *b)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, a);
    if (b)
        x = cJSON_GetObjectItemCaseSensitive(x, b);
    ck_assert_msg(cJSON_IsNumber(x), "%s.%s is not a number", a, b ? b : "");
    return x->valuedouble;
}

static const char *string_at(const cJSON *o, const char *key)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    ck_assert_msg(cJSON_IsString(x), "%s is not a string", key);
    return x->valuestring;
}

START_TEST(json_holds_the_documented_figures)
{
    struct fixture f;
    fixture_init(&f, TEST_ONE_CENTRE);
    test_figure(&f.r, LV_M_WITHIN_TARGET, within_y, within_x);
    const double nan3[] = {NAN, NAN, NAN};
    test_figure(&f.r, LV_M_DOCTOR_WAIT_MEAN, nan3, nan3); /* no clinical side */
    test_figure(&f.r, lv_layout_interval(&f.l, 5, LV_I_WITHIN_TARGET), within_y, within_x);
    fixture_summarise(&f);
    char *text = lv_output_json(&f.r, &f.s);
    ck_assert_ptr_nonnull(text);
    cJSON *doc = cJSON_Parse(text);
    ck_assert_ptr_nonnull(doc);

    /* The top-level keys in the documented order (docs/output.md). */
    static const char *const keys[] = {
        "lvsim_version", "scenario", "seed",    "generator", "replications", "confidence", "start",
        "horizon_s",     "warmup_s", "interval_s", "target", "summary", "answer_times", "caller_times",
        "intervals_meeting_target",
        "intervals_with_calls", "intervals", "urgencies", "sites", "centres_by_band", "areas", "days", "engine"};
    int i = 0;
    for (const cJSON *item = doc->child; item; item = item->next, i++) {
        ck_assert_int_lt(i, (int)(sizeof keys / sizeof *keys));
        ck_assert_str_eq(item->string, keys[i]);
    }
    ck_assert_int_eq(i, (int)(sizeof keys / sizeof *keys)); /* no site_intervals with one centre */

    ck_assert_str_eq(string_at(cJSON_GetObjectItem(doc, "scenario"), "source"), "test");
    ck_assert_str_eq(string_at(cJSON_GetObjectItem(doc, "scenario"), "name"), f.sc->name);
    ck_assert_double_eq(number_at(doc, "seed", NULL), 42);
    ck_assert_str_eq(string_at(doc, "generator"), "mt19937");
    ck_assert_double_eq(number_at(doc, "replications", NULL), 3);
    ck_assert_double_eq(number_at(doc, "confidence", NULL), 0.95);
    ck_assert_str_eq(string_at(doc, "start"), "2026-01-05");
    ck_assert_double_eq(number_at(doc, "horizon_s", NULL), 8 * 86400);
    ck_assert_double_eq(number_at(doc, "warmup_s", NULL), 86400);
    ck_assert_double_eq(number_at(doc, "interval_s", NULL), 3600);
    ck_assert_double_eq(number_at(doc, "target", "within_s"), 120);
    ck_assert_double_eq(number_at(doc, "target", "share"), 0.8);

    const cJSON *summary = cJSON_GetObjectItem(doc, "summary");
    ck_assert_int_eq(cJSON_GetArraySize(summary), LV_HEADLINE_COUNT);
    const cJSON *sl = cJSON_GetObjectItem(summary, "answered_within_target");
    ck_assert_double_eq_tol(number_at(sl, "mean", NULL), 0.8, 1e-15);
    /* shares 0.7, 0.9, 0.8 of equal weight: sd 0.1, ci95 = t(0.975, 2) 0.1 / √3, t in closed form */
    ck_assert_double_eq_tol(number_at(sl, "ci95", NULL), 0.95 * sqrt(2 / (4 * 0.975 * 0.025)) * 0.1 / sqrt(3), 1e-12);
    ck_assert_double_eq(number_at(sl, "n", NULL), 3);
    const cJSON *wait = cJSON_GetObjectItem(summary, "doctor_wait_mean_s");
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(wait, "mean")));
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(wait, "ci95")));
    ck_assert_double_eq(number_at(wait, "n", NULL), 0);

    const cJSON *intervals = cJSON_GetObjectItem(doc, "intervals");
    ck_assert_int_eq(cJSON_GetArraySize(intervals), 168);
    const cJSON *first = cJSON_GetArrayItem(intervals, 0), *last = cJSON_GetArrayItem(intervals, 167);
    ck_assert_str_eq(string_at(first, "weekday"), "Mon");
    ck_assert_str_eq(string_at(first, "start"), "00:00");
    ck_assert_str_eq(string_at(first, "end"), "01:00");
    ck_assert_str_eq(string_at(last, "weekday"), "Sun");
    ck_assert_str_eq(string_at(last, "start"), "23:00");
    ck_assert_str_eq(string_at(last, "end"), "24:00");
    ck_assert_int_eq(cJSON_GetArraySize(first), 3 + LV_I_AWAY); /* no time away in this scenario: no phone_away_share */
    ck_assert_double_eq_tol(number_at(cJSON_GetArrayItem(intervals, 5), "answered_within_target", "mean"), 0.8, 1e-15);

    const cJSON *urgencies = cJSON_GetObjectItem(doc, "urgencies");
    ck_assert_int_eq(cJSON_GetArraySize(urgencies), 3);
    ck_assert_str_eq(string_at(cJSON_GetArrayItem(urgencies, 0), "urgency"), lv_urgency_name(LV_RED));
    const cJSON *site = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "sites"), 0);
    ck_assert_str_eq(string_at(site, "name"), "only");
    ck_assert_str_eq(string_at(site, "kind"), "centre");
    ck_assert_double_eq(number_at(doc, "centres_by_band", "at_most_50_percent"), 1); /* its share is 0 */
    ck_assert_str_eq(string_at(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "areas"), 0), "centre"), "only");
    const cJSON *days = cJSON_GetObjectItem(doc, "days");
    ck_assert_int_eq(cJSON_GetArraySize(days), 7); /* day 1 is warm-up */
    ck_assert_str_eq(string_at(cJSON_GetArrayItem(days, 0), "date"), "2026-01-06");
    ck_assert_str_eq(string_at(cJSON_GetArrayItem(days, 0), "day_type"), "Tue");
    ck_assert_double_eq(number_at(doc, "engine", "events"), 1000 + 1001 + 1002);
    ck_assert_double_eq(number_at(doc, "engine", "call_attempts"), 100 + 101 + 102);
    cJSON_Delete(doc);
    free(text);
    fixture_fini(&f);
}
END_TEST

START_TEST(csv_tables_have_their_rows_and_columns)
{
    struct fixture f;
    fixture_init(&f, TEST_ONE_CENTRE);
    const double nan3[] = {NAN, NAN, NAN};
    test_figure(&f.r, LV_M_DOCTOR_WAIT_MEAN, nan3, nan3);
    test_figure(&f.r, LV_M_WITHIN_TARGET, within_y, within_x);
    fixture_summarise(&f);

    char *t = csv(&f, "summary");
    ck_assert_int_eq(lines_of(t, 4), 1 + LV_HEADLINE_COUNT);
    ck_assert(strncmp(t, "metric,mean,ci95,n\ncalls_offered,0,0,3\n", 39) == 0);
    char line[80]; /* 10 significant digits; t(0.975, 2) in closed form as above */
    snprintf(line, sizeof line, "\nanswered_within_target,0.8,%.10g,3\n", 0.95 * sqrt(2 / (4 * 0.975 * 0.025)) * 0.1 / sqrt(3));
    ck_assert_ptr_nonnull(strstr(t, line));
    ck_assert_ptr_nonnull(strstr(t, "\ndoctor_wait_mean_s,,,0\n")); /* undefined: empty cells */
    free(t);

    t = csv(&f, "intervals");
    ck_assert_int_eq(lines_of(t, 3 + 2 * LV_I_AWAY), 1 + 168);
    ck_assert(strncmp(t, "weekday,start,end,calls_offered_per_week,calls_offered_per_week_ci95,answered_within_target,", 91) == 0);
    ck_assert_ptr_nonnull(strstr(t, "\nMon,00:00,01:00,0,0,"));
    ck_assert_ptr_nonnull(strstr(t, "\nSun,23:00,24:00,0,0,"));
    free(t);

    static const struct {
        const char *kind, *header_start;
        int keys, metrics, rows;
    } tables[] = {
        {"urgencies", "urgency,clinical_calls_per_day,clinical_calls_per_day_ci95,", 1, LV_URGENCY_METRIC_COUNT, 3},
        {"sites", "name,kind,calls_offered_per_day,calls_offered_per_day_ci95,", 2, LV_SITE_METRIC_COUNT, 1},
        {"areas", "name,centre,calls_offered_per_day,", 2, LV_AREA_METRIC_COUNT, 1},
        {"days", "date,day_type,calls_offered,calls_offered_ci95,", 2, LV_DAY_METRIC_COUNT, 7},
        {"site_intervals", "name,weekday,start,end,calls_offered_per_week,", 4, LV_SITE_INTERVAL_METRIC_COUNT, 0},
    };
    for (size_t k = 0; k < sizeof tables / sizeof *tables; k++) {
        t = csv(&f, tables[k].kind);
        ck_assert_msg(strncmp(t, tables[k].header_start, strlen(tables[k].header_start)) == 0, "%s: %.80s",
                      tables[k].kind, t);
        ck_assert_int_eq(lines_of(t, tables[k].keys + 2 * tables[k].metrics), 1 + tables[k].rows);
        free(t);
    }
    t = csv(&f, "days");
    ck_assert_ptr_nonnull(strstr(t, "\n2026-01-06,Tue,"));
    free(t);
    ck_assert_int_eq(lv_output_csv(&f.r, &f.s, "bogus", stdout), -1);
    fixture_fini(&f);
}
END_TEST

START_TEST(several_centres_rank_in_csv_and_nest_in_json)
{
    struct fixture f;
    fixture_init(&f, two_centres);
    /* north answers 80 % within target, south 50 %: south is listed first for planners */
    const double south_y[] = {50, 50, 50};
    test_figure(&f.r, lv_layout_site(&f.l, 0, LV_S_WITHIN_TARGET), within_y, within_x);
    test_figure(&f.r, lv_layout_site(&f.l, 1, LV_S_WITHIN_TARGET), south_y, within_x);
    test_figure(&f.r, lv_layout_area(&f.l, 0, LV_A_WITHIN_TARGET), within_y, within_x);
    test_figure(&f.r, lv_layout_area(&f.l, 1, LV_A_WITHIN_TARGET), south_y, within_x);
    fixture_summarise(&f);

    char *t = csv(&f, "sites");
    ck_assert_int_eq(lines_of(t, 2 + 2 * LV_SITE_METRIC_COUNT), 3);
    char *south = strstr(t, "\nsouth,centre,"), *north = strstr(t, "\nnorth,centre,");
    ck_assert(south && north && south < north);
    free(t);
    t = csv(&f, "areas");
    south = strstr(t, "\nb,south,");
    north = strstr(t, "\na,north,");
    ck_assert(south && north && south < north);
    free(t);
    t = csv(&f, "site_intervals");
    ck_assert_int_eq(lines_of(t, 4 + 2 * LV_SITE_INTERVAL_METRIC_COUNT), 1 + 2 * 168);
    ck_assert_ptr_nonnull(strstr(t, "\nnorth,Mon,00:00,01:00,"));
    ck_assert_ptr_nonnull(strstr(t, "\nsouth,Sun,23:00,24:00,"));
    free(t);

    char *text = lv_output_json(&f.r, &f.s);
    cJSON *doc = cJSON_Parse(text);
    ck_assert_ptr_nonnull(doc);
    const cJSON *sites = cJSON_GetObjectItem(doc, "sites");
    ck_assert_str_eq(string_at(cJSON_GetArrayItem(sites, 0), "name"), "north"); /* scenario order */
    ck_assert_double_eq_tol(number_at(cJSON_GetArrayItem(sites, 1), "answered_within_target", "mean"), 0.5, 1e-15);
    const cJSON *nested = cJSON_GetObjectItem(doc, "site_intervals");
    ck_assert_int_eq(cJSON_GetArraySize(nested), 2);
    for (int x = 0; x < 2; x++) {
        const cJSON *site = cJSON_GetArrayItem(nested, x);
        ck_assert_str_eq(string_at(site, "name"), x ? "south" : "north");
        const cJSON *rows = cJSON_GetObjectItem(site, "intervals");
        ck_assert_int_eq(cJSON_GetArraySize(rows), 168);
        const cJSON *row = cJSON_GetArrayItem(rows, 167);
        ck_assert_str_eq(string_at(row, "weekday"), "Sun");
        ck_assert_ptr_null(cJSON_GetObjectItem(row, "name"));
        ck_assert_ptr_nonnull(cJSON_GetObjectItem(row, "calls_offered_per_week"));
    }
    ck_assert_double_eq(number_at(doc, "centres_by_band", "meeting_target"), 1);
    ck_assert_double_eq(number_at(doc, "centres_by_band", "at_most_50_percent"), 1);
    cJSON_Delete(doc);
    free(text);
    fixture_fini(&f);
}
END_TEST

START_TEST(comparison_json_holds_both_runs_and_the_difference)
{
    struct fixture fa, fb;
    fixture_init(&fa, TEST_ONE_CENTRE);
    fixture_init(&fb, TEST_ONE_CENTRE);
    const double yb[] = {75, 96, 84};
    test_figure(&fa.r, LV_M_WITHIN_TARGET, within_y, within_x);
    test_figure(&fb.r, LV_M_WITHIN_TARGET, yb, within_x);
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&fa.r, &fb.r, &c), 0);
    char *text = lv_output_compare_json(&fa.r, &fb.r, &c);
    cJSON *doc = cJSON_Parse(text);
    ck_assert_ptr_nonnull(doc);
    ck_assert_str_eq(string_at(doc, "a"), "test");
    ck_assert_double_eq(number_at(doc, "seed", NULL), 42);
    const cJSON *sl = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "summary"), "answered_within_target");
    ck_assert_double_eq_tol(number_at(sl, "a", "mean"), 0.8, 1e-15);
    ck_assert_double_eq_tol(number_at(sl, "b", "mean"), 0.85, 1e-15);
    ck_assert_double_eq_tol(number_at(sl, "b_minus_a", "mean"), 0.05, 1e-15);
    ck_assert_double_eq_tol(number_at(sl, "b_minus_a", "ci95"), c.paired[LV_M_WITHIN_TARGET].half_width, 1e-15);
    ck_assert_double_eq_tol(number_at(sl, "unpaired_ci95", NULL), c.unpaired_half_width[LV_M_WITHIN_TARGET], 1e-15);
    const cJSON *intervals = cJSON_GetObjectItem(doc, "intervals");
    ck_assert_int_eq(cJSON_GetArraySize(intervals), 168);
    ck_assert_str_eq(string_at(cJSON_GetArrayItem(intervals, 167), "end"), "24:00");
    ck_assert_ptr_nonnull(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(intervals, 0), "busy"), "b_minus_a"));
    cJSON_Delete(doc);
    free(text);
    /* A comparison's tables have no CSV layout. */
    struct lv_figures figs;
    lv_figures_init(&figs);
    ck_assert_int_eq(lv_figures_compare(&figs, &fa.r, &fb.r, &c), 0);
    FILE *null = fopen("/dev/null", "w");
    ck_assert_ptr_nonnull(null);
    /* a comparison's table is written long: a line per interval and figure (lvsim compare --csv) */
    char *csv = NULL;
    size_t csv_size = 0;
    FILE *mem = open_memstream(&csv, &csv_size);
    ck_assert_int_eq(lv_output_figures_csv(lv_figures_table(&figs, "intervals"), mem), 0);
    fclose(mem);
    ck_assert_ptr_nonnull(strstr(csv, "weekday,start,end,metric,a,a_ci95,b,b_ci95,b_minus_a,b_minus_a_ci95,unpaired_ci95\n"));
    ck_assert_ptr_nonnull(strstr(csv, "\nMon,00:00,"));
    free(csv);
    fclose(null);
    lv_figures_fini(&figs);
    lv_comparison_fini(&c);
    lv_results_fini(&fa.r);
    lv_results_fini(&fb.r);
    lv_scenario_free(fa.sc);
    lv_scenario_free(fb.sc);
}
END_TEST

START_TEST(write_errors_are_reported)
{
    struct fixture f;
    fixture_init(&f, TEST_ONE_CENTRE);
    fixture_summarise(&f);
    /* A full disk: the table fits in the stream's buffer, so only the flush finds it. */
    FILE *full = fopen("/dev/full", "w");
    ck_assert_ptr_nonnull(full);
    ck_assert_int_eq(lv_output_csv(&f.r, &f.s, "summary", full), -1);
    fclose(full);
    /* A stream that cannot be written at all. */
    FILE *ro = fopen("/dev/null", "r");
    ck_assert_ptr_nonnull(ro);
    ck_assert_int_eq(lv_output_csv(&f.r, &f.s, "intervals", ro), -1);
    ck_assert_int_eq(lv_output_text(&f.r, &f.s, ro), -1);
    fclose(ro);
    /* And one that can. */
    FILE *ok = fopen("/dev/null", "w");
    ck_assert_ptr_nonnull(ok);
    ck_assert_int_eq(lv_output_csv(&f.r, &f.s, "days", ok), 0);
    fclose(ok);
    fixture_fini(&f);
}
END_TEST

/* The renderers need a figure table only: one made by hand, without results, renders as CSV in
 * its rank order with empty cells where undefined, and as JSON rows grouped by their first key. */
START_TEST(renderers_need_only_figure_tables)
{
    const struct lv_estimate first[2] = {{1, 0.25, 0, 3, 0}, {0.75, NAN, 0, 3, 0}}, second[2] = {{2, NAN, 0, 3, 0}, {0.5, 0.1, 0, 3, 0}};
    struct lv_figure_row rows[2] = {
        {.index = 0,
         .keys = {{.format = LV_FMT_TEXT, .text = "a"}, {.format = LV_FMT_MINUTE, .value = 0}},
         .estimates = first},
        {.index = 1,
         .keys = {{.format = LV_FMT_TEXT, .text = "b"}, {.format = LV_FMT_MINUTE, .value = 60}},
         .estimates = second},
    };
    int rank[2] = {1, 0};
    struct lv_figure_entry entry = {
        .name = "cells",
        .is_table = true,
        .table = {.scope = LV_SCOPE_SITE_INTERVAL, .metrics = lv_site_interval_metric_info(0),
                  .metric_count = 2 /* the first two of the table, as estimates hold */, .key_count = 2, .key_names = {"name", "start"},
                  .nest = "hours", .row_count = 2, .rows = rows, .rank = rank}};
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    ck_assert_int_eq(lv_output_figures_csv(&entry.table, out), 0);
    fclose(out);
    ck_assert_str_eq(text, "name,start,calls_offered_per_week,calls_offered_per_week_ci95,answered_within_target,"
                           "answered_within_target_ci95\n"
                           "b,01:00,2,,0.5,0.1\n"
                           "a,00:00,1,0.25,0.75,\n");
    free(text);

    struct lv_figures figs = {.count = 1, .capacity = 1, .entries = &entry};
    text = lv_output_figures_json(&figs);
    cJSON *doc = cJSON_Parse(text);
    ck_assert_ptr_nonnull(doc);
    const cJSON *cells = cJSON_GetObjectItem(doc, "cells");
    ck_assert_int_eq(cJSON_GetArraySize(cells), 2); /* JSON keeps the table's order */
    const cJSON *b = cJSON_GetArrayItem(cells, 1);
    ck_assert_str_eq(string_at(b, "name"), "b");
    const cJSON *hour = cJSON_GetArrayItem(cJSON_GetObjectItem(b, "hours"), 0);
    ck_assert_str_eq(string_at(hour, "start"), "01:00");
    ck_assert_double_eq(number_at(hour, "calls_offered_per_week", "mean"), 2);
    ck_assert(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(hour, "calls_offered_per_week"), "ci95")));
    cJSON_Delete(doc);
    free(text);
}
END_TEST

/* cJSON's allocator, failing at allocation number fail_at (counting from 0). */
static long allocations, fail_at = -1;
static void *failing_malloc(size_t size) { return allocations++ == fail_at ? NULL : malloc(size); }

START_TEST(json_out_of_memory_gives_null)
{
    struct fixture f;
    fixture_init(&f, two_centres);
    fixture_summarise(&f);
    cJSON_Hooks hooks = {.malloc_fn = failing_malloc, .free_fn = free};
    cJSON_InitHooks(&hooks);
    allocations = 0;
    fail_at = -1;
    char *text = lv_output_json(&f.r, &f.s);
    ck_assert_ptr_nonnull(text);
    long total = allocations;
    free(text);
    ck_assert_int_gt(total, 1000);
    /* One failed allocation anywhere (a spread of them, the first and the last): no document,
     * never one with a part missing. Leaks show under ASan. */
    for (fail_at = 0; fail_at < total; fail_at += fail_at < 64 ? 1 : 97) {
        allocations = 0;
        text = lv_output_json(&f.r, &f.s);
        ck_assert_msg(text == NULL, "allocation %ld of %ld failed, yet a document came", fail_at, total);
    }
    allocations = 0;
    fail_at = total - 1;
    ck_assert_ptr_null(lv_output_json(&f.r, &f.s));
    cJSON_InitHooks(NULL);
    fixture_fini(&f);
}
END_TEST

START_TEST(censored_and_overloaded_in_json_and_csv)
{
    struct fixture f;
    fixture_init(&f, TEST_ONE_CENTRE);
    const double ones[] = {1, 1, 1}, some[] = {LV_HIST_CAP_S, LV_HIST_CAP_S, 9000};
    const double cap[] = {LV_HIST_CAP_S, LV_HIST_CAP_S, LV_HIST_CAP_S}, hour[] = {3600, 3600, 3600};
    const double calls[] = {6, 5, 7}, queue[] = {36000, 30000, 40000};
    test_figure(&f.r, LV_M_ANSWER_MEDIAN, some, ones);
    test_figure(&f.r, LV_M_ANSWER_MEAN, cap, ones);
    int k = 24 + 17; /* Tue 17:00-18:00: saturated, a tenth of its callers wait beyond 4 hours */
    test_figure(&f.r, lv_layout_interval(&f.l, k, LV_I_CALLS_OFFERED), calls, ones);
    test_figure(&f.r, lv_layout_interval(&f.l, k, LV_I_OCCUPANCY), hour, hour);
    test_figure(&f.r, lv_layout_interval(&f.l, k, LV_I_OPERATORS), hour, hour);
    test_figure(&f.r, lv_layout_interval(&f.l, k, LV_I_QUEUE_LENGTH), queue, hour);
    test_figure(&f.r, lv_layout_interval(&f.l, k, LV_I_ANSWER_P90), cap, ones);
    fixture_summarise(&f);
    ck_assert_int_eq(f.s.overloaded_count, 1);

    char *text = lv_output_json(&f.r, &f.s);
    cJSON *doc = cJSON_Parse(text);
    ck_assert_ptr_nonnull(doc);
    const cJSON *summary = cJSON_GetObjectItem(doc, "summary");
    const cJSON *median = cJSON_GetObjectItem(summary, "answer_time_median_s");
    ck_assert_double_eq_tol(number_at(median, "mean", NULL), (2 * LV_HIST_CAP_S + 9000) / 3, 1e-9);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(median, "censored")));
    ck_assert_double_eq(number_at(median, "censored_n", NULL), 2);
    const cJSON *mean = cJSON_GetObjectItem(summary, "answer_time_mean_s"); /* not a quantile */
    ck_assert_int_eq(cJSON_GetArraySize(mean), 3);
    ck_assert_ptr_null(cJSON_GetObjectItem(mean, "censored"));
    /* "overloaded" comes after intervals_with_calls, before intervals */
    const cJSON *list = cJSON_GetObjectItem(doc, "overloaded");
    ck_assert_ptr_nonnull(list);
    ck_assert_str_eq(list->prev->string, "intervals_with_calls");
    ck_assert_str_eq(list->next->string, "intervals");
    ck_assert_int_eq(cJSON_GetArraySize(list), 1);
    const cJSON *row = cJSON_GetArrayItem(list, 0);
    ck_assert_str_eq(string_at(row, "weekday"), "Tue");
    ck_assert_str_eq(string_at(row, "start"), "17:00");
    ck_assert_str_eq(string_at(row, "end"), "18:00");
    ck_assert_int_eq(cJSON_GetArraySize(row), 6);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(row, "answer_time_p90_s"), "censored")));
    ck_assert_double_eq(number_at(row, "answer_time_p90_s", "mean"), LV_HIST_CAP_S);
    ck_assert_double_eq(number_at(row, "operator_occupancy", "mean"), 1);
    ck_assert_double_eq_tol(number_at(row, "queue_length_mean", "mean"), 106000.0 / 10800, 1e-12);
    cJSON_Delete(doc);
    free(text);

    /* CSV: the bound with '>', its interval cell empty; the line keeps its cells */
    char *table = csv(&f, "summary");
    lines_of(table, 4);
    ck_assert_ptr_nonnull(strstr(table, "\nanswer_time_median_s,>12600,,3\n"));
    ck_assert_ptr_nonnull(strstr(table, "\nanswer_time_mean_s,14400,0,3\n"));
    free(table);
    table = csv(&f, "intervals");
    lines_of(table, 3 + 2 * LV_I_AWAY);
    ck_assert_ptr_nonnull(strstr(table, "\nTue,17:00,18:00,"));
    ck_assert_ptr_nonnull(strstr(table, ",>14400,,"));
    free(table);
    table = csv(&f, "overloaded");
    ck_assert_int_eq(lines_of(table, 3 + 2 * 3), 2);
    ck_assert_ptr_nonnull(strstr(table, "weekday,start,end,answer_time_p90_s,answer_time_p90_s_ci95,operator_occupancy,"));
    ck_assert_ptr_nonnull(strstr(table, "\nTue,17:00,18:00,>14400,,1,0,"));
    free(table);
    fixture_fini(&f);
}
END_TEST


/* The JSON is written a piece at a time (output.c); its bytes must be cJSON_Print's of the whole
 * document as one tree, as they were when the tree was built: parsed and printed again, the
 * streamed text comes back byte for byte, for a run of two centres (nested intervals) and for a
 * comparison; the writer to a stream gives the same text. */
static void check_reprinted(const char *text)
{
    cJSON *tree = cJSON_Parse(text);
    ck_assert_ptr_nonnull(tree);
    char *again = cJSON_Print(tree);
    ck_assert_ptr_nonnull(again);
    ck_assert_msg(strcmp(text, again) == 0, "the streamed JSON is not cJSON_Print's of its tree");
    free(again);
    cJSON_Delete(tree);
}

START_TEST(streamed_json_is_the_tree_printed)
{
    struct lv_scenario *sc = test_scenario(two_centres);
    struct lv_run_options o = {.replications = 3, .seed = 5, .jobs = 2};
    struct lv_results r, b;
    struct lv_summary s;
    ck_assert_int_eq(lv_run(sc, &o, &r), LV_OK);
    ck_assert_int_eq(lv_summary_compute(&r, &s), 0);
    char *text = lv_output_json(&r, &s);
    ck_assert_ptr_nonnull(text);
    check_reprinted(text);
    ck_assert_ptr_nonnull(strstr(text, "\"site_intervals\":\t[{"));
    char *written = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&written, &size);
    ck_assert_ptr_nonnull(mem);
    ck_assert_int_eq(lv_output_json_write(&r, &s, mem), 0);
    fclose(mem);
    ck_assert_str_eq(written, text);
    /* the page's document: the same less the centres' intervals (a week of days: not merged) */
    char *page = lv_output_page_json(&r, &s);
    ck_assert_ptr_nonnull(page);
    check_reprinted(page);
    ck_assert_ptr_null(strstr(page, "site_intervals"));
    ck_assert_ptr_null(strstr(page, "day_period"));
    ck_assert_ptr_nonnull(strstr(page, "\"days\":\t[{"));
    o.seed = 6;
    ck_assert_int_eq(lv_run(sc, &o, &b), LV_OK);
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&r, &b, &c), 0);
    char *compared = lv_output_compare_json(&r, &b, &c);
    ck_assert_ptr_nonnull(compared);
    check_reprinted(compared);
    free(compared);
    free(page);
    free(written);
    free(text);
    lv_comparison_fini(&c);
    lv_summary_fini(&s);
    lv_results_fini(&b);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

/* The day store gives the same bits from its temporary file as from memory, and a range of days
 * taken together is the ratio of sums: calls offered over 7 days is their calls per day, the mean
 * of the days' means (each day's den is 1 in every replication). */
START_TEST(day_store_file_and_memory_agree)
{
    struct lv_scenario *sc = test_scenario(two_centres);
    struct lv_run_options o = {.replications = 3, .seed = 9, .jobs = 2};
    struct lv_results r;
    ck_assert_int_eq(lv_run(sc, &o, &r), LV_OK);
    int days = r.days.day_count;
    ck_assert_int_eq(days, 7);
    ck_assert_ptr_nonnull(r.days.memory); /* small: in memory */
    struct lv_estimate in_memory[7][LV_DAY_METRIC_COUNT], from_file[7][LV_DAY_METRIC_COUNT], week[LV_DAY_METRIC_COUNT];
    ck_assert_int_eq(lv_summary_days(&r, 0, days, in_memory), 0);
    ck_assert_int_eq(lv_summary_day_range(&r, 0, days, week), 0);
    struct lv_day_store file;
    ck_assert_int_eq(lv_day_store_open(&file, r.replications, days, 0), 0);
    ck_assert_ptr_nonnull(file.file);
    struct lv_day_value v[7];
    for (int i = 0; i < r.replications; i++) {
        ck_assert_int_eq(lv_day_store_read(&r.days, i, 0, days, v), 0);
        ck_assert_int_eq(lv_day_store_write(&file, i, 0, days, v), 0);
    }
    ck_assert_int_eq(lv_day_store_read(&file, 0, 5, 3, v), -1); /* past the end */
    ck_assert_int_eq(lv_day_store_read(&file, 3, 0, 1, v), -1);
    struct lv_day_store kept = r.days;
    r.days = file;
    ck_assert_int_eq(lv_summary_days(&r, 0, days, from_file), 0);
    ck_assert_int_eq(memcmp(in_memory, from_file, sizeof in_memory), 0);
    double sum = 0;
    for (int d = 0; d < days; d++)
        sum += in_memory[d][LV_D_CALLS_OFFERED].mean;
    ck_assert_double_eq_tol(week[LV_D_CALLS_OFFERED].mean, sum / days, 1e-9 * sum);
    ck_assert(in_memory[0][LV_D_CALLS_OFFERED].mean > 0);
    lv_day_store_close(&file);
    r.days = kept;
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

Suite *output_suite(void)
{
    Suite *s = suite_create("output");
    TCase *t = tcase_create("output");
    tcase_add_test(t, json_holds_the_documented_figures);
    tcase_add_test(t, streamed_json_is_the_tree_printed);
    tcase_add_test(t, day_store_file_and_memory_agree);
    tcase_add_test(t, csv_tables_have_their_rows_and_columns);
    tcase_add_test(t, several_centres_rank_in_csv_and_nest_in_json);
    tcase_add_test(t, comparison_json_holds_both_runs_and_the_difference);
    tcase_add_test(t, write_errors_are_reported);
    tcase_add_test(t, json_out_of_memory_gives_null);
    tcase_add_test(t, renderers_need_only_figure_tables);
    tcase_add_test(t, censored_and_overloaded_in_json_and_csv);
    suite_add_tcase(s, t);
    return s;
}
