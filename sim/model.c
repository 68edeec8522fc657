/* model.c — one legevaktsentral simulated event by event: the phone queue and, when the scenario
 * has a clinical side, what follows a triaged call (dispositions, patients travelling in, doctors,
 * walk-ins and floor work). Staff of a role are interchangeable, so staffing is a handful of counts
 * (on duty, busy, scheduled) per role; calls and patients live in recycled pools, and queues are
 * intrusive lists. First attempts and walk-ins follow non-homogeneous Poisson processes generated
 * exactly by inverting their piecewise-constant cumulative rate. Statistics stream into
 * lv_rep_result. */
#include "lvsim/model.h"
#include "lvsim/calendar.h"
#include "lvsim/rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define WEEK_S (7 * 86400.0)
#define TEN_MINUTES_S 600.0
#define NONE UINT32_MAX
#define DRAIN_LIMIT_S (365 * 86400.0) /* after the horizon, stop waiting for stragglers */

/* Event kinds; the value is also the tie-break priority at equal times: staff are freed and
 * schedules change before new work is queued, so equal-time ties are deterministic. */
enum event_kind {
    EV_PHONE_END,   /* data: nurse role */
    EV_FLOOR_END,   /* data: role << 30 | task */
    EV_DOCTOR_END,  /* data: task */
    EV_STAFF,       /* data: which schedule */
    EV_BACKUP_READY,
    EV_ABANDON,     /* data: call */
    EV_DISPOSITION, /* data: task, at the end of a clinical call's talk */
    EV_PATIENT_ARRIVAL,
    EV_QUEUE,       /* data: call, after the announcement */
    EV_REDIAL,      /* data: call */
    EV_WALK_IN,
    EV_ARRIVAL
};

enum schedule_kind { SCHEDULE_NURSES, SCHEDULE_DOCTORS };
enum role { ROLE_DEDICATED, ROLE_SHARED, ROLE_FLOOR };

enum call_flags {
    CALL_REDIAL = 1,          /* this attempt is a redial */
    CALL_COUNTED = 2,         /* entered the queue inside the measured window */
    CALL_EPISODE_COUNTED = 4, /* the episode's first attempt entered inside the window */
    CALL_QUEUED = 8           /* waiting in the phone queue */
};

struct call {
    double episode_start; /* first attempt's queue entry */
    double queue_entry;
    double patience;
    double talk, after_call;
    uint32_t prev, next;
    lv_event_id abandon;
    uint16_t type;
    uint8_t lane; /* 0 = priority lane, 1 = ordinary */
    uint8_t flags;
    int32_t interval, day;
};

/* Work for doctors or floor nurses. A walk-in is one task from triage to consultation. */
enum task_kind { TASK_CONSULTATION, TASK_CALLBACK, TASK_HOME_VISIT, TASK_CALL_OUT, TASK_TRIAGE, TASK_ASSIST, TASK_RED_ARRIVAL };

struct task {
    double wait_start; /* end of the call, or arrival of a walk-in */
    uint32_t prev, next;
    uint8_t kind, urgency;
    uint8_t counted;   /* its wait began inside the measured window */
    uint8_t disposition;
};

/* A queue in three urgency lanes, FIFO within each, red first. */
struct lanes {
    uint32_t head[3], tail[3];
    uint32_t length;
};

struct lv_model {
    const struct lv_scenario *s;
    double horizon, warmup, interval_s, week_offset_s;
    int interval_count, day_count;
    double base_daily; /* PROFILED: expected first attempts on a plain weekday at season 1 */
    double type_cumulative[LV_MAX_CALL_TYPES];
    const struct lv_dist *patience[LV_MAX_CALL_TYPES];
    bool floor_staff;  /* the schedule has floor or shared nurses at some time */
};

/* A non-homogeneous Poisson process: the current piece of its piecewise-constant rate. */
struct nhpp {
    double seg_end, rate, scale;
    long seg_day;
    int seg_hour;
    gsl_rng *rng;
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

    struct task *tasks;
    uint32_t task_capacity, *free_tasks, free_task_count, tasks_alive;
    struct lanes doctor_queue, floor_queue;
    int waiting_room;

    /* Nurses: dedicated operators, floor nurses, shared nurses (phone or floor). */
    int d_target, d_present, d_busy;
    int f_target, f_present, f_busy;
    int s_target, s_present, s_phone, s_floor;
    /* Doctors, and the backup doctor (0 or 1 on duty). */
    int doc_target, doc_present, doc_busy;
    int backup_on;
    bool backup_called;

    /* Time-weighted statistics: the next instant at which the accumulating interval changes. */
    double last, next_stop;
    long boundary_index;
    int cur_interval;

    /* Day multipliers, drawn in day order whichever process asks first. */
    double *day_mult;
    int day_mult_drawn, day_mult_capacity;
    struct nhpp calls_process, walk_in_process;
    double next_arrival; /* kept beside the calendar and merged with its head: saves a push and pop per call */
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
    for (int d = 0; d < LV_DAY_TYPES; d++)
        for (int b = 0; b < s->operators.band_count[d]; b++)
            m->floor_staff |= s->operators.bands[d][b].floor + s->operators.bands[d][b].shared > 0;
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
    r->task_capacity = 256;
    r->tasks = malloc(r->task_capacity * sizeof *r->tasks);
    r->free_tasks = malloc(r->task_capacity * sizeof *r->free_tasks);
    r->day_mult_capacity = m->day_count + 2;
    r->day_mult = malloc((size_t)r->day_mult_capacity * sizeof *r->day_mult);
    if (!r->calls || !r->free_calls || !r->tasks || !r->free_tasks || !r->day_mult ||
        lv_calendar_init(&r->cal, 1024) != 0) {
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
    free(r->tasks);
    free(r->free_tasks);
    free(r->day_mult);
    free(r);
}

/* Doubles a pool (items and free list) and adds the new slots to the free list. */
static int grow_pool(void **items, size_t item_size, uint32_t **free_ids, uint32_t *capacity, uint32_t *free_count)
{
    uint32_t cap = *capacity * 2;
    void *more = realloc(*items, cap * item_size);
    if (!more)
        return -1;
    *items = more;
    uint32_t *ids = realloc(*free_ids, cap * sizeof *ids);
    if (!ids)
        return -1;
    *free_ids = ids;
    for (uint32_t i = cap; i > *capacity; i--)
        ids[(*free_count)++] = i - 1;
    *capacity = cap;
    return 0;
}

static uint32_t new_call(struct lv_replication *r)
{
    if (r->free_count == 0 &&
        grow_pool((void **)&r->calls, sizeof *r->calls, &r->free_calls, &r->call_capacity, &r->free_count) != 0)
        return NONE;
    r->alive++;
    return r->free_calls[--r->free_count];
}

static void free_call(struct lv_replication *r, uint32_t ci)
{
    r->alive--;
    r->free_calls[r->free_count++] = ci;
}

static uint32_t new_task(struct lv_replication *r, enum task_kind kind, int urgency, double wait_start)
{
    if (r->free_task_count == 0 &&
        grow_pool((void **)&r->tasks, sizeof *r->tasks, &r->free_tasks, &r->task_capacity, &r->free_task_count) != 0)
        return NONE;
    r->tasks_alive++;
    uint32_t ti = r->free_tasks[--r->free_task_count];
    r->tasks[ti] = (struct task){.wait_start = wait_start,
                                 .kind = (uint8_t)kind,
                                 .urgency = (uint8_t)urgency,
                                 .counted = wait_start >= r->m->warmup && wait_start < r->m->horizon};
    return ti;
}

static void free_task(struct lv_replication *r, uint32_t ti)
{
    r->tasks_alive--;
    r->free_tasks[r->free_task_count++] = ti;
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

static void accumulate(struct lv_replication *r, double dt)
{
    struct lv_interval_stats *iv = &r->out->intervals[r->cur_interval];
    iv->time_s += dt;
    iv->busy_area += dt * (r->d_busy + r->s_phone);
    iv->present_area += dt * (r->d_present + r->s_present);
    iv->queue_area += dt * r->queue_len;
    iv->shared_floor_area += dt * r->s_floor;
    iv->floor_busy_area += dt * (r->f_busy + r->s_floor);
    iv->nurse_present_area += dt * (r->d_present + r->s_present + r->f_present);
    iv->doctor_busy_area += dt * r->doc_busy;
    iv->doctor_present_area += dt * (r->doc_present + r->backup_on);
    iv->backup_area += dt * r->backup_on;
    iv->waiting_room_area += dt * r->waiting_room;
}

/* Integrates the levels from r->last up to t, split at interval edges, warm-up and horizon. */
static void advance(struct lv_replication *r, double t)
{
    const struct lv_model *m = r->m;
    if (r->last >= m->horizon) {
        r->last = t;
        return;
    }
    while (r->last < t) {
        double end = t < r->next_stop ? t : r->next_stop;
        if (r->last >= m->warmup && r->last < m->horizon)
            accumulate(r, end - r->last);
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

static bool in_window(const struct lv_replication *r, double t) { return t >= r->m->warmup && t < r->m->horizon; }

/* ---- arrivals ---- */

static double day_multiplier(struct lv_replication *r, long day)
{
    double cv = r->s->demand.day_variation;
    if (cv <= 0)
        return 1.0;
    while (r->day_mult_drawn <= day) {
        double x = gsl_ran_gamma(r->rng[LV_STREAM_DAY_FACTOR], 1 / (cv * cv), cv * cv);
        if (r->day_mult_drawn < r->day_mult_capacity)
            r->day_mult[r->day_mult_drawn] = x;
        r->day_mult_drawn++;
    }
    return day < r->day_mult_capacity ? r->day_mult[day] : 1.0; /* past the horizon nothing arrives */
}

static void set_segment(struct lv_replication *r, struct nhpp *p)
{
    const struct lv_scenario *s = r->s;
    double mult = day_multiplier(r, p->seg_day) * p->scale;
    if (s->demand.mode == LV_DEMAND_CONSTANT) {
        p->rate = s->demand.calls_per_hour / 3600 * s->demand.growth * mult;
        p->seg_end = s->demand.day_variation > 0 ? (double)(p->seg_day + 1) * 86400 : INFINITY;
        return;
    }
    int kind = lv_scenario_day_type(s, s->start_day + p->seg_day) >= 5 ? 1 : 0;
    double daily = lv_model_expected_calls(r->m, (int)p->seg_day) * mult;
    p->rate = daily * s->demand.profile[kind][p->seg_hour] / 3600;
    p->seg_end = (double)p->seg_day * 86400 + (p->seg_hour + 1) * 3600.0;
}

static void next_segment(struct lv_replication *r, struct nhpp *p)
{
    if (r->s->demand.mode == LV_DEMAND_CONSTANT) {
        p->seg_day++;
    } else if (++p->seg_hour == 24) {
        p->seg_hour = 0;
        p->seg_day++;
    }
    set_segment(r, p);
}

static void start_process(struct lv_replication *r, struct nhpp *p, double scale, gsl_rng *rng)
{
    *p = (struct nhpp){.scale = scale, .rng = rng};
    set_segment(r, p);
}

/* Next event time after t: invert the cumulative rate from a unit exponential. */
static double next_event_time(struct lv_replication *r, struct nhpp *p, double t)
{
    double need = gsl_ran_exponential(p->rng, 1.0);
    for (;;) {
        if (isinf(p->seg_end))
            return p->rate > 0 ? t + need / p->rate : INFINITY;
        double room = p->rate * (p->seg_end - t);
        if (need < room)
            return t + need / p->rate;
        need -= room;
        t = p->seg_end;
        if (t >= r->m->horizon)
            return INFINITY;
        next_segment(r, p);
    }
}

/* ---- the phone queue ---- */

static void enqueue(struct lv_replication *r, uint32_t ci)
{
    struct call *c = &r->calls[ci];
    int lane = c->lane;
    c->next = NONE;
    c->prev = r->tail[lane];
    if (r->tail[lane] != NONE)
        r->calls[r->tail[lane]].next = ci;
    else
        r->head[lane] = ci;
    r->tail[lane] = ci;
    r->queue_len++;
    c->flags |= CALL_QUEUED;
}

static void unlink_call(struct lv_replication *r, uint32_t ci)
{
    struct call *c = &r->calls[ci];
    int lane = c->lane;
    if (c->prev != NONE)
        r->calls[c->prev].next = c->next;
    else
        r->head[lane] = c->next;
    if (c->next != NONE)
        r->calls[c->next].prev = c->prev;
    else
        r->tail[lane] = c->prev;
    r->queue_len--;
    c->flags &= (uint8_t)~CALL_QUEUED;
}

/* ---- task queues (doctors, floor) ---- */

static void lanes_init(struct lanes *q)
{
    for (int u = 0; u < 3; u++)
        q->head[u] = q->tail[u] = NONE;
    q->length = 0;
}

static void lanes_push(struct lv_replication *r, struct lanes *q, uint32_t ti)
{
    struct task *k = &r->tasks[ti];
    int u = k->urgency;
    k->next = NONE;
    k->prev = q->tail[u];
    if (q->tail[u] != NONE)
        r->tasks[q->tail[u]].next = ti;
    else
        q->head[u] = ti;
    q->tail[u] = ti;
    q->length++;
}

static uint32_t lanes_pop(struct lv_replication *r, struct lanes *q)
{
    for (int u = 0; u < 3; u++) {
        uint32_t ti = q->head[u];
        if (ti == NONE)
            continue;
        q->head[u] = r->tasks[ti].next;
        if (q->head[u] == NONE)
            q->tail[u] = NONE;
        else
            r->tasks[q->head[u]].prev = NONE;
        q->length--;
        return ti;
    }
    return NONE;
}

static int push_event(struct lv_replication *r, double t, enum event_kind kind, uint32_t data)
{
    return lv_calendar_push(&r->cal, t, kind, kind, data) == LV_EVENT_NONE ? -1 : 0;
}

/* ---- doctors ---- */

static int call_backup(struct lv_replication *r, double t)
{
    r->backup_called = true;
    if (in_window(r, t))
        r->out->backup_activations++;
    double delay = lv_dist_sample(&r->s->backup.activation, r->rng[LV_STREAM_BACKUP]);
    return push_event(r, t + delay, EV_BACKUP_READY, 0);
}

static void record_contact(struct lv_replication *r, const struct task *k, double contact)
{
    if (!k->counted)
        return;
    struct lv_urgency_stats *u = &r->out->urgency[k->urgency];
    double wait = contact - k->wait_start;
    u->contacts++;
    u->wait_sum += wait;
    u->contacts_within += wait <= r->s->clinical.red_within_s;
    lv_hist_add(&u->wait_hist, wait);
}

static int start_floor_task(struct lv_replication *r, uint32_t ti, enum role role, double t);
static int dispatch_nurses(struct lv_replication *r, double t);

static int add_floor_task(struct lv_replication *r, enum task_kind kind, int urgency, double t)
{
    if (!r->m->floor_staff && kind != TASK_TRIAGE)
        return 0; /* without floor or shared nurses floor work is not modelled */
    uint32_t ti = new_task(r, kind, urgency, t);
    if (ti == NONE)
        return -1;
    lanes_push(r, &r->floor_queue, ti);
    r->out->ledger.floor_tasks_queued++;
    return dispatch_nurses(r, t);
}

static int start_doctor_task(struct lv_replication *r, uint32_t ti, double t)
{
    const struct lv_scenario *s = r->s;
    struct task *k = &r->tasks[ti];
    double duration = 0;
    r->doc_busy++;
    switch ((enum task_kind)k->kind) {
    case TASK_CONSULTATION:
        r->waiting_room--;
        record_contact(r, k, t);
        duration = lv_dist_sample(&s->clinical.consultation, r->rng[LV_STREAM_DOCTOR]);
        if (s->clinical.assist_share > 0 && gsl_rng_uniform(r->rng[LV_STREAM_FLOOR]) < s->clinical.assist_share &&
            add_floor_task(r, TASK_ASSIST, k->urgency, t) != 0)
            return -1;
        break;
    case TASK_CALLBACK:
        record_contact(r, k, t);
        duration = lv_dist_sample(&s->clinical.callback, r->rng[LV_STREAM_DOCTOR]);
        break;
    case TASK_HOME_VISIT: {
        gsl_rng *g = r->rng[LV_STREAM_HOME_VISIT];
        double out = lv_dist_sample(&s->clinical.home_travel, g);
        double on_site = lv_dist_sample(&s->clinical.home_on_site, g);
        double back = lv_dist_sample(&s->clinical.home_travel, g);
        record_contact(r, k, t + out);
        if (k->counted) {
            r->out->home_visits++;
            r->out->home_response_sum += t + out - k->wait_start;
            lv_hist_add(&r->out->home_response_hist, t + out - k->wait_start);
        }
        duration = out + on_site + back;
        break;
    }
    case TASK_CALL_OUT:
        record_contact(r, k, t);
        duration = lv_dist_sample(&s->clinical.call_out, r->rng[LV_STREAM_DOCTOR]);
        break;
    default:
        break;
    }
    return push_event(r, t + duration, EV_DOCTOR_END, ti);
}

static int dispatch_doctors(struct lv_replication *r, double t)
{
    while (r->doc_busy < r->doc_present + r->backup_on && r->doctor_queue.length > 0)
        if (start_doctor_task(r, lanes_pop(r, &r->doctor_queue), t) != 0)
            return -1;
    /* The backup doctor goes home once idle and the queue is down. */
    if (r->backup_on && r->doc_busy < r->doc_present + r->backup_on &&
        (int)r->doctor_queue.length <= r->s->backup.release_at)
        r->backup_on = 0;
    return 0;
}

static int add_doctor_task(struct lv_replication *r, uint32_t ti, double t)
{
    const struct lv_scenario *s = r->s;
    bool red = r->tasks[ti].urgency == LV_RED;
    lanes_push(r, &r->doctor_queue, ti);
    r->out->ledger.doctor_tasks_queued++;
    uint32_t before = r->doctor_queue.length;
    if (dispatch_doctors(r, t) != 0)
        return -1;
    bool still_waiting = r->doctor_queue.length == before; /* nobody took it: every doctor is busy */
    if (s->backup.enabled && !r->backup_on && !r->backup_called &&
        ((s->backup.red_busy && red && still_waiting) ||
         (s->backup.queue_above > 0 && (int)r->doctor_queue.length > s->backup.queue_above)))
        return call_backup(r, t);
    return 0;
}

static int on_doctor_end(struct lv_replication *r, uint32_t ti, double t)
{
    r->out->ledger.doctor_tasks_done++;
    free_task(r, ti);
    r->doc_busy--;
    if (r->doc_present > r->doc_target && r->doc_busy < r->doc_present + r->backup_on)
        r->doc_present--; /* a doctor whose shift has ended leaves after the task */
    return dispatch_doctors(r, t);
}

static int on_backup_ready(struct lv_replication *r, double t)
{
    r->backup_called = false;
    r->backup_on = 1;
    return dispatch_doctors(r, t);
}

/* ---- nurses: phone and floor ---- */

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

static int answer(struct lv_replication *r, uint32_t ci, enum role role, double t)
{
    const struct lv_scenario *s = r->s;
    struct call *c = &r->calls[ci];
    bool counted = (c->flags & CALL_COUNTED) != 0;
    if (counted) {
        double w = t - c->queue_entry;
        struct lv_interval_stats *iv = &r->out->intervals[c->interval];
        struct lv_day_stats *day = &r->out->days[c->day];
        bool within = w <= s->target_within_s;
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
    r->out->ledger.answered[c->type]++;
    if (role == ROLE_DEDICATED)
        r->d_busy++;
    else
        r->s_phone++;
    double talk = c->talk, done = t + (c->talk + c->after_call);
    bool clinical = s->clinical.enabled && s->types[c->type].clinical;
    free_call(r, ci);
    if (push_event(r, done, EV_PHONE_END, role) != 0)
        return -1;
    if (!clinical)
        return 0;
    int urgency = 0;
    double u = gsl_rng_uniform(r->rng[LV_STREAM_URGENCY]), cum = 0;
    for (; urgency < LV_URGENCIES - 1; urgency++)
        if (u < (cum += s->clinical.urgency[urgency]))
            break;
    uint32_t ti = new_task(r, TASK_CONSULTATION, urgency, t + talk);
    if (ti == NONE)
        return -1;
    r->tasks[ti].counted = counted; /* outcomes belong to the call's window */
    return push_event(r, t + talk, EV_DISPOSITION, ti);
}

static int start_floor_task(struct lv_replication *r, uint32_t ti, enum role role, double t)
{
    const struct lv_scenario *s = r->s;
    const struct task *k = &r->tasks[ti];
    const struct lv_dist *d = k->kind == TASK_TRIAGE ? &s->walk_ins.triage
                              : k->kind == TASK_ASSIST ? &s->clinical.assist
                                                       : &s->clinical.red_arrival;
    double duration = lv_dist_sample(d, r->rng[LV_STREAM_FLOOR]);
    if (role == ROLE_FLOOR)
        r->f_busy++;
    else
        r->s_floor++;
    return push_event(r, t + duration, EV_FLOOR_END, ((uint32_t)role << 30) | ti);
}

static bool floor_head_is_red(const struct lv_replication *r) { return r->floor_queue.head[LV_RED] != NONE; }

/* Gives waiting work to idle nurses: dedicated operators take calls and floor nurses floor tasks;
 * then idle shared nurses choose by the scenario's rule. Afterwards no nurse who could take
 * waiting work is idle. */
static int dispatch_nurses(struct lv_replication *r, double t)
{
    for (;;) {
        bool phone = r->queue_len > 0, floor = r->floor_queue.length > 0;
        int rc;
        if (phone && r->d_busy < r->d_present) {
            uint32_t ci = r->head[0] != NONE ? r->head[0] : r->head[1];
            unlink_call(r, ci);
            if (r->calls[ci].abandon != LV_EVENT_NONE)
                lv_calendar_cancel(&r->cal, r->calls[ci].abandon);
            rc = answer(r, ci, ROLE_DEDICATED, t);
        } else if (floor && r->f_busy < r->f_present) {
            rc = start_floor_task(r, lanes_pop(r, &r->floor_queue), ROLE_FLOOR, t);
        } else if ((phone || floor) && r->s_phone + r->s_floor < r->s_present) {
            bool to_floor;
            switch (r->s->shared_priority) {
            case LV_SHARED_FLOOR_FIRST:
                to_floor = floor;
                break;
            case LV_SHARED_RED_FLOOR_FIRST:
                to_floor = floor && (floor_head_is_red(r) || !phone);
                break;
            default:
                to_floor = !phone;
                break;
            }
            if (to_floor) {
                rc = start_floor_task(r, lanes_pop(r, &r->floor_queue), ROLE_SHARED, t);
            } else {
                uint32_t ci = r->head[0] != NONE ? r->head[0] : r->head[1];
                unlink_call(r, ci);
                if (r->calls[ci].abandon != LV_EVENT_NONE)
                    lv_calendar_cancel(&r->cal, r->calls[ci].abandon);
                rc = answer(r, ci, ROLE_SHARED, t);
            }
        } else {
            return 0;
        }
        if (rc != 0)
            return rc;
    }
}

static int enter_queue(struct lv_replication *r, uint32_t ci, double t)
{
    const struct lv_model *m = r->m;
    struct call *c = &r->calls[ci];
    const struct lv_call_type *ct = &r->s->types[c->type];
    c->queue_entry = t;
    c->patience = lv_dist_sample(m->patience[c->type], r->rng[LV_STREAM_PATIENCE]);
    c->talk = lv_dist_sample(&ct->talk, r->rng[LV_STREAM_TALK]);
    c->after_call = lv_dist_sample(&ct->after_call, r->rng[LV_STREAM_AFTER_CALL]);
    c->abandon = LV_EVENT_NONE;
    bool window = in_window(r, t);
    if (!(c->flags & CALL_REDIAL)) {
        c->episode_start = t;
        if (window)
            c->flags |= CALL_EPISODE_COUNTED;
    }
    r->out->attempts++;
    r->out->ledger.attempts[c->type]++;
    r->out->ledger.redials += (c->flags & CALL_REDIAL) != 0;
    if (window) {
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
    enqueue(r, ci);
    if (dispatch_nurses(r, t) != 0)
        return -1;
    /* The call may have been answered at once; only a still-queued call can abandon. The pool
     * may have moved while dispatching, so look the call up again. */
    c = &r->calls[ci];
    if ((c->flags & CALL_QUEUED) && isfinite(c->patience)) {
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
        return push_event(r, t + ann, EV_QUEUE, ci);
    return enter_queue(r, ci, t);
}

static int on_arrival(struct lv_replication *r, double t)
{
    const struct lv_scenario *s = r->s;
    uint32_t ci = new_call(r);
    if (ci == NONE)
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
    double next = next_event_time(r, &r->calls_process, t);
    r->next_arrival = next < r->m->horizon ? next : INFINITY;
    return begin_attempt(r, ci, t);
}

static int on_abandon(struct lv_replication *r, uint32_t ci, double t)
{
    struct call *c = &r->calls[ci];
    unlink_call(r, ci);
    c->abandon = LV_EVENT_NONE;
    r->out->ledger.abandoned[c->type]++;
    if (c->flags & CALL_COUNTED) {
        r->out->intervals[c->interval].abandoned++;
        r->out->intervals[c->interval].queue_time_sum += t - c->queue_entry;
        r->out->days[c->day].abandoned++;
    }
    double p = r->s->redial_probability;
    if (p > 0 && gsl_rng_uniform(r->rng[LV_STREAM_REDIAL]) < p) {
        c->flags |= CALL_REDIAL;
        double delay = lv_dist_sample(&r->s->redial_delay, r->rng[LV_STREAM_REDIAL]);
        return push_event(r, t + delay, EV_REDIAL, ci);
    }
    finish_episode(r, c, false, t);
    r->out->ledger.gave_up++;
    free_call(r, ci);
    return 0;
}

/* A nurse's shift may have ended while she worked: she leaves now if her role is overstaffed. */
static void release_nurse(struct lv_replication *r, enum role role)
{
    if (role == ROLE_DEDICATED && r->d_present > r->d_target)
        r->d_present--;
    else if (role == ROLE_FLOOR && r->f_present > r->f_target)
        r->f_present--;
    else if (role == ROLE_SHARED && r->s_present > r->s_target)
        r->s_present--;
}

static int on_phone_end(struct lv_replication *r, enum role role, double t)
{
    if (role == ROLE_DEDICATED)
        r->d_busy--;
    else
        r->s_phone--;
    release_nurse(r, role);
    return dispatch_nurses(r, t);
}

static int on_floor_end(struct lv_replication *r, uint32_t data, double t)
{
    enum role role = (enum role)(data >> 30);
    uint32_t ti = data & ((1u << 30) - 1);
    if (role == ROLE_FLOOR)
        r->f_busy--;
    else
        r->s_floor--;
    release_nurse(r, role);
    r->out->ledger.floor_tasks_done++;
    int rc = 0;
    if (r->tasks[ti].kind == TASK_TRIAGE) { /* the walk-in now waits for a doctor */
        r->tasks[ti].kind = TASK_CONSULTATION;
        rc = add_doctor_task(r, ti, t);
    } else {
        free_task(r, ti);
    }
    return rc != 0 ? rc : dispatch_nurses(r, t);
}

/* ---- the clinical side ---- */

static int period_of(const struct lv_scenario *s, double t)
{
    int minute = (int)(fmod(t, 86400) / 60);
    const int *start = s->clinical.period_start_min;
    /* The period whose start was most recent, going back round the clock. */
    int best = LV_NIGHT, best_age = 1441;
    for (int p = 0; p < LV_PERIODS; p++) {
        int age = (minute - start[p] + 1440) % 1440;
        if (age < best_age) {
            best_age = age;
            best = p;
        }
    }
    return best;
}

static int on_disposition(struct lv_replication *r, uint32_t ti, double t)
{
    const struct lv_scenario *s = r->s;
    struct task *k = &r->tasks[ti];
    const double *shares = s->clinical.disposition[period_of(s, t)][k->urgency];
    double u = gsl_rng_uniform(r->rng[LV_STREAM_DISPOSITION]), cum = 0;
    int d = 0;
    for (; d < LV_DISPOSITIONS - 1; d++)
        if (u < (cum += shares[d]))
            break;
    k->disposition = (uint8_t)d;
    r->out->ledger.dispositions[k->urgency][d]++;
    if (k->counted) {
        r->out->urgency[k->urgency].calls++;
        r->out->urgency[k->urgency].outcome[d]++;
    }
    k->counted = in_window(r, t); /* from here on: the wait for a doctor, which begins now */
    switch ((enum lv_disposition)d) {
    case LV_DISP_CONSULTATION: {
        gsl_rng *g = r->rng[LV_STREAM_PATIENT_TRAVEL];
        double travel = lv_dist_sample(&s->clinical.travel, g);
        if (gsl_rng_uniform(g) < s->clinical.no_show) {
            r->out->ledger.no_shows++;
            if (k->counted)
                r->out->urgency[k->urgency].no_shows++;
            free_task(r, ti);
            return 0;
        }
        return push_event(r, t + travel, EV_PATIENT_ARRIVAL, ti);
    }
    case LV_DISP_CALLBACK:
        k->kind = TASK_CALLBACK;
        return add_doctor_task(r, ti, t);
    case LV_DISP_HOME_VISIT:
        k->kind = TASK_HOME_VISIT;
        return add_doctor_task(r, ti, t);
    case LV_DISP_AMBULANCE:
        if (s->clinical.call_out_probability > 0 &&
            gsl_rng_uniform(r->rng[LV_STREAM_DOCTOR]) < s->clinical.call_out_probability) {
            k->kind = TASK_CALL_OUT;
            r->out->ledger.call_outs++;
            return add_doctor_task(r, ti, t);
        }
        free_task(r, ti);
        return 0;
    default: /* nurse advice or referral: done */
        free_task(r, ti);
        return 0;
    }
}

static int on_patient_arrival(struct lv_replication *r, uint32_t ti, double t)
{
    int urgency = r->tasks[ti].urgency;
    r->waiting_room++;
    r->out->ledger.patients_arrived++;
    if (add_doctor_task(r, ti, t) != 0)
        return -1;
    return urgency == LV_RED ? add_floor_task(r, TASK_RED_ARRIVAL, LV_RED, t) : 0;
}

static int on_walk_in(struct lv_replication *r, double t)
{
    const struct lv_scenario *s = r->s;
    gsl_rng *g = r->rng[LV_STREAM_WALK_INS];
    double next = next_event_time(r, &r->walk_in_process, t);
    if (next < r->m->horizon && push_event(r, next, EV_WALK_IN, 0) != 0)
        return -1;
    double u = gsl_rng_uniform(g), cum = 0;
    int urgency = 0;
    for (; urgency < LV_URGENCIES - 1; urgency++)
        if (u < (cum += s->walk_ins.urgency[urgency]))
            break;
    if (in_window(r, t))
        r->out->urgency[urgency].walk_ins++;
    r->waiting_room++;
    r->out->ledger.walk_ins++;
    uint32_t ti = new_task(r, TASK_TRIAGE, urgency, t);
    if (ti == NONE)
        return -1;
    lanes_push(r, &r->floor_queue, ti);
    r->out->ledger.floor_tasks_queued++;
    return dispatch_nurses(r, t);
}

/* ---- schedules ---- */

static const struct lv_band *band_at(const struct lv_schedule *sch, int day_type, int minute)
{
    for (int i = 0; i < sch->band_count[day_type]; i++)
        if (minute < sch->bands[day_type][i].to_min)
            return &sch->bands[day_type][i];
    return &sch->bands[day_type][0];
}

/* New staffing target for a role: newcomers start at once, idle surplus staff leave at once,
 * busy surplus staff leave when their work ends. */
static void restaff(int target, int *present, int busy)
{
    if (*present < target) {
        *present = target;
    } else if (*present > target) {
        int idle = *present - busy, surplus = *present - target;
        *present -= idle < surplus ? idle : surplus;
    }
}

/* Applies the band that starts at t and schedules the next band edge. */
static int on_staff(struct lv_replication *r, enum schedule_kind which, double t)
{
    const struct lv_scenario *s = r->s;
    long day = (long)floor(t / 86400);
    int minute = (int)lround((t - (double)day * 86400) / 60);
    int type = lv_scenario_day_type(s, s->start_day + day);
    const struct lv_band *band;
    if (which == SCHEDULE_NURSES) {
        band = band_at(&s->operators, type, minute);
        r->d_target = band->count;
        r->f_target = band->floor;
        r->s_target = band->shared;
        restaff(r->d_target, &r->d_present, r->d_busy);
        restaff(r->f_target, &r->f_present, r->f_busy);
        restaff(r->s_target, &r->s_present, r->s_phone + r->s_floor);
    } else {
        band = band_at(&s->doctors, type, minute);
        r->doc_target = band->count;
        /* Regular doctors: the backup is counted apart, so compare regular presence only. */
        int regular_busy = r->doc_busy - r->backup_on > 0 ? r->doc_busy - r->backup_on : 0;
        restaff(r->doc_target, &r->doc_present, regular_busy);
    }
    double next = (double)day * 86400 + band->to_min * 60.0;
    if (push_event(r, next, EV_STAFF, which) != 0)
        return -1;
    return which == SCHEDULE_NURSES ? dispatch_nurses(r, t) : dispatch_doctors(r, t);
}

/* ---- a replication ---- */

static int reset(struct lv_replication *r, uint64_t seed, int replication, struct lv_rep_result *out)
{
    const struct lv_model *m = r->m;
    lv_calendar_fini(&r->cal);
    if (lv_calendar_init(&r->cal, 1024) != 0)
        return -1;
    for (int i = 0; i < LV_STREAM_COUNT; i++) {
        if (r->rng[i])
            gsl_rng_free(r->rng[i]);
        r->rng[i] = lv_rng_alloc(seed, (uint64_t)replication, (unsigned)i);
        if (!r->rng[i])
            return -1;
    }
    r->free_count = 0;
    for (uint32_t i = r->call_capacity; i > 0; i--)
        r->free_calls[r->free_count++] = i - 1;
    r->alive = 0;
    r->free_task_count = 0;
    for (uint32_t i = r->task_capacity; i > 0; i--)
        r->free_tasks[r->free_task_count++] = i - 1;
    r->tasks_alive = 0;
    r->head[0] = r->head[1] = r->tail[0] = r->tail[1] = NONE;
    r->queue_len = 0;
    lanes_init(&r->doctor_queue);
    lanes_init(&r->floor_queue);
    r->waiting_room = 0;
    r->d_target = r->d_present = r->d_busy = 0;
    r->f_target = r->f_present = r->f_busy = 0;
    r->s_target = r->s_present = r->s_phone = r->s_floor = 0;
    r->doc_target = r->doc_present = r->doc_busy = 0;
    r->backup_on = 0;
    r->backup_called = false;
    r->out = out;
    lv_rep_result_reset(out);
    out->measured_s = m->horizon - m->warmup;
    r->last = 0;
    r->cur_interval = interval_of(m, 0);
    /* The week offset is whole days and intervals divide a day, so interval edges fall on
     * multiples of the interval length counted from t = 0. */
    r->boundary_index = 1;
    set_next_stop(r);
    r->day_mult_drawn = 0;
    start_process(r, &r->calls_process, 1.0, r->rng[LV_STREAM_ARRIVALS]);
    start_process(r, &r->walk_in_process, r->s->walk_ins.share, r->rng[LV_STREAM_WALK_INS]);
    return 0;
}

int lv_replication_run(struct lv_replication *r, uint64_t seed, int replication, struct lv_rep_result *out)
{
    if (reset(r, seed, replication, out) != 0)
        return -1;
    const struct lv_scenario *s = r->s;
    const double horizon = r->m->horizon;
    if (on_staff(r, SCHEDULE_NURSES, 0) != 0)
        return -1;
    if (s->has_doctors && on_staff(r, SCHEDULE_DOCTORS, 0) != 0)
        return -1;
    double first = next_event_time(r, &r->calls_process, 0);
    r->next_arrival = first < horizon ? first : INFINITY;
    if (s->walk_ins.share > 0) {
        double walk = next_event_time(r, &r->walk_in_process, 0);
        if (walk < horizon && push_event(r, walk, EV_WALK_IN, 0) != 0)
            return -1;
    }
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
        if (t >= horizon && ((r->alive == 0 && r->tasks_alive == 0) || t >= horizon + DRAIN_LIMIT_S))
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
        case EV_PHONE_END:
            rc = on_phone_end(r, (enum role)ev.data, t);
            break;
        case EV_FLOOR_END:
            rc = on_floor_end(r, ev.data, t);
            break;
        case EV_DOCTOR_END:
            rc = on_doctor_end(r, ev.data, t);
            break;
        case EV_STAFF:
            rc = on_staff(r, (enum schedule_kind)ev.data, t);
            break;
        case EV_BACKUP_READY:
            rc = on_backup_ready(r, t);
            break;
        case EV_DISPOSITION:
            rc = on_disposition(r, ev.data, t);
            break;
        case EV_PATIENT_ARRIVAL:
            rc = on_patient_arrival(r, ev.data, t);
            break;
        case EV_WALK_IN:
            rc = on_walk_in(r, t);
            break;
        }
    }
    advance(r, horizon);
    return rc;
}
