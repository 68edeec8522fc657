/* run.h — runs a scenario's replications on worker threads and keeps their results.
 * Replication i always uses random streams keyed by (seed, i, stream) and lands in slot i, so
 * the results are bit-identical for any number of threads. What it fills, struct lv_results, is
 * declared in summary.h with the figures each replication is reduced to. */
#ifndef LVSIM_RUN_H
#define LVSIM_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include <stddef.h>

#include "lvsim/model.h"
#include "lvsim/scenario.h"
#include "lvsim/summary.h" /* struct lv_results */

struct lv_run_options {
    int replications; /* >= 1 */
    uint64_t seed;
    int jobs;         /* worker threads, >= 1 */
    bool keep_reps;   /* also keep every replication's raw counters (memory: ~0.8 MB each) */
    char *error;      /* optional (NULL): a buffer of error_size bytes that receives, when lv_run */
    size_t error_size; /* fails, what went wrong; e.g. where and when a queue outgrew LV_MAX_LIVE */
};

/* Returns LV_OK; LV_NO_MEMORY when memory or a thread could not be had; or LV_OVERLOADED when a
 * replication outgrew LV_MAX_LIVE (model.h). On failure out is empty and o->error, if given, says
 * why; with several failing replications it is the lowest-numbered one's message, so the message is
 * the same for any number of threads. */
int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out);

#endif
