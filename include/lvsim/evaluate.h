/* evaluate.h — evaluating many staffing variants of one scenario from C, without YAML.
 * An evaluator prepares the model, the replication states and the worker threads once; then
 * each lv_evaluator_run simulates the current staffing exactly as lv_run would simulate the
 * scenario loaded with the equivalent --set overrides (same seeds, so variants share their
 * random numbers: common random numbers by construction), bit-identical for any number of jobs.
 *
 * Ownership: the evaluator borrows the scenario it was built from (its distributions, areas and
 * call types), which must outlive it, and never changes it: it keeps a private copy of the sites,
 * whose schedules lv_evaluator_set_schedule replaces. Units: band edges in minutes since
 * midnight, counts in staff on duty. Errors: LV_OK (0) or a negative enum lv_status (model.h),
 * with a message in lv_evaluator_error and, when lv_run_options.error was given, in that buffer
 * too (which must then outlive the evaluator). An evaluator is used by one thread at a time. */
#ifndef LVSIM_EVALUATE_H
#define LVSIM_EVALUATE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lvsim/scenario.h"
#include "lvsim/summary.h" /* struct lv_results */

/* The most memory a run's figures may take: each replication keeps its figures (for the
 * estimates' intervals, identical for any thread count), 16 bytes a figure; the national scenario
 * has about 53 000 figures, so 0.85 MB a replication. More replications than fit are refused with
 * LV_TOO_LARGE before anything is simulated. */
#define LV_MAX_RESULT_BYTES ((size_t)4 << 30)

struct lv_evaluator;
struct lv_trace;

/* How to run a scenario's replications: here for lv_evaluator_alloc and lv_run (run.h). */
struct lv_run_options {
    int replications; /* >= 1 */
    uint64_t seed;
    int jobs;         /* worker threads, >= 1 */
    bool keep_reps;   /* also keep every replication's raw counters (memory: ~0.8 MB each) */
    char *error;      /* optional (NULL): a buffer of error_size bytes that receives, when lv_run */
    size_t error_size; /* fails, what went wrong; e.g. where and when a queue outgrew LV_MAX_LIVE */
    enum lv_language lang; /* of the messages in error and lv_evaluator_error; English when zeroed */
    struct lv_trace *trace; /* optional (NULL): receives every call attempt of replication 0 (trace.h),
                             * finished (lv_trace_finish) after each successful run; borrowed */
    const atomic_bool *cancel; /* optional (NULL): once true, no further replication starts and the
                                * run fails with LV_CANCELLED (the workbench's Cancel); borrowed */
};

/* Which schedule of a site: its nurses (a centre's operators with their floor and shared nurses,
 * a satellite's nurses) or its doctors. */
enum lv_staff_kind { LV_STAFF_OPERATORS, LV_STAFF_DOCTORS };

/* Builds an evaluator for scenario s with o's replications, seed, jobs and keep_reps (copied;
 * o->error is borrowed). Starts min(jobs, replications) - 1 worker threads, which wait between
 * runs; fewer if the system refuses some (results do not depend on it). NULL when memory could
 * not be had or o->replications < 1, with the reason in o->error if given. */
struct lv_evaluator *lv_evaluator_alloc(const struct lv_scenario *s, const struct lv_run_options *o);

/* Stops the worker threads and frees everything. NULL is a no-op. */
void lv_evaluator_free(struct lv_evaluator *e);

/* The scenario as the evaluator simulates it: the caller's, with the current schedules. Owned by
 * e; valid until lv_evaluator_free; changes with lv_evaluator_set_schedule. */
const struct lv_scenario *lv_evaluator_scenario(const struct lv_evaluator *e);

/* Site `site`'s current schedule of `kind` (owned by e, read-only, valid until the next
 * lv_evaluator_set_schedule of it), or NULL when site is out of range or the site has no
 * doctors. Bands are in the loader's form (lv_schedule_normalise). */
const struct lv_schedule *lv_evaluator_schedule(const struct lv_evaluator *e, int site, enum lv_staff_kind kind);

/* Replaces site `site`'s schedule of `kind` with a copy of *schedule for the following runs.
 * The schedule is checked as the loader checks one from YAML (lv_schedule_check: every day type,
 * holidays included, covered from 00:00 to 24:00 without gaps; counts 0..LV_MAX_STAFF; floor and
 * shared only for a centre's operators; someone on duty), and so is the scenario it makes
 * (walk-ins need floor or shared nurses at every centre serving an area; satellites have no
 * doctors). Doctors given to a centre without them make it a centre with doctors. Bands are
 * normalised (adjacent equal bands merged), so the result is field for field what the loader
 * makes of the same staffing. Returns LV_OK, or LV_INVALID with the reason in
 * lv_evaluator_error, and the staffing unchanged. Cost: a copy of the schedule, no allocation. */
int lv_evaluator_set_schedule(struct lv_evaluator *e, int site, enum lv_staff_kind kind,
                              const struct lv_schedule *schedule);

/* Simulates the replications of the current staffing into out, exactly as lv_run (run.h) does,
 * with the same return values and failure semantics; out is then empty on failure. out->scenario
 * is lv_evaluator_scenario(e), borrowed: summarise or write out before the next
 * lv_evaluator_set_schedule if the output should show this run's staffing, and before
 * lv_evaluator_free (or point out->scenario at a scenario that lives longer). Free out with lv_results_fini. Allocates only
 * out's arrays. */
int lv_evaluator_run(struct lv_evaluator *e, struct lv_results *out);

/* Why the last call failed, "" after a success. Owned by e. */
const char *lv_evaluator_error(const struct lv_evaluator *e);

#endif
