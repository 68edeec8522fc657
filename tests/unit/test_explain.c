/* test_explain.c — one day told from the call log (explain.h): on a hand-made log every count,
 * the longest queue and its moment, the callers who called again and the worst day are known;
 * on a simulated log the day's hours add up to the log's attempts of that day. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/explain.h"
#include "lvsim/run.h"
#include "lvsim/trace.h"
#include "suites.h"

/* Three days from Monday 2026-01-05, no warm-up; 1 operator at night, 2 and a floor nurse 08-16,
 * then a shared nurse beside 1 operator, 2 from 17:30. */
static const char *yaml =
    "start: 2026-01-05\nhorizon: 3d\nwarmup: 0d\nseed: 3\n"
    "target: {within: 2m, share: 80%}\n"
    "demand: {calls_per_hour: 2}\n"
    "calls:\n  types: [{name: all, talk: {dist: exponential, mean: 4m}}]\n"
    "  patience: {dist: exponential, mean: 5m}\n"
    "centre:\n"
    "  announcement: 30s\n"
    "  operators:\n"
    "    - {days: all, from: \"00:00\", to: \"08:00\", count: 1}\n"
    "    - {days: all, from: \"08:00\", to: \"16:00\", count: 2, floor: 1}\n"
    "    - {days: all, from: \"16:00\", to: \"17:30\", count: 1, shared: 1}\n"
    "    - {days: all, from: \"17:30\", to: \"24:00\", count: 2, shared: 1}\n";

static void add(struct lv_trace *t, double arrival, double wait, enum lv_trace_outcome outcome, uint32_t caller)
{
    ck_assert_uint_lt(t->count, t->capacity);
    t->records[t->count++] = (struct lv_trace_record){.arrival_s = arrival, .wait_s = wait, .outcome = (uint8_t)outcome,
                                                      .caller = caller, .talk_s = outcome == LV_TRACE_ANSWERED ? 60 : 0};
}

START_TEST(hand_made_day)
{
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_trace t = {.records = calloc(32, sizeof(struct lv_trace_record)), .capacity = 32};
    ck_assert_ptr_nonnull(t.records);
    const double tue = 86400; /* Tuesday 00:00 */
    add(&t, 100, 10, LV_TRACE_ANSWERED, 1);                  /* Monday, within */
    add(&t, tue - 60, 200, LV_TRACE_ANSWERED, 8); /* Monday 23:59, late: waits from 23:59:30 to Tuesday 00:02:50 */
    /* Tuesday 17:00-18:00: three callers queue together at 17:10:30 (after the 30 s announcement) */
    add(&t, tue + 17 * 3600 + 600, 30, LV_TRACE_ANSWERED, 2);   /* within */
    add(&t, tue + 17 * 3600 + 600, 300, LV_TRACE_ANSWERED, 3);  /* late: 5:00 */
    add(&t, tue + 17 * 3600 + 600, 200, LV_TRACE_ABANDONED, 4); /* hangs up, calls again at 18:30 */
    add(&t, tue + 17 * 3600 + 900, 0, LV_TRACE_BUSY, 5);        /* busy, never again */
    add(&t, tue + 17 * 3600 + 1200, 50, LV_TRACE_ABANDONED, 6); /* hangs up for good */
    add(&t, tue + 18 * 3600 + 1800, 20, LV_TRACE_ANSWERED, 4);  /* the redial: within */
    add(&t, 2 * 86400 + 3600, 500, LV_TRACE_ANSWERED, 7);       /* Wednesday, late */
    long first, last;
    ck_assert_int_eq(lv_explain_days(s, &first, &last), 3);
    ck_assert_int_eq(first, s->start_day);
    ck_assert_int_eq(last, s->start_day + 2);
    /* Monday 1 of 1 within, Tuesday 2 of 6, Wednesday 0 of 1: Wednesday is the worst */
    ck_assert_int_eq(lv_explain_worst_day(s, &t, 0), s->start_day + 2);
    struct lv_explain_day d;
    ck_assert_int_eq(lv_explain_day(s, &t, s->start_day + 1, 0, &d), 0);
    ck_assert_int_eq(d.day_type, 1); /* Tuesday */
    const struct lv_explain_hour *h17 = &d.hours[17], *h18 = &d.hours[18];
    ck_assert_int_eq(h17->attempts, 5);
    ck_assert_int_eq(h17->within, 1);
    ck_assert_int_eq(h17->late, 1);
    ck_assert_int_eq(h17->abandoned, 2);
    ck_assert_int_eq(h17->abandoned_again, 1);
    ck_assert_int_eq(h17->busy, 1);
    ck_assert_int_eq(h17->redials, 0);
    ck_assert_int_eq(h17->queue_max, 3);
    ck_assert_double_eq_tol(h17->queue_max_at_s, 17 * 3600 + 630, 1e-9);
    ck_assert_double_eq_tol(h17->wait_max_s, 300, 1e-9);
    ck_assert_int_eq(h17->phone_min, 2); /* 1 operator and 1 shared nurse, then 2 and 1 from 17:30 */
    ck_assert_int_eq(h17->phone_max, 3);
    ck_assert_int_eq(h17->shared_max, 1);
    ck_assert_int_eq(h17->floor_max, 0);
    ck_assert_int_eq(d.hours[9].floor_max, 1);
    ck_assert_int_eq(d.hours[9].phone_max, 2);
    ck_assert_int_eq(d.hours[3].phone_max, 1);
    ck_assert_int_eq(h18->attempts, 1);
    ck_assert_int_eq(h18->redials, 1);
    ck_assert_int_eq(h18->within, 1);
    ck_assert_int_eq(h18->queue_max, 1);
    ck_assert_int_eq(d.attempts, 6);
    ck_assert_int_eq(d.redials, 1);
    ck_assert_int_eq(d.busiest_hour, 17);
    ck_assert_int_eq(d.worst_queue_hour, 17);
    /* the queue minute by minute: 3 from 17:10:30, 2 from 17:11:00, 1 from 17:13:50, none from
     * 17:15:30; 1 from 17:20:30 to 17:21:20 and from 18:30:30 to 18:30:50; Monday's last caller
     * still waits until 00:02:50 (carried into the day, though no one entered: hour 0's queue_max
     * counts entries only) */
    static const struct {
        int minute, waiting;
    } queue[] = {{0, 1}, {1, 1}, {2, 1}, {3, 0}, {1029, 0}, {1030, 3}, {1031, 2}, {1032, 2}, {1033, 2}, {1034, 1},
                 {1035, 1}, {1036, 0}, {1039, 0}, {1040, 1}, {1041, 1}, {1042, 0}, {1109, 0}, {1110, 1}, {1111, 0}};
    for (size_t k = 0; k < sizeof queue / sizeof *queue; k++)
        ck_assert_msg(d.queue_minute[queue[k].minute] == queue[k].waiting, "minute %d: %d waiting, not %d",
                      queue[k].minute, d.queue_minute[queue[k].minute], queue[k].waiting);
    int total = 0;
    for (int m = 0; m < 1440; m++)
        total += d.queue_minute[m];
    ck_assert_int_eq(total, 3 + 3 + 2 + 2 + 2 + 1 + 1 + 1 + 1 + 1); /* nothing else waited */
    ck_assert_int_eq(d.hours[0].queue_max, 0);
    ck_assert_int_eq(d.hours[0].attempts, 0);
    /* the roster minute by minute: 1, then 2 from 08:00, 1 + 1 shared from 16:00, 2 + 1 from 17:30 */
    ck_assert_int_eq(d.phone_minute[0], 1);
    ck_assert_int_eq(d.phone_minute[479], 1);
    ck_assert_int_eq(d.phone_minute[480], 2);
    ck_assert_int_eq(d.phone_minute[1049], 2);
    ck_assert_int_eq(d.phone_minute[1050], 3);
    ck_assert_int_eq(d.phone_minute[1439], 3);
    /* the JSON: the kind, the day, hour 17's every field, the roster and the 1440 minutes */
    {
        char *json = NULL;
        size_t size = 0;
        FILE *f = open_memstream(&json, &size);
        ck_assert_int_eq(lv_explain_write_json(s, &d, false, 3, f), 0);
        fclose(f);
        ck_assert_msg(strstr(json, "{\"kind\": \"explain\", ") == json, "%.200s", json);
        ck_assert_ptr_nonnull(strstr(json, "\"date\": \"2026-01-06\", \"day_type\": \"tue\", \"worst\": false, \"seed\": 3"));
        ck_assert_ptr_nonnull(strstr(json, "\"target\": {\"within_s\": 120, \"share\": 0.8}"));
        ck_assert_ptr_nonnull(strstr(json, "\"attempts\": 6, \"redials\": 1, \"within\": 2, \"late\": 1, "
                                           "\"abandoned\": 2, \"abandoned_again\": 1, \"busy\": 1, "
                                           "\"busiest_hour\": 17, \"worst_queue_hour\": 17"));
        ck_assert_msg(strstr(json, "{\"hour\": 17, \"from\": \"17:00\", \"to\": \"18:00\", \"attempts\": 5, "
                                   "\"redials\": 0, \"within\": 1, \"late\": 1, \"abandoned\": 2, "
                                   "\"abandoned_again\": 1, \"busy\": 1, \"phone_min\": 2, \"phone_max\": 3, "
                                   "\"floor_max\": 0, \"shared_max\": 1, \"queue_max\": 3, "
                                   "\"queue_max_at_s\": 61830, \"wait_max_s\": 300}"), "%s", json);
        ck_assert_ptr_nonnull(strstr(json, "{\"from\": \"16:00\", \"to\": \"17:30\", \"from_min\": 960, "
                                           "\"to_min\": 1050, \"operators\": 1, \"shared\": 1, \"floor\": 0, \"phone\": 2}"));
        const char *at = strstr(json, "\"queue_per_minute\": [");
        ck_assert_ptr_nonnull(at);
        at = strchr(at, '[') + 1;
        int minutes = 0, sum = 0;
        for (char *end;; at = end + 1) {
            long v = strtol(at, &end, 10);
            ck_assert_ptr_ne(end, at);
            ck_assert_int_eq(v, d.queue_minute[minutes]);
            sum += (int)v;
            minutes++;
            if (*end != ',')
                break;
        }
        ck_assert_int_eq(minutes, 1440);
        ck_assert_int_eq(sum, total);
        ck_assert_str_eq(at - 1 + strcspn(at - 1, "]"), "]}\n");
        free(json);
    }
    /* the text names the hour, the queue and its moment, in both languages */
    for (int lang = 0; lang < LV_LANGUAGES; lang++) {
        char *text = NULL;
        size_t size = 0;
        FILE *f = open_memstream(&text, &size);
        ck_assert_int_eq(lv_explain_write_text(s, &d, false, (enum lv_language)lang, f), 0);
        fclose(f);
        ck_assert_msg(strstr(text, "17:00–18:00  5 ") && strstr(text, " 3 ") && strstr(text, "17:10"), "%s", text);
        ck_assert_msg(strstr(text, lang == LV_LANG_NB ? "tirsdag 2026-01-06" : "Tuesday 2026-01-06"), "%s", text);
        char line[1024]; /* one hour's line, as the HTML page tells it, is the text's */
        lv_explain_hour_text(h17, 17, s->target_within_s, (enum lv_language)lang, line, sizeof line);
        ck_assert_msg(strstr(text, line) && strlen(line) > 40, "%s\n%s", line, text);
        free(text);
    }
    free(t.records);
    lv_scenario_free(s);
}
END_TEST

/* A simulated log: the day's hours hold exactly the log's attempts of that day at the centre. */
START_TEST(simulated_day_adds_up)
{
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_trace t;
    lv_trace_init(&t);
    struct lv_run_options o = {.replications = 1, .seed = 3, .jobs = 1, .trace = &t};
    struct lv_results r;
    ck_assert_int_eq(lv_run(s, &o, &r), LV_OK);
    lv_results_fini(&r);
    long day = lv_explain_worst_day(s, &t, 0);
    ck_assert_int_ge(day, s->start_day);
    struct lv_explain_day d;
    ck_assert_int_eq(lv_explain_day(s, &t, day, 0, &d), 0);
    int attempts = 0, within = 0, abandoned = 0;
    double from = (double)(day - s->start_day) * 86400;
    for (size_t i = 0; i < t.count; i++) {
        const struct lv_trace_record *x = &t.records[i];
        if (x->arrival_s < from || x->arrival_s >= from + 86400)
            continue;
        attempts++;
        within += x->outcome == LV_TRACE_ANSWERED && x->wait_s <= 120;
        abandoned += x->outcome == LV_TRACE_ABANDONED;
    }
    ck_assert_int_gt(attempts, 20);
    ck_assert_int_eq(d.attempts, attempts);
    ck_assert_int_eq(d.within, within);
    ck_assert_int_eq(d.abandoned, abandoned);
    ck_assert_int_eq(d.within + d.late + d.abandoned + d.busy, d.attempts);
    lv_trace_fini(&t);
    lv_scenario_free(s);
}
END_TEST

Suite *explain_suite(void)
{
    Suite *s = suite_create("explain");
    TCase *t = tcase_create("core");
    tcase_add_test(t, hand_made_day);
    tcase_add_test(t, simulated_day_adds_up);
    suite_add_tcase(s, t);
    return s;
}
