/* run.c — replications spread over worker threads through an atomic counter; see run.h. */
#include "lvsim/run.h"
#include "lvsim/model.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct job {
    const struct lv_model *model;
    struct lv_results *results;
    atomic_int next;
    atomic_int failed;
};

static void *worker(void *arg)
{
    struct job *job = arg;
    struct lv_replication *rep = lv_replication_alloc(job->model);
    if (!rep) {
        atomic_store(&job->failed, 1);
        return NULL;
    }
    for (;;) {
        int i = atomic_fetch_add(&job->next, 1);
        if (i >= job->results->replications || atomic_load(&job->failed))
            break;
        if (lv_replication_run(rep, job->results->seed, i, &job->results->reps[i]) != 0)
            atomic_store(&job->failed, 1);
    }
    lv_replication_free(rep);
    return NULL;
}

int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out)
{
    memset(out, 0, sizeof *out);
    struct lv_model *model = lv_model_alloc(s);
    if (!model)
        return -1;
    out->scenario = s;
    out->replications = o->replications;
    out->seed = o->seed;
    out->interval_count = lv_model_interval_count(model);
    out->day_count = lv_model_day_count(model);
    out->reps = calloc((size_t)o->replications, sizeof *out->reps);
    int rc = -1;
    if (!out->reps)
        goto done;
    for (int i = 0; i < o->replications; i++)
        if (lv_rep_result_init(&out->reps[i], out->interval_count, out->day_count) != 0)
            goto done;
    struct job job = {.model = model, .results = out};
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
    rc = atomic_load(&job.failed) ? -1 : 0;
done:
    lv_model_free(model);
    if (rc != 0)
        lv_results_fini(out);
    return rc;
}

void lv_results_fini(struct lv_results *r)
{
    if (r->reps)
        for (int i = 0; i < r->replications; i++)
            lv_rep_result_fini(&r->reps[i]);
    free(r->reps);
    memset(r, 0, sizeof *r);
}
