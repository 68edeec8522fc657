/* messages.h — the message catalogue: every text a report shows people (labels, units, weekday
 * and day-type names, urgency and disposition names, sentence templates), one id per message and
 * one column per language. Templates hold numbered placeholders {1}..{9} that a renderer fills
 * with formatted values, so a translation may reorder them. A missing translation (NULL) falls
 * back to English. Keys of JSON, CSV and YAML are input and output syntax, not messages. */
#ifndef LVSIM_MESSAGES_H
#define LVSIM_MESSAGES_H

#include <stddef.h>

/* Adding a language: a constant here (before LV_LANGUAGES), its code in messages.c's language
 * table and a column in its catalogue. Nothing else changes; untranslated texts stay English. */
enum lv_language { LV_LANG_EN, LV_LANG_NB, LV_LANGUAGES };

enum lv_msg {
    /* weekdays, Monday first (add 0..6), short and long; day types */
    LV_MSG_MON, LV_MSG_TUE, LV_MSG_WED, LV_MSG_THU, LV_MSG_FRI, LV_MSG_SAT, LV_MSG_SUN,
    LV_MSG_MONDAY, LV_MSG_TUESDAY, LV_MSG_WEDNESDAY, LV_MSG_THURSDAY, LV_MSG_FRIDAY, LV_MSG_SATURDAY, LV_MSG_SUNDAY,
    LV_MSG_HOLIDAY,  /* a day type: one public holiday */
    LV_MSG_HOLIDAYS, /* the day type where a schedule speaks of "on holidays" */
    LV_MSG_WEEKDAYS,
    LV_MSG_WEEKENDS,
    /* urgencies in enum lv_urgency order, dispositions in enum lv_disposition order */
    LV_MSG_RED, LV_MSG_YELLOW, LV_MSG_GREEN,
    LV_MSG_ADVICE, LV_MSG_CONSULTATION, LV_MSG_CALLBACK, LV_MSG_HOME_VISIT, LV_MSG_AMBULANCE, LV_MSG_REFERRAL,
    /* units */
    LV_MSG_UNIT_PERCENT, LV_MSG_UNIT_S, LV_MSG_UNIT_MIN, LV_MSG_UNIT_H, LV_MSG_UNIT_D,
    /* the text summary: row labels and their details */
    LV_MSG_SUM_TITLE,
    LV_MSG_SUM_CALLS_OFFERED, LV_MSG_SUM_CALLS_OFFERED_DETAIL,
    LV_MSG_SUM_ANSWERED_WITHIN, LV_MSG_SUM_TARGET_DETAIL, LV_MSG_SUM_MET, LV_MSG_SUM_NOT_MET,
    LV_MSG_SUM_MEDIAN_ANSWER, LV_MSG_SUM_MEDIAN_ANSWER_DETAIL,
    LV_MSG_SUM_WITHIN_10MIN,
    LV_MSG_SUM_ABANDONED, LV_MSG_SUM_BUSY_DETAIL, LV_MSG_SUM_REDIALS_DETAIL,
    LV_MSG_SUM_CALLERS, LV_MSG_SUM_CALLERS_DETAIL,
    LV_MSG_SUM_OCCUPANCY, LV_MSG_SUM_ON_DUTY_DETAIL,
    LV_MSG_SUM_NURSE_TIME, LV_MSG_SUM_NURSE_TIME_DETAIL,
    LV_MSG_SUM_HOURS_MEETING, LV_MSG_SUM_INTERVALS_MEETING, LV_MSG_SUM_HOURS_OF_WEEK, LV_MSG_SUM_INTERVALS_OF_WEEK,
    LV_MSG_SUM_DAYS_MEETING, LV_MSG_SUM_DAYS_MEETING_DETAIL,
    LV_MSG_SUM_WORST_HOURS, LV_MSG_SUM_WORST_INTERVALS, LV_MSG_SUM_WORST_INTERVAL_ITEM,
    LV_MSG_SUM_CENTRES, LV_MSG_SUM_CENTRES_DETAIL,
    LV_MSG_SUM_WORST_CENTRES, LV_MSG_SUM_NAMED_SHARE,
    LV_MSG_SUM_WORST_CENTRE_HOURS, LV_MSG_SUM_WORST_CENTRE_INTERVALS, LV_MSG_SUM_CENTRE_INTERVAL_ITEM,
    LV_MSG_SUM_PARTNERS, LV_MSG_SUM_PARTNERS_DETAIL,
    LV_MSG_SUM_OUTCOMES,
    LV_MSG_SUM_DOCTOR_WAIT, LV_MSG_SUM_DOCTOR_WAIT_ITEM,
    LV_MSG_SUM_RED_SEEN, LV_MSG_SUM_RED_SEEN_DETAIL,
    LV_MSG_SUM_HOME_RESPONSE, LV_MSG_SUM_HOME_RESPONSE_DETAIL,
    LV_MSG_SUM_DOCTOR_UTILISATION,
    LV_MSG_SUM_BACKUP, LV_MSG_SUM_BACKUP_DETAIL,
    LV_MSG_SUM_SATELLITES, LV_MSG_SUM_SATELLITES_DETAIL,
    LV_MSG_SUM_WAITING_ROOM, LV_MSG_SUM_WAITING_ROOM_DETAIL, LV_MSG_SUM_WALK_INS_DETAIL,
    /* the comparison table */
    LV_MSG_CMP_TITLE, LV_MSG_CMP_FIGURE, LV_MSG_CMP_A, LV_MSG_CMP_B, LV_MSG_CMP_DIFFERENCE, LV_MSG_CMP_UNPAIRED,
    LV_MSG_CMP_VERDICT_ONE, LV_MSG_CMP_VERDICT_SHOWN, LV_MSG_CMP_VERDICT_NONE, LV_MSG_CMP_MORE, LV_MSG_CMP_FEWER,
    /* the figures' labels (summary.h metric tables): LV_MSG_<table>_<figure> for LV_<table>_<figure> */
    LV_MSG_M_CALLS_OFFERED,
    LV_MSG_M_CALLS_PER_DAY,
    LV_MSG_M_WITHIN_TARGET,
    LV_MSG_M_WITHIN_10MIN,
    LV_MSG_M_ANSWERED,
    LV_MSG_M_ABANDONED,
    LV_MSG_M_BUSY,
    LV_MSG_M_REDIALS,
    LV_MSG_M_ANSWER_MEDIAN,
    LV_MSG_M_ANSWER_MEAN,
    LV_MSG_M_ANSWER_P90,
    LV_MSG_M_ANSWER_P95,
    LV_MSG_M_QUEUE_TIME_MEAN,
    LV_MSG_M_EPISODES,
    LV_MSG_M_EPISODE_ANSWERED,
    LV_MSG_M_EPISODE_WITHIN_TARGET,
    LV_MSG_M_EPISODE_MEAN,
    LV_MSG_M_EPISODE_MEDIAN,
    LV_MSG_M_EPISODE_P90,
    LV_MSG_M_OCCUPANCY,
    LV_MSG_M_QUEUE_LENGTH,
    LV_MSG_M_OPERATORS,
    LV_MSG_M_DAYS_MEETING_TARGET,
    LV_MSG_M_DOCTOR_WAIT_MEAN,
    LV_MSG_M_RED_SEEN_WITHIN,
    LV_MSG_M_HOME_RESPONSE_MEAN,
    LV_MSG_M_HOME_RESPONSE_P90,
    LV_MSG_M_DOCTOR_UTILISATION,
    LV_MSG_M_DOCTORS,
    LV_MSG_M_BACKUP_ACTIVATIONS,
    LV_MSG_M_BACKUP_HOURS,
    LV_MSG_M_WAITING_ROOM,
    LV_MSG_M_WALK_INS_PER_DAY,
    LV_MSG_M_NURSE_PHONE_SHARE,
    LV_MSG_M_NURSE_FLOOR_SHARE,
    LV_MSG_M_PHONE_HOURS_LOST,
    LV_MSG_I_CALLS_OFFERED,
    LV_MSG_I_WITHIN_TARGET,
    LV_MSG_I_WITHIN_10MIN,
    LV_MSG_I_ABANDONED,
    LV_MSG_I_BUSY,
    LV_MSG_I_ANSWER_MEAN,
    LV_MSG_I_ANSWER_MEDIAN,
    LV_MSG_I_ANSWER_P90,
    LV_MSG_I_OCCUPANCY,
    LV_MSG_I_QUEUE_LENGTH,
    LV_MSG_I_OPERATORS,
    LV_MSG_I_WAITING_ROOM,
    LV_MSG_I_DOCTOR_UTILISATION,
    LV_MSG_I_DOCTORS,
    LV_MSG_I_NURSES_ON_FLOOR,
    LV_MSG_I_PHONE_LOST,
    LV_MSG_U_CALLS_PER_DAY,
    LV_MSG_U_ADVICE,
    LV_MSG_U_CONSULTATION,
    LV_MSG_U_CALLBACK,
    LV_MSG_U_HOME_VISIT,
    LV_MSG_U_AMBULANCE,
    LV_MSG_U_REFERRAL,
    LV_MSG_U_NO_SHOWS,
    LV_MSG_U_WALK_INS_PER_DAY,
    LV_MSG_U_CONTACTS_PER_DAY,
    LV_MSG_U_WAIT_MEAN,
    LV_MSG_U_WAIT_MEDIAN,
    LV_MSG_U_WAIT_P90,
    LV_MSG_U_SEEN_WITHIN,
    LV_MSG_D_CALLS_OFFERED,
    LV_MSG_D_WITHIN_TARGET,
    LV_MSG_D_WITHIN_10MIN,
    LV_MSG_D_ABANDONED,
    LV_MSG_D_BUSY,
    LV_MSG_D_ANSWER_MEAN,
    LV_MSG_S_CALLS_PER_DAY,
    LV_MSG_S_WITHIN_TARGET,
    LV_MSG_S_ABANDONED,
    LV_MSG_S_BUSY,
    LV_MSG_S_ANSWER_MEAN,
    LV_MSG_S_ANSWERED_ELSEWHERE,
    LV_MSG_S_ANSWERED_FOR_OTHERS,
    LV_MSG_S_OCCUPANCY,
    LV_MSG_S_PHONE_STAFF,
    LV_MSG_S_DOCTOR_UTILISATION,
    LV_MSG_S_DOCTORS,
    LV_MSG_S_WAITING_ROOM,
    LV_MSG_S_DOCTOR_CONTACTS_PER_DAY,
    LV_MSG_S_VIDEO_PER_DAY,
    LV_MSG_S_VIDEO_HOURS_PER_DAY,
    LV_MSG_S_SATELLITE_PATIENTS_PER_DAY,
    LV_MSG_S_WALK_INS_PER_DAY,
    LV_MSG_S_BACKUP_ACTIVATIONS,
    LV_MSG_A_CALLS_PER_DAY,
    LV_MSG_A_WITHIN_TARGET,
    LV_MSG_A_ABANDONED,
    LV_MSG_A_BUSY,
    LV_MSG_A_SATELLITE_PATIENTS_PER_DAY,
    LV_MSG_A_TRAVEL_SAVED_HOURS_PER_DAY,
    LV_MSG_SI_CALLS_PER_WEEK,
    LV_MSG_SI_WITHIN_TARGET,

    /* diagnostics: reading files, YAML and the shared reader (sim/base) */
    LV_MSG_E_ONE_MORE_NOT_SHOWN, LV_MSG_E_MORE_NOT_SHOWN,
    /* diagnostics: scenario files, extends and --set (sim/scenario) */

    /* diagnostics: sweeps, result stores, runs (sim/study, sim/model) */

    /* the command line (tools/) */

    /* fitting a call log (sim/study/fit.c) */
    LV_MSG_FIT_E_CANNOT_READ, LV_MSG_FIT_E_NOT_REGULAR, LV_MSG_FIT_E_TOO_LARGE, LV_MSG_FIT_E_NUL,
    LV_MSG_FIT_E_EMPTY, LV_MSG_FIT_E_MISSING_COLUMN, LV_MSG_FIT_E_DUPLICATE_COLUMN, LV_MSG_FIT_E_TOO_MANY_COLUMNS,
    LV_MSG_FIT_E_FIELD_COUNT, LV_MSG_FIT_E_UNTERMINATED, LV_MSG_FIT_E_AFTER_QUOTE, LV_MSG_FIT_E_STRAY_QUOTE,
    LV_MSG_FIT_E_FIELD_TOO_LONG, LV_MSG_FIT_E_TOO_MANY_ROWS, LV_MSG_FIT_E_ARRIVAL, LV_MSG_FIT_E_NUMBER,
    LV_MSG_FIT_E_OUTCOME, LV_MSG_FIT_E_TALK_MISSING, LV_MSG_FIT_E_TALK_ABANDONED, LV_MSG_FIT_E_TOO_MANY_TYPES,
    LV_MSG_FIT_E_NO_CALLS, LV_MSG_FIT_E_TOO_FEW, LV_MSG_FIT_E_OUT_OF_MEMORY, LV_MSG_FIT_E_SPAN,
    LV_MSG_FIT_TITLE, LV_MSG_FIT_INTERVALS, LV_MSG_FIT_DEMAND, LV_MSG_FIT_CALLS_PER_YEAR, LV_MSG_FIT_WEEKEND_FACTOR,
    LV_MSG_FIT_WEEKEND_FACTOR_KEPT, LV_MSG_FIT_DAY_VARIATION, LV_MSG_FIT_PROFILE_HEADER, LV_MSG_FIT_TALK,
    LV_MSG_FIT_FAMILY_HEADER, LV_MSG_FIT_PATIENCE, LV_MSG_FIT_KM_HEADER, LV_MSG_FIT_NO_PATIENCE, LV_MSG_FIT_NO_CALLER,
    LV_MSG_FIT_REDIAL, LV_MSG_FIT_REDIAL_PROBABILITY, LV_MSG_FIT_REDIAL_DELAY, LV_MSG_FIT_HOURS_TITLE, LV_MSG_FIT_CHI2,
    LV_MSG_FIT_TYPE, LV_MSG_FIT_TYPES_MATCH, LV_MSG_FIT_TYPES_POOLED,

    LV_MSG_COUNT
};

/* The text of message id in a language: never NULL; English where the language has no
 * translation, "?" for an id out of range. Static storage. */
const char *lv_msg(enum lv_msg id, enum lv_language lang);

/* Template t with {1}..{9} replaced by args[0..argc-1] (a placeholder past argc is dropped), into
 * buf (always terminated when size > 0). Returns the length the whole text needs, as snprintf. */
size_t lv_msg_expand(char *buf, size_t size, const char *t, int argc, const char *const *args);

/* A number as a message argument: lv_msg_int(3).s is "3", lv_msg_num(2.5).s is "2.5" (%g). The
 * array lives until the end of the full expression that calls the function (C11 6.2.4), so they
 * can be passed straight to a call taking the arguments. */
struct lv_msg_arg {
    char s[40];
};
struct lv_msg_arg lv_msg_int(long long v);
struct lv_msg_arg lv_msg_num(double v);

/* A language's code ("en", "nb"), and the language of a code (-1 if unknown). */
const char *lv_language_code(enum lv_language lang);
int lv_language_parse(const char *code);

#endif
