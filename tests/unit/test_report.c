/* test_report.c — the report model: values format as the text summary writes them, and a run's
 * summary and comparison rows hold the expected labels in order and render to exactly what
 * lv_output_text and lv_output_compare_text write. Overloaded runs (fixed seeds) say so in one
 * line naming exactly the overloaded hours, censored quantiles print as lower bounds
 * ("> 4:00:00"), and a healthy run has no such line. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "lvsim/compare.h"
#include "lvsim/messages.h"
#include "lvsim/output.h"
#include "lvsim/report.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"

static const char *format(struct lv_report_value v, enum lv_language lang)
{
    static char buf[128];
    return lv_report_format(&v, lang, buf, sizeof buf);
}

START_TEST(values_format_as_the_summary_writes_them)
{
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_THRESHOLD, .value = 120}, LV_LANG_EN), "2 min");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_THRESHOLD, .value = 90}, LV_LANG_EN), "90 s");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_CLOCK, .value = 3725}, LV_LANG_EN), "1:02:05");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_CLOCK, .value = 7.4}, LV_LANG_EN), "0:07");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_CLOCK, .value = NAN}, LV_LANG_EN), "-");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_COUNT, .value = 1234567}, LV_LANG_EN),
                     "1 234 567");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_COUNT_CI, .value = 5900, .half_width = 82},
                            LV_LANG_EN), "5 900 ± 82");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_SHARE, .value = 0.9664, .half_width = 0.0021},
                            LV_LANG_EN), "96.6 % ± 0.2");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_SHARE, .value = 0.5, .half_width = NAN},
                            LV_LANG_EN), "50.0 %");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_SHARE, .value = NAN}, LV_LANG_EN), "-");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_PERCENT0, .value = 0.8}, LV_LANG_EN), "80 %");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_MINUTE, .value = 1440}, LV_LANG_EN), "24:00");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_DIFF, .value = 1.234, .half_width = 0.456},
                            LV_LANG_EN), "+1.23 ± 0.46");
    /* decimals follow the interval, never an exponent; whole numbers with thousands apart */
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_DIFF, .value = -103.4, .half_width = 50},
                            LV_LANG_EN), "-103 ± 50");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_DIFF, .value = 1513.2, .half_width = 58},
                            LV_LANG_EN), "+1 513 ± 58");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_DIFF, .value = 84.8, .half_width = 188},
                            LV_LANG_EN), "+85 ± 188");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_DIFF, .value = 0.177, .half_width = 0.00082},
                            LV_LANG_EN), "+0.177 ± 0.001");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_PLAIN, .value = 0.31}, LV_LANG_EN), "0.310");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_PLAIN, .value = 61.96}, LV_LANG_EN), "62.0");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_DIFF_CLOCK, .value = -7.4, .half_width = 2.2},
                            LV_LANG_EN), "-0:07 ± 0:02");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_MSG, .msg = LV_MSG_SAT}, LV_LANG_NB), "lør");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_WHOLE, .whole = 18446744073709551615ull},
                            LV_LANG_EN), "18446744073709551615");
    /* a censored quantile is a lower bound, without an interval */
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_CLOCK, .value = 14400, .censored = true},
                            LV_LANG_EN), "> 4:00:00");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_CLOCK, .value = 12000, .censored = true},
                            LV_LANG_EN), "> 3:20:00");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_G4, .value = 14400, .censored = true},
                            LV_LANG_EN), "> 14400"); /* never scientific notation for people */
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_G4, .value = 0.00001234}, LV_LANG_EN), "0.00001234");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_G2, .value = 123456}, LV_LANG_EN), "123456");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_G4, .value = 12.345678}, LV_LANG_EN), "12.35");
    ck_assert_str_eq(format((struct lv_report_value){.format = LV_FMT_CLOCK, .value = NAN, .censored = true},
                            LV_LANG_EN), "-");
}
END_TEST

/* Norwegian numbers: decimal comma, a plain space between thousands (as the English counts),
 * "80 %" and "± " kept; clock times, dates, seeds and names unchanged. One check per format. */
START_TEST(values_format_in_norwegian)
{
#define NB(...) format((struct lv_report_value){__VA_ARGS__}, LV_LANG_NB)
    ck_assert_str_eq(NB(.format = LV_FMT_NONE), "");
    ck_assert_str_eq(NB(.format = LV_FMT_TEXT, .text = "Nord 1.5"), "Nord 1.5");
    ck_assert_str_eq(NB(.format = LV_FMT_MSG, .msg = LV_MSG_HOME_VISIT), "sykebesøk");
    ck_assert_str_eq(NB(.format = LV_FMT_WHOLE, .whole = 1234567), "1234567");
    ck_assert_str_eq(NB(.format = LV_FMT_COUNT, .value = 1234567), "1 234 567");
    ck_assert_str_eq(NB(.format = LV_FMT_COUNT_CI, .value = 5900, .half_width = 82), "5 900 ± 82");
    ck_assert_str_eq(NB(.format = LV_FMT_SHARE, .value = 0.9664, .half_width = 0.0021), "96,6 % ± 0,2");
    ck_assert_str_eq(NB(.format = LV_FMT_SHARE, .value = 0.5, .half_width = NAN), "50,0 %");
    ck_assert_str_eq(NB(.format = LV_FMT_SHARE, .value = NAN), "-");
    ck_assert_str_eq(NB(.format = LV_FMT_PERCENT0, .value = 0.8), "80 %");
    ck_assert_str_eq(NB(.format = LV_FMT_PERCENT1, .value = 0.013), "1,3 %");
    ck_assert_str_eq(NB(.format = LV_FMT_FIXED0, .value = 219), "219");
    ck_assert_str_eq(NB(.format = LV_FMT_FIXED0, .value = 20706), "20 706");
    ck_assert_str_eq(NB(.format = LV_FMT_FIXED1, .value = 2.94), "2,9");
    ck_assert_str_eq(NB(.format = LV_FMT_FIXED1, .value = 1234.56), "1 234,6");
    ck_assert_str_eq(NB(.format = LV_FMT_FIXED2, .value = -0.5), "-0,50");
    ck_assert_str_eq(NB(.format = LV_FMT_SIGNED1, .value = 1.5), "+1,5");
    ck_assert_str_eq(NB(.format = LV_FMT_G2, .value = 0.9137), "0,91");
    ck_assert_str_eq(NB(.format = LV_FMT_G4, .value = 0.123456), "0,1235");
    ck_assert_str_eq(NB(.format = LV_FMT_DIFF, .value = 1.234, .half_width = 0.456), "+1,23 ± 0,46");
    ck_assert_str_eq(NB(.format = LV_FMT_DIFF, .value = -12.5, .half_width = NAN), "-12,5");
    ck_assert_str_eq(NB(.format = LV_FMT_CLOCK, .value = 3725), "1:02:05");
    ck_assert_str_eq(NB(.format = LV_FMT_MINUTE, .value = 1020), "17:00");
    ck_assert_str_eq(NB(.format = LV_FMT_THRESHOLD, .value = 120), "2 min");
    ck_assert_str_eq(NB(.format = LV_FMT_THRESHOLD, .value = 90), "90 s");
    ck_assert_str_eq(NB(.format = LV_FMT_NUMBER, .value = 0.123456789), "0,123456789");
    ck_assert_str_eq(NB(.format = LV_FMT_NUMBER, .value = 150000), "150 000");
    ck_assert_str_eq(NB(.format = LV_FMT_NUMBER, .value = NAN), "-");
    ck_assert_str_eq(NB(.format = LV_FMT_DATE, .value = 20458), "2026-01-05");
    /* a censored figure keeps its bound's shape */
    ck_assert_str_eq(NB(.format = LV_FMT_CLOCK, .value = 14400, .censored = true), "> 4:00:00");
    ck_assert_str_eq(NB(.format = LV_FMT_FIXED1, .value = 2.5, .censored = true), "> 2,5");
    /* numbers in a text: an interval's separator becomes a semicolon beside decimal commas */
    char text[64] = "0.9745 [0.9679, 0.9812] 3789.5";
    ck_assert_str_eq(lv_report_localise(text, sizeof text, LV_LANG_NB), "0,9745 [0,9679; 0,9812] 3 789,5");
    char english[64] = "0.9745 [0.9679, 0.9812] 3789.5";
    ck_assert_str_eq(lv_report_localise(english, sizeof english, LV_LANG_EN), "0.9745 [0.9679, 0.9812] 3789.5");
#undef NB
}
END_TEST

/* What a writer put into a stream, as a malloc'd string. */
static char *captured(int (*write)(void *, FILE *), void *arg)
{
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(write(arg, f), 0);
    long n = ftell(f);
    ck_assert_int_ge(n, 0);
    rewind(f);
    char *text = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(text);
    ck_assert_int_eq((long)fread(text, 1, (size_t)n, f), n);
    text[n] = '\0';
    fclose(f);
    return text;
}

struct job {
    const struct lv_results *a, *b;
    const struct lv_summary *s;
    const struct lv_comparison *c;
    const struct lv_report *rep;
};
static int write_output_text(void *arg, FILE *f)
{
    struct job *j = arg;
    return lv_output_text(j->a, j->s, f);
}
static int write_compare_text(void *arg, FILE *f)
{
    struct job *j = arg;
    return lv_output_compare_text(j->a, j->b, j->c, f);
}
static int write_rows(void *arg, FILE *f)
{
    struct job *j = arg;
    return lv_report_write_text(j->rep, LV_LANG_EN, f);
}

static const char *small =
    "horizon: 8d\nwarmup: 1d\nseed: 5\n"
    "demand: {calls_per_hour: 6}\n"
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"
    "centres:\n"
    "  - {name: only, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n"
    "areas:\n  - {name: a, population: 1000, centre: only}\n";

static void run(const struct lv_scenario *s, struct lv_results *r)
{
    struct lv_run_options o = {.replications = 3, .seed = s->seed, .jobs = 2};
    ck_assert_int_eq(lv_run(s, &o, r), 0);
}

START_TEST(summary_rows_render_as_the_text_summary)
{
    struct lv_scenario *sc = test_scenario(small);
    struct lv_results r;
    struct lv_summary s;
    run(sc, &r);
    ck_assert_int_eq(lv_summary_compute(&r, &s), 0);
    struct lv_report rep;
    lv_report_init(&rep);
    ck_assert_int_eq(lv_report_summary(&rep, &r, &s), 0);

    static const enum lv_msg expected[] = {
        LV_MSG_SUM_TITLE,         LV_MSG_SUM_CALLS_OFFERED, LV_MSG_SUM_ANSWERED_WITHIN, LV_MSG_SUM_MEDIAN_ANSWER,
        LV_MSG_SUM_WITHIN_10MIN,  LV_MSG_SUM_ABANDONED,     LV_MSG_SUM_CALLERS,         LV_MSG_SUM_OCCUPANCY,
        LV_MSG_SUM_HOURS_MEETING, LV_MSG_SUM_DAYS_MEETING,  LV_MSG_SUM_WORST_HOURS,
    };
    int n = (int)(sizeof expected / sizeof *expected);
    ck_assert_int_eq(rep.count, n);
    for (int i = 0; i < n; i++)
        ck_assert_msg(rep.rows[i].label == expected[i], "row %d: label %d (\"%s\"), expected \"%s\"", i,
                      rep.rows[i].label, lv_msg(rep.rows[i].label, LV_LANG_EN), lv_msg(expected[i], LV_LANG_EN));
    ck_assert_int_eq(rep.rows[0].kind, LV_ROW_TEXT);
    ck_assert_int_eq(rep.rows[2].kind, LV_ROW_FIGURE);
    ck_assert_int_eq(rep.rows[2].metric, LV_M_WITHIN_TARGET);
    ck_assert_double_eq(rep.rows[2].value.value, s.headline[LV_M_WITHIN_TARGET].mean);

    struct job j = {.a = &r, .s = &s, .rep = &rep};
    char *want = captured(write_output_text, &j), *got = captured(write_rows, &j);
    ck_assert_str_eq(got, want);
    ck_assert_ptr_nonnull(strstr(got, "\nanswered within 2 min      "));
    ck_assert_ptr_nonnull(strstr(got, "\nworst hours                "));
    ck_assert_int_eq(s.overloaded_count, 0); /* a healthy run: no warning */
    ck_assert_ptr_null(strstr(got, "overloaded"));
    free(want);
    free(got);

    /* the comparison of the run with itself */
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&r, &r, &c), 0);
    lv_report_fini(&rep);
    lv_report_init(&rep);
    ck_assert_int_eq(lv_report_compare(&rep, &r, &r, &c), 0);
    ck_assert_int_ge(rep.count, 4);
    ck_assert_int_eq(rep.rows[1].label, LV_MSG_CMP_FIGURE);
    ck_assert_int_eq(rep.rows[2].label, LV_MSG_M_CALLS_OFFERED);
    ck_assert_int_eq(rep.rows[rep.count - 1].label, LV_MSG_CMP_VERDICT_NONE);
    j = (struct job){.a = &r, .b = &r, .c = &c, .rep = &rep};
    want = captured(write_compare_text, &j);
    got = captured(write_rows, &j);
    ck_assert_str_eq(got, want);
    free(want);
    free(got);

    lv_comparison_fini(&c);
    lv_report_fini(&rep);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

/* A run's text summary, malloc'd; its results and summary into r and s. */
static char *summary_text(const char *yaml, struct lv_results *r, struct lv_summary *s, struct lv_scenario **sc)
{
    *sc = test_scenario(yaml);
    run(*sc, r);
    ck_assert_int_eq(lv_summary_compute(r, s), 0);
    struct job j = {.a = r, .s = s};
    return captured(write_output_text, &j);
}

/* Two operators around the clock but nobody Mon 16:00-19:00 and Fri 15:00-18:00, callers who never
 * hang up: the queue builds through those hours and the evening staff work it off. */
static const char *gaps =
    "horizon: 15d\nwarmup: 1d\nstart: 2026-01-05\nseed: 7\n"
    "demand: {calls_per_hour: 6}\n"
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"
    "  patience: none\n  redial: {probability: 0}\n"
    "centre:\n  operators:\n"
    "    - {days: [tue, wed, thu, sat, sun], from: \"00:00\", to: \"24:00\", count: 2}\n"
    "    - {days: mon, from: \"00:00\", to: \"16:00\", count: 2}\n"
    "    - {days: mon, from: \"16:00\", to: \"19:00\", count: 0}\n"
    "    - {days: mon, from: \"19:00\", to: \"24:00\", count: 2}\n"
    "    - {days: fri, from: \"00:00\", to: \"15:00\", count: 2}\n"
    "    - {days: fri, from: \"15:00\", to: \"18:00\", count: 0}\n"
    "    - {days: fri, from: \"18:00\", to: \"24:00\", count: 2}\n";

START_TEST(overloaded_hours_are_named)
{
    struct lv_results r;
    struct lv_summary s;
    struct lv_scenario *sc;
    char *text = summary_text(gaps, &r, &s, &sc);
    /* the second line, before the figures it qualifies */
    const char *line = strchr(text, '\n');
    ck_assert_ptr_nonnull(line);
    ck_assert_msg(strncmp(line + 1,
                          "overloaded                 the queue does not drain Mon 16:00–19:00, Fri 15:00–18:00"
                          " — figures there are lower bounds\ncalls offered ",
                          strlen("overloaded                 the queue does not drain Mon 16:00–19:00, Fri 15:00–18:00"
                                 " — figures there are lower bounds\ncalls offered ")) == 0,
                  "got:\n%s", text);
    ck_assert_int_eq(s.overloaded_count, 6);
    for (int k = 0; k < s.interval_count; k++)
        ck_assert_msg(s.overloaded[k] == ((k >= 16 && k < 19) || (k >= 4 * 24 + 15 && k < 4 * 24 + 18)), "interval %d", k);
    free(text);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

/* One operator for twice her load, callers who never hang up: the queue grows all week, nearly
 * every caller waits beyond the histograms' 4 hours, and the median can only be bounded. */
static const char *swamped =
    "horizon: 8d\nwarmup: 1d\nstart: 2026-01-05\nseed: 3\n"
    "demand: {calls_per_hour: 20}\n"
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"
    "  patience: none\n  redial: {probability: 0}\n"
    "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n";

START_TEST(censored_median_prints_as_a_bound)
{
    struct lv_results r;
    struct lv_summary s;
    struct lv_scenario *sc;
    char *text = summary_text(swamped, &r, &s, &sc);
    ck_assert_int_eq(s.headline[LV_M_ANSWER_MEDIAN].censored, 3);
    ck_assert_double_eq(s.headline[LV_M_ANSWER_MEDIAN].mean, LV_HIST_CAP_S);
    ck_assert_msg(strstr(text, "\nmedian answer time         > 4:00:00   (mean ") != NULL, "got:\n%s", text);
    ck_assert_msg(strstr(text, ", 90th percentile > 4:00:00)\n") != NULL, "got:\n%s", text);
    ck_assert_int_eq(s.overloaded_count, 168);
    ck_assert_msg(strstr(text, "\noverloaded                 the queue does not drain all week — figures there are lower"
                               " bounds\n") != NULL, "got:\n%s", text);
    free(text);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

/* Two centres with their own queues (no overflow): north has nobody on the phones 00:00-08:00,
 * south is staffed around the clock. The whole system never saturates (south's operators are
 * mostly idle), so no interval of the system is overloaded; north's night hours are, and the
 * summary names north and its hours, and the JSON lists them under the centre. */
static const char *starved =
    "horizon: 15d\nwarmup: 1d\nstart: 2026-01-05\nseed: 11\n"
    "demand: {calls_per_hour: 20}\n"
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"
    "  patience: {dist: exponential, mean: 10m}\n  redial: {probability: 0}\n"
    "centres:\n"
    "  - name: north\n"
    "    operators:\n"
    "      - {days: all, from: \"00:00\", to: \"08:00\", count: 0}\n"
    "      - {days: all, from: \"08:00\", to: \"24:00\", count: 2}\n"
    "  - {name: south, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]}\n"
    "areas:\n  - {name: a, population: 1000, centre: north}\n  - {name: b, population: 1000, centre: south}\n";

START_TEST(overloaded_centres_are_named)
{
    struct lv_results r;
    struct lv_summary s;
    struct lv_scenario *sc;
    char *text = summary_text(starved, &r, &s, &sc);
    ck_assert_int_eq(s.overloaded_count, 0);
    ck_assert_int_eq(s.site_interval_sites, 2);
    ck_assert_int_eq(s.centres_overloaded, 1);
    int n = s.interval_count, flagged = 0;
    for (int k = 0; k < n; k++) {
        int h = k % 24;
        ck_assert_msg(!s.site_overloaded[n + k], "south, interval %d", k);
        if (h < 7) /* nobody answers before 08:00; in 07-08 a few are answered at 08:00 within 2 min */
            ck_assert_msg(s.site_overloaded[k], "north, interval %d: within target %g", k,
                          s.site_intervals[k][LV_SI_WITHIN_TARGET].mean);
        if (h >= 9)
            ck_assert_msg(!s.site_overloaded[k], "north, interval %d", k);
        flagged += s.site_overloaded[k];
    }
    ck_assert_int_eq(s.site_overloaded_count, flagged);
    const char *line = strstr(text, "\noverloaded centres         north (Mon 00:00–0");
    ck_assert_msg(line != NULL, "got:\n%s", text);
    ck_assert_msg(strstr(line, ":00 and 6 more) — the queue does not drain: under 2 % answered within 2 min there\n") ==
                      strchr(line + 1, '\n') - strlen(":00 and 6 more) — the queue does not drain: under 2 % answered within 2 min there"),
                  "got:\n%s", text);
    ck_assert_ptr_null(strstr(text, "\noverloaded   ")); /* no system-wide warning */
    /* JSON: the centre with its overloaded intervals */
    char *json = lv_output_json(&r, &s);
    ck_assert_ptr_nonnull(json);
    cJSON *doc = cJSON_Parse(json);
    ck_assert_ptr_nonnull(doc);
    const cJSON *centres = cJSON_GetObjectItem(doc, "overloaded_centres");
    ck_assert_int_eq(cJSON_GetArraySize(centres), 1); /* south has none */
    const cJSON *north = cJSON_GetArrayItem(centres, 0);
    ck_assert_str_eq(cJSON_GetObjectItem(north, "name")->valuestring, "north");
    const cJSON *list = cJSON_GetObjectItem(north, "overloaded"), *first = cJSON_GetArrayItem(list, 0);
    ck_assert_int_eq(cJSON_GetArraySize(list), flagged);
    ck_assert_str_eq(cJSON_GetObjectItem(first, "weekday")->valuestring, "Mon");
    ck_assert_str_eq(cJSON_GetObjectItem(first, "start")->valuestring, "00:00");
    ck_assert_str_eq(cJSON_GetObjectItem(first, "end")->valuestring, "01:00");
    const cJSON *within = cJSON_GetObjectItem(first, "answered_within_target");
    ck_assert_double_eq(cJSON_GetObjectItem(within, "mean")->valuedouble, 0);
    ck_assert_ptr_nonnull(cJSON_GetObjectItem(first, "calls_offered_per_week"));
    cJSON_Delete(doc);
    free(json);
    free(text);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

/* Ranges of overloaded intervals set by hand: over midnight, from Sunday into Monday, and at most
 * four named, the three with the longest queues when there are more. */
START_TEST(overloaded_ranges_are_merged_and_bounded)
{
    struct lv_scenario *sc = test_scenario(TEST_ONE_CENTRE);
    struct lv_results r;
    test_results(&r, sc, 3);
    struct lv_summary s;
    ck_assert_int_eq(lv_summary_compute(&r, &s), 0);
    static const int flagged[] = {0, 1, 22, 23, 24, 25, 50, 60, 61, 80, 167};
    /* ranges: Sun 23:00-Mon 02:00 (167, 0, 1), Mon 22:00-Tue 02:00, Wed 02:00-03:00, Wed 12:00-14:00, Thu 08:00-09:00 */
    for (size_t i = 0; i < sizeof flagged / sizeof *flagged; i++) {
        s.overloaded[flagged[i]] = true;
        s.intervals[flagged[i]][LV_I_QUEUE_LENGTH].mean = 10;
    }
    s.overloaded_count = (int)(sizeof flagged / sizeof *flagged);
    s.intervals[50][LV_I_QUEUE_LENGTH].mean = 1; /* the least bad range */
    s.intervals[0][LV_I_QUEUE_LENGTH].mean = 20; /* the worst, named though it starts last */
    /* ties of the others: the earlier in the week are named (Thu 08:00 is not) */
    struct lv_report rep;
    lv_report_init(&rep);
    ck_assert_int_eq(lv_report_summary(&rep, &r, &s), 0);
    struct job j = {.rep = &rep};
    char *text = captured(write_rows, &j);
    ck_assert_msg(strstr(text, "\noverloaded                 the queue does not drain Mon 22:00–Tue 02:00, Wed 12:00–14:00,"
                               " Sun 23:00–Mon 02:00, and 2 more — figures there are lower bounds\n") != NULL,
                  "got:\n%s", text);
    lv_report_fini(&rep);
    free(text);

    /* four ranges are all named, in the order of the week */
    s.overloaded[50] = false;
    s.overloaded[80] = false;
    s.overloaded[61] = false;
    s.overloaded_count -= 3;
    s.overloaded[100] = true; /* Fri 04:00-05:00 */
    s.overloaded_count++;
    lv_report_init(&rep);
    ck_assert_int_eq(lv_report_summary(&rep, &r, &s), 0);
    text = captured(write_rows, &j);
    ck_assert_msg(strstr(text, "\noverloaded                 the queue does not drain Mon 22:00–Tue 02:00, Wed 12:00–13:00,"
                               " Fri 04:00–05:00, Sun 23:00–Mon 02:00 — figures there are lower bounds\n") != NULL,
                  "got:\n%s", text);
    lv_report_fini(&rep);
    free(text);
    lv_summary_fini(&s);
    lv_results_fini(&r);
    lv_scenario_free(sc);
}
END_TEST

Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *t = tcase_create("report");
    tcase_add_test(t, values_format_as_the_summary_writes_them);
    tcase_add_test(t, values_format_in_norwegian);
    tcase_add_test(t, summary_rows_render_as_the_text_summary);
    tcase_add_test(t, overloaded_hours_are_named);
    tcase_add_test(t, censored_median_prints_as_a_bound);
    tcase_add_test(t, overloaded_ranges_are_merged_and_bounded);
    tcase_add_test(t, overloaded_centres_are_named);
    suite_add_tcase(s, t);
    return s;
}
