/* summary.h — the reported figures: tables of metrics (key, label, unit, how to compute one
 * replication's value) for the whole run, per interval of the week and per day, and their
 * estimates across replications (mean with a 95 % Student-t interval). The tables drive the
 * JSON, CSV and text outputs, so a figure is defined in one place. */
#ifndef LVSIM_SUMMARY_H
#define LVSIM_SUMMARY_H

#include "lvsim/run.h"
#include "lvsim/stats.h"

enum lv_unit { LV_UNIT_COUNT, LV_UNIT_SHARE, LV_UNIT_SECONDS, LV_UNIT_NUMBER };

enum lv_headline {
    LV_M_CALLS_OFFERED,
    LV_M_CALLS_PER_DAY,
    LV_M_WITHIN_TARGET,
    LV_M_WITHIN_10MIN,
    LV_M_ANSWERED,
    LV_M_ABANDONED,
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
    LV_HEADLINE_COUNT
};

enum lv_interval_metric {
    LV_I_CALLS_OFFERED, /* per week */
    LV_I_WITHIN_TARGET,
    LV_I_WITHIN_10MIN,
    LV_I_ABANDONED,
    LV_I_ANSWER_MEAN,
    LV_I_ANSWER_MEDIAN,
    LV_I_ANSWER_P90,
    LV_I_OCCUPANCY,
    LV_I_QUEUE_LENGTH,
    LV_I_OPERATORS,
    LV_INTERVAL_METRIC_COUNT
};

enum lv_day_metric {
    LV_D_CALLS_OFFERED,
    LV_D_WITHIN_TARGET,
    LV_D_WITHIN_10MIN,
    LV_D_ABANDONED,
    LV_D_ANSWER_MEAN,
    LV_DAY_METRIC_COUNT
};

struct lv_metric_info {
    const char *key;   /* stable JSON/CSV name */
    const char *label; /* for people */
    enum lv_unit unit;
};

const struct lv_metric_info *lv_headline_info(enum lv_headline m);
const struct lv_metric_info *lv_interval_metric_info(enum lv_interval_metric m);
const struct lv_metric_info *lv_day_metric_info(enum lv_day_metric m);

/* Where each metric sits in a replication's vector of values: the headline figures, then the
 * intervals' figures interval by interval, then the reported days' figures day by day. Reported
 * days are those wholly inside the measured window. */
struct lv_layout {
    int interval_count;
    int first_day, day_count;
    int count; /* values in all */
};

void lv_layout_init(struct lv_layout *l, const struct lv_scenario *s, int interval_count, int day_count);
static inline int lv_layout_interval(const struct lv_layout *l, int interval, int metric)
{
    (void)l;
    return LV_HEADLINE_COUNT + interval * LV_INTERVAL_METRIC_COUNT + metric;
}
static inline int lv_layout_day(const struct lv_layout *l, int day, int metric)
{
    return LV_HEADLINE_COUNT + l->interval_count * LV_INTERVAL_METRIC_COUNT + day * LV_DAY_METRIC_COUNT + metric;
}

/* Fills out[0 .. l->count) with one replication's values (NaN where undefined). */
void lv_metric_values(const struct lv_layout *l, const struct lv_rep_result *r, const struct lv_scenario *s,
                      double *out);

struct lv_summary {
    struct lv_estimate headline[LV_HEADLINE_COUNT];
    int interval_count;
    struct lv_estimate (*intervals)[LV_INTERVAL_METRIC_COUNT];
    int first_day, day_count; /* reported days: those wholly inside the measured window */
    struct lv_estimate (*days)[LV_DAY_METRIC_COUNT];
    int intervals_meeting_target, intervals_with_calls;
};

int lv_summary_compute(const struct lv_results *r, struct lv_summary *out);
void lv_summary_fini(struct lv_summary *s);

#endif
