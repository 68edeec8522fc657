/* run.h — runs a scenario's replications on worker threads and keeps their results.
 * Replication i always uses random streams keyed by (seed, i, stream) and lands in slot i, so
 * the results are bit-identical for any number of threads. */
#ifndef LVSIM_RUN_H
#define LVSIM_RUN_H

#include <stdint.h>

#include "lvsim/scenario.h"
#include "lvsim/stats.h"

struct lv_run_options {
    int replications; /* >= 1 */
    uint64_t seed;
    int jobs;         /* worker threads, >= 1 */
};

struct lv_results {
    const struct lv_scenario *scenario; /* borrowed */
    int replications;
    uint64_t seed;
    int interval_count, day_count;
    struct lv_rep_result *reps; /* owned, [replications] */
};

/* Returns 0, or -1 when memory or a thread could not be had (out is then empty). */
int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out);
void lv_results_fini(struct lv_results *r);

#endif
