/* trace.c — a replication's call attempts kept as compact records and written as the call log
 * that lvsim fit reads (trace.h). The model appends (model.c, trace_attempt); here the records
 * are ordered, their callers numbered and the CSV written. */
#include "lvsim/trace.h"
#include "lvsim/date.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* Sorted runs of records in a temporary file: run i is records ends[i - 1] .. ends[i] - 1. */
struct runs {
    FILE *file;
    size_t *ends;
    int count, capacity;
};

/* A streamed trace's files: the model's chunks ordered by episode, then (lv_trace_finish) the
 * numbered records in runs ordered by arrival, which lv_trace_write_csv merges. */
struct lv_trace_spill {
    struct runs by_episode, by_arrival;
    size_t room;   /* records the trace's array holds (its capacity shrinks near the limit) */
    bool finished;
};

static void runs_close(struct runs *r)
{
    if (r->file)
        fclose(r->file);
    free(r->ends);
    *r = (struct runs){0};
}

static void spill_free(struct lv_trace_spill *sp)
{
    if (!sp)
        return;
    runs_close(&sp->by_episode);
    runs_close(&sp->by_arrival);
    free(sp);
}

void lv_trace_init(struct lv_trace *t)
{
    memset(t, 0, sizeof *t);
    t->limit = (size_t)LV_TRACE_MAX_RECORDS;
}

void lv_trace_fini(struct lv_trace *t)
{
    free(t->records);
    spill_free(t->spill);
    memset(t, 0, sizeof *t);
}

void lv_trace_reset(struct lv_trace *t)
{
    t->count = 0;
    t->full = t->no_memory = false;
    if (t->spill && t->spill->room > t->capacity)
        t->capacity = t->spill->room;
    spill_free(t->spill);
    t->spill = NULL;
    t->spilled = 0;
}

void lv_trace_stream(struct lv_trace *t, size_t chunk) { t->chunk = chunk; }

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

/* Appends records[0 .. n) to r as one run (r's file made on first use). 0, or -1. */
static int runs_append(struct runs *r, const struct lv_trace_record *records, size_t n)
{
    if (!r->file && !(r->file = tmpfile()))
        return -1;
    if (r->count == r->capacity) {
        int cap = r->capacity ? 2 * r->capacity : 16;
        size_t *more = realloc(r->ends, (size_t)cap * sizeof *more);
        if (!more)
            return -1;
        r->ends = more;
        r->capacity = cap;
    }
    size_t start = r->count ? r->ends[r->count - 1] : 0;
    if (fseeko(r->file, (off_t)(start * sizeof *records), SEEK_SET) != 0 ||
        fwrite(records, sizeof *records, n, r->file) != n)
        return -1;
    r->ends[r->count++] = start + n;
    return 0;
}

/* A merge of a set of runs: a cursor per run reading a buffer at a time, and a heap of the runs
 * by their next record. */
enum { MERGE_BUFFER = 512 };
struct cursor {
    size_t at, end; /* the next record of the run to read into buf, and its end */
    int n, i;       /* records in buf, and the next */
    struct lv_trace_record buf[MERGE_BUFFER];
};
struct merge {
    const struct runs *r;
    int (*before)(const void *, const void *);
    struct cursor *cursors;
    int *heap, size;
};

/* The cursor's next record, refilling its buffer; NULL at the run's end or a read error (err). */
static const struct lv_trace_record *peek(struct merge *m, struct cursor *c, bool *err)
{
    if (c->i < c->n)
        return &c->buf[c->i];
    size_t n = c->end - c->at < MERGE_BUFFER ? c->end - c->at : MERGE_BUFFER;
    if (n == 0)
        return NULL;
    if (fseeko(m->r->file, (off_t)(c->at * sizeof *c->buf), SEEK_SET) != 0 ||
        fread(c->buf, sizeof *c->buf, n, m->r->file) != n) {
        *err = true;
        return NULL;
    }
    c->at += n;
    c->n = (int)n;
    c->i = 0;
    return c->buf;
}

static bool heap_less(struct merge *m, int a, int b, bool *err)
{
    return m->before(peek(m, &m->cursors[m->heap[a]], err), peek(m, &m->cursors[m->heap[b]], err)) < 0;
}

static void sift_down(struct merge *m, int i, bool *err)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, least = i;
        if (l < m->size && heap_less(m, l, least, err))
            least = l;
        if (r < m->size && heap_less(m, r, least, err))
            least = r;
        if (least == i)
            return;
        int x = m->heap[i];
        m->heap[i] = m->heap[least];
        m->heap[least] = x;
        i = least;
    }
}

static int merge_open(struct merge *m, const struct runs *r, int (*before)(const void *, const void *))
{
    *m = (struct merge){.r = r, .before = before};
    m->cursors = malloc((size_t)(r->count > 0 ? r->count : 1) * sizeof *m->cursors);
    m->heap = malloc((size_t)(r->count > 0 ? r->count : 1) * sizeof *m->heap);
    if (!m->cursors || !m->heap)
        return -1;
    bool err = false;
    for (int i = 0; i < r->count; i++) {
        m->cursors[i] = (struct cursor){.at = i ? r->ends[i - 1] : 0, .end = r->ends[i]};
        if (peek(m, &m->cursors[i], &err))
            m->heap[m->size++] = i;
    }
    for (int i = m->size / 2 - 1; i >= 0; i--)
        sift_down(m, i, &err);
    return err ? -1 : 0;
}

/* The next record of the merge in order, or NULL at the end (or on a read error: err). */
static const struct lv_trace_record *merge_next(struct merge *m, struct lv_trace_record *into, bool *err)
{
    if (m->size == 0 || *err)
        return NULL;
    struct cursor *c = &m->cursors[m->heap[0]];
    *into = c->buf[c->i++];
    if (!peek(m, c, err))
        m->heap[0] = m->heap[--m->size];
    sift_down(m, 0, err);
    return *err ? NULL : into;
}

static void merge_close(struct merge *m)
{
    free(m->cursors);
    free(m->heap);
}

int lv_trace_spill(struct lv_trace *t)
{
    if (!t->spill && !(t->spill = calloc(1, sizeof *t->spill)))
        return -1;
    if (t->capacity > t->spill->room)
        t->spill->room = t->capacity;
    qsort(t->records, t->count, sizeof *t->records, by_episode);
    if (runs_append(&t->spill->by_episode, t->records, t->count) != 0)
        return -1;
    t->spilled += t->count;
    t->count = 0;
    if (t->capacity > t->limit - t->spilled) /* so that the model finds the trace full at its limit */
        t->capacity = t->limit - t->spilled;
    return 0;
}

/* A streamed trace's finish: its runs by episode merged, callers numbered in that order, and the
 * numbered records written again as runs by arrival, a chunk (the records' array) at a time. */
static int finish_spilled(struct lv_trace *t)
{
    struct lv_trace_spill *sp = t->spill;
    if (t->count > 0 && lv_trace_spill(t) != 0)
        return -1;
    size_t room = sp->room; /* at least a record: some were spilled */
    struct merge m;
    bool err = false;
    int rc = merge_open(&m, &sp->by_episode, by_episode);
    struct lv_trace_record r;
    double last = 0;
    uint32_t caller = 0;
    for (size_t i = 0; rc == 0 && merge_next(&m, &r, &err); i++) {
        if (i == 0 || r.episode_s != last)
            caller++;
        last = r.episode_s;
        r.caller = caller;
        if (t->count == room) {
            qsort(t->records, t->count, sizeof *t->records, by_arrival);
            rc = runs_append(&sp->by_arrival, t->records, t->count);
            t->count = 0;
        }
        t->records[t->count++] = r;
    }
    merge_close(&m);
    if (rc == 0 && !err && t->count > 0) {
        qsort(t->records, t->count, sizeof *t->records, by_arrival);
        rc = runs_append(&sp->by_arrival, t->records, t->count);
        t->count = 0;
    }
    runs_close(&sp->by_episode); /* its disk back */
    sp->finished = true;
    return rc == 0 && !err ? 0 : -1;
}

/* The first attempt's queue entry identifies an episode: first attempts come at distinct
 * instants of a continuous-time process, and the call keeps it across its redials. */
void lv_trace_finish(struct lv_trace *t)
{
    if (t->spill) {
        if (finish_spilled(t) != 0)
            t->no_memory = true;
        return;
    }
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

/* One attempt as a line of the log; date holds the date of day `*day` (updated here). */
static int put_record(const struct lv_trace_record *r, const struct lv_scenario *s, bool centres, long *day,
                      char date[16], FILE *out)
{
    double whole = floor(r->arrival_s);
    long d = (long)floor(whole / 86400);
    long sec = (long)(whole - (double)d * 86400);
    if (d != *day) {
        *day = d;
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
    return fputc('\n', out) == EOF ? -1 : 0;
}

int lv_trace_write_csv(const struct lv_trace *t, const struct lv_scenario *s, FILE *out)
{
    bool centres = s->centre_count > 1;
    fputs("arrival,wait_s,talk_s,outcome,caller,type", out); /* syntax, not a message */
    fputs(centres ? ",centre\n" : "\n", out);                /* syntax, not a message */
    long day = -1;
    char date[16] = "";
    if (t->spill) { /* a streamed trace: its runs by arrival, merged */
        if (!t->spill->finished)
            return -1;
        struct merge m;
        struct lv_trace_record r;
        bool err = false;
        int rc = merge_open(&m, &t->spill->by_arrival, by_arrival);
        while (rc == 0 && merge_next(&m, &r, &err))
            rc = put_record(&r, s, centres, &day, date, out);
        merge_close(&m);
        return rc == 0 && !err && !ferror(out) ? 0 : -1;
    }
    for (size_t i = 0; i < t->count; i++)
        if (put_record(&t->records[i], s, centres, &day, date, out) != 0)
            return -1;
    return ferror(out) ? -1 : 0;
}
