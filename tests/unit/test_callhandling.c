/* test_callhandling.c — call handling beyond talk: AMK conferences on red calls
 * (clinical.amk_conference) and consulting the doctor during a call (calls.types[].consult).
 * Exact accounting with common random numbers: the scenarios below have ample phone staff and no
 * patience, so every call is answered when it arrives in both runs of a pair, and no call arrives
 * in the last hour of the run, so every call's work ends inside the window; then a conference of
 * constant length D adds exactly (red calls x D) to the phone staff's busy time, and a consult of
 * constant length adds (consults x length) to the nurses' and, with doctors always idle, the
 * doctors' busy time. With one doctor kept busy, every other consult holds exactly max_hold and is
 * not reached; with no doctor on duty it is phone time only. Share 0 changes no bit; any thread
 * count gives the same bits. Reporting: the call_handling figures in text, JSON and CSV, only when
 * used. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/model.h"
#include "lvsim/output.h"
#include "lvsim/run.h"
#include "lvsim/stats.h"
#include "lvsim/summary.h"

enum { REPLICATIONS = 6 };

/* An hour-of-day profile without calls from 23:00: the last day's calls all end before midnight. */
#define PROFILE "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]"

/* One centre over 4 days from midnight (no warm-up), about 4 calls an hour of 5 min talk and 1 min
 * after-call work, 12 operators, `doctors` doctors round the clock (-1: no doctor schedule), no
 * patience. `type` adds keys to the one call type, `clinical` is the clinical section or "". */
static struct lv_scenario *centre_with(const char *type, const char *clinical, int doctors)
{
    char yaml[2048], doc[160] = "";
    if (doctors >= 0)
        snprintf(doc, sizeof doc, "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n", doctors);
    snprintf(yaml, sizeof yaml,
             "start: 2025-01-06\nhorizon: 4d\nwarmup: 0s\nseed: 77\n"
             "demand: {calls_per_year: 35000, profile_weekday: " PROFILE ", profile_weekend: " PROFILE "}\n"
             "calls:\n  types: [{name: all, talk: 5m, after_call: 1m%s%s}]\n  patience: none\n"
             "%s"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 12}]\n%s",
             *clinical ? ", clinical: true" : "", type, clinical, doc);
    return test_scenario(yaml);
}

static void run_ok(const struct lv_scenario *s, int jobs, struct lv_results *r)
{
    struct lv_run_options o = {.replications = REPLICATIONS, .seed = s->seed, .jobs = jobs, .keep_reps = true};
    ck_assert_int_eq(lv_run(s, &o, r), LV_OK);
}

static bool same_values(const struct lv_results *a, const struct lv_results *b)
{
    size_t n = (size_t)a->replications * (size_t)a->value_count;
    return a->value_count == b->value_count && memcmp(a->values, b->values, n * sizeof *a->values) == 0 &&
           memcmp(a->weights, b->weights, n * sizeof *a->weights) == 0;
}

static struct lv_interval_stats total(const struct lv_results *r, int k)
{
    struct lv_interval_stats t;
    lv_rep_result_total(&r->reps[k], &t);
    return t;
}

#define CLINICAL "clinical: {}\n"
#define AMK_4M "clinical:\n  amk_conference: {share: 100%, duration: 4m}\n"

/* Every red call holds its nurse 4 min more: busy time rises by exactly red calls x 240 s, and
 * nothing else moves (arrivals, answers, urgencies and dispositions are the same). */
START_TEST(amk_conference_adds_red_calls_times_duration)
{
    struct lv_scenario *plain = centre_with("", CLINICAL, 6), *amk = centre_with("", AMK_4M, 6);
    struct lv_results a, b;
    run_ok(plain, 2, &a);
    run_ok(amk, 2, &b);
    for (int k = 0; k < REPLICATIONS; k++) {
        const struct lv_rep_result *ra = &a.reps[k], *rb = &b.reps[k];
        struct lv_interval_stats ta = total(&a, k), tb = total(&b, k);
        uint64_t red = rb->urgency[LV_RED].calls;
        ck_assert_uint_eq(ta.answered, tb.answered);
        ck_assert_uint_eq(ta.answered, ta.offered);
        ck_assert_uint_eq(ra->urgency[LV_RED].calls, red);
        ck_assert_uint_gt(red, 20);
        ck_assert_uint_eq(rb->amk_conferences, red);
        ck_assert_uint_eq(ra->amk_conferences, 0);
        ck_assert(fabs(rb->amk_conference_s - 240.0 * (double)red) < 1e-9 * 240 * (double)red);
        double added = tb.busy_area - ta.busy_area;
        ck_assert_msg(fabs(added - 240.0 * (double)red) < 1e-6 * tb.busy_area, "rep %d: added %.6f s, red %llu x 240 s",
                      k, added, (unsigned long long)red);
        ck_assert(ta.doctor_busy_area == tb.doctor_busy_area); /* the doctors' side is untouched */
        for (int d = 0; d < LV_DISPOSITIONS; d++)
            ck_assert_uint_eq(ra->urgency[LV_RED].outcome[d], rb->urgency[LV_RED].outcome[d]);
    }
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(plain);
    lv_scenario_free(amk);
}
END_TEST

/* A third of calls consult a doctor for 4 min; 40 doctors are always idle (nothing else needs
 * them): every consult reaches one at once, and both nurses' and doctors' busy time rise by
 * exactly consults x 240 s. */
START_TEST(consult_with_idle_doctors_adds_to_both)
{
    struct lv_scenario *plain = centre_with("", "", 40);
    struct lv_scenario *s = centre_with(", consult: {share: 33%, duration: 4m, max_hold: 2m}", "", 40);
    struct lv_results a, b;
    run_ok(plain, 2, &a);
    run_ok(s, 2, &b);
    for (int k = 0; k < REPLICATIONS; k++) {
        const struct lv_rep_result *rb = &b.reps[k];
        struct lv_interval_stats ta = total(&a, k), tb = total(&b, k);
        double n = (double)rb->consults;
        ck_assert_uint_eq(ta.answered, tb.answered);
        ck_assert_msg(fabs(n / (double)tb.answered - 0.33) < 0.06, "consults %g of %llu", n,
                      (unsigned long long)tb.answered);
        ck_assert_uint_eq(rb->consults_asked, rb->consults);
        ck_assert_uint_eq(rb->consults_not_reached, 0);
        ck_assert(rb->consult_hold_s == 0);
        ck_assert(fabs(rb->consult_phone_s - 240 * n) < 1e-9 * 240 * n);
        ck_assert(ta.doctor_busy_area == 0);
        ck_assert_msg(fabs(tb.doctor_busy_area - 240 * n) < 1e-6 * 240 * n, "doctors %.6f, consults %g", tb.doctor_busy_area, n);
        ck_assert_msg(fabs(tb.busy_area - ta.busy_area - 240 * n) < 1e-6 * tb.busy_area, "nurses +%.6f, consults %g",
                      tb.busy_area - ta.busy_area, n);
    }
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(plain);
    lv_scenario_free(s);
}
END_TEST

/* One doctor, and the first consult keeps her for longer than the run: every later consult holds
 * exactly max_hold (3 min) and ends without a doctor, so the nurse's time is talk + 3 min +
 * after-call work. With no doctor on duty (here: no doctor schedule) a consult is phone time only. */
START_TEST(holds_end_at_max_hold)
{
    struct lv_scenario *s = centre_with(", consult: {share: 25%, duration: 10d, max_hold: 3m}", "", 1);
    struct lv_results r;
    run_ok(s, 2, &r);
    for (int k = 0; k < REPLICATIONS; k++) {
        const struct lv_rep_result *x = &r.reps[k];
        ck_assert_uint_gt(x->consults, 20);
        ck_assert_uint_eq(x->consults_asked, x->consults);
        ck_assert_uint_eq(x->consults_not_reached, x->consults - 1);
        ck_assert(fabs(x->consult_hold_s - 180.0 * (double)x->consults_not_reached) < 1e-6);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);

    {
        struct lv_scenario *plain = centre_with("", "", -1);
        s = centre_with(", consult: {share: 25%, duration: 4m, max_hold: 3m}", "", -1);
        struct lv_results a;
        run_ok(plain, 1, &a);
        run_ok(s, 1, &r);
        for (int k = 0; k < REPLICATIONS; k++) {
            const struct lv_rep_result *x = &r.reps[k];
            struct lv_interval_stats ta = total(&a, k), tb = total(&r, k);
            ck_assert_uint_gt(x->consults, 20);
            ck_assert_uint_eq(x->consults_asked, 0);
            ck_assert(x->consult_hold_s == 0);
            ck_assert(tb.doctor_busy_area == 0);
            ck_assert(fabs(tb.busy_area - ta.busy_area - 240.0 * (double)x->consults) < 1e-6 * tb.busy_area);
        }
        lv_results_fini(&a);
        lv_results_fini(&r);
        lv_scenario_free(plain);
        lv_scenario_free(s);
    }
}
END_TEST

/* Consults of clinical calls: the disposition follows the consult, so every answered call still
 * gets exactly one (dispositions = answered calls), under load, with holds and red calls; and
 * conferences with consults: any thread count gives the same bits. */
START_TEST(clinical_consults_keep_the_ledger)
{
    struct lv_scenario *s = centre_with(", consult: {share: 40%, duration: {dist: exponential, mean: 6m}, max_hold: 1m}",
                                        "clinical:\n  amk_conference: {share: 50%, duration: {dist: lognormal, mean: 4m, sd: 2m}}\n",
                                        2);
    struct lv_results r, r1;
    run_ok(s, 2, &r);
    run_ok(s, 1, &r1);
    ck_assert(same_values(&r, &r1));
    for (int k = 0; k < REPLICATIONS; k++) {
        const struct lv_rep_result *x = &r.reps[k];
        struct lv_interval_stats t = total(&r, k);
        uint64_t calls = 0;
        for (int u = 0; u < LV_URGENCIES; u++)
            calls += x->urgency[u].calls;
        ck_assert_uint_eq(calls, t.answered);
        ck_assert_uint_gt(x->consults_not_reached, 0);
        ck_assert_uint_lt(x->consults_not_reached, x->consults_asked);
        ck_assert(x->consult_hold_s <= 60.0 * (double)x->consults_asked + 1e-6);
        ck_assert_uint_gt(x->amk_conferences, 0);
        ck_assert_uint_lt(x->amk_conferences, x->urgency[LV_RED].calls);
    }
    lv_results_fini(&r);
    lv_results_fini(&r1);
    lv_scenario_free(s);
}
END_TEST

/* "No doctor on duty" is the schedule's band and a backup on call, not who is still finishing a
 * task: one doctor from 00:00 to 01:00, none after. The first consult of the night keeps her 3
 * hours; she leaves when it ends (her shift is over), so she never takes another. The second time
 * callers are also called back by a doctor, which calls the backup (on call until 01:00, at once):
 * it takes 3 hours of work and goes home after it, past its band. Consults of calls after 01:00
 * (the window, none in the last hour) find no doctor on duty and are phone time only: none asks,
 * none holds in vain. */
START_TEST(consult_after_the_last_band_is_phone_time_only)
{
    char yaml[2048];
    snprintf(yaml, sizeof yaml,
             "start: 2025-01-06\nhorizon: 1d\nwarmup: 1h\nseed: 77\n"
             "demand: {calls_per_year: %s, profile_weekday: " PROFILE ", profile_weekend: " PROFILE "}\n"
             "calls:\n  types: [{name: all, talk: 5m, after_call: 1m, consult: {share: 100%%, duration: 3h, max_hold: 10m}%s}]\n"
             "  patience: none\n%s"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 80}]\n"
             "  doctors: [{days: all, from: \"00:00\", to: \"01:00\", count: 1}, {days: all, from: \"01:00\", to: \"24:00\", count: 0}]\n%s",
             _i ? "100000" : "35000", _i ? ", clinical: true" : "",
             _i ? "clinical:\n  dispositions: {all: {red: {callback: 100%}, yellow: {callback: 100%}, green: {callback: 100%}}}\n"
                  "  callback: 3h\n"
                : "",
             _i ? "  backup: {activation: 0s, queue_above: 1, on_call: [{days: all, from: \"00:00\", to: \"01:00\"}]}\n" : "");
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_results r;
    run_ok(s, 2, &r);
    for (int k = 0; k < REPLICATIONS; k++) {
        const struct lv_rep_result *x = &r.reps[k];
        ck_assert_uint_gt(x->consults, 50);
        ck_assert_uint_eq(x->consults_asked, 0);
        ck_assert(x->consult_hold_s == 0);
        if (_i)
            ck_assert(x->sites[0].level_area[LV_L_BACKUP] > 0); /* present after 01:00 */
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* The task pool grows (it starts at 256) while a consult ends and plans its callback: every call
 * consults (no doctor: phone time only) and is called back a month later, so the callbacks pile
 * up and the 256th is planned, the pool full, at the end of a consult. The consult goes on with
 * the task it had (the call's end, its nurse): under the sanitizer build a stale pointer there is
 * a use after free. Every call still ends once and frees its nurse. */
START_TEST(consult_ends_while_the_task_pool_grows)
{
    struct lv_scenario *s = centre_with(", consult: {share: 100%, duration: 1m, max_hold: 1m}, callback: {share: 100%, "
                                        "delay: 30d, talk: 1m}",
                                        "", -1);
    struct lv_results r;
    run_ok(s, 2, &r);
    for (int k = 0; k < REPLICATIONS; k++) {
        const struct lv_rep_result *x = &r.reps[k];
        struct lv_interval_stats t = total(&r, k);
        ck_assert_uint_gt(x->consults, 300);
        ck_assert_uint_eq(x->consults, t.answered);
        ck_assert_uint_eq(x->ledger.answered[0], x->ledger.attempts[0]);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Both keys with share 0 give bit for bit the results of a scenario without them, on one
 * thread or two. */
START_TEST(share_zero_changes_nothing)
{
    struct lv_scenario *sc[2] = {centre_with("", CLINICAL, 3),
                                 centre_with(", consult: {share: 0%, duration: 9m}",
                                             "clinical:\n  amk_conference: {share: 0%, duration: 9m}\n", 3)};
    struct lv_results r[2];
    for (int i = 0; i < 2; i++)
        run_ok(sc[i], 1 + i, &r[i]);
    ck_assert(same_values(&r[0], &r[1]));
    for (int i = 0; i < 2; i++) {
        lv_results_fini(&r[i]);
        lv_scenario_free(sc[i]);
    }
}
END_TEST

/* ---- reporting ---- */

/* Runs the scenario centre_with(type, clinical, doctors) and summarises it. */
static struct lv_scenario *summarised(const char *type, const char *clinical, int doctors, struct lv_results *r,
                                      struct lv_summary *s)
{
    struct lv_scenario *sc = centre_with(type, clinical, doctors);
    run_ok(sc, 2, r);
    ck_assert_int_eq(lv_summary_compute(r, s), 0);
    return sc;
}

static void release(struct lv_scenario *sc, struct lv_results *r, struct lv_summary *s)
{
    lv_summary_fini(s);
    lv_results_fini(r);
    lv_scenario_free(sc);
}

/* The figures are the raw counts as ratios of sums: conferences a day = red calls a day; hours
 * = conferences x 4 min; consults with idle doctors: hold 0, none not reached; hours = consults x
 * 4 min. Text, JSON and CSV show them. */
START_TEST(call_handling_is_reported)
{
    struct lv_results r;
    struct lv_summary s;
    struct lv_scenario *sc = summarised(", consult: {share: 33%, duration: 4m, max_hold: 2m}", AMK_4M, 40, &r, &s);
    ck_assert(s.amk_used && s.consults_used && !s.away_used && !s.callbacks_used);
    const struct lv_estimate *ch = s.call_handling;
    double red = 0, consults = 0, days = 4.0 * REPLICATIONS;
    for (int k = 0; k < REPLICATIONS; k++) {
        red += (double)r.reps[k].urgency[LV_RED].calls;
        consults += (double)r.reps[k].consults;
    }
    ck_assert(fabs(ch[LV_CH_AMK_PER_DAY].mean - red / days) < 1e-9 * red);
    ck_assert(fabs(ch[LV_CH_AMK_HOURS_PER_DAY].mean - red / days / 15) < 1e-9 * red);
    ck_assert(fabs(ch[LV_CH_CONSULTS_PER_DAY].mean - consults / days) < 1e-9 * consults);
    ck_assert(fabs(ch[LV_CH_CONSULT_HOURS_PER_DAY].mean - consults / days / 15) < 1e-9 * consults);
    ck_assert(ch[LV_CH_CONSULT_HOLD_MEAN].mean == 0 && ch[LV_CH_CONSULTS_NOT_REACHED].mean == 0);

    char *text = test_text_of(&r, &s), line[200];
    snprintf(line, sizeof line, "AMK conferences            %.1f per day on red calls, %.1f h of phone time a day\n",
             ch[LV_CH_AMK_PER_DAY].mean, ch[LV_CH_AMK_HOURS_PER_DAY].mean);
    ck_assert_msg(strstr(text, line), "no line '%s' in\n%s", line, text);
    snprintf(line, sizeof line,
             "doctor consulted in calls  %.0f per day, mean hold for a doctor 0:00, 0.0 %% not reached; %.1f h of phone "
             "time a day\n",
             ch[LV_CH_CONSULTS_PER_DAY].mean, ch[LV_CH_CONSULT_HOURS_PER_DAY].mean);
    ck_assert_msg(strstr(text, line), "no line '%s' in\n%s", line, text);
    free(text);
    char *json = lv_output_json(&r, &s);
    ck_assert_ptr_nonnull(strstr(json, "\"call_handling\""));
    ck_assert_ptr_nonnull(strstr(json, "\"consult_hold_mean_s\""));
    ck_assert_ptr_null(strstr(json, "\"shrinkage\""));
    free(json);
    char *csv = test_csv_of(&r, &s, "call_handling");
    ck_assert_ptr_nonnull(strstr(csv, "metric,mean,ci95,n\namk_conferences_per_day,"));
    ck_assert_ptr_nonnull(strstr(csv, "\nconsults_not_reached,0,0,6\n"));
    free(csv);
    release(sc, &r, &s);
}
END_TEST

/* Without either: no line, no JSON key, no CSV rows. */
START_TEST(unused_leaves_no_trace)
{
    struct lv_results r;
    struct lv_summary s;
    struct lv_scenario *sc = summarised("", CLINICAL, 3, &r, &s);
    ck_assert(!s.amk_used && !s.consults_used);
    for (int m = 0; m < LV_CALL_HANDLING_METRIC_COUNT; m++)
        ck_assert(isnan(s.call_handling[m].mean));
    /* text, then JSON: no line, no key (the clinical outcomes' "consultation" is another thing) */
    static const char *const absent[2][3] = {{"AMK", "consulted in calls", "hold for a doctor"},
                                             {"amk_", "call_handling", "consults_"}};
    char *docs[] = {test_text_of(&r, &s), lv_output_json(&r, &s)};
    for (int d = 0; d < 2; d++) {
        for (int w = 0; w < 3; w++)
            ck_assert_msg(!strstr(docs[d], absent[d][w]), "'%s' found", absent[d][w]);
        free(docs[d]);
    }
    char *csv = test_csv_of(&r, &s, "call_handling");
    ck_assert_str_eq(csv, "metric,mean,ci95,n\n");
    free(csv);
    release(sc, &r, &s);
}
END_TEST

Suite *call_handling_suite(void)
{
    Suite *s = suite_create("call_handling");
    TCase *tc = tcase_create("model");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, amk_conference_adds_red_calls_times_duration);
    tcase_add_test(tc, consult_with_idle_doctors_adds_to_both);
    tcase_add_test(tc, holds_end_at_max_hold);
    tcase_add_loop_test(tc, consult_after_the_last_band_is_phone_time_only, 0, 2);
    tcase_add_test(tc, consult_ends_while_the_task_pool_grows);
    tcase_add_test(tc, clinical_consults_keep_the_ledger);
    tcase_add_test(tc, share_zero_changes_nothing);
    suite_add_tcase(s, tc);
    tc = tcase_create("report");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, call_handling_is_reported);
    tcase_add_test(tc, unused_leaves_no_trace);
    suite_add_tcase(s, tc);
    return s;
}
