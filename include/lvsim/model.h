/* model.h — the call-centre model: a prepared, read-only description built from a scenario
 * (shared by all threads), and the simulation of one replication into an lv_rep_result.
 * Each replication owns its calendar, call pool and random streams, so replications can run
 * in parallel and each gives the same numbers whatever thread runs it. */
#ifndef LVSIM_MODEL_H
#define LVSIM_MODEL_H

#include <stdint.h>

#include "lvsim/scenario.h"
#include "lvsim/stats.h"

struct lv_model;

/* What a replication (and lv_run) returns. */
enum lv_status {
    LV_OK = 0,
    LV_NO_MEMORY = -1, /* out of memory (or threads, for lv_run) */
    LV_OVERLOADED = -2 /* more than LV_MAX_LIVE calls, or patients and tasks, at once */
};

/* The most calls alive at once in a replication (waiting, in the announcement, or between a
 * hang-up and the redial), and separately the most patients and doctor or floor tasks. A queue
 * that grows without bound (staff far short of demand, no patience, no queue_capacity) stops the
 * replication with LV_OVERLOADED at this size instead of taking all memory: it bounds a
 * replication's pools and calendar to about 330 MB (docs/model.md). No realistic scenario comes
 * near it. */
#define LV_MAX_LIVE (1u << 20)

/* Prepares a model. The scenario is borrowed and must outlive the model. NULL on out of memory. */
struct lv_model *lv_model_alloc(const struct lv_scenario *s);
void lv_model_free(struct lv_model *m);

int lv_model_interval_count(const struct lv_model *m);
int lv_model_day_count(const struct lv_model *m);

/* Expected first attempts on a simulated day (before the random day multiplier). */
double lv_model_expected_calls(const struct lv_model *m, int day);

/* A replication's working state; allocate one per thread and reuse it across replications. */
struct lv_replication;
struct lv_replication *lv_replication_alloc(const struct lv_model *m);
void lv_replication_free(struct lv_replication *r);

/* Simulates replication number `replication` with master seed `seed` into out, which must have
 * been initialised with lv_model_interval_count/lv_model_day_count. Returns LV_OK, LV_NO_MEMORY,
 * or LV_OVERLOADED (out is then incomplete; lv_replication_error says where and when). */
int lv_replication_run(struct lv_replication *r, uint64_t seed, int replication,
                       struct lv_rep_result *out);

/* Why the last lv_replication_run returned LV_OVERLOADED (or LV_NO_MEMORY): a message naming the
 * centre and the simulated time; "" after a successful run. Owned by r. */
const char *lv_replication_error(const struct lv_replication *r);

#endif
