/* explain.h — one day of one replication told hour by hour, for teaching (`lvsim explain`,
 * docs/teaching/): from the replication's call log (trace.h) and the scenario's roster, what came
 * in each hour, who was on duty, how long the queue grew and when, and how the calls ended. It
 * shows *why* a day goes wrong: the hour the queue built up, the callers who hung up and called
 * again, the nurse who was on the floor. Everything is counted from the log, so it adds up to
 * the log exactly (tests/unit/test_explain.c). */
#ifndef LVSIM_EXPLAIN_H
#define LVSIM_EXPLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "lvsim/messages.h"
#include "lvsim/scenario.h"
#include "lvsim/trace.h"

/* One hour of the day at one centre. Attempts are counted in the hour they came in. */
struct lv_explain_hour {
    int attempts;            /* call attempts that came in: first calls and redials */
    int redials;             /* of those, a caller's second or later attempt */
    int within, late;        /* answered within the target, and later */
    int abandoned;           /* hung up waiting */
    int abandoned_again;     /* of those, callers who called again later */
    int busy;                /* found the queue full (queue_capacity) */
    int phone_min, phone_max; /* operators and shared nurses on duty (the roster), fewest and most */
    int floor_max;           /* nurses on floor work only, most */
    int shared_max;          /* of the phone staff, shared nurses (phone and floor), most */
    int queue_max;           /* most callers waiting at once (after the announcement) */
    double queue_max_at_s;   /* when, in seconds since the day's 00:00 (the first such moment) */
    double wait_max_s;       /* the longest wait of an attempt that came in the hour */
};

struct lv_explain_day {
    long day;                /* day number (date.h) */
    int day_type;            /* 0 = Monday .. 6 = Sunday, 7 = holiday */
    int centre;              /* site index of the centre told */
    struct lv_explain_hour hours[24];
    int attempts, within, late, abandoned, abandoned_again, busy, redials; /* the day's sums */
    int busiest_hour;        /* the hour with most attempts (-1 without calls) */
    int worst_queue_hour;    /* the hour whose queue grew longest (-1 if no one waited) */
    /* The timeline for the chart (lvsim explain --json/--html), minute m = [m, m + 1) min of the
     * day: the most callers waiting at any moment of the minute (after the announcement, a
     * caller who came the day before included), and the phone staff on duty (the roster). */
    int queue_minute[1440];
    int phone_minute[1440];
};

/* The whole days of the trace's measured window (after warm-up, before the horizon) in day
 * numbers: [*first, *last]. Returns the number of days (0: none). */
int lv_explain_days(const struct lv_scenario *s, long *first, long *last);

/* The day of the measured window at centre `centre` (a site index of a centre) whose share of
 * attempts answered within the target is lowest (the earliest of equals; days without calls
 * are skipped); -1 without such a day. The trace must be finished (lv_trace_finish). */
long lv_explain_worst_day(const struct lv_scenario *s, const struct lv_trace *t, int centre);

/* Counts day `day` at centre `centre` from the finished trace into *out. Returns 0, or -1 on out
 * of memory. */
int lv_explain_day(const struct lv_scenario *s, const struct lv_trace *t, long day, int centre,
                   struct lv_explain_day *out);

/* The day told in plain language (lang), an hour a line, then the day in one sentence; `worst`
 * says it was chosen as the worst day. Returns 0, or -1 on a write error. */
int lv_explain_write_text(const struct lv_scenario *s, const struct lv_explain_day *d, bool worst,
                          enum lv_language lang, FILE *out);

/* One hour's line of the text ("17:00–18:00  31 calls, ..."), as lv_explain_write_text writes it,
 * into line (size bytes): hour h of the day, the target's time target_within_s. */
void lv_explain_hour_text(const struct lv_explain_hour *x, int h, double target_within_s, enum lv_language lang,
                          char *line, size_t size);

/* The day as a JSON document of kind "explain" (docs/output.md, "The explained day"): the
 * scenario, centre, date, target, the 24 hours, the day's sums, the roster's bands and the queue
 * minute by minute; seed is the replication's. Words are keys, not messages: the HTML report
 * (html.h) renders it in either language. Returns 0, or -1 on a write error. */
int lv_explain_write_json(const struct lv_scenario *s, const struct lv_explain_day *d, bool worst,
                          unsigned long long seed, FILE *out);

#endif
