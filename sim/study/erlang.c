/* erlang.c — Erlang C and Erlang A in closed and exact form (docs/erlang.md). Everything runs in
 * log space: the Erlang B recursion as log(1/B), the waiting states' weights relative to the
 * state "all c busy, nobody waiting" rescaled as they grow, so that c in the thousands and loads
 * of hundreds of erlang neither overflow nor underflow. */
#include "lvsim/erlang.h"

#include <math.h>

/* log(1/B(c, a)), B the Erlang B (loss) probability, by the stable recursion
 * 1/B(k) = 1 + (k/a)·1/B(k−1), 1/B(0) = 1, taken in logs. */
static double log_inverse_erlang_b(int c, double a)
{
    double l = 0;
    for (int k = 1; k <= c; k++) {
        double step = l + log(k / a); /* log((k/a)·1/B(k−1)) */
        l = step > 0 ? step + log1p(exp(-step)) : log1p(exp(step));
    }
    return l;
}

static bool valid(const struct lv_erlang_system *s)
{
    return isfinite(s->calls_per_hour) && s->calls_per_hour > 0 && isfinite(s->handling_s) && s->handling_s > 0 &&
           isfinite(s->patience_s) && s->patience_s >= 0 && isfinite(s->within_s) && s->within_s >= 0 &&
           s->staff >= 1 && s->staff <= LV_ERLANG_MAX_STAFF;
}

/* M/M/c: C = 1 / ((1−ρ)/B + ρ); the wait of a delayed call is exponential with rate cμ − λ. */
static enum lv_erlang_status erlang_c(const struct lv_erlang_system *s, struct lv_erlang_result *r)
{
    double lambda = s->calls_per_hour / 3600, a = lambda * s->handling_s, c = s->staff;
    double rho = a / c, drain = c / s->handling_s - lambda; /* cμ − λ */
    if (!(rho < 1))
        return LV_ERLANG_UNSTABLE;
    double inv_b = exp(log_inverse_erlang_b(s->staff, a)); /* may be +inf: then C = 0 */
    double pw = 1 / ((1 - rho) * inv_b + rho);
    *r = (struct lv_erlang_result){
        .load_erlang = a,
        .answered_within = 1 - pw * exp(-drain * s->within_s),
        .p_wait = pw,
        .p_abandon = 0,
        .asa_s = pw / drain,
        .mean_wait_s = pw / drain,
        .mean_queue = pw * rho / (1 - rho),
        .occupancy = rho,
        .states = 0,
    };
    return LV_ERLANG_OK;
}

/* Running sums of weights e^(log w − scale)·f; rescaled when a larger weight arrives. */
struct sums {
    double scale; /* log of the unit the sums are in */
    double total, waiting, abandoned, within, answered_wait, queue_time, queue_length;
};

static void rescale(struct sums *s, double log_w)
{
    if (log_w <= s->scale)
        return;
    double f = exp(s->scale - log_w);
    s->total *= f;
    s->waiting *= f;
    s->abandoned *= f;
    s->within *= f;
    s->answered_wait *= f;
    s->queue_time *= f;
    s->queue_length *= f;
    s->scale = log_w;
}

/* log(e^x + e^y) */
static double log_add(double x, double y)
{
    if (x == -INFINITY)
        return y;
    if (y == -INFINITY)
        return x;
    return x > y ? x + log1p(exp(y - x)) : y + log1p(exp(x - y));
}

/* M/M/c+M. State c+k (k waiting) has weight w_k = Π_{j=1..k} λ/(cμ + jθ) relative to state c; the
 * states below c weigh 1/B − 1 together. An arrival finding k waiting stands at position k+1: at
 * position i it moves up at rate cμ + (i−1)θ (a service ends or one ahead abandons) and abandons
 * at rate θ, so it is answered with probability cμ/(cμ + (k+1)θ), after a wait that is the sum of
 * independent Exp(cμ + iθ), i = 1..k+1 (the time of a competing-risks step does not depend on its
 * outcome). That sum exceeds τ with probability I_x(cμ/θ + 1, k+1), x = e^(−θτ) (the regularised
 * incomplete beta function), which is the negative binomial's P(N ≤ k): a sum of positive terms,
 * one more per state. */
static enum lv_erlang_status erlang_a(const struct lv_erlang_system *s, struct lv_erlang_result *r)
{
    double lambda = s->calls_per_hour / 3600, a = lambda * s->handling_s, theta = 1 / s->patience_s;
    double cmu = s->staff / s->handling_s, tau = s->within_s;
    /* The weights peak where the abandonment rate has caught up with the overload. */
    if ((lambda - cmu) / theta > LV_ERLANG_MAX_STATES)
        return LV_ERLANG_TOO_LARGE;
    double log_inv_b = log_inverse_erlang_b(s->staff, a);
    /* log(1/B − 1): the states below c; B = 1 (log 0) only if c = 0, which valid() excludes. */
    double log_below = log_inv_b + log(-expm1(-log_inv_b));

    struct sums sum = {.scale = log_below, .total = 1};
    /* The negative binomial's terms: log t_m, t_0 = x^(cμ/θ + 1), and log of their running sum. */
    double nb_a = cmu / theta + 1, log_one_minus_x = log(-expm1(-theta * tau));
    double log_term = -(cmu + theta) * tau, log_exceed = -INFINITY;
    double log_w = 0, harmonic = 0; /* log w_k; Σ_{i=1..k+1} 1/(cμ + iθ) */
    long k = 0;
    for (;; k++) {
        if (k > 0)
            log_w += log(lambda / (cmu + k * theta));
        rescale(&sum, log_w);
        double w = exp(log_w - sum.scale);
        double out = cmu + (k + 1) * theta; /* the tagged call's total rate at position k+1 */
        double answered = cmu / out;
        harmonic += 1 / out;
        if (k > 0)
            log_term += log((nb_a + k - 1) / k) + log_one_minus_x;
        log_exceed = log_add(log_exceed, log_term);
        double within = tau > 0 ? answered * fmax(0, -expm1(log_exceed)) : 0;

        sum.total += w;
        sum.waiting += w;
        sum.abandoned += w * (1 - answered);
        sum.within += w * within;
        sum.answered_wait += w * answered * harmonic;
        sum.queue_time += w * (k + 1) / out;
        sum.queue_length += w * k;

        /* Past the mode the weights fall at least geometrically with ratio q, so what is left
         * weighs at most w·q/(1−q) and adds at most w·(k+1)·q/(1−q)² to the queue length. */
        double q = lambda / (cmu + (k + 1) * theta);
        if (q < 1 && w * (k + 1) * q / ((1 - q) * (1 - q)) <= 1e-16 * sum.total)
            break;
        if (k + 1 >= LV_ERLANG_MAX_STATES)
            return LV_ERLANG_TOO_LARGE;
    }
    double below = exp(log_below - sum.scale); /* answered at once */
    double p_abandon = sum.abandoned / sum.total;
    *r = (struct lv_erlang_result){
        .load_erlang = a,
        .answered_within = (below + sum.within) / sum.total,
        .p_wait = sum.waiting / sum.total,
        .p_abandon = p_abandon,
        .asa_s = sum.answered_wait / sum.total / (1 - p_abandon),
        .mean_wait_s = sum.queue_time / sum.total,
        .mean_queue = sum.queue_length / sum.total,
        .occupancy = lambda * (1 - p_abandon) * s->handling_s / s->staff,
        .states = k + 1,
    };
    return LV_ERLANG_OK;
}

enum lv_erlang_status lv_erlang_compute(const struct lv_erlang_system *sys, struct lv_erlang_result *out)
{
    if (!valid(sys))
        return LV_ERLANG_BAD_INPUT;
    return sys->patience_s > 0 ? erlang_a(sys, out) : erlang_c(sys, out);
}

bool lv_erlang_meets(const struct lv_erlang_result *r, const struct lv_erlang_target *t)
{
    return r->answered_within >= t->min_answered_within && (t->max_abandon >= 1 || r->p_abandon <= t->max_abandon);
}

/* Whether c staff meet t. An unstable Erlang C system does not, nor does an Erlang A system whose
 * queue outgrows LV_ERLANG_MAX_STATES: that needs an overload that answers next to nobody in time. */
static enum lv_erlang_status try_staff(const struct lv_erlang_system *sys, const struct lv_erlang_target *t, int c,
                                       struct lv_erlang_result *r, bool *meets)
{
    struct lv_erlang_system s = *sys;
    s.staff = c;
    enum lv_erlang_status st = lv_erlang_compute(&s, r);
    if (st == LV_ERLANG_UNSTABLE || st == LV_ERLANG_TOO_LARGE) {
        *meets = false;
        return LV_ERLANG_OK;
    }
    *meets = st == LV_ERLANG_OK && lv_erlang_meets(r, t);
    return st;
}

enum lv_erlang_status lv_erlang_staff_for(const struct lv_erlang_system *sys, const struct lv_erlang_target *t,
                                          int *staff, struct lv_erlang_result *out)
{
    struct lv_erlang_system probe = *sys;
    probe.staff = 1;
    if (!valid(&probe) || !(t->min_answered_within > 0 && t->min_answered_within < 1) ||
        !(t->max_abandon > 0 && t->max_abandon <= 1))
        return LV_ERLANG_BAD_INPUT;
    /* At most c/a of the calls can be answered, so fewer than target·a staff never meet it:
     * lo fails (or is 0), hi is found by doubling. */
    double a = sys->calls_per_hour / 3600 * sys->handling_s;
    double floor_lo = floor(t->min_answered_within * a);
    int lo = floor_lo >= LV_ERLANG_MAX_STAFF ? LV_ERLANG_MAX_STAFF : (int)floor_lo, hi;
    if (lo > 0)
        lo--; /* c < target·a strictly fails; keep lo a known failure */
    struct lv_erlang_result r;
    bool meets = false;
    for (hi = lo > 0 ? 2 * lo : 1;; hi = hi * 2 > LV_ERLANG_MAX_STAFF ? LV_ERLANG_MAX_STAFF : hi * 2) {
        if (hi > LV_ERLANG_MAX_STAFF)
            hi = LV_ERLANG_MAX_STAFF;
        enum lv_erlang_status st = try_staff(sys, t, hi, &r, &meets);
        if (st != LV_ERLANG_OK)
            return st;
        if (meets)
            break;
        if (hi == LV_ERLANG_MAX_STAFF)
            return LV_ERLANG_UNREACHABLE;
        lo = hi;
    }
    *out = r;
    while (hi - lo > 1) {
        int mid = lo + (hi - lo) / 2;
        enum lv_erlang_status st = try_staff(sys, t, mid, &r, &meets);
        if (st != LV_ERLANG_OK)
            return st;
        if (meets) {
            hi = mid;
            *out = r;
        } else
            lo = mid;
    }
    *staff = hi;
    return LV_ERLANG_OK;
}
