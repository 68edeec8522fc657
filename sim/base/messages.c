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

    [LV_MSG_SUM_TITLE] = {{"lvsim {1} · {2}: {3} · {4} days × {5} replications · seed {6}",
                           "lvsim {1} · {2}: {3} · {4} døgn × {5} replikasjoner · frø {6}"}},
    [LV_MSG_SUM_CALLS_OFFERED] = {{"calls offered", "innkommende anrop"}},
    [LV_MSG_SUM_CALLS_OFFERED_DETAIL] = {{"({1} per day; warm-up of {2} d excluded)",
                                          "({1} per døgn; innsvingning på {2} døgn utelatt)"}},
    [LV_MSG_SUM_ANSWERED_WITHIN] = {{"answered within {1}", "besvart innen {1}"}},
    [LV_MSG_SUM_TARGET_DETAIL] = {{"target {1}  {2}", "mål {1}  {2}"}},
    [LV_MSG_SUM_MET] = {{"MET", "NÅDD"}},
    [LV_MSG_SUM_NOT_MET] = {{"NOT MET", "IKKE NÅDD"}},
    [LV_MSG_SUM_MEDIAN_ANSWER] = {{"median answer time", "median svartid"}},
    [LV_MSG_SUM_MEDIAN_ANSWER_DETAIL] = {{"(mean {1}, 90th percentile {2})", "(gjennomsnitt {1}, 90-persentil {2})"}},
    [LV_MSG_SUM_WITHIN_10MIN] = {{"answered within 10 min", "besvart innen 10 min"}},
    [LV_MSG_SUM_ABANDONED] = {{"abandoned", "la på før svar"}},
    [LV_MSG_SUM_BUSY_DETAIL] = {{"busy {1}", "opptatt {1}"}},
    [LV_MSG_SUM_REDIALS_DETAIL] = {{"(redials {1} of calls)", "(nye forsøk {1} av anropene)"}},
    [LV_MSG_SUM_CALLERS] = {{"callers", "innringere"}},
    [LV_MSG_SUM_CALLERS_DETAIL] = {{"within {1} of first call, mean {2}, {3} never answered",
                                    "innen {1} fra første anrop, snitt {2}, {3} fikk aldri svar"}},
    [LV_MSG_SUM_OCCUPANCY] = {{"operator occupancy", "operatørbelegg"}},
    [LV_MSG_SUM_ON_DUTY_DETAIL] = {{"({1} on duty on average)", "({1} på vakt i snitt)"}},
    [LV_MSG_SUM_NURSE_TIME] = {{"nurse time", "sykepleiertid"}},
    [LV_MSG_SUM_NURSE_TIME_DETAIL] = {{"{1} phone, {2} floor; shared nurses {3} h a day on the floor",
                                       "{1} telefon, {2} klinikk; delte sykepleiere {3} t per døgn i klinikken"}},
    [LV_MSG_SUM_AWAY] = {{"time away from the phone", "tid borte fra telefonen"}},
    [LV_MSG_SUM_AWAY_DETAIL] = {{"of phone staff's time on duty, {1} h a day (breaks, documentation)",
                                 "av telefonpersonalets vakttid, {1} t per døgn (pauser, dokumentasjon)"}},
    [LV_MSG_SUM_CALLBACKS] = {{"outbound callbacks", "tilbakeringinger"}},
    [LV_MSG_SUM_CALLBACKS_DETAIL] = {{"{1} per day ({2} of answered calls), {3} h of phone time a day",
                                      "{1} per døgn ({2} av besvarte anrop), {3} t telefontid per døgn"}},
    [LV_MSG_SUM_AMK] = {{"AMK conferences", "AMK-konferanser"}},
    [LV_MSG_SUM_AMK_DETAIL] = {{"{1} per day on red calls, {2} h of phone time a day",
                                "{1} per døgn ved røde anrop, {2} t telefontid per døgn"}},
    [LV_MSG_SUM_CONSULTS] = {{"doctor consulted in calls", "lege rådspurt i samtaler"}},
    [LV_MSG_SUM_CONSULTS_DETAIL] = {{"{1} per day, mean hold for a doctor {2}, {3} not reached; {4} h of phone time a day",
                                     "{1} per døgn, snitt ventetid på lege {2}, {3} nådde ikke lege; {4} t telefontid per døgn"}},
    [LV_MSG_SUM_CONSULTS_NO_DOCTOR] = {{"{1} per day, never with a doctor on duty (phone time only); {2} h of phone time a day",
                                        "{1} per døgn, aldri med lege på vakt (bare telefontid); {2} t telefontid per døgn"}},
    [LV_MSG_SUM_HOURS_MEETING] = {{"hours meeting target", "timer som når målet"}},
    [LV_MSG_SUM_INTERVALS_MEETING] = {{"intervals meeting target", "intervaller som når målet"}},
    [LV_MSG_SUM_HOURS_OF_WEEK] = {{"{1} of {2} hours of the week", "{1} av ukens {2} timer"}},
    [LV_MSG_SUM_INTERVALS_OF_WEEK] = {{"{1} of {2} intervals of the week", "{1} av ukens {2} intervaller"}},
    [LV_MSG_SUM_DAYS_MEETING] = {{"days meeting target", "døgn som når målet"}},
    [LV_MSG_SUM_DAYS_MEETING_DETAIL] = {{"(a given day misses with probability {1})",
                                         "(et gitt døgn bommer med sannsynlighet {1})"}},
    [LV_MSG_SUM_WORST_HOURS] = {{"worst hours", "verste timer"}},
    [LV_MSG_SUM_WORST_INTERVALS] = {{"worst intervals", "verste intervaller"}},
    [LV_MSG_SUM_WORST_INTERVAL_ITEM] = {{"{1} {2}–{3} {4}", "{1} {2}–{3} {4}"}},
    [LV_MSG_SUM_CENTRES] = {{"centres", "sentraler"}},
    [LV_MSG_SUM_CENTRES_DETAIL] = {{"{1} of {2} meet the target; {3} at 51-79 %, {4} at 50 % or less",
                                    "{1} av {2} når målet; {3} på 51–79 %, {4} på 50 % eller lavere"}},
    [LV_MSG_SUM_WORST_CENTRES] = {{"worst centres", "verste sentraler"}},
    [LV_MSG_SUM_NAMED_SHARE] = {{"{1} {2}", "{1} {2}"}},
    [LV_MSG_SUM_WORST_CENTRE_HOURS] = {{"worst centre-hours", "verste sentral-timer"}},
    [LV_MSG_SUM_WORST_CENTRE_INTERVALS] = {{"worst centre-intervals", "verste sentral-intervaller"}},
    [LV_MSG_SUM_CENTRE_INTERVAL_ITEM] = {{"{1} {2} {3}–{4} {5}", "{1} {2} {3}–{4} {5}"}},
    [LV_MSG_SUM_PARTNERS] = {{"answered by partners", "besvart av samarbeidende"}},
    [LV_MSG_SUM_PARTNERS_DETAIL] = {{"{1} of answered calls", "{1} av besvarte anrop"}},
    [LV_MSG_SUM_OUTCOMES] = {{"clinical outcomes", "kliniske tiltak"}},
    [LV_MSG_SUM_DOCTOR_WAIT] = {{"wait for a doctor", "ventetid på lege"}},
    [LV_MSG_SUM_DOCTOR_WAIT_ITEM] = {{"{1} mean {2} (p90 {3})", "{1} snitt {2} (p90 {3})"}},
    [LV_MSG_SUM_DOCTOR_WAIT_DETAIL] = {{"(at the centre, from arrival)", "(på legevakten, fra ankomst)"}},
    [LV_MSG_SUM_DOCTOR_WAIT_DETAIL_SATELLITES] = {{"(at the centre or satellite, from arrival)",
                                                   "(på legevakten eller satellitten, fra ankomst)"}},
    [LV_MSG_SUM_TRAVEL] = {{"patients' travel", "pasientenes reisetid"}},
    [LV_MSG_SUM_TRAVEL_ITEM] = {{"{1} mean {2}", "{1} snitt {2}"}},
    [LV_MSG_SUM_RED_SEEN] = {{"red seen within {1}", "rød hos lege innen {1}"}},
    [LV_MSG_SUM_RED_SEEN_DETAIL] = {{"(of red patients at the centre, from arrival)",
                                     "(av røde pasienter på legevakten, fra ankomst)"}},
    [LV_MSG_SUM_PREEMPTIONS] = {{"red pre-emptions", "avbrudd for rød"}},
    [LV_MSG_SUM_PREEMPTIONS_DETAIL] = {{"{1} consultations interrupted a day", "{1} konsultasjoner avbrutt per døgn"}},
    [LV_MSG_SUM_HOME_RESPONSE] = {{"home-visit response", "responstid sykebesøk"}},
    [LV_MSG_SUM_HOME_RESPONSE_DETAIL] = {{"mean {1}, 90th percentile {2}", "snitt {1}, 90-persentil {2}"}},
    [LV_MSG_SUM_DOCTOR_UTILISATION] = {{"doctor utilisation", "legebelegg"}},
    [LV_MSG_SUM_BACKUP] = {{"backup doctor", "bakvakt"}},
    [LV_MSG_SUM_BACKUP_DETAIL] = {{"{1} activations ({2} for red patients), {3} h a week",
                                   "{1} utkallinger ({2} for røde pasienter), {3} t per uke"}},
    [LV_MSG_SUM_SATELLITES] = {{"satellites", "satellitter"}},
    [LV_MSG_SUM_SATELLITES_DETAIL] = {{"{1} patients a day; doctors {2} h a day on video; travel saved {3} h a day",
                                       "{1} pasienter per døgn; leger {2} t per døgn på video; spart reisetid {3} t per døgn"}},
    [LV_MSG_SUM_WAITING_ROOM] = {{"waiting room", "venterom"}},
    [LV_MSG_SUM_WAITING_ROOM_DETAIL] = {{"{1} patients on average", "{1} pasienter i snitt"}},
    [LV_MSG_SUM_WALK_INS_DETAIL] = {{"({1} walk-ins a day)", "({1} direkte oppmøtte per døgn)"}},

    [LV_MSG_SUM_OVERLOADED] = {{"overloaded", "overbelastet"}},
    [LV_MSG_SUM_OVERLOADED_DETAIL] = {{"the queue does not drain", "køen tømmes ikke"}},
    [LV_MSG_SUM_OVERLOADED_RANGE] = {{"{1} {2}–{3}", "{1} {2}–{3}"}},
    [LV_MSG_SUM_OVERLOADED_SPAN] = {{"{1} {2}–{3} {4}", "{1} {2}–{3} {4}"}},
    [LV_MSG_SUM_OVERLOADED_MORE] = {{"and {1} more", "og {1} til"}},
    [LV_MSG_SUM_OVERLOADED_ALL] = {{"all week", "hele uken"}},
    [LV_MSG_SUM_OVERLOADED_TAIL] = {{"— figures there are lower bounds", "— tallene der er nedre grenser"}},
    [LV_MSG_SUM_OVERLOADED_CENTRES] = {{"overloaded centres", "overbelastede sentraler"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE] = {{"{1} ({2} {3}–{4})", "{1} ({2} {3}–{4})"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_MORE] = {{"{1} ({2} {3}–{4} and {5} more)", "{1} ({2} {3}–{4} og {5} til)"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_SPAN] = {{"{1} ({2} {3}–{4} {5})", "{1} ({2} {3}–{4} {5})"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_SPAN_MORE] = {{"{1} ({2} {3}–{4} {5} and {6} more)",
                                                 "{1} ({2} {3}–{4} {5} og {6} til)"}},
    [LV_MSG_SUM_OVERLOADED_CENTRE_ALL] = {{"{1} (all week)", "{1} (hele uken)"}},
    [LV_MSG_SUM_OVERLOADED_CENTRES_MORE] = {{"and {1} more centres", "og {1} sentraler til"}},
    [LV_MSG_SUM_OVERLOADED_CENTRES_TAIL] = {{"— the queue does not drain: under {1} answered within {2} there",
                                            "— køen tømmes ikke: under {1} besvart innen {2} der"}},

    [LV_MSG_CMP_TITLE] = {{"lvsim {1} · compare · A: {2} · B: {3} · {4} paired replications · seed {5}",
                           "lvsim {1} · sammenligning · A: {2} · B: {3} · {4} parede replikasjoner · frø {5}"}},
    [LV_MSG_CMP_FIGURE] = {{"figure (differences of shares in points)", "tall (forskjeller i andeler i prosentpoeng)"}},
    [LV_MSG_CMP_A] = {{"A", "A"}},
    [LV_MSG_CMP_B] = {{"B", "B"}},
    [LV_MSG_CMP_DIFFERENCE] = {{"B - A (paired 95 %)", "B - A (paret 95 %)"}},
    [LV_MSG_CMP_UNPAIRED] = {{"unpaired ±", "uparet ±"}},
    [LV_MSG_CMP_VERDICT_ONE] = {{"verdict: B - A = {1} points within {2} (one replication: no interval; use -r)",
                                 "konklusjon: B - A = {1} prosentpoeng innen {2} (én replikasjon: intet intervall; bruk -r)"}},
    [LV_MSG_CMP_VERDICT_SHOWN] = {{"verdict: B answers {1} ± {2} points {3} calls within {4} than A (paired 95 % "
                                   "interval; unpaired it would be ± {5})",
        "konklusjon: B besvarer {1} ± {2} prosentpoeng {3} anrop innen {4} enn A (paret 95 "
        "%-intervall; uparet ville det vært ± {5})"}},
    [LV_MSG_CMP_VERDICT_NONE] = {{"verdict: no difference shown: B - A = {1} ± {2} points within {3} (paired 95 % "
                                  "interval); more replications narrow it",
        "konklusjon: ingen forskjell påvist: B - A = {1} ± {2} prosentpoeng innen {3} (paret 95 "
        "%-intervall); flere replikasjoner gjør det smalere"}},
    [LV_MSG_CMP_MORE] = {{"more", "flere"}},
    [LV_MSG_CMP_FEWER] = {{"fewer", "færre"}},

    [LV_MSG_M_CALLS_OFFERED] = {{"calls offered", "innkommende anrop"}},
    [LV_MSG_M_CALLS_PER_DAY] = {{"calls offered per day", "innkommende anrop per døgn"}},
    [LV_MSG_M_WITHIN_TARGET] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_M_WITHIN_10MIN] = {{"answered within 10 min", "besvart innen 10 min"}},
    [LV_MSG_M_ANSWERED] = {{"answered", "besvart"}},
    [LV_MSG_M_ABANDONED] = {{"abandoned", "la på før svar"}},
    [LV_MSG_M_BUSY] = {{"busy signals (queue full)", "opptattsignal (full kø)"}},
    [LV_MSG_M_REDIALS] = {{"redials among calls", "nye forsøk blant anropene"}},
    [LV_MSG_M_ANSWER_MEDIAN] = {{"median answer time", "median svartid"}},
    [LV_MSG_M_ANSWER_MEAN] = {{"mean answer time", "gjennomsnittlig svartid"}},
    [LV_MSG_M_ANSWER_P90] = {{"90th percentile answer time", "90-persentil svartid"}},
    [LV_MSG_M_ANSWER_P95] = {{"95th percentile answer time", "95-persentil svartid"}},
    [LV_MSG_M_QUEUE_TIME_MEAN] = {{"mean time in queue, all calls", "snitt tid i kø, alle anrop"}},
    [LV_MSG_M_EPISODES] = {{"callers (episodes)", "innringere (episoder)"}},
    [LV_MSG_M_EPISODE_ANSWERED] = {{"callers eventually answered", "innringere som til slutt fikk svar"}},
    [LV_MSG_M_EPISODE_WITHIN_TARGET] = {{"callers answered within target of first call",
                                         "innringere besvart innen målet fra 1. anrop"}},
    [LV_MSG_M_EPISODE_MEAN] = {{"caller's mean time to answer", "innringers snitt tid til svar"}},
    [LV_MSG_M_EPISODE_MEDIAN] = {{"caller's median time to answer", "innringers median tid til svar"}},
    [LV_MSG_M_EPISODE_P90] = {{"caller's 90th percentile time to answer", "innringers 90-persentil tid til svar"}},
    [LV_MSG_M_OCCUPANCY] = {{"operator occupancy", "operatørbelegg"}},
    [LV_MSG_M_QUEUE_LENGTH] = {{"mean queue length", "gjennomsnittlig kølengde"}},
    [LV_MSG_M_OPERATORS] = {{"operators on duty, mean", "operatører på vakt, snitt"}},
    [LV_MSG_M_DAYS_MEETING_TARGET] = {{"days meeting target", "døgn som når målet"}},
    [LV_MSG_M_CENTRE_WAIT_MEAN] = {{"mean wait at the centre for a doctor", "snitt ventetid på lege på legevakten"}},
    [LV_MSG_M_TRAVEL_MEAN] = {{"mean patient travel to the centre", "snitt reisetid til legevakten"}},
    [LV_MSG_M_DOCTOR_WAIT_MEAN] = {{"mean time from call end to a doctor", "snitt tid fra endt samtale til lege"}},
    [LV_MSG_M_RED_SEEN_WITHIN] = {{"red seen by a doctor in time, from arrival", "rød sett av lege i tide, fra ankomst"}},
    [LV_MSG_M_PREEMPTIONS] = {{"consultations interrupted by red a day", "konsultasjoner avbrutt for rød per døgn"}},
    [LV_MSG_M_HOME_RESPONSE_MEAN] = {{"mean home-visit response", "snitt responstid sykebesøk"}},
    [LV_MSG_M_HOME_RESPONSE_P90] = {{"90th percentile home-visit response", "90-persentil responstid sykebesøk"}},
    [LV_MSG_M_DOCTOR_UTILISATION] = {{"doctor utilisation", "legebelegg"}},
    [LV_MSG_M_DOCTORS] = {{"doctors on duty, mean (backup included)", "leger på vakt, snitt (bakvakt medregnet)"}},
    [LV_MSG_M_BACKUP_ACTIVATIONS] = {{"backup doctor activations per week", "utkallinger av bakvakt per uke"}},
    [LV_MSG_M_BACKUP_RED_ACTIVATIONS] = {{"backup activations for red per week", "bakvaktutkallinger for rød per uke"}},
    [LV_MSG_M_BACKUP_HOURS] = {{"backup doctor hours on duty per week", "bakvaktens timer på vakt per uke"}},
    [LV_MSG_M_WAITING_ROOM] = {{"patients waiting at the centre, mean", "pasienter som venter på legevakten, snitt"}},
    [LV_MSG_M_WALK_INS_PER_DAY] = {{"walk-ins per day", "direkte oppmøtte per døgn"}},
    [LV_MSG_M_NURSE_PHONE_SHARE] = {{"nurse time on the phone", "sykepleiertid på telefon"}},
    [LV_MSG_M_NURSE_FLOOR_SHARE] = {{"nurse time on floor work", "sykepleiertid i klinikken"}},
    [LV_MSG_M_PHONE_HOURS_LOST] = {{"shared nurses' hours on floor work per day",
                                    "delte sykepleieres klinikktimer per døgn"}},
    [LV_MSG_I_CALLS_OFFERED] = {{"calls offered per week", "innkommende anrop per uke"}},
    [LV_MSG_I_WITHIN_TARGET] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_I_WITHIN_10MIN] = {{"answered within 10 min", "besvart innen 10 min"}},
    [LV_MSG_I_ABANDONED] = {{"abandoned", "la på før svar"}},
    [LV_MSG_I_BUSY] = {{"busy signals", "opptattsignal"}},
    [LV_MSG_I_ANSWER_MEAN] = {{"mean answer time", "gjennomsnittlig svartid"}},
    [LV_MSG_I_ANSWER_MEDIAN] = {{"median answer time", "median svartid"}},
    [LV_MSG_I_ANSWER_P90] = {{"90th percentile answer time", "90-persentil svartid"}},
    [LV_MSG_I_OCCUPANCY] = {{"operator occupancy", "operatørbelegg"}},
    [LV_MSG_I_QUEUE_LENGTH] = {{"mean queue length", "gjennomsnittlig kølengde"}},
    [LV_MSG_I_OPERATORS] = {{"operators on duty, mean", "operatører på vakt, snitt"}},
    [LV_MSG_I_WAITING_ROOM] = {{"patients waiting at the centre", "pasienter som venter på legevakten"}},
    [LV_MSG_I_DOCTOR_UTILISATION] = {{"doctor utilisation", "legebelegg"}},
    [LV_MSG_I_DOCTORS] = {{"doctors on duty, mean", "leger på vakt, snitt"}},
    [LV_MSG_I_NURSES_ON_FLOOR] = {{"nurses busy on floor work, mean", "sykepleiere opptatt i klinikken, snitt"}},
    [LV_MSG_I_PHONE_LOST] = {{"shared nurses on floor work, mean", "delte sykepleiere i klinikken, snitt"}},
    [LV_MSG_I_AWAY] = {{"time away from the phone", "tid borte fra telefonen"}},
    [LV_MSG_U_CALLS_PER_DAY] = {{"clinical calls per day", "kliniske anrop per døgn"}},
    [LV_MSG_U_ADVICE] = {{"nurse advice only", "bare råd fra sykepleier"}},
    [LV_MSG_U_CONSULTATION] = {{"consultation at the centre", "konsultasjon på legevakten"}},
    [LV_MSG_U_CALLBACK] = {{"doctor phone advice", "telefonråd fra lege"}},
    [LV_MSG_U_HOME_VISIT] = {{"home visit", "sykebesøk"}},
    [LV_MSG_U_AMBULANCE] = {{"red response / ambulance", "rød respons / ambulanse"}},
    [LV_MSG_U_REFERRAL] = {{"referral", "henvisning"}},
    [LV_MSG_U_NO_SHOWS] = {{"booked patients who did not come", "timebestilte pasienter som ikke kom"}},
    [LV_MSG_U_WALK_INS_PER_DAY] = {{"walk-ins per day", "direkte oppmøtte per døgn"}},
    [LV_MSG_U_CONTACTS_PER_DAY] = {{"doctor contacts per day", "legekontakter per døgn"}},
    [LV_MSG_U_CENTRE_WAIT_MEAN] = {{"mean wait at the centre", "snitt ventetid på legevakten"}},
    [LV_MSG_U_CENTRE_WAIT_MEDIAN] = {{"median wait at the centre", "median ventetid på legevakten"}},
    [LV_MSG_U_CENTRE_WAIT_P90] = {{"90th percentile wait at the centre", "90-persentil ventetid på legevakten"}},
    [LV_MSG_U_TRAVEL_MEAN] = {{"mean travel to the centre", "snitt reisetid til legevakten"}},
    [LV_MSG_U_WAIT_MEAN] = {{"mean time from call end to a doctor", "snitt tid fra endt samtale til lege"}},
    [LV_MSG_U_WAIT_MEDIAN] = {{"median time from call end to a doctor", "median tid fra endt samtale til lege"}},
    [LV_MSG_U_WAIT_P90] = {{"90th percentile time from call end to a doctor",
                            "90-persentil tid fra endt samtale til lege"}},
    [LV_MSG_U_SEEN_WITHIN] = {{"seen by a doctor in time, from arrival", "sett av lege i tide, fra ankomst"}},
    [LV_MSG_D_CALLS_OFFERED] = {{"calls offered", "innkommende anrop"}},
    [LV_MSG_D_WITHIN_TARGET] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_D_WITHIN_10MIN] = {{"answered within 10 min", "besvart innen 10 min"}},
    [LV_MSG_D_ABANDONED] = {{"abandoned", "la på før svar"}},
    [LV_MSG_D_BUSY] = {{"busy signals", "opptattsignal"}},
    [LV_MSG_D_ANSWER_MEAN] = {{"mean answer time", "gjennomsnittlig svartid"}},
    [LV_MSG_S_CALLS_PER_DAY] = {{"calls offered per day", "innkommende anrop per døgn"}},
    [LV_MSG_S_WITHIN_TARGET] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_S_ABANDONED] = {{"abandoned", "la på før svar"}},
    [LV_MSG_S_BUSY] = {{"busy signals", "opptattsignal"}},
    [LV_MSG_S_ANSWER_MEAN] = {{"mean answer time", "gjennomsnittlig svartid"}},
    [LV_MSG_S_ANSWERED_ELSEWHERE] = {{"its calls answered by other centres", "egne anrop besvart av andre sentraler"}},
    [LV_MSG_S_ANSWERED_FOR_OTHERS] = {{"other centres' calls answered per day",
                                       "andre sentralers anrop besvart per døgn"}},
    [LV_MSG_S_OCCUPANCY] = {{"operator occupancy", "operatørbelegg"}},
    [LV_MSG_S_PHONE_STAFF] = {{"operators and shared nurses on duty, mean",
                               "operatører og delte sykepleiere på vakt, snitt"}},
    [LV_MSG_S_DOCTOR_UTILISATION] = {{"doctor utilisation", "legebelegg"}},
    [LV_MSG_S_DOCTORS] = {{"doctors on duty, mean", "leger på vakt, snitt"}},
    [LV_MSG_S_WAITING_ROOM] = {{"patients waiting here, mean", "pasienter som venter her, snitt"}},
    [LV_MSG_S_DOCTOR_CONTACTS_PER_DAY] = {{"doctor contacts per day", "legekontakter per døgn"}},
    [LV_MSG_S_VIDEO_PER_DAY] = {{"video consultations per day", "videokonsultasjoner per døgn"}},
    [LV_MSG_S_VIDEO_HOURS_PER_DAY] = {{"doctor hours on video per day", "legetimer på video per døgn"}},
    [LV_MSG_S_SATELLITE_PATIENTS_PER_DAY] = {{"patients seen at the satellite per day",
                                              "pasienter sett på satellitten per døgn"}},
    [LV_MSG_S_WALK_INS_PER_DAY] = {{"walk-ins per day", "direkte oppmøtte per døgn"}},
    [LV_MSG_S_BACKUP_ACTIVATIONS] = {{"backup activations per week", "bakvaktutkallinger per uke"}},
    [LV_MSG_A_CALLS_PER_DAY] = {{"calls offered per day", "innkommende anrop per døgn"}},
    [LV_MSG_A_WITHIN_TARGET] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_A_ABANDONED] = {{"abandoned", "la på før svar"}},
    [LV_MSG_A_BUSY] = {{"busy signals", "opptattsignal"}},
    [LV_MSG_A_SATELLITE_PATIENTS_PER_DAY] = {{"patients seen at a satellite per day",
                                              "pasienter sett på en satellitt per døgn"}},
    [LV_MSG_A_TRAVEL_SAVED_HOURS_PER_DAY] = {{"patients' travel saved, hours per day",
                                              "spart reisetid for pasienter, timer per døgn"}},
    [LV_MSG_SI_CALLS_PER_WEEK] = {{"calls offered per week", "innkommende anrop per uke"}},
    [LV_MSG_SI_WITHIN_TARGET] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_SI_ABANDONED] = {{"abandoned", "la på"}},
    [LV_MSG_SH_AWAY_SHARE] = {{"time away from the phone", "tid borte fra telefonen"}},
    [LV_MSG_SH_AWAY_HOURS_PER_DAY] = {{"hours away from the phone per day", "timer borte fra telefonen per døgn"}},
    [LV_MSG_SH_CALLBACKS_PER_DAY] = {{"outbound callbacks per day", "tilbakeringinger per døgn"}},
    [LV_MSG_SH_CALLBACKS_PER_ANSWERED] = {{"outbound callbacks per answered call",
                                           "tilbakeringinger per besvart anrop"}},
    [LV_MSG_SH_CALLBACK_HOURS_PER_DAY] = {{"outbound callbacks' talk hours per day",
                                           "samtaletimer på tilbakeringinger per døgn"}},
    [LV_MSG_CH_AMK_PER_DAY] = {{"AMK conferences per day", "AMK-konferanser per døgn"}},
    [LV_MSG_CH_AMK_HOURS_PER_DAY] = {{"AMK conference hours per day", "timer i AMK-konferanse per døgn"}},
    [LV_MSG_CH_CONSULTS_PER_DAY] = {{"doctor consults per day", "legekonsultasjoner i samtale per døgn"}},
    [LV_MSG_CH_CONSULT_HOLD_MEAN] = {{"mean hold for a doctor", "snitt ventetid på lege i samtalen"}},
    [LV_MSG_CH_CONSULTS_NOT_REACHED] = {{"consults not reached, share", "andel som ikke nådde lege"}},
    [LV_MSG_CH_CONSULT_HOURS_PER_DAY] = {{"consult hours per day", "timer med legekonsultasjon per døgn"}},
    [LV_MSG_CLI_BENCH_MEMORY] = {{"memory, default scenario, {1} years, -o/--csv/--html: peak RSS {2} KiB ({3} s)", "minne, standardscenario, {1} år, -o/--csv/--html: høyeste RSS {2} KiB ({3} s)"}},
    [LV_MSG_CLI_BENCH_MEMORY_SKIPPED] = {{"memory with outputs: skipped, {1} could not be run", "minne med utdata: hoppet over, {1} kunne ikke kjøres"}},
    [LV_MSG_CLI_BENCH_STAFF] = {{"staffing plan (default centre)", "bemanningsplan (standardsentralen)"}},
    [LV_MSG_CLI_BENCH_STAFF_RESULT] = {{"{1} {2} simulations of {3} replications, {4} threads: {5} s wall, {6} s CPU, "
                                        "{7} operator-hours a week  peak RSS {8} KiB",
                                        "{1} {2} simuleringer à {3} replikasjoner, {4} tråder: {5} s veggtid, {6} s CPU, "
                                        "{7} operatørtimer i uka  største RSS {8} KiB"}},
    [LV_MSG_EXP_TITLE] = {{"{1}, {2} {3}: {4} calls, {5} answered within {6}.",
        "{1}, {2} {3}: {4} anrop, {5} besvart innen {6}."}},
    [LV_MSG_EXP_TITLE_WORST] = {{"{1}, {2} {3}, the worst day of the first replication: {4} calls, {5} answered within {6}.",
        "{1}, {2} {3}, den verste dagen i første replikasjon: {4} anrop, {5} besvart innen {6}."}},
    [LV_MSG_EXP_HOUR] = {{"{1}–{2}  ",
        "{1}–{2}  "}},
    [LV_MSG_EXP_CALLS] = {{"{1} calls",
        "{1} anrop"}},
    [LV_MSG_EXP_CALLS_REDIALS] = {{"{1} calls ({2} redials)",
        "{1} anrop ({2} nye forsøk)"}},
    [LV_MSG_EXP_CALL_ONE] = {{"1 call", "1 anrop"}},
    [LV_MSG_EXP_CALL_ONE_REDIAL] = {{"1 call (a redial)", "1 anrop (et nytt forsøk)"}},
    [LV_MSG_EXP_CALLS_REDIAL_ONE] = {{"{1} calls (1 redial)", "{1} anrop (1 nytt forsøk)"}},
    [LV_MSG_EXP_PHONE] = {{"; {1} on the phone",
        "; {1} på telefonen"}},
    [LV_MSG_EXP_PHONE_RANGE] = {{"; {1}–{2} on the phone",
        "; {1}–{2} på telefonen"}},
    [LV_MSG_EXP_SHARED] = {{" ({1} shared with the floor)",
        " ({1} delt med klinikken)"}},
    [LV_MSG_EXP_FLOOR] = {{", {1} on the floor",
        ", {1} i klinikken"}},
    [LV_MSG_EXP_QUEUE] = {{"; the queue reached {1} callers at {2}",
        "; køen var på det meste {1} innringere kl. {2}"}},
    [LV_MSG_EXP_QUEUE_ONE] = {{"; at most one caller waited",
        "; høyst én innringer ventet"}},
    [LV_MSG_EXP_NO_QUEUE] = {{"; no one waited",
        "; ingen ventet"}},
    [LV_MSG_EXP_ANSWERED] = {{"; {1} answered within {2}",
        "; {1} besvart innen {2}"}},
    [LV_MSG_EXP_ANSWERED_LATE] = {{"; {1} answered within {2}, {3} later",
        "; {1} besvart innen {2}, {3} senere"}},
    [LV_MSG_EXP_LONGEST] = {{" (the longest wait {1})",
        " (lengste ventetid {1})"}},
    [LV_MSG_EXP_HUNG_UP] = {{", {1} hung up",
        ", {1} la på"}},
    [LV_MSG_EXP_HUNG_UP_AGAIN] = {{", {1} hung up ({2} called again)",
        ", {1} la på ({2} ringte igjen)"}},
    [LV_MSG_EXP_BUSY] = {{", {1} found the line busy",
        ", {1} fikk opptattsignal"}},
    [LV_MSG_EXP_END] = {{".",
        "."}},
    [LV_MSG_EXP_SUM_BUSIEST] = {{"The busiest hour was {1}–{2}, with {3} calls.",
        "Travleste time var {1}–{2}, med {3} anrop."}},
    [LV_MSG_EXP_SUM_QUEUE] = {{" The queue was longest at {2}: {1} callers waited for {3} nurses on the phone.",
        " Køen var lengst kl. {2}: {1} innringere ventet på {3} sykepleiere på telefonen."}},
    [LV_MSG_EXP_SUM_HUNG_UP] = {{" {1} callers hung up during the day and {2} of them called again; {3} of the day's calls were redials.",
        " {1} innringere la på i løpet av dagen, og {2} av dem ringte igjen; {3} av dagens anrop var nye forsøk."}},
    [LV_MSG_EXP_E_DAY] = {{"'--day' must be 'worst' or a date from {1} to {2} (the whole days after the warm-up), got '{3}'",
        "'--day' må være 'worst' eller en dato fra {1} til {2} (hele dager etter innsvingningen), fikk '{3}'"}},
    [LV_MSG_EXP_E_CENTRE] = {{"'--centre' must name a centre of the scenario ({1}), got '{2}'",
        "'--centre' må være navnet på en sentral i scenarioet ({1}), fikk '{2}'"}},
    [LV_MSG_EXP_E_NO_DAYS] = {{"the scenario has no whole day after its warm-up to tell; give a longer 'horizon'",
        "scenarioet har ingen hel dag etter innsvingningen å fortelle om; gi en lengre 'horizon'"}},
    [LV_MSG_EXP_E_LOG_FULL] = {{"the first replication made more than {1} call attempts, the most a call log keeps; "
                                 "give a shorter 'horizon'",
        "første replikasjon ga mer enn {1} anropsforsøk, det meste en anropslogg tar vare på; gi en kortere 'horizon'"}},
    [LV_MSG_HTML_CLI_E_TOO_LARGE] = {{"larger than 512 MB, more than any lvsim results file",
                                       "større enn 512 MB, mer enn noen resultatfil fra lvsim"}},
    [LV_MSG_EXP_E_NO_CALLS] = {{"no calls came to the centre in the measured days of the first replication",
        "ingen anrop kom til sentralen i de målte dagene i første replikasjon"}},
    [LV_MSG_CLI_USAGE_EXPLAIN] = {{"usage: lvsim explain [SCENARIO.yaml] [options]\n\nTells one day of the first replication hour by hour, from its call log: the calls that came in,\nwho was on the phone and on the floor, how long the queue grew and when, the calls answered\nwithin the target and later, and the callers who hung up and called again (docs/teaching/).\n\noptions:\n      --day DATE|worst  the day to tell (default: worst, the day with the lowest share answered\n                        within the target); a date YYYY-MM-DD among the whole days after warm-up\n      --centre NAME     the centre to tell (default: the first)\n  -s, --seed N          master seed (default: the scenario's)\n      --set KEY=VALUE   override a scenario key, as lvsim run (repeatable)\n      --add-staff CHANGE  staff added over days and hours (docs/planning.md)\n      --json FILE       also write the day as JSON (docs/output.md)\n      --html FILE       also write the day as an HTML page with its timeline chart (--lang)\n  -h, --help            show this help\n",
        "bruk: lvsim explain [SCENARIO.yaml] [valg]\n\nForteller én dag i første replikasjon time for time, fra anropsloggen: anropene som kom inn,\nhvem som var på telefonen og i klinikken, hvor lang køen ble og når, anropene som ble besvart\ninnen målet og senere, og innringerne som la på og ringte igjen (docs/teaching/).\n\nvalg:\n      --day DATO|worst  dagen som fortelles (standard: worst, dagen med lavest andel besvart\n                        innen målet); en dato ÅÅÅÅ-MM-DD blant de hele dagene etter innsvingningen\n      --centre NAVN     sentralen som fortelles (standard: den første)\n  -s, --seed N          hovedfrø (standard: scenarioets)\n      --set NØKKEL=VERDI  overstyr en nøkkel i scenarioet, som lvsim run (kan gjentas)\n      --add-staff ENDRING  bemanning lagt til over dager og timer (docs/planning.md)\n      --json FIL        skriv også dagen som JSON (docs/output.md)\n      --html FIL        skriv også dagen som HTML-side med tidslinje (--lang)\n  -h, --help            vis denne hjelpen\n"}},
    [LV_MSG_CMP_HOURS_GAINS] = {{"hours that gained most in the share within {1} (points, paired 95 %; changes beyond twice their interval):",
        "timene som vant mest i andelen innen {1} (prosentpoeng, paret 95 %; endringer over to ganger intervallet):"}},
    [LV_MSG_CMP_HOURS_LOSSES] = {{"hours that lost most in the share within {1} (points, paired 95 %; changes beyond twice their interval):",
        "timene som tapte mest i andelen innen {1} (prosentpoeng, paret 95 %; endringer over to ganger intervallet):"}},
    [LV_MSG_CMP_HOURS_NONE] = {{"no hour of the week changed its share within {1} by more than twice its paired 95 % interval",
        "ingen time i uken endret andelen innen {1} med mer enn to ganger sitt parede 95 %-intervall"}},
    [LV_MSG_CMP_HOURS_FEW] = {{"{1} replications are too few to tell which hours of the week changed; give -r {2} or more",
        "{1} replikasjoner er for få til å si hvilke timer i uken som endret seg; gi -r {2} eller flere"}},
    [LV_MSG_CLI_BENCH_ERLANG_C] = {{"E5 without patience (Erlang C)", "E5 uten tålmodighet (Erlang C)"}},
    [LV_MSG_CLI_BENCH_REF_E5] = {{"reference loop, E5", "referansesløyfe, E5"}},
    [LV_MSG_CLI_BENCH_REF_ERLANG_C] = {{"reference loop, Erlang C", "referansesløyfe, Erlang C"}},
    [LV_MSG_CLI_BENCH_REF_RESULT] = {{"{1} {2} M calls/s, {3} % within 2 min, {4} % abandoned: lvsim runs at {5} x its speed",
        "{1} {2} M anrop/s, {3} % innen 2 min, {4} % la på: lvsim går med {5} x dens fart"}},
    [LV_MSG_STF_CENTRE_SHIFTS] = {{"  its shift plan: {1} a week with premiums, {2} FTE.",
                                   "  vaktplanen: {1} i uka med tillegg, {2} årsverk."}},

    /* diagnostics: reading files, YAML and the shared reader (sim/base) */
    [LV_MSG_E_ONE_MORE_NOT_SHOWN] = {{"lvsim: 1 more error not shown (the first {1} are above)",
                                      "lvsim: 1 feil til vises ikke (de første {1} står over)"}},
    [LV_MSG_E_MORE_NOT_SHOWN] = {{"lvsim: {1} more errors not shown (the first {2} are above)",
                                  "lvsim: {1} feil til vises ikke (de første {2} står over)"}},
    /* file:line:column or file, then the message; editors parse the English "error:" (GCC's form) */
    [LV_MSG_E_DIAG_AT] = {{"{1}:{2}:{3}: error: {4}", "{1}:{2}:{3}: error: {4}"}},
    [LV_MSG_E_DIAG_IN] = {{"{1}: error: {2}", "{1}: error: {2}"}},
    [LV_MSG_E_NO_FILE_NAME] = {{"<string>", "<tekst>"}},
    [LV_MSG_E_OUT_OF_MEMORY] = {{"out of memory", "tom for minne"}},
    [LV_MSG_E_KIND_MAPPING] = {{"a mapping", "en tabell av nøkler"}},
    [LV_MSG_E_KIND_LIST] = {{"a list", "en liste"}},
    [LV_MSG_E_KIND_SCALAR] = {{"a scalar", "en enkeltverdi"}},
    [LV_MSG_E_KIND_NOTHING] = {{"nothing", "ingenting"}},
    [LV_MSG_E_FILE_DIRECTORY] = {{"a directory, not a file", "en katalog, ikke en fil"}},
    [LV_MSG_E_FILE_FIFO] = {{"a pipe (FIFO), not a regular file", "et rør (FIFO), ikke en vanlig fil"}},
    [LV_MSG_E_FILE_DEVICE] = {{"a device, not a regular file", "en enhet, ikke en vanlig fil"}},
    [LV_MSG_E_FILE_SOCKET] = {{"a socket, not a regular file", "en socket, ikke en vanlig fil"}},
    [LV_MSG_E_FILE_NOT_REGULAR] = {{"not a regular file", "ikke en vanlig fil"}},
    [LV_MSG_E_FILE_TOO_LARGE] = {{"the file is larger than {1} MiB", "filen er større enn {1} MiB"}},
    [LV_MSG_E_CANNOT_READ] = {{"cannot read: {1}", "kan ikke lese: {1}"}},
    [LV_MSG_E_YAML_SYNTAX] = {{"syntax error", "syntaksfeil"}},
    [LV_MSG_E_YAML_INVALID_VALUE] = {{"invalid YAML value: {1}", "ugyldig YAML-verdi: {1}"}},
    [LV_MSG_E_YAML_INVALID] = {{"invalid YAML: {1}", "ugyldig YAML: {1}"}},
    [LV_MSG_E_YAML_INVALID_CONTEXT] = {{"invalid YAML: {1} {2}", "ugyldig YAML: {1} {2}"}},
    [LV_MSG_E_YAML_SECOND_DOCUMENT_VALUE] = {{"a second YAML document starts here; a value holds one document "
                                              "(remove this '---' and what follows, or merge it into the first)",
        "et nytt YAML-dokument begynner her; en verdi rommer ett dokument (fjern denne '---' og "
        "det som følger, eller flett det inn i det første)"}},
    [LV_MSG_E_YAML_SECOND_DOCUMENT_FILE] = {{"a second YAML document starts here; a scenario or sweep file holds "
                                             "one document (remove this '---' and what follows, or merge it into "
                                             "the first)",
        "et nytt YAML-dokument begynner her; en scenario- eller sweepfil rommer ett dokument "
        "(fjern denne '---' og det som følger, eller flett det inn i det første)"}},
    [LV_MSG_E_YAML_TOO_MANY_VALUES] = {{"the document has more than {1} values", "dokumentet har mer enn {1} verdier"}},
    [LV_MSG_E_YAML_TOO_MANY_KEYS] = {{"a mapping may hold at most {1} keys", "en tabell kan ha høyst {1} nøkler"}},
    [LV_MSG_E_YAML_TOO_DEEP] = {{"lists and mappings are nested more than {1} levels deep",
                                 "lister og tabeller er nøstet mer enn {1} nivåer dypt"}},
    [LV_MSG_E_YAML_ALIAS_BOMB] = {{"aliases here expand to more than {1} values (an alias bomb?)",
                                   "aliasene her blir til mer enn {1} verdier (en aliasbombe?)"}},
    [LV_MSG_E_YAML_ALIAS_TOO_DEEP] = {{"with its aliases expanded, this is nested more than {1} levels deep",
                                       "med aliasene utvidet er dette nøstet mer enn {1} nivåer dypt"}},
    [LV_MSG_E_YAML_ALIAS_CYCLE] = {{"an alias here refers to a node that contains it (a cycle); aliases may only "
                                    "repeat a finished value",
        "et alias her viser til en node som inneholder det (en sirkel); et alias kan bare gjenta "
        "en ferdig verdi"}},
    [LV_MSG_E_YAML_VALUE_NUL] = {{"the value contains a NUL byte", "verdien inneholder en NUL-byte"}},
    [LV_MSG_E_YAML_FILE_NUL] = {{"the file contains a NUL byte here; scenario and sweep files are UTF-8 text",
                                 "filen inneholder en NUL-byte her; scenario- og sweepfiler er UTF-8-tekst"}},
    [LV_MSG_E_NOT_A_MAPPING] = {{"{1} must be a mapping of keys, got {2}",
                                 "{1} må være en tabell av nøkler, fikk {2}"}},
    [LV_MSG_E_KEY_NOT_A_NAME] = {{"keys of {1} must be plain names, got {2}",
                                  "nøklene i {1} må være enkle navn, fikk {2}"}},
    [LV_MSG_E_UNKNOWN_KEY] = {{"unknown key '{1}' in {2}", "ukjent nøkkel '{1}' i {2}"}},
    [LV_MSG_E_UNKNOWN_KEY_SUGGEST] = {{"unknown key '{1}' in {2} (did you mean '{3}'?)",
                                       "ukjent nøkkel '{1}' i {2} (mente du '{3}'?)"}},
    [LV_MSG_E_DUPLICATE_KEY] = {{"duplicate key '{1}' in {2}", "nøkkelen '{1}' står to ganger i {2}"}},
    [LV_MSG_E_CANNOT_READ_FILE] = {{"cannot read '{1}': {2}", "kan ikke lese '{1}': {2}"}},
    [LV_MSG_E_CANNOT_WRITE_FILE] = {{"cannot write '{1}': {2}", "kan ikke skrive '{1}': {2}"}},
    [LV_MSG_E_CANNOT_OPEN_FILE] = {{"cannot open '{1}': {2}", "kan ikke åpne '{1}': {2}"}},
    /* extends and --set (sim/scenario/compose.c) */
    [LV_MSG_E_EXTENDS_UNREADABLE] = {{"'extends' names '{1}', which cannot be read: {2}",
                                      "'extends' viser til '{1}', som ikke kan leses: {2}"}},
    [LV_MSG_E_EXTENDS_NOT_A_PATH] = {{"'extends' must be the path of a base scenario",
                                      "'extends' må være stien til et grunnscenario"}},
    [LV_MSG_E_EXTENDS_CANNOT_OPEN] = {{"'extends' names '{1}', which cannot be opened: {2}",
                                       "'extends' viser til '{1}', som ikke kan åpnes: {2}"}},
    [LV_MSG_E_EXTENDS_CIRCULAR] = {{"circular 'extends': '{1}' extends itself through '{2}'",
                                    "sirkulær 'extends': '{1}' utvider seg selv via '{2}'"}},
    [LV_MSG_E_EXTENDS_TOO_LONG] = {{"'extends' chains may be at most {1} long",
                                    "'extends'-kjeder kan være høyst {1} lange"}},
    [LV_MSG_E_EXTENDS_NOT_A_SCENARIO] = {{"'extends' names '{1}', which is not a scenario (a mapping of keys)",
                                          "'extends' viser til '{1}', som ikke er et scenario (en tabell av nøkler)"}},
    [LV_MSG_E_TOO_MANY_FILES] = {{"too many files (extends chains and overrides)",
                                  "for mange filer ('extends'-kjeder og overstyringer)"}},
    [LV_MSG_E_COMPOSE_TOO_LARGE] = {{"cannot compose the scenario: out of memory, or more than {1} values with "
                                     "aliases expanded", "kan ikke sette sammen scenarioet: tom for minne, eller mer enn {1} verdier med aliasene utvidet"}},
    [LV_MSG_E_SET_NOT_A_PATH] = {{"'{1}' is not a key path (write e.g. centre.operators[2].count or "
                                  "centres[north].announcement)",
        "'{1}' er ikke en nøkkelsti (skriv f.eks. centre.operators[2].count eller "
        "centres[north].announcement)"}},
    [LV_MSG_E_SET_TOO_MANY] = {{"too many overrides", "for mange overstyringer"}},
    [LV_MSG_E_SET_EMPTY] = {{"the value is empty", "verdien er tom"}},
    [LV_MSG_E_SET_NO_SCENARIO] = {{"there is no scenario to override", "det finnes ikke noe scenario å overstyre"}},
    [LV_MSG_E_SET_PARENT_NOT_MAPPING] = {{"'{1}' cannot be set: its parent is not a mapping of keys",
                                          "'{1}' kan ikke settes: forelderen er ikke en tabell av nøkler"}},
    [LV_MSG_E_SET_NO_LIST_TO_SELECT] = {{"'{1}' does not exist, so '[{2}]' cannot select an item of it (check the "
                                         "spelling against docs/scenario.md)",
        "'{1}' finnes ikke, så '[{2}]' kan ikke velge et element i den (sjekk stavemåten mot "
        "docs/scenario.md)"}},
    [LV_MSG_E_SET_NOT_A_LIST] = {{"'{1}' selects a list item, but that key does not hold a list",
                                  "'{1}' velger et listeelement, men nøkkelen holder ingen liste"}},
    [LV_MSG_E_SET_INDEX_RANGE_ONE] = {{"'{1}' does not exist: the list has 1 item (indices from 0 to 0)",
                                       "'{1}' finnes ikke: listen har 1 element (indekser fra 0 til 0)"}},
    [LV_MSG_E_SET_INDEX_RANGE] = {{"'{1}' does not exist: the list has {2} items (indices from 0 to {3})",
                                   "'{1}' finnes ikke: listen har {2} elementer (indekser fra 0 til {3})"}},
    [LV_MSG_E_SET_BAD_INDEX] = {{"'[{1}]' is not a list index: write a number from 0 to {2} without sign, spaces "
                                 "or leading zeros, or an item's name",
        "'[{1}]' er ikke en listeindeks: skriv et tall fra 0 til {2} uten fortegn, mellomrom eller "
        "innledende nuller, eller et elements navn"}},
    [LV_MSG_E_SET_NO_NAME] = {{"'{1}' does not exist: no item of the list has the name '{2}'",
                               "'{1}' finnes ikke: ingen element i listen heter '{2}'"}},
    [LV_MSG_E_SET_TOO_LARGE] = {{"out of memory, or more than {1} values with aliases expanded",
                                 "tom for minne, eller mer enn {1} verdier med aliasene utvidet"}},
    /* diagnostics: scenario files, extends and --set (sim/scenario) */
    /* distributions' parameters (sim/engine/dist.c) */
    [LV_MSG_E_DIST_VALUE] = {{"the value must be finite and non-negative", "verdien må være endelig og ikke negativ"}},
    [LV_MSG_E_DIST_MEAN] = {{"the mean must be positive", "gjennomsnittet må være positivt"}},
    [LV_MSG_E_DIST_SD] = {{"the sd must be positive", "standardavviket (sd) må være positivt"}},
    [LV_MSG_E_DIST_MEDIAN] = {{"the median must be positive", "medianen må være positiv"}},
    [LV_MSG_E_DIST_P90] = {{"the p90 must be greater than the median", "p90 må være større enn medianen"}},
    [LV_MSG_E_DIST_SHAPE] = {{"the shape must be positive", "formparameteren (shape) må være positiv"}},
    [LV_MSG_E_DIST_SCALE] = {{"the scale must be positive", "skalaparameteren (scale) må være positiv"}},
    [LV_MSG_E_DIST_SHAPE_RANGE] = {{"the shape must be between 0.05 and 100",
                                    "formparameteren (shape) må ligge mellom 0.05 og 100"}},
    [LV_MSG_E_DIST_UNIFORM] = {{"need 0 <= min < max", "krever 0 <= min < max"}},
    [LV_MSG_E_DIST_TRIANGULAR] = {{"need 0 <= min <= mode <= max and min < max",
                                   "krever 0 <= min <= mode <= max og min < max"}},
    [LV_MSG_E_DIST_NO_VALUES] = {{"need at least one value", "krever minst én verdi"}},
    [LV_MSG_E_DIST_VALUES] = {{"values must be finite and non-negative", "verdiene må være endelige og ikke negative"}},
    [LV_MSG_E_DIST_WEIGHTS] = {{"weights must be finite and non-negative",
                                "vektene må være endelige og ikke negative"}},
    [LV_MSG_E_DIST_WEIGHTS_ZERO] = {{"the weights must not all be zero", "vektene kan ikke alle være null"}},
    [LV_MSG_E_DIST_BAD_PARAMETERS] = {{"bad parameters", "ugyldige parametere"}},
    [LV_MSG_E_NOT_SCALAR] = {{"'{1}' must be {2}, got {3}", "'{1}' må være {2}, fikk {3}"}},
    [LV_MSG_E_NOT_VALID] = {{"'{1}' must be {2}, got '{3}'", "'{1}' må være {2}, fikk '{3}'"}},
    [LV_MSG_E_NOT_VALID_FACTOR] = {{"'{1}' must be {2} (a factor, e.g. 1.2 for +20%), got '{3}'",
                                    "'{1}' må være {2} (en faktor, f.eks. 1.2 for +20%), fikk '{3}'"}},
    [LV_MSG_E_DURATION_RANGE] = {{"'{1}' must be between {2} and {3}, got '{4}'",
                                  "'{1}' må ligge mellom {2} og {3}, fikk '{4}'"}},
    [LV_MSG_E_TEXT_TOO_LONG] = {{"'{1}' must be at most {2} characters long", "'{1}' kan være høyst {2} tegn lang"}},
    [LV_MSG_E_NOT_NUMBER_LIST] = {{"'{1}' must be a list of {2} numbers, got {3}",
                                   "'{1}' må være en liste med {2} tall, fikk {3}"}},
    [LV_MSG_E_NUMBER_COUNT] = {{"'{1}' must have {2} numbers, got {3}", "'{1}' må ha {2} tall, fikk {3}"}},
    [LV_MSG_E_ALL_ZERO] = {{"'{1}' must not be all zero", "'{1}' kan ikke bare være nuller"}},
    [LV_MSG_E_DID_YOU_MEAN] = {{"{1} (did you mean '{2}'?)", "{1} (mente du '{2}'?)"}},
    [LV_MSG_E_DIST_SCALAR] = {{"'{1}' must be a duration like '5m'{2} or a mapping with 'dist', got '{3}'",
                               "'{1}' må være en varighet som '5m'{2} eller en tabell med 'dist', fikk '{3}'"}},
    [LV_MSG_E_DIST_NEEDS_DIST] = {{"distribution '{1}' needs a 'dist' key (one of {2})",
                                   "fordelingen '{1}' trenger nøkkelen 'dist' (en av {2})"}},
    [LV_MSG_E_DIST_UNKNOWN] = {{"'dist' must be one of {1}, got '{2}'", "'dist' må være en av {1}, fikk '{2}'"}},
    [LV_MSG_E_DIST_KEY] = {{"key '{1}' does not apply to distribution '{2}' (it takes: {3})",
                            "nøkkelen '{1}' gjelder ikke fordelingen '{2}' (den tar: {3})"}},
    [LV_MSG_E_DIST_NEEDS] = {{"{1} distribution '{2}' needs '{3}'", "{1}-fordelingen '{2}' trenger '{3}'"}},
    [LV_MSG_E_DIST_EITHER] = {{"{1} distribution '{2}' takes either {3} and {4} or {5} and {6}, not both",
                               "{1}-fordelingen '{2}' tar enten {3} og {4} eller {5} og {6}, ikke begge"}},
    [LV_MSG_E_DIST_INVALID] = {{"invalid {1} distribution '{2}': {3}", "ugyldig {1}-fordeling '{2}': {3}"}},
    [LV_MSG_E_DIST_WEIBULL_EITHER] = {{"weibull distribution '{1}' takes either mean or scale with its shape, not both",
                                       "weibull-fordelingen '{1}' tar enten mean eller scale sammen med shape, ikke begge"}},
    [LV_MSG_E_EMPIRICAL_VALUES] = {{"empirical distribution '{1}' needs 'values', a non-empty list of durations",
                                    "den empiriske fordelingen '{1}' trenger 'values', en ikke-tom liste av varigheter"}},
    [LV_MSG_E_EMPIRICAL_TOO_MANY] = {{"'values' may hold at most {1} entries, got {2}",
                                      "'values' kan ha høyst {1} verdier, fikk {2}"}},
    [LV_MSG_E_EMPIRICAL_WEIGHTS] = {{"'weights' must be a list of {1} numbers, one per value",
                                     "'weights' må være en liste med {1} tall, ett per verdi"}},
    [LV_MSG_P_THE_SCENARIO] = {{"the scenario", "scenarioet"}},
    [LV_MSG_P_DURATION] = {{"a duration like '30s', '5m', '1h30m' or '28d'", "en varighet som '30s', '5m', '1h30m' eller '28d'"}},
    [LV_MSG_P_SHARE] = {{"a share between 0 and 1 or 0% and 100%", "en andel mellom 0 og 1 eller 0% og 100%"}},
    [LV_MSG_P_NUMBER_FROM] = {{"a number from {1} to {2}", "et tall fra {1} til {2}"}},
    [LV_MSG_P_NUMBER_ABOVE] = {{"a number greater than {1} and at most {2}", "et tall større enn {1} og høyst {2}"}},
    [LV_MSG_P_NON_NEGATIVE_INTEGER] = {{"a non-negative integer", "et heltall som ikke er negativt"}},
    [LV_MSG_P_INTEGER_FROM] = {{"an integer from {1} to {2}", "et heltall fra {1} til {2}"}},
    [LV_MSG_P_INTEGER_OR_NONE] = {{"a non-negative integer (at most {1}) or 'none'",
                                   "et heltall som ikke er negativt (høyst {1}) eller 'none'"}},
    [LV_MSG_P_BOOL] = {{"true or false", "true eller false"}},
    [LV_MSG_P_TEXT] = {{"a text", "en tekst"}},
    [LV_MSG_P_DATE] = {{"a date YYYY-MM-DD", "en dato ÅÅÅÅ-MM-DD"}},
    [LV_MSG_P_DATE_RANGE] = {{"a date YYYY-MM-DD between {1} and {2}", "en dato ÅÅÅÅ-MM-DD mellom {1} og {2}"}},
    [LV_MSG_P_TIME] = {{"a time HH:MM", "et klokkeslett TT:MM"}},
    [LV_MSG_P_TIME_RANGE] = {{"a time HH:MM from {1} to {2}", "et klokkeslett TT:MM fra {1} til {2}"}},
    [LV_MSG_P_LIST_SEP] = {{", ", ", "}},
    [LV_MSG_P_LIST_LAST] = {{" or ", " eller "}},
    [LV_MSG_P_DIST_NAME] = {{"a distribution name", "et fordelingsnavn"}},
    [LV_MSG_P_NONE_ALT] = {{", 'none'", ", 'none'"}},
    [LV_MSG_E_SCENARIO_EMPTY] = {{"the scenario is empty", "scenarioet er tomt"}},
    [LV_MSG_E_CANNOT_RENDER] = {{"cannot write the scenario as YAML", "kan ikke skrive scenarioet som YAML"}},
    [LV_MSG_E_WARMUP_HORIZON] = {{"'warmup' must be shorter than 'horizon'", "'warmup' må være kortere enn 'horizon'"}},
    [LV_MSG_E_INTERVAL] = {{"'interval' must be a whole number of minutes that divides 24h (e.g. 15m, 30m, 1h), got '{1}'",
                            "'interval' må være et helt antall minutter som går opp i 24h (f.eks. 15m, 30m, 1h), fikk '{1}'"}},
    [LV_MSG_E_EXTRA_NOT_LIST] = {{"'extra' must be a list of dates YYYY-MM-DD, got {1}",
                                  "'extra' må være en liste av datoer ÅÅÅÅ-MM-DD, fikk {1}"}},
    [LV_MSG_E_EXTRA_DATE] = {{"'extra' must hold dates YYYY-MM-DD, got '{1}'",
                              "'extra' må inneholde datoer ÅÅÅÅ-MM-DD, fikk '{1}'"}},
    [LV_MSG_E_EXTRA_TOO_MANY] = {{"'extra' may hold at most 64 dates", "'extra' kan ha høyst 64 datoer"}},
    [LV_MSG_E_MISSING_DEMAND] = {{"missing key 'demand' (give 'calls_per_hour' or 'calls_per_year')",
                                  "mangler nøkkelen 'demand' (oppgi 'calls_per_hour' eller 'calls_per_year')"}},
    [LV_MSG_E_DEMAND_RATES_EXCLUSIVE] = {{"'calls_per_hour', 'calls_per_year' and 'calls_per_inhabitant' exclude each other: give one",
                                          "'calls_per_hour', 'calls_per_year' og 'calls_per_inhabitant' utelukker hverandre: oppgi én"}},
    [LV_MSG_E_DEMAND_NEEDS_RATE] = {{"'demand' needs 'calls_per_hour' (constant rate), 'calls_per_year' or 'calls_per_inhabitant' (profiled)",
        "'demand' trenger 'calls_per_hour' (konstant rate), 'calls_per_year' eller "
        "'calls_per_inhabitant' (med profil)"}},
    [LV_MSG_E_PER_INHABITANT_NEEDS_AREAS] = {{"'calls_per_inhabitant' needs 'areas' with a 'population' each",
                                              "'calls_per_inhabitant' trenger 'areas' med 'population' for hvert område"}},
    [LV_MSG_E_PROFILED_ONLY] = {{"'{1}' applies only with 'calls_per_year'; 'calls_per_hour' is a constant rate",
                                 "'{1}' gjelder bare med 'calls_per_year'; 'calls_per_hour' er en konstant rate"}},
    [LV_MSG_E_MISSING_CALLS] = {{"missing key 'calls' (call types with their talk times)",
                                 "mangler nøkkelen 'calls' (anropstyper med samtaletid)"}},
    [LV_MSG_E_REDIAL_NEEDS_DELAY] = {{"'redial' with a probability above 0 needs a 'delay' distribution",
                                      "'redial' med sannsynlighet over 0 trenger en 'delay'-fordeling"}},
    [LV_MSG_E_MISSING_TYPES] = {{"missing key 'types' in 'calls' (a list of call types with 'talk')",
                                 "mangler nøkkelen 'types' i 'calls' (en liste av anropstyper med 'talk')"}},
    [LV_MSG_E_TYPES_NOT_LIST] = {{"'types' must be a list of call types, got {1}",
                                  "'types' må være en liste av anropstyper, fikk {1}"}},
    [LV_MSG_E_TYPES_COUNT] = {{"'types' must list 1 to {1} call types, got {2}",
                               "'types' må ha 1 til {1} anropstyper, fikk {2}"}},
    [LV_MSG_E_SHARES_SUM] = {{"the shares of '{1}' must sum to 100%, got {2}%",
                              "andelene i '{1}' må summere til 100%, fikk {2}%"}},
    [LV_MSG_E_DUPLICATE_TYPE] = {{"duplicate call type name '{1}'", "anropstypen '{1}' står to ganger"}},
    [LV_MSG_E_TYPE_NEEDS_SHARE] = {{"call type '{1}' needs a 'share' (the types' shares must sum to 100%)",
                                    "anropstypen '{1}' trenger 'share' (typenes andeler må summere til 100%)"}},
    [LV_MSG_E_TYPE_NEEDS_TALK] = {{"call type '{1}' needs 'talk' (its talk-time distribution)",
                                   "anropstypen '{1}' trenger 'talk' (fordelingen av samtaletid)"}},
    [LV_MSG_E_SCHEDULE_NOT_LIST] = {{"'{1}' must be a non-empty list of bands {days, from, to, count}, got {2}",
                                     "'{1}' må være en ikke-tom liste av vaktbånd {days, from, to, count}, fikk {2}"}},
    [LV_MSG_E_ON_CALL_NOT_LIST] = {{"'{1}' must be a non-empty list of bands {days, from, to}, got {2}",
                                    "'{1}' må være en ikke-tom liste av vaktbånd {days, from, to}, fikk {2}"}},
    [LV_MSG_E_BAND_NEEDS_DAYS] = {{"{1} needs 'days' ({2})", "{1} trenger 'days' ({2})"}},
    [LV_MSG_E_BAND_NEEDS_TIME] = {{"{1} needs '{2}' (a time HH:MM)", "{1} trenger '{2}' (et klokkeslett TT:MM)"}},
    [LV_MSG_E_BAND_NEEDS_COUNT] = {{"{1} needs 'count' ({2} on duty)", "{1} trenger 'count' ({2} på vakt)"}},
    [LV_MSG_E_BAND_TO_BEFORE_FROM] = {{"'to' must be later than 'from' ({1}); split a band that crosses midnight into two bands ending and starting at 00:00",
        "'to' må være senere enn 'from' ({1}); del et bånd som går over midnatt i to bånd som "
        "slutter og begynner 00:00"}},
    [LV_MSG_E_BAND_OVERLAP] = {{"{1} overlaps an earlier band on {2} at {3}",
                                "{1} overlapper et tidligere bånd på {2} kl. {3}"}},
    [LV_MSG_E_SCHEDULE_GAP] = {{"'{1}' leaves {2} {3}-{4} uncovered (add a band, with 'count: 0' if nobody is on duty)",
                                "'{1}' lar {2} {3}-{4} stå udekket (legg til et bånd, med 'count: 0' hvis ingen er på vakt)"}},
    [LV_MSG_E_SCHEDULE_EMPTY] = {{"'{1}' is empty: no band has a 'count'{2} above 0",
                                  "'{1}' er tom: ingen bånd har 'count'{2} over 0"}},
    [LV_MSG_E_SCHEDULE_TOO_MANY_BANDS] = {{"'{1}' has more than {2} bands on {3}",
                                           "'{1}' har mer enn {2} bånd på {3}"}},
    [LV_MSG_E_MISSING_OPERATORS] = {{"missing key 'operators' in {1} (a list of bands: days, from, to, count)",
                                     "mangler nøkkelen 'operators' i {1} (en liste av bånd: days, from, to, count)"}},
    [LV_MSG_E_BACKUP_NEEDS_DOCTORS] = {{"'backup' needs 'doctors' in the same centre",
                                        "'backup' trenger 'doctors' på samme legevakt"}},
    [LV_MSG_E_BACKUP_NEEDS_ACTIVATION] = {{"'backup' needs 'activation' (the delay until the backup doctor is available)",
                                           "'backup' trenger 'activation' (tiden til bakvakten er tilgjengelig)"}},
    [LV_MSG_E_BACKUP_NEVER_CALLED] = {{"'backup' is never called: set 'queue_above' above 0 or 'red_busy: true'",
                                       "bakvakten ('backup') blir aldri kalt ut: sett 'queue_above' over 0 eller 'red_busy: true'"}},
    [LV_MSG_E_AWAY_SHARE] = {{"'share' of time away must be below 100 %, got '{1}'",
                              "andelen ('share') tid borte må være under 100 %, fikk '{1}'"}},
    [LV_MSG_E_AWAY_PIECE] = {{"'away' needs a 'piece' with a positive mean",
                              "'away' trenger en 'piece' med positivt gjennomsnitt"}},
    [LV_MSG_E_SITE_KIND] = {{"'{1}' must name a {2}, but '{3}' is a {4}",
                             "'{1}' må vise til en {2}, men '{3}' er en {4}"}},
    [LV_MSG_E_UNKNOWN_SITE_SUGGEST] = {{"unknown {1} '{2}' in '{3}' (did you mean '{4}'?)",
                                        "ukjent {1} '{2}' i '{3}' (mente du '{4}'?)"}},
    [LV_MSG_E_UNKNOWN_SITE] = {{"unknown {1} '{2}' in '{3}'", "ukjent {1} '{2}' i '{3}'"}},
    [LV_MSG_E_SATELLITE_NEEDS_CENTRE] = {{"{1} needs 'centre' (the centre whose doctors see its patients by video)",
                                          "{1} trenger 'centre' (legevakten der legene ser pasientene på video)"}},
    [LV_MSG_E_SATELLITE_NEEDS_NURSES] = {{"{1} needs 'nurses' (a list of bands: days, from, to, count)",
                                          "{1} trenger 'nurses' (en liste av bånd: days, from, to, count)"}},
    [LV_MSG_E_SATELLITE_URGENCY] = {{"'urgencies' may hold green and yellow (red patients go to the centre), got '{1}'",
                                     "'urgencies' kan inneholde green og yellow (røde pasienter går til legevakten), fikk '{1}'"}},
    [LV_MSG_E_SATELLITE_NEEDS_GREEN] = {{"'urgencies' must include green", "'urgencies' må inneholde green"}},
    [LV_MSG_E_SATELLITE_NEEDS_NAME] = {{"satellite {1} needs a 'name'", "satellitt {1} trenger 'name'"}},
    [LV_MSG_E_CENTRE_AND_CENTRES] = {{"'centre' and 'centres' exclude each other: give one centre or a list",
                                      "'centre' og 'centres' utelukker hverandre: oppgi én legevaktsentral eller en liste"}},
    [LV_MSG_E_MISSING_CENTRE] = {{"missing key 'centre' (announcement and operators) or 'centres' (a list of them)",
                                  "mangler nøkkelen 'centre' (announcement og operators) eller 'centres' (en liste av dem)"}},
    [LV_MSG_E_CENTRES_NOT_LIST] = {{"'centres' must be a non-empty list of centres, got {1}",
                                    "'centres' må være en ikke-tom liste av legevaktsentraler, fikk {1}"}},
    [LV_MSG_E_SATELLITES_NOT_LIST] = {{"'satellites' must be a list of satellites, got {1}",
                                       "'satellites' må være en liste av satellitter, fikk {1}"}},
    [LV_MSG_E_TOO_MANY_SITES] = {{"at most {1} centres and satellites in all, got {2}",
                                  "høyst {1} sentraler og satellitter til sammen, fikk {2}"}},
    [LV_MSG_E_CENTRE_NEEDS_NAME] = {{"centre {1} needs a 'name' (areas and routing refer to it)",
                                     "sentral {1} trenger 'name' (områder og ruting viser til den)"}},
    [LV_MSG_E_DUPLICATE_SITE] = {{"duplicate site name '{1}'", "stedsnavnet '{1}' står to ganger"}},
    [LV_MSG_E_DUPLICATE_AREA] = {{"duplicate area name '{1}'", "områdenavnet '{1}' står to ganger"}},
    [LV_MSG_E_AREA_POPULATION_AND_SHARE] = {{"{1}: 'population' and 'share' exclude each other",
                                             "{1}: 'population' og 'share' utelukker hverandre"}},
    [LV_MSG_E_AREA_NEEDS_POPULATION] = {{"{1} needs 'population' (or 'share' of the calls)",
                                         "{1} trenger 'population' (eller 'share' av anropene)"}},
    [LV_MSG_E_AREA_NEEDS_CENTRE] = {{"{1} needs 'centre' (which centre answers its calls)",
                                     "{1} trenger 'centre' (hvilken sentral som besvarer anropene)"}},
    [LV_MSG_E_AREA_SATELLITE_CENTRE] = {{"satellite '{1}' belongs to centre '{2}', but {3} is served by centre '{4}'",
                                         "satellitten '{1}' hører til sentralen '{2}', men {3} betjenes av sentralen '{4}'"}},
    [LV_MSG_E_AREA_RATE_NEEDS_DEMAND] = {{"{1}: 'calls_per_inhabitant' needs 'demand.calls_per_inhabitant' (this overrides it)",
                                          "{1}: 'calls_per_inhabitant' trenger 'demand.calls_per_inhabitant' (denne overstyrer den)"}},
    [LV_MSG_E_AREA_RATE_NEEDS_POPULATION] = {{"{1}: 'calls_per_inhabitant' needs 'population', not 'share'",
                                              "{1}: 'calls_per_inhabitant' trenger 'population', ikke 'share'"}},
    [LV_MSG_E_AREA_SATELLITE_TRAVEL] = {{"{1} has 'satellite_travel' but no 'satellite'",
                                         "{1} har 'satellite_travel', men ingen 'satellite'"}},
    [LV_MSG_E_AREAS_NEEDED_CENTRES] = {{"with several centres, 'areas' must say which centre serves whom",
                                        "med flere sentraler må 'areas' si hvilken sentral som betjener hvem"}},
    [LV_MSG_E_AREAS_NEEDED_SATELLITES] = {{"satellites need 'areas' that name them",
                                           "satellitter trenger 'areas' som nevner dem"}},
    [LV_MSG_E_AREAS_COUNT] = {{"'areas' must be a list of 1 to {1} areas",
                               "'areas' må være en liste av 1 til {1} områder"}},
    [LV_MSG_E_AREAS_MIXED] = {{"'areas' must all give 'population' or all give 'share', not a mix",
                               "'areas' må enten alle oppgi 'population' eller alle 'share', ikke en blanding"}},
    [LV_MSG_E_AREAS_ALL_ZERO] = {{"the areas' populations (or shares) are all zero: nobody would call",
                                  "områdenes befolkning (eller andeler) er null: ingen ville ringe"}},
    [LV_MSG_E_SATELLITE_SERVES_NONE] = {{"satellite '{1}' serves no area: name it in an area's 'satellite'",
                                         "satellitten '{1}' betjener ingen områder: nevn den i et områdes 'satellite'"}},
    [LV_MSG_E_PARTNER_TWICE] = {{"centre '{1}' is already linked to that centre by another routing rule",
                                 "sentralen '{1}' er allerede koblet til den sentralen av en annen rutingregel"}},
    [LV_MSG_E_TOO_MANY_PARTNERS] = {{"centre '{1}' may take calls from at most {2} other centres",
                                     "sentralen '{1}' kan ta anrop fra høyst {2} andre sentraler"}},
    [LV_MSG_E_POOLS_NOT_LIST] = {{"'pools' must be a list of lists of centre names, got {1}",
                                  "'pools' må være en liste av lister med sentralnavn, fikk {1}"}},
    [LV_MSG_E_POOL_TOO_SMALL] = {{"each pool must be a list of at least two centre names",
                                  "hver pool må være en liste med minst to sentralnavn"}},
    [LV_MSG_E_POOL_TWICE] = {{"centre '{1}' is already in a pool", "sentralen '{1}' er allerede i en pool"}},
    [LV_MSG_E_POOL_TOO_BIG] = {{"a pool may have at most {1} centres", "en pool kan ha høyst {1} sentraler"}},
    [LV_MSG_E_OVERFLOW_NOT_LIST] = {{"'overflow' must be a list of rules {from, to, after, queue_above, own_first}, got {1}",
                                     "'overflow' må være en liste av regler {from, to, after, queue_above, own_first}, fikk {1}"}},
    [LV_MSG_E_OVERFLOW_NEEDS_ENDS] = {{"{1} needs 'from' (a centre) and 'to' (a centre or a list of them)",
                                       "{1} trenger 'from' (en sentral) og 'to' (en sentral eller en liste av dem)"}},
    [LV_MSG_E_OVERFLOW_NEEDS_WHEN] = {{"{1} needs 'after' (a wait, e.g. 30s) or 'queue_above' (a queue length)",
                                       "{1} trenger 'after' (en ventetid, f.eks. 30s) eller 'queue_above' (en kølengde)"}},
    [LV_MSG_E_OVERFLOW_TO_ITSELF] = {{"centre '{1}' cannot overflow to itself",
                                      "sentralen '{1}' kan ikke sende overflyt til seg selv"}},
    [LV_MSG_E_OVERFLOW_CYCLE] = {{"overflow from '{1}' to '{2}' closes a cycle (calls could go round); pool them instead",
                                  "overflyt fra '{1}' til '{2}' lukker en sirkel (anrop kunne gå i ring); legg dem i en pool i stedet"}},
    [LV_MSG_E_PERIODS_ORDER] = {{"'periods' must start day, evening and night in that order round the clock, e.g. {day: \"08:00\", evening: \"16:00\", night: \"23:00\"}",
        "'periods' må begynne dag, kveld og natt i den rekkefølgen døgnet rundt, f.eks. {day: "
        "\"08:00\", evening: \"16:00\", night: \"23:00\"}"}},
    [LV_MSG_E_DISPOSITIONS_MISSING] = {{"'dispositions' gives no shares for {1} calls in the {2} (give them under 'all' or '{3}')",
                                        "'dispositions' gir ingen andeler for {1} anrop i {2} (oppgi dem under 'all' eller '{3}')"}},
    [LV_MSG_E_WALK_INS_NEED_SHARE] = {{"'walk_ins' needs 'share' (walk-ins per first call attempt, e.g. 0.06)",
                                       "'walk_ins' trenger 'share' (direkte oppmøtte per første anropsforsøk, f.eks. 0.06)"}},
    [LV_MSG_E_CLINICAL_NO_TYPE] = {{"'clinical' is given but no call type has 'clinical: true'",
                                    "'clinical' er oppgitt, men ingen anropstype har 'clinical: true'"}},
    [LV_MSG_E_TYPE_CLINICAL_NO_SECTION] = {{"call type '{1}' has 'clinical: true' but the scenario has no 'clinical' section",
                                            "anropstypen '{1}' har 'clinical: true', men scenarioet har ingen 'clinical'-del"}},
    [LV_MSG_E_WALK_INS_NEED_CLINICAL] = {{"'walk_ins' needs a 'clinical' section (urgency and the doctors' work)",
                                          "'walk_ins' trenger en 'clinical'-del (hastegrad og legenes arbeid)"}},
    [LV_MSG_E_SATELLITES_NEED_CLINICAL] = {{"satellites need a 'clinical' section (their patients' consultations)",
                                            "satellitter trenger en 'clinical'-del (konsultasjonene til pasientene deres)"}},
    [LV_MSG_E_WALK_INS_NEED_FLOOR] = {{"'walk_ins' needs nurses on the floor: give 'floor' or 'shared' counts in 'centre.operators'",
                                       "'walk_ins' trenger sykepleiere i klinikken: oppgi 'floor' eller 'shared' i 'centre.operators'"}},
    [LV_MSG_E_WALK_INS_NEED_FLOOR_AT] = {{"'walk_ins' needs nurses on the floor at centre '{1}': give 'floor' or 'shared' counts",
                                          "'walk_ins' trenger sykepleiere i klinikken på legevakten '{1}': oppgi 'floor' eller 'shared'"}},
    [LV_MSG_E_CENTRE_NEEDS_DOCTORS] = {{"the clinical dispositions send work to doctors: 'centre' needs 'doctors'",
                                        "de kliniske tiltakene gir legene arbeid: 'centre' trenger 'doctors'"}},
    [LV_MSG_E_CENTRE_NEEDS_DOCTORS_AT] = {{"the clinical dispositions send work to doctors: centre '{1}' needs 'doctors'",
                                           "de kliniske tiltakene gir legene arbeid: legevakten '{1}' trenger 'doctors'"}},
    [LV_MSG_P_EMPTY_LIST] = {{"an empty list", "en tom liste"}},
    [LV_MSG_P_OR_SHARED] = {{" or 'shared'", " eller 'shared'"}},
    [LV_MSG_P_DAYS] = {{"all, weekdays, weekends, holidays or mon..sun (or a list of them)",
                        "all, weekdays, weekends, holidays eller mon..sun (eller en liste av dem)"}},
    [LV_MSG_P_BAND_TIME] = {{"a time HH:MM between 00:00 and 24:00", "et klokkeslett TT:MM mellom 00:00 og 24:00"}},
    [LV_MSG_P_CENTRE] = {{"centre", "legevakt"}},
    [LV_MSG_P_SATELLITE] = {{"satellite", "satellitt"}},
    [LV_MSG_P_CENTRE_NAME] = {{"a centre's name", "navnet på en legevakt"}},
    [LV_MSG_P_SATELLITE_NAME] = {{"a satellite's name", "navnet på en satellitt"}},
    [LV_MSG_P_SATELLITE_URGENCIES] = {{"a list of green and yellow", "en liste av green og yellow"}},
    [LV_MSG_E_DEMAND_PERIODS_NOT_LIST] = {{"'periods' must be a list of periods {from, to, factor, name}, got {1}",
                                           "'periods' må være en liste av perioder {from, to, factor, name}, fikk {1}"}},
    [LV_MSG_E_DEMAND_PERIODS_TOO_MANY] = {{"'periods' may hold at most {1} periods",
                                           "'periods' kan ha høyst {1} perioder"}},
    [LV_MSG_E_DEMAND_PERIOD_NEEDS] = {{"{1} needs 'from' and 'to' (dates YYYY-MM-DD, both included) and 'factor'",
                                       "{1} trenger 'from' og 'to' (datoer ÅÅÅÅ-MM-DD, begge medregnet) og 'factor'"}},
    [LV_MSG_E_DEMAND_PERIOD_ORDER] = {{"{1} ends on {2}, before it starts ({3}): 'to' must be on or after 'from'",
                                       "{1} slutter {2}, før den begynner ({3}): 'to' må være samme dag som eller etter 'from'"}},
    [LV_MSG_E_DEMAND_PERIOD_OVERLAP] = {{"{1} overlaps {2} from {3}; periods must not overlap (split them and give the common days one factor)",
                                         "{1} overlapper {2} fra {3}; perioder kan ikke overlappe (del dem og gi de felles dagene én faktor)"}},
    [LV_MSG_P_CALL_TYPE] = {{"call type '{1}'", "anropstypen '{1}'"}},
    [LV_MSG_P_CALL_TYPE_N] = {{"call type {1}", "anropstype {1}"}},
    [LV_MSG_P_OPERATOR_BAND] = {{"operator band {1}", "operatørbånd {1}"}},
    [LV_MSG_P_DOCTOR_BAND] = {{"doctor band {1}", "legebånd {1}"}},
    [LV_MSG_P_ON_CALL_BAND] = {{"on-call band {1}", "bakvaktbånd {1}"}},
    [LV_MSG_P_SATELLITE_NAMED] = {{"satellite '{1}'", "satellitten '{1}'"}},
    [LV_MSG_P_CENTRE_NAMED] = {{"centre '{1}'", "legevakten '{1}'"}},
    [LV_MSG_P_AREA_NAMED] = {{"area '{1}'", "området '{1}'"}},
    [LV_MSG_P_OVERFLOW_RULE] = {{"overflow rule {1}", "overflytregel {1}"}},
    [LV_MSG_P_DISTRIBUTION_NAMED] = {{"distribution '{1}'", "fordelingen '{1}'"}},
    [LV_MSG_E_SHIFTS_NEED_PATTERNS] = {{"'shifts' needs 'patterns': a list of allowed shifts {name, days, start, length, ...}",
                                        "'shifts' trenger 'patterns': en liste av tillatte vakter {name, days, start, length, ...}"}},
    [LV_MSG_E_SHIFT_PATTERNS_NOT_LIST] = {{"'patterns' must be a non-empty list of shift patterns {name, days, start, length, min, max, role, cost_per_hour}, got {1}",
        "'patterns' må være en ikke-tom liste av vaktmønstre {name, days, start, length, min, max, "
        "role, cost_per_hour}, fikk {1}"}},
    [LV_MSG_E_SHIFT_PATTERNS_TOO_MANY] = {{"'patterns' may hold at most {1} shift patterns",
                                           "'patterns' kan ha høyst {1} vaktmønstre"}},
    [LV_MSG_E_SHIFT_PATTERN_NEEDS] = {{"{1} needs 'days', 'start' (HH:MM) and 'length' (e.g. 8h)",
                                       "{1} trenger 'days', 'start' (TT:MM) og 'length' (f.eks. 8h)"}},
    [LV_MSG_E_SHIFT_MIN_ABOVE_MAX] = {{"{1}: 'max' ({2}) is below 'min' ({3})",
                                       "{1}: 'max' ({2}) er under 'min' ({3})"}},
    [LV_MSG_E_SHIFT_NAME_TWICE] = {{"shift pattern name '{1}' is used twice; names must be unique",
                                    "navnet på vaktmønsteret '{1}' er brukt to ganger; navnene må være unike"}},
    [LV_MSG_E_SHIFT_LENGTH_MINUTES] = {{"'length' must be whole minutes, got '{1}'",
                                        "'length' må være hele minutter, fikk '{1}'"}},
    [LV_MSG_P_SHIFT_DAYS] = {{"all, weekdays, weekends, mon, tue, wed, thu, fri, sat, sun, or a list of them",
                              "all, weekdays, weekends, mon, tue, wed, thu, fri, sat, sun eller en liste av dem"}},
    [LV_MSG_P_SHIFT_PATTERN] = {{"shift pattern {1}", "vaktmønster {1}"}},
    [LV_MSG_P_SHIFT_PATTERN_NAMED] = {{"shift pattern '{1}'", "vaktmønster '{1}'"}},
    [LV_MSG_P_DEMAND_PERIOD] = {{"demand period {1}", "etterspørselsperiode {1}"}},
    [LV_MSG_P_DEMAND_PERIOD_NAMED] = {{"demand period '{1}'", "etterspørselsperioden '{1}'"}},
    [LV_MSG_E_CHECK_BAND_COUNT] = {{"{1} has {2} bands on {3} (1 to {4})", "{1} har {2} bånd på {3} (1 til {4})"}},
    [LV_MSG_E_CHECK_UNCOVERED] = {{"{1} leaves {2} {3}-{4} uncovered (bands must run from 00:00 to 24:00 without gaps; give 'count: 0' if nobody is on duty)",
        "{1} lar {2} {3}-{4} stå udekket (båndene må gå fra 00:00 til 24:00 uten hull; oppgi "
        "'count: 0' hvis ingen er på vakt)"}},
    [LV_MSG_E_CHECK_BAND_START] = {{"{1} band {2} on {3} starts at minute {4}, not where the band before it ends ({5})",
                                    "{1} bånd {2} på {3} begynner i minutt {4}, ikke der båndet før slutter ({5})"}},
    [LV_MSG_E_CHECK_BAND_END] = {{"{1} band {2} on {3} must end after it starts and by 24:00 (minute 1440), got minutes {4}-{5}",
        "{1} bånd {2} på {3} må slutte etter at det begynner og senest 24:00 (minutt 1440), fikk "
        "minuttene {4}-{5}"}},
    [LV_MSG_E_CHECK_STAFF_RANGE] = {{"{1} band {2} on {3}: '{4}' must be an integer from 0 to {5}, got {6}",
                                     "{1} bånd {2} på {3}: '{4}' må være et heltall fra 0 til {5}, fikk {6}"}},
    [LV_MSG_E_CHECK_STAFF_NO_ROLES] = {{"{1} band {2} on {3}: '{4}' must be 0 (only a centre's operators have floor and shared nurses), got {5}",
        "{1} bånd {2} på {3}: '{4}' må være 0 (bare en legevakts operatører har sykepleiere i "
        "klinikken og delte sykepleiere), fikk {5}"}},
    [LV_MSG_E_CHECK_EMPTY] = {{"{1} is empty: no band has a 'count'{2} above 0",
                               "{1} er tom: ingen bånd har 'count'{2} over 0"}},
    [LV_MSG_REF_KIND_TEXT] = {{"text", "tekst"}},
    [LV_MSG_REF_KIND_DATE] = {{"date", "dato"}},
    [LV_MSG_REF_KIND_DURATION] = {{"duration", "varighet"}},
    [LV_MSG_REF_KIND_SHARE] = {{"share", "andel"}},
    [LV_MSG_REF_KIND_NUMBER] = {{"number", "tall"}},
    [LV_MSG_REF_KIND_INTEGER] = {{"integer", "heltall"}},
    [LV_MSG_REF_KIND_BOOL] = {{"true/false", "true/false"}},
    [LV_MSG_REF_KIND_NAME] = {{"name", "navn"}},
    [LV_MSG_REF_KIND_TIME] = {{"time of day", "klokkeslett"}},
    [LV_MSG_REF_KIND_DIST] = {{"distribution", "fordeling"}},
    [LV_MSG_REF_KIND_NUMBERS] = {{"numbers", "tall"}},
    [LV_MSG_REF_KIND_SCHEDULE] = {{"schedule", "vaktplan"}},
    [LV_MSG_REF_KIND_MAPPING] = {{"mapping", "tabell"}},
    [LV_MSG_REF_KIND_LIST] = {{"list", "liste"}},
    [LV_MSG_REF_KIND_SHARES] = {{"shares", "andeler"}},
    [LV_MSG_REF_TABLE_HEAD] = {{"| key | kind | default | allowed | description |\n|---|---|---|---|---|\n",
        "| nøkkel | type | standard | tillatt | beskrivelse |\n"
        "|---|---|---|---|---|\n"}},
    [LV_MSG_REF_REQUIRED] = {{"required", "påkrevd"}},
    [LV_MSG_REF_OR_NO_LIMIT] = {{", or `none` (no limit)", ", eller `none` (ingen grense)"}},
    [LV_MSG_REF_YEARS] = {{"years {1} – {2}", "årene {1} – {2}"}},
    [LV_MSG_REF_BOOL] = {{"`true`, `false`", "`true`, `false`"}},
    [LV_MSG_REF_ITEMS] = {{"{1} – {2} items", "{1} – {2} elementer"}},
    [LV_MSG_REF_NUMBERS] = {{"{1} numbers {2} 0", "{1} tall {2} 0"}},
    [LV_MSG_REF_CHARACTERS] = {{"at most {1} characters", "høyst {1} tegn"}},
    [LV_MSG_REF_DIST] = {{"a distribution", "en fordeling"}},
    [LV_MSG_REF_DIST_OR_NEVER] = {{"a distribution, or `none` (never)", "en fordeling, eller `none` (aldri)"}},
    [LV_MSG_REF_DIST_HEAD] = {{"### `dist`: the distributions\n\n| `dist` | parameters | notes |\n|---|---|---|\n",
        "### `dist`: fordelingene\n"
        "\n"
        "| `dist` | parametere | merknader |\n"
        "|---|---|---|\n"}},

    /* diagnostics: sweeps, result stores, runs (sim/study, sim/model) */
    [LV_MSG_E_MODEL_CENTRE] = {{"centre", "legevakten"}},
    [LV_MSG_E_MODEL_SATELLITE] = {{"satellite", "satellitten"}},
    [LV_MSG_E_MODEL_CALLS_OVERLOADED] = {{"the queue of {1} '{2}' has {3} waiting callers at {4} on day {5} of the simulation ({6}): "
                                          "the calls in the system reached lvsim's limit of {7}; the scenario is overloaded: add staff, "
                                          "set calls.patience, or set the centre's queue_capacity",
        "køen ved {1} '{2}' har {3} innringere som venter kl. {4} på dag {5} av simuleringen "
        "({6}): anropene i systemet nådde lvsims grense på {7}; scenarioet er overbelastet: legg "
        "til bemanning, sett calls.patience, eller sett sentralens queue_capacity"}},
    [LV_MSG_E_MODEL_TASKS_OVERLOADED] = {{"{1} '{2}' has {3} patients and tasks waiting for doctors and floor nurses at {4} on day {5} "
                                          "of the simulation ({6}): the patients and tasks in the system reached lvsim's limit of {7}; the "
                                          "scenario is overloaded: add doctors or floor nurses",
        "{1} '{2}' har {3} pasienter og oppgaver som venter på leger og sykepleiere i klinikken "
        "kl. {4} på dag {5} av simuleringen ({6}): pasientene og oppgavene i systemet nådde lvsims "
        "grense på {7}; scenarioet er overbelastet: legg til leger eller sykepleiere i klinikken"}},
    [LV_MSG_E_SWEEP_WHAT] = {{"the sweep", "sweepen"}},
    [LV_MSG_E_SWEEP_AXIS] = {{"axis {1}", "akse {1}"}},
    [LV_MSG_E_SWEEP_AXIS_NEEDS_KEY] = {{"{1} needs 'key': the scenario key it varies, e.g. centre.operators[2].count",
                                        "{1} trenger 'key': scenarionøkkelen den varierer, f.eks. centre.operators[2].count"}},
    [LV_MSG_E_SWEEP_AXIS_VALUES_AND_RANGE] = {{"{1}: give 'values' or 'from', 'to' and 'step', not both",
                                               "{1}: oppgi 'values' eller 'from', 'to' og 'step', ikke begge"}},
    [LV_MSG_E_SWEEP_AXIS_VALUES_EMPTY] = {{"{1}: 'values' must be a non-empty list",
                                           "{1}: 'values' må være en ikke-tom liste"}},
    [LV_MSG_E_SWEEP_AXIS_VALUE_NOT_SINGLE] = {{"{1}: each value must be a single value such as 3, 80% or 5m",
                                               "{1}: hver verdi må være én enkelt verdi, som 3, 80% eller 5m"}},
    [LV_MSG_E_SWEEP_AXIS_VALUE_TOO_LONG] = {{"{1}: a value may be at most {2} characters",
                                             "{1}: en verdi kan være høyst {2} tegn"}},
    [LV_MSG_E_SWEEP_AXIS_NEEDS_VALUES] = {{"{1} needs 'values' (a list) or numbers 'from', 'to' and 'step'",
                                           "{1} trenger 'values' (en liste) eller tallene 'from', 'to' og 'step'"}},
    [LV_MSG_E_SWEEP_AXIS_BAD_STEP] = {{"{1}: 'step' must be positive and 'to' at least 'from' (at most 100000 values)",
                                       "{1}: 'step' må være positiv og 'to' minst 'from' (høyst 100000 verdier)"}},
    [LV_MSG_E_SWEEP_NEEDS_SCENARIO] = {{"the sweep needs 'scenario': the base scenario file (relative to the sweep), or 'default'",
                                        "sweepen trenger 'scenario': grunnscenariofilen (relativt til sweepen), eller 'default'"}},
    [LV_MSG_E_SWEEP_REPLICATIONS] = {{"'replications' must be an integer from 2 to 100000, got {1}",
                                      "'replications' må være et heltall fra 2 til 100000, fikk {1}"}},
    [LV_MSG_E_SWEEP_SEED] = {{"'seed' must be an integer from 0 to {1}, got {2}",
                              "'seed' må være et heltall fra 0 til {1}, fikk {2}"}},
    [LV_MSG_E_SWEEP_COMBINE] = {{"'combine' must be grid (every combination) or zip (axes advance together), got '{1}'",
                                 "'combine' må være grid (alle kombinasjoner) eller zip (aksene går frem sammen), fikk '{1}'"}},
    [LV_MSG_E_SWEEP_NEEDS_AXES] = {{"the sweep needs 'axes': a list of {key, values} or {key, from, to, step}",
                                    "sweepen trenger 'axes': en liste av {key, values} eller {key, from, to, step}"}},
    [LV_MSG_E_SWEEP_TOO_MANY_AXES] = {{"at most {1} axes", "høyst {1} akser"}},
    [LV_MSG_E_SWEEP_AXIS_TWICE] = {{"axis {1} varies '{2}', which axis {3} varies already",
                                    "akse {1} varierer '{2}', som akse {3} allerede varierer"}},
    [LV_MSG_E_SWEEP_ZIP_COUNTS] = {{"with 'combine: zip' every axis needs as many values (axis 1 has {1}, axis {2} has {3})",
                                    "med 'combine: zip' må alle akser ha like mange verdier (akse 1 har {1}, akse {2} har {3})"}},
    [LV_MSG_E_SWEEP_TOO_MANY_POINTS] = {{"the sweep would have more than {1} points",
                                         "sweepen ville fått mer enn {1} punkter"}},
    [LV_MSG_E_SWEEP_SET_NOT_A_LIST] = {{"'set' must be a list of \"KEY.PATH=VALUE\" overrides for every point",
                                        "'set' må være en liste av \"KEY.PATH=VALUE\"-overstyringer for alle punkter"}},
    [LV_MSG_E_SWEEP_SET_ENTRY] = {{"'set' entries must be \"KEY.PATH=VALUE\"",
                                   "elementene i 'set' må være \"KEY.PATH=VALUE\""}},
    [LV_MSG_E_SWEEP_SET_ENTRY_TOO_LONG] = {{"'set' entries may be at most {1} characters",
                                            "elementene i 'set' kan være høyst {1} tegn"}},
    [LV_MSG_E_SWEEP_METRICS_NOT_A_LIST] = {{"'metrics' must be a list of figure names (see docs/output.md)",
                                            "'metrics' må være en liste av navn på tall (se docs/output.md)"}},
    [LV_MSG_E_SWEEP_UNKNOWN_FIGURE] = {{"unknown figure '{1}' in 'metrics' (the names of the summary in docs/output.md, e.g. answered_within_target)",
        "ukjent tall '{1}' i 'metrics' (navnene i sammendraget i docs/output.md, f.eks. "
        "answered_within_target)"}},
    [LV_MSG_E_SWEEP_FIGURE_TWICE] = {{"figure '{1}' is listed twice in 'metrics'",
                                      "tallet '{1}' står to ganger i 'metrics'"}},
    [LV_MSG_E_SWEEP_EMPTY] = {{"the sweep file is empty", "sweepfilen er tom"}},
    [LV_MSG_E_SWEEP_CANNOT_READ_BASE] = {{"cannot read the base scenario '{1}'",
                                          "kan ikke lese grunnscenarioet '{1}'"}},
    [LV_MSG_E_SWEEP_SET_LABEL] = {{"{1}: set '{2}'", "{1}: set '{2}'"}},
    [LV_MSG_E_SWEEP_AXIS_LABEL] = {{"{1}: axis {2}, point {3}: '{4}'", "{1}: akse {2}, punkt {3}: '{4}'"}},
    [LV_MSG_E_SWEEP_NOT_AN_OVERRIDE] = {{"not a KEY.PATH=VALUE override", "ikke en KEY.PATH=VALUE-overstyring"}},
    [LV_MSG_E_SWEEP_DIR_OTHER_SWEEP] = {{"'{1}' holds the results of a different sweep (or of this sweep before its file or base scenario changed); give another directory with -o, or remove it",
        "'{1}' inneholder resultatene av en annen sweep (eller av denne før filen eller "
        "grunnscenarioet ble endret); oppgi en annen katalog med -o, eller fjern den"}},
    [LV_MSG_E_SWEEP_DIR_OLDER] = {{"'{1}' holds this sweep's results written by an older lvsim (part files without checksums); finish them with that version, or give another directory with -o",
        "'{1}' inneholder resultater av denne sweepen skrevet av en eldre lvsim (delfiler uten "
        "sjekksummer); fullfør dem med den versjonen, eller oppgi en annen katalog med -o"}},
    [LV_MSG_E_SWEEP_DIR_NEWER] = {{"'{1}' holds this sweep's results written by a newer lvsim (part-file format {2}; this one reads format {3}); give another directory with -o",
        "'{1}' inneholder resultater av denne sweepen skrevet av en nyere lvsim (delfilformat {2}; "
        "denne leser format {3}); oppgi en annen katalog med -o"}},
    [LV_MSG_E_SWEEP_CANNOT_CREATE_DIR] = {{"cannot create the result directory '{1}': {2}",
                                           "kan ikke opprette resultatkatalogen '{1}': {2}"}},
    [LV_MSG_E_SWEEP_DIR_NO_MANIFEST] = {{"'{1}' holds sweep results without a manifest (sweep.json); give another directory",
                                         "'{1}' inneholder sweepresultater uten manifest (sweep.json); oppgi en annen katalog"}},
    [LV_MSG_E_SWEEP_CANNOT_READ_DIR] = {{"cannot read the result directory '{1}': {2}",
                                         "kan ikke lese resultatkatalogen '{1}': {2}"}},
    [LV_MSG_E_RECORD_EMPTY] = {{"an empty line", "en tom linje"}},
    [LV_MSG_E_RECORD_NOT_WHOLE] = {{"not a whole record with a checksum", "ikke en hel post med sjekksum"}},
    [LV_MSG_E_RECORD_CHECKSUM] = {{"checksum mismatch", "sjekksummen stemmer ikke"}},
    [LV_MSG_E_RECORD_NOT_JSON] = {{"not valid JSON", "ikke gyldig JSON"}},
    [LV_MSG_E_RECORD_FIELDS] = {{"not the fields sweep, point, values, figures and check",
                                 "ikke feltene sweep, point, values, figures og check"}},
    [LV_MSG_E_RECORD_SWEEP_NOT_TEXT] = {{"'sweep' is not a text", "'sweep' er ikke en tekst"}},
    [LV_MSG_E_RECORD_OTHER_SWEEP] = {{"a record of another sweep", "en post fra en annen sweep"}},
    [LV_MSG_E_RECORD_POINT] = {{"'point' is not a point of the run table", "'point' er ikke et punkt i kjøretabellen"}},
    [LV_MSG_E_RECORD_VALUES] = {{"'values' are not the axis values of its point",
                                 "'values' er ikke akseverdiene for punktet"}},
    [LV_MSG_E_RECORD_FIGURES] = {{"'figures' are not the sweep's metrics, each with mean, ci95 and n",
                                  "'figures' er ikke sweepens tall, hvert med mean, ci95 og n"}},
    [LV_MSG_E_SWEEP_PART_OTHER_SWEEP] = {{"'{1}' holds results of a different sweep (line {2})",
                                          "'{1}' inneholder resultater fra en annen sweep (linje {2})"}},
    [LV_MSG_E_SWEEP_DAMAGED_RECORD] = {{"{1}:{2}: skipped a damaged record ({3})",
                                        "{1}:{2}: hoppet over en skadet post ({3})"}},
    [LV_MSG_E_SWEEP_POINT_FAILED] = {{"point {1} could not be simulated: {2}", "punkt {1} kunne ikke simuleres: {2}"}},
    [LV_MSG_E_SWEEP_INVALID_OR_NO_MEMORY] = {{"invalid scenario or out of memory",
                                              "ugyldig scenario eller tom for minne"}},
    [LV_MSG_E_SWEEP_CANNOT_APPEND] = {{"cannot append results: {1}", "kan ikke legge til resultater: {1}"}},
    [LV_MSG_E_SWEEP_PART_BUSY] = {{"another lvsim is writing '{1}'; wait for it or use another directory",
                                   "en annen lvsim skriver '{1}'; vent på den eller bruk en annen katalog"}},
    [LV_MSG_E_SWEEP_CANNOT_LOCK] = {{"cannot lock '{1}': {2} (on NFS the lock service must run)",
                                     "kan ikke låse '{1}': {2} (på NFS må låsetjenesten kjøre)"}},
    [LV_MSG_E_SWEEP_CANNOT_CUT] = {{"cannot cut the torn last line off '{1}': {2}",
                                    "kan ikke kutte den avrevne siste linjen av '{1}': {2}"}},
    [LV_MSG_E_RUN_REPLICATION_FAILED] = {{"replication {1}: {2}", "replikasjon {1}: {2}"}},
    [LV_MSG_E_RUN_REPLICATIONS] = {{"replications must be at least 1, got {1}",
                                    "replikasjoner må være minst 1, fikk {1}"}},
    [LV_MSG_E_RUN_NO_SITE] = {{"no site {1}: the scenario has {2} (centres first, then satellites)",
                               "intet sted {1}: scenarioet har {2} (legevakter først, så satellitter)"}},
    [LV_MSG_E_RUN_STAFF_KIND] = {{"unknown staff kind (LV_STAFF_OPERATORS or LV_STAFF_DOCTORS)",
                                  "ukjent personelltype (LV_STAFF_OPERATORS eller LV_STAFF_DOCTORS)"}},
    [LV_MSG_E_RUN_SATELLITE_DOCTORS] = {{"satellite '{1}' has no doctors (its patients see the centre's by video)",
                                         "satellitten '{1}' har ingen leger (pasientene møter legevaktens leger på video)"}},
    [LV_MSG_E_RUN_CENTRE_OPERATORS] = {{"centre '{1}' operators", "operatørene ved legevakten '{1}'"}},
    [LV_MSG_E_RUN_CENTRE_DOCTORS] = {{"centre '{1}' doctors", "legene ved legevakten '{1}'"}},
    [LV_MSG_E_RUN_SATELLITE_NURSES] = {{"satellite '{1}' nurses", "sykepleierne ved satellitten '{1}'"}},
    [LV_MSG_E_RUN_WALK_INS_FLOOR] = {{"'walk_ins' needs nurses on the floor at centre '{1}': give 'floor' or 'shared' counts",
                                      "'walk_ins' trenger sykepleiere i klinikken på legevakten '{1}': oppgi 'floor' eller 'shared'"}},

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
        "  report RESULTS.json -o FILE.html [--lang nb|en]  the results as an HTML report (docs/output.md)\n"
        "  explain [SCENARIO.yaml] [--day D]  one day told hour by hour: calls, staff, queue, hang-ups\n"
        "                        (docs/teaching/)\n"
        "  serve [SCENARIO.yaml] [--port N]  the planner's workbench in a browser (docs/workbench.md)\n"
        "\n"
        "options:\n"
        "  -h, --help            show help (also after a command: lvsim run --help)\n"
        "  --version             print the version\n"
        "  --lang nb|en          language of texts, help and diagnostics (default: from LC_ALL,\n"
        "                        LC_MESSAGES or LANG; nb_NO, nn_NO, no_NO give nb, else en)\n"
        "  --csv-dialect D       CSV files as rfc4180 (default: comma, decimal point) or\n"
        "                        excel-nb (semicolon, decimal comma, BOM, CRLF: Norwegian Excel)\n",
        "bruk: lvsim <kommando> [valg]\n"
        "\n"
        "Hendelsesstyrt simulering av en norsk legevaktsentral (116117).\n"
        "\n"
        "kommandoer:\n"
        "  run [SCENARIO.yaml]   simuler et scenario (standard: det innebygde scenarioet)\n"
        "  check SCENARIO.yaml   kontroller scenarioer og meld alle feil\n"
        "  compare A.yaml [B.yaml]  paret sammenligning av to scenarioer (eller av A og A med --set-b)\n"
        "  sweep SWEEP.yaml      kjør et parametersøk (kan gjenopptas og deles opp)\n"
        "  merge SWEEP.yaml [KAT...]  slå sammen oppdelte sweepresultater til de endelige tabellene\n"
        "  default               skriv ut det innebygde standardscenarioet\n"
        "  keys --markdown       skriv ut nøkkelreferansen for scenarioer (docs/scenario.md)\n"
        "  fit CALLS.csv -o OUT.yaml [--scenario BASE.yaml]  tilpass et scenario til en anropslogg (docs/fit.md)\n"
        "  calibrate BASE.yaml --match FIGURE=V --vary KEY=LO..HI -o OUT.yaml  tilpass en nøkkel til et\n"
        "                        publisert tall (docs/calibrate.md)\n"
        "  erlang --calls-per-hour N --talk 6m [--staff C | --target 80%]  Erlang C- og A-kalkulator\n"
        "                        (docs/erlang.md)\n"
        "  staff SCENARIO.yaml [-o PLAN.yaml]  færrest telefonoperatører per time som når målet\n"
        "                        (docs/planning.md)\n"
        "  explain [SCENARIO.yaml] [--day D]  ett døgn fortalt time for time: anrop, bemanning, kø,\n"
        "                        oppgitte anrop (docs/teaching/)\n"
        "  serve [SCENARIO.yaml] [--port N]  planleggerens arbeidsbenk i en nettleser (docs/workbench.md)\n"
        "\n"
        "valg:\n"
        "  -h, --help            vis hjelp (også etter en kommando: lvsim run --help)\n"
        "  --version             skriv ut versjonen\n"
        "  --lang nb|en          språk for tekst, hjelp og feilmeldinger (standard: fra LC_ALL,\n"
        "                        LC_MESSAGES eller LANG; nb_NO, nn_NO, no_NO gir nb, ellers en)\n"
        "  --csv-dialect D       CSV-filer som rfc4180 (standard: komma, desimalpunktum) eller\n"
        "                        excel-nb (semikolon, desimalkomma, BOM, CRLF: for norsk Excel)\n"}},
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
        "      --csv-dialect D   rfc4180 (default) or excel-nb (for Norwegian Excel; docs/output.md)\n"
        "      --trace FILE      write every call attempt of the first replication as the call log\n"
        "                        that 'lvsim fit' reads (docs/output.md)\n"
        "  -q, --quiet           do not print the summary\n"
        "      --set KEY=VALUE   override a scenario key, e.g. --set centre.operators[2].count=4\n"
        "                        or --set 'calls.patience={dist: exponential, mean: 5m}' (repeatable)\n"
        "      --lang nb|en      language (default: from LC_ALL/LC_MESSAGES/LANG)\n"
        "      --add-staff CHANGE  staff added over days and hours, e.g. 'mon-fri 15:00-23:00 +1'\n"
        "                        (docs/planning.md; repeatable)\n"
        "  -h, --help            show this help\n",
        "bruk: lvsim run [SCENARIO.yaml] [valg]\n"
        "\n"
        "Simulerer scenarioet (det innebygde standardscenarioet når ingen fil er oppgitt) og skriver\n"
        "ut et sammendrag.\n"
        "\n"
        "valg:\n"
        "  -r, --replications N  replikasjoner (standard: scenarioets)\n"
        "  -s, --seed N          hovedfrø (standard: scenarioets)\n"
        "  -j, --jobs N          arbeidstråder (standard: alle kjerner); resultatene avhenger ikke av det\n"
        "  -o, --output FILE     skriv alle tall med konfidensintervall som JSON\n"
        "      --csv DIR         skriv summary, intervals, urgencies, sites, areas og days .csv i DIR\n"
        "                        (og site_intervals, overloaded, overloaded_centres når det finnes\n"
        "                        slike rader)\n"
        "      --csv-dialect D   rfc4180 (standard) eller excel-nb (for norsk Excel; docs/output.md)\n"
        "      --trace FILE      skriv alle anropsforsøk i første replikasjon som anropsloggen\n"
        "                        'lvsim fit' leser (docs/output.md)\n"
        "  -q, --quiet           ikke skriv ut sammendraget\n"
        "      --set KEY=VALUE   overstyr en scenarionøkkel, f.eks. --set centre.operators[2].count=4\n"
        "                        eller --set 'calls.patience={dist: exponential, mean: 5m}' (kan gjentas)\n"
        "      --lang nb|en      språk (standard: fra LC_ALL/LC_MESSAGES/LANG)\n"
        "      --add-staff ENDRING  bemanning lagt til over dager og timer, f.eks. 'mon-fri 15:00-23:00 +1'\n"
        "                        (docs/planning.md; kan gjentas)\n"
        "  -h, --help            vis denne hjelpen\n"}},
    [LV_MSG_CLI_USAGE_CHECK] = {{
        "usage: lvsim check SCENARIO.yaml... [--set KEY=VALUE]... [--add-staff CHANGE]... [--verbose]\n"
        "\n"
        "Reads each scenario (with the overrides) and reports every error as file:line:column.\n"
        "Exit 0 when all are valid, 2 otherwise; warnings (valid, but likely not meant) do not change it.\n"
        "--verbose also lists each call type with the values it runs with (its own or the common ones).\n",
        "bruk: lvsim check SCENARIO.yaml... [--set KEY=VALUE]...\n"
        "\n"
        "Leser hvert scenario (med overstyringene) og melder alle feil som fil:linje:kolonne.\n"
        "Avslutter med 0 når alle er gyldige, ellers 2; advarsler (gyldig, men trolig ikke ment) endrer det ikke.\n"
        "--verbose lister også hver anropstype med verdiene den kjøres med (sine egne eller de felles).\n"}},
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
        "      --csv DIR          write summary, intervals (and shrinkage, call_handling when used) .csv\n"
        "                         into DIR: a line per figure with A, B and B - A and their intervals\n"
        "  -q, --quiet            do not print the table\n"
        "      --lang nb|en       language (default: from LC_ALL/LC_MESSAGES/LANG)\n"
        "  -h, --help             show this help\n",
        "bruk: lvsim compare A.yaml [B.yaml] [valg]\n"
        "\n"
        "Kjører A og B med samme frø og replikasjoner (felles tilfeldige tall) og melder alle\n"
        "hovedtall for begge, B - A med 95 %-intervallet for de parede forskjellene, og en konklusjon.\n"
        "Uten B.yaml er B lik A med --set-b-overstyringene. A kan være 'default' (det innebygde scenarioet).\n"
        "\n"
        "valg:\n"
        "      --set KEY=VALUE    overstyr en nøkkel i både A og B (kan gjentas)\n"
        "      --set-b KEY=VALUE  overstyr en nøkkel bare i B (kan gjentas)\n"
        "      --add-staff ENDRING bare B: bemanning lagt til over dager og timer, f.eks. 'mon-fri 15:00-23:00 +1'\n"
        "  -r, --replications N   replikasjoner (standard: A sine)\n"
        "  -s, --seed N           hovedfrø (standard: A sitt)\n"
        "  -j, --jobs N           arbeidstråder (standard: alle kjerner)\n"
        "  -o, --output FILE      skriv sammenligningen, også per intervall, som JSON\n"
        "      --csv DIR          skriv summary, intervals (og shrinkage, call_handling når de brukes) .csv\n"
        "                         i DIR: en linje per tall med A, B og B - A og intervallene deres\n"
        "  -q, --quiet            ikke skriv ut tabellen\n"
        "      --lang nb|en       språk (standard: fra LC_ALL/LC_MESSAGES/LANG)\n"
        "  -h, --help             vis denne hjelpen\n"}},
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
        "      --csv-dialect D  points.csv as rfc4180 (default) or excel-nb (for Norwegian Excel)\n"
        "  -q, --quiet          no progress bar\n"
        "      --lang nb|en     language (default: from LC_ALL/LC_MESSAGES/LANG)\n"
        "  -h, --help           show this help\n",
        "bruk: lvsim sweep SWEEP.yaml [valg]\n"
        "\n"
        "Kjører alle punkter i sweepen (et grunnscenario med akser av verdier; se docs/sweeps.md) og\n"
        "skriver points.csv og points.json i resultatkatalogen. Ferdige punkter beholdes: kjør\n"
        "samme kommando igjen etter et avbrudd, så kjøres bare de uferdige punktene.\n"
        "\n"
        "valg:\n"
        "  -j, --jobs N         arbeidstråder (standard: alle kjerner); resultatene avhenger ikke av det\n"
        "  -o, --output DIR     resultatkatalog (standard: sweepens 'output', eller SWEEP-results)\n"
        "      --list           skriv ut kjøretabellen (punkt, akseverdier, ferdig eller ikke) og avslutt\n"
        "      --runs A-B       kjør bare punktene A til B (fra 0, inklusive)\n"
        "      --shard K/N      kjør bare den K-te av N like store deler av punktene (K fra 1)\n"
        "      --set KEY=VALUE  overstyr en scenarionøkkel i alle punkter (del av sweepens identitet)\n"
        "      --csv-dialect D  points.csv som rfc4180 (standard) eller excel-nb (for norsk Excel)\n"
        "  -q, --quiet          ingen fremdriftslinje\n"
        "      --lang nb|en     språk (standard: fra LC_ALL/LC_MESSAGES/LANG)\n"
        "  -h, --help           vis denne hjelpen\n"}},
    [LV_MSG_CLI_USAGE_MERGE] = {{
        "usage: lvsim merge SWEEP.yaml [DIR...] [-o OUT] [--set KEY=VALUE]...\n"
        "\n"
        "Combines the part files of sliced sweep runs (in the DIRs; default: the sweep's result\n"
        "directory) and writes points.csv and points.json into OUT (default: the sweep's result\n"
        "directory), identical to what a single run writes. Fails if a point has no results.\n"
        "Give the same --set options as the sweep runs had (and --csv-dialect if wanted).\n",
        "bruk: lvsim merge SWEEP.yaml [KAT...] [-o UT] [--set KEY=VALUE]...\n"
        "\n"
        "Slår sammen delfilene fra oppdelte sweepkjøringer (i KAT-ene; standard: sweepens\n"
        "resultatkatalog) og skriver points.csv og points.json i UT (standard: sweepens\n"
        "resultatkatalog), identisk med det én enkelt kjøring skriver. Feiler hvis et punkt mangler resultater.\n"
        "Oppgi de samme --set-valgene som sweepkjøringene hadde (og --csv-dialect om ønsket).\n"}},
    [LV_MSG_CLI_USAGE_DEFAULT] = {{
        "usage: lvsim default [--set KEY=VALUE]... [--add-staff CHANGE]...\n"
        "\n"
        "Prints the built-in default scenario, a starting point for your own:\n"
        "  lvsim default > mine.yaml\n"
        "With --set, prints it with the overrides applied (as plain YAML, without the comments).\n",
        "bruk: lvsim default [--set KEY=VALUE]... [--add-staff ENDRING]...\n"
        "\n"
        "Skriver ut det innebygde standardscenarioet, et utgangspunkt for ditt eget:\n"
        "  lvsim default > mitt.yaml\n"
        "Med --set skrives det ut med overstyringene (som ren YAML, uten kommentarene).\n"}},
    [LV_MSG_CLI_TRY_HELP] = {{"try '{1} --help'", "prøv '{1} --help'"}},
    [LV_MSG_CLI_ERROR] = {{"error: {1}", "error: {1}"}},
    [LV_MSG_CLI_WARNING] = {{"warning: {1}", "warning: {1}"}},
    [LV_MSG_CLI_MORE_DAMAGED] = {{"warning: {1} more damaged records skipped",
                                  "warning: {1} skadede poster til hoppet over"}},
    [LV_MSG_CLI_TOO_MANY_SETS] = {{"at most {1} '--set' options", "høyst {1} '--set'-valg"}},
    [LV_MSG_CLI_SET_SYNTAX] = {{"'--set' needs KEY.PATH=VALUE (e.g. centre.operators[2].count=4), got '{1}'",
                                "'--set' trenger KEY.PATH=VALUE (f.eks. centre.operators[2].count=4), fikk '{1}'"}},
    [LV_MSG_CLI_SWEEP_SET_SYNTAX] = {{"'--set' needs KEY.PATH=VALUE, got '{1}'",
                                      "'--set' trenger KEY.PATH=VALUE, fikk '{1}'"}},
    [LV_MSG_CLI_A_DIRECTORY] = {{"a directory", "en katalog"}},
    [LV_MSG_CLI_A_DEVICE] = {{"a device", "en enhet"}},
    [LV_MSG_CLI_A_FIFO] = {{"a FIFO", "en FIFO"}},
    [LV_MSG_CLI_LINK_TO_NOTHING] = {{"it is a symbolic link to a missing file or directory",
                                     "den er en symbolsk lenke til en fil eller katalog som mangler"}},
    [LV_MSG_CLI_LINK_TO_OTHER] = {{"it is a symbolic link to {1}; lvsim writes only regular files",
                                   "den er en symbolsk lenke til {1}; lvsim skriver bare vanlige filer"}},
    [LV_MSG_CLI_NOT_A_REGULAR_FILE] = {{"it is {1}; lvsim writes only regular files and never replaces anything else",
                                        "den er {1}; lvsim skriver bare vanlige filer og erstatter aldri noe annet"}},
    [LV_MSG_CLI_CANNOT_CREATE_DIR] = {{"cannot create directory '{1}': {2}", "kan ikke opprette katalogen '{1}': {2}"}},
    [LV_MSG_CLI_FILE_OF_THAT_NAME] = {{"a file of that name exists", "det finnes en fil med det navnet"}},
    [LV_MSG_CLI_REPLICATIONS] = {{"'--replications' must be an integer from {1} to 100000, got '{2}'",
                                  "'--replications' må være et heltall fra {1} til 100000, fikk '{2}'"}},
    [LV_MSG_CLI_SEED] = {{"'--seed' must be an integer from 0 to 9223372036854775807, got '{1}'",
                          "'--seed' må være et heltall fra 0 til 9223372036854775807, fikk '{1}'"}},
    [LV_MSG_CLI_JOBS] = {{"'--jobs' must be an integer from 1 to 1024, got '{1}'",
                          "'--jobs' må være et heltall fra 1 til 1024, fikk '{1}'"}},
    [LV_MSG_CLI_NEEDS_VALUE] = {{"option '{1}' needs a value", "valget '{1}' trenger en verdi"}},
    [LV_MSG_CLI_UNKNOWN_OPTION] = {{"unknown option '{1}'", "ukjent valg '{1}'"}},
    [LV_MSG_CLI_UNEXPECTED_ARGUMENT] = {{"unexpected argument '{1}'", "uventet argument '{1}'"}},
    [LV_MSG_CLI_UNKNOWN_COMMAND] = {{"unknown command '{1}' (commands: run, check, compare, sweep, merge, default, keys, fit, calibrate, erlang)",
        "ukjent kommando '{1}' (kommandoer: run, check, compare, sweep, merge, default, keys, fit, "
        "calibrate, erlang)"}},
    [LV_MSG_CLI_USAGE_KEYS] = {{"usage: lvsim keys --markdown\n", "bruk: lvsim keys --markdown\n"}},
    [LV_MSG_CLI_EXPECTED_MARKDOWN] = {{"expected --markdown", "forventet --markdown"}},
    [LV_MSG_CLI_USAGE_FIT] = {{"usage: lvsim fit CALLS.csv [--scenario BASE.yaml] [--level 0.95] -o OUT.yaml\n"
                               "Fits demand, talk time, patience and redials to a call log; see docs/fit.md.\n",
        "bruk: lvsim fit CALLS.csv [--scenario BASE.yaml] [--level 0.95] -o OUT.yaml\n"
        "Tilpasser etterspørsel, samtaletid, tålmodighet og nye forsøk til en anropslogg; se docs/fit.md.\n"}},
    [LV_MSG_CLI_FIT_LEVEL] = {{"'--level' must be a number from 0.5 to below 1, got '{1}'",
                               "'--level' må være et tall fra 0.5 til under 1, fikk '{1}'"}},
    [LV_MSG_CLI_FIT_ONE_LOG] = {{"expected one call log, got '{1}' too", "forventet én anropslogg, fikk også '{1}'"}},
    [LV_MSG_CLI_FIT_EXPECTED] = {{"expected a call log and -o OUT.yaml", "forventet en anropslogg og -o OUT.yaml"}},
    [LV_MSG_CLI_RUN_ONE_FILE] = {{"expected at most one scenario file, got '{1}' too",
                                  "forventet høyst én scenariofil, fikk også '{1}'"}},
    [LV_MSG_CLI_TRACE_FULL] = {{"cannot write '{1}': the first replication made more than {2} call attempts, the most a "
                                "trace keeps (and 'lvsim fit' reads); shorten the horizon",
        "kan ikke skrive '{1}': første replikasjon gjorde mer enn {2} anropsforsøk, det meste et "
        "spor tar vare på (og 'lvsim fit' leser); gjør horisonten kortere"}},
    [LV_MSG_CLI_SUMMARY_NO_MEMORY] = {{"out of memory while summarising", "tom for minne under oppsummeringen"}},
    [LV_MSG_CLI_COMPARE_FILES] = {{"expected A.yaml and optionally B.yaml", "forventet A.yaml og eventuelt B.yaml"}},
    [LV_MSG_CLI_COMPARE_NEEDS_B] = {{"give B.yaml, or --set-b overrides that make B from A",
                                     "oppgi B.yaml, eller --set-b-overstyringer som lager B av A"}},
    [LV_MSG_CLI_COMPARE_REPLICATIONS] = {{"a comparison needs at least 2 replications (use -r)",
                                          "en sammenligning trenger minst 2 replikasjoner (bruk -r)"}},
    [LV_MSG_CLI_COMPARE_A_FAILED] = {{"A: {1}", "A: {1}"}},
    [LV_MSG_CLI_COMPARE_B_FAILED] = {{"B: {1}", "B: {1}"}},
    [LV_MSG_CLI_COMPARE_INTERVALS] = {{"A and B cannot be compared (their reporting intervals differ)",
                                       "A og B kan ikke sammenlignes (rapporteringsintervallene er ulike)"}},
    [LV_MSG_CLI_PROGRESS] = {{"{1}/{2} points  ETA {3}:{4} ", "{1}/{2} punkter  gjenstår ca. {3}:{4} "}},
    [LV_MSG_CLI_SWEEP_ONE_FILE] = {{"expected one sweep file", "forventet én sweepfil"}},
    [LV_MSG_CLI_RUNS_AND_SHARD] = {{"'--runs' and '--shard' exclude each other",
                                    "'--runs' og '--shard' utelukker hverandre"}},
    [LV_MSG_CLI_RUNS_SYNTAX] = {{"'--runs' must be A or A-B with 0 <= A <= B < {1} (points), got '{2}'",
                                 "'--runs' må være A eller A-B med 0 <= A <= B < {1} (punkter), fikk '{2}'"}},
    [LV_MSG_CLI_SHARD_SYNTAX] = {{"'--shard' must be K/N with 1 <= K <= N <= {1}, got '{2}'",
                                  "'--shard' må være K/N med 1 <= K <= N <= {1}, fikk '{2}'"}},
    [LV_MSG_CLI_SHARD_EMPTY] = {{"shard {1} holds no points (the sweep has {2}); nothing to run",
                                 "del {1} har ingen punkter (sweepen har {2}); ingenting å kjøre"}},
    [LV_MSG_CLI_LIST_DONE] = {{"done", "ferdig"}},
    [LV_MSG_CLI_LIST_TO_RUN] = {{"to run", "gjenstår"}},
    [LV_MSG_CLI_SWEEP_DONE] = {{"{1} points done: {2}/points.csv and points.json",
                                "{1} punkter ferdige: {2}/points.csv og points.json"}},
    [LV_MSG_CLI_SWEEP_PARTLY_DONE] = {{"points {1}-{2} done; {3} of {4} points still to run (lvsim sweep --list)",
                                       "punktene {1}-{2} ferdige; {3} av {4} punkter gjenstår (lvsim sweep --list)"}},
    [LV_MSG_CLI_MERGE_FILES] = {{"expected the sweep file, then result directories",
                                 "forventet sweepfilen, deretter resultatkataloger"}},
    [LV_MSG_CLI_MERGE_MISSING] = {{"{1} of {2} points have no results yet (lvsim sweep --list shows which)",
                                   "{1} av {2} punkter har ingen resultater ennå (lvsim sweep --list viser hvilke)"}},
    [LV_MSG_CLI_CHECK_FILES] = {{"expected a scenario file", "forventet en scenariofil"}},
    [LV_MSG_CLI_CHECK_OK] = {{"{1}: ok", "{1}: ok"}},
    [LV_MSG_CLI_STDOUT] = {{"cannot write to standard output: {1}", "kan ikke skrive til standard ut: {1}"}},
    [LV_MSG_CLI_BENCH_USAGE] = {{"usage: lvsim-bench [--calls N] [--quick] [--national FILE]",
                                 "bruk: lvsim-bench [--calls N] [--quick] [--national FIL]"}},
    [LV_MSG_CLI_BENCH_FAILED] = {{"simulation failed: {1}", "simuleringen feilet: {1}"}},
    [LV_MSG_CLI_BENCH_RESULT] = {{"{1} {2} calls {3} events {4} s {5} M calls/s {6} M events/s  peak RSS {7} KiB",
                                  "{1} {2} anrop {3} hendelser {4} s {5} M anrop/s {6} M hendelser/s  maks RSS {7} KiB"}},
    [LV_MSG_CLI_BENCH_SWEEP_POINT] = {{"sweep point (default, 10 reps)", "sweeppunkt (default, 10 repl.)"}},
    [LV_MSG_CLI_BENCH_SWEEP_RESULT] = {{"{1} build {2} ms + summary {3} ms per point, run {4} ms: overhead {5} %",
                                        "{1} bygging {2} ms + sammendrag {3} ms per punkt, kjøring {4} ms: merkostnad {5} %"}},
    [LV_MSG_CLI_BENCH_E5] = {{"E5 (Erlang A)", "E5 (Erlang A)"}},
    [LV_MSG_CLI_BENCH_DEFAULT_YEAR] = {{"default scenario, 1 year", "standardscenario, 1 år"}},

    /* calibrating to published figures (sim/study/calibrate.c) */
    [LV_MSG_CAL_E_VARY_SYNTAX] = {{"--vary '{1}': expected KEY.PATH=LO..HI (e.g. calls.patience.mean=1m..20m)",
                                   "--vary '{1}': forventet KEY.PATH=LO..HI (f.eks. calls.patience.mean=1m..20m)"}},
    [LV_MSG_CAL_E_VARY_RANGE] = {{"--vary '{1}': the range '{2}' must be LO..HI with LO below HI, both durations "
                                  "(1m..20m), shares (20%..60%) or numbers (0.5..2, or 1..10 for an integer key)",
        "--vary '{1}': området '{2}' må være LO..HI med LO under HI, begge varigheter (1m..20m), "
        "andeler (20%..60%) eller tall (0.5..2, eller 1..10 for en heltallsnøkkel)"}},
    [LV_MSG_CAL_E_MATCH_SYNTAX] = {{"--match '{1}': expected FIGURE=VALUE (e.g. answered_within_target=0.29)",
                                    "--match '{1}': forventet FIGURE=VALUE (f.eks. answered_within_target=0.29)"}},
    [LV_MSG_CAL_E_MATCH_KEY] = {{"--match '{1}': '{2}' is not a headline figure (a key of the run's JSON "
                                 "'headline', e.g. answered_within_target, abandoned, answer_time_mean_s)",
        "--match '{1}': '{2}' er ikke et hovedtall (en nøkkel i kjøringens JSON 'headline', f.eks. "
        "answered_within_target, abandoned, answer_time_mean_s)"}},
    [LV_MSG_CAL_E_MATCH_VALUE] = {{"--match '{1}': cannot read '{2}' (a share as 0.29 or 29%, a time as 5m or "
                                   "seconds, else a number)",
        "--match '{1}': kan ikke lese '{2}' (en andel som 0.29 eller 29%, en tid som 5m eller "
        "sekunder, ellers et tall)"}},
    [LV_MSG_CAL_E_SQUARE] = {{"{1} --match but {2} --vary: give one key to vary per figure to match",
                              "{1} --match, men {2} --vary: oppgi én nøkkel å variere per tall som skal treffes"}},
    [LV_MSG_CAL_E_MANY] = {{"{1} keys at once: calibrate 1 to {2} keys, each with its figure",
                            "{1} nøkler samtidig: kalibrer 1 til {2} nøkler, hver med sitt tall"}},
    [LV_MSG_CAL_E_MANY_INTEGER] = {{"--vary '{1}': an integer key can only be calibrated alone (calibrate it by "
                                    "itself, the others fixed)", "--vary '{1}': en heltallsnøkkel kan bare kalibreres alene (kalibrer den for seg, med de andre faste)"}},
    [LV_MSG_CAL_E_NOT_MATCHED] = {{"the search ended without matching the figures: {1} gives {2}; the targets may be "
                                   "outside what the ranges give, widen them or check the figures",
        "søket sluttet uten å treffe tallene: {1} gir {2}; målene kan ligge utenfor det områdene "
        "gir, gjør dem bredere eller sjekk tallene"}},
    [LV_MSG_CAL_E_OUTSIDE] = {{"the target {1} = {2} is outside what the range gives: {3} = {4} gives {5}, {3} = {6} "
                               "gives {7}; widen the range or check the figure",
        "målet {1} = {2} ligger utenfor det området gir: {3} = {4} gir {5}, {3} = {6} gir {7}; "
        "gjør området bredere eller sjekk tallet"}},
    [LV_MSG_CAL_E_UNDEFINED] = {{"the figure '{1}' is undefined at {2} = {3}",
                                 "tallet '{1}' er udefinert ved {2} = {3}"}},
    [LV_MSG_CAL_E_RUN] = {{"the run at {1} = {2} failed: {3}", "kjøringen ved {1} = {2} feilet: {3}"}},
    [LV_MSG_CAL_E_NO_MEMORY] = {{"out of memory", "tom for minne"}},
    [LV_MSG_CLI_USAGE_CALIBRATE] = {{"usage: lvsim calibrate BASE.yaml --match FIGURE=VALUE --vary KEY.PATH=LO..HI "
                                     "[-r N] [-s SEED] [-j N] [--set KEY=VALUE] [--add-staff CHANGE] -o OUT.yaml\n"
                                     "Finds the value of a scenario key that reproduces a published figure (--match and "
                                     "--vary repeat in pairs for several at once; --set and --add-staff change the base "
                                     "first); see docs/calibrate.md.\n",
        "bruk: lvsim calibrate BASE.yaml --match FIGURE=VALUE --vary KEY.PATH=LO..HI [-r N] [-s SEED] [-j N] [--set NØKKEL=VERDI] [--add-staff ENDRING] -o OUT.yaml\n"
        "Finner verdien av en scenarionøkkel som gjenskaper et publisert tall (--match og --vary gjentas parvis for flere samtidig; --set og --add-staff endrer grunnlaget først); se docs/calibrate.md.\n"}},
    [LV_MSG_CLI_CAL_EXPECTED] = {{"expected BASE.yaml, at least one --match, as many --vary and -o OUT.yaml",
                                  "forventet BASE.yaml, minst én --match, like mange --vary og -o OUT.yaml"}},
    [LV_MSG_CLI_CAL_REPLICATIONS] = {{"calibration needs at least 2 replications per evaluation (use -r)",
                                      "kalibrering trenger minst 2 replikasjoner per evaluering (bruk -r)"}},
    [LV_MSG_CAL_TITLE] = {{"Calibration of {1} to {2} = {3}", "Kalibrering av {1} til {2} = {3}"}},
    [LV_MSG_CAL_RANGE] = {{"  range        {1} .. {2} gives {3} .. {4}", "  område       {1} .. {2} gir {3} .. {4}"}},
    [LV_MSG_CAL_FITTED] = {{"  fitted       {1} = {2} ± {3} (95 %, delta method)",
                            "  tilpasset    {1} = {2} ± {3} (95 %, deltametoden)"}},
    [LV_MSG_CAL_AT_FIT] = {{"  at the fit   {1} = {2} ± {3}, slope {4} per unit of the key",
                            "  i løsningen  {1} = {2} ± {3}, stigning {4} per enhet av nøkkelen"}},
    [LV_MSG_CAL_INTEGER] = {{"  integer key  {1} gives {2}, {3} gives {4}: the target lies between, {5} is written",
                             "  heltall      {1} gir {2}, {3} gir {4}: målet ligger imellom, {5} skrives"}},
    [LV_MSG_CAL_EVALS] = {{"  evaluations  {1} runs of {2} replications, seed {3} (common random numbers)",
                           "  evalueringer {1} kjøringer à {2} replikasjoner, frø {3} (felles tilfeldige tall)"}},
    [LV_MSG_CAL_CHECK] = {{"  check        fresh seed {1}: {2} = {3} ± {4}, the target is {5}",
                           "  kontroll     nytt frø {1}: {2} = {3} ± {4}, målet er {5}"}},
    [LV_MSG_CAL_AT_FIT_MANY] = {{"  at the fit   {1} = {2} ± {3} (target {4})",
                                 "  i løsningen  {1} = {2} ± {3} (mål {4})"}},
    [LV_MSG_CAL_CHECK_IN] = {{"within the interval", "innenfor intervallet"}},
    [LV_MSG_CAL_CHECK_OUT] = {{"outside the interval", "utenfor intervallet"}},
    [LV_MSG_CAL_WROTE] = {{"  written      {1}", "  skrevet      {1}"}},
    [LV_MSG_CAL_E_VARY_UNKNOWN] = {{"--vary '{1}': unknown key '{2}' in {3} (the keys are in docs/scenario.md)",
                                    "--vary '{1}': ukjent nøkkel '{2}' i {3} (nøklene står i docs/scenario.md)"}},
    [LV_MSG_CAL_E_VARY_UNKNOWN_SUGGEST] = {{"--vary '{1}': unknown key '{2}' in {3} (did you mean '{4}'?)",
                                            "--vary '{1}': ukjent nøkkel '{2}' i {3} (mente du '{4}'?)"}},
    [LV_MSG_CAL_E_VARY_NOT_A_LIST] = {{"--vary '{1}': '{3}' is not a list, so '{2}' cannot select an item of it",
                                       "--vary '{1}': '{3}' er ikke en liste, så '{2}' kan ikke velge et element i den"}},
    [LV_MSG_CAL_E_VARY_PATH] = {{"--vary '{1}': not a key path (names joined by '.', list items as [0] or [name])",
                                 "--vary '{1}': ikke en nøkkelsti (navn skilt med '.', listeelementer som [0] eller [navn])"}},
    [LV_MSG_CAL_E_VARY_NOT_NUMERIC] = {{"--vary '{1}': '{2}' is not a numeric key (a whole number, number, share or "
                                       "duration); only those can be calibrated",
        "--vary '{1}': '{2}' er ikke en numerisk nøkkel (et heltall, tall, en andel eller "
        "varighet); bare slike kan kalibreres"}},
    [LV_MSG_CAL_E_VARY_KIND] = {{"--vary '{1}': '{2}' takes {3}, but the range '{4}' is not one (e.g. {5})",
                                 "--vary '{1}': '{2}' tar {3}, men området '{4}' er ikke det (f.eks. {5})"}},
    [LV_MSG_CAL_KIND_INTEGER] = {{"a whole number", "et heltall"}},
    [LV_MSG_CAL_KIND_NUMBER] = {{"a number without unit", "et tall uten enhet"}},
    [LV_MSG_CAL_KIND_SHARE] = {{"a share", "en andel"}},
    [LV_MSG_CAL_KIND_DURATION] = {{"a duration", "en varighet"}},
    [LV_MSG_CAL_TOP] = {{"the scenario's top level", "scenarioets øverste nivå"}},
    /* fitting a call log (sim/study/fit.c) */
    [LV_MSG_FIT_E_CANNOT_READ] = {{"cannot read the call log: {1}", "kan ikke lese anropsloggen: {1}"}},
    [LV_MSG_FIT_E_TOO_LARGE] = {{"the call log is larger than {1} MiB; fit a shorter period (docs/fit.md, limits)",
                                 "anropsloggen er større enn {1} MiB; tilpass en kortere periode (docs/fit.md, grenser)"}},
    [LV_MSG_FIT_E_NUL] = {{"the file contains a NUL byte here; a call log is CSV text",
                           "filen inneholder en NUL-byte her; en anropslogg er CSV-tekst"}},
    [LV_MSG_FIT_E_EMPTY] = {{"the call log is empty; expected a header row naming the columns arrival, wait_s, talk_s and outcome",
                             "anropsloggen er tom; forventet en overskriftsrad med kolonnene arrival, wait_s, talk_s og outcome"}},
    [LV_MSG_FIT_E_MISSING_COLUMN] = {{"the header has no column '{1}' (required: arrival, wait_s, talk_s, outcome; optional: caller, type)",
        "overskriften har ingen kolonne '{1}' (påkrevd: arrival, wait_s, talk_s, outcome; valgfri: "
        "caller, type)"}},
    [LV_MSG_FIT_E_DUPLICATE_COLUMN] = {{"column '{1}' appears twice in the header",
                                        "kolonnen '{1}' står to ganger i overskriften"}},
    [LV_MSG_FIT_E_TOO_MANY_COLUMNS] = {{"the header has more than {1} columns",
                                        "overskriften har mer enn {1} kolonner"}},
    [LV_MSG_FIT_E_FIELD_COUNT] = {{"this row has {1} fields, the header has {2}",
                                   "denne raden har {1} felt, overskriften har {2}"}},
    [LV_MSG_FIT_E_UNTERMINATED] = {{"a quoted field starts here and is never closed",
                                    "et felt i anførselstegn begynner her og avsluttes aldri"}},
    [LV_MSG_FIT_E_AFTER_QUOTE] = {{"unexpected '{1}' after a closing quote (a quote inside a quoted field is written \"\")",
        "uventet '{1}' etter et avsluttende anførselstegn (et anførselstegn inne i et felt i "
        "anførselstegn skrives \"\")"}},
    [LV_MSG_FIT_E_STRAY_QUOTE] = {{"a quote inside an unquoted field (quote the whole field, and write a quote inside it as \"\")",
        "et anførselstegn inne i et felt uten anførselstegn (sett hele feltet i anførselstegn, og "
        "skriv anførselstegn inni som \"\")"}},
    [LV_MSG_FIT_E_FIELD_TOO_LONG] = {{"a field longer than {1} characters", "et felt lengre enn {1} tegn"}},
    [LV_MSG_FIT_E_TOO_MANY_ROWS] = {{"the call log has more than {1} call attempts; fit a shorter period (docs/fit.md, limits)",
                                     "anropsloggen har mer enn {1} anropsforsøk; tilpass en kortere periode (docs/fit.md, grenser)"}},
    [LV_MSG_FIT_E_ARRIVAL] = {{"'arrival' must be a local time YYYY-MM-DDTHH:MM:SS (years 1900-2999), got '{1}'",
                               "'arrival' må være lokal tid ÅÅÅÅ-MM-DDTTT:MM:SS (årene 1900-2999), fikk '{1}'"}},
    [LV_MSG_FIT_E_NUMBER] = {{"'{1}' must be a number of seconds from 0 to 86400 (decimal point or comma, no sign), got '{2}'",
        "'{1}' må være et antall sekunder fra 0 til 86400 (desimalpunktum eller -komma, uten "
        "fortegn), fikk '{2}'"}},
    [LV_MSG_FIT_E_OUTCOME] = {{"'outcome' must be 'answered', 'abandoned' or 'busy', got '{1}'",
                               "'outcome' må være 'answered', 'abandoned' eller 'busy', fikk '{1}'"}},
    [LV_MSG_FIT_E_TALK_MISSING] = {{"'talk_s' is empty but the call was answered",
                                    "'talk_s' er tom, men anropet ble besvart"}},
    [LV_MSG_FIT_E_TALK_ABANDONED] = {{"'talk_s' must be empty or 0 for an abandoned call, got '{1}'",
                                      "'talk_s' må være tom eller 0 for et anrop der innringer la på, fikk '{1}'"}},
    [LV_MSG_FIT_E_TOO_MANY_TYPES] = {{"'type' may take at most {1} different values, got '{2}' too",
                                      "'type' kan ha høyst {1} ulike verdier, fikk også '{2}'"}},
    [LV_MSG_FIT_E_NO_CALLS] = {{"the call log has a header but no call attempts",
                                "anropsloggen har en overskrift, men ingen anropsforsøk"}},
    [LV_MSG_FIT_E_TOO_FEW] = {{"too few calls to fit: {1} answered and {2} abandoned (at least 2 answered are needed)",
                               "for få anrop å tilpasse til: {1} besvart og {2} la på (minst 2 besvarte trengs)"}},
    [LV_MSG_FIT_E_OUT_OF_MEMORY] = {{"out of memory", "tom for minne"}},
    [LV_MSG_FIT_E_SPAN] = {{"the calls run from {1} to {2}, more than {3} days; fit a shorter period",
                            "anropene går fra {1} til {2}, mer enn {3} døgn; tilpass en kortere periode"}},
    [LV_MSG_FIT_TITLE] = {{"lvsim fit · {1}: {2} call attempts ({3} answered, {4} abandoned) over {5} days, {6} to {7}",
                           "lvsim fit · {1}: {2} anropsforsøk ({3} besvart, {4} la på) over {5} døgn, {6} til {7}"}},
    [LV_MSG_FIT_INTERVALS] = {{"intervals {1} %: maximum likelihood, asymptotic from the observed information (delta method, log scale); proportions Wilson; day variation a bootstrap over days",
        "intervaller {1} %: sannsynlighetsmaksimering, asymptotiske fra observert informasjon "
        "(deltametoden, log-skala); andeler Wilson; døgnvariasjon bootstrap over døgn"}},
    [LV_MSG_FIT_DEMAND] = {{"demand: {1} first attempts ({2} redials not counted)",
                            "etterspørsel: {1} første forsøk ({2} nye forsøk ikke talt med)"}},
    [LV_MSG_FIT_CALLS_PER_YEAR] = {{"calls_per_year    {1}", "calls_per_year    {1}"}},
    [LV_MSG_FIT_WEEKEND_FACTOR] = {{"weekend_factor    {1}   ({2} weekdays, {3} weekend days and holidays)",
                                    "weekend_factor    {1}   ({2} hverdager, {3} helge- og helligdager)"}},
    [LV_MSG_FIT_WEEKEND_FACTOR_KEPT] = {{"weekend_factor    {1}   kept from the base: not estimable from {2} weekdays and {3} weekend days",
        "weekend_factor    {1}   beholdt fra grunnscenarioet: kan ikke anslås fra {2} hverdager og "
        "{3} helgedager"}},
    [LV_MSG_FIT_DAY_VARIATION] = {{"day_variation     {1}   (Pearson dispersion of daily counts {2}, widens the two above)",
                                   "day_variation     {1}   (Pearson-spredning i døgntall {2}, gjør de to over bredere)"}},
    [LV_MSG_FIT_PROFILE_HEADER] = {{"hour  profile_weekday %          profile_weekend %",
                                    "time  profile_weekday %          profile_weekend %"}},
    [LV_MSG_FIT_TALK] = {{"talk time of {1} answered calls (m:ss); * lowest AIC, written to the scenario",
                          "samtaletid for {1} besvarte anrop (m:ss); * lavest AIC, skrevet til scenarioet"}},
    [LV_MSG_FIT_FAMILY_HEADER] = {{"  family       mean                           sd or shape                     ΔAIC",
                                   "  familie      snitt                          sd eller shape                  ΔAIC"}},
    [LV_MSG_FIT_PATIENCE] = {{"patience (m:ss): {1} abandoned, {2} answered (censored at their wait)",
                              "tålmodighet (m:ss): {1} la på, {2} besvart (sensurert ved ventetiden)"}},
    [LV_MSG_FIT_KM_HEADER] = {{"waited   Kaplan–Meier S(t) [interval]      fitted {1}",
                               "ventet   Kaplan–Meier S(t) [intervall]     tilpasset {1}"}},
    [LV_MSG_FIT_NO_PATIENCE] = {{"patience: not fitted ({1} abandoned calls; at least 2 are needed); kept from the base",
        "tålmodighet: ikke tilpasset ({1} anrop der innringer la på; minst 2 trengs); beholdt fra "
        "grunnscenarioet"}},
    [LV_MSG_FIT_NO_CALLER] = {{"redials: not fitted (the log has no 'caller' column); kept from the base, and demand counts every attempt",
        "nye forsøk: ikke tilpasset (loggen har ingen 'caller'-kolonne); beholdt fra "
        "grunnscenarioet, og etterspørselen teller alle forsøk"}},
    [LV_MSG_FIT_REDIAL] = {{"redials: a caller's next attempt within {1} min of hanging up",
                            "nye forsøk: innringerens neste forsøk innen {1} min etter å ha lagt på"}},
    [LV_MSG_FIT_REDIAL_PROBABILITY] = {{"probability       {1}   ({2} of {3} abandoned attempts followed)",
                                        "sannsynlighet     {1}   ({2} av {3} forsøk der innringer la på ble fulgt opp)"}},
    [LV_MSG_FIT_E_TALK_BUSY] = {{"'talk_s' must be empty or 0 for a busy signal, got '{1}'",
                                 "'talk_s' må være tom eller 0 for et opptattsignal, fikk '{1}'"}},
    [LV_MSG_FIT_BUSY] = {{"busy signals: {1} attempts found the queue full ({2} % of attempts); not a patience, may be redialled",
        "opptattsignal: {1} forsøk møtte full kø ({2} % av forsøkene); ikke tålmodighet, kan bli "
        "ringt på nytt"}},
    [LV_MSG_FIT_BUSY_CAPACITY] = {{"queue_capacity is kept from the base ({1} centres with one, the smallest {2}); not estimated from the log",
        "queue_capacity er beholdt fra grunnscenarioet ({1} sentraler har en, den minste {2}); "
        "ikke anslått fra loggen"}},
    [LV_MSG_FIT_BUSY_NO_CAPACITY] = {{"the base has no queue_capacity, so the fitted scenario gives no busy signals; set one (it is not estimated from the log)",
        "grunnscenarioet har ingen queue_capacity, så det tilpassede scenarioet gir ikke "
        "opptattsignal; sett en (den anslås ikke fra loggen)"}},
    [LV_MSG_FIT_REDIAL_PROBABILITY_BUSY] = {{"probability       {1}   ({2} of {3} abandoned or busy attempts followed)",
                                             "sannsynlighet     {1}   ({2} av {3} forsøk med lagt på eller opptatt ble fulgt opp)"}},
    [LV_MSG_FIT_KM_NOT_ESTIMABLE] = {{"— (nobody waited this long)", "— (ingen ventet så lenge)"}},
    [LV_MSG_FIT_REDIAL_DELAY] = {{"delay (m:ss) from hanging up to the redial",
                                  "tid (m:ss) fra innringer la på til nytt forsøk"}},
    [LV_MSG_FIT_HOURS_TITLE] = {{"first attempts by hour of the week, observed/fitted",
                                 "første forsøk per time i uken, observert/tilpasset"}},
    [LV_MSG_FIT_CHI2] = {{"Pearson chi-square {1} on {2} df (cells with fitted >= 5), p = {3}",
                          "Pearsons kjikvadrat {1} med {2} frihetsgrader (celler med tilpasset >= 5), p = {3}"}},
    [LV_MSG_FIT_TYPE] = {{"type '{1}': {2} % of first attempts; talk time of {3} answered calls (m:ss)",
                          "type '{1}': {2} % av første forsøk; samtaletid for {3} besvarte anrop (m:ss)"}},
    [LV_MSG_FIT_TYPES_MATCH] = {{"the base has exactly these types: each gets its own share and talk time",
                                 "grunnscenarioet har nøyaktig disse typene: hver får egen andel og samtaletid"}},
    [LV_MSG_FIT_TYPES_POOLED] = {{"the base's types differ from the log's: every type gets the pooled talk time, shares kept",
        "grunnscenarioets typer er andre enn loggens: alle typer får den samlede samtaletiden, "
        "andelene beholdes"}},
    [LV_MSG_FIT_SHAPE] = {{"shape {1}", "shape {1}"}},
    [LV_MSG_FIT_SD] = {{"sd {1}", "sd {1}"}},
    [LV_MSG_FIT_NAME] = {{"{1}, fitted to {2}", "{1}, tilpasset {2}"}},
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
        "      --lang nb|en             language (default: from LC_ALL/LC_MESSAGES/LANG)\n"
        "  -h, --help                   show this help\n",
        "bruk: lvsim erlang --calls-per-hour N --talk VARIGHET [valg]\n"
        "\n"
        "Erlang C og Erlang A: stasjonær andel besvart innen terskelen (av ALLE anrop, også dem\n"
        "der innringer la på), sannsynligheten for å vente, gjennomsnittlig svartid, andelen som la på og\n"
        "belegget når N anrop i timen besvares av C personer; eller færrest personer som når et mål.\n"
        "Varigheter skrives som i scenariofiler (6m, 90s, 1m30s), andeler som 80% eller 0.8. Konstant\n"
        "etterspørsel, eksponentielle tider, ingen nye forsøk: se docs/erlang.md for når 'lvsim run' passer bedre.\n"
        "\n"
        "valg:\n"
        "      --calls-per-hour N       innkommende anrop per time (Poisson-ankomster)\n"
        "      --talk VARIGHET          gjennomsnittlig samtaletid (eksponentiell)\n"
        "      --after-call VARIGHET    gjennomsnittlig etterarbeid, lagt til behandlingstiden (standard 0s)\n"
        "      --patience VARIGHET      gjennomsnittlig tålmodighet (eksponentiell): Erlang A; 'none' (standard):\n"
        "                               innringerne legger aldri på, Erlang C\n"
        "      --staff C                tallene for C personer\n"
        "      --target ANDEL           færrest personer som besvarer ANDEL av alle anrop innen\n"
        "                               terskelen (standard 80 % når --staff ikke er oppgitt)\n"
        "      --within VARIGHET        svarterskelen (standard 2m)\n"
        "      --abandon-max ANDEL      med --target: og høyst ANDEL av anropene legger på\n"
        "      --json                   skriv tallene som JSON i stedet\n"
        "      --lang nb|en             språk (standard: fra LC_ALL/LC_MESSAGES/LANG)\n"
        "  -h, --help                   vis denne hjelpen\n"}},
    [LV_MSG_ERL_E_OPTION] = {{"'{1}' must be {2}, got '{3}'", "'{1}' må være {2}, fikk '{3}'"}},
    [LV_MSG_ERL_WANT_CALLS] = {{"a number of calls per hour from 0.001 to 1000000",
                                "et antall anrop per time fra 0.001 til 1000000"}},
    [LV_MSG_ERL_WANT_TALK] = {{"a duration above 0 and at most 24h, such as 6m, 90s or 5m30s",
                               "en varighet over 0 og høyst 24h, som 6m, 90s eller 5m30s"}},
    [LV_MSG_ERL_WANT_DURATION] = {{"a duration of at most 24h, such as 1m, 45s or 0s",
                                   "en varighet på høyst 24h, som 1m, 45s eller 0s"}},
    [LV_MSG_ERL_WANT_PATIENCE] = {{"a duration above 0, such as 5m, or 'none' (callers never hang up)",
                                   "en varighet over 0, som 5m, eller 'none' (innringerne legger aldri på)"}},
    [LV_MSG_ERL_WANT_STAFF] = {{"a whole number of staff from 1 to 100000",
                                "et helt antall personer fra 1 til 100000"}},
    [LV_MSG_ERL_WANT_TARGET] = {{"a share above 0 and below 100 %, such as 80% or 0.8",
                                 "en andel over 0 og under 100 %, som 80% eller 0.8"}},
    [LV_MSG_ERL_WANT_ABANDON] = {{"a share above 0, such as 5% or 0.05", "en andel over 0, som 5% eller 0.05"}},
    [LV_MSG_ERL_E_EXPECTED] = {{"expected --calls-per-hour and --talk", "forventet --calls-per-hour og --talk"}},
    [LV_MSG_ERL_E_STAFF_AND_TARGET] = {{"give --staff (the figures for that many) or --target (the fewest staff for it), not both",
                                        "oppgi --staff (tallene for så mange) eller --target (færrest personer for målet), ikke begge"}},
    [LV_MSG_ERL_E_ABANDON_NEEDS_TARGET] = {{"'--abandon-max' is part of a target; give it with --target, not with --staff",
                                            "'--abandon-max' er del av et mål; oppgi det med --target, ikke med --staff"}},
    [LV_MSG_ERL_E_UNSTABLE] = {{"{1} staff cannot carry {2} erlang when nobody hangs up: the queue grows without "
                                "bound (give at least {3} staff, or a --patience)",
        "{1} personer kan ikke bære {2} erlang når ingen legger på: køen vokser uten grense (oppgi "
        "minst {3} personer, eller --patience)"}},
    [LV_MSG_ERL_E_TOO_LARGE] = {{"{1} staff, {2} erlang and a patience of {3}: the queue is longer than lvsim sums "
                                 "(more than 5 million waiting); give more staff or a shorter --patience",
        "{1} personer, {2} erlang og tålmodighet {3}: køen er lengre enn lvsim summerer (mer enn 5 "
        "millioner ventende); oppgi flere personer eller kortere --patience"}},
    [LV_MSG_ERL_E_UNREACHABLE] = {{"no staffing up to 100000 meets the target",
                                   "ingen bemanning opp til 100000 når målet"}},
    [LV_MSG_ERL_MODEL_C] = {{"Erlang C (M/M/c): callers wait as long as it takes",
                             "Erlang C (M/M/c): innringerne venter så lenge det tar"}},
    [LV_MSG_ERL_MODEL_A] = {{"Erlang A (M/M/c+M): callers hang up after {1} on average",
                             "Erlang A (M/M/c+M): innringerne legger på etter {1} i snitt"}},
    [LV_MSG_ERL_INPUT] = {{"{1} calls per hour, handling {2} (talk {3}, after-call {4}): offered load {5} erlang",
                           "{1} anrop per time, behandlingstid {2} (samtale {3}, etterarbeid {4}): tilbudt trafikk {5} erlang"}},
    [LV_MSG_ERL_FOR_STAFF] = {{"with {1} staff:", "med {1} personer:"}},
    [LV_MSG_ERL_L_WITHIN] = {{"answered within {1} (of all calls)", "besvart innen {1} (av alle anrop)"}},
    [LV_MSG_ERL_L_WAIT] = {{"found every staff member busy", "fant alle opptatt"}},
    [LV_MSG_ERL_L_ASA] = {{"mean answer time (answered calls)", "snitt svartid (besvarte anrop)"}},
    [LV_MSG_ERL_L_ABANDON] = {{"hung up before an answer", "la på før svar"}},
    [LV_MSG_ERL_L_OCCUPANCY] = {{"occupancy (staff time on calls)", "belegg (personaltid i samtale)"}},
    [LV_MSG_ERL_L_QUEUE] = {{"mean number waiting", "snitt antall som venter"}},
    [LV_MSG_ERL_ANSWER] = {{"fewest staff that answer {1} of all calls within {2}: {3}",
                            "færrest personer som besvarer {1} av alle anrop innen {2}: {3}"}},
    [LV_MSG_ERL_ANSWER_CAPPED] = {{"fewest staff that answer {1} of all calls within {2}, with at most {3} hung up: {4}",
                                   "færrest personer som besvarer {1} av alle anrop innen {2}, med høyst {3} som legger på: {4}"}},
    [LV_MSG_ERL_TABLE_HEAD] = {{"staff  within {1}  all busy  answer time  hung up  occupancy",
                                "antall  innen {1}  alle opptatt  svartid  la på  belegg"}},
    [LV_MSG_ERL_MEETS] = {{"meets", "når målet"}},
    [LV_MSG_ERL_MISSES] = {{"misses", "bommer"}},
    [LV_MSG_ERL_UNSTABLE_ROW] = {{"the queue grows without bound", "køen vokser uten grense"}},
    [LV_MSG_ERL_NOTE] = {{"Stationary: constant demand, exponential times, no redials, breaks or floor work. For those,\n"
                          "and for the hours of a real week, simulate with 'lvsim run' (docs/erlang.md).",
        "Stasjonær: konstant etterspørsel, eksponentielle tider, ingen nye forsøk, pauser eller klinikkarbeid.\n"
        "For slikt, og for timene i en virkelig uke, simuler med 'lvsim run' (docs/erlang.md)."}},
    [LV_MSG_E_SHIFT_UNCOVERED] = {{"no shift pattern covers {1} where {2} staff are required",
                                   "ingen vaktmønster dekker {1} der {2} personer trengs"}},
    [LV_MSG_E_SHIFT_TOO_FEW] = {{"the shift patterns covering {1} allow at most {2} staff where {3} are required (raise their 'max')",
                                 "vaktmønstrene som dekker {1} tillater høyst {2} personer der {3} trengs (øk deres 'max')"}},
    [LV_MSG_E_SHIFT_MORE_INTERVALS] = {{"and {1} more intervals", "og {1} intervaller til"}},
    [LV_MSG_E_SHIFT_INTERVAL] = {{"the interval must be whole minutes that divide 24 h, got {1} min",
                                  "intervallet må være hele minutter som går opp i 24 t, fikk {1} min"}},
    [LV_MSG_E_SHIFT_REQUIREMENT] = {{"the requirement of {1} is {2}; it must be a count of staff 0..{3}",
                                     "behovet for {1} er {2}; det må være et antall personer 0..{3}"}},
    [LV_MSG_E_SHIFT_INFEASIBLE] = {{"no plan covers the requirement within the patterns' 'min' and 'max'",
                                    "ingen plan dekker behovet innenfor mønstrenes 'min' og 'max'"}},
    [LV_MSG_E_SHIFT_SOLVER] = {{"the integer program was not solved to optimality ({1})",
                                "heltallsprogrammet ble ikke løst til optimum ({1})"}},
    [LV_MSG_E_SHIFT_PATTERN_BAD] = {{"shift pattern '{1}' is not valid: days, start 00:00-23:59, length 1 min to 24 h, 0 <= min <= max, cost >= 0",
        "vaktmønsteret '{1}' er ugyldig: days, start 00:00-23:59, lengde 1 min til 24 t, 0 <= min "
        "<= max, kostnad >= 0"}},
    [LV_MSG_E_SHIFT_TOO_MANY_BANDS] = {{"the plan changes staffing more than {1} times on {2}; a schedule cannot hold it",
                                        "planen endrer bemanningen mer enn {1} ganger på {2}; en vaktplan kan ikke romme det"}},
    [LV_MSG_E_SHIFT_NO_MEMORY] = {{"out of memory", "tom for minne"}},
    [LV_MSG_P_SHIFT_PLAN] = {{"the shift plan", "vaktplanen"}},
    /* the staffing optimiser (sim/study/staff.c, lvsim staff) */
    [LV_MSG_CLI_USAGE_STAFF] = {{
        "usage: lvsim staff SCENARIO.yaml [options]\n"
        "\n"
        "The fewest phone operators ('count') in each interval of the week so that the scenario's\n"
        "target (e.g. 80 % of calls answered within 2 minutes) holds, found by simulation: Erlang A for\n"
        "a start, then one operator at a time with common random numbers, then a check on fresh seeds.\n"
        "Every centre's operators are planned (several centres together, pools and overflow included);\n"
        "floor and shared nurses, doctors and the rest are kept (docs/planning.md).\n"
        "When the scenario gives shift patterns ('shifts', role operator), the requirement is covered\n"
        "by the cheapest shift plan (GLPK), which is checked and repaired on fresh seeds; the text and\n"
        "--json give its shifts, cost, hours and FTE, and -o writes its schedule.\n"
        "\n"
        "options:\n"
        "  -o, --output PLAN.yaml  write the scenario with the planned operators (lvsim run accepts it)\n"
        "      --set KEY=VALUE     override a scenario key before planning, as lvsim run (repeatable)\n"
        "      --add-staff CHANGE  staff added over days and hours before planning (docs/planning.md)\n"
        "      --shifts FILE       the shift patterns from FILE, which holds what the scenario's 'shifts'\n"
        "                          key would (patterns, premiums), in place of the scenario's own\n"
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
        "      --max-iterations N  simulations of the search at most (default 60)\n"
        "  -q, --quiet             do not print the plan (with -o, --json or --html)\n"
        "      --lang nb|en        language (default: from LC_ALL/LC_MESSAGES/LANG)\n",
        "bruk: lvsim staff SCENARIO.yaml [valg]\n"
        "\n"
        "Færrest telefonoperatører ('count') i hvert intervall av uken slik at scenarioets\n"
        "mål (f.eks. 80 % av anropene besvart innen 2 minutter) holder, funnet ved simulering: Erlang A\n"
        "som start, så én operatør om gangen med felles tilfeldige tall, så en kontroll med nye frø.\n"
        "Hver sentrals operatører planlegges (flere sentraler sammen, med samarbeid og overflyt);\n"
        "sykepleiere i klinikken og delte sykepleiere, leger og resten beholdes (docs/planning.md).\n"
        "Når scenarioet gir vaktmønstre ('shifts', rolle operator), dekkes behovet av den\n"
        "billigste vaktplanen (GLPK), som kontrolleres og repareres med nye frø; teksten og\n"
        "--json gir vaktene, kostnad, timer og årsverk, og -o skriver vaktplanen.\n"
        "\n"
        "valg:\n"
        "  -o, --output PLAN.yaml  skriv scenarioet med de planlagte operatørene (lvsim run godtar det)\n"
        "      --set NØKKEL=VERDI  overstyr en nøkkel i scenarioet før planleggingen, som lvsim run (kan gjentas)\n"
        "      --add-staff ENDRING  bemanning lagt til over dager og timer før planleggingen (docs/planning.md)\n"
        "      --shifts FIL        vaktmønstrene fra FIL, som inneholder det scenarioets 'shifts' ville\n"
        "                          (patterns, premiums), i stedet for scenarioets egne\n"
        "      --json FILE         skriv planen per intervall som JSON\n"
        "  -r, --replications N    replikasjoner i hver simulering (standard: nok til 2700 målte\n"
        "                          døgn, 100 av 27, eller scenarioets hvis flere; minst 2)\n"
        "  -s, --seed N            frø for søket (standard: scenarioets); kontrollen bruker\n"
        "                          frø + 1000003\n"
        "  -j, --jobs N            arbeidstråder (standard: alle kjerner); resultatene avhenger ikke av det\n"
        "      --form FORM         interval: hvert intervall med anrop når målet (standard);\n"
        "                          week: hele ukens andel når det (legger til dagens turnus);\n"
        "                          day: hver ukedag når det med --probability (legger også til)\n"
        "      --probability P     dagsform: andelen døgn som må nå det (standard 90%)\n"
        "      --abandon-max ANDEL og høyst ANDEL av anropene legger på (per intervall, eller uken)\n"
        "      --from-current      aldri færre operatører enn dagens turnus: minst mulig tillegg\n"
        "      --max-iterations N  høyst så mange simuleringer i søket (standard 60)\n"
        "  -q, --quiet             ikke skriv ut planen (med -o, --json eller --html)\n"
        "      --lang nb|en        språk (standard: fra LC_ALL/LC_MESSAGES/LANG)\n"}},
    [LV_MSG_STF_E_CENTRES] = {{"with several centres (this scenario has {1}) the staffing optimiser plans by the "
                               "interval or week form (days are not measured per centre); for the day form, plan a "
                               "centre from a scenario of its own",
        "med flere sentraler (dette scenarioet har {1}) planlegger bemanningsoptimereren i intervall- "
        "eller ukeform (døgn måles ikke per sentral); for dagsformen, planlegg en sentral fra et eget "
        "scenario"}},
    [LV_MSG_STF_E_OPTIONS] = {{"the optimiser needs at least 2 replications, 1 job and an abandon cap above 0 and at "
                               "most 100 %",
        "optimereren trenger minst 2 replikasjoner, 1 jobb og en grense for andelen som legger på "
        "over 0 og høyst 100 %"}},
    [LV_MSG_STF_E_INTERVAL] = {{"the optimiser plans whole-minute intervals; give 'interval' in whole minutes",
                                "optimereren planlegger intervaller av hele minutter; oppgi 'interval' i hele minutter"}},
    [LV_MSG_STF_E_BANDS] = {{"the plan would need more than {1} bands on one day; give a longer 'interval'",
                             "planen ville trenge mer enn {1} bånd på én dag; oppgi et lengre 'interval'"}},
    [LV_MSG_STF_E_RUN] = {{"a simulation of a candidate staffing failed: {1}",
                           "en simulering av en kandidatbemanning feilet: {1}"}},
    [LV_MSG_STF_E_FORM] = {{"'--form' must be 'interval', 'week' or 'day', got '{1}'",
                            "'--form' må være 'interval', 'week' eller 'day', fikk '{1}'"}},
    [LV_MSG_STF_E_ABANDON] = {{"'--abandon-max' must be a share above 0 and at most 100%, got '{1}'",
                               "'--abandon-max' må være en andel over 0 og høyst 100%, fikk '{1}'"}},
    [LV_MSG_STF_E_ITERATIONS] = {{"'--max-iterations' must be an integer from 1 to 100000, got '{1}'",
                                  "'--max-iterations' må være et heltall fra 1 til 100000, fikk '{1}'"}},
    [LV_MSG_STF_E_EXPECTED] = {{"expected one scenario file", "forventet én scenariofil"}},
    [LV_MSG_STF_TITLE] = {{"Staffing plan for '{1}': the fewest phone operators so that {2} of calls are answered "
                           "within {3}", "Bemanningsplan for '{1}': færrest telefonoperatører slik at {2} av anropene besvares innen {3}"}},
    [LV_MSG_STF_FORM_INTERVAL] = {{"Target form: every interval of the week ({1}) with calls meets it.",
                                   "Målform: hvert intervall i uken ({1}) med anrop når målet."}},
    [LV_MSG_STF_FORM_WEEK] = {{"Target form: the share over the whole week meets it.",
                               "Målform: andelen over hele uken når målet."}},
    [LV_MSG_STF_FROM_CURRENT] = {{"From the current roster: no interval gets fewer operators than now.",
                                  "Fra dagens turnus: ingen intervaller får færre operatører enn nå."}},
    [LV_MSG_STF_KEPT] = {{"Floor and shared nurses, doctors and everything else stay as the scenario has them; "
                          "holidays are staffed as Sundays.",
        "Sykepleiere i klinikken og delte sykepleiere, leger og alt annet står som i scenarioet; "
        "helligdager bemannes som søndager."}},
    [LV_MSG_STF_SEARCH] = {{"Search: {1} simulations of {2} replications (seed {3}) from Erlang A; {4}.",
                            "Søk: {1} simuleringer à {2} replikasjoner (frø {3}) fra Erlang A; {4}."}},
    [LV_MSG_STF_SEARCH_WEEK] = {{"Search: {1} simulations of {2} replications (seed {3}), adding operators to the current "
                                 "roster where one buys the most calls within the target; {4}.",
        "Søk: {1} simuleringer à {2} replikasjoner (frø {3}), med operatører lagt til dagens "
        "turnus der én gir flest anrop besvart innen målet; {4}."}},
    [LV_MSG_STF_CONVERGED_WEEK] = {{"the week meets the target", "uken når målet"}},
    [LV_MSG_STF_CONVERGED_DAY] = {{"every day of the week meets it often enough", "hver ukedag når målet ofte nok"}},
    [LV_MSG_STF_FORM_DAY] = {{"Target form: each day of the week meets it on at least {1} of days (chance-constrained).",
                              "Målform: hver ukedag når målet på minst {1} av dagene (sjansebegrenset)."}},
    [LV_MSG_STF_DAYS] = {{"Days meeting the target, Monday to Sunday: now {1}; plan {2} (fresh seeds).",
                          "Døgn som når målet, mandag til søndag: nå {1}; plan {2} (nye frø)."}},
    [LV_MSG_STF_E_PROBABILITY] = {{"'--probability' must be a share above 0 and below 100%, got '{1}'",
                                   "'--probability' må være en andel over 0 og under 100%, fikk '{1}'"}},
    [LV_MSG_STF_CONVERGED] = {{"no interval can lose an operator without missing the target",
                               "ingen intervaller kan miste en operatør uten å bomme på målet"}},
    [LV_MSG_STF_NOT_CONVERGED] = {{"stopped at the limit of simulations, not at the least staffing",
                                   "stoppet ved grensen for antall simuleringer, ikke ved minste bemanning"}},
    [LV_MSG_STF_CHECK] = {{"Check on fresh seeds ({1}): {2} rounds of repair; {3} of {4} intervals with calls are "
                           "below the target with 95 % confidence, {5} within noise of it.",
        "Kontroll med nye frø ({1}): {2} reparasjonsrunder; {3} av {4} intervaller med anrop er "
        "under målet med 95 % sikkerhet, {5} innenfor støyen."}},
    [LV_MSG_STF_ABANDON_CAP] = {{"And at most {1} of calls abandoned (each interval, or the week in the week form).",
                                 "Og høyst {1} av anropene der innringer la på (hvert intervall, eller uken i ukeform)."}},
    [LV_MSG_STF_TABLE_HEAD] = {{"day  hours          now  plan  Erlang A  lowest share within {1} (95 %)  calls/week",
                                "dag  timer          nå   plan  Erlang A  laveste andel innen {1} (95 %)  anrop/uke"}},
    [LV_MSG_STF_CENTRE] = {{"{1}: operator-hours a week now {2}, plan {3}; share within target over the week {4} "
                            "(fresh seeds); intervals failing {5}.",
        "{1}: operatørtimer per uke nå {2}, plan {3}; andel innen målet over uken {4} (nye frø); "
        "intervaller som bommer {5}."}},
    [LV_MSG_STF_HOURS] = {{"Nurse-hours per week as operators: now {1} ({2} FTE of 37.5 h), plan {3} ({4} FTE), "
                           "change {5} ({6} FTE).",
        "Sykepleiertimer per uke som operatør: nå {1} ({2} årsverk à 37,5 t), plan {3} ({4} "
        "årsverk), endring {5} ({6} årsverk)."}},
    [LV_MSG_STF_KEPT_HOURS] = {{"Kept as they are: {1} h a week of shared nurses (phone and floor) and {2} h of floor "
                                "nurses.",
        "Beholdt som de er: {1} t per uke med delte sykepleiere (telefon og klinikk) og {2} t med "
        "sykepleiere i klinikken."}},
    [LV_MSG_STF_WEEK_SHARE] = {{"Share within {1} over the week: now {2}, plan {3} (fresh seeds).",
                                "Andel innen {1} over uken: nå {2}, plan {3} (nye frø)."}},
    [LV_MSG_STF_ABANDONED] = {{"Abandoned: now {1}, plan {2}.", "La på før svar: nå {1}, plan {2}."}},
    [LV_MSG_STF_FAILING] = {{"warning: {1} intervals still miss the target on fresh seeds after {2} rounds of "
                             "repair; run with more replications (-r)",
        "warning: {1} intervaller bommer fortsatt på målet med nye frø etter {2} "
        "reparasjonsrunder; kjør med flere replikasjoner (-r)"}},
    [LV_MSG_STF_WROTE] = {{"wrote the plan as a scenario to {1}", "skrev planen som scenario til {1}"}},
    [LV_MSG_STF_MISS] = {{"misses", "bommer"}},
    [LV_MSG_STF_E_SHIFTS_FORM] = {{"the scenario gives shift patterns ('shifts'), and a shift plan is made for the "
                                   "interval form only; drop '--form' or the patterns",
        "scenarioet gir vaktmønstre ('shifts'), og en vaktplan lages bare for intervallformen; "
        "fjern '--form' eller mønstrene"}},
    [LV_MSG_STF_E_SHIFTS_ROLE] = {{"the scenario's shift patterns are all of role 'shared'; lvsim staff plans phone "
                                   "operators and needs patterns of role 'operator'",
        "scenarioets vaktmønstre har alle rollen 'shared'; lvsim staff planlegger "
        "telefonoperatører og trenger mønstre med rollen 'operator'"}},
    [LV_MSG_STF_SHIFTS_HEAD] = {{"Shift plan: the cheapest shifts that cover the requirement in every interval "
                                 "(GLPK), checked on fresh seeds; {1} rounds of repair. Shifts a week:",
        "Vaktplan: de billigste vaktene som dekker behovet i hvert intervall (GLPK), kontrollert "
        "med nye frø; {1} reparasjonsrunder. Vakter per uke:"}},
    [LV_MSG_STF_SHIFT_ROW] = {{"  {1}: {2} a week, {3} a week with premiums",
                               "  {1}: {2} per uke, {3} per uke med tillegg"}},
    [LV_MSG_STF_SHIFT_ROW_DAYS] = {{"  {1}: {2} a week ({4}), {3} a week with premiums",
                                    "  {1}: {2} per uke ({4}), {3} per uke med tillegg"}},
    [LV_MSG_STF_SHIFTS_SHARED] = {{"{1} shift patterns of role 'shared' are not planned: lvsim staff plans phone "
                                   "operators and keeps the scenario's shared nurses.",
        "{1} vaktmønstre med rollen 'shared' planlegges ikke: lvsim staff planlegger "
        "telefonoperatører og beholder scenarioets delte sykepleiere."}},
    [LV_MSG_STF_SHIFTS_HOURS] = {{"Cost of the plan: {1} a week with premiums; {2} nurse-hours ({3} FTE) against the "
                                  "requirement's {4} ({5} FTE): surplus {6} h.",
        "Kostnad for planen: {1} per uke med tillegg; {2} sykepleiertimer ({3} årsverk) mot "
        "behovets {4} ({5} årsverk): overskudd {6} t."}},
    [LV_MSG_STF_COST_TODAY] = {{"Cost of today's roster: not known (no shift patterns for it).",
                                "Kostnad for dagens turnus: ukjent (ingen vaktmønstre for den)."}},
    [LV_MSG_STF_SHIFTS_TABLE] = {{"In the table 'plan' is the operators the shift plan puts on duty (the fewest in "
                                  "the interval); the requirement per interval is in --json.",
        "I tabellen er 'plan' operatørene vaktplanen setter på vakt (færrest i intervallet); "
        "behovet per intervall står i --json."}},

    /* language (issue 12) */
    [LV_MSG_CLI_E_LANG] = {{"'--lang' must be 'nb' (Norwegian Bokmål) or 'en' (English), got '{1}'",
                            "'--lang' må være 'nb' (norsk bokmål) eller 'en' (engelsk), fikk '{1}'"}},
    [LV_MSG_CLI_E_CSV_DIALECT] = {{"'--csv-dialect' must be 'rfc4180' (comma, decimal point) or 'excel-nb' "
                                   "(semicolon, decimal comma, for a Norwegian spreadsheet), got '{1}'",
                                   "'--csv-dialect' må være 'rfc4180' (komma, desimalpunktum) eller 'excel-nb' "
                                   "(semikolon, desimalkomma, for norsk regneark), fikk '{1}'"}},

    /* HTML report (issue 12) */
    [LV_MSG_HTML_FOOTER] = {{"Made by lvsim {1} from its results in JSON. Every figure is a mean over replications; ± is its 95 % confidence interval.", "Laget av lvsim {1} fra resultatene i JSON. Hvert tall er et gjennomsnitt over replikasjoner; ± er 95 % konfidensintervall."}},
    [LV_MSG_HTML_FOOTER_NO_VERSION] = {{"Made by lvsim from its results in JSON. Every figure is a mean over replications; ± is its 95 % confidence interval.", "Laget av lvsim fra resultatene i JSON. Hvert tall er et gjennomsnitt over replikasjoner; ± er 95 % konfidensintervall."}},
    [LV_MSG_HTML_KEY_FIGURES] = {{"Key figures", "Hovedtall"}},
    [LV_MSG_HTML_CALLS_PER_DAY] = {{"calls offered per day", "innkommende anrop per døgn"}},
    [LV_MSG_HTML_ANSWERED_WITHIN] = {{"answered within {1}", "besvart innen {1}"}},
    [LV_MSG_HTML_TARGET_STATUS] = {{"target {1}: {2}", "mål {1}: {2}"}},
    [LV_MSG_HTML_MET] = {{"met", "nådd"}},
    [LV_MSG_HTML_NOT_MET] = {{"not met", "ikke nådd"}},
    [LV_MSG_HTML_ABANDONED] = {{"callers who hung up", "innringere som la på"}},
    [LV_MSG_HTML_ANSWER_MEAN] = {{"mean answer time (m:ss)", "gjennomsnittlig svartid (m:ss)"}},
    [LV_MSG_HTML_ANSWER_P90] = {{"answer time of 9 in 10 answered calls, at most (m:ss)", "svartid for 9 av 10 besvarte anrop, høyst (m:ss)"}},
    [LV_MSG_HTML_CALLERS_WITHIN] = {{"callers answered within {1} across redials", "innringere besvart innen {1}, medregnet nye forsøk"}},
    [LV_MSG_HTML_OCCUPANCY] = {{"operator occupancy", "beleggsgrad for operatører"}},
    [LV_MSG_HTML_PHONE_STAFF_MEAN] = {{"phone staff on duty on average", "telefonbemanning i snitt"}},
    [LV_MSG_HTML_DAYS_MEETING] = {{"days meeting the target", "døgn som når målet"}},
    [LV_MSG_HTML_N_OF_M] = {{"{1} of {2}", "{1} av {2}"}},
    [LV_MSG_HTML_HOURS_MEETING] = {{"hours of the week meeting the target", "timer i uken som når målet"}},
    [LV_MSG_HTML_INTERVALS_MEETING] = {{"intervals of the week meeting the target", "intervaller i uken som når målet"}},
    [LV_MSG_HTML_CI_NOTE] = {{"± is the half-width of the 95 % confidence interval over replications.", "± er halve bredden av 95 % konfidensintervall over replikasjonene."}},
    [LV_MSG_HTML_HEAT_READING] = {{"{1} of {2} hours with calls meet the target of {3}. Worst hour: {4}, {5} answered within {6}.", "{1} av {2} timer med anrop når målet på {3}. Verste time: {4}, {5} besvart innen {6}."}},
    [LV_MSG_HTML_HEAT_READING_INTERVALS] = {{"{1} of {2} intervals with calls meet the target of {3}. Worst: {4}, {5} answered within {6}.", "{1} av {2} intervaller med anrop når målet på {3}. Verst: {4}, {5} besvart innen {6}."}},
    [LV_MSG_HTML_HEAT_TITLE] = {{"The week hour by hour: share answered within the target time", "Uken time for time: andel besvart innen målet"}},
    [LV_MSG_HTML_CELL_NO_CALLS] = {{"{1}: no calls", "{1}: ingen anrop"}},
    [LV_MSG_HTML_CELL] = {{"{1}: {2} answered in time, {3} calls a week{4}", "{1}: {2} besvart i tide, {3} anrop per uke{4}"}},
    [LV_MSG_HTML_CELL_STRADDLES] = {{"; the interval contains the target", "; intervallet omfatter målet"}},
    [LV_MSG_HTML_AXIS_HOUR] = {{"hour of the day (start of the interval)", "time på døgnet (start av intervallet)"}},
    [LV_MSG_HTML_LEGEND_SHARE] = {{"share in time", "andel i tide"}},
    [LV_MSG_HTML_TARGET_IS] = {{"target {1}", "mål {1}"}},
    [LV_MSG_HTML_NO_CALLS] = {{"no calls", "ingen anrop"}},
    [LV_MSG_HTML_STRADDLES] = {{"95 % interval contains the target", "95 % intervall omfatter målet"}},
    [LV_MSG_HTML_PHONE_STAFF] = {{"phone staff", "telefonbemanning"}},
    [LV_MSG_HTML_FLOOR_NURSES] = {{"floor nurses", "sykepleiere i mottak"}},
    [LV_MSG_HTML_SHARED_NURSES] = {{"shared nurses on the floor", "delte sykepleiere i mottak"}},
    [LV_MSG_HTML_DOCTORS] = {{"doctors", "leger"}},
    [LV_MSG_HTML_TRAFFIC_READING] = {{"Busiest hour: {1}, {2} calls a week with {3} phone staff on duty on average.", "Travleste time: {1}, {2} anrop per uke med {3} på telefon i snitt."}},
    [LV_MSG_HTML_TRAFFIC_TITLE] = {{"Calls offered and staff on duty, hour by hour", "Innkommende anrop og bemanning, time for time"}},
    [LV_MSG_HTML_AXIS_CALLS_WEEK] = {{"calls a week", "anrop per uke"}},
    [LV_MSG_HTML_TRAFFIC_BAR] = {{"{1}: {2} calls a week, {3} phone staff", "{1}: {2} anrop per uke, {3} på telefon"}},
    [LV_MSG_HTML_AXIS_STAFF] = {{"staff on duty", "bemanning"}},
    [LV_MSG_HTML_DAYS_READING] = {{"{1} of {2} days fell short of the target of {3} (their mean over the replications); in a single replication a given day misses it with probability {4}. Worst day: {5}, {6}.", "{1} av {2} døgn nådde ikke målet på {3} (gjennomsnittet over replikasjonene); i én replikasjon bommer et gitt døgn med sannsynlighet {4}. Verste døgn: {5}, {6}."}},
    [LV_MSG_HTML_DAYS_TITLE] = {{"Share answered in time, day by day", "Andel besvart i tide, døgn for døgn"}},
    [LV_MSG_HTML_AXIS_SHARE_WITHIN] = {{"share answered in time", "andel besvart i tide"}},
    [LV_MSG_HTML_DAY_POINT] = {{"{1}: {2}", "{1}: {2}"}},
    [LV_MSG_HTML_AXIS_DATE] = {{"date (month-day)", "dato (måned-dag)"}},
    [LV_MSG_HTML_DAY_MET] = {{"day meets the target", "døgnet når målet"}},
    [LV_MSG_HTML_DAY_MISSED] = {{"day misses the target", "døgnet når ikke målet"}},
    [LV_MSG_HTML_WEEKS_READING] = {{"{1} of {2} weeks fell short of the target of {3} (their mean over the replications); in a single replication a given day misses it with probability {4}. Worst week: from {5}, {6}.", "{1} av {2} uker nådde ikke målet på {3} (gjennomsnittet over replikasjonene); i én replikasjon bommer et gitt døgn med sannsynlighet {4}. Verste uke: fra {5}, {6}."}},
    [LV_MSG_HTML_WEEKS_TITLE] = {{"Share answered in time, week by week", "Andel besvart i tide, uke for uke"}},
    [LV_MSG_HTML_WEEK_MET] = {{"week meets the target", "uka når målet"}},
    [LV_MSG_HTML_WEEK_MISSED] = {{"week misses the target", "uka når ikke målet"}},
    [LV_MSG_HTML_MONTHS_READING] = {{"{1} of {2} months fell short of the target of {3} (their mean over the replications); in a single replication a given day misses it with probability {4}. Worst month: from {5}, {6}.", "{1} av {2} måneder nådde ikke målet på {3} (gjennomsnittet over replikasjonene); i én replikasjon bommer et gitt døgn med sannsynlighet {4}. Verste måned: fra {5}, {6}."}},
    [LV_MSG_HTML_MONTHS_TITLE] = {{"Share answered in time, month by month", "Andel besvart i tide, måned for måned"}},
    [LV_MSG_HTML_MONTH_MET] = {{"month meets the target", "måneden når målet"}},
    [LV_MSG_HTML_MONTH_MISSED] = {{"month misses the target", "måneden når ikke målet"}},
    [LV_MSG_HTML_YEARS_READING] = {{"{1} of {2} years fell short of the target of {3} (their mean over the replications); in a single replication a given day misses it with probability {4}. Worst year: from {5}, {6}.", "{1} av {2} år nådde ikke målet på {3} (gjennomsnittet over replikasjonene); i én replikasjon bommer et gitt døgn med sannsynlighet {4}. Verste år: fra {5}, {6}."}},
    [LV_MSG_HTML_YEARS_TITLE] = {{"Share answered in time, year by year", "Andel besvart i tide, år for år"}},
    [LV_MSG_HTML_YEAR_MET] = {{"year meets the target", "året når målet"}},
    [LV_MSG_HTML_YEAR_MISSED] = {{"year misses the target", "året når ikke målet"}},
    [LV_MSG_HTML_AXIS_PERIOD] = {{"first day (year-month-day)", "første dag (år-måned-dag)"}},
    [LV_MSG_HTML_ANSWER_READING] = {{"{1} of calls answered within {2}; half of the answered calls waited at most {3}, nine in ten at most {4}; callers (across redials) {5} within {2}.", "{1} av anropene besvart innen {2}; halvparten av de besvarte ventet høyst {3}, ni av ti høyst {4}; innringere (medregnet nye forsøk) {5} innen {2}."}},
    [LV_MSG_HTML_ANSWER_TITLE] = {{"Answer times", "Svartider"}},
    [LV_MSG_HTML_PART_WITHIN] = {{"answered in time", "besvart i tide"}},
    [LV_MSG_HTML_PART_TO_10] = {{"answered later, within 10 min", "besvart senere, innen 10 min"}},
    [LV_MSG_HTML_PART_LATER] = {{"answered after 10 min", "besvart etter 10 min"}},
    [LV_MSG_HTML_PART_ABANDONED] = {{"hung up", "la på"}},
    [LV_MSG_HTML_CALLS_OFFERED] = {{"calls offered", "innkommende anrop"}},
    [LV_MSG_HTML_PART_TITLE] = {{"{1}: {2}", "{1}: {2}"}},
    [LV_MSG_HTML_ROW_CALLS] = {{"answered calls", "besvarte anrop"}},
    [LV_MSG_HTML_ROW_CALLERS] = {{"callers", "innringere"}},
    [LV_MSG_HTML_AXIS_WAIT] = {{"time to answer (m:ss)", "tid til svar (m:ss)"}},
    [LV_MSG_HTML_MEDIAN] = {{"median", "median"}},
    [LV_MSG_HTML_MEAN] = {{"mean", "gjennomsnitt"}},
    [LV_MSG_HTML_P90] = {{"90th percentile", "90-persentil"}},
    [LV_MSG_HTML_P95] = {{"95th percentile", "95-persentil"}},
    [LV_MSG_HTML_ANSWER_NOTE] = {{"The line marks the target time. Callers: from a caller's first call to the call that is answered, redials included.", "Linjen viser måltiden. Innringere: fra første anrop til anropet som besvares, nye forsøk medregnet."}},
    [LV_MSG_HTML_SITES_READING] = {{"Worst: {1}, {2} answered within {3}.", "Svakest: {1}, {2} besvart innen {3}."}},
    [LV_MSG_HTML_SITES_TITLE] = {{"Centres, worst first", "Legevaktsentraler, svakest først"}},
    [LV_MSG_HTML_COL_SITE] = {{"legevakt call centre", "legevaktsentral"}},
    [LV_MSG_HTML_COL_CALLS_DAY] = {{"calls a day", "anrop per døgn"}},
    [LV_MSG_HTML_SATELLITE] = {{"satellite", "satellitt"}},
    [LV_MSG_HTML_AREAS_TITLE] = {{"Areas, worst first", "Områder, svakest først"}},
    [LV_MSG_HTML_COL_AREA] = {{"area", "område"}},
    [LV_MSG_HTML_CLINICAL_READING] = {{"Red patients waited {1} on average at the centre ({2} seen in time); home visits reached the patient in {3} on average; doctors were busy {4} of their time.", "Røde pasienter ventet {1} i snitt på legevakten ({2} sett i tide); sykebesøk nådde pasienten etter {3} i snitt; legene var opptatt {4} av tiden."}},
    [LV_MSG_HTML_CLINICAL_TITLE] = {{"The clinical side: waits at the centre by urgency", "Klinisk: ventetid på legevakten etter hastegrad"}},
    [LV_MSG_HTML_URGENCY_ROW] = {{"urgency {1}", "hastegrad {1}"}},
    [LV_MSG_HTML_AXIS_CENTRE_WAIT] = {{"wait at the centre (minutes)", "ventetid på legevakten (minutter)"}},
    [LV_MSG_HTML_HOME_VISIT_MEAN] = {{"home visit: mean time from the call to the patient (h:mm:ss)", "sykebesøk: gjennomsnittlig tid fra samtalen til pasienten (t:mm:ss)"}},
    [LV_MSG_HTML_HOME_VISIT_P90] = {{"home visit: 9 in 10 reached within (h:mm:ss)", "sykebesøk: 9 av 10 nådd innen (t:mm:ss)"}},
    [LV_MSG_HTML_DOCTOR_WAIT] = {{"mean time from the call to a doctor, travel included (h:mm:ss)", "gjennomsnittlig tid fra samtalen til lege, reisen medregnet (t:mm:ss)"}},
    [LV_MSG_HTML_DOCTOR_UTILISATION] = {{"doctor utilisation", "legenes beleggsgrad"}},
    [LV_MSG_HTML_DOCTORS_MEAN] = {{"doctors on duty on average", "leger på vakt i snitt"}},
    [LV_MSG_HTML_BACKUP] = {{"back-up doctor (bakvakt) called out per week", "bakvakt kalt ut per uke"}},
    [LV_MSG_HTML_RUN_TITLE] = {{"Legevakt call centre: {1}", "Legevaktsentral: {1}"}},
    [LV_MSG_HTML_RUN_META] = {{"From {1}, {2} days measured × {3} replications, seed {4}; lvsim {5}", "Fra {1}, {2} døgn målt × {3} replikasjoner, frø {4}; lvsim {5}"}},
    [LV_MSG_HTML_HIGHER] = {{"B higher", "B høyere"}},
    [LV_MSG_HTML_LOWER] = {{"B lower", "B lavere"}},
    [LV_MSG_HTML_CMP_TITLE] = {{"Comparison: A {1}, B {2}", "Sammenligning: A {1}, B {2}"}},
    [LV_MSG_HTML_CMP_META] = {{"{1} replications with common random numbers, seed {2}; lvsim {3}", "{1} replikasjoner med felles tilfeldige tall, frø {2}; lvsim {3}"}},
    [LV_MSG_HTML_COL_DIFFERENCE] = {{"B − A (paired 95 % interval)", "B − A (parvis 95 % intervall)"}},
    [LV_MSG_HTML_WITHIN_TARGET] = {{"answered within the target time", "besvart innen måltiden"}},
    [LV_MSG_HTML_ANSWER_MEAN_S] = {{"mean answer time (m:ss)", "gjennomsnittlig svartid (m:ss)"}},
    [LV_MSG_HTML_CALLERS_WITHIN_TARGET] = {{"callers answered within the target time", "innringere besvart innen måltiden"}},
    [LV_MSG_HTML_CMP_NOTE] = {{"Differences of shares are in percentage points.", "Forskjeller i andeler er i prosentpoeng."}},
    [LV_MSG_HTML_CMP_READING] = {{"B is better in {1} and worse in {2} of {3} hours with calls (a change more than twice its 95 % interval; about 8 of 168 hours clear one interval by chance). Largest gain: {4}, {5} points.", "B er bedre i {1} og dårligere i {2} av {3} timer med anrop (en endring over to ganger sitt 95 %-intervall; omtrent 8 av 168 timer kommer utenfor ett intervall ved tilfeldighet). Største gevinst: {4}, {5} prosentpoeng."}},
    [LV_MSG_HTML_CMP_READING_NONE] = {{"No hour of the {1} with calls changed by more than twice its 95 % interval.", "Ingen av de {1} timene med anrop endret seg med mer enn to ganger sitt 95 %-intervall."}},
    [LV_MSG_HTML_CMP_CHART_TITLE] = {{"Difference B − A in the share answered in time, hour by hour", "Forskjell B − A i andel besvart i tide, time for time"}},
    [LV_MSG_HTML_AXIS_POINTS] = {{"B − A (percentage points)", "B − A (prosentpoeng)"}},
    [LV_MSG_HTML_CMP_BAR] = {{"{1}: {2} points", "{1}: {2} prosentpoeng"}},
    [LV_MSG_HTML_B_BETTER] = {{"B better", "B bedre"}},
    [LV_MSG_HTML_B_WORSE] = {{"B worse", "B dårligere"}},
    [LV_MSG_HTML_NO_DIFFERENCE] = {{"no difference shown", "ingen påvist forskjell"}},
    [LV_MSG_HTML_STAFF_TITLE] = {{"Staffing plan: {1} answered within {2}", "Bemanningsplan: {1} besvart innen {2}"}},
    [LV_MSG_HTML_STAFF_META] = {{"Form {1}, {2} replications, seed {3}; {4}", "Form {1}, {2} replikasjoner, frø {3}; {4}"}},
    [LV_MSG_HTML_CONVERGED] = {{"the search converged", "søket konvergerte"}},
    [LV_MSG_HTML_NOT_CONVERGED] = {{"the search did not converge", "søket konvergerte ikke"}},
    [LV_MSG_HTML_STAFF_HOURS_NOW] = {{"operator hours a week now", "operatørtimer per uke nå"}},
    [LV_MSG_HTML_STAFF_HOURS_PLAN] = {{"operator hours a week in the plan", "operatørtimer per uke i planen"}},
    [LV_MSG_HTML_STAFF_WITHIN_NOW] = {{"share in time over the week, now", "andel i tide over uken, nå"}},
    [LV_MSG_HTML_STAFF_WITHIN_PLAN] = {{"share in time over the week, plan (fresh seeds)", "andel i tide over uken, plan (nye frø)"}},
    [LV_MSG_HTML_STAFF_ABANDONED_PLAN] = {{"callers who hung up, plan", "innringere som la på, plan"}},
    [LV_MSG_HTML_STAFF_READING] = {{"The plan puts {1} operator hours a week on the phone against {2} now; over the week {3} would be answered within {4} (now {5}).", "Planen setter {1} operatørtimer per uke på telefonen mot {2} nå; over uken ville {3} bli besvart innen {4} (nå {5})."}},
    [LV_MSG_HTML_STAFF_CHART_TITLE] = {{"Required and planned phone operators, hour by hour", "Nødvendige og planlagte operatører, time for time"}},
    [LV_MSG_HTML_STAFF_CENTRE] = {{"Centre {1}", "Sentral {1}"}},
    [LV_MSG_HTML_AXIS_OPERATORS] = {{"operators", "operatører"}},
    [LV_MSG_HTML_STAFF_CURRENT] = {{"today's roster", "dagens turnus"}},
    [LV_MSG_HTML_STAFF_REQUIRED] = {{"required", "nødvendig"}},
    [LV_MSG_HTML_STAFF_PLANNED] = {{"planned", "planlagt"}},
    [LV_MSG_HTML_STAFF_BAND] = {{"{1}: required {2}, planned {3}, now {4}; {5} in time with the plan", "{1}: nødvendig {2}, planlagt {3}, nå {4}; {5} i tide med planen"}},
    [LV_MSG_HTML_SWEEP_TITLE] = {{"Sweep: {1}", "Parameterstudie: {1}"}},
    [LV_MSG_HTML_SWEEP_META] = {{"{1} points × {2} replications, seed {3}; lvsim {4}", "{1} punkter × {2} replikasjoner, frø {3}; lvsim {4}"}},
    [LV_MSG_HTML_SWEEP_READING] = {{"{1}: best {2} at {3}; lowest {4}.", "{1}: best {2} ved {3}; lavest {4}."}},
    [LV_MSG_HTML_SWEEP_GRID_TITLE] = {{"The figure over two axes", "Tallet over to akser"}},
    [LV_MSG_HTML_SWEEP_LINE_TITLE] = {{"The figure along the axis", "Tallet langs aksen"}},
    [LV_MSG_HTML_SWEEP_POINT] = {{"{1} × {2}: {3}", "{1} × {2}: {3}"}},
    [LV_MSG_HTML_SWEEP_SCALE] = {{"{1}: from {2} (light) to {3} (dark)", "{1}: fra {2} (lys) til {3} (mørk)"}},
    [LV_MSG_HTML_SWEEP_POINT1] = {{"{1}: {2}", "{1}: {2}"}},
    [LV_MSG_HTML_SWEEP_TABLE_TITLE] = {{"Every point", "Alle punkter"}},
    [LV_MSG_HTML_E_EMPTY] = {{"empty: expected a JSON document lvsim writes", "tom: forventet et JSON-dokument fra lvsim"}},
    [LV_MSG_HTML_E_NOT_JSON] = {{"not valid JSON at line {1}, column {2}", "ugyldig JSON på linje {1}, kolonne {2}"}},
    [LV_MSG_HTML_E_NOT_LVSIM] = {{"valid JSON, but not results lvsim writes (run -o, compare -o, a sweep's points.json, staff --json or explain --json)", "gyldig JSON, men ikke resultater fra lvsim (run -o, compare -o, en parameterstudies points.json, staff --json eller explain --json)"}},
    [LV_MSG_HTML_CLI_E_READ] = {{"cannot read '{1}': {2}", "kan ikke lese «{1}»: {2}"}},
    [LV_MSG_HTML_CLI_E_INPUT] = {{"{1}: {2}", "{1}: {2}"}},
    [LV_MSG_HTML_CLI_E_REPORT_ARGS] = {{"expected one results file (RESULTS.json) and -o FILE.html", "forventet én resultatfil (RESULTS.json) og -o FIL.html"}},
    [LV_MSG_HTML_CLI_USAGE_REPORT] = {{
        "usage: lvsim report RESULTS.json -o FILE.html [--lang nb|en]\n"
        "\n"
        "Renders results lvsim wrote as JSON (run -o, compare -o, a sweep's points.json, staff --json,\n"
        "explain --json) as one self-contained HTML page: charts as inline SVG, nothing loaded from\n"
        "the network, prints on A4 (docs/output.md).\n"
        "\n"
        "options:\n"
        "  -o, --output FILE.html  where to write the report (written in full, then renamed into place)\n"
        "      --lang nb|en        the report's language (default: as for every command, from the locale)\n"
        "  -h, --help              show this help\n",
        "bruk: lvsim report RESULTATER.json -o FIL.html [--lang nb|en]\n"
        "\n"
        "Lager en selvstendig HTML-side av resultater lvsim skrev som JSON (run -o, compare -o, en\n"
        "parameterstudies points.json, staff --json, explain --json): diagrammer som innebygd SVG,\n"
        "ingenting hentes fra nettet, kan skrives ut på A4 (docs/output.md).\n"
        "\n"
        "valg:\n"
        "  -o, --output FIL.html   hvor rapporten skrives (skrives ferdig, så flyttes den på plass)\n"
        "      --lang nb|en        rapportens språk (standard: som for alle kommandoer, fra locale)\n"
        "  -h, --help              vis denne hjelpen\n"}},
    [LV_MSG_HTML_CLI_USAGE_OPTIONS] = {{
        "\nHTML report:\n"
        "      --html FILE       also write the results as an HTML report (as lvsim report), in the\n"
        "                        language of the text (--lang)\n",
        "\nHTML-rapport:\n"
        "      --html FIL        skriv også resultatene som HTML-rapport (som lvsim report), på\n"
        "                        tekstens språk (--lang)\n"}},
    [LV_MSG_AB_AT_ONCE] = {{"at once", "straks"}},
    [LV_MSG_AB_UNDER_30S] = {{"under 30 s", "under 30 s"}},
    [LV_MSG_AB_30S_1MIN] = {{"30 s–1 min", "30 s–1 min"}},
    [LV_MSG_AB_1_2MIN] = {{"1–2 min", "1–2 min"}},
    [LV_MSG_AB_2_3MIN] = {{"2–3 min", "2–3 min"}},
    [LV_MSG_AB_3_5MIN] = {{"3–5 min", "3–5 min"}},
    [LV_MSG_AB_5_10MIN] = {{"5–10 min", "5–10 min"}},
    [LV_MSG_AB_10_20MIN] = {{"10–20 min", "10–20 min"}},
    [LV_MSG_AB_20_30MIN] = {{"20–30 min", "20–30 min"}},
    [LV_MSG_AB_30MIN_1H] = {{"30 min–1 h", "30 min–1 t"}},
    [LV_MSG_AB_1_4H] = {{"1–4 h", "1–4 t"}},
    [LV_MSG_AB_OVER_4H] = {{"4 h or more", "4 t eller mer"}},
    [LV_MSG_HTML_HIST_TITLE] = {{"Answer times, calls and callers", "Svartider, anrop og innringere"}},
    [LV_MSG_HTML_HIST_AXIS] = {{"time to answer", "tid til svar"}},
    [LV_MSG_HTML_HIST_Y] = {{"share of those answered", "andel av de besvarte"}},
    [LV_MSG_HTML_HIST_BAR] = {{"{1}, {2}: {3}", "{1}, {2}: {3}"}},
    [LV_MSG_HTML_HIST_READING] = {{"{1} of the answered calls were answered at once; {2} waited {3} or longer.", "{1} av de besvarte anropene ble besvart straks; {2} ventet {3} eller lenger."}},
    [LV_MSG_HTML_CLI_WROTE] = {{"wrote {1}", "skrev {1}"}},
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
    [LV_MSG_E_ADD_STAFF_BELOW_ZERO] = {{"this leaves {1} {8} on {3} {4}-{5}, where there are {7} ('{2}' of {6})",
                                        "dette gir {1} {8} på {3} {4}-{5}, der det er {7} ('{2}' i {6})"}},
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

    /* explain report (issue 13) */
    [LV_MSG_EXPH_TITLE] = {{"{1}, {2} {3}: the day hour by hour", "{1}, {2} {3}: dagen time for time"}},
    [LV_MSG_EXPH_META] = {{"Scenario {1}, the first replication (seed {2}): {3} calls, {4} answered within {5}.",
                           "Scenario {1}, første replikasjon (frø {2}): {3} anrop, {4} besvart innen {5}."}},
    [LV_MSG_EXPH_META_WORST] = {{" The worst day of the replication: the lowest share answered within the target.",
                                 " Replikasjonens verste dag: lavest andel besvart innen målet."}},
    [LV_MSG_EXPH_CHART_TITLE] = {{"The day's timeline", "Dagens tidslinje"}},
    [LV_MSG_EXPH_READ_QUEUE] = {{"The queue peaked at {1} callers at {2} with {3} on the phone",
                                 "Køen var lengst med {1} innringere kl. {2}, med {3} på telefonen"}},
    [LV_MSG_EXPH_READ_NO_QUEUE] = {{"No more than one caller waited at a time",
                                    "Aldri mer enn én innringer ventet om gangen"}},
    [LV_MSG_EXPH_READ_HUNG_UP] = {{"; {1} of {2} callers hung up between {3} and {4}.",
                                   "; {1} av {2} innringere la på mellom {3} og {4}."}},
    [LV_MSG_EXPH_READ_NONE_HUNG_UP] = {{"; no caller hung up.", "; ingen innringere la på."}},
    [LV_MSG_EXPH_AXIS_TIME] = {{"time of day", "klokkeslett"}},
    [LV_MSG_EXPH_AXIS_PEOPLE] = {{"people", "personer"}},
    [LV_MSG_EXPH_AXIS_CALLS] = {{"calls per hour", "anrop per time"}},
    [LV_MSG_EXPH_LEG_QUEUE] = {{"callers waiting (most in each minute)", "innringere i kø (flest hvert minutt)"}},
    [LV_MSG_EXPH_LEG_PHONE] = {{"staff on the phone (roster)", "bemanning på telefonen (vaktplan)"}},
    [LV_MSG_EXPH_LEG_WITHIN] = {{"answered within {1}", "besvart innen {1}"}},
    [LV_MSG_EXPH_LEG_LATE] = {{"answered later", "besvart senere"}},
    [LV_MSG_EXPH_LEG_ABANDONED] = {{"hung up", "la på"}},
    [LV_MSG_EXPH_LEG_BUSY] = {{"busy signal", "opptattsignal"}},
    [LV_MSG_EXPH_BAR] = {{"{1}: {2} calls; {3} answered within {4}, {5} later, {6} hung up, {7} busy",
                          "{1}: {2} anrop; {3} besvart innen {4}, {5} senere, {6} la på, {7} opptatt"}},
    [LV_MSG_EXPH_PHONE_BAND] = {{"{1}: {2} on the phone", "{1}: {2} på telefonen"}},
    [LV_MSG_EXPH_HOURS_TITLE] = {{"Hour by hour", "Time for time"}},
    [LV_MSG_EXPH_KEY_CALLS] = {{"calls (attempts)", "anrop (forsøk)"}},
    [LV_MSG_EXPH_KEY_REDIALS] = {{"of them redials", "av dem nye forsøk"}},
    [LV_MSG_EXPH_KEY_AGAIN] = {{"hung up and called again", "la på og ringte igjen"}},
    [LV_MSG_EXPH_NOTE] = {{"One day of one replication, from its call log: what a single day can look like, not an "
                           "estimate. The queue counts callers after the announcement; a bar's calls are the "
                           "attempts that came in that hour.",
                           "Én dag i én replikasjon, fra anropsloggen: slik en enkelt dag kan se ut, ikke et "
                           "estimat. Køen teller innringere etter velkomstmeldingen; en søyles anrop er forsøkene "
                           "som kom inn den timen."}},
    /* lvsim-bench: scale in centres and the national year (issue 14) */
    [LV_MSG_CLI_BENCH_SCALE] = {{"{1} centres", "{1} sentraler"}},
    [LV_MSG_CLI_BENCH_SCALE_RESULT] = {{"{1} {2} calls in {3} s more for {4} more days: {5} µs a call, {6} x the cost at {7} centres  peak RSS {8} KiB",
        "{1} {2} anrop på {3} s mer for {4} dager mer: {5} µs per anrop, {6} x kostnaden ved {7} sentraler  største RSS {8} KiB"}},
    [LV_MSG_CLI_BENCH_NATIONAL] = {{"national scenario, 1 year", "nasjonalt scenario, 1 år"}},
    [LV_MSG_CLI_BENCH_NATIONAL_MISSING] = {{"{1}: the national scenario cannot be used (see above); its line is left out",
        "{1}: det nasjonale scenariet kan ikke brukes (se over); linjen utelates"}},
    /* ---- the planner's workbench, lvsim serve (issue 15): keep this block last ---- */
    [LV_MSG_SRV_TITLE] = {{"Planner's workbench", "Planleggerens arbeidsbenk"}},
    [LV_MSG_SRV_INTRO] = {{"Change the roster, press Run, and see the week change next to the roster as it is.",
                           "Endre turnusen, trykk Kjør og se uken endre seg ved siden av turnusen slik den er."}},
    [LV_MSG_SRV_GRID_TITLE] = {{"Phone nurses on duty, hour by hour", "Telefonsykepleiere på vakt, time for time"}},
    [LV_MSG_SRV_GRID_HELP] = {{"Click a cell to select it, shift-click another to select the hours between; then add or "
                               "remove a nurse there. A band that covers more is split.",
                               "Klikk en celle for å velge den, skift-klikk en annen for å velge timene imellom; legg "
                               "så til eller fjern en sykepleier der. Et bånd som dekker mer, deles."}},
    [LV_MSG_SRV_GRID_LEGEND] = {{"A cell: phone nurses, then +shared nurses (phone and floor) and /floor nurses. "
                                 "After a run each hour is coloured by the change in the share answered within the "
                                 "target: green better, red worse, white no clear change (its paired difference is "
                                 "within twice its interval).",
                                 "En celle: telefonsykepleiere, så +delte sykepleiere (telefon og mottak) og "
                                 "/sykepleiere i mottaket. Etter en kjøring fargelegges hver time etter endringen i andelen besvart innen "
                                 "målet: grønn bedre, rød dårligere, hvit ingen klar endring (den parede forskjellen "
                                 "er innenfor to ganger intervallet)."}},
    [LV_MSG_SRV_ADD] = {{"+1 nurse", "+1 sykepleier"}},
    [LV_MSG_SRV_REMOVE] = {{"−1 nurse", "−1 sykepleier"}},
    [LV_MSG_SRV_ROLE] = {{"Role", "Rolle"}},
    [LV_MSG_SRV_ROLE_OPERATOR] = {{"phone nurse", "telefonsykepleier"}},
    [LV_MSG_SRV_ROLE_SHARED] = {{"shared nurse (phone and floor)", "delt sykepleier (telefon og mottak)"}},
    [LV_MSG_SRV_ROLE_FLOOR] = {{"floor nurse", "sykepleier i mottaket"}},
    [LV_MSG_SRV_CENTRE] = {{"Centre", "Legevaktsentral"}},
    [LV_MSG_SRV_SELECTED] = {{"Selected", "Valgt"}},
    [LV_MSG_SRV_NOTHING_SELECTED] = {{"nothing selected", "ingenting valgt"}},
    [LV_MSG_SRV_DEMAND] = {{"Demand and time away", "Etterspørsel og tid borte"}},
    [LV_MSG_SRV_GROWTH] = {{"Demand growth (factor on all calls)", "Vekst i etterspørselen (faktor på alle anrop)"}},
    [LV_MSG_SRV_PERIOD] = {{"A date range with its own demand factor", "En datoperiode med egen etterspørselsfaktor"}},
    [LV_MSG_SRV_FROM] = {{"from", "fra"}},
    [LV_MSG_SRV_TO] = {{"to", "til"}},
    [LV_MSG_SRV_FACTOR] = {{"factor", "faktor"}},
    [LV_MSG_SRV_SHRINKAGE] = {{"Time away from the phone (share of phone nurses' time on duty, e.g. 0.35 or 35%)",
                               "Tid borte fra telefonen (andel av telefonsykepleiernes vakttid, f.eks. 0.35 eller 35%)"}},
    [LV_MSG_SRV_APPLY] = {{"Apply", "Bruk"}},
    [LV_MSG_SRV_EDITS] = {{"Changes", "Endringer"}},
    [LV_MSG_SRV_NO_EDITS] = {{"No changes yet: this is the scenario as given.", "Ingen endringer ennå: dette er scenarioet slik det ble gitt."}},
    [LV_MSG_SRV_UNDO] = {{"remove", "fjern"}},
    [LV_MSG_SRV_CLEAR] = {{"Start again", "Begynn på nytt"}},
    [LV_MSG_SRV_RUN] = {{"Run", "Kjør"}},
    [LV_MSG_SRV_RUNNING] = {{"Running…", "Kjører…"}},
    [LV_MSG_SRV_CANCEL] = {{"Cancel", "Avbryt"}},
    [LV_MSG_SRV_LEAST] = {{"Least we must add", "Minst vi må legge til"}},
    [LV_MSG_SRV_LEAST_HELP] = {{"The staffing optimiser's answer (lvsim staff --from-current): the fewest phone nurses "
                                "to add to the roster so that every hour meets the target, checked on fresh seeds. "
                                "Shown on the grid as +N; takes a few seconds.",
                                "Bemanningsoptimererens svar (lvsim staff --from-current): de færreste "
                                "telefonsykepleierne å legge til turnusen slik at hver time når målet, kontrollert med "
                                "nye frø. Vises i rutenettet som +N; tar noen sekunder."}},
    [LV_MSG_SRV_LEAST_APPLY] = {{"Add these to the changes", "Legg disse til endringene"}},
    [LV_MSG_SRV_LEAST_NONE] = {{"Nothing to add: every hour already meets the target.", "Ingenting å legge til: hver time når allerede målet."}},
    [LV_MSG_SRV_RESULTS] = {{"Results", "Resultater"}},
    [LV_MSG_SRV_BASELINE] = {{"as given (A)", "slik det ble gitt (A)"}},
    [LV_MSG_SRV_EDITED] = {{"with the changes (B)", "med endringene (B)"}},
    [LV_MSG_SRV_DIFFERENCE] = {{"B − A (paired)", "B − A (paret)"}},
    [LV_MSG_SRV_WEEK] = {{"the whole week", "hele uken"}},
    [LV_MSG_SRV_SECONDS] = {{"answered in {1} s", "svarte etter {1} s"}},
    [LV_MSG_SRV_DOWNLOAD] = {{"Download", "Last ned"}},
    [LV_MSG_SRV_DL_SCENARIO] = {{"scenario (YAML)", "scenario (YAML)"}},
    [LV_MSG_SRV_DL_REPORT] = {{"report (HTML)", "rapport (HTML)"}},
    [LV_MSG_SRV_DL_TABLES] = {{"tables (CSV)", "tabeller (CSV)"}},
    [LV_MSG_SRV_ERRORS] = {{"The changes have errors (as lvsim check would say):", "Endringene har feil (slik lvsim check ville sagt):"}},
    [LV_MSG_SRV_LANGUAGE] = {{"På norsk", "In English"}},
    [LV_MSG_SRV_WITHIN] = {{"answered within target", "besvart innen målet"}},
    [LV_MSG_SRV_CHANGED] = {{"a clear change", "en klar endring"}},
    [LV_MSG_SRV_UNCHANGED] = {{"no clear change", "ingen klar endring"}},
    [LV_MSG_SRV_LEAST_ADDED] = {{"{1} nurse-hours a week to add ({2} FTE); the week within target {3}",
                                 "{1} sykepleiertimer i uken å legge til ({2} årsverk); uken innen målet {3}"}},
    [LV_MSG_SRV_STALE] = {{"The changes have changed since this run: press Run again.", "Endringene er endret siden denne kjøringen: trykk Kjør igjen."}},
    [LV_MSG_SRV_POINTS] = {{"pp", "pp"}},
    [LV_MSG_SRV_E_TOKEN] = {{"missing or wrong token: open the address lvsim serve printed", "mangler eller feil nøkkel: åpne adressen lvsim serve skrev ut"}},
    [LV_MSG_SRV_E_HOST] = {{"the Host header '{1}' is not the address this server listens on", "Host-feltet «{1}» er ikke adressen denne tjeneren lytter på"}},
    [LV_MSG_SRV_E_ORIGIN] = {{"a request from another site is refused", "en forespørsel fra et annet nettsted avvises"}},
    [LV_MSG_SRV_E_CONTENT_TYPE] = {{"a POST must carry JSON (Content-Type: application/json)", "en POST må inneholde JSON (Content-Type: application/json)"}},
    [LV_MSG_SRV_E_BODY] = {{"the request is larger than {1} bytes", "forespørselen er større enn {1} byte"}},
    [LV_MSG_SRV_E_NOT_FOUND] = {{"nothing here: '{1}'", "ingenting her: «{1}»"}},
    [LV_MSG_SRV_E_METHOD] = {{"'{1}' is not allowed on '{2}'", "«{1}» er ikke tillatt på «{2}»"}},
    [LV_MSG_SRV_E_FIELD] = {{"'{1}' must be {2}", "«{1}» må være {2}"}},
    [LV_MSG_SRV_E_EDITS] = {{"'edits' must be a list of at most {1} texts of at most {2} bytes each",
                             "«edits» må være en liste med høyst {1} tekster på høyst {2} byte hver"}},
    [LV_MSG_SRV_E_EDIT_SYNTAX] = {{"an edit needs KEY.PATH=VALUE (e.g. demand.growth=1.1), got '{1}'",
                                   "en endring trenger KEY.PATH=VALUE (f.eks. demand.growth=1.1), fikk «{1}»"}},
    [LV_MSG_SRV_E_LANG] = {{"unknown language '{1}' (en or nb)", "ukjent språk «{1}» (en eller nb)"}},
    [LV_MSG_SRV_E_BUDGET] = {{"this would simulate about {1} calls ({2} replications × {3} days × {4} calls a day, "
                              "redials if every attempt failed and walk-ins included), more than the {5} the workbench runs "
                              "at a time: run this scenario with lvsim run, or start lvsim serve with a larger --budget",
                              "dette ville simulert omtrent {1} anrop ({2} replikasjoner × {3} dager × {4} anrop per dag, "
                              "nye forsøk om hvert forsøk mislyktes og direkte oppmøtte medregnet), mer enn de {5} "
                              "arbeidsbenken kjører om gangen: kjør scenarioet med lvsim run, eller start lvsim serve med "
                              "større --budget"}},
    [LV_MSG_SRV_E_BUSY] = {{"a run of yours is under way: wait for it or cancel it", "en kjøring av deg pågår: vent på den eller avbryt den"}},
    [LV_MSG_SRV_E_FULL] = {{"the server is running {1} simulations already: try again in a moment",
                            "tjeneren kjører allerede {1} simuleringer: prøv igjen om litt"}},
    [LV_MSG_SRV_E_CANCELLED] = {{"cancelled", "avbrutt"}},
    [LV_MSG_SRV_E_RUN] = {{"the run failed: {1}", "kjøringen feilet: {1}"}},
    [LV_MSG_SRV_E_NO_MEMORY] = {{"out of memory", "tom for minne"}},
    [LV_MSG_SRV_E_REPLICATIONS] = {{"a paired comparison needs at least 2 replications", "en paret sammenligning trenger minst 2 replikasjoner"}},
    [LV_MSG_SRV_E_CENTRE] = {{"there is no centre number {1}", "det finnes ingen legevaktsentral nummer {1}"}},
    [LV_MSG_SRV_E_STAFF] = {{"the staffing optimiser failed: {1}", "bemanningsoptimereren feilet: {1}"}},
    [LV_MSG_SRV_E_START] = {{"cannot listen on {1} port {2}: {3}", "kan ikke lytte på {1} port {2}: {3}"}},
    [LV_MSG_SRV_E_TOO_MANY_CLIENTS] = {{"too many different clients at once", "for mange ulike klienter samtidig"}},
    [LV_MSG_SRV_CLI_USAGE] = {{
        "usage: lvsim serve [SCENARIO.yaml] [options]\n"
        "\n"
        "The planner's workbench: a web page on this machine to change the scenario's roster, run it\n"
        "next to the scenario as given, and ask for the least staff to add (docs/workbench.md).\n"
        "Prints one address to open in a browser; Ctrl-C stops the server.\n"
        "\n"
        "options:\n"
        "      --port N          port to listen on (default 0: any free port)\n"
        "      --listen ADDR     address to listen on (default 127.0.0.1; another one exposes the\n"
        "                        workbench to the network, still only with the token)\n"
        "      --budget N        simulated call attempts a request may cost at most (default 5000000)\n"
        "  -j, --jobs N          worker threads of a run (default: all cores)\n"
        "      --set KEY=VALUE, --add-staff CHANGE  change the scenario before serving it\n",
        "bruk: lvsim serve [SCENARIO.yaml] [valg]\n"
        "\n"
        "Planleggerens arbeidsbenk: en nettside på denne maskinen der du endrer scenarioets turnus,\n"
        "kjører den ved siden av scenarioet slik det ble gitt, og spør om det minste som må legges til\n"
        "(docs/workbench.md). Skriver ut én adresse å åpne i en nettleser; Ctrl-C stopper tjeneren.\n"
        "\n"
        "valg:\n"
        "      --port N          porten det lyttes på (standard 0: en hvilken som helst ledig port)\n"
        "      --listen ADR      adressen det lyttes på (standard 127.0.0.1; en annen gjør\n"
        "                        arbeidsbenken synlig på nettet, fortsatt bare med nøkkelen)\n"
        "      --budget N        simulerte anropsforsøk en forespørsel høyst kan koste (standard 5000000)\n"
        "  -j, --jobs N          arbeidstråder i en kjøring (standard: alle kjerner)\n"
        "      --set KEY=VALUE, --add-staff ENDRING  endre scenarioet før det serveres\n"}},
    [LV_MSG_SRV_CLI_URL] = {{"open {1}\n(lvsim serve of {2}; Ctrl-C stops it)\n", "åpne {1}\n(lvsim serve av {2}; Ctrl-C stopper den)\n"}},
    [LV_MSG_SRV_CLI_STOPPED] = {{"lvsim serve: stopped\n", "lvsim serve: stoppet\n"}},
    [LV_MSG_SRV_CLI_E_PORT] = {{"'--port' takes a port 0..65535, got '{1}'", "«--port» tar en port 0..65535, fikk «{1}»"}},
    [LV_MSG_SRV_CLI_E_BUDGET] = {{"'--budget' takes a number of calls 1000..10000000000, got '{1}'",
                                  "«--budget» tar et antall anrop 1000..10000000000, fikk «{1}»"}},
    [LV_MSG_SRV_CLI_E_LISTEN] = {{"'--listen' takes an IPv4 or IPv6 address such as 127.0.0.1 or ::1, got '{1}'",
                                  "«--listen» tar en IPv4- eller IPv6-adresse som 127.0.0.1 eller ::1, fikk «{1}»"}},
    [LV_MSG_SRV_SIDE_A] = {{"as given", "slik det ble gitt"}},
    [LV_MSG_SRV_SIDE_B] = {{"with the changes", "med endringene"}},
    [LV_MSG_E_RUN_CANCELLED] = {{"cancelled", "avbrutt"}},
    [LV_MSG_CLI_OUTPUT_IS_INPUT] = {{"{1} '{2}' is a file this command reads (an input, or a scenario an input extends): "
                                     "writing there would replace it; choose another name",
                                     "{1} '{2}' er en fil denne kommandoen leser (en inndatafil, eller et scenario en av dem "
                                     "utvider): å skrive der ville erstatte den; velg et annet navn"}},
    [LV_MSG_CLI_OUTPUTS_SAME] = {{"{1} and {2} both name '{3}': one would replace the other; give each its own name",
                                  "{1} og {2} peker begge på '{3}': den ene ville erstatte den andre; gi hver sitt navn"}},
    [LV_MSG_HTML_STAFF_FORM_INTERVAL] = {{"interval", "intervall"}},
    [LV_MSG_HTML_STAFF_FORM_DAY] = {{"day", "døgn"}},
    [LV_MSG_HTML_STAFF_FORM_WEEK] = {{"week", "uke"}},
    [LV_MSG_CAL_E_MATCH_SHARE_RANGE] = {{"--match '{1}': '{2}' is out of range: a share lies between 0 % and 100 % (0 and 1)",
                                         "--match '{1}': '{2}' er utenfor området: en andel ligger mellom 0 % og 100 % (0 og 1)"}},
    [LV_MSG_E_SET_NO_LIST_SUGGEST] = {{"'{1}' does not exist, so '[{2}]' cannot select an item of it (did you mean '{3}'?)",
                                       "'{1}' finnes ikke, så '[{2}]' kan ikke velge et element i den (mente du '{3}'?)"}},
    [LV_MSG_E_RUN_TOO_LARGE] = {{"'replications' is {1}: each replication keeps {2} MB of figures here and a run keeps at most "
                                 "{3} MB, so at most {4} replications (split more into runs with other seeds, or a sweep)",
                                 "'replications' er {1}: hver replikasjon beholder {2} MB med tall her, og en kjøring beholder "
                                 "høyst {3} MB, altså høyst {4} replikasjoner (del flere på kjøringer med andre frø, eller en "
                                 "parameterstudie)"}},
    [LV_MSG_FIT_E_TYPE_TEXT] = {{"this call type's name is not plain text: a type name is UTF-8 without control characters "
                                 "(it names a call type in the scenario written)",
                                 "navnet på denne anropstypen er ikke ren tekst: et typenavn er UTF-8 uten kontrolltegn "
                                 "(det navngir en anropstype i scenarioet som skrives)"}},
    [LV_MSG_P_NON_NEGATIVE_INTEGER_AT_MOST] = {{"a non-negative integer (at most {1})", "et heltall som ikke er negativt (høyst {1})"}},
    [LV_MSG_SRV_NOT_STARTED] = {{"Not started:", "Ikke startet:"}},
    [LV_MSG_ADD_STAFF_PHONE_NURSES] = {{"phone nurses", "telefonsykepleiere"}},
    [LV_MSG_ADD_STAFF_FLOOR_NURSES] = {{"floor nurses", "klinikksykepleiere"}},
    [LV_MSG_ADD_STAFF_SHARED_NURSES] = {{"shared nurses", "delte sykepleiere"}},
    [LV_MSG_ADD_STAFF_DOCTORS] = {{"doctors", "leger"}},
    [LV_MSG_ADD_STAFF_SATELLITE_NURSES] = {{"nurses", "sykepleiere"}},
    [LV_MSG_W_PERIOD_OUTSIDE] = {{"this demand period ({1}) lies outside the simulated days ({2}), so it changes nothing; "
                                  "give dates within them, or a 'start' and 'horizon' that reach it",
                                  "denne etterspørselsperioden ({1}) ligger utenfor de simulerte dagene ({2}), så den endrer "
                                  "ingenting; gi datoer innenfor dem, eller en 'start' og 'horizon' som når den"}},
    [LV_MSG_HTML_CMP_READING_LOSS] = {{"B is better in no hour and worse in {1} of {2} hours with calls (a change more than twice its 95 % interval; about 8 of 168 hours clear one interval by chance). Largest loss: {3}, {4} points.",
                                       "B er bedre i ingen timer og dårligere i {1} av {2} timer med anrop (en endring over to ganger sitt 95 %-intervall; omtrent 8 av 168 timer kommer utenfor ett intervall ved tilfeldighet). Største tap: {3}, {4} prosentpoeng."}},
    /* sweep part files (helper sweepfix) */
    [LV_MSG_E_SWEEP_OWN_FILE_LINK] = {{"'{1}' is a symbolic link: the files in a sweep's result directory are its own, "
                                       "and it never writes through a link (remove the link and run again)",
                                       "'{1}' er en symbolsk lenke: filene i en parameterstudies resultatkatalog er dens egne, "
                                       "og den skriver aldri gjennom en lenke (fjern lenken og kjør igjen)"}},
    [LV_MSG_E_RECORD_TOO_LONG] = {{"longer than any record can be ({1} bytes)",
                                   "lengre enn en post kan være ({1} byte)"}},
    [LV_MSG_E_RECORD_IMPOSSIBLE] = {{"a figure no run can give (a mean or interval without the replications for it, "
                                     "a negative value, or a share above 1)",
                                     "et tall ingen kjøring kan gi (et gjennomsnitt eller intervall uten "
                                     "replikasjonene til det, en negativ verdi eller en andel over 1)"}},
    [LV_MSG_E_SWEEP_AXIS_VALUE_LABEL] = {{"{1}:{2}:{3}: axis {4}, value '{5}'", "{1}:{2}:{3}: akse {4}, verdi '{5}'"}},
    [LV_MSG_HTML_E_TOO_MANY] = {{"'{1}' has {2} entries where such a document has at most {3}: not results lvsim writes",
                                 "«{1}» har {2} elementer der et slikt dokument har høyst {3}: ikke resultater fra lvsim"}},
    /* sweeps, analyst findings (helper sweepfix2) */
    [LV_MSG_E_SWEEP_BASE_UNREADABLE] = {{"cannot read the base scenario '{1}': {2}",
                                         "kan ikke lese grunnscenarioet '{1}': {2}"}},
    [LV_MSG_E_SWEEP_AXIS_VALUE_TWICE] = {{"{1}: value '{2}' is the same as '{3}' at line {4}, column {5}: each value once",
                                          "{1}: verdien '{2}' er den samme som '{3}' på linje {4}, kolonne {5}: hver verdi én gang"}},
    [LV_MSG_E_SWEEP_POINT_INVALID] = {{"point {1} is not a valid scenario (the check before the run reaches the first 5000 points): {2}",
                                       "punkt {1} er ikke et gyldig scenario (kontrollen før kjøringen når de første 5000 punktene): {2}"}},
    [LV_MSG_E_SWEEP_CANNOT_APPEND_TO] = {{"cannot append results to '{1}': {2}",
                                          "kan ikke legge til resultater i '{1}': {2}"}},
    /* html report findings (helper reportfix2) */
    [LV_MSG_HTML_HEAT_READING_NONE] = {{"{1} of {2} hours with calls meet the target of {3}. Worst hours: {4}.",
                                        "{1} av {2} timer med anrop når målet på {3}. Verste timer: {4}."}},
    [LV_MSG_HTML_HEAT_READING_NONE_INTERVALS] = {{"{1} of {2} intervals with calls meet the target of {3}. Worst: {4}.",
                                                  "{1} av {2} intervaller med anrop når målet på {3}. Verst: {4}."}},
    [LV_MSG_CMP_B_CHANGES] = {{"B's changes: {1}", "endringer i B: {1}"}},
    [LV_MSG_HTML_CMP_TITLE_SAME] = {{"Comparison: {1} as given (A) and with B's changes", "Sammenligning: {1} slik det er (A) og med endringene i B"}},
    [LV_MSG_HTML_FOOTER_EXPLAIN] = {{"Made by lvsim from its results in JSON. The page shows one day of one replication as "
                                     "it was simulated: its figures are counts and times of that day, not means, and "
                                     "have no confidence interval.",
                                     "Laget av lvsim fra resultatene i JSON. Siden viser én dag av én replikasjon slik "
                                     "den ble simulert: tallene er antall og tider for den dagen, ikke gjennomsnitt, og "
                                     "har intet konfidensintervall."}},
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

int lv_msg_translated(enum lv_msg id, enum lv_language lang)
{
    if ((unsigned)id >= LV_MSG_COUNT || (unsigned)lang >= LV_LANGUAGES)
        return 0;
    const char *t = catalogue[id].text[lang];
    return t && *t;
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

int lv_text_width(const char *text)
{
    int n = 0;
    for (const char *c = text; *c; c++)
        n += ((unsigned char)*c & 0xC0) != 0x80; /* count all but UTF-8 continuation bytes */
    return n;
}

int lv_utf8_decode(const char *s, size_t n, unsigned *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0];
    int more = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (more < 0 || n <= (size_t)more)
        return -1;
    unsigned v = more == 0 ? c : more == 1 ? c & 0x1F : more == 2 ? c & 0x0F : c & 0x07;
    for (int k = 1; k <= more; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return -1;
        v = v << 6 | (p[k] & 0x3F);
    }
    static const unsigned least[] = {0, 0x80, 0x800, 0x10000};
    if (v < least[more] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return -1;
    *cp = v;
    return more + 1;
}

enum lv_language lv_language_of_locale(const char *locale)
{
    if (!locale)
        return LV_LANG_EN;
    if (strncmp(locale, "nb", 2) == 0 || strncmp(locale, "nn", 2) == 0 || strncmp(locale, "no_NO", 5) == 0)
        return LV_LANG_NB;
    return LV_LANG_EN;
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
