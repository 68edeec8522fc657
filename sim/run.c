/* run.c — replications spread over worker threads through an atomic counter; see run.h. */
#include "lvsim/run.h"
#include "lvsim/model.h"
#include "lvsim/summary.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct job {
    const struct lv_model *model;
    struct lv_layout layout;
    struct lv_results *results;
    atomic_int next;
    atomic_int failed;
};

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
        atomic_store(&job->failed, 1);
        goto done;
    }
    for (;;) {
        int i = atomic_fetch_add(&job->next, 1);
        if (i >= res->replications || atomic_load(&job->failed))
            break;
        struct lv_rep_result *out = res->reps ? &res->reps[i] : &scratch;
        if (lv_replication_run(rep, res->seed, i, out) != 0) {
            atomic_store(&job->failed, 1);
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
    struct lv_model *model = lv_model_alloc(s);
    if (!model)
        return -1;
    out->scenario = s;
    out->replications = o->replications;
    out->seed = o->seed;
    out->interval_count = lv_model_interval_count(model);
    out->day_count = lv_model_day_count(model);
    struct job job = {.model = model, .results = out};
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
            lv_rep_result_fini(&r->reps[i]); /* slots never initialised are zero: a no-op */
    free(r->reps);
    free(r->values);
    free(r->weights);
    free(r->events);
    free(r->attempts);
    memset(r, 0, sizeof *r);
}

double lv_results_value(const struct lv_results *r, int rep, int index)
{
    size_t i = (size_t)rep * (size_t)r->value_count + (size_t)index;
    return r->weights[i] > 0 ? r->values[i] / r->weights[i] : NAN;
}
