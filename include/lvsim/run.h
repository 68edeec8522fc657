/* run.h — runs a scenario's replications on worker threads and keeps their results.
 * Replication i always uses random streams keyed by (seed, i, stream) and lands in slot i, so
 * the results are bit-identical for any number of threads. */
#ifndef LVSIM_RUN_H
#define LVSIM_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include <stddef.h>

#include "lvsim/model.h"
#include "lvsim/scenario.h"
#include "lvsim/stats.h"

struct lv_run_options {
    int replications; /* >= 1 */
    uint64_t seed;
    int jobs;         /* worker threads, >= 1 */
    bool keep_reps;   /* also keep every replication's raw counters (memory: ~0.8 MB each) */
    char *error;      /* optional (NULL): a buffer of error_size bytes that receives, when lv_run */
    size_t error_size; /* fails, what went wrong; e.g. where and when a queue outgrew LV_MAX_LIVE */
};

/* Each replication is reduced to its metric values as soon as it ends (see summary.h for the
 * layout), so memory grows by a few kilobytes per replication, not by its histograms. A value
 * is kept as a numerator and a weight, so that estimates can be ratios of sums. */
struct lv_results {
    const struct lv_scenario *scenario; /* borrowed */
    int replications;
    uint64_t seed;
    int interval_count, day_count;
    int value_count;            /* metric values per replication */
    double *values;             /* owned, [replications][value_count]: numerators */
    double *weights;            /* owned, [replications][value_count]: their denominators */
    uint64_t *events, *attempts; /* owned, [replications]: engine counters */
    struct lv_rep_result *reps; /* owned, [replications], or NULL unless keep_reps */
};

/* Returns LV_OK; LV_NO_MEMORY when memory or a thread could not be had; or LV_OVERLOADED when a
 * replication outgrew LV_MAX_LIVE (model.h). On failure out is empty and o->error, if given, says
 * why; with several failing replications it is the lowest-numbered one's message, so the message is
 * the same for any number of threads. */
int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out);
void lv_results_fini(struct lv_results *r);

/* Replication rep's own value of figure `index` (numerator / weight), NaN when undefined or when
 * the weight is 0. For checks of one replication; estimates use lv_estimate_ratio. */
double lv_results_value(const struct lv_results *r, int rep, int index);

#endif
