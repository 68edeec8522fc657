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
    [LV_MSG_SUM_AWAY] = {{"time away from the phone"}},
    [LV_MSG_SUM_AWAY_DETAIL] = {{"of phone staff's time on duty, {1} h a day (breaks, documentation)"}},
    [LV_MSG_SUM_CALLBACKS] = {{"outbound callbacks"}},
    [LV_MSG_SUM_CALLBACKS_DETAIL] = {{"{1} per day ({2} of answered calls), {3} h of phone time a day"}},
    [LV_MSG_SUM_AMK] = {{"AMK conferences", "AMK-konferanser"}},
    [LV_MSG_SUM_AMK_DETAIL] = {{"{1} per day on red calls, {2} h of phone time a day"}},
    [LV_MSG_SUM_CONSULTS] = {{"doctor consulted in calls", "lege konsultert i samtaler"}},
    [LV_MSG_SUM_CONSULTS_DETAIL] = {{"{1} per day, mean hold for a doctor {2}, {3} not reached; {4} h of phone time a day"}},
    [LV_MSG_SUM_CONSULTS_NO_DOCTOR] = {{"{1} per day, never with a doctor on duty (phone time only); {2} h of phone time a day"}},
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
    [LV_MSG_SUM_DOCTOR_WAIT_DETAIL] = {{"(at the centre, from arrival)"}},
    [LV_MSG_SUM_DOCTOR_WAIT_DETAIL_SATELLITES] = {{"(at the centre or satellite, from arrival)"}},
    [LV_MSG_SUM_TRAVEL] = {{"patients' travel"}},
    [LV_MSG_SUM_TRAVEL_ITEM] = {{"{1} mean {2}"}},
    [LV_MSG_SUM_RED_SEEN] = {{"red seen within {1}"}},
    [LV_MSG_SUM_RED_SEEN_DETAIL] = {{"(of red patients at the centre, from arrival)"}},
    [LV_MSG_SUM_PREEMPTIONS] = {{"red pre-emptions"}},
    [LV_MSG_SUM_PREEMPTIONS_DETAIL] = {{"{1} consultations interrupted a day"}},
    [LV_MSG_SUM_HOME_RESPONSE] = {{"home-visit response"}},
    [LV_MSG_SUM_HOME_RESPONSE_DETAIL] = {{"mean {1}, 90th percentile {2}"}},
    [LV_MSG_SUM_DOCTOR_UTILISATION] = {{"doctor utilisation"}},
    [LV_MSG_SUM_BACKUP] = {{"backup doctor"}},
    [LV_MSG_SUM_BACKUP_DETAIL] = {{"{1} activations ({2} for red patients), {3} h a week"}},
    [LV_MSG_SUM_SATELLITES] = {{"satellites"}},
    [LV_MSG_SUM_SATELLITES_DETAIL] = {{"{1} patients a day; doctors {2} h a day on video; travel saved {3} h a day"}},
    [LV_MSG_SUM_WAITING_ROOM] = {{"waiting room"}},
    [LV_MSG_SUM_WAITING_ROOM_DETAIL] = {{"{1} patients on average"}},
    [LV_MSG_SUM_WALK_INS_DETAIL] = {{"({1} walk-ins a day)"}},

    [LV_MSG_SUM_OVERLOADED] = {{"overloaded", "overbelastet"}},
    [LV_MSG_SUM_OVERLOADED_DETAIL] = {{"the queue does not drain", "køen tømmes ikke"}},
    [LV_MSG_SUM_OVERLOADED_RANGE] = {{"{1} {2}–{3}"}},
    [LV_MSG_SUM_OVERLOADED_SPAN] = {{"{1} {2}–{3} {4}"}},
    [LV_MSG_SUM_OVERLOADED_MORE] = {{"and {1} more", "og {1} til"}},
    [LV_MSG_SUM_OVERLOADED_ALL] = {{"all week", "hele uken"}},
    [LV_MSG_SUM_OVERLOADED_TAIL] = {{"— figures there are lower bounds", "— tallene der er nedre grenser"}},
    [LV_MSG_SUM_OVERLOADED_CENTRES] = {{"overloaded centres", "overbelastede sentraler"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE] = {{"{1} ({2} {3}–{4})"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_MORE] = {{"{1} ({2} {3}–{4} and {5} more)", "{1} ({2} {3}–{4} og {5} til)"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_SPAN] = {{"{1} ({2} {3}–{4} {5})"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_SPAN_MORE] = {{"{1} ({2} {3}–{4} {5} and {6} more)", "{1} ({2} {3}–{4} {5} og {6} til)"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_ALL] = {{"{1} (all week)", "{1} (hele uken)"}},
    [LV_MSG_SUM_OVERLOADED_CENTRES_MORE] = {{"and {1} more centres", "og {1} sentraler til"}},
    [LV_MSG_SUM_OVERLOADED_CENTRES_TAIL] = {{"— the queue does not drain: under {1} answered within {2} there",
                                            "— køen tømmes ikke: under {1} besvart innen {2} der"}},

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
    [LV_MSG_M_CENTRE_WAIT_MEAN] = {{"mean wait at the centre for a doctor"}},
    [LV_MSG_M_TRAVEL_MEAN] = {{"mean patient travel to the centre"}},
    [LV_MSG_M_DOCTOR_WAIT_MEAN] = {{"mean time from call end to a doctor"}},
    [LV_MSG_M_RED_SEEN_WITHIN] = {{"red seen within red_within of arrival"}},
    [LV_MSG_M_PREEMPTIONS] = {{"consultations interrupted by red a day"}},
    [LV_MSG_M_HOME_RESPONSE_MEAN] = {{"mean home-visit response"}},
    [LV_MSG_M_HOME_RESPONSE_P90] = {{"90th percentile home-visit response"}},
    [LV_MSG_M_DOCTOR_UTILISATION] = {{"doctor utilisation"}},
    [LV_MSG_M_DOCTORS] = {{"doctors on duty, mean (backup included)"}},
    [LV_MSG_M_BACKUP_ACTIVATIONS] = {{"backup doctor activations per week"}},
    [LV_MSG_M_BACKUP_RED_ACTIVATIONS] = {{"backup activations for red per week"}},
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
    [LV_MSG_I_AWAY] = {{"time away from the phone"}},
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
    [LV_MSG_U_CENTRE_WAIT_MEAN] = {{"mean wait at the centre"}},
    [LV_MSG_U_CENTRE_WAIT_MEDIAN] = {{"median wait at the centre"}},
    [LV_MSG_U_CENTRE_WAIT_P90] = {{"90th percentile wait at the centre"}},
    [LV_MSG_U_TRAVEL_MEAN] = {{"mean travel to the centre"}},
    [LV_MSG_U_WAIT_MEAN] = {{"mean time from call end to a doctor"}},
    [LV_MSG_U_WAIT_MEDIAN] = {{"median time from call end to a doctor"}},
    [LV_MSG_U_WAIT_P90] = {{"90th percentile time from call end to a doctor"}},
    [LV_MSG_U_SEEN_WITHIN] = {{"seen within red_within of arrival"}},
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
    [LV_MSG_SH_AWAY_SHARE] = {{"time away from the phone"}},
    [LV_MSG_SH_AWAY_HOURS_PER_DAY] = {{"hours away from the phone per day"}},
    [LV_MSG_SH_CALLBACKS_PER_DAY] = {{"outbound callbacks per day"}},
    [LV_MSG_SH_CALLBACKS_PER_ANSWERED] = {{"outbound callbacks per answered call"}},
    [LV_MSG_SH_CALLBACK_HOURS_PER_DAY] = {{"outbound callbacks' talk hours per day"}},
    [LV_MSG_CH_AMK_PER_DAY] = {{"AMK conferences per day"}},
    [LV_MSG_CH_AMK_HOURS_PER_DAY] = {{"AMK conference hours per day"}},
    [LV_MSG_CH_CONSULTS_PER_DAY] = {{"doctor consults per day"}},
    [LV_MSG_CH_CONSULT_HOLD_MEAN] = {{"mean hold for a doctor"}},
    [LV_MSG_CH_CONSULTS_NOT_REACHED] = {{"consults not reached, share"}},
    [LV_MSG_CH_CONSULT_HOURS_PER_DAY] = {{"consult hours per day"}},

    /* diagnostics: reading files, YAML and the shared reader (sim/base) */
    [LV_MSG_E_ONE_MORE_NOT_SHOWN] = {{"lvsim: 1 more error not shown (the first {1} are above)"}},
    [LV_MSG_E_MORE_NOT_SHOWN] = {{"lvsim: {1} more errors not shown (the first {2} are above)"}},
    /* file:line:column or file, then the message; editors parse the English "error:" (GCC's form) */
    [LV_MSG_E_DIAG_AT] = {{"{1}:{2}:{3}: error: {4}"}},
    [LV_MSG_E_DIAG_IN] = {{"{1}: error: {2}"}},
    [LV_MSG_E_NO_FILE_NAME] = {{"<string>"}},
    [LV_MSG_E_OUT_OF_MEMORY] = {{"out of memory"}},
    [LV_MSG_E_KIND_MAPPING] = {{"a mapping"}},
    [LV_MSG_E_KIND_LIST] = {{"a list"}},
    [LV_MSG_E_KIND_SCALAR] = {{"a scalar"}},
    [LV_MSG_E_KIND_NOTHING] = {{"nothing"}},
    [LV_MSG_E_FILE_DIRECTORY] = {{"a directory, not a file"}},
    [LV_MSG_E_FILE_FIFO] = {{"a pipe (FIFO), not a regular file"}},
    [LV_MSG_E_FILE_DEVICE] = {{"a device, not a regular file"}},
    [LV_MSG_E_FILE_SOCKET] = {{"a socket, not a regular file"}},
    [LV_MSG_E_FILE_NOT_REGULAR] = {{"not a regular file"}},
    [LV_MSG_E_FILE_TOO_LARGE] = {{"the file is larger than {1} MiB"}},
    [LV_MSG_E_CANNOT_READ] = {{"cannot read: {1}"}},
    [LV_MSG_E_YAML_SYNTAX] = {{"syntax error"}},
    [LV_MSG_E_YAML_INVALID_VALUE] = {{"invalid YAML value: {1}"}},
    [LV_MSG_E_YAML_INVALID] = {{"invalid YAML: {1}"}},
    [LV_MSG_E_YAML_INVALID_CONTEXT] = {{"invalid YAML: {1} {2}"}},
    [LV_MSG_E_YAML_SECOND_DOCUMENT_VALUE] = {{"a second YAML document starts here; a value holds one document "
                                              "(remove this '---' and what follows, or merge it into the first)"}},
    [LV_MSG_E_YAML_SECOND_DOCUMENT_FILE] = {{"a second YAML document starts here; a scenario or sweep file holds "
                                             "one document (remove this '---' and what follows, or merge it into "
                                             "the first)"}},
    [LV_MSG_E_YAML_TOO_MANY_VALUES] = {{"the document has more than {1} values"}},
    [LV_MSG_E_YAML_TOO_MANY_KEYS] = {{"a mapping may hold at most {1} keys"}},
    [LV_MSG_E_YAML_TOO_DEEP] = {{"lists and mappings are nested more than {1} levels deep"}},
    [LV_MSG_E_YAML_ALIAS_BOMB] = {{"aliases here expand to more than {1} values (an alias bomb?)"}},
    [LV_MSG_E_YAML_ALIAS_TOO_DEEP] = {{"with its aliases expanded, this is nested more than {1} levels deep"}},
    [LV_MSG_E_YAML_ALIAS_CYCLE] = {{"an alias here refers to a node that contains it (a cycle); aliases may only "
                                    "repeat a finished value"}},
    [LV_MSG_E_YAML_VALUE_NUL] = {{"the value contains a NUL byte"}},
    [LV_MSG_E_YAML_FILE_NUL] = {{"the file contains a NUL byte here; scenario and sweep files are UTF-8 text"}},
    [LV_MSG_E_NOT_A_MAPPING] = {{"{1} must be a mapping of keys, got {2}"}},
    [LV_MSG_E_KEY_NOT_A_NAME] = {{"keys of {1} must be plain names, got {2}"}},
    [LV_MSG_E_UNKNOWN_KEY] = {{"unknown key '{1}' in {2}"}},
    [LV_MSG_E_UNKNOWN_KEY_SUGGEST] = {{"unknown key '{1}' in {2} (did you mean '{3}'?)"}},
    [LV_MSG_E_DUPLICATE_KEY] = {{"duplicate key '{1}' in {2}"}},
    [LV_MSG_E_CANNOT_READ_FILE] = {{"cannot read '{1}': {2}"}},
    [LV_MSG_E_CANNOT_WRITE_FILE] = {{"cannot write '{1}': {2}"}},
    [LV_MSG_E_CANNOT_OPEN_FILE] = {{"cannot open '{1}': {2}"}},
    /* extends and --set (sim/scenario/compose.c) */
    [LV_MSG_E_EXTENDS_UNREADABLE] = {{"'extends' names '{1}', which cannot be read: {2}"}},
    [LV_MSG_E_EXTENDS_NOT_A_PATH] = {{"'extends' must be the path of a base scenario"}},
    [LV_MSG_E_EXTENDS_CANNOT_OPEN] = {{"'extends' names '{1}', which cannot be opened: {2}"}},
    [LV_MSG_E_EXTENDS_CIRCULAR] = {{"circular 'extends': '{1}' extends itself through '{2}'"}},
    [LV_MSG_E_EXTENDS_TOO_LONG] = {{"'extends' chains may be at most {1} long"}},
    [LV_MSG_E_EXTENDS_NOT_A_SCENARIO] = {{"'extends' names '{1}', which is not a scenario (a mapping of keys)"}},
    [LV_MSG_E_TOO_MANY_FILES] = {{"too many files (extends chains and overrides)"}},
    [LV_MSG_E_COMPOSE_TOO_LARGE] = {{"cannot compose the scenario: out of memory, or more than {1} values with "
                                     "aliases expanded"}},
    [LV_MSG_E_SET_NOT_A_PATH] = {{"'{1}' is not a key path (write e.g. centre.operators[2].count or "
                                  "centres[north].announcement)"}},
    [LV_MSG_E_SET_TOO_MANY] = {{"too many overrides"}},
    [LV_MSG_E_SET_EMPTY] = {{"the value is empty"}},
    [LV_MSG_E_SET_NO_SCENARIO] = {{"there is no scenario to override"}},
    [LV_MSG_E_SET_PARENT_NOT_MAPPING] = {{"'{1}' cannot be set: its parent is not a mapping of keys"}},
    [LV_MSG_E_SET_NO_LIST_TO_SELECT] = {{"'{1}' does not exist, so '[{2}]' cannot select an item of it (check the "
                                         "spelling against docs/scenario.md)"}},
    [LV_MSG_E_SET_NOT_A_LIST] = {{"'{1}' selects a list item, but that key does not hold a list"}},
    [LV_MSG_E_SET_INDEX_RANGE_ONE] = {{"'{1}' does not exist: the list has 1 item (indices from 0 to 0)"}},
    [LV_MSG_E_SET_INDEX_RANGE] = {{"'{1}' does not exist: the list has {2} items (indices from 0 to {3})"}},
    [LV_MSG_E_SET_BAD_INDEX] = {{"'[{1}]' is not a list index: write a number from 0 to {2} without sign, spaces "
                                 "or leading zeros, or an item's name"}},
    [LV_MSG_E_SET_NO_NAME] = {{"'{1}' does not exist: no item of the list has the name '{2}'"}},
    [LV_MSG_E_SET_TOO_LARGE] = {{"out of memory, or more than {1} values with aliases expanded"}},
    /* diagnostics: scenario files, extends and --set (sim/scenario) */
    /* distributions' parameters (sim/engine/dist.c) */
    [LV_MSG_E_DIST_VALUE] = {{"the value must be finite and non-negative"}},
    [LV_MSG_E_DIST_MEAN] = {{"the mean must be positive"}},
    [LV_MSG_E_DIST_SD] = {{"the sd must be positive"}},
    [LV_MSG_E_DIST_MEDIAN] = {{"the median must be positive"}},
    [LV_MSG_E_DIST_P90] = {{"the p90 must be greater than the median"}},
    [LV_MSG_E_DIST_SHAPE] = {{"the shape must be positive"}},
    [LV_MSG_E_DIST_SCALE] = {{"the scale must be positive"}},
    [LV_MSG_E_DIST_SHAPE_RANGE] = {{"the shape must be between 0.05 and 100"}},
    [LV_MSG_E_DIST_UNIFORM] = {{"need 0 <= min < max"}},
    [LV_MSG_E_DIST_TRIANGULAR] = {{"need 0 <= min <= mode <= max and min < max"}},
    [LV_MSG_E_DIST_NO_VALUES] = {{"need at least one value"}},
    [LV_MSG_E_DIST_VALUES] = {{"values must be finite and non-negative"}},
    [LV_MSG_E_DIST_WEIGHTS] = {{"weights must be finite and non-negative"}},
    [LV_MSG_E_DIST_WEIGHTS_ZERO] = {{"the weights must not all be zero"}},
    [LV_MSG_E_DIST_BAD_PARAMETERS] = {{"bad parameters"}},
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
    [LV_MSG_P_THE_SCENARIO] = {{"the scenario"}},
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
    [LV_MSG_E_ON_CALL_NOT_LIST] = {{"'{1}' must be a non-empty list of bands {days, from, to}, got {2}"}},
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
    [LV_MSG_E_AWAY_SHARE] = {{"'share' of time away must be below 100 %, got '{1}'"}},
    [LV_MSG_E_AWAY_PIECE] = {{"'away' needs a 'piece' with a positive mean"}},
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
    [LV_MSG_E_DEMAND_PERIODS_NOT_LIST] = {{"'periods' must be a list of periods {from, to, factor, name}, got {1}"}},
    [LV_MSG_E_DEMAND_PERIODS_TOO_MANY] = {{"'periods' may hold at most {1} periods"}},
    [LV_MSG_E_DEMAND_PERIOD_NEEDS] = {{"{1} needs 'from' and 'to' (dates YYYY-MM-DD, both included) and 'factor'"}},
    [LV_MSG_E_DEMAND_PERIOD_ORDER] = {{"{1} ends on {2}, before it starts ({3}): 'to' must be on or after 'from'"}},
    [LV_MSG_E_DEMAND_PERIOD_OVERLAP] = {{"{1} overlaps {2} from {3}; periods must not overlap (split them and give the common days one factor)"}},
    [LV_MSG_P_CALL_TYPE] = {{"call type '{1}'"}},
    [LV_MSG_P_CALL_TYPE_N] = {{"call type {1}"}},
    [LV_MSG_P_OPERATOR_BAND] = {{"operator band {1}"}},
    [LV_MSG_P_DOCTOR_BAND] = {{"doctor band {1}"}},
    [LV_MSG_P_ON_CALL_BAND] = {{"on-call band {1}"}},
    [LV_MSG_P_SATELLITE_NAMED] = {{"satellite '{1}'"}},
    [LV_MSG_P_CENTRE_NAMED] = {{"centre '{1}'"}},
    [LV_MSG_P_AREA_NAMED] = {{"area '{1}'"}},
    [LV_MSG_P_OVERFLOW_RULE] = {{"overflow rule {1}"}},
    [LV_MSG_P_DISTRIBUTION_NAMED] = {{"distribution '{1}'"}},
    [LV_MSG_E_SHIFTS_NEED_PATTERNS] = {{"'shifts' needs 'patterns': a list of allowed shifts {name, days, start, length, ...}"}},
    [LV_MSG_E_SHIFT_PATTERNS_NOT_LIST] = {{"'patterns' must be a non-empty list of shift patterns {name, days, start, length, min, max, role, cost_per_hour}, got {1}"}},
    [LV_MSG_E_SHIFT_PATTERNS_TOO_MANY] = {{"'patterns' may hold at most {1} shift patterns"}},
    [LV_MSG_E_SHIFT_PATTERN_NEEDS] = {{"{1} needs 'days', 'start' (HH:MM) and 'length' (e.g. 8h)"}},
    [LV_MSG_E_SHIFT_MIN_ABOVE_MAX] = {{"{1}: 'max' ({2}) is below 'min' ({3})"}},
    [LV_MSG_E_SHIFT_NAME_TWICE] = {{"shift pattern name '{1}' is used twice; names must be unique"}},
    [LV_MSG_E_SHIFT_LENGTH_MINUTES] = {{"'length' must be whole minutes, got '{1}'"}},
    [LV_MSG_P_SHIFT_DAYS] = {{"all, weekdays, weekends, mon, tue, wed, thu, fri, sat, sun, or a list of them"}},
    [LV_MSG_P_SHIFT_PATTERN] = {{"shift pattern {1}", "vaktmønster {1}"}},
    [LV_MSG_P_SHIFT_PATTERN_NAMED] = {{"shift pattern '{1}'", "vaktmønster '{1}'"}},
    [LV_MSG_P_DEMAND_PERIOD] = {{"demand period {1}"}},
    [LV_MSG_P_DEMAND_PERIOD_NAMED] = {{"demand period '{1}'"}},
    [LV_MSG_E_CHECK_BAND_COUNT] = {{"{1} has {2} bands on {3} (1 to {4})"}},
    [LV_MSG_E_CHECK_UNCOVERED] = {{"{1} leaves {2} {3}-{4} uncovered (bands must run from 00:00 to 24:00 without gaps; give 'count: 0' if nobody is on duty)"}},
    [LV_MSG_E_CHECK_BAND_START] = {{"{1} band {2} on {3} starts at minute {4}, not where the band before it ends ({5})"}},
    [LV_MSG_E_CHECK_BAND_END] = {{"{1} band {2} on {3} must end after it starts and by 24:00 (minute 1440), got minutes {4}-{5}"}},
    [LV_MSG_E_CHECK_STAFF_RANGE] = {{"{1} band {2} on {3}: '{4}' must be an integer from 0 to {5}, got {6}"}},
    [LV_MSG_E_CHECK_STAFF_NO_ROLES] = {{"{1} band {2} on {3}: '{4}' must be 0 (only a centre's operators have floor and shared nurses), got {5}"}},
    [LV_MSG_E_CHECK_EMPTY] = {{"{1} is empty: no band has a 'count'{2} above 0"}},
    [LV_MSG_REF_KIND_TEXT] = {{"text"}},
    [LV_MSG_REF_KIND_DATE] = {{"date"}},
    [LV_MSG_REF_KIND_DURATION] = {{"duration"}},
    [LV_MSG_REF_KIND_SHARE] = {{"share"}},
    [LV_MSG_REF_KIND_NUMBER] = {{"number"}},
    [LV_MSG_REF_KIND_INTEGER] = {{"integer"}},
    [LV_MSG_REF_KIND_BOOL] = {{"true/false"}},
    [LV_MSG_REF_KIND_NAME] = {{"name"}},
    [LV_MSG_REF_KIND_TIME] = {{"time of day"}},
    [LV_MSG_REF_KIND_DIST] = {{"distribution"}},
    [LV_MSG_REF_KIND_NUMBERS] = {{"numbers"}},
    [LV_MSG_REF_KIND_SCHEDULE] = {{"schedule"}},
    [LV_MSG_REF_KIND_MAPPING] = {{"mapping"}},
    [LV_MSG_REF_KIND_LIST] = {{"list"}},
    [LV_MSG_REF_KIND_SHARES] = {{"shares"}},
    [LV_MSG_REF_TABLE_HEAD] = {{"| key | kind | default | allowed | description |\n|---|---|---|---|---|\n"}},
    [LV_MSG_REF_REQUIRED] = {{"required"}},
    [LV_MSG_REF_OR_NO_LIMIT] = {{", or `none` (no limit)"}},
    [LV_MSG_REF_YEARS] = {{"years {1} – {2}"}},
    [LV_MSG_REF_BOOL] = {{"`true`, `false`"}},
    [LV_MSG_REF_ITEMS] = {{"{1} – {2} items"}},
    [LV_MSG_REF_NUMBERS] = {{"{1} numbers {2} 0"}},
    [LV_MSG_REF_CHARACTERS] = {{"at most {1} characters"}},
    [LV_MSG_REF_DIST] = {{"a distribution"}},
    [LV_MSG_REF_DIST_OR_NEVER] = {{"a distribution, or `none` (never)"}},
    [LV_MSG_REF_DIST_HEAD] = {{"### `dist`: the distributions\n\n| `dist` | parameters | notes |\n|---|---|---|\n"}},

    /* diagnostics: sweeps, result stores, runs (sim/study, sim/model) */
    [LV_MSG_E_MODEL_CENTRE] = {{"centre"}},
    [LV_MSG_E_MODEL_SATELLITE] = {{"satellite"}},
    [LV_MSG_E_MODEL_CALLS_OVERLOADED] = {{"the queue of {1} '{2}' has {3} waiting callers at {4} on day {5} of the simulation ({6}): "
                                          "the calls in the system reached lvsim's limit of {7}; the scenario is overloaded: add staff, "
                                          "set calls.patience, or set the centre's queue_capacity"}},
    [LV_MSG_E_MODEL_TASKS_OVERLOADED] = {{"{1} '{2}' has {3} patients and tasks waiting for doctors and floor nurses at {4} on day {5} "
                                          "of the simulation ({6}): the patients and tasks in the system reached lvsim's limit of {7}; the "
                                          "scenario is overloaded: add doctors or floor nurses"}},
    [LV_MSG_E_SWEEP_WHAT] = {{"the sweep"}},
    [LV_MSG_E_SWEEP_AXIS] = {{"axis {1}"}},
    [LV_MSG_E_SWEEP_AXIS_NEEDS_KEY] = {{"{1} needs 'key': the scenario key it varies, e.g. centre.operators[2].count"}},
    [LV_MSG_E_SWEEP_AXIS_VALUES_AND_RANGE] = {{"{1}: give 'values' or 'from', 'to' and 'step', not both"}},
    [LV_MSG_E_SWEEP_AXIS_VALUES_EMPTY] = {{"{1}: 'values' must be a non-empty list"}},
    [LV_MSG_E_SWEEP_AXIS_VALUE_NOT_SINGLE] = {{"{1}: each value must be a single value such as 3, 80% or 5m"}},
    [LV_MSG_E_SWEEP_AXIS_VALUE_TOO_LONG] = {{"{1}: a value may be at most {2} characters"}},
    [LV_MSG_E_SWEEP_AXIS_NEEDS_VALUES] = {{"{1} needs 'values' (a list) or numbers 'from', 'to' and 'step'"}},
    [LV_MSG_E_SWEEP_AXIS_BAD_STEP] = {{"{1}: 'step' must be positive and 'to' at least 'from' (at most 100000 values)"}},
    [LV_MSG_E_SWEEP_NEEDS_SCENARIO] = {{"the sweep needs 'scenario': the base scenario file (relative to the sweep), or 'default'"}},
    [LV_MSG_E_SWEEP_REPLICATIONS] = {{"'replications' must be an integer from 2 to 100000, got {1}"}},
    [LV_MSG_E_SWEEP_SEED] = {{"'seed' must be an integer from 0 to {1}, got {2}"}},
    [LV_MSG_E_SWEEP_COMBINE] = {{"'combine' must be grid (every combination) or zip (axes advance together), got '{1}'"}},
    [LV_MSG_E_SWEEP_NEEDS_AXES] = {{"the sweep needs 'axes': a list of {key, values} or {key, from, to, step}"}},
    [LV_MSG_E_SWEEP_TOO_MANY_AXES] = {{"at most {1} axes"}},
    [LV_MSG_E_SWEEP_AXIS_TWICE] = {{"axis {1} varies '{2}', which axis {3} varies already"}},
    [LV_MSG_E_SWEEP_ZIP_COUNTS] = {{"with 'combine: zip' every axis needs as many values (axis 1 has {1}, axis {2} has {3})"}},
    [LV_MSG_E_SWEEP_TOO_MANY_POINTS] = {{"the sweep would have more than {1} points"}},
    [LV_MSG_E_SWEEP_SET_NOT_A_LIST] = {{"'set' must be a list of \"KEY.PATH=VALUE\" overrides for every point"}},
    [LV_MSG_E_SWEEP_SET_ENTRY] = {{"'set' entries must be \"KEY.PATH=VALUE\""}},
    [LV_MSG_E_SWEEP_SET_ENTRY_TOO_LONG] = {{"'set' entries may be at most {1} characters"}},
    [LV_MSG_E_SWEEP_METRICS_NOT_A_LIST] = {{"'metrics' must be a list of figure names (see docs/output.md)"}},
    [LV_MSG_E_SWEEP_UNKNOWN_FIGURE] = {{"unknown figure '{1}' in 'metrics' (the names of the summary in docs/output.md, e.g. answered_within_target)"}},
    [LV_MSG_E_SWEEP_FIGURE_TWICE] = {{"figure '{1}' is listed twice in 'metrics'"}},
    [LV_MSG_E_SWEEP_EMPTY] = {{"the sweep file is empty"}},
    [LV_MSG_E_SWEEP_CANNOT_READ_BASE] = {{"cannot read the base scenario '{1}'"}},
    [LV_MSG_E_SWEEP_SET_LABEL] = {{"{1}: set '{2}'"}},
    [LV_MSG_E_SWEEP_AXIS_LABEL] = {{"{1}: axis {2}, point {3}: '{4}'"}},
    [LV_MSG_E_SWEEP_NOT_AN_OVERRIDE] = {{"not a KEY.PATH=VALUE override"}},
    [LV_MSG_E_SWEEP_DIR_OTHER_SWEEP] = {{"'{1}' holds the results of a different sweep (or of this sweep before its file or base scenario changed); give another directory with -o, or remove it"}},
    [LV_MSG_E_SWEEP_DIR_OLDER] = {{"'{1}' holds this sweep's results written by an older lvsim (part files without checksums); finish them with that version, or give another directory with -o"}},
    [LV_MSG_E_SWEEP_DIR_NEWER] = {{"'{1}' holds this sweep's results written by a newer lvsim (part-file format {2}; this one reads format {3}); give another directory with -o"}},
    [LV_MSG_E_SWEEP_CANNOT_CREATE_DIR] = {{"cannot create the result directory '{1}': {2}"}},
    [LV_MSG_E_SWEEP_DIR_NO_MANIFEST] = {{"'{1}' holds sweep results without a manifest (sweep.json); give another directory"}},
    [LV_MSG_E_SWEEP_CANNOT_READ_DIR] = {{"cannot read the result directory '{1}': {2}"}},
    [LV_MSG_E_RECORD_EMPTY] = {{"an empty line"}},
    [LV_MSG_E_RECORD_NOT_WHOLE] = {{"not a whole record with a checksum"}},
    [LV_MSG_E_RECORD_CHECKSUM] = {{"checksum mismatch"}},
    [LV_MSG_E_RECORD_NOT_JSON] = {{"not valid JSON"}},
    [LV_MSG_E_RECORD_FIELDS] = {{"not the fields sweep, point, values, figures and check"}},
    [LV_MSG_E_RECORD_SWEEP_NOT_TEXT] = {{"'sweep' is not a text"}},
    [LV_MSG_E_RECORD_OTHER_SWEEP] = {{"a record of another sweep"}},
    [LV_MSG_E_RECORD_POINT] = {{"'point' is not a point of the run table"}},
    [LV_MSG_E_RECORD_VALUES] = {{"'values' are not the axis values of its point"}},
    [LV_MSG_E_RECORD_FIGURES] = {{"'figures' are not the sweep's metrics, each with mean, ci95 and n"}},
    [LV_MSG_E_SWEEP_PART_OTHER_SWEEP] = {{"'{1}' holds results of a different sweep (line {2})"}},
    [LV_MSG_E_SWEEP_DAMAGED_RECORD] = {{"{1}:{2}: skipped a damaged record ({3})"}},
    [LV_MSG_E_SWEEP_POINT_FAILED] = {{"point {1} could not be simulated: {2}"}},
    [LV_MSG_E_SWEEP_INVALID_OR_NO_MEMORY] = {{"invalid scenario or out of memory"}},
    [LV_MSG_E_SWEEP_CANNOT_APPEND] = {{"cannot append results: {1}"}},
    [LV_MSG_E_SWEEP_PART_BUSY] = {{"another lvsim is writing '{1}'; wait for it or use another directory"}},
    [LV_MSG_E_SWEEP_CANNOT_LOCK] = {{"cannot lock '{1}': {2} (on NFS the lock service must run)"}},
    [LV_MSG_E_SWEEP_CANNOT_CUT] = {{"cannot cut the torn last line off '{1}': {2}"}},
    [LV_MSG_E_RUN_REPLICATION_FAILED] = {{"replication {1}: {2}"}},
    [LV_MSG_E_RUN_REPLICATIONS] = {{"replications must be at least 1, got {1}"}},
    [LV_MSG_E_RUN_NO_SITE] = {{"no site {1}: the scenario has {2} (centres first, then satellites)"}},
    [LV_MSG_E_RUN_STAFF_KIND] = {{"unknown staff kind (LV_STAFF_OPERATORS or LV_STAFF_DOCTORS)"}},
    [LV_MSG_E_RUN_SATELLITE_DOCTORS] = {{"satellite '{1}' has no doctors (its patients see the centre's by video)"}},
    [LV_MSG_E_RUN_CENTRE_OPERATORS] = {{"centre '{1}' operators"}},
    [LV_MSG_E_RUN_CENTRE_DOCTORS] = {{"centre '{1}' doctors"}},
    [LV_MSG_E_RUN_SATELLITE_NURSES] = {{"satellite '{1}' nurses"}},
    [LV_MSG_E_RUN_WALK_INS_FLOOR] = {{"'walk_ins' needs nurses on the floor at centre '{1}': give 'floor' or 'shared' counts"}},

    /* the command line (tools/) */
    [LV_MSG_CLI_USAGE_MAIN] = {{
        "usage: lvsim <command> [options]\n"
        "\n"
        "Discrete-event simulation of a Norwegian legevakt call centre (116117).\n"
        "\n"
        "commands:\n"
        "  run [SCENARIO.yaml]   simulate a scenario (default: the built-in scenario)\n"
        "  check SCENARIO.yaml   validate scenarios and report every error\n"
        "  compare A.yaml [B.yaml]  paired comparison of two scenarios (or of A and A with --set-b)\n"
        "  sweep SWEEP.yaml      run a parameter sweep (resumable, sliceable)\n"
        "  merge SWEEP.yaml [DIR...]  combine sliced sweep results into the final tables\n"
        "  default               print the built-in default scenario\n"
        "  keys --markdown       print the scenario key reference (docs/scenario.md)\n"
        "  fit CALLS.csv -o OUT.yaml [--scenario BASE.yaml]  fit a scenario to a call log (docs/fit.md)\n"
        "  calibrate BASE.yaml --match FIGURE=V --vary KEY=LO..HI -o OUT.yaml  fit a key to a published\n"
        "                        figure (docs/calibrate.md)\n"
        "  erlang --calls-per-hour N --talk 6m [--staff C | --target 80%]  Erlang C and A calculator\n"
        "                        (docs/erlang.md)\n"
        "  staff SCENARIO.yaml [-o PLAN.yaml]  the fewest phone operators per hour that meet the target\n"
        "                        (docs/planning.md)\n"
        "\n"
        "options:\n"
        "  -h, --help            show help (also after a command: lvsim run --help)\n"
        "  --version             print the version\n"}},
    [LV_MSG_CLI_USAGE_RUN] = {{
        "usage: lvsim run [SCENARIO.yaml] [options]\n"
        "\n"
        "Simulates the scenario (the built-in default when no file is given) and prints a summary.\n"
        "\n"
        "options:\n"
        "  -r, --replications N  replications (default: the scenario's)\n"
        "  -s, --seed N          master seed (default: the scenario's)\n"
        "  -j, --jobs N          worker threads (default: all cores); results do not depend on it\n"
        "  -o, --output FILE     write every figure with its confidence interval as JSON\n"
        "      --csv DIR         write summary, intervals, urgencies, sites, areas and days .csv into DIR\n"
        "                        (and site_intervals, overloaded, overloaded_centres when there are\n"
        "                        such rows)\n"
        "      --trace FILE      write every call attempt of the first replication as the call log\n"
        "                        that 'lvsim fit' reads (docs/output.md)\n"
        "  -q, --quiet           do not print the summary\n"
        "      --set KEY=VALUE   override a scenario key, e.g. --set centre.operators[2].count=4\n"
        "                        or --set 'calls.patience={dist: exponential, mean: 5m}' (repeatable)\n"
        "      --add-staff CHANGE  staff added over days and hours, e.g. 'mon-fri 15:00-23:00 +1'\n"
        "                        (docs/planning.md; repeatable)\n"
        "  -h, --help            show this help\n"}},
    [LV_MSG_CLI_USAGE_CHECK] = {{
        "usage: lvsim check SCENARIO.yaml... [--set KEY=VALUE]... [--add-staff CHANGE]... [--verbose]\n"
        "\n"
        "Reads each scenario (with the overrides) and reports every error as file:line:column.\n"
        "Exit 0 when all are valid, 2 otherwise; warnings (valid, but likely not meant) do not change it.\n"
        "--verbose also lists each call type with the values it runs with (its own or the common ones).\n"}},
    [LV_MSG_CLI_USAGE_COMPARE] = {{
        "usage: lvsim compare A.yaml [B.yaml] [options]\n"
        "\n"
        "Runs A and B with the same seed and replications (common random numbers) and reports every\n"
        "headline figure of both, B - A with the 95 % interval of the paired differences, and a verdict.\n"
        "Without B.yaml, B is A with the --set-b overrides. A may be 'default' (the built-in scenario).\n"
        "\n"
        "options:\n"
        "      --set KEY=VALUE    override a key in both A and B (repeatable)\n"
        "      --set-b KEY=VALUE  override a key in B only (repeatable)\n"
        "      --add-staff CHANGE B only: staff added over days and hours, e.g. 'mon-fri 15:00-23:00 +1'\n"
        "  -r, --replications N   replications (default: A's)\n"
        "  -s, --seed N           master seed (default: A's)\n"
        "  -j, --jobs N           worker threads (default: all cores)\n"
        "  -o, --output FILE      write the comparison, per interval too, as JSON\n"
        "  -q, --quiet            do not print the table\n"
        "  -h, --help             show this help\n"}},
    [LV_MSG_CLI_USAGE_SWEEP] = {{
        "usage: lvsim sweep SWEEP.yaml [options]\n"
        "\n"
        "Runs every point of the sweep (a base scenario with axes of values; see docs/sweeps.md) and\n"
        "writes points.csv and points.json into the result directory. Finished points are kept: run\n"
        "the same command again after an interruption and only unfinished points are run.\n"
        "\n"
        "options:\n"
        "  -j, --jobs N         worker threads (default: all cores); results do not depend on it\n"
        "  -o, --output DIR     result directory (default: the sweep's 'output', or SWEEP-results)\n"
        "      --list           print the run table (point, axis values, done or not) and exit\n"
        "      --runs A-B       run only points A to B (from 0, inclusive)\n"
        "      --shard K/N      run only the K-th of N equal slices of the points (K from 1)\n"
        "      --set KEY=VALUE  override a scenario key at every point (part of the sweep's identity)\n"
        "  -q, --quiet          no progress bar\n"
        "  -h, --help           show this help\n"}},
    [LV_MSG_CLI_USAGE_MERGE] = {{
        "usage: lvsim merge SWEEP.yaml [DIR...] [-o OUT] [--set KEY=VALUE]...\n"
        "\n"
        "Combines the part files of sliced sweep runs (in the DIRs; default: the sweep's result\n"
        "directory) and writes points.csv and points.json into OUT (default: the sweep's result\n"
        "directory), identical to what a single run writes. Fails if a point has no results.\n"
        "Give the same --set options as the sweep runs had.\n"}},
    [LV_MSG_CLI_USAGE_DEFAULT] = {{
        "usage: lvsim default [--set KEY=VALUE]... [--add-staff CHANGE]...\n"
        "\n"
        "Prints the built-in default scenario, a starting point for your own:\n"
        "  lvsim default > mine.yaml\n"
        "With --set, prints it with the overrides applied (as plain YAML, without the comments).\n"}},
    [LV_MSG_CLI_TRY_HELP] = {{"try '{1} --help'"}},
    [LV_MSG_CLI_ERROR] = {{"error: {1}"}},
    [LV_MSG_CLI_WARNING] = {{"warning: {1}"}},
    [LV_MSG_CLI_MORE_DAMAGED] = {{"warning: {1} more damaged records skipped"}},
    [LV_MSG_CLI_TOO_MANY_SETS] = {{"at most {1} '--set' options"}},
    [LV_MSG_CLI_SET_SYNTAX] = {{"'--set' needs KEY.PATH=VALUE (e.g. centre.operators[2].count=4), got '{1}'"}},
    [LV_MSG_CLI_SWEEP_SET_SYNTAX] = {{"'--set' needs KEY.PATH=VALUE, got '{1}'"}},
    [LV_MSG_CLI_A_DIRECTORY] = {{"a directory"}},
    [LV_MSG_CLI_A_DEVICE] = {{"a device"}},
    [LV_MSG_CLI_A_FIFO] = {{"a FIFO"}},
    [LV_MSG_CLI_LINK_TO_NOTHING] = {{"it is a symbolic link to a missing file or directory"}},
    [LV_MSG_CLI_LINK_TO_OTHER] = {{"it is a symbolic link to {1}; lvsim writes only regular files"}},
    [LV_MSG_CLI_NOT_A_REGULAR_FILE] = {{"it is {1}; lvsim writes only regular files and never replaces anything else"}},
    [LV_MSG_CLI_CANNOT_CREATE_DIR] = {{"cannot create directory '{1}': {2}"}},
    [LV_MSG_CLI_FILE_OF_THAT_NAME] = {{"a file of that name exists"}},
    [LV_MSG_CLI_REPLICATIONS] = {{"'--replications' must be an integer from {1} to 100000, got '{2}'"}},
    [LV_MSG_CLI_SEED] = {{"'--seed' must be a non-negative integer, got '{1}'"}},
    [LV_MSG_CLI_JOBS] = {{"'--jobs' must be an integer from 1 to 1024, got '{1}'"}},
    [LV_MSG_CLI_NEEDS_VALUE] = {{"option '{1}' needs a value"}},
    [LV_MSG_CLI_UNKNOWN_OPTION] = {{"unknown option '{1}'"}},
    [LV_MSG_CLI_UNEXPECTED_ARGUMENT] = {{"unexpected argument '{1}'"}},
    [LV_MSG_CLI_UNKNOWN_COMMAND] = {{"unknown command '{1}' (commands: run, check, compare, sweep, merge, default, keys, fit, calibrate, erlang)"}},
    [LV_MSG_CLI_USAGE_KEYS] = {{"usage: lvsim keys --markdown\n"}},
    [LV_MSG_CLI_EXPECTED_MARKDOWN] = {{"expected --markdown"}},
    [LV_MSG_CLI_USAGE_FIT] = {{"usage: lvsim fit CALLS.csv [--scenario BASE.yaml] [--level 0.95] -o OUT.yaml\n"
                               "Fits demand, talk time, patience and redials to a call log; see docs/fit.md.\n"}},
    [LV_MSG_CLI_FIT_LEVEL] = {{"'--level' must be a number from 0.5 to below 1, got '{1}'"}},
    [LV_MSG_CLI_FIT_ONE_LOG] = {{"expected one call log, got '{1}' too"}},
    [LV_MSG_CLI_FIT_EXPECTED] = {{"expected a call log and -o OUT.yaml"}},
    [LV_MSG_CLI_RUN_ONE_FILE] = {{"expected at most one scenario file, got '{1}' too"}},
    [LV_MSG_CLI_TRACE_FULL] = {{"cannot write '{1}': the first replication made more than {2} call attempts, the most a "
                                "trace keeps (and 'lvsim fit' reads); shorten the horizon"}},
    [LV_MSG_CLI_SUMMARY_NO_MEMORY] = {{"out of memory while summarising"}},
    [LV_MSG_CLI_COMPARE_FILES] = {{"expected A.yaml and optionally B.yaml"}},
    [LV_MSG_CLI_COMPARE_NEEDS_B] = {{"give B.yaml, or --set-b overrides that make B from A"}},
    [LV_MSG_CLI_COMPARE_REPLICATIONS] = {{"a comparison needs at least 2 replications (use -r)"}},
    [LV_MSG_CLI_COMPARE_A_FAILED] = {{"A: {1}"}},
    [LV_MSG_CLI_COMPARE_B_FAILED] = {{"B: {1}"}},
    [LV_MSG_CLI_COMPARE_INTERVALS] = {{"A and B cannot be compared (their reporting intervals differ)"}},
    [LV_MSG_CLI_PROGRESS] = {{"{1}/{2} points  ETA {3}:{4} "}},
    [LV_MSG_CLI_SWEEP_ONE_FILE] = {{"expected one sweep file"}},
    [LV_MSG_CLI_RUNS_AND_SHARD] = {{"'--runs' and '--shard' exclude each other"}},
    [LV_MSG_CLI_RUNS_SYNTAX] = {{"'--runs' must be A or A-B with 0 <= A <= B < {1} (points), got '{2}'"}},
    [LV_MSG_CLI_SHARD_SYNTAX] = {{"'--shard' must be K/N with 1 <= K <= N <= {1}, got '{2}'"}},
    [LV_MSG_CLI_SHARD_EMPTY] = {{"shard {1} holds no points (the sweep has {2}); nothing to run"}},
    [LV_MSG_CLI_LIST_DONE] = {{"done"}},
    [LV_MSG_CLI_LIST_TO_RUN] = {{"to run"}},
    [LV_MSG_CLI_SWEEP_DONE] = {{"{1} points done: {2}/points.csv and points.json"}},
    [LV_MSG_CLI_SWEEP_PARTLY_DONE] = {{"points {1}-{2} done; {3} of {4} points still to run (lvsim sweep --list)"}},
    [LV_MSG_CLI_MERGE_FILES] = {{"expected the sweep file, then result directories"}},
    [LV_MSG_CLI_MERGE_MISSING] = {{"{1} of {2} points have no results yet (lvsim sweep --list shows which)"}},
    [LV_MSG_CLI_CHECK_FILES] = {{"expected a scenario file"}},
    [LV_MSG_CLI_CHECK_OK] = {{"{1}: ok"}},
    [LV_MSG_CLI_STDOUT] = {{"cannot write to standard output: {1}"}},
    [LV_MSG_CLI_BENCH_USAGE] = {{"usage: lvsim-bench [--calls N] [--quick]"}},
    [LV_MSG_CLI_BENCH_FAILED] = {{"simulation failed: {1}"}},
    [LV_MSG_CLI_BENCH_RESULT] = {{"{1} {2} calls {3} events {4} s {5} M calls/s {6} M events/s  peak RSS {7} KiB"}},
    [LV_MSG_CLI_BENCH_SWEEP_POINT] = {{"sweep point (default, 10 reps)"}},
    [LV_MSG_CLI_BENCH_SWEEP_RESULT] = {{"{1} build {2} ms + summary {3} ms per point, run {4} ms: overhead {5} %"}},
    [LV_MSG_CLI_BENCH_E5] = {{"E5 (Erlang A)"}},
    [LV_MSG_CLI_BENCH_DEFAULT_YEAR] = {{"default scenario, 1 year"}},

    /* calibrating to published figures (sim/study/calibrate.c) */
    [LV_MSG_CAL_E_VARY_SYNTAX] = {{"--vary '{1}': expected KEY.PATH=LO..HI (e.g. calls.patience.mean=1m..20m)"}},
    [LV_MSG_CAL_E_VARY_RANGE] = {{"--vary '{1}': the range '{2}' must be LO..HI with LO below HI, both durations "
                                  "(1m..20m), shares (20%..60%) or numbers (0.5..2, or 1..10 for an integer key)"}},
    [LV_MSG_CAL_E_MATCH_SYNTAX] = {{"--match '{1}': expected FIGURE=VALUE (e.g. answered_within_target=0.29)"}},
    [LV_MSG_CAL_E_MATCH_KEY] = {{"--match '{1}': '{2}' is not a headline figure (a key of the run's JSON "
                                 "'headline', e.g. answered_within_target, abandoned, answer_time_mean_s)"}},
    [LV_MSG_CAL_E_MATCH_VALUE] = {{"--match '{1}': cannot read '{2}' (a share as 0.29 or 29%, a time as 5m or "
                                   "seconds, else a number)"}},
    [LV_MSG_CAL_E_SQUARE] = {{"{1} --match but {2} --vary: give one key to vary per figure to match"}},
    [LV_MSG_CAL_E_MANY] = {{"{1} keys at once: calibrate 1 to {2} keys, each with its figure"}},
    [LV_MSG_CAL_E_MANY_INTEGER] = {{"--vary '{1}': an integer key can only be calibrated alone (calibrate it by "
                                    "itself, the others fixed)"}},
    [LV_MSG_CAL_E_NOT_MATCHED] = {{"the search ended without matching the figures: {1} gives {2}; the targets may be "
                                   "outside what the ranges give, widen them or check the figures"}},
    [LV_MSG_CAL_E_OUTSIDE] = {{"the target {1} = {2} is outside what the range gives: {3} = {4} gives {5}, {3} = {6} "
                               "gives {7}; widen the range or check the figure"}},
    [LV_MSG_CAL_E_UNDEFINED] = {{"the figure '{1}' is undefined at {2} = {3}"}},
    [LV_MSG_CAL_E_RUN] = {{"the run at {1} = {2} failed: {3}"}},
    [LV_MSG_CAL_E_NO_MEMORY] = {{"out of memory"}},
    [LV_MSG_CLI_USAGE_CALIBRATE] = {{"usage: lvsim calibrate BASE.yaml --match FIGURE=VALUE --vary KEY.PATH=LO..HI "
                                     "[-r N] [-s SEED] [-j N] -o OUT.yaml\n"
                                     "Finds the value of a scenario key that reproduces a published figure (--match and "
                                     "--vary repeat in pairs for several at once); see docs/calibrate.md.\n"}},
    [LV_MSG_CLI_CAL_EXPECTED] = {{"expected BASE.yaml, at least one --match, as many --vary and -o OUT.yaml"}},
    [LV_MSG_CLI_CAL_REPLICATIONS] = {{"calibration needs at least 2 replications per evaluation (use -r)"}},
    [LV_MSG_CAL_TITLE] = {{"Calibration of {1} to {2} = {3}"}},
    [LV_MSG_CAL_RANGE] = {{"  range        {1} .. {2} gives {3} .. {4}"}},
    [LV_MSG_CAL_FITTED] = {{"  fitted       {1} = {2} ± {3} (95 %, delta method)"}},
    [LV_MSG_CAL_AT_FIT] = {{"  at the fit   {1} = {2} ± {3}, slope {4} per unit of the key"}},
    [LV_MSG_CAL_INTEGER] = {{"  integer key  {1} gives {2}, {3} gives {4}: the target lies between, {5} is written"}},
    [LV_MSG_CAL_EVALS] = {{"  evaluations  {1} runs of {2} replications, seed {3} (common random numbers)"}},
    [LV_MSG_CAL_CHECK] = {{"  check        fresh seed {1}: {2} = {3} ± {4}, the target is {5}"}},
    [LV_MSG_CAL_AT_FIT_MANY] = {{"  at the fit   {1} = {2} ± {3} (target {4})"}},
    [LV_MSG_CAL_CHECK_IN] = {{"within the interval"}},
    [LV_MSG_CAL_CHECK_OUT] = {{"outside the interval"}},
    [LV_MSG_CAL_WROTE] = {{"  written      {1}"}},
    [LV_MSG_CAL_E_VARY_UNKNOWN] = {{"--vary '{1}': unknown key '{2}' in {3} (the keys are in docs/scenario.md)"}},
    [LV_MSG_CAL_E_VARY_UNKNOWN_SUGGEST] = {{"--vary '{1}': unknown key '{2}' in {3} (did you mean '{4}'?)"}},
    [LV_MSG_CAL_E_VARY_NOT_A_LIST] = {{"--vary '{1}': '{3}' is not a list, so '{2}' cannot select an item of it"}},
    [LV_MSG_CAL_E_VARY_PATH] = {{"--vary '{1}': not a key path (names joined by '.', list items as [0] or [name])"}},
    [LV_MSG_CAL_E_VARY_NOT_NUMERIC] = {{"--vary '{1}': '{2}' is not a numeric key (a whole number, number, share or "
                                       "duration); only those can be calibrated"}},
    [LV_MSG_CAL_E_VARY_KIND] = {{"--vary '{1}': '{2}' takes {3}, but the range '{4}' is not one (e.g. {5})"}},
    [LV_MSG_CAL_KIND_INTEGER] = {{"a whole number"}},
    [LV_MSG_CAL_KIND_NUMBER] = {{"a number without unit"}},
    [LV_MSG_CAL_KIND_SHARE] = {{"a share"}},
    [LV_MSG_CAL_KIND_DURATION] = {{"a duration"}},
    [LV_MSG_CAL_TOP] = {{"the scenario's top level"}},
    /* fitting a call log (sim/study/fit.c) */
    [LV_MSG_FIT_E_CANNOT_READ] = {{"cannot read the call log: {1}"}},
    [LV_MSG_FIT_E_TOO_LARGE] = {{"the call log is larger than {1} MiB; fit a shorter period (docs/fit.md, limits)"}},
    [LV_MSG_FIT_E_NUL] = {{"the file contains a NUL byte here; a call log is CSV text"}},
    [LV_MSG_FIT_E_EMPTY] = {{"the call log is empty; expected a header row naming the columns arrival, wait_s, talk_s and outcome"}},
    [LV_MSG_FIT_E_MISSING_COLUMN] = {{"the header has no column '{1}' (required: arrival, wait_s, talk_s, outcome; optional: caller, type)"}},
    [LV_MSG_FIT_E_DUPLICATE_COLUMN] = {{"column '{1}' appears twice in the header"}},
    [LV_MSG_FIT_E_TOO_MANY_COLUMNS] = {{"the header has more than {1} columns"}},
    [LV_MSG_FIT_E_FIELD_COUNT] = {{"this row has {1} fields, the header has {2}"}},
    [LV_MSG_FIT_E_UNTERMINATED] = {{"a quoted field starts here and is never closed"}},
    [LV_MSG_FIT_E_AFTER_QUOTE] = {{"unexpected '{1}' after a closing quote (a quote inside a quoted field is written \"\")"}},
    [LV_MSG_FIT_E_STRAY_QUOTE] = {{"a quote inside an unquoted field (quote the whole field, and write a quote inside it as \"\")"}},
    [LV_MSG_FIT_E_FIELD_TOO_LONG] = {{"a field longer than {1} characters"}},
    [LV_MSG_FIT_E_TOO_MANY_ROWS] = {{"the call log has more than {1} call attempts; fit a shorter period (docs/fit.md, limits)"}},
    [LV_MSG_FIT_E_ARRIVAL] = {{"'arrival' must be a local time YYYY-MM-DDTHH:MM:SS (years 1900-2999), got '{1}'"}},
    [LV_MSG_FIT_E_NUMBER] = {{"'{1}' must be a number of seconds from 0 to 86400 (decimal point or comma, no sign), got '{2}'"}},
    [LV_MSG_FIT_E_OUTCOME] = {{"'outcome' must be 'answered', 'abandoned' or 'busy', got '{1}'"}},
    [LV_MSG_FIT_E_TALK_MISSING] = {{"'talk_s' is empty but the call was answered"}},
    [LV_MSG_FIT_E_TALK_ABANDONED] = {{"'talk_s' must be empty or 0 for an abandoned call, got '{1}'"}},
    [LV_MSG_FIT_E_TOO_MANY_TYPES] = {{"'type' may take at most {1} different values, got '{2}' too"}},
    [LV_MSG_FIT_E_NO_CALLS] = {{"the call log has a header but no call attempts"}},
    [LV_MSG_FIT_E_TOO_FEW] = {{"too few calls to fit: {1} answered and {2} abandoned (at least 2 answered are needed)"}},
    [LV_MSG_FIT_E_OUT_OF_MEMORY] = {{"out of memory"}},
    [LV_MSG_FIT_E_SPAN] = {{"the calls run from {1} to {2}, more than {3} days; fit a shorter period"}},
    [LV_MSG_FIT_TITLE] = {{"lvsim fit · {1}: {2} call attempts ({3} answered, {4} abandoned) over {5} days, {6} to {7}"}},
    [LV_MSG_FIT_INTERVALS] = {{"intervals {1} %: maximum likelihood, asymptotic from the observed information (delta method, log scale); proportions Wilson; day variation a bootstrap over days"}},
    [LV_MSG_FIT_DEMAND] = {{"demand: {1} first attempts ({2} redials not counted)"}},
    [LV_MSG_FIT_CALLS_PER_YEAR] = {{"calls_per_year    {1}"}},
    [LV_MSG_FIT_WEEKEND_FACTOR] = {{"weekend_factor    {1}   ({2} weekdays, {3} weekend days and holidays)"}},
    [LV_MSG_FIT_WEEKEND_FACTOR_KEPT] = {{"weekend_factor    {1}   kept from the base: not estimable from {2} weekdays and {3} weekend days"}},
    [LV_MSG_FIT_DAY_VARIATION] = {{"day_variation     {1}   (Pearson dispersion of daily counts {2}, widens the two above)"}},
    [LV_MSG_FIT_PROFILE_HEADER] = {{"hour  profile_weekday %          profile_weekend %"}},
    [LV_MSG_FIT_TALK] = {{"talk time of {1} answered calls (m:ss); * lowest AIC, written to the scenario"}},
    [LV_MSG_FIT_FAMILY_HEADER] = {{"  family       mean                           sd or shape                     ΔAIC"}},
    [LV_MSG_FIT_PATIENCE] = {{"patience (m:ss): {1} abandoned, {2} answered (censored at their wait)"}},
    [LV_MSG_FIT_KM_HEADER] = {{"waited   Kaplan–Meier S(t) [interval]      fitted {1}"}},
    [LV_MSG_FIT_NO_PATIENCE] = {{"patience: not fitted ({1} abandoned calls; at least 2 are needed); kept from the base"}},
    [LV_MSG_FIT_NO_CALLER] = {{"redials: not fitted (the log has no 'caller' column); kept from the base, and demand counts every attempt"}},
    [LV_MSG_FIT_REDIAL] = {{"redials: a caller's next attempt within {1} min of hanging up"}},
    [LV_MSG_FIT_REDIAL_PROBABILITY] = {{"probability       {1}   ({2} of {3} abandoned attempts followed)"}},
    [LV_MSG_FIT_E_TALK_BUSY] = {{"'talk_s' must be empty or 0 for a busy signal, got '{1}'"}},
    [LV_MSG_FIT_BUSY] = {{"busy signals: {1} attempts found the queue full ({2} % of attempts); not a patience, may be redialled"}},
    [LV_MSG_FIT_BUSY_CAPACITY] = {{"queue_capacity is kept from the base ({1} centres with one, the smallest {2}); not estimated from the log"}},
    [LV_MSG_FIT_BUSY_NO_CAPACITY] = {{"the base has no queue_capacity, so the fitted scenario gives no busy signals; set one (it is not estimated from the log)"}},
    [LV_MSG_FIT_REDIAL_PROBABILITY_BUSY] = {{"probability       {1}   ({2} of {3} abandoned or busy attempts followed)"}},
    [LV_MSG_FIT_KM_NOT_ESTIMABLE] = {{"— (nobody waited this long)"}},
    [LV_MSG_FIT_REDIAL_DELAY] = {{"delay (m:ss) from hanging up to the redial"}},
    [LV_MSG_FIT_HOURS_TITLE] = {{"first attempts by hour of the week, observed/fitted"}},
    [LV_MSG_FIT_CHI2] = {{"Pearson chi-square {1} on {2} df (cells with fitted >= 5), p = {3}"}},
    [LV_MSG_FIT_TYPE] = {{"type '{1}': {2} % of first attempts; talk time of {3} answered calls (m:ss)"}},
    [LV_MSG_FIT_TYPES_MATCH] = {{"the base has exactly these types: each gets its own share and talk time"}},
    [LV_MSG_FIT_TYPES_POOLED] = {{"the base's types differ from the log's: every type gets the pooled talk time, shares kept"}},
    [LV_MSG_FIT_SHAPE] = {{"shape {1}"}},
    [LV_MSG_FIT_SD] = {{"sd {1}"}},
    [LV_MSG_FIT_NAME] = {{"{1}, fitted to {2}"}},
    /* the Erlang calculator (sim/study/erlang.c, lvsim erlang) */
    [LV_MSG_CLI_USAGE_ERLANG] = {{
        "usage: lvsim erlang --calls-per-hour N --talk DURATION [options]\n"
        "\n"
        "Erlang C and Erlang A: the stationary share answered within the threshold (of ALL calls,\n"
        "abandoned ones included), the chance of waiting, the mean answer time, the abandon share and\n"
        "the occupancy of N calls an hour answered by C staff; or the fewest staff that meet a target.\n"
        "Durations as scenario files write them (6m, 90s, 1m30s), shares as 80% or 0.8. Constant\n"
        "demand, exponential times, no redials: see docs/erlang.md for when to use 'lvsim run' instead.\n"
        "\n"
        "options:\n"
        "      --calls-per-hour N       offered calls per hour (Poisson arrivals)\n"
        "      --talk DURATION          mean talk time (exponential)\n"
        "      --after-call DURATION    mean after-call work, added to the handling time (default 0s)\n"
        "      --patience DURATION      mean patience (exponential): Erlang A; 'none' (the default):\n"
        "                               callers never hang up, Erlang C\n"
        "      --staff C                the figures for C staff\n"
        "      --target SHARE           the fewest staff that answer SHARE of all calls within the\n"
        "                               threshold (the default, 80%, when --staff is not given)\n"
        "      --within DURATION        the answer threshold (default 2m)\n"
        "      --abandon-max SHARE      with --target: and at most SHARE of the calls hang up\n"
        "      --json                   write the figures as JSON instead\n"
        "  -h, --help                   show this help\n"}},
    [LV_MSG_ERL_E_OPTION] = {{"'{1}' must be {2}, got '{3}'"}},
    [LV_MSG_ERL_WANT_CALLS] = {{"a number of calls per hour from 0.001 to 1000000"}},
    [LV_MSG_ERL_WANT_TALK] = {{"a duration above 0 and at most 24h, such as 6m, 90s or 5m30s"}},
    [LV_MSG_ERL_WANT_DURATION] = {{"a duration of at most 24h, such as 1m, 45s or 0s"}},
    [LV_MSG_ERL_WANT_PATIENCE] = {{"a duration above 0, such as 5m, or 'none' (callers never hang up)"}},
    [LV_MSG_ERL_WANT_STAFF] = {{"a whole number of staff from 1 to 100000"}},
    [LV_MSG_ERL_WANT_TARGET] = {{"a share above 0 and below 100 %, such as 80% or 0.8"}},
    [LV_MSG_ERL_WANT_ABANDON] = {{"a share above 0, such as 5% or 0.05"}},
    [LV_MSG_ERL_E_EXPECTED] = {{"expected --calls-per-hour and --talk"}},
    [LV_MSG_ERL_E_STAFF_AND_TARGET] = {{"give --staff (the figures for that many) or --target (the fewest staff for it), not both"}},
    [LV_MSG_ERL_E_ABANDON_NEEDS_TARGET] = {{"'--abandon-max' is part of a target; give it with --target, not with --staff"}},
    [LV_MSG_ERL_E_UNSTABLE] = {{"{1} staff cannot carry {2} erlang when nobody hangs up: the queue grows without "
                                "bound (give at least {3} staff, or a --patience)"}},
    [LV_MSG_ERL_E_TOO_LARGE] = {{"{1} staff, {2} erlang and a patience of {3}: the queue is longer than lvsim sums "
                                 "(more than 5 million waiting); give more staff or a shorter --patience"}},
    [LV_MSG_ERL_E_UNREACHABLE] = {{"no staffing up to 100000 meets the target"}},
    [LV_MSG_ERL_MODEL_C] = {{"Erlang C (M/M/c): callers wait as long as it takes"}},
    [LV_MSG_ERL_MODEL_A] = {{"Erlang A (M/M/c+M): callers hang up after {1} on average"}},
    [LV_MSG_ERL_INPUT] = {{"{1} calls per hour, handling {2} (talk {3}, after-call {4}): offered load {5} erlang"}},
    [LV_MSG_ERL_FOR_STAFF] = {{"with {1} staff:"}},
    [LV_MSG_ERL_L_WITHIN] = {{"answered within {1} (of all calls)"}},
    [LV_MSG_ERL_L_WAIT] = {{"found every staff member busy"}},
    [LV_MSG_ERL_L_ASA] = {{"mean answer time (answered calls)"}},
    [LV_MSG_ERL_L_ABANDON] = {{"hung up before an answer"}},
    [LV_MSG_ERL_L_OCCUPANCY] = {{"occupancy (staff time on calls)"}},
    [LV_MSG_ERL_L_QUEUE] = {{"mean number waiting"}},
    [LV_MSG_ERL_ANSWER] = {{"fewest staff that answer {1} of all calls within {2}: {3}"}},
    [LV_MSG_ERL_ANSWER_CAPPED] = {{"fewest staff that answer {1} of all calls within {2}, with at most {3} hung up: {4}"}},
    [LV_MSG_ERL_TABLE_HEAD] = {{"staff  within {1}  all busy  answer time  hung up  occupancy"}},
    [LV_MSG_ERL_MEETS] = {{"meets"}},
    [LV_MSG_ERL_MISSES] = {{"misses"}},
    [LV_MSG_ERL_UNSTABLE_ROW] = {{"the queue grows without bound"}},
    [LV_MSG_ERL_NOTE] = {{"Stationary: constant demand, exponential times, no redials, breaks or floor work. For those,\n"
                          "and for the hours of a real week, simulate with 'lvsim run' (docs/erlang.md)."}},
    [LV_MSG_E_SHIFT_UNCOVERED] = {{"no shift pattern covers {1} where {2} staff are required"}},
    [LV_MSG_E_SHIFT_TOO_FEW] = {{"the shift patterns covering {1} allow at most {2} staff where {3} are required (raise their 'max')"}},
    [LV_MSG_E_SHIFT_MORE_INTERVALS] = {{"and {1} more intervals"}},
    [LV_MSG_E_SHIFT_INTERVAL] = {{"the interval must be whole minutes that divide 24 h, got {1} min"}},
    [LV_MSG_E_SHIFT_REQUIREMENT] = {{"the requirement of {1} is {2}; it must be a count of staff 0..{3}"}},
    [LV_MSG_E_SHIFT_INFEASIBLE] = {{"no plan covers the requirement within the patterns' 'min' and 'max'"}},
    [LV_MSG_E_SHIFT_SOLVER] = {{"the integer program was not solved to optimality ({1})"}},
    [LV_MSG_E_SHIFT_PATTERN_BAD] = {{"shift pattern '{1}' is not valid: days, start 00:00-23:59, length 1 min to 24 h, 0 <= min <= max, cost >= 0"}},
    [LV_MSG_E_SHIFT_TOO_MANY_BANDS] = {{"the plan changes staffing more than {1} times on {2}; a schedule cannot hold it"}},
    [LV_MSG_E_SHIFT_NO_MEMORY] = {{"out of memory"}},
    [LV_MSG_P_SHIFT_PLAN] = {{"the shift plan", "vaktplanen"}},
    /* the staffing optimiser (sim/study/staff.c, lvsim staff) */
    [LV_MSG_CLI_USAGE_STAFF] = {{
        "usage: lvsim staff SCENARIO.yaml [options]\n"
        "\n"
        "The fewest phone operators ('count') in each interval of the week so that the scenario's\n"
        "target (e.g. 80 % of calls answered within 2 minutes) holds, found by simulation: Erlang A for\n"
        "a start, then one operator at a time with common random numbers, then a check on fresh seeds.\n"
        "One centre; its floor and shared nurses, doctors and the rest are kept (docs/planning.md).\n"
        "When the scenario gives shift patterns ('shifts', role operator), the requirement is covered\n"
        "by the cheapest shift plan (GLPK), which is checked and repaired on fresh seeds; the text and\n"
        "--json give its shifts, cost, hours and FTE, and -o writes its schedule.\n"
        "\n"
        "options:\n"
        "  -o, --output PLAN.yaml  write the scenario with the planned operators (lvsim run accepts it)\n"
        "      --json FILE         write the plan per interval as JSON\n"
        "  -r, --replications N    replications of every simulation (default: enough for 2700 measured\n"
        "                          days, 100 of 27, or the scenario's if more; at least 2)\n"
        "  -s, --seed N            seed of the search (default: the scenario's); the check uses\n"
        "                          seed + 1000003\n"
        "  -j, --jobs N            worker threads (default: all cores); results do not depend on it\n"
        "      --form FORM         interval: every interval with calls meets the target (default);\n"
        "                          week: the whole week's share meets it (adds to the current roster);\n"
        "                          day: each day of the week meets it with --probability (adds too)\n"
        "      --probability P     day form: the share of days that must meet it (default 90%)\n"
        "      --abandon-max SHARE and at most SHARE of the calls hang up (per interval, or the week)\n"
        "      --from-current      never fewer operators than the current roster: the least additions\n"
        "      --max-iterations N  simulations of the search at most (default 60)\n"}},
    [LV_MSG_STF_E_CENTRES] = {{"with several centres (this scenario has {1}) the staffing optimiser plans by the "
                               "interval form only, without shift patterns and without --abandon-max (per-centre "
                               "abandoned shares are not measured); plan such a centre from a scenario of its own"}},
    [LV_MSG_STF_E_OPTIONS] = {{"the optimiser needs at least 2 replications, 1 job and an abandon cap above 0 and at "
                               "most 100 %"}},
    [LV_MSG_STF_E_INTERVAL] = {{"the optimiser plans whole-minute intervals; give 'interval' in whole minutes"}},
    [LV_MSG_STF_E_BANDS] = {{"the plan would need more than {1} bands on one day; give a longer 'interval'"}},
    [LV_MSG_STF_E_RUN] = {{"a simulation of a candidate staffing failed: {1}"}},
    [LV_MSG_STF_E_FORM] = {{"'--form' must be 'interval' or 'week', got '{1}'"}},
    [LV_MSG_STF_E_ABANDON] = {{"'--abandon-max' must be a share above 0 and at most 100%, got '{1}'"}},
    [LV_MSG_STF_E_ITERATIONS] = {{"'--max-iterations' must be an integer from 1 to 100000, got '{1}'"}},
    [LV_MSG_STF_E_EXPECTED] = {{"expected one scenario file"}},
    [LV_MSG_STF_TITLE] = {{"Staffing plan for '{1}': the fewest phone operators so that {2} of calls are answered "
                           "within {3}"}},
    [LV_MSG_STF_FORM_INTERVAL] = {{"Target form: every interval of the week ({1}) with calls meets it."}},
    [LV_MSG_STF_FORM_WEEK] = {{"Target form: the share over the whole week meets it."}},
    [LV_MSG_STF_FROM_CURRENT] = {{"From the current roster: no interval gets fewer operators than now."}},
    [LV_MSG_STF_KEPT] = {{"Floor and shared nurses, doctors and everything else stay as the scenario has them; "
                          "holidays are staffed as Sundays."}},
    [LV_MSG_STF_SEARCH] = {{"Search: {1} simulations of {2} replications (seed {3}) from Erlang A; {4}."}},
    [LV_MSG_STF_SEARCH_WEEK] = {{"Search: {1} simulations of {2} replications (seed {3}), adding operators to the current "
                                 "roster where one buys the most calls within the target; {4}."}},
    [LV_MSG_STF_CONVERGED_WEEK] = {{"the week meets the target"}},
    [LV_MSG_STF_CONVERGED_DAY] = {{"every day of the week meets it often enough"}},
    [LV_MSG_STF_FORM_DAY] = {{"Target form: each day of the week meets it on at least {1} of days (chance-constrained)."}},
    [LV_MSG_STF_DAYS] = {{"Days meeting the target, Monday to Sunday: now {1}; plan {2} (fresh seeds)."}},
    [LV_MSG_STF_E_PROBABILITY] = {{"'--probability' must be a share above 0 and below 100%, got '{1}'"}},
    [LV_MSG_STF_CONVERGED] = {{"no interval can lose an operator without missing the target"}},
    [LV_MSG_STF_NOT_CONVERGED] = {{"stopped at the limit of simulations, not at the least staffing"}},
    [LV_MSG_STF_CHECK] = {{"Check on fresh seeds ({1}): {2} rounds of repair; {3} of {4} intervals with calls are "
                           "below the target with 95 % confidence, {5} within noise of it."}},
    [LV_MSG_STF_ABANDON_CAP] = {{"And at most {1} of calls abandoned (each interval, or the week in the week form)."}},
    [LV_MSG_STF_TABLE_HEAD] = {{"day  hours          now  plan  Erlang A  lowest share within {1} (95 %)  calls/week"}},
    [LV_MSG_STF_CENTRE] = {{"{1}: operator-hours a week now {2}, plan {3}; share within target over the week {4} "
                            "(fresh seeds); intervals failing {5}."}},
    [LV_MSG_STF_HOURS] = {{"Nurse-hours per week as operators: now {1} ({2} FTE of 37.5 h), plan {3} ({4} FTE), "
                           "change {5} ({6} FTE)."}},
    [LV_MSG_STF_KEPT_HOURS] = {{"Kept as they are: {1} h a week of shared nurses (phone and floor) and {2} h of floor "
                                "nurses."}},
    [LV_MSG_STF_WEEK_SHARE] = {{"Share within {1} over the week: now {2}, plan {3} (fresh seeds)."}},
    [LV_MSG_STF_ABANDONED] = {{"Abandoned: now {1}, plan {2}."}},
    [LV_MSG_STF_FAILING] = {{"warning: {1} intervals still miss the target on fresh seeds after {2} rounds of "
                             "repair; run with more replications (-r)"}},
    [LV_MSG_STF_WROTE] = {{"wrote the plan as a scenario to {1}"}},
    [LV_MSG_STF_MISS] = {{"misses"}},
    [LV_MSG_STF_E_SHIFTS_FORM] = {{"the scenario gives shift patterns ('shifts'), and a shift plan is made for the "
                                   "interval form only; drop '--form' or the patterns"}},
    [LV_MSG_STF_E_SHIFTS_ROLE] = {{"the scenario's shift patterns are all of role 'shared'; lvsim staff plans phone "
                                   "operators and needs patterns of role 'operator'"}},
    [LV_MSG_STF_SHIFTS_HEAD] = {{"Shift plan: the cheapest shifts that cover the requirement in every interval "
                                 "(GLPK), checked on fresh seeds; {1} rounds of repair. Shifts a week:"}},
    [LV_MSG_STF_SHIFT_ROW] = {{"  {1}: {2} a week, {3} a week with premiums"}},
    [LV_MSG_STF_SHIFT_ROW_DAYS] = {{"  {1}: {2} a week ({4}), {3} a week with premiums"}},
    [LV_MSG_STF_SHIFTS_SHARED] = {{"{1} shift patterns of role 'shared' are not planned: lvsim staff plans phone "
                                   "operators and keeps the scenario's shared nurses."}},
    [LV_MSG_STF_SHIFTS_HOURS] = {{"Cost of the plan: {1} a week with premiums; {2} nurse-hours ({3} FTE) against the "
                                  "requirement's {4} ({5} FTE): surplus {6} h."}},
    [LV_MSG_STF_COST_TODAY] = {{"Cost of today's roster: not known (no shift patterns for it)."}},
    [LV_MSG_STF_SHIFTS_TABLE] = {{"In the table 'plan' is the operators the shift plan puts on duty (the fewest in "
                                  "the interval); the requirement per interval is in --json."}},

    /* new-user fixes (issue 13) */
    /* a band of a schedule list as its --set path writes it: operators[3] (0-based) */
    [LV_MSG_P_BAND_INDEX] = {{"{1}[{2}]", "{1}[{2}]"}},
    [LV_MSG_E_BAND_OVERLAP_WITH] = {{"{1} overlaps {2} on {3} at {4}", "{1} overlapper {2} på {3} kl. {4}"}},
    /* --add-staff 'DAYS FROM-TO +N [ROLE] [@SITE]' (sim/scenario/addstaff.c) */
    [LV_MSG_E_ADD_STAFF_FORM] = {{"expected 'DAYS FROM-TO +N [ROLE] [@CENTRE]', e.g. 'mon-fri 15:00-23:00 +1', got '{1}'",
                                  "ventet 'DAGER FRA-TIL +N [ROLLE] [@SENTRAL]', f.eks. 'mon-fri 15:00-23:00 +1', fikk '{1}'"}},
    [LV_MSG_E_ADD_STAFF_DAYS] = {{"'{1}' is not a day, a range of days or a list of them (days: {2}; e.g. mon-fri, sat,sun)",
                                  "'{1}' er ikke en dag, et dagsspenn eller en liste av dem (dager: {2}; f.eks. mon-fri, sat,sun)"}},
    [LV_MSG_E_ADD_STAFF_TIMES] = {{"'{1}' is not a span of the day like 15:00-23:00 (from before to; 24:00 ends the day)",
                                   "'{1}' er ikke et tidsrom som 15:00-23:00 (fra før til; 24:00 slutter døgnet)"}},
    [LV_MSG_E_ADD_STAFF_CHANGE] = {{"'{1}' is not a change of staff like +1 or -2 (a sign, then 1 to {2})",
                                    "'{1}' er ikke en endring av bemanningen som +1 eller -2 (et fortegn, så 1 til {2})"}},
    [LV_MSG_E_ADD_STAFF_ROLE] = {{"'{1}' is not a role {2} has (roles: {3})",
                                  "'{1}' er ikke en rolle {2} har (roller: {3})"}},
    [LV_MSG_E_ADD_STAFF_SITE] = {{"no centre or satellite is named '{1}' (names: {2})",
                                  "ingen sentral eller satellitt heter '{1}' (navn: {2})"}},
    [LV_MSG_E_ADD_STAFF_WHICH_SITE] = {{"the scenario has several centres: name one with @NAME ({1})",
                                        "scenarioet har flere sentraler: velg én med @NAVN ({1})"}},
    [LV_MSG_E_ADD_STAFF_NO_LIST] = {{"{1} has no '{2}' list of bands to add to",
                                     "{1} har ingen liste '{2}' av vaktbånd å legge til i"}},
    [LV_MSG_E_ADD_STAFF_BELOW_ZERO] = {{"'{2}' would be {1} on {3} {4}-{5} ({6} has {7})",
                                        "'{2}' ville bli {1} på {3} {4}-{5} ({6} har {7})"}},
    [LV_MSG_E_ADD_STAFF_UNCOVERED] = {{"no band of '{1}' covers {2} {3}, so nothing there can change",
                                       "ingen vaktbånd i '{1}' dekker {2} {3}, så der kan ingenting endres"}},
    [LV_MSG_CLI_SWEEP_INTERRUPTED] = {{"interrupted: {1} of {2} points are saved in {3}; run the same command again to "
                                       "run the {4} left",
                                       "avbrutt: {1} av {2} punkter er lagret i {3}; kjør samme kommando igjen for å "
                                       "kjøre de {4} som gjenstår"}},
    [LV_MSG_E_DECIMAL_COMMA] = {{"'{1}' must be {2}, got '{3}' (write a decimal point: '{4}')",
                                 "'{1}' må være {2}, fikk '{3}' (skriv desimalpunktum: '{4}')"}},
    [LV_MSG_E_DIST_SCALAR_NAMED] = {{"'{1}' must be a duration like '5m'{2} or a mapping with 'dist', got '{3}' (did you "
                                     "mean {dist: {4}, ...}?)",
                                     "'{1}' må være en varighet som '5m'{2} eller en tabell med 'dist', fikk '{3}' "
                                     "(mente du {dist: {4}, ...}?)"}},
    [LV_MSG_E_UNKNOWN_KEY_COMMA] = {{"unknown key '{1}' in {2}: in {...} a comma ends a value, so '{3},{1}' was read "
                                     "as {3} and a key '{1}' (write a decimal point: '{3}.{1}')",
                                     "ukjent nøkkel '{1}' i {2}: i {...} avslutter et komma en verdi, så '{3},{1}' ble "
                                     "lest som {3} og en nøkkel '{1}' (skriv desimalpunktum: '{3}.{1}')"}},
    [LV_MSG_SUM_NO_HOUR_STANDS_OUT] = {{"none stands out: no hour is below the week's share by more than twice its "
                                        "interval",
                                        "ingen skiller seg ut: ingen time ligger under ukens andel med mer enn to "
                                        "ganger sitt intervall"}},
    [LV_MSG_SUM_NO_INTERVAL_STANDS_OUT] = {{"none stands out: no interval is below the week's share by more than twice "
                                            "its confidence interval",
                                            "ingen skiller seg ut: intet intervall ligger under ukens andel med mer enn "
                                            "to ganger sitt konfidensintervall"}},
    [LV_MSG_SUM_WORST_NOT_JUDGED] = {{"not judged: one replication gives no interval to tell an hour from noise (use -r 2 "
                                      "or more)",
                                      "ikke vurdert: én replikasjon gir intet intervall som skiller en time fra støy "
                                      "(bruk -r 2 eller flere)"}},
    [LV_MSG_W_DIAG_AT] = {{"{1}:{2}:{3}: warning: {4}", "{1}:{2}:{3}: advarsel: {4}"}},
    [LV_MSG_W_DIAG_IN] = {{"{1}: warning: {2}", "{1}: advarsel: {2}"}},
    [LV_MSG_W_TYPE_SHADOWS_PATIENCE] = {{"call type '{1}' has its own 'patience', which replaces 'calls.patience' "
                                         "(given at {2}) for this type; if it was meant for every type, indent it one "
                                         "level less and drop the other",
                                         "samtaletypen '{1}' har sin egen 'patience', som erstatter 'calls.patience' "
                                         "(gitt i {2}) for denne typen; var den ment for alle typer, rykk den ett nivå "
                                         "ut og fjern den andre"}},
    [LV_MSG_W_TYPE_PATIENCE_ALONE] = {{"call type '{1}' has its own 'patience' and 'calls.patience' is not given, so "
                                       "the other types' callers never hang up; if it was meant for every type, "
                                       "indent it one level less (under 'calls')",
                                       "samtaletypen '{1}' har sin egen 'patience' og 'calls.patience' er ikke gitt, "
                                       "så de andre typenes innringere legger aldri på; var den ment for alle typer, "
                                       "rykk den ett nivå ut (under 'calls')"}},
    [LV_MSG_CLI_CHECK_TYPE] = {{"  call type '{1}': share {2}, talk {3} mean {4}, after call mean {5}, patience {6} "
                                "({7})",
                                "  samtaletype '{1}': andel {2}, samtale {3} snitt {4}, etterarbeid snitt {5}, "
                                "tålmodighet {6} ({7})"}},
    [LV_MSG_CLI_CHECK_OWN] = {{"its own", "sin egen"}},
    [LV_MSG_CLI_CHECK_COMMON] = {{"calls.patience", "calls.patience"}},
    [LV_MSG_CLI_CHECK_NEVER] = {{"none: never hangs up", "ingen: legger aldri på"}},
    [LV_MSG_CLI_ADD_STAFF_TOO_LONG] = {{"--add-staff '{1}' is too long", "--add-staff '{1}' er for lang"}},
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

int lv_msg_args(const char *args[LV_MSG_MAX_ARGS], va_list ap)
{
    int argc = 0;
    for (const char *a; argc < LV_MSG_MAX_ARGS && (a = va_arg(ap, const char *)) != NULL;)
        args[argc++] = a;
    return argc;
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
