/* run.c — replications spread over worker threads through an atomic counter; see run.h. */
#include "lvsim/run.h"
#include "lvsim/model.h"
#include "lvsim/summary.h"

#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
    const struct lv_model *model;
    struct lv_layout layout;
    struct lv_results *results;
    atomic_int next;
    atomic_int failed;
    /* The failure of the lowest-numbered replication: replications are handed out in order, and
     * after a failure only those numbered higher are skipped, so which failure is reported does
     * not depend on the number of threads. */
    pthread_mutex_t lock;
    atomic_int failed_replication; /* INT_MAX: none; -1: no replication (setting up a worker) */
    int status;
    char error[640];
};

static void record_failure(struct job *job, int replication, int status, const char *message)
{
    pthread_mutex_lock(&job->lock);
    if (replication < atomic_load(&job->failed_replication)) {
        atomic_store(&job->failed_replication, replication);
        job->status = status;
        if (replication >= 0)
            snprintf(job->error, sizeof job->error, "replication %d: %s", replication + 1, message);
        else
            snprintf(job->error, sizeof job->error, "%s", message);
    }
    pthread_mutex_unlock(&job->lock);
    atomic_store(&job->failed, 1);
}

/* Each worker owns one replication state and one scratch result, reused for every replication
 * it takes; the result is reduced to metric values in the replication's own row. */
static void *worker(void *arg)
{
    struct job *job = arg;
    struct lv_results *res = job->results;
    struct lv_replication *rep = lv_replication_alloc(job->model);
    struct lv_rep_result scratch;
    bool have_scratch = lv_rep_result_init(&scratch, res->interval_count, res->day_count, res->scenario->site_count,
                                           res->scenario->area_count) == 0;
    if (!rep || !have_scratch) {
        record_failure(job, -1, LV_NO_MEMORY, "out of memory");
        goto done;
    }
    for (;;) {
        int i = atomic_fetch_add(&job->next, 1);
        if (i >= res->replications || i > atomic_load(&job->failed_replication))
            break;
        struct lv_rep_result *out = res->reps ? &res->reps[i] : &scratch;
        int status = lv_replication_run(rep, res->seed, i, out);
        if (status != LV_OK) {
            record_failure(job, i, status, lv_replication_error(rep));
            break;
        }
        size_t row = (size_t)i * (size_t)res->value_count;
        lv_metric_values(&job->layout, out, res->scenario, &res->values[row], &res->weights[row]);
        res->events[i] = out->events;
        res->attempts[i] = out->attempts;
    }
done:
    if (have_scratch)
        lv_rep_result_fini(&scratch);
    lv_replication_free(rep);
    return NULL;
}

int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out)
{
    memset(out, 0, sizeof *out);
    if (o->error && o->error_size > 0)
        o->error[0] = '\0';
    struct lv_model *model = lv_model_alloc(s);
    if (!model) {
        if (o->error && o->error_size > 0)
            snprintf(o->error, o->error_size, "out of memory");
        return LV_NO_MEMORY;
    }
    out->scenario = s;
    out->replications = o->replications;
    out->seed = o->seed;
    out->interval_count = lv_model_interval_count(model);
    out->day_count = lv_model_day_count(model);
    struct job job = {.model = model, .results = out, .status = LV_NO_MEMORY};
    atomic_init(&job.failed_replication, INT_MAX);
    snprintf(job.error, sizeof job.error, "out of memory or threads");
    pthread_mutex_init(&job.lock, NULL);
    lv_layout_init(&job.layout, s, out->interval_count, out->day_count);
    out->value_count = job.layout.count;
    size_t n = (size_t)o->replications;
    out->values = malloc(n * (size_t)out->value_count * sizeof *out->values);
    out->weights = malloc(n * (size_t)out->value_count * sizeof *out->weights);
    out->events = calloc(n, sizeof *out->events);
    out->attempts = calloc(n, sizeof *out->attempts);
    int rc = -1;
    if (!out->values || !out->weights || !out->events || !out->attempts)
        goto done;
    if (o->keep_reps) {
        out->reps = calloc(n, sizeof *out->reps);
        if (!out->reps)
            goto done;
        for (int i = 0; i < o->replications; i++)
            if (lv_rep_result_init(&out->reps[i], out->interval_count, out->day_count, s->site_count, s->area_count) != 0)
                goto done;
    }
    atomic_init(&job.next, 0);
    atomic_init(&job.failed, 0);
    int jobs = o->jobs < 1 ? 1 : o->jobs > o->replications ? o->replications : o->jobs;
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    if (!threads)
        goto done;
    int started = 0;
    for (; started < jobs - 1; started++)
        if (pthread_create(&threads[started], NULL, worker, &job) != 0)
            break;
    worker(&job); /* the calling thread works too */
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    rc = atomic_load(&job.failed) ? job.status : LV_OK;
done:
    pthread_mutex_destroy(&job.lock);
    lv_model_free(model);
    if (rc != 0) {
        if (o->error && o->error_size > 0)
            snprintf(o->error, o->error_size, "%s", job.error);
        lv_results_fini(out);
    }
    return rc;
}
