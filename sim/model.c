/* model.c — the phone queue of one legevaktsentral, simulated event by event.
 * Operators are interchangeable, so the state is a handful of counts (on duty, busy, scheduled)
 * plus a two-lane FIFO of waiting calls held in a recycled call pool. First attempts follow a
 * non-homogeneous Poisson process generated exactly by inverting its piecewise-constant
 * cumulative rate; redials re-enter as new attempts. Statistics stream into lv_rep_result. */
#include "lvsim/model.h"
#include "lvsim/calendar.h"
#include "lvsim/rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define WEEK_S (7 * 86400.0)
#define TEN_MINUTES_S 600.0
#define NO_CALL UINT32_MAX
#define DRAIN_LIMIT_S (365 * 86400.0) /* after the horizon, stop waiting for stragglers */

/* Event kinds; the value is also the tie-break priority at equal times: operators are freed
 * and staffing changes before anybody new is queued, so equal-time ties are deterministic. */
enum event_kind { EV_SERVICE_END, EV_STAFF, EV_ABANDON, EV_QUEUE, EV_REDIAL, EV_ARRIVAL };

enum call_flags {
    CALL_REDIAL = 1,         /* this attempt is a redial */
    CALL_COUNTED = 2,        /* entered the queue inside the measured window */
    CALL_EPISODE_COUNTED = 4 /* the episode's first attempt entered inside the window */
};

struct call {
    double episode_start; /* first attempt's queue entry */
    double queue_entry;
    double patience;
    double service; /* talk + after-call work */
    uint32_t prev, next;
    lv_event_id abandon;
    uint16_t type;
    uint8_t lane; /* 0 = priority lane, 1 = ordinary */
    uint8_t flags;
    int32_t interval, day;
};

struct lv_model {
    const struct lv_scenario *s;
    double horizon, warmup, interval_s, week_offset_s;
    int interval_count, day_count;
    double base_daily; /* PROFILED: expected first attempts on a plain weekday at season 1 */
    double type_cumulative[LV_MAX_CALL_TYPES];
    const struct lv_dist *patience[LV_MAX_CALL_TYPES];
};

struct lv_replication {
    const struct lv_model *m;
    const struct lv_scenario *s;
    struct lv_calendar cal;
    gsl_rng *rng[LV_STREAM_COUNT];
    struct lv_rep_result *out;

    struct call *calls;
    uint32_t call_capacity, *free_calls, free_count, alive;
    uint32_t head[2], tail[2], queue_len;
    int target, present, busy;

    /* Time-weighted statistics: the next instant at which the accumulating interval changes. */
    double last, next_stop;
    long boundary_index;
    int cur_interval;

    /* Arrival process: the current piece of the piecewise-constant rate, and the next first
     * attempt. That one time is kept beside the calendar rather than in it: it is merged with
     * the calendar's head in the event loop, which saves a heap push and pop per call. */
    double seg_end, rate, day_mult;
    double next_arrival;
    long seg_day;
    int seg_hour;
};

/* ---- model ---- */

static double day_weight(const struct lv_scenario *s, long day)
{
    int y, mo, d;
    lv_civil_from_days(day, &y, &mo, &d);
    int type = lv_scenario_day_type(s, day);
    return (type >= 5 ? s->demand.weekend_factor : 1.0) * s->demand.season[mo - 1];
}

struct lv_model *lv_model_alloc(const struct lv_scenario *s)
{
    struct lv_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->s = s;
    m->horizon = s->horizon_s;
    m->warmup = s->warmup_s;
    m->interval_s = s->interval_s;
    m->interval_count = (int)(WEEK_S / s->interval_s);
    m->day_count = (int)ceil(s->horizon_s / 86400);
    m->week_offset_s = lv_weekday(s->start_day) * 86400.0;
    if (s->demand.mode == LV_DEMAND_PROFILED) {
        double sum = 0;
        for (long d = 0; d < 365; d++)
            sum += day_weight(s, s->start_day + d);
        m->base_daily = s->demand.calls_per_year / sum;
    }
    double cum = 0;
    for (int i = 0; i < s->type_count; i++) {
        cum += s->types[i].share;
        m->type_cumulative[i] = cum;
        m->patience[i] = s->types[i].own_patience ? &s->types[i].patience : &s->patience;
    }
    if (s->type_count > 0)
        m->type_cumulative[s->type_count - 1] = 1.0; /* rounding must not leave a gap */
    return m;
}

void lv_model_free(struct lv_model *m) { free(m); }
int lv_model_interval_count(const struct lv_model *m) { return m->interval_count; }
int lv_model_day_count(const struct lv_model *m) { return m->day_count; }

double lv_model_expected_calls(const struct lv_model *m, int day)
{
    const struct lv_scenario *s = m->s;
    if (s->demand.mode == LV_DEMAND_CONSTANT)
        return s->demand.calls_per_hour * 24 * s->demand.growth;
    return m->base_daily * day_weight(s, s->start_day + day) * s->demand.growth;
}

/* ---- replication state ---- */

struct lv_replication *lv_replication_alloc(const struct lv_model *m)
{
    struct lv_replication *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->m = m;
    r->s = m->s;
    r->call_capacity = 1024;
    r->calls = malloc(r->call_capacity * sizeof *r->calls);
    r->free_calls = malloc(r->call_capacity * sizeof *r->free_calls);
    if (!r->calls || !r->free_calls || lv_calendar_init(&r->cal, 1024) != 0) {
        lv_replication_free(r);
        return NULL;
    }
    return r;
}

void lv_replication_free(struct lv_replication *r)
{
    if (!r)
        return;
    lv_calendar_fini(&r->cal);
    for (int i = 0; i < LV_STREAM_COUNT; i++)
        if (r->rng[i])
            gsl_rng_free(r->rng[i]);
    free(r->calls);
    free(r->free_calls);
    free(r);
}

static int grow_calls(struct lv_replication *r)
{
    uint32_t cap = r->call_capacity * 2;
    struct call *calls = realloc(r->calls, cap * sizeof *calls);
    if (!calls)
        return -1;
    r->calls = calls;
    uint32_t *free_calls = realloc(r->free_calls, cap * sizeof *free_calls);
    if (!free_calls)
        return -1;
    r->free_calls = free_calls;
    for (uint32_t i = cap; i > r->call_capacity; i--)
        r->free_calls[r->free_count++] = i - 1;
    r->call_capacity = cap;
    return 0;
}

static uint32_t new_call(struct lv_replication *r)
{
    if (r->free_count == 0 && grow_calls(r) != 0)
        return NO_CALL;
    r->alive++;
    return r->free_calls[--r->free_count];
}

static void free_call(struct lv_replication *r, uint32_t ci)
{
    r->alive--;
    r->free_calls[r->free_count++] = ci;
}

/* ---- time-weighted statistics ---- */

static int interval_of(const struct lv_model *m, double t)
{
    double week_time = fmod(t + m->week_offset_s, WEEK_S);
    int i = (int)(week_time / m->interval_s);
    return i < m->interval_count ? i : m->interval_count - 1;
}

static void set_next_stop(struct lv_replication *r)
{
    const struct lv_model *m = r->m;
    double stop = (double)r->boundary_index * m->interval_s;
    if (m->warmup > r->last && m->warmup < stop)
        stop = m->warmup;
    if (m->horizon > r->last && m->horizon < stop)
        stop = m->horizon;
    r->next_stop = stop;
}

/* Integrates busy, on-duty and queue levels from r->last up to t, split at interval edges. */
static void advance(struct lv_replication *r, double t)
{
    const struct lv_model *m = r->m;
    if (r->last >= m->horizon) {
        r->last = t;
        return;
    }
    while (r->last < t) {
        double end = t < r->next_stop ? t : r->next_stop;
        if (r->last >= m->warmup && r->last < m->horizon) {
            double dt = end - r->last;
            struct lv_interval_stats *iv = &r->out->intervals[r->cur_interval];
            iv->time_s += dt;
            iv->busy_area += dt * r->busy;
            iv->present_area += dt * r->present;
            iv->queue_area += dt * r->queue_len;
        }
        r->last = end;
        if (end >= r->next_stop) {
            if (end >= (double)r->boundary_index * m->interval_s) {
                r->boundary_index++;
                r->cur_interval = (r->cur_interval + 1) % m->interval_count;
            }
            if (end >= m->horizon) {
                r->last = t;
                return;
            }
            set_next_stop(r);
        }
    }
}

/* ---- arrivals ---- */

static void set_segment(struct lv_replication *r)
{
    const struct lv_scenario *s = r->s;
    const struct lv_model *m = r->m;
    if (s->demand.mode == LV_DEMAND_CONSTANT) {
        r->rate = s->demand.calls_per_hour / 3600 * s->demand.growth * r->day_mult;
        r->seg_end = s->demand.day_variation > 0 ? (double)(r->seg_day + 1) * 86400 : INFINITY;
        return;
    }
    int kind = lv_scenario_day_type(s, s->start_day + r->seg_day) >= 5 ? 1 : 0;
    double daily = lv_model_expected_calls(m, (int)r->seg_day) * r->day_mult;
    r->rate = daily * s->demand.profile[kind][r->seg_hour] / 3600;
    r->seg_end = (double)r->seg_day * 86400 + (r->seg_hour + 1) * 3600.0;
}

static void draw_day_multiplier(struct lv_replication *r)
{
    double cv = r->s->demand.day_variation;
    r->day_mult = cv > 0 ? gsl_ran_gamma(r->rng[LV_STREAM_DAY_FACTOR], 1 / (cv * cv), cv * cv) : 1.0;
}

static void next_segment(struct lv_replication *r)
{
    bool new_day;
    if (r->s->demand.mode == LV_DEMAND_CONSTANT) {
        r->seg_day++;
        new_day = true;
    } else {
        new_day = ++r->seg_hour == 24;
        if (new_day) {
            r->seg_hour = 0;
            r->seg_day++;
        }
    }
    if (new_day)
        draw_day_multiplier(r);
    set_segment(r);
}

/* Next first-attempt time after t: invert the cumulative rate from a unit exponential. */
static double next_arrival(struct lv_replication *r, double t)
{
    double need = gsl_ran_exponential(r->rng[LV_STREAM_ARRIVALS], 1.0);
    for (;;) {
        if (isinf(r->seg_end))
            return r->rate > 0 ? t + need / r->rate : INFINITY;
        double room = r->rate * (r->seg_end - t);
        if (need < room)
            return t + need / r->rate;
        need -= room;
        t = r->seg_end;
        if (t >= r->m->horizon)
            return INFINITY;
        next_segment(r);
    }
}

/* ---- the queue ---- */

static void enqueue(struct lv_replication *r, uint32_t ci)
{
    struct call *c = &r->calls[ci];
    int lane = c->lane;
    c->next = NO_CALL;
    c->prev = r->tail[lane];
    if (r->tail[lane] != NO_CALL)
        r->calls[r->tail[lane]].next = ci;
    else
        r->head[lane] = ci;
    r->tail[lane] = ci;
    r->queue_len++;
}

static void unlink_call(struct lv_replication *r, uint32_t ci)
{
    struct call *c = &r->calls[ci];
    int lane = c->lane;
    if (c->prev != NO_CALL)
        r->calls[c->prev].next = c->next;
    else
        r->head[lane] = c->next;
    if (c->next != NO_CALL)
        r->calls[c->next].prev = c->prev;
    else
        r->tail[lane] = c->prev;
    r->queue_len--;
}

static void finish_episode(struct lv_replication *r, const struct call *c, bool answered, double t)
{
    if (!(c->flags & CALL_EPISODE_COUNTED))
        return;
    struct lv_rep_result *o = r->out;
    o->episodes++;
    if (answered) {
        double d = t - c->episode_start;
        o->episodes_answered++;
        o->episode_time_sum += d;
        o->episodes_within_target += d <= r->s->target_within_s;
        lv_hist_add(&o->episode_hist, d);
    }
}

static int answer(struct lv_replication *r, uint32_t ci, double t)
{
    struct call *c = &r->calls[ci];
    if (c->flags & CALL_COUNTED) {
        double w = t - c->queue_entry;
        struct lv_interval_stats *iv = &r->out->intervals[c->interval];
        struct lv_day_stats *day = &r->out->days[c->day];
        bool within = w <= r->s->target_within_s;
        iv->answered++;
        iv->answer_time_sum += w;
        iv->queue_time_sum += w;
        iv->within_target += within;
        iv->within_10min += w <= TEN_MINUTES_S;
        lv_hist_add(&iv->answer_hist, w);
        day->answered++;
        day->within_target += within;
        day->within_10min += w <= TEN_MINUTES_S;
        day->answer_time_sum += w;
    }
    finish_episode(r, c, true, t);
    r->busy++;
    double done = t + c->service;
    free_call(r, ci);
    return lv_calendar_push(&r->cal, done, EV_SERVICE_END, EV_SERVICE_END, 0) == LV_EVENT_NONE ? -1 : 0;
}

/* Idle operators take waiting calls, priority lane first. */
static int dispatch(struct lv_replication *r, double t)
{
    while (r->busy < r->present && r->queue_len > 0) {
        uint32_t ci = r->head[0] != NO_CALL ? r->head[0] : r->head[1];
        unlink_call(r, ci);
        if (r->calls[ci].abandon != LV_EVENT_NONE)
            lv_calendar_cancel(&r->cal, r->calls[ci].abandon);
        if (answer(r, ci, t) != 0)
            return -1;
    }
    return 0;
}

static int enter_queue(struct lv_replication *r, uint32_t ci, double t)
{
    const struct lv_model *m = r->m;
    struct call *c = &r->calls[ci];
    const struct lv_call_type *ct = &r->s->types[c->type];
    c->queue_entry = t;
    c->patience = lv_dist_sample(m->patience[c->type], r->rng[LV_STREAM_PATIENCE]);
    c->service = lv_dist_sample(&ct->talk, r->rng[LV_STREAM_TALK]) +
                 lv_dist_sample(&ct->after_call, r->rng[LV_STREAM_AFTER_CALL]);
    c->abandon = LV_EVENT_NONE;
    bool in_window = t >= m->warmup && t < m->horizon;
    if (!(c->flags & CALL_REDIAL)) {
        c->episode_start = t;
        if (in_window)
            c->flags |= CALL_EPISODE_COUNTED;
    }
    r->out->attempts++;
    if (in_window) {
        c->flags |= CALL_COUNTED;
        c->interval = r->cur_interval; /* advance() has brought it to t */
        c->day = (int)(t / 86400);
        struct lv_interval_stats *iv = &r->out->intervals[c->interval];
        iv->offered++;
        iv->redials += (c->flags & CALL_REDIAL) != 0;
        r->out->days[c->day].offered++;
    } else {
        c->flags &= (uint8_t)~CALL_COUNTED;
    }
    if (r->busy < r->present && r->queue_len == 0)
        return answer(r, ci, t);
    enqueue(r, ci);
    if (isfinite(c->patience)) {
        c->abandon = lv_calendar_push(&r->cal, t + c->patience, EV_ABANDON, EV_ABANDON, ci);
        if (c->abandon == LV_EVENT_NONE)
            return -1;
    }
    return 0;
}

static int begin_attempt(struct lv_replication *r, uint32_t ci, double t)
{
    double ann = r->s->announcement_s;
    if (ann > 0)
        return lv_calendar_push(&r->cal, t + ann, EV_QUEUE, EV_QUEUE, ci) == LV_EVENT_NONE ? -1 : 0;
    return enter_queue(r, ci, t);
}

static int on_arrival(struct lv_replication *r, double t)
{
    const struct lv_scenario *s = r->s;
    uint32_t ci = new_call(r);
    if (ci == NO_CALL)
        return -1;
    struct call *c = &r->calls[ci];
    int type = 0;
    if (s->type_count > 1) {
        double u = gsl_rng_uniform(r->rng[LV_STREAM_CALL_TYPE]);
        while (type < s->type_count - 1 && u >= r->m->type_cumulative[type])
            type++;
    }
    c->type = (uint16_t)type;
    c->lane = 1;
    if (s->types[type].priority_share > 0 &&
        gsl_rng_uniform(r->rng[LV_STREAM_CALL_TYPE]) < s->types[type].priority_share)
        c->lane = 0;
    c->flags = 0;
    double next = next_arrival(r, t);
    r->next_arrival = next < r->m->horizon ? next : INFINITY;
    return begin_attempt(r, ci, t);
}

static int on_abandon(struct lv_replication *r, uint32_t ci, double t)
{
    struct call *c = &r->calls[ci];
    unlink_call(r, ci);
    c->abandon = LV_EVENT_NONE;
    if (c->flags & CALL_COUNTED) {
        r->out->intervals[c->interval].abandoned++;
        r->out->intervals[c->interval].queue_time_sum += t - c->queue_entry;
        r->out->days[c->day].abandoned++;
    }
    double p = r->s->redial_probability;
    if (p > 0 && gsl_rng_uniform(r->rng[LV_STREAM_REDIAL]) < p) {
        c->flags |= CALL_REDIAL;
        double delay = lv_dist_sample(&r->s->redial_delay, r->rng[LV_STREAM_REDIAL]);
        return lv_calendar_push(&r->cal, t + delay, EV_REDIAL, EV_REDIAL, ci) == LV_EVENT_NONE ? -1 : 0;
    }
    finish_episode(r, c, false, t);
    free_call(r, ci);
    return 0;
}

static int on_service_end(struct lv_replication *r, double t)
{
    r->busy--;
    if (r->present > r->target) { /* this operator's shift is over: leave after the call */
        r->present--;
        return 0;
    }
    return dispatch(r, t);
}

/* Applies the staffing of the band that starts at t and schedules the next band edge. */
static int on_staff(struct lv_replication *r, double t)
{
    const struct lv_scenario *s = r->s;
    long day = (long)floor(t / 86400);
    int minute = (int)lround((t - (double)day * 86400) / 60);
    int type = lv_scenario_day_type(s, s->start_day + day);
    const struct lv_band *band = &s->operators.bands[type][0];
    for (int i = 0; i < s->operators.band_count[type]; i++)
        if (minute < s->operators.bands[type][i].to_min) {
            band = &s->operators.bands[type][i];
            break;
        }
    r->target = band->count;
    if (r->present < r->target)
        r->present = r->target;
    else if (r->present > r->target) {
        int idle = r->present - r->busy, surplus = r->present - r->target;
        r->present -= idle < surplus ? idle : surplus;
    }
    double next = (double)day * 86400 + band->to_min * 60.0;
    if (lv_calendar_push(&r->cal, next, EV_STAFF, EV_STAFF, 0) == LV_EVENT_NONE)
        return -1;
    return dispatch(r, t);
}

static void reset(struct lv_replication *r, uint64_t seed, int replication, struct lv_rep_result *out)
{
    const struct lv_model *m = r->m;
    lv_calendar_fini(&r->cal);
    lv_calendar_init(&r->cal, 1024);
    for (int i = 0; i < LV_STREAM_COUNT; i++) {
        if (r->rng[i])
            gsl_rng_free(r->rng[i]);
        r->rng[i] = lv_rng_alloc(seed, (uint64_t)replication, (unsigned)i);
    }
    r->free_count = 0;
    for (uint32_t i = r->call_capacity; i > 0; i--)
        r->free_calls[r->free_count++] = i - 1;
    r->alive = 0;
    r->head[0] = r->head[1] = r->tail[0] = r->tail[1] = NO_CALL;
    r->queue_len = 0;
    r->target = r->present = r->busy = 0;
    r->out = out;
    lv_rep_result_reset(out);
    out->measured_s = m->horizon - m->warmup;
    r->last = 0;
    r->cur_interval = interval_of(m, 0);
    /* The week offset is whole days and intervals divide a day, so interval edges fall on
     * multiples of the interval length counted from t = 0. */
    r->boundary_index = 1;
    set_next_stop(r);
    r->seg_day = 0;
    r->seg_hour = 0;
    draw_day_multiplier(r);
    set_segment(r);
}

int lv_replication_run(struct lv_replication *r, uint64_t seed, int replication, struct lv_rep_result *out)
{
    reset(r, seed, replication, out);
    for (int i = 0; i < LV_STREAM_COUNT; i++)
        if (!r->rng[i] || !r->cal.heap)
            return -1;
    const double horizon = r->m->horizon;
    if (on_staff(r, 0) != 0)
        return -1;
    double first = next_arrival(r, 0);
    r->next_arrival = first < horizon ? first : INFINITY;
    struct lv_event ev;
    int rc = 0;
    while (rc == 0) {
        /* The next arrival goes before the calendar's head only if strictly earlier, or equal
         * with a lower priority number: the same order as if it were in the calendar. */
        double head = lv_calendar_next_time(&r->cal);
        if (r->next_arrival < head ||
            (r->next_arrival == head && EV_ARRIVAL < lv_calendar_next_priority(&r->cal))) {
            ev = (struct lv_event){.time = r->next_arrival, .kind = EV_ARRIVAL, .data = 0};
        } else if (lv_calendar_pop(&r->cal, &ev) != 0) {
            break;
        }
        double t = ev.time;
        if (t >= horizon && (r->alive == 0 || t >= horizon + DRAIN_LIMIT_S))
            break;
        advance(r, t);
        out->events++;
        switch ((enum event_kind)ev.kind) {
        case EV_ARRIVAL:
            rc = on_arrival(r, t);
            break;
        case EV_QUEUE:
            rc = enter_queue(r, ev.data, t);
            break;
        case EV_REDIAL:
            rc = begin_attempt(r, ev.data, t);
            break;
        case EV_ABANDON:
            rc = on_abandon(r, ev.data, t);
            break;
        case EV_SERVICE_END:
            rc = on_service_end(r, t);
            break;
        case EV_STAFF:
            rc = on_staff(r, t);
            break;
        }
    }
    advance(r, horizon);
    return rc;
}
