/* erlang.h — the Erlang calculator: exact stationary measures of M/M/c (Erlang C) and M/M/c+M
 * (Erlang A: exponential patience) for a call centre with c staff, and the fewest staff that meet
 * a service-level target. The share answered within the threshold is the official metric: of ALL
 * arrivals, abandoned calls included. Pure functions of their arguments; docs/erlang.md. */
#ifndef LVSIM_ERLANG_H
#define LVSIM_ERLANG_H

#include <stdbool.h>

/* A stationary system. Times in seconds. patience_s 0 means callers never abandon (Erlang C). */
struct lv_erlang_system {
    double calls_per_hour; /* offered calls per hour (Poisson), > 0 */
    double handling_s;     /* mean handling time per answered call (talk + after-call work), > 0 */
    double patience_s;     /* mean patience (exponential), > 0; 0 = none (Erlang C) */
    double within_s;       /* the answer threshold of the service level, >= 0 */
    int staff;             /* c, 1..LV_ERLANG_MAX_STAFF */
};

#define LV_ERLANG_MAX_STAFF 100000

/* The stationary figures; shares 0..1, times in seconds. "Of arrivals" counts every offered call. */
struct lv_erlang_result {
    double load_erlang;       /* offered load a = λ·h */
    double answered_within;   /* share of arrivals answered within within_s (the service level) */
    double p_wait;            /* share of arrivals that find every staff member busy */
    double p_abandon;         /* share of arrivals that hang up before an answer */
    double asa_s;             /* mean wait of answered calls (zero waits included) */
    double mean_wait_s;       /* mean time in queue of all arrivals (abandoned ones until they hang up) */
    double mean_queue;        /* mean number waiting, Lq (= λ · mean_wait_s by Little's law) */
    double occupancy;         /* carried load per staff member: λ·(1 − p_abandon)·h / c */
    long states;              /* waiting states of the chain summed (Erlang A; 0 for Erlang C) */
};

enum lv_erlang_status {
    LV_ERLANG_OK = 0,
    LV_ERLANG_BAD_INPUT,   /* a field out of its range (see struct lv_erlang_system) */
    LV_ERLANG_UNSTABLE,    /* Erlang C with load >= staff: the queue grows without bound */
    LV_ERLANG_TOO_LARGE,   /* Erlang A whose queue would need more than LV_ERLANG_MAX_STATES states */
    LV_ERLANG_UNREACHABLE, /* lv_erlang_staff_for: no staffing up to LV_ERLANG_MAX_STAFF meets it */
};

/* Erlang A's waiting states are summed until the tail's share of the normaliser is below 1e-15;
 * a queue that long needs an overloaded system with near-infinite patience. */
#define LV_ERLANG_MAX_STATES 5000000L

/* The figures of sys into *out. Erlang C in closed form, Erlang A from the birth–death chain's
 * stationary distribution and the exact waiting-time law of a served call (docs/erlang.md). */
enum lv_erlang_status lv_erlang_compute(const struct lv_erlang_system *sys, struct lv_erlang_result *out);

/* A target: answered_within >= min_answered_within and, if max_abandon < 1, p_abandon <= max_abandon. */
struct lv_erlang_target {
    double min_answered_within; /* 0 < x < 1 */
    double max_abandon;         /* 0 < x <= 1; 1 = no cap */
};

/* True if r meets t. */
bool lv_erlang_meets(const struct lv_erlang_result *r, const struct lv_erlang_target *t);

/* The fewest staff (sys->staff is ignored) whose figures meet t, into *staff and *out. Both
 * measures improve with every added staff member, so the answer is found by bisection. */
enum lv_erlang_status lv_erlang_staff_for(const struct lv_erlang_system *sys, const struct lv_erlang_target *t,
                                          int *staff, struct lv_erlang_result *out);

#endif
