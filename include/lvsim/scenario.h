/* scenario.h — a scenario as plain structs, and the YAML loader that fills them.
 * The loader checks every key against its schema (kind, bounds, default), collects all errors it
 * finds into an lv_diags list with file:line:column, and returns NULL if there was any. The
 * scenario owns everything it points to; free it with lv_scenario_free. */
#ifndef LVSIM_SCENARIO_H
#define LVSIM_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lvsim/date.h"
#include "lvsim/diag.h"
#include "lvsim/dist.h"
#include "lvsim/messages.h"
#include "lvsim/override.h"

#define LV_MAX_CALL_TYPES 16
#define LV_MAX_BANDS 48     /* staffing bands per day type */
#define LV_DAY_TYPES 8      /* Monday..Sunday, then public holidays */
#define LV_HOLIDAY_DAY_TYPE 7
#define LV_NAME_MAX 64

enum lv_demand_mode { LV_DEMAND_CONSTANT, LV_DEMAND_PROFILED };

enum lv_urgency { LV_RED, LV_YELLOW, LV_GREEN, LV_URGENCIES };
enum lv_period { LV_DAY, LV_EVENING, LV_NIGHT, LV_PERIODS };
enum lv_disposition {
    LV_DISP_ADVICE,       /* nurse advice only */
    LV_DISP_CONSULTATION, /* appointment at the centre: the patient travels in */
    LV_DISP_CALLBACK,     /* doctor phone advice */
    LV_DISP_HOME_VISIT,   /* the doctor travels out */
    LV_DISP_AMBULANCE,    /* red response: AMK conference / ambulance; a doctor may turn out */
    LV_DISP_REFERRAL,     /* referred to the GP or another service */
    LV_DISPOSITIONS
};
enum lv_shared_priority { LV_SHARED_PHONE_FIRST, LV_SHARED_FLOOR_FIRST, LV_SHARED_RED_FLOOR_FIRST };
/* Whether a free phone nurse takes a waiting call or a waiting piece of time away first. */
enum lv_away_priority { LV_AWAY_CALLS_FIRST, LV_AWAY_AWAY_FIRST };

const char *lv_urgency_name(enum lv_urgency u);
const char *lv_disposition_name(enum lv_disposition d);

struct lv_call_type {
    char name[LV_NAME_MAX];
    bool clinical;         /* triaged: gets an urgency and a disposition */
    double share;          /* of first attempts, 0..1; the types' shares sum to 1 */
    double priority_share; /* of this type's callers who use the priority lane */
    struct lv_dist talk, after_call;
    bool own_patience;
    struct lv_dist patience; /* when own_patience */
    struct {                 /* the nurse calls the patient back (docs/model.md) */
        double share;          /* of answered calls of this type, 0..1 (0: off) */
        struct lv_dist delay;  /* from the end of the answered call (talk and after-call work) */
        struct lv_dist talk;   /* the callback's length, a phone nurse busy */
    } callback;
    struct {                 /* the nurse consults the doctor on duty during the call (docs/model.md) */
        double share;          /* of answered calls of this type, 0..1 (0: off) */
        struct lv_dist duration; /* the consultation, nurse and doctor busy */
        double max_hold_s;     /* longest hold for a busy doctor; then the call ends without it */
    } consult;
};

struct lv_band {
    int from_min, to_min; /* [from, to) in minutes since midnight */
    int count;            /* operators (phone only) or doctors */
    int floor, shared;    /* nurses on floor work only, and nurses who do both (operators only) */
};

#define LV_MAX_STAFF 10000  /* the most staff of one role a band may hold */

/* Staffing level for every minute of each day type, as ordered, gap-free bands. */
struct lv_schedule {
    int band_count[LV_DAY_TYPES];
    struct lv_band bands[LV_DAY_TYPES][LV_MAX_BANDS];
};

#define LV_MAX_SITES 2048    /* centres and satellites */
#define LV_MAX_AREAS 4096
#define LV_MAX_PARTNERS 32
#define LV_UNLIMITED_QUEUE INT32_MAX /* queue_capacity: none */

/* Centre P's waiting calls that this centre's staff may take: once the call has waited after_s,
 * or at once while P's queue is longer than queue_above (0: that rule is off). */
struct lv_partner {
    int site;
    double after_s;
    int queue_above;
    bool own_first; /* this centre's own callers first */
    bool pooled;    /* from a pool rather than an overflow rule */
};

/* A site: a call centre (legevaktsentral) with its staff, or a satellite (legevaktsatellitt) with
 * nurses who work up patients for video consultations with the centre's doctors. */
struct lv_site {
    char name[LV_NAME_MAX];
    bool satellite;
    int centre;                    /* a satellite's centre (its own index for a centre) */
    double announcement_s;
    int queue_capacity;            /* callers who may wait in its queue; LV_UNLIMITED_QUEUE = no limit */
    struct lv_schedule operators;  /* a satellite's nurses are 'count' */
    enum lv_shared_priority shared_priority;
    bool has_doctors;
    struct lv_schedule doctors;
    struct {
        bool enabled;
        struct lv_dist activation;   /* from the call to the backup doctor being available */
        int queue_above;             /* call when more doctor tasks than this wait (0 = never) */
        bool red_busy;               /* call when a red task finds every doctor busy */
        int release_at;              /* go home when at most this many tasks wait */
        bool has_on_call;            /* only called inside on_call's bands (else round the clock) */
        struct lv_schedule on_call;  /* count 1 inside a band, 0 outside */
    } backup;
    struct {                       /* time away from the phone while on duty (centres; docs/model.md) */
        double share;                /* of phone nurses' on-duty time, 0 <= share < 1 (0: off) */
        struct lv_dist piece;        /* one piece of time away */
        enum lv_away_priority priority;
    } away;
    int partner_count;
    struct lv_partner partners[LV_MAX_PARTNERS];
    int pool;                      /* pooled group number, or -1 */
    /* satellites */
    bool answers_calls;            /* idle satellite nurses answer the centre's calls */
    bool takes_yellow;             /* yellow patients too, not only green */
    struct lv_dist work_up, video;
};

/* An area (municipality or part): where calls and walk-ins come from. */
struct lv_area {
    char name[LV_NAME_MAX];
    double population;
    double calls_per_inhabitant;   /* this area's own rate (0: demand's) */
    double weight;                 /* share of demand, after the satellite factor */
    int centre, satellite;         /* site indices; satellite -1 when none */
    bool has_travel, has_satellite_travel;
    struct lv_dist travel;         /* to its centre (patients) and from it (home visits) */
    struct lv_dist satellite_travel;
};

#define LV_MAX_DEMAND_PERIODS 64 /* date ranges with their own demand factor */

/* A date range whose days carry `factor` times the calls the profile gives them (Easter, an
 * influenza wave, a local event). Days from_day..to_day, both included; ranges never overlap. */
struct lv_demand_period {
    long from_day, to_day;
    double factor;           /* > 0; multiplies the day's expected first attempts */
    char name[LV_NAME_MAX];  /* "" when the scenario gives none */
};

#define LV_MAX_SHIFT_PATTERNS 64 /* shift patterns of a scenario's `shifts` */

/* Which staff a shift pattern provides: phone nurses (a band's count) or shared nurses. */
enum lv_shift_role { LV_SHIFT_OPERATOR, LV_SHIFT_SHARED, LV_SHIFT_ROLES };

/* An allowed shift (docs/planning.md): on each day of `days` a shift may start at start_min and
 * last length_min (it may cross midnight, and Sunday's wraps into Monday). The planner chooses how
 * many staff start it on each of those days, each count within min..max. */
struct lv_shift_pattern {
    char name[LV_NAME_MAX];
    unsigned days;         /* bit d: may start on weekday d (0 = Monday .. 6 = Sunday) */
    int start_min;         /* minutes since midnight, 0..1439 */
    int length_min;        /* 1..1440 */
    int min, max;          /* staff per started shift; max INT32_MAX: no limit */
    enum lv_shift_role role;
    double cost_per_hour;  /* before premiums */
};

/* A scenario's `shifts`: the patterns and the premiums that make some hours dearer. */
struct lv_shifts {
    int pattern_count;     /* 0: the scenario gives no shifts */
    struct lv_shift_pattern patterns[LV_MAX_SHIFT_PATTERNS];
    int night_from_min, night_to_min; /* night premium window; may cross midnight; equal: none */
    double night_factor;   /* cost multiplier for minutes in the night window */
    double weekend_factor; /* cost multiplier for minutes from Saturday 00:00 to Monday 00:00 */
};

struct lv_scenario {
    char name[128];
    char source[256];      /* file name, or "default" */
    long start_day;        /* day number of the first simulated day (00:00) */
    double horizon_s, warmup_s;
    int replications;
    uint64_t seed;
    double target_within_s, target_share;
    double interval_s;     /* length of a reporting interval; divides 24 h */

    bool christmas_eve_holiday, new_years_eve_holiday;
    long extra_holidays[64];
    int extra_holiday_count;

    struct {
        enum lv_demand_mode mode;
        double calls_per_hour;   /* CONSTANT */
        double calls_per_year;   /* PROFILED: expected first attempts in the year from start */
        double calls_per_inhabitant; /* instead of calls_per_year: first attempts per inhabitant and year (0 = unused) */
        double weekend_factor;   /* a weekend or holiday day relative to a weekday */
        double profile[2][24];   /* [0] weekday, [1] weekend/holiday: fractions of the day, sum 1 */
        double season[12];       /* month multipliers */
        double growth;           /* overall multiplier */
        double day_variation;    /* CV of the gamma day multiplier; 0 = none */
        /* Date ranges with a factor, in the order given, none overlapping. calls_per_year is the
         * volume before them: a period adds (or removes) calls on its days only. */
        int period_count;
        struct lv_demand_period periods[LV_MAX_DEMAND_PERIODS];
    } demand;

    int type_count;
    struct lv_call_type types[LV_MAX_CALL_TYPES];
    struct lv_dist patience;      /* default for types without their own */
    double redial_probability;
    struct lv_dist redial_delay;

    /* Sites: centres first, then satellites. Areas: at least one (an implicit one when the
     * scenario lists none). Owned. */
    int site_count, centre_count;
    struct lv_site *sites;
    int area_count;
    struct lv_area *areas;
    double transfer_s;             /* extra delay when a call is answered by another centre */
    double satellite_factor;       /* contact-rate factor in areas with a satellite */

    /* The clinical side: off when the scenario has no 'clinical' section. */
    struct {
        bool enabled;
        double urgency[LV_URGENCIES];
        int period_start_min[LV_PERIODS];
        double disposition[LV_PERIODS][LV_URGENCIES][LV_DISPOSITIONS]; /* each row sums to 1 */
        struct lv_dist travel;       /* booking to arrival at the centre */
        double no_show;
        double red_within_s;         /* report the share of red patients seen within this */
        bool red_preempts;           /* a red patient at the centre interrupts a green or yellow consultation */
        struct lv_dist consultation, callback, home_travel, home_on_site, call_out;
        double call_out_probability; /* a doctor turns out on a red response */
        double assist_share;         /* consultations a floor nurse assists */
        struct lv_dist assist, red_arrival;
        double amk_share;            /* red calls whose nurse holds a conference with the AMK (0: off) */
        struct lv_dist amk_conference; /* its length, after the talk, before after-call work */
    } clinical;

    struct {
        double share;                /* walk-ins per first call attempt, same hourly shape */
        struct lv_dist triage;
        double urgency[LV_URGENCIES];
    } walk_ins;

    struct lv_shifts shifts;       /* allowed shift patterns for planning; unused by a run */

    /* The files read: the scenario's and those it extends, by the names they were opened by, so a
     * command can refuse to write its output over one of them. */
    char **read_files;
    int read_file_count;
};

/* Loads a scenario from the file `path`, or from `text` (named `name` in diagnostics) when path
 * is NULL; follows `extends:` (paths relative to the file), then applies the overrides in order.
 * Everything is validated as one document; diagnostics name the file, or the override. */
struct lv_scenario *lv_scenario_load(const char *path, const char *text, const char *name,
                                     const struct lv_override *overrides, int override_count,
                                     struct lv_diags *diags);

/* The scenario as YAML after `extends` and the overrides (comments are not kept), once it has
 * been validated. malloc'd string, or NULL with diagnostics. */
char *lv_scenario_render(const char *path, const char *text, const char *name,
                         const struct lv_override *overrides, int override_count, struct lv_diags *diags);

/* Adds warnings about a scenario that loads (the same arguments as lv_scenario_load): valid input
 * that is likely not meant, such as a call type's `patience` that shadows `calls.patience`.
 * Marked `warning` in diags; returns how many, or -1 if it does not compose. */
int lv_scenario_warnings(const char *path, const char *text, const char *name, const struct lv_override *overrides,
                         int override_count, struct lv_diags *diags);

struct lv_scenario *lv_scenario_load_file(const char *path, struct lv_diags *diags);
/* name is used in diagnostics in place of a file name. */
struct lv_scenario *lv_scenario_load_string(const char *text, size_t length, const char *name,
                                            struct lv_diags *diags);
void lv_scenario_free(struct lv_scenario *s);

/* The built-in default scenario (scenarios/default.yaml compiled into the library). */
const char *lv_default_scenario_text(void);

/* Holiday rules of a scenario, pointing into it. */
struct lv_holiday_rules lv_scenario_holiday_rules(const struct lv_scenario *s);

/* Day type (0 = Monday .. 6 = Sunday, 7 = holiday) of a day number under the scenario's rules. */
int lv_scenario_day_type(const struct lv_scenario *s, long day);

/* The demand factor of a day number: the factor of the period holding it, 1 outside periods. */
double lv_scenario_demand_factor(const struct lv_scenario *s, long day);

/* Whether any centre has doctors, or a backup doctor. */
bool lv_scenario_has_doctors(const struct lv_scenario *s);
bool lv_scenario_has_backup(const struct lv_scenario *s);

/* Staffing count at a minute of a day type. */
int lv_schedule_count(const struct lv_schedule *sch, int day_type, int minute);

/* Checks a schedule built in C as the loader checks one read from YAML: every day type
 * (holidays included) has 1..LV_MAX_BANDS bands that run from 00:00 to 24:00 in order without
 * gap or overlap (from_min < to_min, in minutes), every count is 0..LV_MAX_STAFF, 'floor' and
 * 'shared' are 0 unless `roles` (a centre's operators), and some band has a 'count' (or
 * 'shared') above 0. Returns 0, or -1 with the first fault in why, in lang (lowercase, no full
 * stop; `what` names the schedule in it, e.g. "centre 'north' operators"). */
int lv_schedule_check(const struct lv_schedule *sch, bool roles, const char *what, enum lv_language lang, char *why,
                      size_t why_size);

/* Merges adjacent bands with equal counts, the form the loader produces: two schedules that
 * staff every minute alike are then equal field by field, and simulate alike (a band edge is
 * an event). The schedule must have passed lv_schedule_check. */
void lv_schedule_normalise(struct lv_schedule *sch);

/* A schedule as the YAML list of bands a scenario's `operators` (or `doctors`) takes, one line a
 * band, each line starting with `indent`: `- {days: [mon, tue], from: "07:00", to: "15:00",
 * count: 2}` (bands equal on several day types are written once with those days; `floor` and
 * `shared` when roles and non-zero). Loading the lines back gives the same schedule. malloc'd
 * string, or NULL when out of memory. */
char *lv_schedule_render(const struct lv_schedule *sch, bool roles, const char *indent);

/* The scenario reference: every section's keys (kind and unit, default, allowed values, description)
 * as markdown tables, generated from the schema that drives the loader, written to out (the library
 * prints nowhere else) with the catalogue's words in lang. Returns 0, or -1 if writing failed.
 * docs/scenario.md holds the English text. */
int lv_scenario_reference_markdown(FILE *out, enum lv_language lang);

/* The kind of value a scenario key takes, looked up in the schema (not in a scenario) by its
 * --set path: "centre.away.share", "centres[2].away.share", "calls.types[0].callback.share",
 * "calls.patience.mean", "demand.profile_weekday[8]". List items are skipped by index or name
 * (not checked: no scenario is at hand). LV_KEY_OTHER: a key of another kind (text, date, time,
 * enum, flag, schedule, mapping, list); a distribution's own key is a duration (a fixed one). */
enum lv_key_kind { LV_KEY_INTEGER, LV_KEY_NUMBER, LV_KEY_SHARE, LV_KEY_DURATION, LV_KEY_OTHER };

/* Where a lookup failed: the segment that names no key (or the bracket that selects in no
 * list), the path up to it ("" at the top), and the nearest key's name there (NULL: none close). */
struct lv_key_miss {
    char segment[128];
    char within[256];
    const char *suggestion; /* static */
    bool not_a_list;        /* a [...] after a key that is no list */
};

/* Returns 0 with *kind, or -1 with *miss filled (a malformed path: segment empty). */
int lv_scenario_key_kind(const char *path, enum lv_key_kind *kind, struct lv_key_miss *miss);

#endif
