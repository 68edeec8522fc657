/* messages.c — the message catalogue; see messages.h. One row per message, one column per
 * language in enum lv_language order: { "en", "nb" }. A column may stop early or hold NULL: the
 * message then falls back to English. */
#include "lvsim/messages.h"

#include <stdio.h>
#include <string.h>

static const char *const language_code[LV_LANGUAGES] = {[LV_LANG_EN] = "en", [LV_LANG_NB] = "nb"};

static const struct {
    const char *text[LV_LANGUAGES];
} catalogue[LV_MSG_COUNT] = {
    [LV_MSG_MON] = {{"Mon", "man"}},
    [LV_MSG_TUE] = {{"Tue", "tir"}},
    [LV_MSG_WED] = {{"Wed", "ons"}},
    [LV_MSG_THU] = {{"Thu", "tor"}},
    [LV_MSG_FRI] = {{"Fri", "fre"}},
    [LV_MSG_SAT] = {{"Sat", "lør"}},
    [LV_MSG_SUN] = {{"Sun", "søn"}},
    [LV_MSG_MONDAY] = {{"Monday", "mandag"}},
    [LV_MSG_TUESDAY] = {{"Tuesday", "tirsdag"}},
    [LV_MSG_WEDNESDAY] = {{"Wednesday", "onsdag"}},
    [LV_MSG_THURSDAY] = {{"Thursday", "torsdag"}},
    [LV_MSG_FRIDAY] = {{"Friday", "fredag"}},
    [LV_MSG_SATURDAY] = {{"Saturday", "lørdag"}},
    [LV_MSG_SUNDAY] = {{"Sunday", "søndag"}},
    [LV_MSG_HOLIDAY] = {{"holiday", "helligdag"}},
    [LV_MSG_HOLIDAYS] = {{"holidays", "helligdager"}},
    [LV_MSG_WEEKDAYS] = {{"weekdays", "hverdager"}},
    [LV_MSG_WEEKENDS] = {{"weekends", "helger"}},
    [LV_MSG_RED] = {{"red", "rød"}},
    [LV_MSG_YELLOW] = {{"yellow", "gul"}},
    [LV_MSG_GREEN] = {{"green", "grønn"}},
    [LV_MSG_ADVICE] = {{"advice", "råd"}},
    [LV_MSG_CONSULTATION] = {{"consultation", "konsultasjon"}},
    [LV_MSG_CALLBACK] = {{"callback", "tilbakeringing"}},
    [LV_MSG_HOME_VISIT] = {{"home visit", "sykebesøk"}},
    [LV_MSG_AMBULANCE] = {{"ambulance", "ambulanse"}},
    [LV_MSG_REFERRAL] = {{"referral", "henvisning"}},
    [LV_MSG_UNIT_PERCENT] = {{"%", "%"}},
    [LV_MSG_UNIT_S] = {{"s", "s"}},
    [LV_MSG_UNIT_MIN] = {{"min", "min"}},
    [LV_MSG_UNIT_H] = {{"h", "t"}},
    [LV_MSG_UNIT_D] = {{"d", "d"}},

    [LV_MSG_SUM_TITLE] = {{"lvsim {1} · {2}: {3} · {4} days × {5} replications · seed {6}"}},
    [LV_MSG_SUM_CALLS_OFFERED] = {{"calls offered"}},
    [LV_MSG_SUM_CALLS_OFFERED_DETAIL] = {{"({1} per day; warm-up of {2} d excluded)"}},
    [LV_MSG_SUM_ANSWERED_WITHIN] = {{"answered within {1}"}},
    [LV_MSG_SUM_TARGET_DETAIL] = {{"target {1}  {2}"}},
    [LV_MSG_SUM_MET] = {{"MET"}},
    [LV_MSG_SUM_NOT_MET] = {{"NOT MET"}},
    [LV_MSG_SUM_MEDIAN_ANSWER] = {{"median answer time"}},
    [LV_MSG_SUM_MEDIAN_ANSWER_DETAIL] = {{"(mean {1}, 90th percentile {2})"}},
    [LV_MSG_SUM_WITHIN_10MIN] = {{"answered within 10 min"}},
    [LV_MSG_SUM_ABANDONED] = {{"abandoned"}},
    [LV_MSG_SUM_BUSY_DETAIL] = {{"busy {1}"}},
    [LV_MSG_SUM_REDIALS_DETAIL] = {{"(redials {1} of calls)"}},
    [LV_MSG_SUM_CALLERS] = {{"callers"}},
    [LV_MSG_SUM_CALLERS_DETAIL] = {{"within {1} of first call, mean {2}, {3} never answered"}},
    [LV_MSG_SUM_OCCUPANCY] = {{"operator occupancy"}},
    [LV_MSG_SUM_ON_DUTY_DETAIL] = {{"({1} on duty on average)"}},
    [LV_MSG_SUM_NURSE_TIME] = {{"nurse time"}},
    [LV_MSG_SUM_NURSE_TIME_DETAIL] = {{"{1} phone, {2} floor; shared nurses {3} h a day on the floor"}},
    [LV_MSG_SUM_HOURS_MEETING] = {{"hours meeting target"}},
    [LV_MSG_SUM_INTERVALS_MEETING] = {{"intervals meeting target"}},
    [LV_MSG_SUM_HOURS_OF_WEEK] = {{"{1} of {2} hours of the week"}},
    [LV_MSG_SUM_INTERVALS_OF_WEEK] = {{"{1} of {2} intervals of the week"}},
    [LV_MSG_SUM_DAYS_MEETING] = {{"days meeting target"}},
    [LV_MSG_SUM_DAYS_MEETING_DETAIL] = {{"(a given day misses with probability {1})"}},
    [LV_MSG_SUM_WORST_HOURS] = {{"worst hours"}},
    [LV_MSG_SUM_WORST_INTERVALS] = {{"worst intervals"}},
    [LV_MSG_SUM_WORST_INTERVAL_ITEM] = {{"{1} {2}–{3} {4}"}},
    [LV_MSG_SUM_CENTRES] = {{"centres"}},
    [LV_MSG_SUM_CENTRES_DETAIL] = {{"{1} of {2} meet the target; {3} at 51-79 %, {4} at 50 % or less"}},
    [LV_MSG_SUM_WORST_CENTRES] = {{"worst centres"}},
    [LV_MSG_SUM_NAMED_SHARE] = {{"{1} {2}"}},
    [LV_MSG_SUM_WORST_CENTRE_HOURS] = {{"worst centre-hours"}},
    [LV_MSG_SUM_WORST_CENTRE_INTERVALS] = {{"worst centre-intervals"}},
    [LV_MSG_SUM_CENTRE_INTERVAL_ITEM] = {{"{1} {2} {3}–{4} {5}"}},
    [LV_MSG_SUM_PARTNERS] = {{"answered by partners"}},
    [LV_MSG_SUM_PARTNERS_DETAIL] = {{"{1} of answered calls"}},
    [LV_MSG_SUM_OUTCOMES] = {{"clinical outcomes"}},
    [LV_MSG_SUM_DOCTOR_WAIT] = {{"wait for a doctor"}},
    [LV_MSG_SUM_DOCTOR_WAIT_ITEM] = {{"{1} mean {2} (p90 {3})"}},
    [LV_MSG_SUM_RED_SEEN] = {{"red seen within {1}"}},
    [LV_MSG_SUM_RED_SEEN_DETAIL] = {{"(from the end of the call, or arrival)"}},
    [LV_MSG_SUM_HOME_RESPONSE] = {{"home-visit response"}},
    [LV_MSG_SUM_HOME_RESPONSE_DETAIL] = {{"mean {1}, 90th percentile {2}"}},
    [LV_MSG_SUM_DOCTOR_UTILISATION] = {{"doctor utilisation"}},
    [LV_MSG_SUM_BACKUP] = {{"backup doctor"}},
    [LV_MSG_SUM_BACKUP_DETAIL] = {{"{1} activations, {2} h a week"}},
    [LV_MSG_SUM_SATELLITES] = {{"satellites"}},
    [LV_MSG_SUM_SATELLITES_DETAIL] = {{"{1} patients a day; doctors {2} h a day on video; travel saved {3} h a day"}},
    [LV_MSG_SUM_WAITING_ROOM] = {{"waiting room"}},
    [LV_MSG_SUM_WAITING_ROOM_DETAIL] = {{"{1} patients on average"}},
    [LV_MSG_SUM_WALK_INS_DETAIL] = {{"({1} walk-ins a day)"}},

    [LV_MSG_CMP_TITLE] = {{"lvsim {1} · compare · A: {2} · B: {3} · {4} paired replications · seed {5}"}},
    [LV_MSG_CMP_FIGURE] = {{"figure (shares in %)"}},
    [LV_MSG_CMP_A] = {{"A"}},
    [LV_MSG_CMP_B] = {{"B"}},
    [LV_MSG_CMP_DIFFERENCE] = {{"B - A (paired 95 %)"}},
    [LV_MSG_CMP_UNPAIRED] = {{"unpaired ±"}},
    [LV_MSG_CMP_VERDICT_ONE] = {{"verdict: B - A = {1} points within {2} (one replication: no interval; use -r)"}},
    [LV_MSG_CMP_VERDICT_SHOWN] = {{"verdict: B answers {1} ± {2} points {3} calls within {4} than A (paired 95 % "
                                   "interval; unpaired it would be ± {5})"}},
    [LV_MSG_CMP_VERDICT_NONE] = {{"verdict: no difference shown: B - A = {1} ± {2} points within {3} (paired 95 % "
                                  "interval); more replications narrow it"}},
    [LV_MSG_CMP_MORE] = {{"more"}},
    [LV_MSG_CMP_FEWER] = {{"fewer"}},

    [LV_MSG_M_CALLS_OFFERED] = {{"calls offered"}},
    [LV_MSG_M_CALLS_PER_DAY] = {{"calls offered per day"}},
    [LV_MSG_M_WITHIN_TARGET] = {{"answered within target"}},
    [LV_MSG_M_WITHIN_10MIN] = {{"answered within 10 min"}},
    [LV_MSG_M_ANSWERED] = {{"answered"}},
    [LV_MSG_M_ABANDONED] = {{"abandoned"}},
    [LV_MSG_M_BUSY] = {{"busy signals (queue full)"}},
    [LV_MSG_M_REDIALS] = {{"redials among calls"}},
    [LV_MSG_M_ANSWER_MEDIAN] = {{"median answer time"}},
    [LV_MSG_M_ANSWER_MEAN] = {{"mean answer time"}},
    [LV_MSG_M_ANSWER_P90] = {{"90th percentile answer time"}},
    [LV_MSG_M_ANSWER_P95] = {{"95th percentile answer time"}},
    [LV_MSG_M_QUEUE_TIME_MEAN] = {{"mean time in queue, all calls"}},
    [LV_MSG_M_EPISODES] = {{"callers (episodes)"}},
    [LV_MSG_M_EPISODE_ANSWERED] = {{"callers eventually answered"}},
    [LV_MSG_M_EPISODE_WITHIN_TARGET] = {{"callers answered within target of first call"}},
    [LV_MSG_M_EPISODE_MEAN] = {{"caller's mean time to answer"}},
    [LV_MSG_M_EPISODE_MEDIAN] = {{"caller's median time to answer"}},
    [LV_MSG_M_EPISODE_P90] = {{"caller's 90th percentile time to answer"}},
    [LV_MSG_M_OCCUPANCY] = {{"operator occupancy"}},
    [LV_MSG_M_QUEUE_LENGTH] = {{"mean queue length"}},
    [LV_MSG_M_OPERATORS] = {{"operators on duty, mean"}},
    [LV_MSG_M_DAYS_MEETING_TARGET] = {{"days meeting target"}},
    [LV_MSG_M_DOCTOR_WAIT_MEAN] = {{"mean wait for a doctor"}},
    [LV_MSG_M_RED_SEEN_WITHIN] = {{"red patients seen by a doctor within red_within"}},
    [LV_MSG_M_HOME_RESPONSE_MEAN] = {{"mean home-visit response"}},
    [LV_MSG_M_HOME_RESPONSE_P90] = {{"90th percentile home-visit response"}},
    [LV_MSG_M_DOCTOR_UTILISATION] = {{"doctor utilisation"}},
    [LV_MSG_M_DOCTORS] = {{"doctors on duty, mean (backup included)"}},
    [LV_MSG_M_BACKUP_ACTIVATIONS] = {{"backup doctor activations per week"}},
    [LV_MSG_M_BACKUP_HOURS] = {{"backup doctor hours on duty per week"}},
    [LV_MSG_M_WAITING_ROOM] = {{"patients waiting at the centre, mean"}},
    [LV_MSG_M_WALK_INS_PER_DAY] = {{"walk-ins per day"}},
    [LV_MSG_M_NURSE_PHONE_SHARE] = {{"nurse time on the phone"}},
    [LV_MSG_M_NURSE_FLOOR_SHARE] = {{"nurse time on floor work"}},
    [LV_MSG_M_PHONE_HOURS_LOST] = {{"shared nurses' hours on floor work per day"}},
    [LV_MSG_I_CALLS_OFFERED] = {{"calls offered per week"}},
    [LV_MSG_I_WITHIN_TARGET] = {{"answered within target"}},
    [LV_MSG_I_WITHIN_10MIN] = {{"answered within 10 min"}},
    [LV_MSG_I_ABANDONED] = {{"abandoned"}},
    [LV_MSG_I_BUSY] = {{"busy signals"}},
    [LV_MSG_I_ANSWER_MEAN] = {{"mean answer time"}},
    [LV_MSG_I_ANSWER_MEDIAN] = {{"median answer time"}},
    [LV_MSG_I_ANSWER_P90] = {{"90th percentile answer time"}},
    [LV_MSG_I_OCCUPANCY] = {{"operator occupancy"}},
    [LV_MSG_I_QUEUE_LENGTH] = {{"mean queue length"}},
    [LV_MSG_I_OPERATORS] = {{"operators on duty, mean"}},
    [LV_MSG_I_WAITING_ROOM] = {{"patients waiting at the centre"}},
    [LV_MSG_I_DOCTOR_UTILISATION] = {{"doctor utilisation"}},
    [LV_MSG_I_DOCTORS] = {{"doctors on duty, mean"}},
    [LV_MSG_I_NURSES_ON_FLOOR] = {{"nurses busy on floor work, mean"}},
    [LV_MSG_I_PHONE_LOST] = {{"shared nurses on floor work, mean"}},
    [LV_MSG_U_CALLS_PER_DAY] = {{"clinical calls per day"}},
    [LV_MSG_U_ADVICE] = {{"nurse advice only"}},
    [LV_MSG_U_CONSULTATION] = {{"consultation at the centre"}},
    [LV_MSG_U_CALLBACK] = {{"doctor phone advice"}},
    [LV_MSG_U_HOME_VISIT] = {{"home visit"}},
    [LV_MSG_U_AMBULANCE] = {{"red response / ambulance"}},
    [LV_MSG_U_REFERRAL] = {{"referral"}},
    [LV_MSG_U_NO_SHOWS] = {{"booked patients who did not come"}},
    [LV_MSG_U_WALK_INS_PER_DAY] = {{"walk-ins per day"}},
    [LV_MSG_U_CONTACTS_PER_DAY] = {{"doctor contacts per day"}},
    [LV_MSG_U_WAIT_MEAN] = {{"mean wait for a doctor"}},
    [LV_MSG_U_WAIT_MEDIAN] = {{"median wait for a doctor"}},
    [LV_MSG_U_WAIT_P90] = {{"90th percentile wait for a doctor"}},
    [LV_MSG_U_SEEN_WITHIN] = {{"seen within clinical.red_within"}},
    [LV_MSG_D_CALLS_OFFERED] = {{"calls offered"}},
    [LV_MSG_D_WITHIN_TARGET] = {{"answered within target"}},
    [LV_MSG_D_WITHIN_10MIN] = {{"answered within 10 min"}},
    [LV_MSG_D_ABANDONED] = {{"abandoned"}},
    [LV_MSG_D_BUSY] = {{"busy signals"}},
    [LV_MSG_D_ANSWER_MEAN] = {{"mean answer time"}},
    [LV_MSG_S_CALLS_PER_DAY] = {{"calls offered per day"}},
    [LV_MSG_S_WITHIN_TARGET] = {{"answered within target"}},
    [LV_MSG_S_ABANDONED] = {{"abandoned"}},
    [LV_MSG_S_BUSY] = {{"busy signals"}},
    [LV_MSG_S_ANSWER_MEAN] = {{"mean answer time"}},
    [LV_MSG_S_ANSWERED_ELSEWHERE] = {{"its calls answered by other centres"}},
    [LV_MSG_S_ANSWERED_FOR_OTHERS] = {{"other centres' calls answered per day"}},
    [LV_MSG_S_OCCUPANCY] = {{"operator occupancy"}},
    [LV_MSG_S_PHONE_STAFF] = {{"operators and shared nurses on duty, mean"}},
    [LV_MSG_S_DOCTOR_UTILISATION] = {{"doctor utilisation"}},
    [LV_MSG_S_DOCTORS] = {{"doctors on duty, mean"}},
    [LV_MSG_S_WAITING_ROOM] = {{"patients waiting here, mean"}},
    [LV_MSG_S_DOCTOR_CONTACTS_PER_DAY] = {{"doctor contacts per day"}},
    [LV_MSG_S_VIDEO_PER_DAY] = {{"video consultations per day"}},
    [LV_MSG_S_VIDEO_HOURS_PER_DAY] = {{"doctor hours on video per day"}},
    [LV_MSG_S_SATELLITE_PATIENTS_PER_DAY] = {{"patients seen at the satellite per day"}},
    [LV_MSG_S_WALK_INS_PER_DAY] = {{"walk-ins per day"}},
    [LV_MSG_S_BACKUP_ACTIVATIONS] = {{"backup activations per week"}},
    [LV_MSG_A_CALLS_PER_DAY] = {{"calls offered per day"}},
    [LV_MSG_A_WITHIN_TARGET] = {{"answered within target"}},
    [LV_MSG_A_ABANDONED] = {{"abandoned"}},
    [LV_MSG_A_BUSY] = {{"busy signals"}},
    [LV_MSG_A_SATELLITE_PATIENTS_PER_DAY] = {{"patients seen at a satellite per day"}},
    [LV_MSG_A_TRAVEL_SAVED_HOURS_PER_DAY] = {{"patients' travel saved, hours per day"}},
    [LV_MSG_SI_CALLS_PER_WEEK] = {{"calls offered per week"}},
    [LV_MSG_SI_WITHIN_TARGET] = {{"answered within target"}},

    /* diagnostics: reading files, YAML and the shared reader (sim/base) */
    [LV_MSG_E_ONE_MORE_NOT_SHOWN] = {{"lvsim: 1 more error not shown (the first {1} are above)"}},
    [LV_MSG_E_MORE_NOT_SHOWN] = {{"lvsim: {1} more errors not shown (the first {2} are above)"}},
    /* diagnostics: scenario files, extends and --set (sim/scenario) */
    [LV_MSG_E_NOT_SCALAR] = {{"'{1}' must be {2}, got {3}"}},
    [LV_MSG_E_NOT_VALID] = {{"'{1}' must be {2}, got '{3}'"}},
    [LV_MSG_E_NOT_VALID_FACTOR] = {{"'{1}' must be {2} (a factor, e.g. 1.2 for +20%), got '{3}'"}},
    [LV_MSG_E_DURATION_RANGE] = {{"'{1}' must be between {2} and {3}, got '{4}'"}},
    [LV_MSG_E_TEXT_TOO_LONG] = {{"'{1}' must be at most {2} characters long"}},
    [LV_MSG_E_NOT_NUMBER_LIST] = {{"'{1}' must be a list of {2} numbers, got {3}"}},
    [LV_MSG_E_NUMBER_COUNT] = {{"'{1}' must have {2} numbers, got {3}"}},
    [LV_MSG_E_ALL_ZERO] = {{"'{1}' must not be all zero"}},
    [LV_MSG_E_DID_YOU_MEAN] = {{"{1} (did you mean '{2}'?)"}},
    [LV_MSG_E_DIST_SCALAR] = {{"'{1}' must be a duration like '5m'{2} or a mapping with 'dist', got '{3}'"}},
    [LV_MSG_E_DIST_NEEDS_DIST] = {{"distribution '{1}' needs a 'dist' key (one of {2})"}},
    [LV_MSG_E_DIST_UNKNOWN] = {{"'dist' must be one of {1}, got '{2}'"}},
    [LV_MSG_E_DIST_KEY] = {{"key '{1}' does not apply to distribution '{2}' (it takes: {3})"}},
    [LV_MSG_E_DIST_NEEDS] = {{"{1} distribution '{2}' needs '{3}'"}},
    [LV_MSG_E_DIST_EITHER] = {{"{1} distribution '{2}' takes either {3} and {4} or {5} and {6}, not both"}},
    [LV_MSG_E_DIST_INVALID] = {{"invalid {1} distribution '{2}': {3}"}},
    [LV_MSG_E_DIST_WEIBULL_EITHER] = {{"weibull distribution '{1}' takes either mean or scale with its shape, not both"}},
    [LV_MSG_E_EMPIRICAL_VALUES] = {{"empirical distribution '{1}' needs 'values', a non-empty list of durations"}},
    [LV_MSG_E_EMPIRICAL_TOO_MANY] = {{"'values' may hold at most {1} entries, got {2}"}},
    [LV_MSG_E_EMPIRICAL_WEIGHTS] = {{"'weights' must be a list of {1} numbers, one per value"}},
    [LV_MSG_E_OUT_OF_MEMORY] = {{"out of memory"}},
    [LV_MSG_P_DURATION] = {{"a duration like '30s', '5m' or '1h30m'"}},
    [LV_MSG_P_SHARE] = {{"a share between 0 and 1 or 0% and 100%"}},
    [LV_MSG_P_NUMBER_FROM] = {{"a number from {1} to {2}"}},
    [LV_MSG_P_NUMBER_ABOVE] = {{"a number greater than {1} and at most {2}"}},
    [LV_MSG_P_NON_NEGATIVE_INTEGER] = {{"a non-negative integer"}},
    [LV_MSG_P_INTEGER_FROM] = {{"an integer from {1} to {2}"}},
    [LV_MSG_P_INTEGER_OR_NONE] = {{"a non-negative integer (at most {1}) or 'none'"}},
    [LV_MSG_P_BOOL] = {{"true or false"}},
    [LV_MSG_P_TEXT] = {{"a text"}},
    [LV_MSG_P_DATE] = {{"a date YYYY-MM-DD"}},
    [LV_MSG_P_DATE_RANGE] = {{"a date YYYY-MM-DD between {1} and {2}"}},
    [LV_MSG_P_TIME] = {{"a time HH:MM"}},
    [LV_MSG_P_TIME_RANGE] = {{"a time HH:MM from {1} to {2}"}},
    [LV_MSG_P_LIST_SEP] = {{", "}},
    [LV_MSG_P_LIST_LAST] = {{" or "}},
    [LV_MSG_P_DIST_NAME] = {{"a distribution name"}},
    [LV_MSG_P_NONE_ALT] = {{", 'none'"}},
    [LV_MSG_E_SCENARIO_EMPTY] = {{"the scenario is empty"}},
    [LV_MSG_E_CANNOT_RENDER] = {{"cannot write the scenario as YAML"}},
    [LV_MSG_E_WARMUP_HORIZON] = {{"'warmup' must be shorter than 'horizon'"}},
    [LV_MSG_E_INTERVAL] = {{"'interval' must be a whole number of minutes that divides 24h (e.g. 15m, 30m, 1h), got '{1}'"}},
    [LV_MSG_E_EXTRA_NOT_LIST] = {{"'extra' must be a list of dates YYYY-MM-DD, got {1}"}},
    [LV_MSG_E_EXTRA_DATE] = {{"'extra' must hold dates YYYY-MM-DD, got '{1}'"}},
    [LV_MSG_E_EXTRA_TOO_MANY] = {{"'extra' may hold at most 64 dates"}},
    [LV_MSG_E_MISSING_DEMAND] = {{"missing key 'demand' (give 'calls_per_hour' or 'calls_per_year')"}},
    [LV_MSG_E_DEMAND_RATES_EXCLUSIVE] = {{"'calls_per_hour', 'calls_per_year' and 'calls_per_inhabitant' exclude each other: give one"}},
    [LV_MSG_E_DEMAND_NEEDS_RATE] = {{"'demand' needs 'calls_per_hour' (constant rate), 'calls_per_year' or 'calls_per_inhabitant' (profiled)"}},
    [LV_MSG_E_PER_INHABITANT_NEEDS_AREAS] = {{"'calls_per_inhabitant' needs 'areas' with a 'population' each"}},
    [LV_MSG_E_PROFILED_ONLY] = {{"'{1}' applies only with 'calls_per_year'; 'calls_per_hour' is a constant rate"}},
    [LV_MSG_E_MISSING_CALLS] = {{"missing key 'calls' (call types with their talk times)"}},
    [LV_MSG_E_REDIAL_NEEDS_DELAY] = {{"'redial' with a probability above 0 needs a 'delay' distribution"}},
    [LV_MSG_E_MISSING_TYPES] = {{"missing key 'types' in 'calls' (a list of call types with 'talk')"}},
    [LV_MSG_E_TYPES_NOT_LIST] = {{"'types' must be a list of call types, got {1}"}},
    [LV_MSG_E_TYPES_COUNT] = {{"'types' must list 1 to {1} call types, got {2}"}},
    [LV_MSG_E_SHARES_SUM] = {{"the shares of '{1}' must sum to 100%, got {2}%"}},
    [LV_MSG_E_DUPLICATE_TYPE] = {{"duplicate call type name '{1}'"}},
    [LV_MSG_E_TYPE_NEEDS_SHARE] = {{"call type '{1}' needs a 'share' (the types' shares must sum to 100%)"}},
    [LV_MSG_E_TYPE_NEEDS_TALK] = {{"call type '{1}' needs 'talk' (its talk-time distribution)"}},
    [LV_MSG_E_SCHEDULE_NOT_LIST] = {{"'{1}' must be a non-empty list of bands {days, from, to, count}, got {2}"}},
    [LV_MSG_E_BAND_NEEDS_DAYS] = {{"{1} needs 'days' ({2})"}},
    [LV_MSG_E_BAND_NEEDS_TIME] = {{"{1} needs '{2}' (a time HH:MM)"}},
    [LV_MSG_E_BAND_NEEDS_COUNT] = {{"{1} needs 'count' ({2} on duty)"}},
    [LV_MSG_E_BAND_TO_BEFORE_FROM] = {{"'to' must be later than 'from' ({1}); split a band that crosses midnight into two bands ending and starting at 00:00"}},
    [LV_MSG_E_BAND_OVERLAP] = {{"{1} overlaps an earlier band on {2} at {3}"}},
    [LV_MSG_E_SCHEDULE_GAP] = {{"'{1}' leaves {2} {3}-{4} uncovered (add a band, with 'count: 0' if nobody is on duty)"}},
    [LV_MSG_E_SCHEDULE_EMPTY] = {{"'{1}' is empty: no band has a 'count'{2} above 0"}},
    [LV_MSG_E_SCHEDULE_TOO_MANY_BANDS] = {{"'{1}' has more than {2} bands on {3}"}},
    [LV_MSG_E_MISSING_OPERATORS] = {{"missing key 'operators' in {1} (a list of bands: days, from, to, count)"}},
    [LV_MSG_E_BACKUP_NEEDS_DOCTORS] = {{"'backup' needs 'doctors' in the same centre"}},
    [LV_MSG_E_BACKUP_NEEDS_ACTIVATION] = {{"'backup' needs 'activation' (the delay until the backup doctor is available)"}},
    [LV_MSG_E_BACKUP_NEVER_CALLED] = {{"'backup' is never called: set 'queue_above' above 0 or 'red_busy: true'"}},
    [LV_MSG_E_SITE_KIND] = {{"'{1}' must name a {2}, but '{3}' is a {4}"}},
    [LV_MSG_E_UNKNOWN_SITE_SUGGEST] = {{"unknown {1} '{2}' in '{3}' (did you mean '{4}'?)"}},
    [LV_MSG_E_UNKNOWN_SITE] = {{"unknown {1} '{2}' in '{3}'"}},
    [LV_MSG_E_SATELLITE_NEEDS_CENTRE] = {{"{1} needs 'centre' (the centre whose doctors see its patients by video)"}},
    [LV_MSG_E_SATELLITE_NEEDS_NURSES] = {{"{1} needs 'nurses' (a list of bands: days, from, to, count)"}},
    [LV_MSG_E_SATELLITE_URGENCY] = {{"'urgencies' may hold green and yellow (red patients go to the centre), got '{1}'"}},
    [LV_MSG_E_SATELLITE_NEEDS_GREEN] = {{"'urgencies' must include green"}},
    [LV_MSG_E_SATELLITE_NEEDS_NAME] = {{"satellite {1} needs a 'name'"}},
    [LV_MSG_E_CENTRE_AND_CENTRES] = {{"'centre' and 'centres' exclude each other: give one centre or a list"}},
    [LV_MSG_E_MISSING_CENTRE] = {{"missing key 'centre' (announcement and operators) or 'centres' (a list of them)"}},
    [LV_MSG_E_CENTRES_NOT_LIST] = {{"'centres' must be a non-empty list of centres, got {1}"}},
    [LV_MSG_E_SATELLITES_NOT_LIST] = {{"'satellites' must be a list of satellites, got {1}"}},
    [LV_MSG_E_TOO_MANY_SITES] = {{"at most {1} centres and satellites in all, got {2}"}},
    [LV_MSG_E_CENTRE_NEEDS_NAME] = {{"centre {1} needs a 'name' (areas and routing refer to it)"}},
    [LV_MSG_E_DUPLICATE_SITE] = {{"duplicate site name '{1}'"}},
    [LV_MSG_E_DUPLICATE_AREA] = {{"duplicate area name '{1}'"}},
    [LV_MSG_E_AREA_POPULATION_AND_SHARE] = {{"{1}: 'population' and 'share' exclude each other"}},
    [LV_MSG_E_AREA_NEEDS_POPULATION] = {{"{1} needs 'population' (or 'share' of the calls)"}},
    [LV_MSG_E_AREA_NEEDS_CENTRE] = {{"{1} needs 'centre' (which centre answers its calls)"}},
    [LV_MSG_E_AREA_SATELLITE_CENTRE] = {{"satellite '{1}' belongs to centre '{2}', but {3} is served by centre '{4}'"}},
    [LV_MSG_E_AREA_RATE_NEEDS_DEMAND] = {{"{1}: 'calls_per_inhabitant' needs 'demand.calls_per_inhabitant' (this overrides it)"}},
    [LV_MSG_E_AREA_RATE_NEEDS_POPULATION] = {{"{1}: 'calls_per_inhabitant' needs 'population', not 'share'"}},
    [LV_MSG_E_AREA_SATELLITE_TRAVEL] = {{"{1} has 'satellite_travel' but no 'satellite'"}},
    [LV_MSG_E_AREAS_NEEDED_CENTRES] = {{"with several centres, 'areas' must say which centre serves whom"}},
    [LV_MSG_E_AREAS_NEEDED_SATELLITES] = {{"satellites need 'areas' that name them"}},
    [LV_MSG_E_AREAS_COUNT] = {{"'areas' must be a list of 1 to {1} areas"}},
    [LV_MSG_E_AREAS_MIXED] = {{"'areas' must all give 'population' or all give 'share', not a mix"}},
    [LV_MSG_E_AREAS_ALL_ZERO] = {{"the areas' populations (or shares) are all zero: nobody would call"}},
    [LV_MSG_E_SATELLITE_SERVES_NONE] = {{"satellite '{1}' serves no area: name it in an area's 'satellite'"}},
    [LV_MSG_E_PARTNER_TWICE] = {{"centre '{1}' is already linked to that centre by another routing rule"}},
    [LV_MSG_E_TOO_MANY_PARTNERS] = {{"centre '{1}' may take calls from at most {2} other centres"}},
    [LV_MSG_E_POOLS_NOT_LIST] = {{"'pools' must be a list of lists of centre names, got {1}"}},
    [LV_MSG_E_POOL_TOO_SMALL] = {{"each pool must be a list of at least two centre names"}},
    [LV_MSG_E_POOL_TWICE] = {{"centre '{1}' is already in a pool"}},
    [LV_MSG_E_POOL_TOO_BIG] = {{"a pool may have at most {1} centres"}},
    [LV_MSG_E_OVERFLOW_NOT_LIST] = {{"'overflow' must be a list of rules {from, to, after, queue_above, own_first}, got {1}"}},
    [LV_MSG_E_OVERFLOW_NEEDS_ENDS] = {{"{1} needs 'from' (a centre) and 'to' (a centre or a list of them)"}},
    [LV_MSG_E_OVERFLOW_NEEDS_WHEN] = {{"{1} needs 'after' (a wait, e.g. 30s) or 'queue_above' (a queue length)"}},
    [LV_MSG_E_OVERFLOW_TO_ITSELF] = {{"centre '{1}' cannot overflow to itself"}},
    [LV_MSG_E_OVERFLOW_CYCLE] = {{"overflow from '{1}' to '{2}' closes a cycle (calls could go round); pool them instead"}},
    [LV_MSG_E_PERIODS_ORDER] = {{"'periods' must start day, evening and night in that order round the clock, e.g. {day: \"08:00\", evening: \"16:00\", night: \"23:00\"}"}},
    [LV_MSG_E_DISPOSITIONS_MISSING] = {{"'dispositions' gives no shares for {1} calls in the {2} (give them under 'all' or '{3}')"}},
    [LV_MSG_E_WALK_INS_NEED_SHARE] = {{"'walk_ins' needs 'share' (walk-ins per first call attempt, e.g. 0.06)"}},
    [LV_MSG_E_CLINICAL_NO_TYPE] = {{"'clinical' is given but no call type has 'clinical: true'"}},
    [LV_MSG_E_TYPE_CLINICAL_NO_SECTION] = {{"call type '{1}' has 'clinical: true' but the scenario has no 'clinical' section"}},
    [LV_MSG_E_WALK_INS_NEED_CLINICAL] = {{"'walk_ins' needs a 'clinical' section (urgency and the doctors' work)"}},
    [LV_MSG_E_SATELLITES_NEED_CLINICAL] = {{"satellites need a 'clinical' section (their patients' consultations)"}},
    [LV_MSG_E_WALK_INS_NEED_FLOOR] = {{"'walk_ins' needs nurses on the floor: give 'floor' or 'shared' counts in 'centre.operators'"}},
    [LV_MSG_E_WALK_INS_NEED_FLOOR_AT] = {{"'walk_ins' needs nurses on the floor at centre '{1}': give 'floor' or 'shared' counts"}},
    [LV_MSG_E_CENTRE_NEEDS_DOCTORS] = {{"the clinical dispositions send work to doctors: 'centre' needs 'doctors'"}},
    [LV_MSG_E_CENTRE_NEEDS_DOCTORS_AT] = {{"the clinical dispositions send work to doctors: centre '{1}' needs 'doctors'"}},
    [LV_MSG_P_EMPTY_LIST] = {{"an empty list"}},
    [LV_MSG_P_OR_SHARED] = {{" or 'shared'"}},
    [LV_MSG_P_DAYS] = {{"all, weekdays, weekends, holidays or mon..sun (or a list of them)"}},
    [LV_MSG_P_BAND_TIME] = {{"a time HH:MM between 00:00 and 24:00"}},
    [LV_MSG_P_CENTRE] = {{"centre"}},
    [LV_MSG_P_SATELLITE] = {{"satellite"}},
    [LV_MSG_P_CENTRE_NAME] = {{"a centre's name"}},
    [LV_MSG_P_SATELLITE_NAME] = {{"a satellite's name"}},
    [LV_MSG_P_SATELLITE_URGENCIES] = {{"a list of green and yellow"}},

    /* diagnostics: sweeps, result stores, runs (sim/study, sim/model) */

    /* the command line (tools/) */

};

const char *lv_msg(enum lv_msg id, enum lv_language lang)
{
    if ((unsigned)id >= LV_MSG_COUNT)
        return "?";
    const char *t = (unsigned)lang < LV_LANGUAGES ? catalogue[id].text[lang] : NULL;
    if (!t || !*t)
        t = catalogue[id].text[LV_LANG_EN];
    return t ? t : "?";
}

const char *lv_language_code(enum lv_language lang)
{
    return (unsigned)lang < LV_LANGUAGES ? language_code[lang] : "?";
}

int lv_language_parse(const char *code)
{
    for (int i = 0; i < LV_LANGUAGES; i++)
        if (code && strcmp(code, language_code[i]) == 0)
            return i;
    return -1;
}

size_t lv_msg_expand(char *buf, size_t size, const char *t, int argc, const char *const *args)
{
    size_t n = 0;
    for (const char *p = t; *p; p++) {
        const char *piece = p;
        size_t len = 1;
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            int i = p[1] - '1';
            piece = i < argc && args[i] ? args[i] : "";
            len = strlen(piece);
            p += 2;
        }
        if (n < size) {
            size_t room = size - n;
            memcpy(buf + n, piece, len < room ? len : room);
        }
        n += len;
    }
    if (size > 0)
        buf[n < size ? n : size - 1] = '\0';
    return n;
}

struct lv_msg_arg lv_msg_int(long long v)
{
    struct lv_msg_arg a;
    snprintf(a.s, sizeof a.s, "%lld", v);
    return a;
}

struct lv_msg_arg lv_msg_num(double v)
{
    struct lv_msg_arg a;
    snprintf(a.s, sizeof a.s, "%g", v);
    return a;
}
