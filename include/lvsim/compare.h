/* compare.h — paired comparison of two runs made with the same seed and replications: because
 * each replication uses the same random streams in both (common random numbers), the
 * differences replication by replication vary far less than the runs themselves, and their
 * Student-t interval is much narrower than an unpaired one. */
#ifndef LVSIM_COMPARE_H
#define LVSIM_COMPARE_H

#include "lvsim/summary.h"
#include "lvsim/stats.h"

struct lv_comparison {
    int count;                   /* values compared: headline figures, per interval, shrinkage, call handling */
    int interval_count;
    int shrinkage_at;            /* index of the first shrinkage figure (enum lv_shrinkage_metric) */
    int call_handling_at;        /* then the call-handling figures (enum lv_call_handling_metric) */
    struct lv_estimate *a, *b;   /* owned, [count] */
    struct lv_estimate *paired;  /* B - A, from the paired differences */
    double *unpaired_half_width; /* of B - A had the runs been independent (Welch) */
    const char *b_changes;       /* B's own overrides as given ("KEY=VALUE; ..."), or NULL: set by
                                  * the caller after lv_compare, borrowed; in the JSON and the text */
};

/* Compares the headline, per-interval and shrinkage figures of b against a (a shrinkage figure
 * is undefined on a side whose scenario does not use it). Both need the same number of
 * replications and intervals. Returns 0, or -1 (mismatch or out of memory). */
int lv_compare(const struct lv_results *a, const struct lv_results *b, struct lv_comparison *out);
void lv_comparison_fini(struct lv_comparison *c);

/* Figure ka of a and kb of b (value indices in their own layouts) as A, B and the paired B - A,
 * estimated as lv_compare estimates each of its figures; for figures it leaves out (one centre's
 * hour). e: an estimator of a's replications (b has as many); col: room for 4 values a
 * replication, left holding a's values and weights, then b's. */
void lv_compare_figure(struct lv_estimator *e, double *col, const struct lv_results *a, int ka,
                       const struct lv_results *b, int kb, struct lv_estimate *fa, struct lv_estimate *fb,
                       struct lv_estimate *paired);

#endif
