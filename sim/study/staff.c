/* staff.c — the staffing optimiser (staff.h): Erlang A per interval for a start, then one
 * operator at a time with common random numbers on one evaluator, then a check on fresh seeds. */
#include "lvsim/staff.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/date.h"
#include "lvsim/erlang.h"
#include "lvsim/evaluate.h"
#include "lvsim/override.h"
#include "lvsim/shifts.h"
#include "lvsim/summary.h"

static void say(char *why, size_t n, enum lv_language lang, enum lv_msg id, int argc, const char *const *args)
{
    if (why && n)
        lv_msg_expand(why, n, lv_msg(id, lang), argc, args);
}

/* What the search knows of the scenario and keeps between runs. */
struct search {
    const struct lv_scenario *s;
    const struct lv_staff_options *o;
    struct lv_evaluator *e;
    const struct lv_schedule *bases; /* every centre's, [sites] */
    int n, per_day, len_min;  /* intervals of the week, per day, minutes each */
    int sites, total;         /* centres planned; their intervals, centre by centre (sites * n) */
    struct lv_layout layout;  /* of the runs' figures (several centres: their interval tables) */
    int *count, *lo;          /* operators per centre and interval ([total]); the least allowed */
    bool *locked;             /* an operator fewer failed (or the interval had to be raised) */
    bool *lowered;            /* lowered in the last batch */
    int *blame;               /* per missing interval: the lowered one it is put down to, -1 itself, -2 none */
    double *per_hour;         /* offered calls per hour, from the run of the current roster */
    double *share;            /* week form: each interval's share within target in the last run */
    double handling_s, patience_s;
    struct lv_estimator est;
    double *y, *x;            /* [replications] scratch for estimates */
    struct lv_shift_plan *shift; /* with operator shift patterns: each centre's last plan solved
                                  * ([sites]), else NULL */
    int *need;                /* with shifts: the requirement handed to the solver ([total]; repairs
                               * raise it) */
    char *why;
    size_t why_size;
};

/* The band of schedule day `day` that holds `minute`. */
static const struct lv_band *band_at(const struct lv_schedule *sch, int day, int minute)
{
    for (int b = 0; b < sch->band_count[day]; b++)
        if (sch->bands[day][b].from_min <= minute && minute < sch->bands[day][b].to_min)
            return &sch->bands[day][b];
    return NULL;
}

/* Appends band nb to day d of out (n bands so far), extending the last band instead when the
 * staffing is the same. -1 past LV_MAX_BANDS. */
static int append_band(struct lv_schedule *out, int d, int *n, struct lv_band nb)
{
    struct lv_band *prev = *n ? &out->bands[d][*n - 1] : NULL;
    if (prev && prev->count == nb.count && prev->floor == nb.floor && prev->shared == nb.shared)
        prev->to_min = nb.to_min;
    else if (*n == LV_MAX_BANDS)
        return -1;
    else
        out->bands[d][(*n)++] = nb;
    return 0;
}

/* The schedule with operators count[] per interval (holidays as Sundays), floor and shared nurses
 * kept from base; bands split at the base's edges and the intervals'. -1 if a day would need more
 * than LV_MAX_BANDS bands. */
static int make_schedule(const struct lv_schedule *base, const int *count, int per_day, int len_min,
                         struct lv_schedule *out)
{
    memset(out, 0, sizeof *out);
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        int plan_day = d < 7 ? d : 6;
        int n = 0;
        for (int from = 0; from < 1440;) {
            int to = (from / len_min + 1) * len_min;
            for (int b = 0; b < base->band_count[d]; b++) {
                int edge = base->bands[d][b].from_min;
                if (edge > from && edge < to)
                    to = edge;
            }
            const struct lv_band *cur = band_at(base, d, from);
            struct lv_band nb = {from, to, count[plan_day * per_day + from / len_min], cur ? cur->floor : 0,
                                 cur ? cur->shared : 0};
            if (append_band(out, d, &n, nb) != 0)
                return -1;
            from = to;
        }
        out->band_count[d] = n;
    }
    return 0;
}

/* The operators of `ops` with the floor and shared nurses of `base` (both normalised schedules),
 * bands split at either's edges and merged where equal. -1 past LV_MAX_BANDS on a day. */
static int overlay_kept(const struct lv_schedule *ops, const struct lv_schedule *base, struct lv_schedule *out)
{
    memset(out, 0, sizeof *out);
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        int n = 0;
        for (int from = 0; from < 1440;) {
            int to = 1440;
            for (int k = 0; k < 2; k++) {
                const struct lv_schedule *sch = k ? base : ops;
                for (int b = 0; b < sch->band_count[d]; b++) {
                    int edges[2] = {sch->bands[d][b].from_min, sch->bands[d][b].to_min};
                    for (int e = 0; e < 2; e++)
                        if (edges[e] > from && edges[e] < to)
                            to = edges[e];
                }
            }
            const struct lv_band *o = band_at(ops, d, from), *k = band_at(base, d, from);
            struct lv_band nb = {from, to, o ? o->count : 0, k ? k->floor : 0, k ? k->shared : 0};
            if (append_band(out, d, &n, nb) != 0)
                return -1;
            from = to;
        }
        out->band_count[d] = n;
    }
    return 0;
}

/* With shifts: the cheapest plan for centre c's need into z->shift[c] and its schedule (the
 * centre's floor and shared nurses kept) into *out. -2 when the patterns cannot cover the need
 * (why says where), -1 for too many bands. Every centre plans from the scenario's patterns. */
static int shift_schedule(struct search *z, int c, struct lv_schedule *out)
{
    const struct lv_shifts *sh = &z->s->shifts;
    if (lv_shift_solve(sh, LV_SHIFT_OPERATOR, z->len_min, z->need + (size_t)c * z->n, &z->shift[c], z->o->lang,
                       z->why, z->why_size) != 0)
        return -2;
    struct lv_schedule ops;
    if (lv_shift_schedule(sh, &z->shift[c], NULL, &ops, z->o->lang, z->why, z->why_size) != 0)
        return -1;
    if (overlay_kept(&ops, &z->bases[c], out) != 0) {
        say(z->why, z->why_size, z->o->lang, LV_MSG_STF_E_BANDS, 1, (const char *const[]){lv_msg_int(LV_MAX_BANDS).s});
        return -1;
    }
    return 0;
}

/* The ratio estimate of figure `index` across the results' replications. */
static struct lv_estimate estimate_at(struct search *z, const struct lv_results *r, int index)
{
    for (int k = 0; k < r->replications; k++) {
        z->y[k] = r->values[(size_t)k * r->value_count + index];
        z->x[k] = r->weights[(size_t)k * r->value_count + index];
    }
    return lv_estimate_ratio(&z->est, z->y, z->x);
}

static struct lv_estimate interval_estimate(struct search *z, const struct lv_results *r, int i, int metric)
{
    return estimate_at(z, r, LV_HEADLINE_COUNT + i * LV_INTERVAL_METRIC_COUNT + metric);
}

/* Runs the evaluator with every centre's operators set: from count[] (per centre and interval),
 * or with count NULL from each centre's cheapest shift plan for its need (shift_schedule). All
 * centres' candidates go in one run, as they interact only through routing (pools, overflow).
 * Returns 0, -1, or shift_schedule's -2. */
static int simulate(struct search *z, struct lv_evaluator *e, const int *count, struct lv_results *r)
{
    for (int c = 0; c < z->sites; c++) {
        struct lv_schedule sch;
        if (!count) {
            int rc = shift_schedule(z, c, &sch);
            if (rc != 0)
                return rc;
        } else if (make_schedule(&z->bases[c], count + (size_t)c * z->n, z->per_day, z->len_min, &sch) != 0) {
            say(z->why, z->why_size, z->o->lang, LV_MSG_STF_E_BANDS, 1, (const char *const[]){lv_msg_int(LV_MAX_BANDS).s});
            return -1;
        }
        if (lv_evaluator_set_schedule(e, c, LV_STAFF_OPERATORS, &sch) != LV_OK) {
            say(z->why, z->why_size, z->o->lang, LV_MSG_STF_E_RUN, 1, (const char *const[]){lv_evaluator_error(e)});
            return -1;
        }
    }
    if (lv_evaluator_run(e, r) != LV_OK) {
        say(z->why, z->why_size, z->o->lang, LV_MSG_STF_E_RUN, 1, (const char *const[]){lv_evaluator_error(e)});
        return -1;
    }
    return 0;
}

/* Centre-interval k's (centre k / n, interval k % n) figure: the system's interval with one
 * centre, the centre's own callers' with several (LV_SI_CALLS_PER_WEEK, LV_SI_WITHIN_TARGET,
 * LV_SI_ABANDONED). */
static struct lv_estimate centre_estimate(struct search *z, const struct lv_results *r, int k, int metric)
{
    if (z->sites == 1)
        return interval_estimate(z, r, k, metric);
    int si = metric == LV_I_WITHIN_TARGET ? LV_SI_WITHIN_TARGET
             : metric == LV_I_ABANDONED   ? LV_SI_ABANDONED
             : metric == LV_I_CALLS_OFFERED ? LV_SI_CALLS_PER_WEEK
                                            : -1;
    if (si < 0)
        return (struct lv_estimate){.mean = NAN, .half_width = NAN}; /* not measured per centre */
    return estimate_at(z, r, lv_layout_site_interval(&z->layout, k / z->n, k % z->n, si));
}

/* Whether centre-interval i meets the target in r by the search's rule (point estimates). */
static bool interval_meets(struct search *z, const struct lv_results *r, int i)
{
    struct lv_estimate w = centre_estimate(z, r, i, LV_I_WITHIN_TARGET);
    if (!isfinite(w.mean))
        return true; /* no calls */
    if (w.mean < z->s->target_share)
        return false;
    return z->o->max_abandon >= 1 || centre_estimate(z, r, i, LV_I_ABANDONED).mean <= z->o->max_abandon;
}

/* Centre c's week: the system's figure with one centre, its own callers' with several
 * (LV_M_WITHIN_TARGET or LV_M_ABANDONED). */
static struct lv_estimate centre_week(struct search *z, const struct lv_results *r, int c, int metric)
{
    if (z->sites == 1)
        return estimate_at(z, r, metric);
    return estimate_at(z, r, lv_layout_site(&z->layout, c, metric == LV_M_ABANDONED ? LV_S_ABANDONED : LV_S_WITHIN_TARGET));
}

static bool week_meets(struct search *z, const struct lv_results *r, int c)
{
    double within = centre_week(z, r, c, LV_M_WITHIN_TARGET).mean;
    if (!isfinite(within))
        return true; /* no calls of its own (a centre that only helps a pool) */
    if (within < z->s->target_share)
        return false;
    return z->o->max_abandon >= 1 || centre_week(z, r, c, LV_M_ABANDONED).mean <= z->o->max_abandon;
}

/* Erlang A's share within target of interval i with c operators (its shared nurses counted as
 * phone staff), 0 for nobody; 1 without calls. */
static double erlang_share(const struct search *z, int i, int c, int shared)
{
    if (z->per_hour[i] <= 0)
        return 1;
    int staff = c + shared;
    if (staff < 1)
        return 0;
    struct lv_erlang_system sys = {z->per_hour[i], z->handling_s, z->patience_s, z->s->target_within_s, staff};
    struct lv_erlang_result res;
    return lv_erlang_compute(&sys, &res) == LV_ERLANG_OK ? res.answered_within : 0;
}

/* Mean handling time of an offered call: talk and after-call work by type share, plus callbacks. */
static double handling_of(const struct lv_scenario *s)
{
    double h = 0;
    for (int t = 0; t < s->type_count; t++) {
        const struct lv_call_type *ct = &s->types[t];
        h += ct->share * (lv_dist_mean(&ct->talk) + lv_dist_mean(&ct->after_call) +
                          ct->callback.share * lv_dist_mean(&ct->callback.talk));
    }
    return h > 0 ? h : 1;
}

/* The interval form: raise where an interval misses, lower every other interval in turn and keep
 * only what still meets everywhere. */
static int search_intervals(struct search *z, struct lv_staff_plan *p)
{
    int max_it = z->o->max_iterations > 0 ? z->o->max_iterations : LV_STAFF_DEFAULT_ITERATIONS;
    /* per centre: which half is lowered next, a batch lowered and not yet judged, every interval
     * met in the last run, and done (no interval can lose one); centres go at their own pace, so
     * that a miss in one centre does not hold back the others' lowering */
    int *parity = calloc((size_t)z->sites, sizeof *parity);
    bool *pending = calloc((size_t)z->sites, sizeof *pending), *met = calloc((size_t)z->sites, sizeof *met),
         *done = calloc((size_t)z->sites, sizeof *done);
    int rc = 0;
    if (!parity || !pending || !met || !done) {
        say(z->why, z->why_size, z->o->lang, LV_MSG_E_OUT_OF_MEMORY, 0, NULL);
        rc = -1;
        goto out;
    }
    while (p->iterations < max_it) {
        struct lv_results r;
        if (simulate(z, z->e, z->count, &r) != 0) {
            rc = -1;
            goto out;
        }
        p->iterations++;
        for (int c = 0; c < z->sites; c++)
            met[c] = true;
        /* blame a miss on the nearest interval lowered in the last batch, at or before it (the
         * queue it leaves carries over), else raise the interval itself; judged on the batch as
         * lowered, so one restored interval answers for every miss that follows it */
        for (int i = 0; i < z->total; i++)
            z->blame[i] = -2;
        for (int i = 0; i < z->total; i++) {
            if (interval_meets(z, &r, i))
                continue;
            int c = i / z->n;
            met[c] = false;
            int blamed = -1;
            for (int back = 0; pending[c] && back < 4 && blamed < 0; back++) {
                int k = c * z->n + (i % z->n - back + z->n) % z->n; /* within the centre's week */
                if (z->lowered[k])
                    blamed = k;
            }
            z->blame[i] = blamed;
        }
        for (int i = 0; i < z->total; i++) {
            int k = z->blame[i] >= 0 ? z->blame[i] : i;
            if (z->blame[i] == -2 || (z->blame[i] >= 0 && !z->lowered[k]))
                continue; /* meets, or its culprit is restored already */
            z->count[k]++;
            z->lowered[k] = false;
            z->locked[k] = true;
            done[i / z->n] = false; /* raised: judge it again */
        }
        lv_results_fini(&r);
        bool all_done = true;
        for (int c = 0; c < z->sites; c++) {
            if (!met[c]) {
                all_done = false;
                continue; /* judge the repaired staffing */
            }
            pending[c] = false;
            bool *lowered = z->lowered + (size_t)c * z->n;
            memset(lowered, 0, (size_t)z->n * sizeof *lowered);
            /* every interval of the centre meets: take one operator from every other interval that
             * may lose one (the even ones, then the odd ones); when neither half can, this is the least */
            int batch = 0;
            for (int half = 0; half < 2 && batch == 0; half++, parity[c] ^= 1)
                for (int i = c * z->n + parity[c]; i < (c + 1) * z->n; i += 2)
                    if (!z->locked[i] && z->count[i] > z->lo[i]) {
                        z->count[i]--;
                        z->lowered[i] = true;
                        batch++;
                    }
            done[c] = batch == 0;
            pending[c] = batch > 0;
            all_done &= done[c];
        }
        if (all_done) {
            p->converged = true;
            goto out;
        }
    }
    /* out of iterations: undo batches not yet judged, so the plan is the last that met */
    for (int i = 0; i < z->total; i++)
        if (pending[i / z->n] && z->lowered[i])
            z->count[i]++;
out:
    free(parity);
    free(pending);
    free(met);
    free(done);
    return rc;
}

/* The share of the calls still missing the target in interval i that one more operator recovers,
 * by Erlang A (its shared nurses counted as phone staff): a relative gain, applied to the
 * simulated share so that Erlang's optimism about breaks and floor work cancels out. */
static double relative_gain(const struct search *z, int i, int c, int shared)
{
    double now = erlang_share(z, i, c, shared);
    if (now >= 1 - 1e-12)
        return 0;
    return (erlang_share(z, i, c + 1, shared) - now) / (1 - now);
}

/* Adds operators one at a time to intervals first .. last - 1 where one buys the most calls
 * answered within target (the interval's calls times the simulated share still missing there
 * times relative_gain), until the predicted share of those intervals' calls has risen by `gain`;
 * one at least. */
static void add_within(struct search *z, const struct lv_staff_plan *p, int first, int last, double gain)
{
    double total = 0, got = 0;
    for (int i = first; i < last; i++)
        total += z->per_hour[i];
    if (total <= 0)
        return;
    do {
        int best = -1;
        double best_gain = 0, best_r = 0;
        for (int i = first; i < last; i++) {
            if (z->count[i] >= LV_MAX_STAFF || z->per_hour[i] <= 0)
                continue;
            double r = relative_gain(z, i, z->count[i], p->intervals[i].shared);
            double g = z->per_hour[i] * (1 - z->share[i]) * r;
            if (g > best_gain) {
                best_gain = g;
                best = i;
                best_r = r;
            }
        }
        if (best < 0)
            return; /* nothing left to gain */
        z->count[best]++;
        z->share[best] += (1 - z->share[best]) * best_r;
        got += best_gain / total;
    } while (got < gain);
}

/* The shares of the intervals in r (1 where no calls came), for add_within. */
static void read_shares(struct search *z, const struct lv_results *r)
{
    for (int i = 0; i < z->total; i++) {
        double m = centre_estimate(z, r, i, LV_I_WITHIN_TARGET).mean;
        z->share[i] = isfinite(m) ? m : 1;
    }
}

/* The week form: greedy marginal analysis from the current roster (it only adds), checked by
 * simulation after every round. */
static int search_week(struct search *z, struct lv_staff_plan *p)
{
    int max_it = z->o->max_iterations > 0 ? z->o->max_iterations : LV_STAFF_DEFAULT_ITERATIONS;
    while (p->iterations < max_it) {
        struct lv_results r;
        if (simulate(z, z->e, z->count, &r) != 0)
            return -1;
        p->iterations++;
        read_shares(z, &r);
        bool ok = true;
        for (int c = 0; c < z->sites; c++) { /* each centre short of the target adds within its own week */
            if (week_meets(z, &r, c))
                continue;
            ok = false;
            double week = centre_week(z, &r, c, LV_M_WITHIN_TARGET).mean;
            double gap = z->s->target_share - (isfinite(week) ? week : 0);
            /* short of the abandon cap: ask as many calls more within target as hang up too many
             * (a call that no longer hangs up is mostly answered, and soon) */
            double over = z->o->max_abandon < 1 ? centre_week(z, &r, c, LV_M_ABANDONED).mean - z->o->max_abandon : 0;
            add_within(z, p, c * z->n, (c + 1) * z->n, isfinite(over) && over > gap ? over : gap);
        }
        lv_results_fini(&r);
        if (ok) {
            p->converged = true;
            return 0;
        }
    }
    return 0;
}

/* For each weekday (0 = Monday), the share of the simulated days (every replication's reported
 * days) whose share answered within target meets the target; NaN for a weekday without days. */
static void day_chances(const struct search *z, const struct lv_results *r, double chance[7])
{
    struct lv_layout l;
    lv_layout_init(&l, z->s, r->interval_count, r->day_count);
    int met[7] = {0}, days[7] = {0};
    struct lv_day_value v[64]; /* the days of each replication from the results' day store, 64 at a time */
    for (int k = 0; k < r->replications; k++)
        for (int d0 = 0; d0 < l.day_count; d0 += 64) {
            int n = l.day_count - d0 < 64 ? l.day_count - d0 : 64;
            if (lv_day_store_read(&r->days, k, d0, n, v) != 0)
                break; /* a read error: those days are left out */
            for (int d = d0; d < d0 + n; d++) {
                double y = v[d - d0].num[LV_D_WITHIN_TARGET], x = v[d - d0].den[LV_D_WITHIN_TARGET];
                if (!(x > 0) || !isfinite(y))
                    continue;
                int w = lv_weekday(z->s->start_day + l.first_day + d);
                days[w]++;
                met[w] += y / x >= z->s->target_share;
            }
        }
    for (int w = 0; w < 7; w++)
        chance[w] = days[w] ? (double)met[w] / days[w] : NAN;
}

/* The day's share of calls within target by the intervals' last simulated shares. */
static double day_share(const struct search *z, int day)
{
    double calls = 0, within = 0;
    for (int i = day * z->per_day; i < (day + 1) * z->per_day; i++) {
        calls += z->per_hour[i];
        within += z->per_hour[i] * z->share[i];
    }
    return calls > 0 ? within / calls : 1;
}

/* Adds to every weekday whose chance of meeting the target is below the probability asked: enough
 * to bring its mean share to the target if it is below, and a point more, since a day's share
 * varies around its mean and the mean must clear the target by a margin. */
static bool add_to_short_days(struct search *z, const struct lv_staff_plan *p, const double chance[7])
{
    bool any = false;
    for (int w = 0; w < 7; w++) {
        if (!isfinite(chance[w]) || chance[w] >= p->probability)
            continue;
        double below = z->s->target_share - day_share(z, w);
        add_within(z, p, w * z->per_day, (w + 1) * z->per_day, (below > 0 ? below : 0) + 0.01);
        any = true;
    }
    return any;
}

/* The day form: from the current roster, adding where days fall short, checked by simulation. */
static int search_days(struct search *z, struct lv_staff_plan *p)
{
    int max_it = z->o->max_iterations > 0 ? z->o->max_iterations : LV_STAFF_DEFAULT_ITERATIONS;
    while (p->iterations < max_it) {
        struct lv_results r;
        if (simulate(z, z->e, z->count, &r) != 0)
            return -1;
        p->iterations++;
        double chance[7];
        day_chances(z, &r, chance);
        read_shares(z, &r);
        lv_results_fini(&r);
        if (!add_to_short_days(z, p, chance)) {
            p->converged = true;
            return 0;
        }
    }
    return 0;
}

/* The figures of the plan on fresh seeds; an interval (or the week) significantly below the
 * target gets one more operator and the check is repeated. */
static int verify(struct search *z, struct lv_staff_plan *p)
{
    struct lv_run_options ro = {.replications = z->o->replications, .seed = p->verify_seed, .jobs = z->o->jobs,
                                .error = z->why, .error_size = z->why_size, .lang = z->o->lang,
                                .cancel = z->o->cancel};
    struct lv_evaluator *e = lv_evaluator_alloc(z->s, &ro);
    if (!e)
        return -1;
    int rc = 0;
    for (int round = 0;; round++) {
        struct lv_results r;
        if ((rc = simulate(z, e, z->shift ? NULL : z->count, &r)) != 0)
            break;
        double target = z->s->target_share;
        p->failing = p->undecided = 0;
        for (int i = 0; i < z->total; i++) {
            struct lv_staff_interval *iv = &p->intervals[i];
            iv->within = centre_estimate(z, &r, i, LV_I_WITHIN_TARGET);
            iv->abandoned = centre_estimate(z, &r, i, LV_I_ABANDONED);
            iv->calls_per_week = centre_estimate(z, &r, i, LV_I_CALLS_OFFERED).mean;
            double hw = isfinite(iv->within.half_width) ? iv->within.half_width : 0;
            double ahw = isfinite(iv->abandoned.half_width) ? iv->abandoned.half_width : 0;
            iv->meets = !isfinite(iv->within.mean) ||
                        (iv->within.mean + hw >= target &&
                         (z->o->max_abandon >= 1 || iv->abandoned.mean - ahw <= z->o->max_abandon));
            p->failing += !iv->meets;
            p->undecided += iv->meets && isfinite(iv->within.mean) && iv->within.mean - hw < target;
        }
        day_chances(z, &r, p->day_chance);
        p->plan_week = estimate_at(z, &r, LV_M_WITHIN_TARGET);
        p->plan_abandoned = estimate_at(z, &r, LV_M_ABANDONED);
        read_shares(z, &r);
        /* the week's share is estimated tightly (every call of the week), so its point estimate
         * must meet the target on fresh seeds too, in every centre; a centre short of it adds
         * within its week as much as the point estimate and its interval ask */
        bool week_fails = false;
        for (int c = 0; p->form == LV_STAFF_FORM_WEEK && c < z->sites; c++) {
            if (week_meets(z, &r, c))
                continue;
            week_fails = true;
            struct lv_estimate w = centre_week(z, &r, c, LV_M_WITHIN_TARGET);
            if (round < LV_STAFF_MAX_REPAIRS)
                add_within(z, p, c * z->n, (c + 1) * z->n,
                           target + (isfinite(w.half_width) ? w.half_width : 0) - (isfinite(w.mean) ? w.mean : 0));
        }
        lv_results_fini(&r);
        bool days_fail = false;
        for (int w = 0; w < 7; w++)
            days_fail |= isfinite(p->day_chance[w]) && p->day_chance[w] < p->probability;
        bool repair = p->form == LV_STAFF_FORM_WEEK ? week_fails
                      : p->form == LV_STAFF_FORM_DAY ? days_fail
                                                     : p->failing > 0;
        if (!repair || round == LV_STAFF_MAX_REPAIRS)
            break;
        p->repairs++;
        if (p->form == LV_STAFF_FORM_DAY)
            add_to_short_days(z, p, p->day_chance);
        else if (p->form == LV_STAFF_FORM_WEEK)
            ; /* added above, centre by centre */
        else if (z->shift) /* the plan has coverage[i] there already: ask one more than that */
            for (int i = 0; i < z->total; i++) {
                int covered = z->shift[i / z->n].coverage[i % z->n];
                if (!p->intervals[i].meets)
                    z->need[i] = (covered > z->need[i] ? covered : z->need[i]) + 1;
            }
        else
            for (int i = 0; i < z->total; i++)
                if (!p->intervals[i].meets)
                    z->count[i]++;
    }
    lv_evaluator_free(e);
    return rc;
}

/* Hours in a week (Monday..Sunday) of a schedule's operators, floor or shared nurses. */
enum role { OPERATORS, FLOOR, SHARED };
static double week_hours(const struct lv_schedule *sch, enum role role)
{
    double minutes = 0;
    for (int d = 0; d < 7; d++)
        for (int b = 0; b < sch->band_count[d]; b++) {
            const struct lv_band *band = &sch->bands[d][b];
            int n = role == OPERATORS ? band->count : role == FLOOR ? band->floor : band->shared;
            minutes += (double)n * (band->to_min - band->from_min);
        }
    return minutes / 60;
}

static int plan_alloc(struct search *z, struct lv_staff_plan *p)
{
    int n = z->total;
    p->intervals = calloc((size_t)n, sizeof *p->intervals);
    z->count = calloc((size_t)n, sizeof *z->count);
    z->lo = calloc((size_t)n, sizeof *z->lo);
    z->locked = calloc((size_t)n, sizeof *z->locked);
    z->lowered = calloc((size_t)n, sizeof *z->lowered);
    z->blame = calloc((size_t)n, sizeof *z->blame);
    z->per_hour = calloc((size_t)n, sizeof *z->per_hour);
    z->share = calloc((size_t)n, sizeof *z->share);
    z->y = calloc((size_t)z->o->replications, sizeof *z->y);
    z->x = calloc((size_t)z->o->replications, sizeof *z->x);
    if (!p->intervals || !z->count || !z->lo || !z->locked || !z->lowered || !z->blame || !z->per_hour || !z->share || !z->y || !z->x ||
        lv_estimator_init(&z->est, z->o->replications, 0.95) != 0) {
        say(z->why, z->why_size, z->o->lang, LV_MSG_E_OUT_OF_MEMORY, 0, NULL);
        return -1;
    }
    return 0;
}

static void search_fini(struct search *z)
{
    free(z->count);
    free(z->lo);
    free(z->locked);
    free(z->lowered);
    free(z->blame);
    free(z->per_hour);
    free(z->share);
    free(z->y);
    free(z->x);
    free(z->need);
    lv_estimator_fini(&z->est);
    lv_evaluator_free(z->e);
}

/* The current roster per interval (the most on duty in it) and its figures from a run. */
static int read_current(struct search *z, struct lv_staff_plan *p)
{
    for (int i = 0; i < z->total; i++) {
        int day = i % z->n / z->per_day, from = (i % z->per_day) * z->len_min;
        struct lv_staff_interval *iv = &p->intervals[i];
        for (int m = from; m < from + z->len_min; m++) {
            const struct lv_band *b = band_at(&z->bases[i / z->n], day, m);
            if (b) {
                iv->current = b->count > iv->current ? b->count : iv->current;
                iv->shared = b->shared > iv->shared ? b->shared : iv->shared;
                iv->floor = b->floor > iv->floor ? b->floor : iv->floor;
            }
        }
    }
    struct lv_results r;
    int ran = lv_evaluator_run(z->e, &r);
    if (ran == LV_TOO_LARGE) { /* too many replications: the input's fault, said as the run says it */
        snprintf(z->why, z->why_size, "%s", lv_evaluator_error(z->e));
        return -2;
    }
    if (ran != LV_OK) {
        say(z->why, z->why_size, z->o->lang, LV_MSG_STF_E_RUN, 1, (const char *const[]){lv_evaluator_error(z->e)});
        return -1;
    }
    lv_layout_init(&z->layout, z->s, r.interval_count, r.day_count);
    for (int i = 0; i < z->total; i++) {
        p->intervals[i].current_within = centre_estimate(z, &r, i, LV_I_WITHIN_TARGET);
        double per_week = centre_estimate(z, &r, i, LV_I_CALLS_OFFERED).mean;
        z->per_hour[i] = isfinite(per_week) && per_week > 0 ? per_week / (z->len_min / 60.0) : 0;
    }
    day_chances(z, &r, p->current_day_chance);
    p->current_week = estimate_at(z, &r, LV_M_WITHIN_TARGET);
    p->current_abandoned = estimate_at(z, &r, LV_M_ABANDONED);
    lv_results_fini(&r);
    return 0;
}

int lv_staff_plan(const struct lv_scenario *s, const struct lv_staff_options *o, struct lv_staff_plan *out,
                  char *why, size_t why_size)
{
    memset(out, 0, sizeof *out);
    /* several centres: each centre's own callers' share per interval must meet the target, all
     * centres searched in the same runs (their routing, pools and overflow, included) */
    if (s->centre_count > 1 && o->form == LV_STAFF_FORM_DAY) {
        say(why, why_size, o->lang, LV_MSG_STF_E_CENTRES, 1, (const char *const[]){lv_msg_int(s->centre_count).s});
        return -2;
    }
    if (o->replications < 2 || o->jobs < 1 || !(o->max_abandon > 0 && o->max_abandon <= 1) ||
        (o->form == LV_STAFF_FORM_DAY && !(o->probability > 0 && o->probability < 1))) {
        say(why, why_size, o->lang, LV_MSG_STF_E_OPTIONS, 0, NULL);
        return -1;
    }
    double len_min = s->interval_s / 60;
    if (len_min != floor(len_min) || len_min < 1) {
        say(why, why_size, o->lang, LV_MSG_STF_E_INTERVAL, 0, NULL);
        return -1;
    }
    int operator_patterns = 0;
    for (int k = 0; k < s->shifts.pattern_count; k++)
        operator_patterns += s->shifts.patterns[k].role == LV_SHIFT_OPERATOR;
    out->shared_patterns_ignored = s->shifts.pattern_count - operator_patterns;
    if (s->shifts.pattern_count > 0 && (o->form != LV_STAFF_FORM_INTERVAL || operator_patterns == 0)) {
        say(why, why_size, o->lang, operator_patterns ? LV_MSG_STF_E_SHIFTS_FORM : LV_MSG_STF_E_SHIFTS_ROLE, 0, NULL);
        return -2;
    }
    struct search z = {.s = s, .o = o, .why = why, .why_size = why_size, .len_min = (int)len_min};
    z.per_day = 1440 / z.len_min;
    z.n = 7 * z.per_day;
    z.sites = s->centre_count > 1 ? s->centre_count : 1;
    z.total = z.sites * z.n;
    z.handling_s = handling_of(s);
    z.patience_s = lv_dist_mean(&s->patience);
    if (!isfinite(z.patience_s) || z.patience_s < 0)
        z.patience_s = 0;
    out->interval_count = z.n;
    out->centre_count = z.sites;
    out->interval_s = s->interval_s;
    out->form = o->form;
    out->max_abandon = o->max_abandon;
    out->probability = o->probability;
    out->target_share = s->target_share;
    out->target_within_s = s->target_within_s;
    out->seed = o->seed;
    out->verify_seed = o->seed + LV_STAFF_VERIFY_SEED_STEP;
    out->replications = o->replications;
    int rc = -1;
    struct lv_schedule *bases = malloc((size_t)z.sites * sizeof *bases);
    out->centres = calloc((size_t)z.sites, sizeof *out->centres);
    if (!bases || !out->centres) {
        say(why, why_size, o->lang, LV_MSG_E_OUT_OF_MEMORY, 0, NULL);
        goto done;
    }
    for (int c = 0; c < z.sites; c++)
        bases[c] = s->sites[c].operators;
    z.bases = bases;
    if (plan_alloc(&z, out) != 0)
        goto done;
    if (operator_patterns > 0) {
        out->shifts = z.shift = calloc((size_t)z.sites, sizeof *z.shift);
        z.need = calloc((size_t)z.total, sizeof *z.need);
        if (!z.shift || !z.need) {
            say(why, why_size, o->lang, LV_MSG_E_OUT_OF_MEMORY, 0, NULL);
            goto done;
        }
    }
    struct lv_run_options ro = {.replications = o->replications, .seed = o->seed, .jobs = o->jobs,
                                .error = why, .error_size = why_size, .lang = o->lang, .cancel = o->cancel};
    z.e = lv_evaluator_alloc(s, &ro);
    int current = z.e ? read_current(&z, out) : -1;
    if (current != 0) {
        rc = current == -2 ? -2 : rc;
        goto done;
    }
    for (int c = 0; c < z.sites; c++) {
        out->centres[c].current_hours = week_hours(&bases[c], OPERATORS);
        out->current_hours += out->centres[c].current_hours;
        out->floor_hours += week_hours(&bases[c], FLOOR);
        out->shared_hours += week_hours(&bases[c], SHARED);
    }
    /* Erlang A per centre from its own offered calls */
    struct lv_erlang_target goal = {s->target_share, o->max_abandon};
    for (int i = 0; i < z.total; i++) {
        struct lv_staff_interval *iv = &out->intervals[i];
        z.lo[i] = o->from_current ? iv->current : 0;
        int staff = 0;
        struct lv_erlang_result res;
        struct lv_erlang_system sys = {z.per_hour[i], z.handling_s, z.patience_s, s->target_within_s, 1};
        if (z.per_hour[i] > 0 && lv_erlang_staff_for(&sys, &goal, &staff, &res) != LV_ERLANG_OK)
            staff = (int)ceil(z.per_hour[i] * z.handling_s / 3600) + 1; /* beyond Erlang's reach: a start */
        iv->erlang = staff;
        int start = o->form != LV_STAFF_FORM_INTERVAL ? iv->current : staff - iv->shared;
        z.count[i] = start > z.lo[i] ? start : z.lo[i];
    }
    int searched = o->form == LV_STAFF_FORM_WEEK  ? search_week(&z, out)
                   : o->form == LV_STAFF_FORM_DAY ? search_days(&z, out)
                                                  : search_intervals(&z, out);
    if (searched != 0)
        goto done;
    lv_evaluator_free(z.e); /* the check has its own, on fresh seeds */
    z.e = NULL;
    if (z.shift)
        memcpy(z.need, z.count, (size_t)z.total * sizeof *z.need);
    int checked = verify(&z, out);
    if (checked != 0) {
        rc = checked;
        goto done;
    }
    for (int i = 0; i < z.total; i++) {
        out->intervals[i].required = z.count[i];
        out->intervals[i].planned = z.shift ? z.shift[i / z.n].coverage[i % z.n] : z.count[i];
        out->required_hours += z.count[i] * z.len_min / 60.0;
        out->centres[i / z.n].failing += !out->intervals[i].meets;
    }
    for (int c = 0; c < z.sites; c++) {
        struct lv_staff_centre *pc = &out->centres[c];
        int built = z.shift ? shift_schedule(&z, c, &pc->operators)
                            : make_schedule(&bases[c], z.count + (size_t)c * z.n, z.per_day, z.len_min, &pc->operators);
        if (built != 0) {
            if (!z.shift)
                say(why, why_size, o->lang, LV_MSG_STF_E_BANDS, 1, (const char *const[]){lv_msg_int(LV_MAX_BANDS).s});
            rc = built;
            goto done;
        }
        pc->plan_hours = week_hours(&pc->operators, OPERATORS);
        out->plan_hours += pc->plan_hours;
    }
    out->operators = out->centres[0].operators;
    out->surplus_hours = out->plan_hours - out->required_hours; /* overlaps at changeovers included */
    rc = 0;
done:
    free(bases);
    search_fini(&z);
    if (rc != 0)
        lv_staff_plan_fini(out);
    return rc;
}

int lv_staff_default_replications(const struct lv_scenario *s)
{
    double days = (s->horizon_s - s->warmup_s) / 86400.0;
    double want = days > 0 ? ceil(LV_STAFF_DEFAULT_DAYS / days - 1e-9) : 2;
    int r = want > 100000 ? 100000 : (int)want;
    if (r < s->replications)
        r = s->replications;
    return r < 2 ? 2 : r;
}

void lv_staff_plan_fini(struct lv_staff_plan *p)
{
    free(p->intervals);
    p->intervals = NULL;
    free(p->shifts);
    p->shifts = NULL;
    free(p->centres);
    p->centres = NULL;
}

/* Several centres: each list item's operators replaced by its centre's plan, after base[]. */
static char *centres_yaml(const char *path, const char *text, const char *name, const struct lv_override *base,
                          int base_count, const struct lv_scenario *s, const struct lv_staff_plan *p,
                          struct lv_diags *diags)
{
    int n = p->centre_count;
    struct lv_override *ov = calloc((size_t)(base_count + n), sizeof *ov);
    char **values = calloc((size_t)n, sizeof *values), **paths = calloc((size_t)n, sizeof *paths);
    char *yaml = NULL;
    bool ok = ov && values && paths;
    for (int b = 0; ok && b < base_count; b++)
        ov[b] = base[b];
    for (int c = 0; ok && c < n; c++) {
        values[c] = lv_schedule_render(&p->centres[c].operators, true, "");
        paths[c] = malloc(48);
        ok = values[c] && paths[c];
        if (ok) {
            snprintf(paths[c], 48, "centres[%d].operators", c); /* syntax, not a message */
            ov[base_count + c] =
                (struct lv_override){.path = paths[c], .value = values[c], .text = paths[c], .label = s->sites[c].name};
        }
    }
    if (ok)
        yaml = lv_scenario_render(path, text, name, ov, base_count + n, diags);
    for (int c = 0; values && paths && c < n; c++) {
        free(values[c]);
        free(paths[c]);
    }
    free(values);
    free(paths);
    free(ov);
    return yaml;
}

char *lv_staff_scenario_yaml(const char *path, const char *text, const char *name, const struct lv_override *base,
                             int base_count, const struct lv_scenario *s, const struct lv_staff_plan *p,
                             struct lv_diags *diags)
{
    /* the band list as the loader reads it (a YAML block sequence, bands equal on several days
     * written once), given as the override's value */
    if (p->centre_count > 1)
        return centres_yaml(path, text, name, base, base_count, s, p, diags);
    char *value = lv_schedule_render(&p->operators, true, "");
    struct lv_override *ov = calloc((size_t)base_count + 1, sizeof *ov);
    if (!value || !ov) {
        free(value);
        free(ov);
        return NULL;
    }
    for (int b = 0; b < base_count; b++)
        ov[b] = base[b];
    /* a single centre is written either as 'centre' or as a list 'centres' of one */
    char *yaml = NULL;
    const char *paths[2] = {"centre.operators", "centres[0].operators"};
    for (int k = 0; k < 2 && !yaml; k++) {
        struct lv_diags scratch;
        lv_diags_init(&scratch);
        scratch.lang = diags->lang;
        ov[base_count] = (struct lv_override){.path = paths[k], .value = value, .text = paths[k], .label = s->sites[0].name};
        yaml = lv_scenario_render(path, text, name, ov, base_count + 1, k == 1 ? diags : &scratch);
        lv_diags_fini(&scratch);
    }
    free(value);
    free(ov);
    return yaml;
}
