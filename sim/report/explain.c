/* explain.c — one day told hour by hour from the call log (explain.h). */
#include "lvsim/explain.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/date.h"
#include "lvsim/report.h"

#define DAY_S 86400.0

int lv_explain_days(const struct lv_scenario *s, long *first, long *last)
{
    *first = s->start_day + (long)ceil(s->warmup_s / DAY_S - 1e-9);
    *last = s->start_day + (long)floor(s->horizon_s / DAY_S + 1e-9) - 1;
    return *last >= *first ? (int)(*last - *first + 1) : 0;
}

static bool answered_within(const struct lv_scenario *s, const struct lv_trace_record *t)
{
    return t->outcome == LV_TRACE_ANSWERED && t->wait_s <= s->target_within_s;
}

long lv_explain_worst_day(const struct lv_scenario *s, const struct lv_trace *t, int centre)
{
    long first, last;
    int n = lv_explain_days(s, &first, &last);
    if (n <= 0)
        return -1;
    int *calls = calloc((size_t)n, sizeof *calls), *within = calloc((size_t)n, sizeof *within);
    long worst = -1;
    if (calls && within) {
        for (size_t i = 0; i < t->count; i++) {
            const struct lv_trace_record *r = &t->records[i];
            long d = s->start_day + (long)floor(r->arrival_s / DAY_S) - first;
            if (r->centre != centre || d < 0 || d >= n)
                continue;
            calls[d]++;
            within[d] += answered_within(s, r);
        }
        double lowest = 2;
        for (int d = 0; d < n; d++)
            if (calls[d] > 0 && (double)within[d] / calls[d] < lowest) {
                lowest = (double)within[d] / calls[d];
                worst = first + d;
            }
    }
    free(calls);
    free(within);
    return worst;
}

/* A change of the number waiting: +1 as an attempt enters the queue, -1 as it leaves. */
struct step {
    double t;
    int delta;
};

static int by_time(const void *a, const void *b)
{
    const struct step *x = a, *y = b;
    if (x->t != y->t)
        return x->t < y->t ? -1 : 1;
    return x->delta - y->delta; /* leaving before entering at the same instant */
}

/* The roster of the day: phone staff (operators and shared), floor and shared nurses per hour. */
static void roster(const struct lv_scenario *s, struct lv_explain_day *d)
{
    const struct lv_schedule *sch = &s->sites[d->centre].operators;
    for (int h = 0; h < 24; h++) {
        struct lv_explain_hour *x = &d->hours[h];
        x->phone_min = LV_MAX_STAFF * 2;
        for (int b = 0; b < sch->band_count[d->day_type]; b++) {
            const struct lv_band *band = &sch->bands[d->day_type][b];
            if (band->to_min <= h * 60 || band->from_min >= (h + 1) * 60)
                continue;
            int phone = band->count + band->shared;
            x->phone_min = phone < x->phone_min ? phone : x->phone_min;
            x->phone_max = phone > x->phone_max ? phone : x->phone_max;
            x->floor_max = band->floor > x->floor_max ? band->floor : x->floor_max;
            x->shared_max = band->shared > x->shared_max ? band->shared : x->shared_max;
        }
        if (x->phone_min > x->phone_max)
            x->phone_min = x->phone_max;
    }
    for (int b = 0; b < sch->band_count[d->day_type]; b++) {
        const struct lv_band *band = &sch->bands[d->day_type][b];
        for (int m = band->from_min < 0 ? 0 : band->from_min; m < band->to_min && m < 1440; m++)
            d->phone_minute[m] = band->count + band->shared;
    }
}

/* The most waiting in each minute of [from, from + 1 day) from the sorted steps: the level after
 * a step holds until the next step's time (steps at one instant count once, by their sum). */
static void queue_minutes(const struct step *step, size_t steps, double from, int *minute)
{
    int waiting = 0;
    double at = -INFINITY; /* the level `waiting` holds from `at` */
    for (size_t k = 0; k <= steps; k++) {
        double until = k < steps ? step[k].t : INFINITY;
        double a = at > from ? at : from, b = until < from + DAY_S ? until : from + DAY_S;
        if (b > a && waiting > 0) {
            int m0 = (int)floor((a - from) / 60), m1 = (int)ceil((b - from) / 60);
            for (int m = m0; m < m1 && m < 1440; m++)
                minute[m] = waiting > minute[m] ? waiting : minute[m];
        }
        if (k < steps) {
            waiting += step[k].delta;
            at = step[k].t;
        }
    }
}

int lv_explain_day(const struct lv_scenario *s, const struct lv_trace *t, long day, int centre,
                   struct lv_explain_day *out)
{
    memset(out, 0, sizeof *out);
    out->day = day;
    out->centre = centre;
    out->day_type = lv_scenario_day_type(s, day);
    out->busiest_hour = out->worst_queue_hour = -1;
    roster(s, out);
    double from = (double)(day - s->start_day) * DAY_S, to = from + DAY_S;
    double announcement = s->sites[centre].announcement_s;
    /* the last attempt of each caller, to tell who called again after hanging up */
    uint32_t callers = 0;
    for (size_t i = 0; i < t->count; i++)
        callers = t->records[i].caller > callers ? t->records[i].caller : callers;
    double *last = calloc((size_t)callers + 1, sizeof *last);
    bool *seen = calloc((size_t)callers + 1, sizeof *seen);
    size_t steps = 0;
    struct step *step = malloc((2 * t->count + 1) * sizeof *step);
    if (!last || !seen || !step) {
        free(last);
        free(seen);
        free(step);
        return -1;
    }
    for (size_t i = 0; i < t->count; i++) {
        const struct lv_trace_record *r = &t->records[i];
        last[r->caller] = r->arrival_s > last[r->caller] ? r->arrival_s : last[r->caller];
    }
    for (size_t i = 0; i < t->count; i++) { /* records are in arrival order (lv_trace_finish) */
        const struct lv_trace_record *r = &t->records[i];
        bool redial = seen[r->caller];
        seen[r->caller] = true;
        if (r->centre != centre)
            continue;
        double enter = r->arrival_s + announcement, leave = enter + r->wait_s;
        if (r->outcome != LV_TRACE_BUSY && enter < to && leave > from) { /* waiting during the day */
            step[steps++] = (struct step){enter, +1};
            step[steps++] = (struct step){leave, -1};
        }
        if (r->arrival_s < from || r->arrival_s >= to)
            continue;
        struct lv_explain_hour *x = &out->hours[(int)((r->arrival_s - from) / 3600)];
        x->attempts++;
        x->redials += redial;
        x->wait_max_s = r->outcome != LV_TRACE_BUSY && r->wait_s > x->wait_max_s ? r->wait_s : x->wait_max_s;
        if (r->outcome == LV_TRACE_BUSY)
            x->busy++;
        else if (r->outcome == LV_TRACE_ABANDONED) {
            x->abandoned++;
            x->abandoned_again += last[r->caller] > r->arrival_s;
        } else if (answered_within(s, r))
            x->within++;
        else
            x->late++;
    }
    qsort(step, steps, sizeof *step, by_time);
    queue_minutes(step, steps, from, out->queue_minute);
    int waiting = 0;
    for (size_t k = 0; k < steps; k++) {
        waiting += step[k].delta;
        if (step[k].t < from || step[k].t >= to || step[k].delta < 0)
            continue;
        struct lv_explain_hour *x = &out->hours[(int)((step[k].t - from) / 3600)];
        if (waiting > x->queue_max) {
            x->queue_max = waiting;
            x->queue_max_at_s = step[k].t - from;
        }
    }
    int most = 0, longest = 0;
    for (int h = 0; h < 24; h++) {
        const struct lv_explain_hour *x = &out->hours[h];
        out->attempts += x->attempts;
        out->redials += x->redials;
        out->within += x->within;
        out->late += x->late;
        out->abandoned += x->abandoned;
        out->abandoned_again += x->abandoned_again;
        out->busy += x->busy;
        if (x->attempts > most) {
            most = x->attempts;
            out->busiest_hour = h;
        }
        if (x->queue_max > longest) {
            longest = x->queue_max;
            out->worst_queue_hour = h;
        }
    }
    free(last);
    free(seen);
    free(step);
    return 0;
}

/* ---- the text ---- */

static const char *fmt(enum lv_report_format f, double v, enum lv_language lang, char *buf, size_t size)
{
    struct lv_report_value x = {.format = f, .value = v, .half_width = NAN};
    return lv_report_format(&x, lang, buf, size);
}

/* Appends message id (its {1}.. from args) to line at *at. */
static void append(char *line, size_t size, size_t *at, enum lv_language lang, enum lv_msg id, int argc,
                   const char *const *args)
{
    if (*at >= size)
        return;
    lv_msg_expand(line + *at, size - *at, lv_msg(id, lang), argc, args);
    *at += strlen(line + *at);
}

void lv_explain_hour_text(const struct lv_explain_hour *x, int h, double target_within_s, enum lv_language lang,
                          char *line, size_t size)
{
    char a[6][48];
    size_t at = 0;
    fmt(LV_FMT_MINUTE, h * 60, lang, a[0], sizeof a[0]);
    fmt(LV_FMT_MINUTE, (h + 1) * 60, lang, a[1], sizeof a[1]);
    append(line, size, &at, lang, LV_MSG_EXP_HOUR, 2, (const char *const[]){a[0], a[1]});
    snprintf(a[0], sizeof a[0], "%d", x->attempts);
    snprintf(a[1], sizeof a[1], "%d", x->redials);
    enum lv_msg calls = x->attempts == 1 ? (x->redials ? LV_MSG_EXP_CALL_ONE_REDIAL : LV_MSG_EXP_CALL_ONE)
                        : x->redials == 0 ? LV_MSG_EXP_CALLS
                        : x->redials == 1 ? LV_MSG_EXP_CALLS_REDIAL_ONE
                                          : LV_MSG_EXP_CALLS_REDIALS; /* singular and plural */
    append(line, size, &at, lang, calls, 2, (const char *const[]){a[0], a[1]});
    snprintf(a[0], sizeof a[0], "%d", x->phone_min);
    snprintf(a[1], sizeof a[1], "%d", x->phone_max);
    append(line, size, &at, lang, x->phone_min == x->phone_max ? LV_MSG_EXP_PHONE : LV_MSG_EXP_PHONE_RANGE, 2,
           (const char *const[]){a[x->phone_min == x->phone_max], a[1]});
    if (x->shared_max > 0) {
        snprintf(a[0], sizeof a[0], "%d", x->shared_max);
        append(line, size, &at, lang, LV_MSG_EXP_SHARED, 1, (const char *const[]){a[0]});
    }
    if (x->floor_max > 0) {
        snprintf(a[0], sizeof a[0], "%d", x->floor_max);
        append(line, size, &at, lang, LV_MSG_EXP_FLOOR, 1, (const char *const[]){a[0]});
    }
    if (x->attempts == 0 && x->queue_max == 0) {
        append(line, size, &at, lang, LV_MSG_EXP_END, 0, NULL);
        return;
    }
    if (x->queue_max >= 2) {
        snprintf(a[0], sizeof a[0], "%d", x->queue_max);
        fmt(LV_FMT_MINUTE, floor(x->queue_max_at_s / 60), lang, a[1], sizeof a[1]); /* hh:mm of the day */
        append(line, size, &at, lang, LV_MSG_EXP_QUEUE, 2, (const char *const[]){a[0], a[1]});
    } else
        append(line, size, &at, lang, x->queue_max == 1 ? LV_MSG_EXP_QUEUE_ONE : LV_MSG_EXP_NO_QUEUE, 0, NULL);
    snprintf(a[0], sizeof a[0], "%d", x->within);
    fmt(LV_FMT_THRESHOLD, target_within_s, lang, a[1], sizeof a[1]);
    snprintf(a[2], sizeof a[2], "%d", x->late);
    append(line, size, &at, lang, x->late ? LV_MSG_EXP_ANSWERED_LATE : LV_MSG_EXP_ANSWERED, 3,
           (const char *const[]){a[0], a[1], a[2]});
    if (x->late)
        append(line, size, &at, lang, LV_MSG_EXP_LONGEST, 1,
               (const char *const[]){fmt(LV_FMT_CLOCK, x->wait_max_s, lang, a[3], sizeof a[3])});
    if (x->abandoned) {
        snprintf(a[0], sizeof a[0], "%d", x->abandoned);
        snprintf(a[1], sizeof a[1], "%d", x->abandoned_again);
        append(line, size, &at, lang, x->abandoned_again ? LV_MSG_EXP_HUNG_UP_AGAIN : LV_MSG_EXP_HUNG_UP, 2,
               (const char *const[]){a[0], a[1]});
    }
    if (x->busy) {
        snprintf(a[0], sizeof a[0], "%d", x->busy);
        append(line, size, &at, lang, LV_MSG_EXP_BUSY, 1, (const char *const[]){a[0]});
    }
    append(line, size, &at, lang, LV_MSG_EXP_END, 0, NULL);
}

int lv_explain_write_text(const struct lv_scenario *s, const struct lv_explain_day *d, bool worst,
                          enum lv_language lang, FILE *out)
{
    char a[6][64], line[1024];
    lv_format_date(d->day, a[0]);
    snprintf(a[1], sizeof a[1], "%s", lv_msg(d->day_type == 7 ? LV_MSG_HOLIDAY : (enum lv_msg)(LV_MSG_MONDAY + d->day_type), lang));
    snprintf(a[2], sizeof a[2], "%d", d->attempts);
    fmt(LV_FMT_PERCENT0, d->attempts ? (double)d->within / d->attempts : NAN, lang, a[3], sizeof a[3]);
    fmt(LV_FMT_THRESHOLD, s->target_within_s, lang, a[4], sizeof a[4]);
    lv_msg_expand(line, sizeof line, lv_msg(worst ? LV_MSG_EXP_TITLE_WORST : LV_MSG_EXP_TITLE, lang), 6,
                  (const char *const[]){s->sites[d->centre].name, a[1], a[0], a[2], a[3], a[4]});
    fprintf(out, "%s\n\n", line);
    for (int h = 0; h < 24; h++) {
        lv_explain_hour_text(&d->hours[h], h, s->target_within_s, lang, line, sizeof line);
        fprintf(out, "%s\n", line);
    }
    /* the day in one sentence: the busiest hour, the longest queue, who hung up */
    if (d->attempts > 0) {
        size_t at = 0;
        line[0] = '\0';
        int b = d->busiest_hour;
        fmt(LV_FMT_MINUTE, b * 60, lang, a[0], sizeof a[0]);
        fmt(LV_FMT_MINUTE, (b + 1) * 60, lang, a[1], sizeof a[1]);
        snprintf(a[2], sizeof a[2], "%d", d->hours[b].attempts);
        append(line, sizeof line, &at, lang, LV_MSG_EXP_SUM_BUSIEST, 3, (const char *const[]){a[0], a[1], a[2]});
        if (d->worst_queue_hour >= 0 && d->hours[d->worst_queue_hour].queue_max >= 2) {
            const struct lv_explain_hour *q = &d->hours[d->worst_queue_hour];
            snprintf(a[0], sizeof a[0], "%d", q->queue_max);
            fmt(LV_FMT_MINUTE, floor(q->queue_max_at_s / 60), lang, a[1], sizeof a[1]);
            snprintf(a[2], sizeof a[2], "%d", q->phone_max);
            append(line, sizeof line, &at, lang, LV_MSG_EXP_SUM_QUEUE, 3, (const char *const[]){a[0], a[1], a[2]});
        }
        snprintf(a[0], sizeof a[0], "%d", d->abandoned);
        snprintf(a[1], sizeof a[1], "%d", d->abandoned_again);
        snprintf(a[2], sizeof a[2], "%d", d->redials);
        append(line, sizeof line, &at, lang, LV_MSG_EXP_SUM_HUNG_UP, 3, (const char *const[]){a[0], a[1], a[2]});
        fprintf(out, "\n%s\n", line);
    }
    return ferror(out) ? -1 : 0;
}

/* ---- the JSON document ---- */

/* A JSON string of text: quotes, backslashes and control characters escaped. */
static void json_string(FILE *out, const char *text)
{
    fputc('"', out);
    for (const char *c = text; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if (ch == '"' || ch == '\\')
            fprintf(out, "\\%c", ch); /* syntax, not a message */
        else if (ch < 0x20)
            fprintf(out, "\\u%04x", ch); /* syntax, not a message */
        else
            fputc(ch, out);
    }
    fputc('"', out);
}

static void hh_mm(int minute, char out[8]) { snprintf(out, 8, "%02d:%02d", minute / 60 % 100, minute % 60); }

int lv_explain_write_json(const struct lv_scenario *s, const struct lv_explain_day *d, bool worst,
                          unsigned long long seed, FILE *out)
{
    static const char *const day_key[8] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"};
    char date[16], a[8], b[8];
    lv_format_date(d->day, date);
    fputs("{\"kind\": \"explain\", \"scenario\": ", out); /* syntax, not a message */
    json_string(out, s->name);
    fputs(", \"centre\": ", out); /* syntax, not a message */
    json_string(out, s->sites[d->centre].name);
    fprintf(out, ", \"centre_index\": %d, \"date\": \"%s\", \"day_type\": \"%s\", \"worst\": %s, \"seed\": %llu,\n"
                 " \"target\": {\"within_s\": %.6g, \"share\": %.6g},\n"
                 " \"attempts\": %d, \"redials\": %d, \"within\": %d, \"late\": %d, \"abandoned\": %d, "
                 "\"abandoned_again\": %d, \"busy\": %d, \"busiest_hour\": %d, \"worst_queue_hour\": %d,\n \"hours\": [",
            d->centre, date, day_key[d->day_type & 7], worst ? "true" : "false", seed, s->target_within_s,
            s->target_share, d->attempts, d->redials, d->within, d->late, d->abandoned, d->abandoned_again, d->busy,
            d->busiest_hour, d->worst_queue_hour); /* syntax, not a message */
    for (int h = 0; h < 24; h++) {
        const struct lv_explain_hour *x = &d->hours[h];
        hh_mm(h * 60, a);
        hh_mm((h + 1) * 60, b);
        fprintf(out, "%s\n  {\"hour\": %d, \"from\": \"%s\", \"to\": \"%s\", \"attempts\": %d, \"redials\": %d, "
                     "\"within\": %d, \"late\": %d, \"abandoned\": %d, \"abandoned_again\": %d, \"busy\": %d, "
                     "\"phone_min\": %d, \"phone_max\": %d, \"floor_max\": %d, \"shared_max\": %d, \"queue_max\": %d, "
                     "\"queue_max_at_s\": %.10g, \"wait_max_s\": %.10g}",
                h ? "," : "", h, a, b, x->attempts, x->redials, x->within, x->late, x->abandoned, x->abandoned_again,
                x->busy, x->phone_min, x->phone_max, x->floor_max, x->shared_max, x->queue_max, x->queue_max_at_s,
                x->wait_max_s); /* syntax, not a message */
    }
    fputs("],\n \"roster\": [", out); /* syntax, not a message */
    const struct lv_schedule *sch = &s->sites[d->centre].operators;
    for (int k = 0; k < sch->band_count[d->day_type]; k++) {
        const struct lv_band *band = &sch->bands[d->day_type][k];
        hh_mm(band->from_min, a);
        hh_mm(band->to_min, b);
        fprintf(out, "%s\n  {\"from\": \"%s\", \"to\": \"%s\", \"from_min\": %d, \"to_min\": %d, \"operators\": %d, "
                     "\"shared\": %d, \"floor\": %d, \"phone\": %d}",
                k ? "," : "", a, b, band->from_min, band->to_min, band->count, band->shared, band->floor,
                band->count + band->shared); /* syntax, not a message */
    }
    fputs("],\n \"queue_per_minute\": [", out); /* syntax, not a message */
    for (int m = 0; m < 1440; m++)
        fprintf(out, "%s%d", m == 0 ? "" : m % 60 ? ", " : ",\n  ", d->queue_minute[m]); /* syntax, not a message */
    fputs("]}\n", out);
    return ferror(out) ? -1 : 0;
}
