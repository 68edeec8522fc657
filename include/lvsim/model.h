/* model.h — the call-centre model: a prepared, read-only description built from a scenario
 * (shared by all threads), and the simulation of one replication into an lv_rep_result: the
 * counters, per-interval-of-week and per-day tables it streams into (sized by the scenario's
 * limits; memory does not depend on the number of calls).
 * Each replication owns its calendar, call pool and random streams, so replications can run
 * in parallel and each gives the same numbers whatever thread runs it. */
#ifndef LVSIM_MODEL_H
#define LVSIM_MODEL_H

#include <stdint.h>

#include "lvsim/messages.h"

#include "lvsim/scenario.h"
#include "lvsim/stats.h"

struct lv_model;

/* What one replication measures. */

struct lv_interval_stats {
    uint64_t offered;    /* call attempts reaching the queue */
    uint64_t answered, within_target, within_10min, abandoned, redials;
    uint64_t busy_signals;  /* found the queue full (queue_capacity): offered, not answered */
    double answer_time_sum; /* answered calls, seconds */
    double queue_time_sum;  /* every attempt's time in queue (answered or abandoned) */
    double time_s;          /* simulated seconds that fell in this interval (after warm-up) */
    double busy_area, present_area, queue_area; /* phone-busy and phone-capable nurse-seconds; call-seconds */
    double shared_floor_area;  /* shared nurses on floor work: phone time lost to the floor */
    double away_area;          /* phone nurses away from the phone (centre.away) */
    double floor_busy_area;    /* all nurses on floor work */
    double nurse_present_area; /* every nurse on duty: operators, floor and shared */
    double doctor_busy_area, doctor_present_area, backup_area;
    double waiting_room_area;  /* patients at the centre waiting for a doctor */
    struct lv_hist answer_hist;
};

/* The clinical side, by urgency (red, yellow, green). */
struct lv_urgency_stats {
    uint64_t calls;             /* clinical calls answered in the window */
    uint64_t outcome[LV_DISPOSITIONS];        /* by disposition, see enum lv_disposition */
    uint64_t no_shows, walk_ins;
    uint64_t contacts;          /* doctor contacts whose wait began in the window */
    double wait_sum;
    struct lv_hist wait_hist;   /* end of call (or arrival of a walk-in) to doctor contact */
    /* Patients seen where they are (at the centre, or by video at a satellite), whose wait began
     * in the window: arrival there (or a walk-in's arrival) to doctor contact. */
    uint64_t site_contacts;
    uint64_t site_within;       /* of which within clinical.red_within */
    double site_wait_sum;
    struct lv_hist site_wait_hist;
    /* Booked patients who arrived: end of the call to arrival at the centre or satellite. */
    uint64_t arrivals;
    double travel_sum;
};

struct lv_day_stats {
    uint32_t offered, answered, within_target, within_10min, abandoned, busy_signals;
    double answer_time_sum;
};

/* Time-weighted levels of a site, in the order the model keeps them. */
enum lv_level {
    LV_L_OPERATORS, LV_L_OPERATORS_BUSY, /* operators on duty, and on a call */
    LV_L_FLOOR, LV_L_FLOOR_BUSY,         /* floor nurses on duty, and busy */
    LV_L_SHARED, LV_L_SHARED_PHONE, LV_L_SHARED_FLOOR,
    LV_L_DOCTORS, LV_L_DOCTORS_BUSY, LV_L_BACKUP,
    LV_L_QUEUE,                          /* calls waiting in this centre's queue */
    LV_L_WAITING_ROOM,                   /* patients here waiting for a doctor */
    LV_L_AWAY,                           /* phone nurses away (also counted in OPERATORS_BUSY or SHARED_PHONE) */
    LV_LEVELS
};

/* One centre or satellite over the measured window. */
struct lv_site_stats {
    uint64_t offered, answered, within_target, abandoned; /* calls of its areas */
    uint64_t busy_signals;         /* of those, found its queue full */
    uint64_t answered_elsewhere;   /* of those, answered by another centre's staff */
    uint64_t answered_for_others;  /* calls of other centres its staff answered */
    double answer_time_sum;
    double level_area[LV_LEVELS];  /* level × seconds */
    uint64_t doctor_contacts, video_consultations, satellite_patients, walk_ins, backup_activations;
    double video_doctor_s;         /* doctor time spent on video consultations */
};

/* One area over the measured window. */
struct lv_area_stats {
    uint64_t offered, answered, within_target, abandoned, busy_signals;
    uint64_t satellite_patients;
    double travel_saved_s;         /* expected travel saved by patients seen at the satellite */
};

/* Every call and task of a replication, warm-up and drain included, for conservation checks. */
struct lv_ledger {
    uint64_t attempts[LV_MAX_CALL_TYPES], answered[LV_MAX_CALL_TYPES], abandoned[LV_MAX_CALL_TYPES],
        busy_signals[LV_MAX_CALL_TYPES]; /* by call type */
    uint64_t redials, gave_up;
    uint64_t busy_redials;         /* busy signals whose caller will redial */
    uint64_t dispositions[LV_URGENCIES][LV_DISPOSITIONS];   /* clinical calls by urgency and disposition */
    uint64_t no_shows, patients_arrived, call_outs, walk_ins;
    uint64_t doctor_tasks_queued, doctor_tasks_done;
    uint64_t preemptions;          /* consultations a red patient interrupted (clinical.red_preempts) */
    double doctor_service_s;       /* service times drawn for doctor tasks */
    double doctor_work_s;          /* time doctors spent on them, piece by piece: the same once drained */
    uint64_t floor_tasks_queued, floor_tasks_done;
    uint64_t satellite_patients[LV_URGENCIES]; /* booked at a satellite, by urgency */
};

struct lv_rep_result {
    struct lv_ledger ledger;
    int interval_count; /* intervals of the week */
    int day_count;      /* simulated days (warm-up days included, marked by time) */
    struct lv_interval_stats *intervals;
    struct lv_day_stats *days;
    /* Episodes: from a caller's first attempt until answered, across redials. */
    uint64_t episodes, episodes_answered, episodes_within_target;
    double episode_time_sum;
    struct lv_hist episode_hist;
    struct lv_urgency_stats urgency[LV_URGENCIES];
    uint64_t home_visits;       /* home-visit response: end of call to the doctor's arrival */
    double home_response_sum;
    struct lv_hist home_response_hist;
    uint64_t backup_activations;
    uint64_t backup_red_activations; /* of which called because a red task found every doctor busy */
    uint64_t preemptions;       /* consultations interrupted by a red patient, in the window */
    /* Outbound callbacks (calls.types[].callback) of calls answered inside the window: how many a
     * nurse made, and their talk time (counted when the callback starts, even after the horizon). */
    uint64_t callbacks;
    double callback_talk_s;
    /* Call handling beyond talk, of calls answered inside the window: AMK conferences on red calls
     * (clinical.amk_conference) and their length; consults with the doctor during a call
     * (calls.types[].consult): all of them, those that asked a doctor on duty, those that ended
     * without one after max_hold, the nurses' hold for a doctor (of those that asked) and their
     * phone time on consults (hold and consultation). */
    uint64_t amk_conferences;
    double amk_conference_s;
    uint64_t consults, consults_asked, consults_not_reached;
    double consult_hold_s, consult_phone_s;
    int site_count, area_count;
    struct lv_site_stats *sites;   /* owned, [site_count] */
    struct lv_site_interval {      /* a centre's calls by interval of the week */
        uint32_t offered, within_target, abandoned;
    } *site_intervals;             /* owned, [site_count][interval_count] */
    struct lv_area_stats *areas;   /* owned, [area_count] */
    /* Engine counters (all events and calls, warm-up included). */
    uint64_t events, attempts;
    double measured_s; /* horizon minus warm-up */
};

int lv_rep_result_init(struct lv_rep_result *r, int interval_count, int day_count, int site_count, int area_count);
void lv_rep_result_reset(struct lv_rep_result *r);
void lv_rep_result_fini(struct lv_rep_result *r);

/* Sums the per-interval counters into one (the whole measured period). */
void lv_rep_result_total(const struct lv_rep_result *r, struct lv_interval_stats *total);

/* What a replication (and lv_run) returns. */
enum lv_status {
    LV_OK = 0,
    LV_NO_MEMORY = -1, /* out of memory (or threads, for lv_run) */
    LV_OVERLOADED = -2, /* more than LV_MAX_LIVE calls, or patients and tasks, at once */
    LV_INVALID = -3,    /* an invalid argument: a schedule the loader would refuse (lv_evaluator_set_schedule), or no replications */
    LV_CANCELLED = -4,  /* lv_run and the evaluator: the caller's cancel flag was set (evaluate.h) */
    LV_TOO_LARGE = -5   /* lv_run and the evaluator: the replications' figures would pass
                         * LV_MAX_RESULT_BYTES (evaluate.h); nothing was simulated */
};

/* The most calls alive at once in a replication (waiting, in the announcement, or between a
 * hang-up and the redial), and separately the most patients and doctor or floor tasks. A queue
 * that grows without bound (staff far short of demand, no patience, no queue_capacity) stops the
 * replication with LV_OVERLOADED at this size instead of taking all memory: it bounds a
 * replication's pools and calendar to about 350 MB (docs/model.md). No realistic scenario comes
 * near it. */
#define LV_MAX_LIVE (1u << 20)

/* Prepares a model. The scenario is borrowed and must outlive the model. NULL on out of memory. */
struct lv_model *lv_model_alloc(const struct lv_scenario *s);
void lv_model_free(struct lv_model *m);

/* Refreshes what the model derives from the sites' schedules (operators, doctors, has_doctors)
 * after whoever owns the scenario changed them in place (the evaluator, evaluate.h): nothing
 * else the model prepares depends on staffing, and replications read the bands themselves.
 * Not while a replication of this model runs. */
void lv_model_restaff(struct lv_model *m);

int lv_model_interval_count(const struct lv_model *m);
int lv_model_day_count(const struct lv_model *m);

/* Expected first attempts on a simulated day (0 = start): the yearly volume spread by day type and
 * month, times growth and the factor of the demand period holding the day (docs/model.md), before
 * the random day multiplier. */
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

/* The language of lv_replication_error's messages (English after lv_replication_alloc). */
void lv_replication_set_language(struct lv_replication *r, enum lv_language lang);

/* Records every call attempt of the following runs into trace (trace.h; borrowed, emptied as
 * each run starts), or stops recording when trace is NULL (as after lv_replication_alloc).
 * Results do not depend on it. */
struct lv_trace;
void lv_replication_set_trace(struct lv_replication *r, struct lv_trace *trace);

#endif
