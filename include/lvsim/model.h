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
 * been initialised with lv_model_interval_count/lv_model_day_count. Returns 0, or -1 when memory
 * ran out (out is then incomplete). */
int lv_replication_run(struct lv_replication *r, uint64_t seed, int replication,
                       struct lv_rep_result *out);

#endif
