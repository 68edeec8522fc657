/* test_shrinkage.c — time away from the phone (centre.away) and outbound callbacks
 * (calls.types[].callback). With ample staff the measured time
 * away is `share` of the phone nurses' on-duty time; in an M/M/c centre the share answered within
 * the target falls as the share away grows, equals Erlang C's exact value without time away, and
 * share 0 gives bit for bit the results of a scenario without the key; waiting pieces after
 * waiting calls (calls_first) cost less than the other way round; callbacks are their share of
 * answered calls and add their talk time to the phone staff's busy time; any thread count, same
 * bits. Reporting: the summary's shrinkage figures (ratios of sums) hold the configured share
 * away and callback share within their intervals, and the text, JSON and CSV show them; a run
 * without either shows no trace of them. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <stdlib.h>

#include "lvsim/compare.h"
#include "lvsim/diag.h"
#include "lvsim/model.h"
#include "lvsim/output.h"
#include "lvsim/summary.h"
#include "lvsim/run.h"
#include "lvsim/stats.h"

enum { REPLICATIONS = 10 };

/* One centre, constant demand, exponential talk, no patience or redials; `away` is the text of
 * the centre's away mapping or "" for none, `type` more keys of the one call type ("" or ", k: v"). */
static struct lv_scenario *centre_with(double per_hour, double talk_s, int operators, const char *away, double days,
                                       const char *type)
{
    char yaml[2048];
    snprintf(yaml, sizeof yaml,
             "start: 2025-01-06\nhorizon: %gd\nwarmup: 2d\nseed: 2026\n"
             "target: {within: 2m, share: 80%%}\ndemand: {calls_per_hour: %g}\n"
             "calls:\n  types: [{name: all, talk: {dist: exponential, mean: %.0fs}%s}]\n  patience: none\n"
             "centre:\n%s%s%s"
             "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n",
             days, per_hour, talk_s, type, *away ? "  away: " : "", away, *away ? "\n" : "", operators);
    return test_scenario(yaml);
}

static struct lv_scenario *centre(double per_hour, double talk_s, int operators, const char *away, double days)
{
    return centre_with(per_hour, talk_s, operators, away, days, "");
}

static void run_ok(const struct lv_scenario *s, int jobs, struct lv_results *r)
{
    struct lv_run_options o = {.replications = REPLICATIONS, .seed = s->seed, .jobs = jobs, .keep_reps = true};
    ck_assert_int_eq(lv_run(s, &o, r), LV_OK);
}

/* Per replication: time away over phone nurses' on-duty time, and the share within target. */
static void measure(const struct lv_results *r, double *away, double *within)
{
    for (int k = 0; k < r->replications; k++) {
        const struct lv_rep_result *rep = &r->reps[k];
        double a = 0, duty = 0;
        for (int x = 0; x < rep->site_count; x++) {
            a += rep->sites[x].level_area[LV_L_AWAY];
            duty += rep->sites[x].level_area[LV_L_OPERATORS] + rep->sites[x].level_area[LV_L_SHARED];
        }
        struct lv_interval_stats t;
        lv_rep_result_total(rep, &t);
        away[k] = a / duty;
        within[k] = (double)t.within_target / (double)t.offered;
    }
}

static bool same_values(const struct lv_results *a, const struct lv_results *b)
{
    size_t n = (size_t)a->replications * (size_t)a->value_count;
    return a->value_count == b->value_count && memcmp(a->values, b->values, n * sizeof *a->values) == 0 &&
           memcmp(a->weights, b->weights, n * sizeof *a->weights) == 0;
}

/* Light load (a = 0.3 on 4 operators): pieces almost never wait or find as many waiting as
 * nurses on duty, so time away is `share` of on-duty time. */
START_TEST(away_share_is_kept_with_slack)
{
    static const double shares[] = {0.1, 0.25, 0.4};
    for (size_t i = 0; i < sizeof shares / sizeof *shares; i++) {
        char away[128];
        snprintf(away, sizeof away, "{share: %g%%, piece: {dist: exponential, mean: 10m}}", shares[i] * 100);
        struct lv_scenario *s = centre(6, 180, 4, away, 60);
        struct lv_results r;
        run_ok(s, 2, &r);
        double a[REPLICATIONS], w[REPLICATIONS];
        measure(&r, a, w);
        struct lv_estimate e = lv_estimate_of(a, REPLICATIONS, 0.99);
        fprintf(stderr, "away share %-5g measured %.5f ± %.5f\n", shares[i], e.mean, e.half_width);
        ck_assert_msg(fabs(e.mean - shares[i]) <= e.half_width, "share %g: measured %g ± %g", shares[i], e.mean,
                      e.half_width);
        ck_assert_msg(e.half_width < 0.01, "share %g: interval ± %g too wide", shares[i], e.half_width);
        lv_results_fini(&r);
        lv_scenario_free(s);
    }
}
END_TEST

/* M/M/5 with a = 3 (30 calls an hour of 6 min): Erlang C's P(wait <= t) = 1 - C e^{-(c mu - lam) t}
 * without time away; with it the share within 2 min falls step by step (common random numbers:
 * the arrivals and talk times are the same in every run). */
START_TEST(within_target_falls_as_share_grows)
{
    const double lam = 30 / 3600.0, mu = 1 / 360.0;
    const int c = 5;
    double a = lam / mu, term = 1, sum = 0;
    for (int k = 0; k < c; k++) {
        sum += term;
        term *= a / (k + 1);
    }
    double last = term * c / (c - a), erlang_c = last / (sum + last);
    double exact = 1 - erlang_c * exp(-(c * mu - lam) * 120);

    struct lv_scenario *plain = centre(30, 360, c, "", 30);
    struct lv_results base;
    run_ok(plain, 2, &base);
    static const char *const shares[] = {"0%", "10%", "20%", "30%"};
    double previous = 2;
    for (size_t i = 0; i < sizeof shares / sizeof *shares; i++) {
        char away[128];
        snprintf(away, sizeof away, "{share: %s, piece: {dist: exponential, mean: 10m}}", shares[i]);
        struct lv_scenario *s = centre(30, 360, c, away, 30);
        struct lv_results r;
        run_ok(s, 2, &r);
        double aw[REPLICATIONS], w[REPLICATIONS];
        measure(&r, aw, w);
        struct lv_estimate e = lv_estimate_of(w, REPLICATIONS, 0.99);
        fprintf(stderr, "M/M/5 away %-4s within 2 min %.5f ± %.5f (Erlang C %.5f)\n", shares[i], e.mean, e.half_width,
                exact);
        if (i == 0) {
            ck_assert_msg(same_values(&r, &base), "share 0%% changed the results");
            ck_assert_msg(fabs(e.mean - exact) <= e.half_width, "Erlang C %g outside %g ± %g", exact, e.mean,
                          e.half_width);
        } else {
            ck_assert_msg(e.mean < previous, "share %s: within %g not below %g", shares[i], e.mean, previous);
        }
        previous = e.mean;
        lv_results_fini(&r);
        lv_scenario_free(s);
    }
    lv_results_fini(&base);
    lv_scenario_free(plain);
}
END_TEST

/* The documented priority: pieces taken before waiting calls cost more answers within target. */
START_TEST(calls_first_answers_more)
{
    struct lv_scenario *calls = centre(30, 360, 5, "{share: 20%, priority: calls_first}", 30);
    struct lv_scenario *away = centre(30, 360, 5, "{share: 20%, priority: away_first}", 30);
    struct lv_results rc, ra;
    run_ok(calls, 2, &rc);
    run_ok(away, 2, &ra);
    double a1[REPLICATIONS], w1[REPLICATIONS], a2[REPLICATIONS], w2[REPLICATIONS];
    measure(&rc, a1, w1);
    measure(&ra, a2, w2);
    struct lv_estimate e1 = lv_estimate_of(w1, REPLICATIONS, 0.99), e2 = lv_estimate_of(w2, REPLICATIONS, 0.99);
    fprintf(stderr, "within 2 min: calls_first %.5f, away_first %.5f\n", e1.mean, e2.mean);
    ck_assert(e1.mean > e2.mean);
    lv_results_fini(&rc);
    lv_results_fini(&ra);
    lv_scenario_free(calls);
    lv_scenario_free(away);
}
END_TEST

/* The default scenario (shift changes: the rate follows the nurses on duty; shared and floor
 * nurses, doctors) with a quarter away: one or two threads. */
START_TEST(any_thread_count_same_bits)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_file(LVSIM_SOURCE_DIR "/scenarios/default.yaml", &d);
    lv_diags_fini(&d);
    ck_assert_ptr_nonnull(s);
    s->sites[0].away.share = 0.25;
    struct lv_results one, two;
    run_ok(s, 1, &one);
    run_ok(s, 2, &two);
    ck_assert(same_values(&one, &two));
    double a[REPLICATIONS], w[REPLICATIONS];
    measure(&one, a, w);
    for (int k = 0; k < REPLICATIONS; k++)
        ck_assert(a[k] > 0.1 && a[k] < 0.3);
    lv_results_fini(&one);
    lv_results_fini(&two);
    lv_scenario_free(s);
}
END_TEST

/* A fifth of answered calls lead to a callback of exponential length, mean 4 min: callbacks are a
 * fifth of answered calls, and the phone staff's busy time grows by callbacks x 4 min (no
 * patience: every inbound call is answered in both runs, with the same talk times). */
START_TEST(callbacks_add_their_work)
{
    struct lv_scenario *plain = centre(20, 300, 4, "", 30);
    struct lv_scenario *s = centre_with(20, 300, 4, "", 30,
                                        ", callback: {share: 20%, delay: {dist: exponential, mean: 30m}, "
                                        "talk: {dist: exponential, mean: 4m}}");
    struct lv_results base, r, r1;
    run_ok(plain, 2, &base);
    run_ok(s, 2, &r);
    run_ok(s, 1, &r1);
    ck_assert(same_values(&r, &r1));
    double share[REPLICATIONS], work[REPLICATIONS];
    for (int k = 0; k < REPLICATIONS; k++) {
        struct lv_interval_stats t, t0;
        lv_rep_result_total(&r.reps[k], &t);
        lv_rep_result_total(&base.reps[k], &t0);
        share[k] = (double)r.reps[k].callbacks / (double)t.answered;
        work[k] = (t.busy_area - t0.busy_area) / ((double)r.reps[k].callbacks * 240);
    }
    struct lv_estimate es = lv_estimate_of(share, REPLICATIONS, 0.99), ew = lv_estimate_of(work, REPLICATIONS, 0.99);
    fprintf(stderr, "callbacks per answered call %.5f ± %.5f; added busy time / (callbacks x 4 min) %.5f ± %.5f\n",
            es.mean, es.half_width, ew.mean, ew.half_width);
    ck_assert_msg(fabs(es.mean - 0.2) <= es.half_width && es.half_width < 0.01, "share %g ± %g", es.mean,
                  es.half_width);
    ck_assert_msg(fabs(ew.mean - 1) <= ew.half_width && ew.half_width < 0.05, "work %g ± %g", ew.mean, ew.half_width);
    lv_results_fini(&base);
    lv_results_fini(&r);
    lv_results_fini(&r1);
    lv_scenario_free(plain);
    lv_scenario_free(s);
}
END_TEST

/* A callback key with share 0 gives bit for bit the results of a scenario without it. */
START_TEST(callback_share_zero_changes_nothing)
{
    struct lv_scenario *plain = centre(30, 360, 5, "", 20);
    struct lv_scenario *zero = centre_with(30, 360, 5, "", 20, ", callback: {share: 0%, talk: 10m}");
    struct lv_results a, b;
    run_ok(plain, 2, &a);
    run_ok(zero, 2, &b);
    ck_assert(same_values(&a, &b));
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(plain);
    lv_scenario_free(zero);
}
END_TEST

/* ---- reporting ---- */

static int lines(const char *t)
{
    int n = 0;
    for (; *t; t++)
        n += *t == '\n';
    return n;
}

static void summarise(const struct lv_scenario *sc, struct lv_results *r, struct lv_summary *s)
{
    run_ok(sc, 2, r);
    ck_assert_int_eq(lv_summary_compute(r, s), 0);
}

static void release(struct lv_scenario *sc, struct lv_results *r, struct lv_summary *s)
{
    lv_summary_fini(s);
    lv_results_fini(r);
    lv_scenario_free(sc);
}

/* Whether the estimate's interval covers v. */
static bool covers(const struct lv_estimate *e, double v) { return fabs(e->mean - v) <= e->half_width; }

/* Light load on 4 operators all day, 25 % away: the reported share is 25 % within its interval,
 * and the hours away a day are a quarter of the 96 operator-hours on duty. */
START_TEST(away_share_is_reported)
{
    struct lv_scenario *sc = centre(6, 180, 4, "{share: 25%, piece: {dist: exponential, mean: 10m}}", 60);
    struct lv_results r;
    struct lv_summary s;
    summarise(sc, &r, &s);
    ck_assert(s.away_used && !s.callbacks_used);
    const struct lv_estimate *share = &s.shrinkage[LV_SH_AWAY_SHARE], *hours = &s.shrinkage[LV_SH_AWAY_HOURS_PER_DAY];
    fprintf(stderr, "reported away share %.5f ± %.5f, %.3f ± %.3f h a day\n", share->mean, share->half_width,
            hours->mean, hours->half_width);
    ck_assert_msg(covers(share, 0.25) && share->half_width < 0.01, "%g ± %g", share->mean, share->half_width);
    ck_assert_msg(covers(hours, 24) && hours->half_width < 1, "%g ± %g", hours->mean, hours->half_width);
    ck_assert_int_eq(share->n, REPLICATIONS);
    ck_assert(isnan(s.shrinkage[LV_SH_CALLBACKS_PER_DAY].mean));

    char *text = test_text_of(&r, &s);
    char line[160];
    snprintf(line, sizeof line, "time away from the phone   %.1f %% ± %.1f of phone staff's time on duty, %.1f h a day",
             share->mean * 100, share->half_width * 100, hours->mean);
    ck_assert_msg(strstr(text, line), "no line '%s' in\n%s", line, text);
    ck_assert_ptr_null(strstr(text, "outbound callbacks"));
    /* right below the occupancy line */
    ck_assert_ptr_eq(strstr(text, "time away"), strchr(strstr(text, "operator occupancy"), '\n') + 1);
    free(text);

    char *json = lv_output_json(&r, &s);
    cJSON *root = cJSON_Parse(json);
    const cJSON *g = cJSON_GetObjectItemCaseSensitive(root, "shrinkage");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(cJSON_GetArraySize(g), LV_SHRINKAGE_METRIC_COUNT);
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(g, "phone_away_share"), "mean");
    ck_assert(cJSON_IsNumber(m) && m->valuedouble == share->mean);
    m = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(g, "callbacks_per_day"), "mean");
    ck_assert(cJSON_IsNull(m));
    /* after the headline figures */
    ck_assert_str_eq(g->prev->string, "summary");
    ck_assert_ptr_null(cJSON_GetObjectItemCaseSensitive(root, "shrinkage_sites")); /* one centre */
    /* and by interval of the week (the overload rule counts it as busy): about the share everywhere */
    const cJSON *iv, *intervals = cJSON_GetObjectItemCaseSensitive(root, "intervals");
    double sum = 0;
    int count = 0;
    cJSON_ArrayForEach(iv, intervals) {
        m = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(iv, "phone_away_share"), "mean");
        ck_assert(cJSON_IsNumber(m) && m->valuedouble >= 0 && m->valuedouble < 0.5);
        sum += m->valuedouble;
        count++;
    }
    ck_assert_int_eq(count, 168);
    ck_assert_msg(fabs(sum / count - share->mean) < 0.01, "intervals' mean %g, overall %g", sum / count, share->mean);
    cJSON_Delete(root);
    free(json);

    char *t = test_csv_of(&r, &s, "shrinkage");
    ck_assert_int_eq(lines(t), 1 + LV_SHRINKAGE_METRIC_COUNT);
    static const char head[] = "metric,mean,ci95,n\nphone_away_share,0.2";
    ck_assert(strncmp(t, head, sizeof head - 1) == 0);
    ck_assert_ptr_nonnull(strstr(t, "\ncallbacks_per_day,,,0\n"));
    free(t);
    release(sc, &r, &s);
}
END_TEST

/* A fifth of answered calls lead to a callback of mean 4 min: the summary reports 20 % of
 * answered calls within its interval, callbacks a day as that share of the calls answered a day,
 * and their talk hours as callbacks x 4 min. */
START_TEST(callbacks_are_reported)
{
    struct lv_scenario *sc = centre_with(20, 300, 4, "", 30,
                                         ", callback: {share: 20%, delay: {dist: exponential, mean: 30m}, "
                                         "talk: {dist: exponential, mean: 4m}}");
    struct lv_results r;
    struct lv_summary s;
    summarise(sc, &r, &s);
    ck_assert(!s.away_used && s.callbacks_used);
    const struct lv_estimate *per_call = &s.shrinkage[LV_SH_CALLBACKS_PER_ANSWERED];
    const struct lv_estimate *per_day = &s.shrinkage[LV_SH_CALLBACKS_PER_DAY];
    const struct lv_estimate *hours = &s.shrinkage[LV_SH_CALLBACK_HOURS_PER_DAY];
    fprintf(stderr, "reported callbacks %.5f ± %.5f per answered call, %.2f ± %.2f a day, %.3f ± %.3f h a day\n",
            per_call->mean, per_call->half_width, per_day->mean, per_day->half_width, hours->mean, hours->half_width);
    ck_assert_msg(covers(per_call, 0.2) && per_call->half_width < 0.01, "%g ± %g", per_call->mean, per_call->half_width);
    /* no patience: every call is answered, 480 a day */
    double answered = s.headline[LV_M_CALLS_PER_DAY].mean * s.headline[LV_M_ANSWERED].mean;
    ck_assert_msg(fabs(per_day->mean - per_call->mean * answered) < 1e-9 * answered, "%g", per_day->mean);
    ck_assert_msg(covers(per_day, 0.2 * 480), "%g ± %g", per_day->mean, per_day->half_width);
    ck_assert_msg(fabs(hours->mean - per_day->mean * 4 / 60) <= hours->half_width, "%g ± %g", hours->mean,
                  hours->half_width);
    ck_assert(isnan(s.shrinkage[LV_SH_AWAY_SHARE].mean));

    char *text = test_text_of(&r, &s);
    char line[160];
    snprintf(line, sizeof line, "outbound callbacks         %.0f per day (%.0f %% of answered calls), %.1f h of phone time a day\n",
             per_day->mean, per_call->mean * 100, hours->mean);
    ck_assert_msg(strstr(text, line), "no line '%s' in\n%s", line, text);
    ck_assert_ptr_null(strstr(text, "time away"));
    free(text);
    release(sc, &r, &s);
}
END_TEST

/* Two centres, time away only at the first (light load): per site, 25 % within its interval
 * there and none at the other; the run's share lies between, weighted by time on duty. */
START_TEST(away_is_reported_per_site)
{
    struct lv_scenario *sc = test_scenario(
        "start: 2025-01-06\nhorizon: 40d\nwarmup: 2d\nseed: 7\ndemand: {calls_per_hour: 6}\n"
        "calls:\n  types: [{name: all, talk: {dist: exponential, mean: 3m}}]\n  patience: none\n"
        "centres:\n"
        "  - {name: north, away: {share: 25%, piece: {dist: exponential, mean: 10m}},\n"
        "     operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3}]}\n"
        "  - {name: south, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]}\n"
        "areas:\n  - {name: a, population: 1000, centre: north}\n  - {name: b, population: 1000, centre: south}\n");
    struct lv_results r;
    struct lv_summary s;
    summarise(sc, &r, &s);
    const struct lv_estimate *north = s.site_shrinkage[0], *south = s.site_shrinkage[1];
    fprintf(stderr, "away share north %.5f ± %.5f, south %.5f, all %.5f\n", north[LV_SH_AWAY_SHARE].mean,
            north[LV_SH_AWAY_SHARE].half_width, south[LV_SH_AWAY_SHARE].mean, s.shrinkage[LV_SH_AWAY_SHARE].mean);
    ck_assert(covers(&north[LV_SH_AWAY_SHARE], 0.25) && north[LV_SH_AWAY_SHARE].half_width < 0.01);
    ck_assert(covers(&north[LV_SH_AWAY_HOURS_PER_DAY], 0.25 * 72));
    ck_assert(south[LV_SH_AWAY_SHARE].mean == 0 && south[LV_SH_AWAY_HOURS_PER_DAY].mean == 0);
    /* 3 of the 4 phone staff are north's */
    ck_assert(fabs(s.shrinkage[LV_SH_AWAY_SHARE].mean - 0.75 * north[LV_SH_AWAY_SHARE].mean) < 1e-9);
    char *json = lv_output_json(&r, &s);
    cJSON *root = cJSON_Parse(json);
    const cJSON *sites = cJSON_GetObjectItemCaseSensitive(root, "shrinkage_sites");
    ck_assert_int_eq(cJSON_GetArraySize(sites), 2);
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(sites, 1), "name")->valuestring, "south");
    ck_assert_str_eq(sites->prev->string, "sites");
    cJSON_Delete(root);
    free(json);
    char *t = test_csv_of(&r, &s, "shrinkage_sites");
    ck_assert_int_eq(lines(t), 3);
    static const char head[] = "name,kind,phone_away_share,phone_away_share_ci95,away_hours_per_day,";
    ck_assert(strncmp(t, head, sizeof head - 1) == 0);
    free(t);
    release(sc, &r, &s);
}
END_TEST

/* lvsim compare: A without time away, B with 25 %: B's share within its interval, "-" for A and
 * the difference; A against itself has no such rows and no JSON key. */
START_TEST(compare_carries_shrinkage)
{
    struct lv_scenario *plain = centre(6, 180, 4, "", 30);
    struct lv_scenario *away = centre(6, 180, 4, "{share: 25%, piece: {dist: exponential, mean: 10m}}", 30);
    struct lv_results a, b;
    run_ok(plain, 2, &a);
    run_ok(away, 2, &b);
    struct lv_comparison c;
    ck_assert_int_eq(lv_compare(&a, &b, &c), 0);
    const struct lv_estimate *share = &c.b[c.shrinkage_at + LV_SH_AWAY_SHARE];
    ck_assert(covers(share, 0.25));
    ck_assert(isnan(c.a[c.shrinkage_at + LV_SH_AWAY_SHARE].mean));
    ck_assert(isnan(c.b[c.shrinkage_at + LV_SH_CALLBACKS_PER_DAY].mean));
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    ck_assert_int_eq(lv_output_compare_text(&a, &b, &c, f), 0);
    fclose(f);
    char line[160];
    char pct[32];
    snprintf(pct, sizeof pct, "%.1f %%", share->mean * 100);
    snprintf(line, sizeof line, "%-44s %12s %12s %24s %12s\n", "time away from the phone", "-", pct, "-", "-");
    ck_assert_msg(strstr(buf, line), "no line '%s' in\n%s", line, buf);
    ck_assert_ptr_null(strstr(buf, "callbacks"));
    free(buf);
    char *json = lv_output_compare_json(&a, &b, &c);
    ck_assert_ptr_nonnull(strstr(json, "\"shrinkage\""));
    free(json);
    lv_comparison_fini(&c);

    ck_assert_int_eq(lv_compare(&a, &a, &c), 0);
    json = lv_output_compare_json(&a, &a, &c);
    ck_assert_ptr_null(strstr(json, "shrinkage"));
    free(json);
    buf = NULL;
    f = open_memstream(&buf, &size);
    ck_assert_int_eq(lv_output_compare_text(&a, &a, &c, f), 0);
    fclose(f);
    ck_assert_ptr_null(strstr(buf, "away"));
    free(buf);
    lv_comparison_fini(&c);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(plain);
    lv_scenario_free(away);
}
END_TEST

/* Without time away or callbacks: no line, no JSON key, and no shrinkage CSV rows. */
START_TEST(unused_leaves_no_trace)
{
    struct lv_scenario *sc = centre(6, 180, 4, "", 10);
    struct lv_results r;
    struct lv_summary s;
    summarise(sc, &r, &s);
    ck_assert(!s.away_used && !s.callbacks_used);
    for (int m = 0; m < LV_SHRINKAGE_METRIC_COUNT; m++)
        ck_assert(isnan(s.shrinkage[m].mean));
    char *text = test_text_of(&r, &s);
    ck_assert_ptr_null(strstr(text, "time away"));
    ck_assert_ptr_null(strstr(text, "callbacks"));
    free(text);
    char *json = lv_output_json(&r, &s);
    ck_assert_ptr_null(strstr(json, "shrinkage"));
    ck_assert_ptr_null(strstr(json, "away"));
    free(json);
    char *t = test_csv_of(&r, &s, "shrinkage");
    ck_assert_str_eq(t, "metric,mean,ci95,n\n");
    free(t);
    release(sc, &r, &s);
}
END_TEST

Suite *shrinkage_suite(void)
{
    Suite *s = suite_create("shrinkage");
    TCase *tc = tcase_create("away");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, away_share_is_kept_with_slack);
    tcase_add_test(tc, within_target_falls_as_share_grows);
    tcase_add_test(tc, calls_first_answers_more);
    tcase_add_test(tc, any_thread_count_same_bits);
    tcase_add_test(tc, callbacks_add_their_work);
    tcase_add_test(tc, callback_share_zero_changes_nothing);
    suite_add_tcase(s, tc);
    tc = tcase_create("report");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, away_share_is_reported);
    tcase_add_test(tc, callbacks_are_reported);
    tcase_add_test(tc, away_is_reported_per_site);
    tcase_add_test(tc, compare_carries_shrinkage);
    tcase_add_test(tc, unused_leaves_no_trace);
    suite_add_tcase(s, tc);
    return s;
}
