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

    /* diagnostics: sweeps, result stores, runs (sim/study, sim/model) */

    /* the command line (tools/) */

    /* fitting a call log (sim/study/fit.c) */
    [LV_MSG_FIT_E_CANNOT_READ] = {{"cannot read the call log: {1}"}},
    [LV_MSG_FIT_E_NOT_REGULAR] = {{"cannot read the call log: not a regular file"}},
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
    [LV_MSG_FIT_E_OUTCOME] = {{"'outcome' must be 'answered' or 'abandoned', got '{1}'"}},
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
    [LV_MSG_FIT_TALK] = {{"talk time of {1} answered calls (s); * lowest AIC, written to the scenario"}},
    [LV_MSG_FIT_FAMILY_HEADER] = {{"  family       mean                           sd or shape                     ΔAIC"}},
    [LV_MSG_FIT_PATIENCE] = {{"patience (s): {1} abandoned, {2} answered (censored at their wait)"}},
    [LV_MSG_FIT_KM_HEADER] = {{"waited   Kaplan–Meier S(t) [interval]      fitted {1}"}},
    [LV_MSG_FIT_NO_PATIENCE] = {{"patience: not fitted ({1} abandoned calls; at least 2 are needed); kept from the base"}},
    [LV_MSG_FIT_NO_CALLER] = {{"redials: not fitted (the log has no 'caller' column); kept from the base, and demand counts every attempt"}},
    [LV_MSG_FIT_REDIAL] = {{"redials: a caller's next attempt within {1} min of hanging up"}},
    [LV_MSG_FIT_REDIAL_PROBABILITY] = {{"probability       {1}   ({2} of {3} abandoned attempts followed)"}},
    [LV_MSG_FIT_REDIAL_DELAY] = {{"delay (s) from hanging up to the redial"}},
    [LV_MSG_FIT_HOURS_TITLE] = {{"first attempts by hour of the week, observed/fitted"}},
    [LV_MSG_FIT_CHI2] = {{"Pearson chi-square {1} on {2} df (cells with fitted >= 5), p = {3}"}},
    [LV_MSG_FIT_TYPE] = {{"type '{1}': {2} % of first attempts; talk time of {3} answered calls (s)"}},
    [LV_MSG_FIT_TYPES_MATCH] = {{"the base has exactly these types: each gets its own share and talk time"}},
    [LV_MSG_FIT_TYPES_POOLED] = {{"the base's types differ from the log's: every type gets the pooled talk time, shares kept"}},

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
