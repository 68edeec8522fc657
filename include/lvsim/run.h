/* run.h — runs a scenario's replications on worker threads and keeps their results.
 * Replication i always uses random streams keyed by (seed, i, stream) and lands in slot i, so
 * the results are bit-identical for any number of threads. What it fills, struct lv_results, is
 * declared in summary.h with the figures each replication is reduced to. */
#ifndef LVSIM_RUN_H
#define LVSIM_RUN_H

#include "lvsim/evaluate.h" /* struct lv_run_options; lv_run is an evaluator run once */
#include "lvsim/model.h"
#include "lvsim/scenario.h"
#include "lvsim/summary.h" /* struct lv_results */

/* Returns LV_OK; LV_NO_MEMORY when memory could not be had; LV_INVALID when o->replications < 1;
 * or LV_OVERLOADED when a replication outgrew LV_MAX_LIVE (model.h). It is an evaluator
 * (evaluate.h) built, run once and freed; a thread the system refuses only means fewer threads. On failure out is empty and o->error, if given, says
 * why; with several failing replications it is the lowest-numbered one's message, so the message is
 * the same for any number of threads. */
int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out);

#endif
