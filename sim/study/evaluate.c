/* evaluate.c — one prepared model, replication states and a tiny thread pool, run again and again
 * for staffing variants; see evaluate.h. lv_run (run.c) is alloc + run + free of this, so there
 * is one code path. Each run hands replications out through an atomic counter to the waiting
 * workers and the calling thread; replication i lands in row i, whichever thread runs it. */
#include "lvsim/evaluate.h"
#include "lvsim/model.h"
#include "lvsim/summary.h"
#include "lvsim/trace.h"

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What one thread owns, reused by every replication it takes in every run. A worker thread
 * allocates its own replication state and keeps its scratch result on its stack, as lv_run
 * always did: its hot memory then comes from its own malloc arena and shares no cache line with
 * another thread's (measured: with both states allocated by the calling thread, two threads ran
 * no faster than one). */
struct slot {
    struct lv_evaluator *e;
    struct lv_replication *rep;
    struct lv_rep_result *scratch;
    int ready;                   /* worker threads: 1 set up, -1 out of memory, 0 not yet */
    pthread_t thread;
};

struct lv_evaluator {
    struct lv_scenario s;        /* the caller's, shallow: only sites is our own copy */
    struct lv_model *model;      /* borrows &s */
    struct lv_run_options o;
    struct lv_layout layout;
    int interval_count, day_count;
    int slot_count;              /* slot 0 is the calling thread's */
    int started;                 /* worker threads running: slots 1..started */
    struct slot *slots;
    char pad[64];                 /* keeps slot 0's scratch, written on every event by the calling
                                   * thread, off the cache lines of s, which the workers read */
    struct lv_rep_result scratch; /* slot 0's */
    bool have_scratch;

    /* The pool: workers wait for a new generation, run it, and the last one out signals done. */
    pthread_mutex_t pool_lock;
    pthread_cond_t work, done;
    unsigned long generation;
    int busy, ready;             /* workers in the current run; workers set up */
    bool quit;

    /* The current run. The failure of the lowest-numbered replication is the one reported:
     * replications are handed out in order, and after a failure only those numbered higher are
     * skipped, so which failure is reported does not depend on the number of threads. */
    struct lv_results *results;
    atomic_int next, failed, cancelled;
    atomic_int failed_replication; /* INT_MAX: none */
    pthread_mutex_t fail_lock;
    int status;
    char error[640];
};

static void set_error(struct lv_evaluator *e, const char *message)
{
    snprintf(e->error, sizeof e->error, "%s", message);
    if (e->o.error && e->o.error_size > 0)
        snprintf(e->o.error, e->o.error_size, "%s", message);
}

/* Catalogue message id in lang, its {1}.. filled by args, into buf. */
static void expand(char *buf, size_t size, enum lv_language lang, enum lv_msg id, int argc, const char *const *args)
{
    lv_msg_expand(buf, size, lv_msg(id, lang), argc, args);
}

static void record_failure(struct lv_evaluator *e, int replication, int status, const char *message)
{
    pthread_mutex_lock(&e->fail_lock);
    if (replication < atomic_load(&e->failed_replication)) {
        atomic_store(&e->failed_replication, replication);
        e->status = status;
        struct lv_msg_arg number = lv_msg_int(replication + 1);
        const char *args[] = {number.s, message};
        expand(e->error, sizeof e->error, e->o.lang, LV_MSG_E_RUN_REPLICATION_FAILED, 2, args);
    }
    pthread_mutex_unlock(&e->fail_lock);
    atomic_store(&e->failed, 1);
}

/* Takes replications of the current run until none is left; each is reduced to metric values in
 * its own row. */
static void work(struct slot *w)
{
    struct lv_evaluator *e = w->e;
    struct lv_results *res = e->results;
    for (;;) {
        if (e->o.cancel && atomic_load(e->o.cancel)) { /* checked between replications only */
            atomic_store(&e->cancelled, 1);
            atomic_store(&e->failed, 1);
            break;
        }
        int i = atomic_fetch_add(&e->next, 1);
        if (i >= res->replications || i > atomic_load(&e->failed_replication))
            break;
        struct lv_rep_result *out = res->reps ? &res->reps[i] : w->scratch;
        if (i == 0 && e->o.trace) /* whichever thread takes replication 0 records it */
            lv_replication_set_trace(w->rep, e->o.trace);
        int status = lv_replication_run(w->rep, res->seed, i, out);
        if (i == 0)
            lv_replication_set_trace(w->rep, NULL);
        if (status != LV_OK) {
            record_failure(e, i, status, lv_replication_error(w->rep));
            break;
        }
        size_t row = (size_t)i * (size_t)res->value_count;
        lv_metric_values(&e->layout, out, res->scenario, &res->values[row], &res->weights[row]);
        if (lv_day_store_put(&res->days, i, &e->layout, out) != 0) { /* its days: a full disk */
            record_failure(e, i, LV_NO_MEMORY, lv_msg(LV_MSG_E_OUT_OF_MEMORY, e->o.lang));
            break;
        }
        res->events[i] = out->events;
        res->attempts[i] = out->attempts;
    }
}

static void *worker(void *arg)
{
    struct slot *w = arg;
    struct lv_evaluator *e = w->e;
    struct lv_rep_result scratch;
    bool have_scratch = lv_rep_result_init(&scratch, e->interval_count, e->day_count, e->s.site_count,
                                           e->s.area_count) == 0;
    w->rep = lv_replication_alloc(e->model);
    if (w->rep)
        lv_replication_set_language(w->rep, e->o.lang);
    w->scratch = &scratch;
    unsigned long seen = 0;
    pthread_mutex_lock(&e->pool_lock);
    w->ready = have_scratch && w->rep ? 1 : -1;
    e->ready++;
    pthread_cond_signal(&e->done);
    while (w->ready == 1) {
        while (!e->quit && e->generation == seen)
            pthread_cond_wait(&e->work, &e->pool_lock);
        if (e->quit)
            break;
        seen = e->generation;
        pthread_mutex_unlock(&e->pool_lock);
        work(w);
        pthread_mutex_lock(&e->pool_lock);
        if (--e->busy == 0)
            pthread_cond_signal(&e->done);
    }
    pthread_mutex_unlock(&e->pool_lock);
    if (have_scratch)
        lv_rep_result_fini(&scratch);
    lv_replication_free(w->rep);
    w->rep = NULL;
    return NULL;
}

struct lv_evaluator *lv_evaluator_alloc(const struct lv_scenario *s, const struct lv_run_options *o)
{
    if (o->error && o->error_size > 0)
        o->error[0] = '\0';
    if (o->replications < 1) {
        if (o->error && o->error_size > 0) {
            struct lv_msg_arg got = lv_msg_int(o->replications);
            const char *args[] = {got.s};
            expand(o->error, o->error_size, o->lang, LV_MSG_E_RUN_REPLICATIONS, 1, args);
        }
        return NULL;
    }
    struct lv_evaluator *e = calloc(1, sizeof *e);
    if (!e)
        goto no_memory;
    e->s = *s;
    e->s.sites = malloc((size_t)s->site_count * sizeof *e->s.sites);
    e->o = *o;
    e->slot_count = o->jobs < 1 ? 1 : o->jobs > o->replications ? o->replications : o->jobs;
    e->slots = calloc((size_t)e->slot_count, sizeof *e->slots);
    pthread_mutex_init(&e->pool_lock, NULL);
    pthread_mutex_init(&e->fail_lock, NULL);
    pthread_cond_init(&e->work, NULL);
    pthread_cond_init(&e->done, NULL);
    if (!e->s.sites || !e->slots)
        goto fail;
    memcpy(e->s.sites, s->sites, (size_t)s->site_count * sizeof *e->s.sites);
    if (!(e->model = lv_model_alloc(&e->s)))
        goto fail;
    e->interval_count = lv_model_interval_count(e->model);
    e->day_count = lv_model_day_count(e->model);
    lv_layout_init(&e->layout, &e->s, e->interval_count, e->day_count);
    e->have_scratch = lv_rep_result_init(&e->scratch, e->interval_count, e->day_count, s->site_count, s->area_count) == 0;
    e->slots[0] = (struct slot){.e = e, .rep = lv_replication_alloc(e->model), .scratch = &e->scratch, .ready = 1};
    if (!e->slots[0].rep || !e->have_scratch)
        goto fail;
    lv_replication_set_language(e->slots[0].rep, e->o.lang);
    for (; e->started < e->slot_count - 1; e->started++) {
        struct slot *w = &e->slots[e->started + 1];
        w->e = e;
        if (pthread_create(&w->thread, NULL, worker, w) != 0)
            break; /* fewer threads: the same results */
    }
    pthread_mutex_lock(&e->pool_lock);
    while (e->ready < e->started)
        pthread_cond_wait(&e->done, &e->pool_lock);
    pthread_mutex_unlock(&e->pool_lock);
    for (int i = 1; i <= e->started; i++)
        if (e->slots[i].ready != 1)
            goto fail;
    return e;
fail:
    lv_evaluator_free(e);
no_memory:
    if (o->error && o->error_size > 0)
        expand(o->error, o->error_size, o->lang, LV_MSG_E_OUT_OF_MEMORY, 0, NULL);
    return NULL;
}

void lv_evaluator_free(struct lv_evaluator *e)
{
    if (!e)
        return;
    pthread_mutex_lock(&e->pool_lock);
    e->quit = true;
    pthread_cond_broadcast(&e->work);
    pthread_mutex_unlock(&e->pool_lock);
    for (int i = 1; i <= e->started; i++)
        pthread_join(e->slots[i].thread, NULL);
    if (e->slots)
        lv_replication_free(e->slots[0].rep);
    if (e->have_scratch)
        lv_rep_result_fini(&e->scratch);
    free(e->slots);
    lv_model_free(e->model);
    free(e->s.sites);
    pthread_cond_destroy(&e->work);
    pthread_cond_destroy(&e->done);
    pthread_mutex_destroy(&e->pool_lock);
    pthread_mutex_destroy(&e->fail_lock);
    free(e);
}

const struct lv_scenario *lv_evaluator_scenario(const struct lv_evaluator *e) { return &e->s; }

const char *lv_evaluator_error(const struct lv_evaluator *e) { return e->error; }

const struct lv_schedule *lv_evaluator_schedule(const struct lv_evaluator *e, int site, enum lv_staff_kind kind)
{
    if (site < 0 || site >= e->s.site_count)
        return NULL;
    const struct lv_site *x = &e->s.sites[site];
    if (kind == LV_STAFF_DOCTORS)
        return x->has_doctors ? &x->doctors : NULL;
    return kind == LV_STAFF_OPERATORS ? &x->operators : NULL;
}

/* Whether centre h serves an area (walk-ins come to such a centre). */
static bool serves(const struct lv_scenario *s, int h)
{
    for (int a = 0; a < s->area_count; a++)
        if (s->areas[a].centre == h)
            return true;
    return false;
}

static int invalid(struct lv_evaluator *e, const char *message)
{
    set_error(e, message);
    return LV_INVALID;
}

int lv_evaluator_set_schedule(struct lv_evaluator *e, int site, enum lv_staff_kind kind,
                              const struct lv_schedule *schedule)
{
    char why[sizeof e->error];
    e->error[0] = '\0';
    if (site < 0 || site >= e->s.site_count) {
        struct lv_msg_arg number = lv_msg_int(site), count = lv_msg_int(e->s.site_count);
        const char *args[] = {number.s, count.s};
        expand(why, sizeof why, e->o.lang, LV_MSG_E_RUN_NO_SITE, 2, args);
        return invalid(e, why);
    }
    struct lv_site *x = &e->s.sites[site];
    if (kind != LV_STAFF_OPERATORS && kind != LV_STAFF_DOCTORS)
        return invalid(e, lv_msg(LV_MSG_E_RUN_STAFF_KIND, e->o.lang));
    if (kind == LV_STAFF_DOCTORS && x->satellite) {
        const char *args[] = {x->name};
        expand(why, sizeof why, e->o.lang, LV_MSG_E_RUN_SATELLITE_DOCTORS, 1, args);
        return invalid(e, why);
    }
    char what[LV_NAME_MAX + 48];
    const char *name[] = {x->name};
    expand(what, sizeof what, e->o.lang,
           kind == LV_STAFF_DOCTORS ? LV_MSG_E_RUN_CENTRE_DOCTORS
           : x->satellite           ? LV_MSG_E_RUN_SATELLITE_NURSES
                                    : LV_MSG_E_RUN_CENTRE_OPERATORS,
           1, name);
    /* A copy on the side: the scenario keeps its staffing when the new one is refused. */
    struct lv_schedule copy = *schedule;
    if (lv_schedule_check(&copy, kind == LV_STAFF_OPERATORS && !x->satellite, what, e->o.lang, why, sizeof why) != 0)
        return invalid(e, why);
    lv_schedule_normalise(&copy);
    if (kind == LV_STAFF_OPERATORS && !x->satellite && e->s.walk_ins.share > 0 && serves(&e->s, site)) {
        bool floor = false;
        for (int d = 0; d < LV_DAY_TYPES; d++)
            for (int b = 0; b < copy.band_count[d]; b++)
                floor |= copy.bands[d][b].floor + copy.bands[d][b].shared > 0;
        if (!floor) {
            expand(why, sizeof why, e->o.lang, LV_MSG_E_RUN_WALK_INS_FLOOR, 1, name);
            return invalid(e, why);
        }
    }
    if (kind == LV_STAFF_DOCTORS) {
        x->doctors = copy;
        x->has_doctors = true;
    } else {
        x->operators = copy;
    }
    lv_model_restaff(e->model);
    return LV_OK;
}

int lv_evaluator_run(struct lv_evaluator *e, struct lv_results *out)
{
    memset(out, 0, sizeof *out);
    e->error[0] = '\0';
    if (e->o.error && e->o.error_size > 0)
        e->o.error[0] = '\0';
    const struct lv_scenario *s = &e->s;
    out->scenario = s;
    out->replications = e->o.replications;
    out->seed = e->o.seed;
    out->interval_count = e->interval_count;
    out->day_count = e->day_count;
    out->value_count = e->layout.count;
    size_t n = (size_t)e->o.replications;
    size_t per_replication = (size_t)out->value_count * (sizeof *out->values + sizeof *out->weights);
    if (per_replication > 0 && n > LV_MAX_RESULT_BYTES / per_replication) {
        char reps[32], mb[32], max_mb[32], max_reps[32];
        snprintf(reps, sizeof reps, "%zu", n);
        snprintf(mb, sizeof mb, "%.2f", (double)per_replication / 1e6);
        snprintf(max_mb, sizeof max_mb, "%.0f", (double)LV_MAX_RESULT_BYTES / 1e6);
        snprintf(max_reps, sizeof max_reps, "%zu", LV_MAX_RESULT_BYTES / per_replication);
        expand(e->error, sizeof e->error, e->o.lang, LV_MSG_E_RUN_TOO_LARGE, 4,
               (const char *const[]){reps, mb, max_mb, max_reps});
        if (e->o.error && e->o.error_size > 0)
            snprintf(e->o.error, e->o.error_size, "%s", e->error);
        return LV_TOO_LARGE;
    }
    out->values = malloc(n * (size_t)out->value_count * sizeof *out->values);
    out->weights = malloc(n * (size_t)out->value_count * sizeof *out->weights);
    out->events = calloc(n, sizeof *out->events);
    out->attempts = calloc(n, sizeof *out->attempts);
    int rc = LV_NO_MEMORY;
    expand(e->error, sizeof e->error, e->o.lang, LV_MSG_E_OUT_OF_MEMORY, 0, NULL);
    if (!out->values || !out->weights || !out->events || !out->attempts ||
        lv_day_store_open(&out->days, e->o.replications, e->layout.day_count, LV_DAY_STORE_MEMORY) != 0)
        goto done;
    if (e->o.keep_reps) {
        out->reps = calloc(n, sizeof *out->reps);
        if (!out->reps)
            goto done;
        for (int i = 0; i < e->o.replications; i++)
            if (lv_rep_result_init(&out->reps[i], out->interval_count, out->day_count, s->site_count, s->area_count) != 0)
                goto done;
    }
    e->error[0] = '\0';
    e->results = out;
    e->status = LV_OK;
    atomic_store(&e->next, 0);
    atomic_store(&e->failed, 0);
    atomic_store(&e->cancelled, 0);
    atomic_store(&e->failed_replication, INT_MAX);
    pthread_mutex_lock(&e->pool_lock);
    e->generation++;
    e->busy = e->started;
    pthread_cond_broadcast(&e->work);
    pthread_mutex_unlock(&e->pool_lock);
    work(&e->slots[0]); /* the calling thread works too */
    pthread_mutex_lock(&e->pool_lock);
    while (e->busy > 0)
        pthread_cond_wait(&e->done, &e->pool_lock);
    pthread_mutex_unlock(&e->pool_lock);
    e->results = NULL;
    rc = atomic_load(&e->failed) ? e->status : LV_OK;
    if (atomic_load(&e->cancelled)) { /* whatever else failed, the caller asked to stop */
        rc = LV_CANCELLED;
        expand(e->error, sizeof e->error, e->o.lang, LV_MSG_E_RUN_CANCELLED, 0, NULL);
    }
    if (rc == LV_OK && e->o.trace)
        lv_trace_finish(e->o.trace);
done:
    if (rc != LV_OK) {
        if (e->o.error && e->o.error_size > 0)
            snprintf(e->o.error, e->o.error_size, "%s", e->error);
        lv_results_fini(out);
    }
    return rc;
}
