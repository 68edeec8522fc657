/* stats.h — what one replication measures, and estimates across replications.
 * Counters are streaming (fixed-size histograms, per-interval-of-week and per-day tables), so
 * memory does not depend on the number of calls. Estimates are ratios of sums across
 * replications (a plain mean when every weight is 1) with a Student-t confidence half-width. */
#ifndef LVSIM_STATS_H
#define LVSIM_STATS_H

#include <stdint.h>

/* Waiting-time histogram: a bin for exactly zero (calls answered at once are a point mass), then
 * 1 s bins to 10 min, 10 s bins to 1 h, 1 min bins to 4 h, then overflow. */
#define LV_HIST_BINS 1082
struct lv_hist {
    uint32_t n[LV_HIST_BINS];
};

static inline int lv_hist_bin(double s)
{
    if (s <= 0)
        return 0;
    if (s < 600)
        return 1 + (int)s;
    if (s < 3600)
        return 601 + (int)((s - 600) / 10);
    if (s < 14400)
        return 901 + (int)((s - 3600) / 60);
    return LV_HIST_BINS - 1;
}

static inline void lv_hist_add(struct lv_hist *h, double seconds) { h->n[lv_hist_bin(seconds)]++; }

/* The q-quantile (0..1) by linear interpolation inside the bin; NaN when empty. */
double lv_hist_quantile(const struct lv_hist *h, double q);
void lv_hist_merge(struct lv_hist *into, const struct lv_hist *from);

struct lv_interval_stats {
    uint64_t offered;    /* call attempts reaching the queue */
    uint64_t answered, within_target, within_10min, abandoned, redials;
    uint64_t busy_signals;  /* found the queue full (queue_capacity): offered, not answered */
    double answer_time_sum; /* answered calls, seconds */
    double queue_time_sum;  /* every attempt's time in queue (answered or abandoned) */
    double time_s;          /* simulated seconds that fell in this interval (after warm-up) */
    double busy_area, present_area, queue_area; /* phone-busy and phone-capable nurse-seconds; call-seconds */
    double shared_floor_area;  /* shared nurses on floor work: phone time lost to the floor */
    double floor_busy_area;    /* all nurses on floor work */
    double nurse_present_area; /* every nurse on duty: operators, floor and shared */
    double doctor_busy_area, doctor_present_area, backup_area;
    double waiting_room_area;  /* patients at the centre waiting for a doctor */
    struct lv_hist answer_hist;
};

/* The clinical side, by urgency (red, yellow, green). */
struct lv_urgency_stats {
    uint64_t calls;             /* clinical calls answered in the window */
    uint64_t outcome[6];        /* by disposition, see enum lv_disposition */
    uint64_t no_shows, walk_ins;
    uint64_t contacts;          /* doctor contacts whose wait began in the window */
    uint64_t contacts_within;   /* of which within clinical.red_within */
    double wait_sum;
    struct lv_hist wait_hist;   /* end of call (or arrival of a walk-in) to doctor contact */
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
    uint64_t attempts[16], answered[16], abandoned[16], busy_signals[16]; /* by call type */
    uint64_t redials, gave_up;
    uint64_t busy_redials;         /* busy signals whose caller will redial */
    uint64_t dispositions[3][6];   /* clinical calls by urgency and disposition */
    uint64_t no_shows, patients_arrived, call_outs, walk_ins;
    uint64_t doctor_tasks_queued, doctor_tasks_done;
    uint64_t floor_tasks_queued, floor_tasks_done;
    uint64_t satellite_patients[3]; /* booked at a satellite, by urgency */
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
    struct lv_urgency_stats urgency[3];
    uint64_t home_visits;       /* home-visit response: end of call to the doctor's arrival */
    double home_response_sum;
    struct lv_hist home_response_hist;
    uint64_t backup_activations;
    int site_count, area_count;
    struct lv_site_stats *sites;   /* owned, [site_count] */
    struct lv_site_interval {      /* a centre's calls by interval of the week */
        uint32_t offered, within_target;
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

struct lv_estimate {
    double mean;
    double half_width; /* of the confidence interval; NaN with fewer than 2 values */
    double sd;         /* per replication: half_width = t(n - 1) * sd / sqrt(n) */
    int n;             /* replications in the estimate (those with NaNs are skipped) */
};

/* Mean and two-sided Student-t interval at the given level (e.g. 0.95) of the finite values. */
struct lv_estimate lv_estimate_of(const double *values, int count, double level);

/* The same for many columns of `count` values: the t quantiles are computed once and no memory
 * is allocated per estimate (a summary makes thousands). */
struct lv_estimator {
    int count;
    double level;
    double *scratch, *t; /* owned */
};
int lv_estimator_init(struct lv_estimator *e, int count, double level);
void lv_estimator_fini(struct lv_estimator *e);
struct lv_estimate lv_estimate(struct lv_estimator *e, const double *values);

/* The ratio estimator of Σy / Σx over replications r = 1..n, where y_r is replication r's
 * numerator (e.g. calls answered within target in an interval) and x_r its weight (the calls
 * offered there): every call counts once, however the calls fall on replications. A
 * replication with x_r = 0 adds nothing to either sum but counts in n; one with a non-finite
 * y_r or x_r is skipped. The interval is the delta method's: with R = Σy / Σx, residuals
 * d_r = y_r - R x_r and x̄ = Σx / n, var(R) = Σ d_r² / ((n - 1) n x̄²), and the half-width is
 * t(n - 1) sqrt(var(R)). The mean is NaN when Σx = 0. With every x_r = 1 this is
 * lv_estimate (same bits). */
struct lv_estimate lv_estimate_ratio(struct lv_estimator *e, const double *y, const double *x);

/* The paired difference R_b - R_a of two ratio estimators over the same replications (common
 * random numbers): residuals d_r = (yb_r - R_b xb_r) / x̄b - (ya_r - R_a xa_r) / x̄a, and the
 * interval as above. Replications where any value is not finite are skipped. */
struct lv_estimate lv_estimate_ratio_difference(struct lv_estimator *e, const double *ya, const double *xa,
                                                const double *yb, const double *xb);

#endif
