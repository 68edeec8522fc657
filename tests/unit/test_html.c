/* test_html.c — the HTML report (sim/report/html.c): the kind of each document lvsim writes is
 * recognised, bad JSON and foreign JSON are refused with the line and column, names are escaped,
 * the page is deterministic, carries the JSON's numbers and every message it uses in nb too. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/diag.h"
#include "lvsim/html.h"
#include "lvsim/override.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/summary.h"
#include "suites.h"

/* A file of tests/data as a malloc'd string. */
static char *slurp(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/html/%s", LVSIM_SOURCE_DIR, name);
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    ck_assert(s && fread(s, 1, (size_t)n, f) == (size_t)n);
    s[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return s;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
        n++;
    return n;
}

START_TEST(kinds_are_recognised)
{
    size_t len;
    char *run = slurp("run.json", &len);
    ck_assert_int_eq(lv_html_kind(run, len), LV_HTML_RUN);
    free(run);
    char *staff = slurp("staff.json", &len);
    ck_assert_int_eq(lv_html_kind(staff, len), LV_HTML_STAFF);
    free(staff);
    const char *cmp = "{\"a\": \"A.yaml\", \"b\": \"B.yaml\", \"summary\": {}, \"intervals\": []}";
    ck_assert_int_eq(lv_html_kind(cmp, strlen(cmp)), LV_HTML_COMPARE);
    const char *sweep = "{\"sweep\": \"s\", \"axes\": [\"demand.growth\"], \"results\": [{\"point\": 0, "
                        "\"values\": {\"demand.growth\": \"1.0\"}, \"figures\": {\"abandoned\": {\"mean\": 0.25, "
                        "\"ci95\": 0.01, \"n\": 2}}}]}";
    ck_assert_int_eq(lv_html_kind(sweep, strlen(sweep)), LV_HTML_SWEEP);
    ck_assert_int_eq(lv_html_kind("[1, 2]", 6), LV_HTML_NOT_LVSIM);
    ck_assert_int_eq(lv_html_kind("{\"axes\": [1], \"results\": []}", 29), LV_HTML_NOT_LVSIM);
    ck_assert_int_eq(lv_html_kind("{", 1), -1);
    /* a sweep of one point renders, with its number */
    char why[256];
    char *html = lv_html_render(sweep, strlen(sweep), LV_LANG_EN, why, sizeof why);
    ck_assert_msg(html != NULL, "%s", why);
    ck_assert_ptr_nonnull(strstr(html, "data-value=\"0.25\""));
    ck_assert_ptr_nonnull(strstr(html, "25.0 %"));
    free(html);
}
END_TEST

START_TEST(bad_json_is_refused_with_its_place)
{
    char why[256];
    const char *bad = "{\n  \"a\": 1,\n  \"b\": }";
    ck_assert_ptr_null(lv_html_render(bad, strlen(bad), LV_LANG_EN, why, sizeof why));
    ck_assert_str_eq(why, "not valid JSON at line 3, column 8");
    ck_assert_ptr_null(lv_html_render(bad, strlen(bad), LV_LANG_NB, why, sizeof why));
    ck_assert_str_eq(why, "ugyldig JSON på linje 3, kolonne 8");
    ck_assert_ptr_null(lv_html_render("", 0, LV_LANG_EN, why, sizeof why));
    ck_assert_ptr_nonnull(strstr(why, "empty"));
    /* valid JSON that no lvsim command writes */
    ck_assert_ptr_null(lv_html_render("{\"x\": 1}", 8, LV_LANG_EN, why, sizeof why));
    ck_assert_ptr_nonnull(strstr(why, "not results lvsim writes"));
    /* a document cut short */
    size_t len;
    char *run = slurp("run.json", &len);
    ck_assert_ptr_null(lv_html_render(run, len / 2, LV_LANG_EN, why, sizeof why));
    ck_assert_ptr_nonnull(strstr(why, "not valid JSON at line"));
    free(run);
}
END_TEST

START_TEST(names_are_escaped)
{
    size_t len;
    char *run = slurp("run.json", &len); /* its scenario is named: Liten sentral <&> "test" */
    char why[256];
    char *html = lv_html_render(run, len, LV_LANG_EN, why, sizeof why);
    ck_assert_msg(html != NULL, "%s", why);
    ck_assert_ptr_null(strstr(html, "<&>"));
    ck_assert_ptr_null(strstr(html, "\"test\""));
    ck_assert_uint_eq(count(html, "Liten sentral &lt;&amp;&gt; &quot;test&quot;"), 2); /* <title> and <h1> */
    /* one document, one page; only the page's own markup has tags */
    ck_assert_uint_eq(count(html, "<html"), 1);
    ck_assert_uint_eq(count(html, "<script"), 0);
    ck_assert_uint_eq(count(html, "http://") + count(html, "https://"), count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
    free(html);
    free(run);
}
END_TEST

START_TEST(run_report_is_deterministic_and_carries_the_json)
{
    size_t len;
    char *run = slurp("run.json", &len);
    char why[256];
    char *a = lv_html_render(run, len, LV_LANG_EN, why, sizeof why);
    char *b = lv_html_render(run, len, LV_LANG_EN, why, sizeof why);
    char *nb = lv_html_render(run, len, LV_LANG_NB, why, sizeof why);
    ck_assert(a && b && nb);
    ck_assert_str_eq(a, b);
    ck_assert_ptr_nonnull(strstr(a, "<html lang=\"en\">"));
    ck_assert_ptr_nonnull(strstr(nb, "<html lang=\"nb\">"));
    /* 168 hours of the heatmap and of the calls chart, each with its number */
    ck_assert_uint_eq(count(a, "<g class=\"cell"), 168);
    ck_assert_uint_eq(count(a, "<rect class=\"bar\""), 168);
    /* interval 2 of tests/data/html/run.json (Monday 02-03): answered_within_target 0.285714 with
     * ci95 0 (two replications that agree), 3.5 calls a week; shown as 29 in an orange cell, the
     * neutral #f7f7f7 moved (0.8 - 0.285714) / 0.8 = 0.643 of the way to #b35806: #cb915c */
    const char *cell = strstr(a, "<g class=\"cell\" data-k=\"2\" data-value=\"0.285714\" data-ci=\"0\" "
                                 "data-calls=\"3.5\"><title>Mon 02:00–03:00: 28.6 % ± 0.0 answered in time, 3.5 calls a week");
    ck_assert_ptr_nonnull(cell);
    ck_assert_ptr_nonnull(strstr(cell, "fill=\"#cb915c\""));
    ck_assert_ptr_nonnull(strstr(cell, "class=\"in light\">29</text></g>"));
    /* every chart in both languages */
    static const char *const charts[] = {"svg-heatmap", "svg-traffic", "svg-days", "svg-answer-times", "svg-answer-bins",
                                         "svg-clinical"};
    for (int i = 0; i < 6; i++) {
        ck_assert_msg(strstr(a, charts[i]) != NULL, "%s missing", charts[i]);
        ck_assert_msg(strstr(nb, charts[i]) != NULL, "%s missing in nb", charts[i]);
    }
    ck_assert_ptr_nonnull(strstr(nb, "besvart innen 2 min"));
    ck_assert_ptr_nonnull(strstr(nb, "legevaktsentral"));
    ck_assert_ptr_nonnull(strstr(nb, "hastegrad rød"));
    ck_assert_ptr_nonnull(strstr(nb, "innringere som la på"));
    ck_assert_ptr_nonnull(strstr(a, "answered within 2 min"));
    free(a);
    free(b);
    free(nb);
    free(run);
}
END_TEST

/* The answer-time bins the report draws (JSON answer_times, caller_times): of one replication's
 * histogram, so they sum to 1, and the bins below 2 minutes times the share answered are the share
 * answered within 2 minutes, for calls and for callers (closed forms of the same counts). */
START_TEST(answer_bins_add_up)
{
    struct lv_override set = {0};
    char buf[64];
    ck_assert_int_eq(lv_override_parse("horizon=8d", buf, sizeof buf, &set), 0);
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_scenario *s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", &set, 1, &diags);
    lv_diags_fini(&diags);
    ck_assert_ptr_nonnull(s);
    ck_assert_double_eq(s->target_within_s, 120);
    struct lv_run_options o = {.replications = 3, .seed = 5, .jobs = 2};
    struct lv_results r;
    struct lv_summary sum;
    ck_assert_int_eq(lv_run(s, &o, &r), 0);
    ck_assert_int_eq(lv_summary_compute(&r, &sum), 0);
    for (int c = 0; c < 2; c++) {
        double all = 0, early = 0;
        for (int b = 0; b < LV_ANSWER_BIN_COUNT; b++) {
            all += sum.answer_bins[c][b].mean;
            if (lv_answer_bin_from((enum lv_answer_bin)b) < 120 && b + 1 < LV_ANSWER_BIN_COUNT)
                early += sum.answer_bins[c][b].mean;
        }
        ck_assert_double_eq_tol(all, 1, 1e-12);
        double within = sum.headline[c ? LV_M_EPISODE_WITHIN_TARGET : LV_M_WITHIN_TARGET].mean;
        double answered = sum.headline[c ? LV_M_EPISODE_ANSWERED : LV_M_ANSWERED].mean;
        ck_assert_double_eq_tol(early * answered, within, 1e-9);
    }
    ck_assert_double_eq(lv_answer_bin_from(LV_AB_2_3MIN), 120);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

START_TEST(every_html_message_has_norwegian)
{
    for (int id = LV_MSG_HTML_FOOTER; id <= LV_MSG_HTML_HIST_READING; id++) { /* the report's block */
        const char *en = lv_msg((enum lv_msg)id, LV_LANG_EN), *nb = lv_msg((enum lv_msg)id, LV_LANG_NB);
        /* the same in both languages only where nothing is a word to translate (numbers and
         * units: "1–2 min", and "under 30 s", Norwegian too) */
        bool bin = id >= LV_MSG_AB_UNDER_30S && id <= LV_MSG_AB_20_30MIN;
        ck_assert_msg(strcmp(en, nb) != 0 || bin || strcmp(en, "{1}: {2}") == 0 || strcmp(en, "{1} × {2}: {3}") == 0 || strcmp(en, "{1}, {2}: {3}") == 0 ||
                          strcmp(en, "median") == 0,
                      "HTML message %d has no nb text: \"%s\"", id, en);
    }
}
END_TEST

Suite *html_suite(void)
{
    Suite *s = suite_create("html");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, kinds_are_recognised);
    tcase_add_test(tc, bad_json_is_refused_with_its_place);
    tcase_add_test(tc, names_are_escaped);
    tcase_add_test(tc, run_report_is_deterministic_and_carries_the_json);
    tcase_add_test(tc, every_html_message_has_norwegian);
    tcase_add_test(tc, answer_bins_add_up);
    suite_add_tcase(s, tc);
    return s;
}
