/* summary.c — metric tables and their estimates across replications; see summary.h. */
#include "lvsim/summary.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#define CONFIDENCE 0.95

static const struct lv_metric_info headline_info[LV_HEADLINE_COUNT] = {
    [LV_M_CALLS_OFFERED] = {"calls_offered", LV_MSG_M_CALLS_OFFERED, LV_UNIT_COUNT},
    [LV_M_CALLS_PER_DAY] = {"calls_per_day", LV_MSG_M_CALLS_PER_DAY, LV_UNIT_NUMBER},
    [LV_M_WITHIN_TARGET] = {"answered_within_target", LV_MSG_M_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_M_WITHIN_10MIN] = {"answered_within_10min", LV_MSG_M_WITHIN_10MIN, LV_UNIT_SHARE},
    [LV_M_ANSWERED] = {"answered", LV_MSG_M_ANSWERED, LV_UNIT_SHARE},
    [LV_M_ABANDONED] = {"abandoned", LV_MSG_M_ABANDONED, LV_UNIT_SHARE},
    [LV_M_BUSY] = {"busy", LV_MSG_M_BUSY, LV_UNIT_SHARE},
    [LV_M_REDIALS] = {"redials", LV_MSG_M_REDIALS, LV_UNIT_SHARE},
    [LV_M_ANSWER_MEDIAN] = {"answer_time_median_s", LV_MSG_M_ANSWER_MEDIAN, LV_UNIT_SECONDS},
    [LV_M_ANSWER_MEAN] = {"answer_time_mean_s", LV_MSG_M_ANSWER_MEAN, LV_UNIT_SECONDS},
    [LV_M_ANSWER_P90] = {"answer_time_p90_s", LV_MSG_M_ANSWER_P90, LV_UNIT_SECONDS},
    [LV_M_ANSWER_P95] = {"answer_time_p95_s", LV_MSG_M_ANSWER_P95, LV_UNIT_SECONDS},
    [LV_M_QUEUE_TIME_MEAN] = {"queue_time_mean_s", LV_MSG_M_QUEUE_TIME_MEAN, LV_UNIT_SECONDS},
    [LV_M_EPISODES] = {"episodes", LV_MSG_M_EPISODES, LV_UNIT_COUNT},
    [LV_M_EPISODE_ANSWERED] = {"episode_answered", LV_MSG_M_EPISODE_ANSWERED, LV_UNIT_SHARE},
    [LV_M_EPISODE_WITHIN_TARGET] = {"episode_within_target", LV_MSG_M_EPISODE_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_M_EPISODE_MEAN] = {"episode_time_mean_s", LV_MSG_M_EPISODE_MEAN, LV_UNIT_SECONDS},
    [LV_M_EPISODE_MEDIAN] = {"episode_time_median_s", LV_MSG_M_EPISODE_MEDIAN, LV_UNIT_SECONDS},
    [LV_M_EPISODE_P90] = {"episode_time_p90_s", LV_MSG_M_EPISODE_P90, LV_UNIT_SECONDS},
    [LV_M_OCCUPANCY] = {"operator_occupancy", LV_MSG_M_OCCUPANCY, LV_UNIT_SHARE},
    [LV_M_QUEUE_LENGTH] = {"queue_length_mean", LV_MSG_M_QUEUE_LENGTH, LV_UNIT_NUMBER},
    [LV_M_OPERATORS] = {"operators_mean", LV_MSG_M_OPERATORS, LV_UNIT_NUMBER},
    [LV_M_DAYS_MEETING_TARGET] = {"days_meeting_target", LV_MSG_M_DAYS_MEETING_TARGET, LV_UNIT_SHARE},
    [LV_M_CENTRE_WAIT_MEAN] = {"centre_wait_mean_s", LV_MSG_M_CENTRE_WAIT_MEAN, LV_UNIT_SECONDS},
    [LV_M_TRAVEL_MEAN] = {"travel_mean_s", LV_MSG_M_TRAVEL_MEAN, LV_UNIT_SECONDS},
    [LV_M_DOCTOR_WAIT_MEAN] = {"doctor_wait_mean_s", LV_MSG_M_DOCTOR_WAIT_MEAN, LV_UNIT_SECONDS},
    [LV_M_RED_SEEN_WITHIN] = {"red_seen_within", LV_MSG_M_RED_SEEN_WITHIN, LV_UNIT_SHARE},
    [LV_M_PREEMPTIONS] = {"red_preemptions_per_day", LV_MSG_M_PREEMPTIONS, LV_UNIT_NUMBER},
    [LV_M_HOME_RESPONSE_MEAN] = {"home_visit_response_mean_s", LV_MSG_M_HOME_RESPONSE_MEAN, LV_UNIT_SECONDS},
    [LV_M_HOME_RESPONSE_P90] = {"home_visit_response_p90_s", LV_MSG_M_HOME_RESPONSE_P90, LV_UNIT_SECONDS},
    [LV_M_DOCTOR_UTILISATION] = {"doctor_utilisation", LV_MSG_M_DOCTOR_UTILISATION, LV_UNIT_SHARE},
    [LV_M_DOCTORS] = {"doctors_mean", LV_MSG_M_DOCTORS, LV_UNIT_NUMBER},
    [LV_M_BACKUP_ACTIVATIONS] = {"backup_activations_per_week", LV_MSG_M_BACKUP_ACTIVATIONS, LV_UNIT_NUMBER},
    [LV_M_BACKUP_RED_ACTIVATIONS] = {"backup_red_activations_per_week", LV_MSG_M_BACKUP_RED_ACTIVATIONS, LV_UNIT_NUMBER},
    [LV_M_BACKUP_HOURS] = {"backup_hours_per_week", LV_MSG_M_BACKUP_HOURS, LV_UNIT_NUMBER},
    [LV_M_WAITING_ROOM] = {"waiting_room_mean", LV_MSG_M_WAITING_ROOM, LV_UNIT_NUMBER},
    [LV_M_WALK_INS_PER_DAY] = {"walk_ins_per_day", LV_MSG_M_WALK_INS_PER_DAY, LV_UNIT_NUMBER},
    [LV_M_NURSE_PHONE_SHARE] = {"nurse_time_phone", LV_MSG_M_NURSE_PHONE_SHARE, LV_UNIT_SHARE},
    [LV_M_NURSE_FLOOR_SHARE] = {"nurse_time_floor", LV_MSG_M_NURSE_FLOOR_SHARE, LV_UNIT_SHARE},
    [LV_M_PHONE_HOURS_LOST] = {"phone_hours_lost_per_day", LV_MSG_M_PHONE_HOURS_LOST, LV_UNIT_NUMBER},
};

static const struct lv_metric_info interval_info[LV_INTERVAL_METRIC_COUNT] = {
    [LV_I_CALLS_OFFERED] = {"calls_offered_per_week", LV_MSG_I_CALLS_OFFERED, LV_UNIT_NUMBER},
    [LV_I_WITHIN_TARGET] = {"answered_within_target", LV_MSG_I_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_I_WITHIN_10MIN] = {"answered_within_10min", LV_MSG_I_WITHIN_10MIN, LV_UNIT_SHARE},
    [LV_I_ABANDONED] = {"abandoned", LV_MSG_I_ABANDONED, LV_UNIT_SHARE},
    [LV_I_BUSY] = {"busy", LV_MSG_I_BUSY, LV_UNIT_SHARE},
    [LV_I_ANSWER_MEAN] = {"answer_time_mean_s", LV_MSG_I_ANSWER_MEAN, LV_UNIT_SECONDS},
    [LV_I_ANSWER_MEDIAN] = {"answer_time_median_s", LV_MSG_I_ANSWER_MEDIAN, LV_UNIT_SECONDS},
    [LV_I_ANSWER_P90] = {"answer_time_p90_s", LV_MSG_I_ANSWER_P90, LV_UNIT_SECONDS},
    [LV_I_OCCUPANCY] = {"operator_occupancy", LV_MSG_I_OCCUPANCY, LV_UNIT_SHARE},
    [LV_I_QUEUE_LENGTH] = {"queue_length_mean", LV_MSG_I_QUEUE_LENGTH, LV_UNIT_NUMBER},
    [LV_I_OPERATORS] = {"operators_mean", LV_MSG_I_OPERATORS, LV_UNIT_NUMBER},
    [LV_I_WAITING_ROOM] = {"waiting_room_mean", LV_MSG_I_WAITING_ROOM, LV_UNIT_NUMBER},
    [LV_I_DOCTOR_UTILISATION] = {"doctor_utilisation", LV_MSG_I_DOCTOR_UTILISATION, LV_UNIT_SHARE},
    [LV_I_DOCTORS] = {"doctors_mean", LV_MSG_I_DOCTORS, LV_UNIT_NUMBER},
    [LV_I_NURSES_ON_FLOOR] = {"nurses_on_floor_mean", LV_MSG_I_NURSES_ON_FLOOR, LV_UNIT_NUMBER},
    [LV_I_PHONE_LOST] = {"shared_on_floor_mean", LV_MSG_I_PHONE_LOST, LV_UNIT_NUMBER},
    [LV_I_AWAY] = {"phone_away_share", LV_MSG_I_AWAY, LV_UNIT_SHARE},
};

static const struct lv_metric_info urgency_info[LV_URGENCY_METRIC_COUNT] = {
    [LV_U_CALLS_PER_DAY] = {"clinical_calls_per_day", LV_MSG_U_CALLS_PER_DAY, LV_UNIT_NUMBER},
    [LV_U_ADVICE] = {"advice", LV_MSG_U_ADVICE, LV_UNIT_SHARE},
    [LV_U_CONSULTATION] = {"consultation", LV_MSG_U_CONSULTATION, LV_UNIT_SHARE},
    [LV_U_CALLBACK] = {"callback", LV_MSG_U_CALLBACK, LV_UNIT_SHARE},
    [LV_U_HOME_VISIT] = {"home_visit", LV_MSG_U_HOME_VISIT, LV_UNIT_SHARE},
    [LV_U_AMBULANCE] = {"ambulance", LV_MSG_U_AMBULANCE, LV_UNIT_SHARE},
    [LV_U_REFERRAL] = {"referral", LV_MSG_U_REFERRAL, LV_UNIT_SHARE},
    [LV_U_NO_SHOWS] = {"no_shows", LV_MSG_U_NO_SHOWS, LV_UNIT_SHARE},
    [LV_U_WALK_INS_PER_DAY] = {"walk_ins_per_day", LV_MSG_U_WALK_INS_PER_DAY, LV_UNIT_NUMBER},
    [LV_U_CONTACTS_PER_DAY] = {"doctor_contacts_per_day", LV_MSG_U_CONTACTS_PER_DAY, LV_UNIT_NUMBER},
    [LV_U_CENTRE_WAIT_MEAN] = {"centre_wait_mean_s", LV_MSG_U_CENTRE_WAIT_MEAN, LV_UNIT_SECONDS},
    [LV_U_CENTRE_WAIT_MEDIAN] = {"centre_wait_median_s", LV_MSG_U_CENTRE_WAIT_MEDIAN, LV_UNIT_SECONDS},
    [LV_U_CENTRE_WAIT_P90] = {"centre_wait_p90_s", LV_MSG_U_CENTRE_WAIT_P90, LV_UNIT_SECONDS},
    [LV_U_SEEN_WITHIN] = {"seen_within_red_within", LV_MSG_U_SEEN_WITHIN, LV_UNIT_SHARE},
    [LV_U_TRAVEL_MEAN] = {"travel_mean_s", LV_MSG_U_TRAVEL_MEAN, LV_UNIT_SECONDS},
    [LV_U_WAIT_MEAN] = {"doctor_wait_mean_s", LV_MSG_U_WAIT_MEAN, LV_UNIT_SECONDS},
    [LV_U_WAIT_MEDIAN] = {"doctor_wait_median_s", LV_MSG_U_WAIT_MEDIAN, LV_UNIT_SECONDS},
    [LV_U_WAIT_P90] = {"doctor_wait_p90_s", LV_MSG_U_WAIT_P90, LV_UNIT_SECONDS},
};

static const struct lv_metric_info day_info[LV_DAY_METRIC_COUNT] = {
    [LV_D_CALLS_OFFERED] = {"calls_offered", LV_MSG_D_CALLS_OFFERED, LV_UNIT_COUNT},
    [LV_D_WITHIN_TARGET] = {"answered_within_target", LV_MSG_D_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_D_WITHIN_10MIN] = {"answered_within_10min", LV_MSG_D_WITHIN_10MIN, LV_UNIT_SHARE},
    [LV_D_ABANDONED] = {"abandoned", LV_MSG_D_ABANDONED, LV_UNIT_SHARE},
    [LV_D_BUSY] = {"busy", LV_MSG_D_BUSY, LV_UNIT_SHARE},
    [LV_D_ANSWER_MEAN] = {"answer_time_mean_s", LV_MSG_D_ANSWER_MEAN, LV_UNIT_SECONDS},
};

const struct lv_metric_info *lv_headline_info(enum lv_headline m) { return &headline_info[m]; }
const struct lv_metric_info *lv_interval_metric_info(enum lv_interval_metric m) { return &interval_info[m]; }
static const struct lv_metric_info site_info[LV_SITE_METRIC_COUNT] = {
    [LV_S_CALLS_PER_DAY] = {"calls_offered_per_day", LV_MSG_S_CALLS_PER_DAY, LV_UNIT_NUMBER},
    [LV_S_WITHIN_TARGET] = {"answered_within_target", LV_MSG_S_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_S_ABANDONED] = {"abandoned", LV_MSG_S_ABANDONED, LV_UNIT_SHARE},
    [LV_S_BUSY] = {"busy", LV_MSG_S_BUSY, LV_UNIT_SHARE},
    [LV_S_ANSWER_MEAN] = {"answer_time_mean_s", LV_MSG_S_ANSWER_MEAN, LV_UNIT_SECONDS},
    [LV_S_ANSWERED_ELSEWHERE] = {"answered_by_partners", LV_MSG_S_ANSWERED_ELSEWHERE, LV_UNIT_SHARE},
    [LV_S_ANSWERED_FOR_OTHERS] = {"answered_for_partners_per_day", LV_MSG_S_ANSWERED_FOR_OTHERS, LV_UNIT_NUMBER},
    [LV_S_OCCUPANCY] = {"operator_occupancy", LV_MSG_S_OCCUPANCY, LV_UNIT_SHARE},
    [LV_S_PHONE_STAFF] = {"phone_staff_mean", LV_MSG_S_PHONE_STAFF, LV_UNIT_NUMBER},
    [LV_S_DOCTOR_UTILISATION] = {"doctor_utilisation", LV_MSG_S_DOCTOR_UTILISATION, LV_UNIT_SHARE},
    [LV_S_DOCTORS] = {"doctors_mean", LV_MSG_S_DOCTORS, LV_UNIT_NUMBER},
    [LV_S_WAITING_ROOM] = {"waiting_room_mean", LV_MSG_S_WAITING_ROOM, LV_UNIT_NUMBER},
    [LV_S_DOCTOR_CONTACTS_PER_DAY] = {"doctor_contacts_per_day", LV_MSG_S_DOCTOR_CONTACTS_PER_DAY, LV_UNIT_NUMBER},
    [LV_S_VIDEO_PER_DAY] = {"video_consultations_per_day", LV_MSG_S_VIDEO_PER_DAY, LV_UNIT_NUMBER},
    [LV_S_VIDEO_HOURS_PER_DAY] = {"video_doctor_hours_per_day", LV_MSG_S_VIDEO_HOURS_PER_DAY, LV_UNIT_NUMBER},
    [LV_S_SATELLITE_PATIENTS_PER_DAY] = {"satellite_patients_per_day", LV_MSG_S_SATELLITE_PATIENTS_PER_DAY, LV_UNIT_NUMBER},
    [LV_S_WALK_INS_PER_DAY] = {"walk_ins_per_day", LV_MSG_S_WALK_INS_PER_DAY, LV_UNIT_NUMBER},
    [LV_S_BACKUP_ACTIVATIONS] = {"backup_activations_per_week", LV_MSG_S_BACKUP_ACTIVATIONS, LV_UNIT_NUMBER},
};

static const struct lv_metric_info area_info[LV_AREA_METRIC_COUNT] = {
    [LV_A_CALLS_PER_DAY] = {"calls_offered_per_day", LV_MSG_A_CALLS_PER_DAY, LV_UNIT_NUMBER},
    [LV_A_WITHIN_TARGET] = {"answered_within_target", LV_MSG_A_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_A_ABANDONED] = {"abandoned", LV_MSG_A_ABANDONED, LV_UNIT_SHARE},
    [LV_A_BUSY] = {"busy", LV_MSG_A_BUSY, LV_UNIT_SHARE},
    [LV_A_SATELLITE_PATIENTS_PER_DAY] = {"satellite_patients_per_day", LV_MSG_A_SATELLITE_PATIENTS_PER_DAY, LV_UNIT_NUMBER},
    [LV_A_TRAVEL_SAVED_HOURS_PER_DAY] = {"travel_saved_hours_per_day", LV_MSG_A_TRAVEL_SAVED_HOURS_PER_DAY, LV_UNIT_NUMBER},
};

const struct lv_metric_info *lv_day_metric_info(enum lv_day_metric m) { return &day_info[m]; }
const struct lv_metric_info *lv_site_metric_info(enum lv_site_metric m) { return &site_info[m]; }
const struct lv_metric_info *lv_area_metric_info(enum lv_area_metric m) { return &area_info[m]; }

static const struct lv_metric_info site_interval_info[LV_SITE_INTERVAL_METRIC_COUNT] = {
    [LV_SI_CALLS_PER_WEEK] = {"calls_offered_per_week", LV_MSG_SI_CALLS_PER_WEEK, LV_UNIT_NUMBER},
    [LV_SI_WITHIN_TARGET] = {"answered_within_target", LV_MSG_SI_WITHIN_TARGET, LV_UNIT_SHARE},
    [LV_SI_ABANDONED] = {"abandoned", LV_MSG_SI_ABANDONED, LV_UNIT_SHARE},
};
const struct lv_metric_info *lv_site_interval_metric_info(enum lv_site_interval_metric m) { return &site_interval_info[m]; }

static const struct lv_metric_info shrinkage_info[LV_SHRINKAGE_METRIC_COUNT] = {
    [LV_SH_AWAY_SHARE] = {"phone_away_share", LV_MSG_SH_AWAY_SHARE, LV_UNIT_SHARE},
    [LV_SH_AWAY_HOURS_PER_DAY] = {"away_hours_per_day", LV_MSG_SH_AWAY_HOURS_PER_DAY, LV_UNIT_NUMBER},
    [LV_SH_CALLBACKS_PER_DAY] = {"callbacks_per_day", LV_MSG_SH_CALLBACKS_PER_DAY, LV_UNIT_NUMBER},
    [LV_SH_CALLBACKS_PER_ANSWERED] = {"callbacks_per_answered_call", LV_MSG_SH_CALLBACKS_PER_ANSWERED, LV_UNIT_SHARE},
    [LV_SH_CALLBACK_HOURS_PER_DAY] = {"callback_hours_per_day", LV_MSG_SH_CALLBACK_HOURS_PER_DAY, LV_UNIT_NUMBER},
};
const struct lv_metric_info *lv_shrinkage_metric_info(enum lv_shrinkage_metric m) { return &shrinkage_info[m]; }

static const struct lv_metric_info call_handling_info[LV_CALL_HANDLING_METRIC_COUNT] = {
    [LV_CH_AMK_PER_DAY] = {"amk_conferences_per_day", LV_MSG_CH_AMK_PER_DAY, LV_UNIT_NUMBER},
    [LV_CH_AMK_HOURS_PER_DAY] = {"amk_conference_hours_per_day", LV_MSG_CH_AMK_HOURS_PER_DAY, LV_UNIT_NUMBER},
    [LV_CH_CONSULTS_PER_DAY] = {"consults_per_day", LV_MSG_CH_CONSULTS_PER_DAY, LV_UNIT_NUMBER},
    [LV_CH_CONSULT_HOLD_MEAN] = {"consult_hold_mean_s", LV_MSG_CH_CONSULT_HOLD_MEAN, LV_UNIT_SECONDS},
    [LV_CH_CONSULTS_NOT_REACHED] = {"consults_not_reached", LV_MSG_CH_CONSULTS_NOT_REACHED, LV_UNIT_SHARE},
    [LV_CH_CONSULT_HOURS_PER_DAY] = {"consult_hours_per_day", LV_MSG_CH_CONSULT_HOURS_PER_DAY, LV_UNIT_NUMBER},
};
/* Bins of answer times: their keys, labels and lower edges in seconds; a bin runs to the next's. */
static const struct lv_metric_info answer_bin_info[LV_ANSWER_BIN_COUNT] = {
    [LV_AB_AT_ONCE] = {"at_once", LV_MSG_AB_AT_ONCE, LV_UNIT_SHARE},
    [LV_AB_UNDER_30S] = {"under_30s", LV_MSG_AB_UNDER_30S, LV_UNIT_SHARE},
    [LV_AB_30S_1MIN] = {"30s_to_1min", LV_MSG_AB_30S_1MIN, LV_UNIT_SHARE},
    [LV_AB_1_2MIN] = {"1_to_2min", LV_MSG_AB_1_2MIN, LV_UNIT_SHARE},
    [LV_AB_2_3MIN] = {"2_to_3min", LV_MSG_AB_2_3MIN, LV_UNIT_SHARE},
    [LV_AB_3_5MIN] = {"3_to_5min", LV_MSG_AB_3_5MIN, LV_UNIT_SHARE},
    [LV_AB_5_10MIN] = {"5_to_10min", LV_MSG_AB_5_10MIN, LV_UNIT_SHARE},
    [LV_AB_10_20MIN] = {"10_to_20min", LV_MSG_AB_10_20MIN, LV_UNIT_SHARE},
    [LV_AB_20_30MIN] = {"20_to_30min", LV_MSG_AB_20_30MIN, LV_UNIT_SHARE},
    [LV_AB_30MIN_1H] = {"30min_to_1h", LV_MSG_AB_30MIN_1H, LV_UNIT_SHARE},
    [LV_AB_1_4H] = {"1_to_4h", LV_MSG_AB_1_4H, LV_UNIT_SHARE},
    [LV_AB_OVER_4H] = {"4h_or_more", LV_MSG_AB_OVER_4H, LV_UNIT_SHARE},
};
static const double answer_bin_from[LV_ANSWER_BIN_COUNT] = {0, 0, 30, 60, 120, 180, 300, 600, 1200, 1800, 3600, LV_HIST_CAP_S};
const struct lv_metric_info *lv_answer_bin_info(enum lv_answer_bin b) { return &answer_bin_info[b]; }
double lv_answer_bin_from(enum lv_answer_bin b) { return answer_bin_from[b]; }

const struct lv_metric_info *lv_call_handling_metric_info(enum lv_call_handling_metric m)
{
    return &call_handling_info[m];
}

bool lv_scenario_has_amk_conferences(const struct lv_scenario *s)
{
    return s->clinical.enabled && s->clinical.amk_share > 0;
}

bool lv_scenario_has_consults(const struct lv_scenario *s)
{
    for (int i = 0; i < s->type_count; i++)
        if (s->types[i].consult.share > 0)
            return true;
    return false;
}

bool lv_scenario_has_away(const struct lv_scenario *s)
{
    for (int x = 0; x < s->site_count; x++)
        if (!s->sites[x].satellite && s->sites[x].away.share > 0)
            return true;
    return false;
}

bool lv_scenario_has_callbacks(const struct lv_scenario *s)
{
    for (int i = 0; i < s->type_count; i++)
        if (s->types[i].callback.share > 0)
            return true;
    return false;
}
const struct lv_metric_info *lv_urgency_metric_info(enum lv_urgency_metric m) { return &urgency_info[m]; }

/* One replication's figure as a ratio y / x: a numerator and the weight it is a share or mean
 * of (calls offered, calls answered, time on duty, days observed). Estimates across
 * replications are ratios of sums, so each replication counts by its weight, and one with a
 * zero weight (no calls in an interval) adds nothing to either sum. Figures that are not ratios
 * (counts, quantiles of one replication's histogram) have x = 1; undefined ones have y = NaN. */
struct frac {
    double y, x;
};
static struct frac ratio(double y, double x) { return (struct frac){y, x}; }
static struct frac plain(double v) { return (struct frac){v, 1}; }
static const struct frac undefined = {NAN, NAN};

/* Days wholly inside [warm-up, horizon). */
static void measured_days(const struct lv_scenario *s, int day_count, int *first, int *count)
{
    int f = (int)ceil(s->warmup_s / 86400);
    int last = (int)floor(s->horizon_s / 86400); /* exclusive */
    if (last > day_count)
        last = day_count;
    *first = f;
    *count = last > f ? last - f : 0;
}

static struct frac days_meeting_target(const struct lv_rep_result *r, const struct lv_scenario *s)
{
    int first, count, days = 0, met = 0;
    measured_days(s, r->day_count, &first, &count);
    for (int d = first; d < first + count; d++) {
        const struct lv_day_stats *ds = &r->days[d];
        if (ds->offered == 0)
            continue;
        days++;
        met += (double)ds->within_target / ds->offered >= s->target_share - 1e-12;
    }
    return ratio(met, days);
}

static struct frac headline_from(enum lv_headline m, const struct lv_rep_result *r,
                                 const struct lv_interval_stats *t, const struct lv_scenario *s)
{
    switch (m) {
    case LV_M_CALLS_OFFERED:
        return plain((double)t->offered);
    case LV_M_CALLS_PER_DAY:
        return ratio((double)t->offered * 86400, r->measured_s);
    case LV_M_WITHIN_TARGET:
        return ratio((double)t->within_target, (double)t->offered);
    case LV_M_WITHIN_10MIN:
        return ratio((double)t->within_10min, (double)t->offered);
    case LV_M_ANSWERED:
        return ratio((double)t->answered, (double)t->offered);
    case LV_M_ABANDONED:
        return ratio((double)t->abandoned, (double)t->offered);
    case LV_M_BUSY:
        return ratio((double)t->busy_signals, (double)t->offered);
    case LV_M_REDIALS:
        return ratio((double)t->redials, (double)t->offered);
    case LV_M_ANSWER_MEDIAN:
        return plain(lv_hist_quantile(&t->answer_hist, 0.5));
    case LV_M_ANSWER_MEAN:
        return ratio(t->answer_time_sum, (double)t->answered);
    case LV_M_ANSWER_P90:
        return plain(lv_hist_quantile(&t->answer_hist, 0.9));
    case LV_M_ANSWER_P95:
        return plain(lv_hist_quantile(&t->answer_hist, 0.95));
    case LV_M_QUEUE_TIME_MEAN:
        return ratio(t->queue_time_sum, (double)t->offered);
    case LV_M_EPISODES:
        return plain((double)r->episodes);
    case LV_M_EPISODE_ANSWERED:
        return ratio((double)r->episodes_answered, (double)r->episodes);
    case LV_M_EPISODE_WITHIN_TARGET:
        return ratio((double)r->episodes_within_target, (double)r->episodes);
    case LV_M_EPISODE_MEAN:
        return ratio(r->episode_time_sum, (double)r->episodes_answered);
    case LV_M_EPISODE_MEDIAN:
        return plain(lv_hist_quantile(&r->episode_hist, 0.5));
    case LV_M_EPISODE_P90:
        return plain(lv_hist_quantile(&r->episode_hist, 0.9));
    case LV_M_OCCUPANCY: /* busy on the phone, or on the floor for shared nurses */
        return ratio(t->busy_area + t->shared_floor_area, t->present_area);
    case LV_M_QUEUE_LENGTH:
        return ratio(t->queue_area, t->time_s);
    case LV_M_OPERATORS:
        return ratio(t->present_area, t->time_s);
    case LV_M_DAYS_MEETING_TARGET:
        return days_meeting_target(r, s);
    case LV_M_DOCTOR_WAIT_MEAN: {
        uint64_t n = 0;
        double sum = 0;
        for (int u = 0; u < 3; u++) {
            n += r->urgency[u].contacts;
            sum += r->urgency[u].wait_sum;
        }
        return s->clinical.enabled ? ratio(sum, (double)n) : undefined;
    }
    case LV_M_CENTRE_WAIT_MEAN:
    case LV_M_TRAVEL_MEAN: {
        uint64_t n = 0;
        double sum = 0;
        for (int u = 0; u < 3; u++) {
            n += m == LV_M_TRAVEL_MEAN ? r->urgency[u].arrivals : r->urgency[u].site_contacts;
            sum += m == LV_M_TRAVEL_MEAN ? r->urgency[u].travel_sum : r->urgency[u].site_wait_sum;
        }
        return s->clinical.enabled ? ratio(sum, (double)n) : undefined;
    }
    case LV_M_RED_SEEN_WITHIN:
        return ratio((double)r->urgency[0].site_within, (double)r->urgency[0].site_contacts);
    case LV_M_PREEMPTIONS:
        return s->clinical.red_preempts ? ratio((double)r->preemptions * 86400, r->measured_s) : undefined;
    case LV_M_HOME_RESPONSE_MEAN:
        return ratio(r->home_response_sum, (double)r->home_visits);
    case LV_M_HOME_RESPONSE_P90:
        return plain(lv_hist_quantile(&r->home_response_hist, 0.9));
    case LV_M_DOCTOR_UTILISATION:
        return ratio(t->doctor_busy_area, t->doctor_present_area);
    case LV_M_DOCTORS:
        return lv_scenario_has_doctors(s) ? ratio(t->doctor_present_area, t->time_s) : undefined;
    case LV_M_BACKUP_ACTIVATIONS:
        return lv_scenario_has_backup(s) ? ratio((double)r->backup_activations * 7 * 86400, r->measured_s) : undefined;
    case LV_M_BACKUP_RED_ACTIVATIONS:
        return lv_scenario_has_backup(s) ? ratio((double)r->backup_red_activations * 7 * 86400, r->measured_s)
                                         : undefined;
    case LV_M_BACKUP_HOURS:
        return lv_scenario_has_backup(s) ? ratio(t->backup_area / 3600 * 7 * 86400, r->measured_s) : undefined;
    case LV_M_WAITING_ROOM:
        return s->clinical.enabled ? ratio(t->waiting_room_area, t->time_s) : undefined;
    case LV_M_WALK_INS_PER_DAY: {
        uint64_t n = 0;
        for (int u = 0; u < 3; u++)
            n += r->urgency[u].walk_ins;
        return s->walk_ins.share > 0 ? ratio((double)n * 86400, r->measured_s) : undefined;
    }
    case LV_M_NURSE_PHONE_SHARE:
        return ratio(t->busy_area, t->nurse_present_area);
    case LV_M_NURSE_FLOOR_SHARE:
        return ratio(t->floor_busy_area, t->nurse_present_area);
    case LV_M_PHONE_HOURS_LOST:
        return ratio(t->shared_floor_area / 3600 * 86400, r->measured_s);
    case LV_HEADLINE_COUNT:
        break;
    }
    return undefined;
}

static struct frac interval_value(enum lv_interval_metric m, const struct lv_interval_stats *iv, double interval_s)
{
    switch (m) {
    case LV_I_CALLS_OFFERED: /* weeks observed = time covered / interval length */
        return ratio((double)iv->offered * interval_s, iv->time_s);
    case LV_I_WITHIN_TARGET:
        return ratio((double)iv->within_target, (double)iv->offered);
    case LV_I_WITHIN_10MIN:
        return ratio((double)iv->within_10min, (double)iv->offered);
    case LV_I_ABANDONED:
        return ratio((double)iv->abandoned, (double)iv->offered);
    case LV_I_BUSY:
        return ratio((double)iv->busy_signals, (double)iv->offered);
    case LV_I_ANSWER_MEAN:
        return ratio(iv->answer_time_sum, (double)iv->answered);
    case LV_I_ANSWER_MEDIAN:
        return plain(lv_hist_quantile(&iv->answer_hist, 0.5));
    case LV_I_ANSWER_P90:
        return plain(lv_hist_quantile(&iv->answer_hist, 0.9));
    case LV_I_OCCUPANCY:
        return ratio(iv->busy_area + iv->shared_floor_area, iv->present_area);
    case LV_I_QUEUE_LENGTH:
        return ratio(iv->queue_area, iv->time_s);
    case LV_I_OPERATORS:
        return ratio(iv->present_area, iv->time_s);
    case LV_I_WAITING_ROOM:
        return ratio(iv->waiting_room_area, iv->time_s);
    case LV_I_DOCTOR_UTILISATION:
        return ratio(iv->doctor_busy_area, iv->doctor_present_area);
    case LV_I_DOCTORS:
        return ratio(iv->doctor_present_area, iv->time_s);
    case LV_I_NURSES_ON_FLOOR:
        return ratio(iv->floor_busy_area, iv->time_s);
    case LV_I_PHONE_LOST:
        return ratio(iv->shared_floor_area, iv->time_s);
    case LV_I_AWAY:
        return ratio(iv->away_area, iv->present_area);
    case LV_INTERVAL_METRIC_COUNT:
        break;
    }
    return undefined;
}

static struct frac day_value(enum lv_day_metric m, const struct lv_day_stats *d)
{
    switch (m) {
    case LV_D_CALLS_OFFERED:
        return plain(d->offered);
    case LV_D_WITHIN_TARGET:
        return ratio(d->within_target, d->offered);
    case LV_D_WITHIN_10MIN:
        return ratio(d->within_10min, d->offered);
    case LV_D_ABANDONED:
        return ratio(d->abandoned, d->offered);
    case LV_D_BUSY:
        return ratio(d->busy_signals, d->offered);
    case LV_D_ANSWER_MEAN:
        return ratio(d->answer_time_sum, d->answered);
    case LV_DAY_METRIC_COUNT:
        break;
    }
    return undefined;
}

static struct frac urgency_value(enum lv_urgency_metric m, const struct lv_urgency_stats *u, double days)
{
    switch (m) {
    case LV_U_CALLS_PER_DAY:
        return ratio((double)u->calls, days);
    case LV_U_ADVICE:
    case LV_U_CONSULTATION:
    case LV_U_CALLBACK:
    case LV_U_HOME_VISIT:
    case LV_U_AMBULANCE:
    case LV_U_REFERRAL:
        return ratio((double)u->outcome[m - LV_U_ADVICE], (double)u->calls);
    case LV_U_NO_SHOWS:
        return ratio((double)u->no_shows, (double)u->outcome[LV_DISP_CONSULTATION]);
    case LV_U_WALK_INS_PER_DAY:
        return ratio((double)u->walk_ins, days);
    case LV_U_CONTACTS_PER_DAY:
        return ratio((double)u->contacts, days);
    case LV_U_CENTRE_WAIT_MEAN:
        return ratio(u->site_wait_sum, (double)u->site_contacts);
    case LV_U_CENTRE_WAIT_MEDIAN:
        return plain(lv_hist_quantile(&u->site_wait_hist, 0.5));
    case LV_U_CENTRE_WAIT_P90:
        return plain(lv_hist_quantile(&u->site_wait_hist, 0.9));
    case LV_U_TRAVEL_MEAN:
        return ratio(u->travel_sum, (double)u->arrivals);
    case LV_U_WAIT_MEAN:
        return ratio(u->wait_sum, (double)u->contacts);
    case LV_U_WAIT_MEDIAN:
        return plain(lv_hist_quantile(&u->wait_hist, 0.5));
    case LV_U_WAIT_P90:
        return plain(lv_hist_quantile(&u->wait_hist, 0.9));
    case LV_U_SEEN_WITHIN:
        return ratio((double)u->site_within, (double)u->site_contacts);
    case LV_URGENCY_METRIC_COUNT:
        break;
    }
    return undefined;
}

static struct frac site_value(enum lv_site_metric m, const struct lv_site_stats *x, double days, double seconds)
{
    const double *a = x->level_area;
    switch (m) {
    case LV_S_CALLS_PER_DAY:
        return ratio((double)x->offered, days);
    case LV_S_WITHIN_TARGET:
        return ratio((double)x->within_target, (double)x->offered);
    case LV_S_ABANDONED:
        return ratio((double)x->abandoned, (double)x->offered);
    case LV_S_BUSY:
        return ratio((double)x->busy_signals, (double)x->offered);
    case LV_S_ANSWER_MEAN:
        return ratio(x->answer_time_sum, (double)x->answered);
    case LV_S_ANSWERED_ELSEWHERE:
        return ratio((double)x->answered_elsewhere, (double)x->answered);
    case LV_S_ANSWERED_FOR_OTHERS:
        return ratio((double)x->answered_for_others, days);
    case LV_S_OCCUPANCY:
        return ratio(a[LV_L_OPERATORS_BUSY] + a[LV_L_SHARED_PHONE] + a[LV_L_SHARED_FLOOR] - a[LV_L_AWAY],
                     a[LV_L_OPERATORS] + a[LV_L_SHARED]);
    case LV_S_PHONE_STAFF:
        return ratio(a[LV_L_OPERATORS] + a[LV_L_SHARED], seconds);
    case LV_S_DOCTOR_UTILISATION:
        return ratio(a[LV_L_DOCTORS_BUSY], a[LV_L_DOCTORS] + a[LV_L_BACKUP]);
    case LV_S_DOCTORS:
        return ratio(a[LV_L_DOCTORS] + a[LV_L_BACKUP], seconds);
    case LV_S_WAITING_ROOM:
        return ratio(a[LV_L_WAITING_ROOM], seconds);
    case LV_S_DOCTOR_CONTACTS_PER_DAY:
        return ratio((double)x->doctor_contacts, days);
    case LV_S_VIDEO_PER_DAY:
        return ratio((double)x->video_consultations, days);
    case LV_S_VIDEO_HOURS_PER_DAY:
        return ratio(x->video_doctor_s / 3600, days);
    case LV_S_SATELLITE_PATIENTS_PER_DAY:
        return ratio((double)x->satellite_patients, days);
    case LV_S_WALK_INS_PER_DAY:
        return ratio((double)x->walk_ins, days);
    case LV_S_BACKUP_ACTIVATIONS:
        return ratio((double)x->backup_activations * 7, days);
    case LV_SITE_METRIC_COUNT:
        break;
    }
    return undefined;
}

static struct frac area_value(enum lv_area_metric m, const struct lv_area_stats *x, double days)
{
    switch (m) {
    case LV_A_CALLS_PER_DAY:
        return ratio((double)x->offered, days);
    case LV_A_WITHIN_TARGET:
        return ratio((double)x->within_target, (double)x->offered);
    case LV_A_ABANDONED:
        return ratio((double)x->abandoned, (double)x->offered);
    case LV_A_BUSY:
        return ratio((double)x->busy_signals, (double)x->offered);
    case LV_A_SATELLITE_PATIENTS_PER_DAY:
        return ratio((double)x->satellite_patients, days);
    case LV_A_TRAVEL_SAVED_HOURS_PER_DAY:
        return ratio(x->travel_saved_s / 3600, days);
    case LV_AREA_METRIC_COUNT:
        break;
    }
    return undefined;
}

/* Time away is summed over the centres (each piece's time inside the window, added when it
 * starts), as is the phone staff's time on duty it is a share of (satellites have none); callbacks are those of calls answered in
 * the window. */
static struct frac shrinkage_value(enum lv_shrinkage_metric m, const struct lv_rep_result *r,
                                   const struct lv_interval_stats *t, const struct lv_scenario *s)
{
    double away = 0, on_duty = 0;
    for (int x = 0; x < r->site_count; x++) {
        const double *a = r->sites[x].level_area;
        if (s->sites[x].satellite)
            continue; /* no time away there; its nurses would dilute the centres' share */
        away += a[LV_L_AWAY];
        on_duty += a[LV_L_OPERATORS] + a[LV_L_SHARED];
    }
    bool has_away = lv_scenario_has_away(s), has_callbacks = lv_scenario_has_callbacks(s);
    switch (m) {
    case LV_SH_AWAY_SHARE:
        return has_away ? ratio(away, on_duty) : undefined;
    case LV_SH_AWAY_HOURS_PER_DAY:
        return has_away ? ratio(away / 3600 * 86400, r->measured_s) : undefined;
    case LV_SH_CALLBACKS_PER_DAY:
        return has_callbacks ? ratio((double)r->callbacks * 86400, r->measured_s) : undefined;
    case LV_SH_CALLBACKS_PER_ANSWERED:
        return has_callbacks ? ratio((double)r->callbacks, (double)t->answered) : undefined;
    case LV_SH_CALLBACK_HOURS_PER_DAY:
        return has_callbacks ? ratio(r->callback_talk_s / 3600 * 86400, r->measured_s) : undefined;
    case LV_SHRINKAGE_METRIC_COUNT:
        break;
    }
    return undefined;
}

/* Centre x's time away over its phone staff's time on duty, and its hours away a day (undefined
 * for satellites, which have no time away, and in scenarios without it). */
static struct frac site_shrinkage_value(int m, const struct lv_site_stats *x, bool away, double days)
{
    const double *a = x->level_area;
    if (!away)
        return undefined;
    return m == LV_SH_AWAY_SHARE ? ratio(a[LV_L_AWAY], a[LV_L_OPERATORS] + a[LV_L_SHARED])
                                 : ratio(a[LV_L_AWAY] / 3600, days);
}

/* The share of a histogram's counts in bin b (answer_bin_from): a ratio of counts to all counts.
 * The histogram's own bins (stats.h) nest in these: every edge is one of its bin edges. */
static struct frac answer_bin_value(enum lv_answer_bin b, const struct lv_hist *h)
{
    int first = b == LV_AB_AT_ONCE ? 0 : b == LV_AB_UNDER_30S ? 1 : lv_hist_bin(answer_bin_from[b]);
    int end = b == LV_AB_AT_ONCE ? 1 : b + 1 < LV_ANSWER_BIN_COUNT ? lv_hist_bin(answer_bin_from[b + 1]) : LV_HIST_BINS;
    double in = 0, all = 0;
    for (int i = 0; i < LV_HIST_BINS; i++) {
        all += h->n[i];
        if (i >= first && i < end)
            in += h->n[i];
    }
    return ratio(in, all);
}

/* Conferences and consults are those of calls answered in the window; a consult's hold is
 * averaged over the consults that asked a doctor on duty, as is the share not reached. */
static struct frac call_handling_value(enum lv_call_handling_metric m, const struct lv_rep_result *r,
                                       const struct lv_scenario *s)
{
    bool amk = lv_scenario_has_amk_conferences(s), consults = lv_scenario_has_consults(s);
    switch (m) {
    case LV_CH_AMK_PER_DAY:
        return amk ? ratio((double)r->amk_conferences * 86400, r->measured_s) : undefined;
    case LV_CH_AMK_HOURS_PER_DAY:
        return amk ? ratio(r->amk_conference_s / 3600 * 86400, r->measured_s) : undefined;
    case LV_CH_CONSULTS_PER_DAY:
        return consults ? ratio((double)r->consults * 86400, r->measured_s) : undefined;
    case LV_CH_CONSULT_HOLD_MEAN:
        return consults ? ratio(r->consult_hold_s, (double)r->consults_asked) : undefined;
    case LV_CH_CONSULTS_NOT_REACHED:
        return consults ? ratio((double)r->consults_not_reached, (double)r->consults_asked) : undefined;
    case LV_CH_CONSULT_HOURS_PER_DAY:
        return consults ? ratio(r->consult_phone_s / 3600 * 86400, r->measured_s) : undefined;
    case LV_CALL_HANDLING_METRIC_COUNT:
        break;
    }
    return undefined;
}

void lv_layout_init(struct lv_layout *l, const struct lv_scenario *s, int interval_count, int day_count)
{
    l->interval_count = interval_count;
    l->site_count = s->site_count;
    l->area_count = s->area_count;
    l->site_interval_sites = s->centre_count > 1 ? s->centre_count : 0;
    measured_days(s, day_count, &l->first_day, &l->day_count);
    l->count = lv_layout_answer_bin(l, 2, 0);
}

bool lv_layout_capped(const struct lv_layout *l, int index)
{
    if (index < 0)
        return false;
    if (index < LV_HEADLINE_COUNT)
        switch ((enum lv_headline)index) {
        case LV_M_ANSWER_MEDIAN:
        case LV_M_ANSWER_P90:
        case LV_M_ANSWER_P95:
        case LV_M_EPISODE_MEDIAN:
        case LV_M_EPISODE_P90:
        case LV_M_HOME_RESPONSE_P90:
            return true;
        default:
            return false;
        }
    int urgencies = lv_layout_urgency(l, 0, 0), sites = lv_layout_site(l, 0, 0);
    if (index < urgencies) {
        int m = (index - LV_HEADLINE_COUNT) % LV_INTERVAL_METRIC_COUNT;
        return m == LV_I_ANSWER_MEDIAN || m == LV_I_ANSWER_P90;
    }
    if (index < sites) {
        int m = (index - urgencies) % LV_URGENCY_METRIC_COUNT;
        return m == LV_U_WAIT_MEDIAN || m == LV_U_WAIT_P90 || m == LV_U_CENTRE_WAIT_MEDIAN || m == LV_U_CENTRE_WAIT_P90;
    }
    return false;
}

bool lv_interval_overloaded(const struct lv_estimate *iv, double interval_s)
{
    /* Time away counts as not free: a nurse away answers no call, whatever the queue. */
    double away = isfinite(iv[LV_I_AWAY].mean) ? iv[LV_I_AWAY].mean : 0;
    double occupancy = iv[LV_I_OCCUPANCY].mean + away, staff = iv[LV_I_OPERATORS].mean, p90 = iv[LV_I_ANSWER_P90].mean;
    if (!(iv[LV_I_CALLS_OFFERED].mean > 0))
        return false;
    /* Staff never idle (or none on duty) means the queue never empties; that alone is not
     * overload, as a single operator's busy hour or shared nurses busy on the floor look the same. */
    bool saturated = occupancy >= LV_OVERLOAD_OCCUPANCY || (!isfinite(occupancy) && !(staff > 0));
    /* A tenth of the interval's callers still waiting after an hour (or the whole interval) is a
     * backlog carried on, not a burst: random peaks of a stable queue do not last that long. */
    bool backlog = iv[LV_I_ANSWER_P90].censored > 0 || p90 >= (interval_s > LV_OVERLOAD_WAIT_S ? interval_s : LV_OVERLOAD_WAIT_S);
    return saturated && backlog;
}

bool lv_site_interval_overloaded(const struct lv_estimate *si, double weeks)
{
    double n = si[LV_SI_CALLS_PER_WEEK].mean * weeks, p = si[LV_SI_WITHIN_TARGET].mean;
    if (!(n >= 1) || !(p < LV_OVERLOAD_CENTRE_WITHIN))
        return false;
    const double z2 = 1.959963984540054 * 1.959963984540054; /* Wilson's upper bound at 95 % */
    double upper = (p + z2 / (2 * n) + sqrt(z2 * (p * (1 - p) / n + z2 / (4 * n * n)))) / (1 + z2 / n);
    return upper < LV_OVERLOAD_CENTRE_BOUND;
}

static void put(double *num, double *den, int index, struct frac f)
{
    num[index] = f.y;
    den[index] = f.x;
}

void lv_metric_values(const struct lv_layout *l, const struct lv_rep_result *r, const struct lv_scenario *s,
                      double *num, double *den)
{
    struct lv_interval_stats total;
    lv_rep_result_total(r, &total);
    for (int m = 0; m < LV_HEADLINE_COUNT; m++)
        put(num, den, m, headline_from((enum lv_headline)m, r, &total, s));
    for (int k = 0; k < l->interval_count; k++)
        for (int m = 0; m < LV_INTERVAL_METRIC_COUNT; m++)
            put(num, den, lv_layout_interval(l, k, m),
                interval_value((enum lv_interval_metric)m, &r->intervals[k], s->interval_s));
    double days = r->measured_s / 86400;
    for (int u = 0; u < 3; u++)
        for (int m = 0; m < LV_URGENCY_METRIC_COUNT; m++)
            put(num, den, lv_layout_urgency(l, u, m),
                s->clinical.enabled ? urgency_value((enum lv_urgency_metric)m, &r->urgency[u], days) : undefined);
    for (int x = 0; x < l->site_count; x++)
        for (int m = 0; m < LV_SITE_METRIC_COUNT; m++)
            put(num, den, lv_layout_site(l, x, m), site_value((enum lv_site_metric)m, &r->sites[x], days, r->measured_s));
    for (int a = 0; a < l->area_count; a++)
        for (int m = 0; m < LV_AREA_METRIC_COUNT; m++)
            put(num, den, lv_layout_area(l, a, m), area_value((enum lv_area_metric)m, &r->areas[a], days));
    for (int x = 0; x < l->site_interval_sites; x++)
        for (int k = 0; k < l->interval_count; k++) {
            const struct lv_site_interval *si = &r->site_intervals[(size_t)x * (size_t)l->interval_count + (size_t)k];
            /* weeks observed in this interval, as for the all-centre table */
            put(num, den, lv_layout_site_interval(l, x, k, LV_SI_CALLS_PER_WEEK),
                ratio((double)si->offered * s->interval_s, r->intervals[k].time_s));
            put(num, den, lv_layout_site_interval(l, x, k, LV_SI_WITHIN_TARGET), ratio(si->within_target, si->offered));
            put(num, den, lv_layout_site_interval(l, x, k, LV_SI_ABANDONED), ratio(si->abandoned, si->offered));
        }
    for (int m = 0; m < LV_SHRINKAGE_METRIC_COUNT; m++)
        put(num, den, lv_layout_shrinkage(l, m), shrinkage_value((enum lv_shrinkage_metric)m, r, &total, s));
    bool away = lv_scenario_has_away(s);
    for (int x = 0; x < l->site_count; x++)
        for (int m = 0; m < LV_SH_SITE_METRIC_COUNT; m++)
            put(num, den, lv_layout_site_shrinkage(l, x, m),
                site_shrinkage_value(m, &r->sites[x], away && !s->sites[x].satellite, days));
    for (int m = 0; m < LV_CALL_HANDLING_METRIC_COUNT; m++)
        put(num, den, lv_layout_call_handling(l, m), call_handling_value((enum lv_call_handling_metric)m, r, s));
    for (int b = 0; b < LV_ANSWER_BIN_COUNT; b++) {
        put(num, den, lv_layout_answer_bin(l, 0, b), answer_bin_value((enum lv_answer_bin)b, &total.answer_hist));
        put(num, den, lv_layout_answer_bin(l, 1, b), answer_bin_value((enum lv_answer_bin)b, &r->episode_hist));
    }
}

int lv_summary_compute(const struct lv_results *r, struct lv_summary *out)
{
    memset(out, 0, sizeof *out);
    const struct lv_scenario *s = r->scenario;
    struct lv_layout l;
    lv_layout_init(&l, s, r->interval_count, r->day_count);
    int n = r->replications;
    double *column = malloc(2 * (size_t)n * sizeof *column), *weight = column + n;
    out->interval_count = l.interval_count;
    out->first_day = l.first_day;
    out->day_count = l.day_count;
    out->intervals = calloc((size_t)(l.interval_count > 0 ? l.interval_count : 1), sizeof *out->intervals);
    out->site_count = l.site_count;
    out->area_count = l.area_count;
    out->sites = calloc((size_t)l.site_count, sizeof *out->sites);
    out->site_shrinkage = calloc((size_t)l.site_count, sizeof *out->site_shrinkage);
    out->areas = calloc((size_t)l.area_count, sizeof *out->areas);
    out->site_interval_sites = l.site_interval_sites;
    out->overloaded = calloc((size_t)(l.interval_count > 0 ? l.interval_count : 1), sizeof *out->overloaded);
    out->site_intervals = calloc((size_t)(l.site_interval_sites > 0 ? l.site_interval_sites : 1) * (size_t)l.interval_count,
                                 sizeof *out->site_intervals);
    out->site_overloaded = calloc((size_t)(l.site_interval_sites > 0 ? l.site_interval_sites : 1) *
                                      (size_t)(l.interval_count > 0 ? l.interval_count : 1),
                                  sizeof *out->site_overloaded);
    if (!column || !out->intervals || !out->overloaded || !out->sites || !out->site_shrinkage ||
        !out->areas || !out->site_intervals || !out->site_overloaded ||
        l.count != r->value_count) {
        free(column);
        lv_summary_fini(out);
        return -1;
    }
    struct lv_estimator estimator;
    if (lv_estimator_init(&estimator, n, CONFIDENCE) != 0) {
        free(column);
        lv_summary_fini(out);
        return -1;
    }
#define ESTIMATE(index, into)                                                                      \
    do {                                                                                           \
        for (int i = 0; i < n; i++) {                                                              \
            column[i] = r->values[(size_t)i * (size_t)l.count + (size_t)(index)];                  \
            weight[i] = r->weights[(size_t)i * (size_t)l.count + (size_t)(index)];                 \
        }                                                                                          \
        into = lv_estimate_ratio(&estimator, column, weight);                                      \
        if (lv_layout_capped(&l, index))                                                           \
            into.censored = lv_censored(column, weight, n, LV_HIST_CAP_S);                         \
    } while (0)
    for (int m = 0; m < LV_HEADLINE_COUNT; m++)
        ESTIMATE(m, out->headline[m]);
    for (int k = 0; k < l.interval_count; k++) {
        for (int m = 0; m < LV_INTERVAL_METRIC_COUNT; m++)
            ESTIMATE(lv_layout_interval(&l, k, m), out->intervals[k][m]);
        const struct lv_estimate *sl = &out->intervals[k][LV_I_WITHIN_TARGET];
        if (isfinite(sl->mean)) { /* some replication had calls in it */
            out->intervals_with_calls++;
            out->intervals_meeting_target += sl->mean >= s->target_share - 1e-12;
        }
        out->overloaded[k] = lv_interval_overloaded(out->intervals[k], s->interval_s);
        out->overloaded_count += out->overloaded[k];
    }
    for (int u = 0; u < 3; u++)
        for (int m = 0; m < LV_URGENCY_METRIC_COUNT; m++)
            ESTIMATE(lv_layout_urgency(&l, u, m), out->urgencies[u][m]);
    for (int x = 0; x < l.site_count; x++) {
        for (int m = 0; m < LV_SITE_METRIC_COUNT; m++)
            ESTIMATE(lv_layout_site(&l, x, m), out->sites[x][m]);
        double sl = out->sites[x][LV_S_WITHIN_TARGET].mean;
        if (x < s->centre_count && isfinite(sl))
            out->centres_by_band[sl >= s->target_share - 1e-12 ? 0 : sl > 0.5 ? 1 : 2]++;
    }
    for (int a = 0; a < l.area_count; a++)
        for (int m = 0; m < LV_AREA_METRIC_COUNT; m++)
            ESTIMATE(lv_layout_area(&l, a, m), out->areas[a][m]);
    double weeks = (s->horizon_s - s->warmup_s) / 604800.0 * n; /* each interval's, all replications */
    for (int x = 0; x < l.site_interval_sites; x++) {
        int before = out->site_overloaded_count;
        for (int k = 0; k < l.interval_count; k++) {
            int cell = x * l.interval_count + k;
            for (int m = 0; m < LV_SITE_INTERVAL_METRIC_COUNT; m++)
                ESTIMATE(lv_layout_site_interval(&l, x, k, m), out->site_intervals[cell][m]);
            out->site_overloaded[cell] = lv_site_interval_overloaded(out->site_intervals[cell], weeks);
            out->site_overloaded_count += out->site_overloaded[cell];
        }
        out->centres_overloaded += out->site_overloaded_count > before;
    }
    for (int m = 0; m < LV_SHRINKAGE_METRIC_COUNT; m++)
        ESTIMATE(lv_layout_shrinkage(&l, m), out->shrinkage[m]);
    for (int x = 0; x < l.site_count; x++)
        for (int m = 0; m < LV_SH_SITE_METRIC_COUNT; m++)
            ESTIMATE(lv_layout_site_shrinkage(&l, x, m), out->site_shrinkage[x][m]);
    out->away_used = lv_scenario_has_away(s);
    out->callbacks_used = lv_scenario_has_callbacks(s);
    for (int m = 0; m < LV_CALL_HANDLING_METRIC_COUNT; m++)
        ESTIMATE(lv_layout_call_handling(&l, m), out->call_handling[m]);
    out->amk_used = lv_scenario_has_amk_conferences(s);
    out->consults_used = lv_scenario_has_consults(s);
    for (int c = 0; c < 2; c++)
        for (int b = 0; b < LV_ANSWER_BIN_COUNT; b++)
            ESTIMATE(lv_layout_answer_bin(&l, c, b), out->answer_bins[c][b]);
#undef ESTIMATE
    lv_estimator_fini(&estimator);
    free(column);
    return 0;
}

void lv_summary_fini(struct lv_summary *s)
{
    free(s->intervals);
    free(s->overloaded);
    free(s->site_overloaded);
    free(s->sites);
    free(s->site_shrinkage);
    free(s->areas);
    free(s->site_intervals);
    memset(s, 0, sizeof *s);
}

void lv_results_fini(struct lv_results *r)
{
    if (r->reps)
        for (int i = 0; i < r->replications; i++)
            lv_rep_result_fini(&r->reps[i]); /* slots never initialised are zero: a no-op */
    free(r->reps);
    free(r->values);
    free(r->weights);
    free(r->events);
    free(r->attempts);
    lv_day_store_close(&r->days);
    memset(r, 0, sizeof *r);
}

double lv_results_value(const struct lv_results *r, int rep, int index)
{
    size_t i = (size_t)rep * (size_t)r->value_count + (size_t)index;
    return r->weights[i] > 0 ? r->values[i] / r->weights[i] : NAN;
}

/* ---- Days ---- */

void lv_day_values(const struct lv_layout *l, const struct lv_rep_result *r, int first, int count,
                   struct lv_day_value *out)
{
    for (int d = 0; d < count; d++)
        for (int m = 0; m < LV_DAY_METRIC_COUNT; m++) {
            struct frac f = day_value((enum lv_day_metric)m, &r->days[l->first_day + first + d]);
            out[d].num[m] = f.y;
            out[d].den[m] = f.x;
        }
}

int lv_day_store_open(struct lv_day_store *st, int replications, int day_count, size_t memory_limit)
{
    *st = (struct lv_day_store){.replications = replications, .day_count = day_count};
    size_t cells = (size_t)(replications > 0 ? replications : 0) * (size_t)(day_count > 0 ? day_count : 0);
    if (cells * sizeof(struct lv_day_value) > memory_limit && (st->file = tmpfile()) != NULL)
        return 0; /* unwritten parts of a file read as zeros: 0/0, as in memory */
    st->memory = calloc(cells > 0 ? cells : 1, sizeof *st->memory);
    return st->memory ? 0 : -1;
}

void lv_day_store_close(struct lv_day_store *st)
{
    free(st->memory);
    if (st->file)
        fclose(st->file);
    *st = (struct lv_day_store){0};
}

/* Where day `first` of replication rep starts, in values; false if the rows are out of range. */
static bool day_cell(const struct lv_day_store *st, int rep, int first, int count, size_t *cell)
{
    if (rep < 0 || rep >= st->replications || first < 0 || count < 0 || first > st->day_count - count)
        return false;
    *cell = (size_t)rep * (size_t)st->day_count + (size_t)first;
    return true;
}

int lv_day_store_write(struct lv_day_store *st, int rep, int first, int count, const struct lv_day_value *v)
{
    size_t cell, bytes = (size_t)count * sizeof *v;
    if (!day_cell(st, rep, first, count, &cell))
        return -1;
    if (st->memory) {
        memcpy(st->memory + cell, v, bytes);
        return 0;
    }
    /* pwrite, not fwrite: replications write their own rows from their own threads at once */
    const char *from = (const char *)v;
    off_t at = (off_t)(cell * sizeof *v);
    while (bytes > 0) {
        ssize_t n = pwrite(fileno(st->file), from, bytes, at);
        if (n <= 0)
            return -1;
        from += n;
        at += n;
        bytes -= (size_t)n;
    }
    return 0;
}

int lv_day_store_read(const struct lv_day_store *st, int rep, int first, int count, struct lv_day_value *out)
{
    size_t cell, bytes = (size_t)count * sizeof *out;
    if (!day_cell(st, rep, first, count, &cell))
        return -1;
    if (st->memory) {
        memcpy(out, st->memory + cell, bytes);
        return 0;
    }
    char *into = (char *)out;
    off_t at = (off_t)(cell * sizeof *out);
    while (bytes > 0) {
        ssize_t n = pread(fileno(st->file), into, bytes, at);
        if (n < 0)
            return -1;
        if (n == 0) { /* past what was written: never-written days are 0/0 */
            memset(into, 0, bytes);
            break;
        }
        into += n;
        at += n;
        bytes -= (size_t)n;
    }
    return 0;
}

int lv_day_store_put(struct lv_day_store *st, int rep, const struct lv_layout *l, const struct lv_rep_result *r)
{
    enum { WINDOW = 64 }; /* days a write: 6 KB on the stack */
    struct lv_day_value v[WINDOW];
    for (int d = 0; d < l->day_count; d += WINDOW) {
        int n = l->day_count - d < WINDOW ? l->day_count - d : WINDOW;
        lv_day_values(l, r, d, n, v);
        if (lv_day_store_write(st, rep, d, n, v) != 0)
            return -1;
    }
    return 0;
}

int lv_summary_day_window(const struct lv_results *r)
{
    size_t per_day = (size_t)(r->replications > 0 ? r->replications : 1) * sizeof(struct lv_day_value);
    size_t days = LV_DAY_WINDOW_BYTES / per_day;
    return days < 1 ? 1 : days > (size_t)INT_MAX ? INT_MAX : (int)days;
}

int lv_summary_days(const struct lv_results *r, int first, int count, struct lv_estimate (*out)[LV_DAY_METRIC_COUNT])
{
    int n = r->replications;
    if (count <= 0)
        return 0;
    struct lv_day_value *v = malloc((size_t)n * (size_t)count * sizeof *v);
    double *column = malloc(2 * (size_t)n * sizeof *column), *weight = column ? column + n : NULL;
    struct lv_estimator estimator;
    bool have_estimator = v && column && lv_estimator_init(&estimator, n, CONFIDENCE) == 0;
    int rc = have_estimator ? 0 : -1;
    for (int i = 0; rc == 0 && i < n; i++)
        rc = lv_day_store_read(&r->days, i, first, count, v + (size_t)i * (size_t)count);
    for (int d = 0; rc == 0 && d < count; d++)
        for (int m = 0; m < LV_DAY_METRIC_COUNT; m++) {
            for (int i = 0; i < n; i++) {
                const struct lv_day_value *x = &v[(size_t)i * (size_t)count + (size_t)d];
                column[i] = x->num[m];
                weight[i] = x->den[m];
            }
            out[d][m] = lv_estimate_ratio(&estimator, column, weight);
        }
    if (have_estimator)
        lv_estimator_fini(&estimator);
    free(column);
    free(v);
    return rc;
}

int lv_summary_day_range(const struct lv_results *r, int first, int count, struct lv_estimate out[LV_DAY_METRIC_COUNT])
{
    enum { WINDOW = 64 };
    int n = r->replications;
    struct lv_day_value v[WINDOW];
    struct lv_day_value *sum = calloc((size_t)(n > 0 ? n : 1), sizeof *sum);
    double *column = malloc(2 * (size_t)(n > 0 ? n : 1) * sizeof *column), *weight = column ? column + n : NULL;
    struct lv_estimator estimator;
    bool have_estimator = sum && column && lv_estimator_init(&estimator, n, CONFIDENCE) == 0;
    int rc = have_estimator ? 0 : -1;
    for (int i = 0; rc == 0 && i < n; i++)
        for (int d = first; rc == 0 && d < first + count; d += WINDOW) {
            int k = first + count - d < WINDOW ? first + count - d : WINDOW;
            rc = lv_day_store_read(&r->days, i, d, k, v);
            for (int j = 0; rc == 0 && j < k; j++)
                for (int m = 0; m < LV_DAY_METRIC_COUNT; m++)
                    if (v[j].den[m] > 0 && isfinite(v[j].num[m])) { /* a day without calls adds nothing */
                        sum[i].num[m] += v[j].num[m];
                        sum[i].den[m] += v[j].den[m];
                    }
        }
    for (int m = 0; rc == 0 && m < LV_DAY_METRIC_COUNT; m++) {
        for (int i = 0; i < n; i++) {
            column[i] = sum[i].num[m];
            weight[i] = sum[i].den[m];
        }
        out[m] = lv_estimate_ratio(&estimator, column, weight);
    }
    if (have_estimator)
        lv_estimator_fini(&estimator);
    free(column);
    free(sum);
    return rc;
}
