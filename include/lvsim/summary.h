/* summary.h — the reported figures: tables of metrics (key, label, unit, how to compute one
 * replication's value as a numerator and a weight) for the whole run, per interval of the week
 * and per day, and their estimates across replications (ratios of sums with a 95 % Student-t
 * interval, see lv_estimate_ratio). The tables drive the JSON, CSV and text outputs, so a
 * figure is defined in one place. A run's results (struct lv_results) are declared here, below
 * run.h: they are these figures, whoever produced them. */
#ifndef LVSIM_SUMMARY_H
#define LVSIM_SUMMARY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "lvsim/messages.h"
#include "lvsim/model.h"
#include "lvsim/scenario.h"
#include "lvsim/stats.h"

enum lv_unit { LV_UNIT_COUNT, LV_UNIT_SHARE, LV_UNIT_SECONDS, LV_UNIT_NUMBER };

enum lv_headline {
    LV_M_CALLS_OFFERED,
    LV_M_CALLS_PER_DAY,
    LV_M_WITHIN_TARGET,
    LV_M_WITHIN_10MIN,
    LV_M_ANSWERED,
    LV_M_ABANDONED,
    LV_M_BUSY,         /* busy signals: the queue was full (queue_capacity) */
    LV_M_REDIALS,
    LV_M_ANSWER_MEDIAN,
    LV_M_ANSWER_MEAN,
    LV_M_ANSWER_P90,
    LV_M_ANSWER_P95,
    LV_M_QUEUE_TIME_MEAN,
    LV_M_EPISODES,
    LV_M_EPISODE_ANSWERED,
    LV_M_EPISODE_WITHIN_TARGET,
    LV_M_EPISODE_MEAN,
    LV_M_EPISODE_MEDIAN,
    LV_M_EPISODE_P90,
    LV_M_OCCUPANCY,
    LV_M_QUEUE_LENGTH,
    LV_M_OPERATORS,
    LV_M_DAYS_MEETING_TARGET,
    /* the clinical side (undefined, null in JSON, without it) */
    LV_M_CENTRE_WAIT_MEAN,   /* patients at the centre (or satellite): arrival to doctor contact */
    LV_M_TRAVEL_MEAN,        /* booked patients: end of the call to arrival */
    LV_M_DOCTOR_WAIT_MEAN,   /* every doctor contact: end of the call (or a walk-in's arrival) to contact */
    LV_M_RED_SEEN_WITHIN,    /* red patients at the centre, from arrival */
    LV_M_PREEMPTIONS,        /* consultations interrupted by red patients, per day (clinical.red_preempts) */
    LV_M_HOME_RESPONSE_MEAN,
    LV_M_HOME_RESPONSE_P90,
    LV_M_DOCTOR_UTILISATION,
    LV_M_DOCTORS,
    LV_M_BACKUP_ACTIVATIONS,
    LV_M_BACKUP_RED_ACTIVATIONS, /* of those, because a red task found every doctor busy */
    LV_M_BACKUP_HOURS,
    LV_M_WAITING_ROOM,
    LV_M_WALK_INS_PER_DAY,
    LV_M_NURSE_PHONE_SHARE,
    LV_M_NURSE_FLOOR_SHARE,
    LV_M_PHONE_HOURS_LOST,
    LV_HEADLINE_COUNT
};

enum lv_interval_metric {
    LV_I_CALLS_OFFERED, /* per week */
    LV_I_WITHIN_TARGET,
    LV_I_WITHIN_10MIN,
    LV_I_ABANDONED,
    LV_I_BUSY,
    LV_I_ANSWER_MEAN,
    LV_I_ANSWER_MEDIAN,
    LV_I_ANSWER_P90,
    LV_I_OCCUPANCY,
    LV_I_QUEUE_LENGTH,
    LV_I_OPERATORS,
    LV_I_WAITING_ROOM,
    LV_I_DOCTOR_UTILISATION,
    LV_I_DOCTORS,
    LV_I_NURSES_ON_FLOOR,
    LV_I_PHONE_LOST,
    LV_I_AWAY,          /* share of phone nurses' time away from the phone: last, as tables leave it out
                         * for scenarios without time away */
    LV_INTERVAL_METRIC_COUNT
};

enum lv_day_metric {
    LV_D_CALLS_OFFERED,
    LV_D_WITHIN_TARGET,
    LV_D_WITHIN_10MIN,
    LV_D_ABANDONED,
    LV_D_BUSY,
    LV_D_ANSWER_MEAN,
    LV_DAY_METRIC_COUNT
};

/* By urgency (red, yellow, green): outcomes of clinical calls and doctors' waits. */
enum lv_urgency_metric {
    LV_U_CALLS_PER_DAY,    /* clinical calls answered, per day */
    LV_U_ADVICE,           /* shares of those calls by disposition ... */
    LV_U_CONSULTATION,
    LV_U_CALLBACK,
    LV_U_HOME_VISIT,
    LV_U_AMBULANCE,
    LV_U_REFERRAL,         /* ... to here, in enum lv_disposition order */
    LV_U_NO_SHOWS,         /* of consultations */
    LV_U_WALK_INS_PER_DAY,
    LV_U_CONTACTS_PER_DAY, /* doctor contacts */
    LV_U_CENTRE_WAIT_MEAN, /* at the centre (or satellite): arrival to doctor contact */
    LV_U_CENTRE_WAIT_MEDIAN,
    LV_U_CENTRE_WAIT_P90,
    LV_U_SEEN_WITHIN,      /* of those, within clinical.red_within of arrival */
    LV_U_TRAVEL_MEAN,      /* booked patients: end of the call to arrival */
    LV_U_WAIT_MEAN,        /* every doctor contact: end of the call (or a walk-in's arrival) to contact */
    LV_U_WAIT_MEDIAN,
    LV_U_WAIT_P90,
    LV_URGENCY_METRIC_COUNT
};

/* Per centre or satellite. */
enum lv_site_metric {
    LV_S_CALLS_PER_DAY,       /* calls of its areas offered, per day */
    LV_S_WITHIN_TARGET,
    LV_S_ABANDONED,
    LV_S_BUSY,
    LV_S_ANSWER_MEAN,
    LV_S_ANSWERED_ELSEWHERE,  /* its calls answered by another centre, share */
    LV_S_ANSWERED_FOR_OTHERS, /* other centres' calls its staff answered, per day */
    LV_S_OCCUPANCY,
    LV_S_PHONE_STAFF,         /* operators and shared nurses on duty, mean */
    LV_S_DOCTOR_UTILISATION,
    LV_S_DOCTORS,
    LV_S_WAITING_ROOM,
    LV_S_DOCTOR_CONTACTS_PER_DAY,
    LV_S_VIDEO_PER_DAY,       /* video consultations its doctors gave */
    LV_S_VIDEO_HOURS_PER_DAY,
    LV_S_SATELLITE_PATIENTS_PER_DAY,
    LV_S_WALK_INS_PER_DAY,
    LV_S_BACKUP_ACTIVATIONS,  /* per week */
    LV_SITE_METRIC_COUNT
};

/* Per centre and interval of the week (scenarios with several centres). */
enum lv_site_interval_metric { LV_SI_CALLS_PER_WEEK, LV_SI_WITHIN_TARGET, LV_SI_ABANDONED, LV_SITE_INTERVAL_METRIC_COUNT };

/* Per area. */
enum lv_area_metric {
    LV_A_CALLS_PER_DAY,
    LV_A_WITHIN_TARGET,
    LV_A_ABANDONED,
    LV_A_BUSY,
    LV_A_SATELLITE_PATIENTS_PER_DAY,
    LV_A_TRAVEL_SAVED_HOURS_PER_DAY,
    LV_AREA_METRIC_COUNT
};

/* Time away from the phone (centre.away) and outbound callbacks (calls.types[].callback): a
 * table of its own, reported only by runs of scenarios that use either (lv_summary.away_used,
 * callbacks_used), so documents of other runs keep their form. */
enum lv_shrinkage_metric {
    LV_SH_AWAY_SHARE,              /* phone staff's time away / their time on duty */
    LV_SH_AWAY_HOURS_PER_DAY,
    LV_SH_CALLBACKS_PER_DAY,       /* callbacks made, per day */
    LV_SH_CALLBACKS_PER_ANSWERED,  /* callbacks / calls answered */
    LV_SH_CALLBACK_HOURS_PER_DAY,  /* their talk time, hours per day */
    LV_SHRINKAGE_METRIC_COUNT
};
/* Per site, the first of them: the share and hours away (several sites, time away used). */
#define LV_SH_SITE_METRIC_COUNT (LV_SH_AWAY_HOURS_PER_DAY + 1)

/* Call handling beyond talk: AMK conferences on red calls (clinical.amk_conference) and consults
 * with the doctor during calls (calls.types[].consult), of calls answered in the window; a table
 * of its own, reported only by runs of scenarios that use either (lv_summary.amk_used,
 * consults_used). */
enum lv_call_handling_metric {
    LV_CH_AMK_PER_DAY,            /* AMK conferences per day */
    LV_CH_AMK_HOURS_PER_DAY,      /* the nurses' time on them, hours per day */
    LV_CH_CONSULTS_PER_DAY,       /* consults with the doctor per day */
    LV_CH_CONSULT_HOLD_MEAN,      /* mean hold for a doctor, of consults that asked one on duty */
    LV_CH_CONSULTS_NOT_REACHED,   /* of those, the share ended at max_hold without a doctor */
    LV_CH_CONSULT_HOURS_PER_DAY,  /* the nurses' time on consults (hold and consultation), hours per day */
    LV_CALL_HANDLING_METRIC_COUNT
};

/* The distribution of answer times: the share of answered calls (or of callers answered, across
 * redials) whose time to answer falls in each bin, from the run's histograms (stats.h): answered
 * at once, then [0, 30 s), [30 s, 1 min), … [1 h, 4 h), and 4 h or more. Two tables of these
 * metrics (answer_times, caller_times); the bins of one sum to 1. */
enum lv_answer_bin {
    LV_AB_AT_ONCE,
    LV_AB_UNDER_30S,
    LV_AB_30S_1MIN,
    LV_AB_1_2MIN,
    LV_AB_2_3MIN,
    LV_AB_3_5MIN,
    LV_AB_5_10MIN,
    LV_AB_10_20MIN,
    LV_AB_20_30MIN,
    LV_AB_30MIN_1H,
    LV_AB_1_4H,
    LV_AB_OVER_4H,
    LV_ANSWER_BIN_COUNT
};
/* The lower edge of bin b in seconds (0 for the first two; the last's is LV_HIST_CAP_S). */
double lv_answer_bin_from(enum lv_answer_bin b);

struct lv_metric_info {
    const char *key;   /* stable JSON/CSV name */
    enum lv_msg label; /* for people: a message of the catalogue */
    enum lv_unit unit;
};

const struct lv_metric_info *lv_headline_info(enum lv_headline m);
const struct lv_metric_info *lv_interval_metric_info(enum lv_interval_metric m);
const struct lv_metric_info *lv_day_metric_info(enum lv_day_metric m);
const struct lv_metric_info *lv_urgency_metric_info(enum lv_urgency_metric m);
const struct lv_metric_info *lv_site_metric_info(enum lv_site_metric m);
const struct lv_metric_info *lv_area_metric_info(enum lv_area_metric m);
const struct lv_metric_info *lv_site_interval_metric_info(enum lv_site_interval_metric m);
const struct lv_metric_info *lv_shrinkage_metric_info(enum lv_shrinkage_metric m);
const struct lv_metric_info *lv_call_handling_metric_info(enum lv_call_handling_metric m);
const struct lv_metric_info *lv_answer_bin_info(enum lv_answer_bin b);

/* Whether a scenario's centres spend time away from the phone, and whether a call type leads to
 * outbound callbacks: then the run reports its shrinkage figures. */
bool lv_scenario_has_away(const struct lv_scenario *s);
bool lv_scenario_has_callbacks(const struct lv_scenario *s);
/* Whether red calls may hold their nurse on an AMK conference, and whether a call type has
 * consults with the doctor: then the run reports its call-handling figures. */
bool lv_scenario_has_amk_conferences(const struct lv_scenario *s);
bool lv_scenario_has_consults(const struct lv_scenario *s);

/* Where each metric sits in a replication's vector of values: the headline figures, then the
 * intervals' figures interval by interval, then the urgencies', the sites', areas', the centres'
 * intervals', the shrinkage figures, the call-handling figures and the answer-time bins; `count`
 * of them. The reported days' figures (those of days wholly inside the measured window) are not
 * in the vector: their number grows with the horizon, so each replication writes them to its
 * results' day store (struct lv_day_store below) and estimates read them back a window of days at
 * a time. */
struct lv_layout {
    int interval_count, site_count, area_count;
    int site_interval_sites; /* centres with per-interval tables: all of them if several, else 0 */
    int first_day, day_count; /* reported days: the first simulated day counted, and how many */
    int count; /* values per replication, the days' left out */
};

void lv_layout_init(struct lv_layout *l, const struct lv_scenario *s, int interval_count, int day_count);
static inline int lv_layout_interval(const struct lv_layout *l, int interval, int metric)
{
    (void)l;
    return LV_HEADLINE_COUNT + interval * LV_INTERVAL_METRIC_COUNT + metric;
}
static inline int lv_layout_urgency(const struct lv_layout *l, int urgency, int metric)
{
    return LV_HEADLINE_COUNT + l->interval_count * LV_INTERVAL_METRIC_COUNT + urgency * LV_URGENCY_METRIC_COUNT + metric;
}
static inline int lv_layout_site(const struct lv_layout *l, int site, int metric)
{
    return LV_HEADLINE_COUNT + l->interval_count * LV_INTERVAL_METRIC_COUNT + 3 * LV_URGENCY_METRIC_COUNT +
           site * LV_SITE_METRIC_COUNT + metric;
}
static inline int lv_layout_area(const struct lv_layout *l, int area, int metric)
{
    return lv_layout_site(l, l->site_count, 0) + area * LV_AREA_METRIC_COUNT + metric;
}
static inline int lv_layout_site_interval(const struct lv_layout *l, int site, int interval, int metric)
{
    return lv_layout_area(l, l->area_count, 0) + (site * l->interval_count + interval) * LV_SITE_INTERVAL_METRIC_COUNT + metric;
}
static inline int lv_layout_shrinkage(const struct lv_layout *l, int metric)
{
    return lv_layout_site_interval(l, l->site_interval_sites, 0, 0) + metric;
}
static inline int lv_layout_site_shrinkage(const struct lv_layout *l, int site, int metric)
{
    return lv_layout_shrinkage(l, LV_SHRINKAGE_METRIC_COUNT) + site * LV_SH_SITE_METRIC_COUNT + metric;
}
static inline int lv_layout_call_handling(const struct lv_layout *l, int metric)
{
    return lv_layout_site_shrinkage(l, l->site_count, 0) + metric;
}
/* The answer-time bins: of calls (callers = 0) and of callers across redials (callers = 1). */
static inline int lv_layout_answer_bin(const struct lv_layout *l, int callers, int bin)
{
    return lv_layout_call_handling(l, LV_CALL_HANDLING_METRIC_COUNT) + callers * LV_ANSWER_BIN_COUNT + bin;
}

/* Whether figure `index` of the layout is a quantile of a waiting-time histogram (the medians,
 * 90th and 95th percentiles of answer, episode, doctor-wait and home-visit response times): one
 * replication's value at LV_HIST_CAP_S (stats.h) is censored, the true quantile lies beyond. */
bool lv_layout_capped(const struct lv_layout *l, int index);

/* Fills num[0 .. l->count) and den[0 .. l->count) with one replication's figures as ratios
 * num / den: a share or mean per call has its calls as den, a time average its seconds, a rate
 * per day its days; counts and quantiles have den = 1. den may be 0 (an interval without
 * calls); num is NaN where the figure is undefined for the scenario or the replication. The
 * days' figures are lv_day_values'. */
void lv_metric_values(const struct lv_layout *l, const struct lv_rep_result *r, const struct lv_scenario *s,
                      double *num, double *den);

/* One replication's figures of one reported day, as lv_metric_values gives the others. */
struct lv_day_value {
    double num[LV_DAY_METRIC_COUNT], den[LV_DAY_METRIC_COUNT];
};
/* Reported days first .. first + count - 1 (0 = the layout's first_day) of replication r. */
void lv_day_values(const struct lv_layout *l, const struct lv_rep_result *r, int first, int count,
                   struct lv_day_value *out);

/* Every replication's day values, [replication][reported day], where memory does not grow with
 * the horizon: in memory up to LV_DAY_STORE_MEMORY bytes, beyond that in an unnamed temporary
 * file (tmpfile: removed when closed or when the process ends), 96 bytes a day and replication.
 * Replications may write their own rows from different threads at once (positioned writes). */
#define LV_DAY_STORE_MEMORY ((size_t)1 << 20)
struct lv_day_store {
    int replications, day_count;
    struct lv_day_value *memory; /* owned, or NULL */
    FILE *file;                  /* owned, or NULL */
};
/* An empty store (every value 0/0) of `replications` rows of day_count days, in memory when it
 * needs at most memory_limit bytes (LV_DAY_STORE_MEMORY; 0 forces a file), else in a temporary
 * file (in memory after all if none can be made). 0, or -1 out of memory. */
int lv_day_store_open(struct lv_day_store *st, int replications, int day_count, size_t memory_limit);
void lv_day_store_close(struct lv_day_store *st);
/* Writes days first .. first + count - 1 of replication rep; reads them back. 0, or -1 on an I/O
 * error (or rows out of range). */
int lv_day_store_write(struct lv_day_store *st, int rep, int first, int count, const struct lv_day_value *v);
int lv_day_store_read(const struct lv_day_store *st, int rep, int first, int count, struct lv_day_value *out);
/* Replication rep's reported days from its result r, a window at a time. 0, or -1 on an I/O error. */
int lv_day_store_put(struct lv_day_store *st, int rep, const struct lv_layout *l, const struct lv_rep_result *r);

/* A run's results, as lv_run (run.h) fills them. Each replication is reduced to its metric
 * values (the layout above) as soon as it ends, so memory grows by a few kilobytes per
 * replication, not by its histograms, and its days go to the day store, so it does not grow
 * with the horizon. A value is kept as a numerator and a weight, so that
 * estimates can be ratios of sums. */
struct lv_results {
    const struct lv_scenario *scenario; /* borrowed */
    int replications;
    uint64_t seed;
    int interval_count, day_count;
    int value_count;            /* metric values per replication */
    double *values;             /* owned, [replications][value_count]: numerators */
    double *weights;            /* owned, [replications][value_count]: their denominators */
    uint64_t *events, *attempts; /* owned, [replications]: engine counters */
    struct lv_rep_result *reps; /* owned, [replications], or NULL unless keep_reps */
    struct lv_day_store days;   /* owned: every replication's reported days */
};
void lv_results_fini(struct lv_results *r);

/* Replication rep's own value of figure `index` (numerator / weight), NaN when undefined or when
 * the weight is 0. For checks of one replication; estimates use lv_estimate_ratio. */
double lv_results_value(const struct lv_results *r, int rep, int index);

struct lv_summary {
    struct lv_estimate headline[LV_HEADLINE_COUNT];
    int interval_count;
    struct lv_estimate (*intervals)[LV_INTERVAL_METRIC_COUNT];
    int first_day, day_count; /* reported days: those wholly inside the measured window; their
                               * estimates are lv_summary_days', a window at a time */
    struct lv_estimate urgencies[3][LV_URGENCY_METRIC_COUNT];
    int site_count, area_count;
    struct lv_estimate (*sites)[LV_SITE_METRIC_COUNT];
    struct lv_estimate (*areas)[LV_AREA_METRIC_COUNT];
    int site_interval_sites;
    struct lv_estimate (*site_intervals)[LV_SITE_INTERVAL_METRIC_COUNT]; /* [site][interval] flattened */
    int centres_by_band[3]; /* centres with a mean share within target >= target, 51 %..target, <= 50 % */
    int intervals_meeting_target, intervals_with_calls;
    /* Overloaded intervals of the week, where the phone queue does not drain: calls were offered,
     * the phone staff were saturated (operator occupancy >= LV_OVERLOAD_OCCUPANCY, or no phone
     * staff on duty at all), and a backlog was carried on (the 90th percentile of the answer time
     * of the interval's calls at least LV_OVERLOAD_WAIT_S or the interval's length, whichever is
     * longer, or censored at the histogram's cap). Their waiting figures are lower bounds. The
     * rule and why: docs/output.md, "Overloaded intervals". */
    bool *overloaded; /* [interval_count] */
    int overloaded_count;
    /* With several centres, a centre's overloaded intervals (lv_site_interval_overloaded): its own
     * queue carries a backlog though the whole system may not (a starved centre beside idle
     * neighbours). Flattened like site_intervals. */
    bool *site_overloaded;   /* [site_interval_sites * interval_count] */
    int site_overloaded_count, centres_overloaded;
    /* Time away and callbacks (undefined, NaN, for a feature the scenario does not use). */
    struct lv_estimate shrinkage[LV_SHRINKAGE_METRIC_COUNT];
    struct lv_estimate (*site_shrinkage)[LV_SH_SITE_METRIC_COUNT]; /* [site_count]; satellites undefined */
    bool away_used, callbacks_used;
    /* AMK conferences and consults (undefined, NaN, for a feature the scenario does not use). */
    struct lv_estimate call_handling[LV_CALL_HANDLING_METRIC_COUNT];
    bool amk_used, consults_used;
    /* The distribution of answer times: [0] of answered calls, [1] of callers answered. */
    struct lv_estimate answer_bins[2][LV_ANSWER_BIN_COUNT];
};

#define LV_OVERLOAD_OCCUPANCY 0.99
#define LV_OVERLOAD_WAIT_S 3600.0

/* Whether an interval's estimates (a row of lv_summary.intervals, an interval of interval_s
 * seconds) show it overloaded by the rule above. */
bool lv_interval_overloaded(const struct lv_estimate *iv, double interval_s);

/* A centre's interval (a row of lv_summary.site_intervals; `weeks`: the weeks observed times the
 * replications) is overloaded when fewer than LV_OVERLOAD_CENTRE_WITHIN of its calls were answered
 * within the target, and enough calls came to be sure: the 95 % Wilson upper bound of that share
 * over all its calls is below LV_OVERLOAD_CENTRE_BOUND (0 of 35 calls or more). Each caller found
 * a queue that takes longer than the target to clear: a backlog. (By centre and interval only
 * calls and answers within the target are counted, so the whole-system rule's occupancy and 90th
 * percentile are not available.) docs/output.md, "Overloaded intervals". */
#define LV_OVERLOAD_CENTRE_WITHIN 0.02
#define LV_OVERLOAD_CENTRE_BOUND 0.10
bool lv_site_interval_overloaded(const struct lv_estimate *si, double weeks);

int lv_summary_compute(const struct lv_results *r, struct lv_summary *out);

/* Estimates of reported days first .. first + count - 1 (0 = the summary's first_day) across the
 * replications, ratios of sums as every figure, read from the results' day store: memory for
 * count days of every replication (96 bytes each) while it runs. 0, or -1 out of memory or on a
 * read error. */
int lv_summary_days(const struct lv_results *r, int first, int count, struct lv_estimate (*out)[LV_DAY_METRIC_COUNT]);
/* How many days lv_summary_days should take at a time for r: about LV_DAY_WINDOW_BYTES of day
 * values, at least one day. */
#define LV_DAY_WINDOW_BYTES ((size_t)256 << 10)
int lv_summary_day_window(const struct lv_results *r);
/* The estimate of reported days first .. first + count - 1 taken together (a week, a month): each
 * replication's sums over those days, then ratios of sums across replications; a count per day
 * (calls_offered) becomes the mean per day. 0, or -1 out of memory or on a read error. */
int lv_summary_day_range(const struct lv_results *r, int first, int count, struct lv_estimate out[LV_DAY_METRIC_COUNT]);
void lv_summary_fini(struct lv_summary *s);

#endif
