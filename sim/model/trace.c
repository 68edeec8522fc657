/* trace.c — a replication's call attempts kept as compact records and written as the call log
 * that lvsim fit reads (trace.h). The model appends (model.c, trace_attempt); here the records
 * are ordered, their callers numbered and the CSV written. */
#include "lvsim/trace.h"
#include "lvsim/date.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void lv_trace_init(struct lv_trace *t)
{
    memset(t, 0, sizeof *t);
    t->limit = (size_t)LV_TRACE_MAX_RECORDS;
}

void lv_trace_fini(struct lv_trace *t)
{
    free(t->records);
    memset(t, 0, sizeof *t);
}

void lv_trace_reset(struct lv_trace *t)
{
    t->count = 0;
    t->full = t->no_memory = false;
}

static int by_episode(const void *a, const void *b)
{
    const struct lv_trace_record *x = a, *y = b;
    if (x->episode_s != y->episode_s)
        return x->episode_s < y->episode_s ? -1 : 1;
    return x->arrival_s < y->arrival_s ? -1 : x->arrival_s > y->arrival_s;
}

static int by_arrival(const void *a, const void *b)
{
    const struct lv_trace_record *x = a, *y = b;
    if (x->arrival_s != y->arrival_s)
        return x->arrival_s < y->arrival_s ? -1 : 1;
    return x->caller < y->caller ? -1 : x->caller > y->caller;
}

/* The first attempt's queue entry identifies an episode: first attempts come at distinct
 * instants of a continuous-time process, and the call keeps it across its redials. */
void lv_trace_finish(struct lv_trace *t)
{
    if (t->count == 0)
        return;
    qsort(t->records, t->count, sizeof *t->records, by_episode);
    uint32_t caller = 0;
    for (size_t i = 0; i < t->count; i++) {
        if (i == 0 || t->records[i].episode_s != t->records[i - 1].episode_s)
            caller++;
        t->records[i].caller = caller;
    }
    qsort(t->records, t->count, sizeof *t->records, by_arrival);
}

/* A name as one CSV field: quoted when it holds a separator, quote or line break. */
static int put_name(const char *name, FILE *out)
{
    if (!strpbrk(name, ",;\"\r\n"))
        return fputs(name, out) < 0 ? -1 : 0;
    if (fputc('"', out) == EOF)
        return -1;
    for (const char *p = name; *p; p++)
        if ((*p == '"' && fputc('"', out) == EOF) || fputc(*p, out) == EOF)
            return -1;
    return fputc('"', out) == EOF ? -1 : 0;
}

int lv_trace_write_csv(const struct lv_trace *t, const struct lv_scenario *s, FILE *out)
{
    bool centres = s->centre_count > 1;
    fputs("arrival,wait_s,talk_s,outcome,caller,type", out); /* syntax, not a message */
    fputs(centres ? ",centre\n" : "\n", out);                /* syntax, not a message */
    long day = -1;
    char date[16] = "";
    for (size_t i = 0; i < t->count; i++) {
        const struct lv_trace_record *r = &t->records[i];
        double whole = floor(r->arrival_s);
        long d = (long)floor(whole / 86400);
        long sec = (long)(whole - (double)d * 86400);
        if (d != day) {
            day = d;
            lv_format_date(s->start_day + d, date);
        }
        bool answered = r->outcome == LV_TRACE_ANSWERED;
        fprintf(out, "%sT%02ld:%02ld:%02ld,%.3f,", date, sec / 3600, sec / 60 % 60, sec % 60, /* syntax, not a message */
                r->outcome == LV_TRACE_BUSY ? 0.0 : r->wait_s);
        if (answered)
            fprintf(out, "%.3f", r->talk_s); /* syntax, not a message */
        const char *outcome = answered ? "answered" : r->outcome == LV_TRACE_BUSY ? "busy" : "abandoned"; /* syntax */
        fprintf(out, ",%s,%lu,", outcome, (unsigned long)r->caller); /* syntax, not a message */
        if (put_name(s->types[r->type].name, out) != 0)
            return -1;
        if (centres && (fputc(',', out) == EOF || put_name(s->sites[r->centre].name, out) != 0))
            return -1;
        if (fputc('\n', out) == EOF)
            return -1;
    }
    return ferror(out) ? -1 : 0;
}
