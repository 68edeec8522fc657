/* scenario.c — YAML scenario loader built on libyaml's document API, so every node keeps its
 * position for diagnostics. Every key is a row of the schema below (schema.h: kind, bounds,
 * default, help, where it is stored); a section is read by walking its rows, and the keys that
 * need code (schedules, areas, routing, cross-checks) have a hook in their row. Reading goes on
 * after an error so one run reports as many problems as possible. The document comes from
 * compose.c (extends, --set), which never calls back here: lv_scenario_render lives here. */
#include "lvsim/scenario.h"
#include "lvsim/messages.h"
#include "lvsim/units.h"
#include "scenario/compose.h"
#include "scenario/schema.h"
#include "base/invariant.h"
#include "base/yamldoc.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define AT(type, field) offsetof(struct type, field)

/* "HH:MM" of a minute of the day, for messages. */
struct hhmm {
    char s[8];
};
static struct hhmm hhmm(int minute)
{
    struct hhmm t;
    snprintf(t.s, sizeof t.s, "%02d:%02d", (minute / 60) % 100, minute % 60);
    return t;
}

/* A day type's name in diagnostics ("on Mon", "on holidays"); the catalogue's English. */
static const char *day_label(int d)
{
    return lv_msg(d == LV_HOLIDAY_DAY_TYPE ? LV_MSG_HOLIDAYS : (enum lv_msg)(LV_MSG_MON + d), LV_LANG_EN);
}

/* What a diagnostic is about ("centre 'north'"): catalogue label id with its one argument, in
 * the reader's language, into buf. */
static void what_of(const struct lv__reader *c, char *buf, size_t size, enum lv_msg id, const char *arg)
{
    lv_msg_expand(buf, size, lv_msg(id, c->diags->lang), 1, &arg);
}

/* A name given in a file, cut to 48 bytes for a label; "?" when there is none. */
struct short_name {
    char s[49];
};
static struct short_name short_name(const char *given)
{
    struct short_name n;
    snprintf(n.s, sizeof n.s, "%s", given ? given : "?");
    return n;
}

static int sequence_length(const yaml_node_t *n)
{
    return n && n->type == YAML_SEQUENCE_NODE ? (int)(n->data.sequence.items.top - n->data.sequence.items.start) : 0;
}

/* Reads the row `name` of sec from f->map into f->base. */
static bool read_key(struct lv__fill *f, const struct lv__section *sec, const char *name)
{
    const struct lv__field *row = lv__field(sec, name);
    return LV_ALWAYS(row != NULL) && lv__field_read(f, row);
}

/* f narrowed to the mapping v, named what in diagnostics. */
static struct lv__fill inside(const struct lv__fill *f, yaml_node_t *v, void *base, const char *what)
{
    struct lv__fill g = *f;
    g.map = v;
    g.base = base;
    g.what = what;
    g.row = NULL;
    return g;
}

/* ---- enum tables ---- */

static const struct lv__name shared_priority_names[] = {
    {"phone_first", LV_SHARED_PHONE_FIRST, "take a call; floor work only when no call waits"},
    {"floor_first", LV_SHARED_FLOOR_FIRST, "floor work first"},
    {"red_floor_first", LV_SHARED_RED_FLOOR_FIRST, "floor work for a red patient first, then calls, then other floor work"},
    {NULL, 0, NULL}};

static const struct lv__name away_priority_names[] = {
    {"calls_first", LV_AWAY_CALLS_FIRST, "a free nurse takes a waiting call; time away waits until no call waits"},
    {"away_first", LV_AWAY_AWAY_FIRST, "a free nurse takes waiting time away before a waiting call"},
    {NULL, 0, NULL}};

/* Day selectors of a band: a set of day types (bit d = day type d). */
const struct lv__name lv__day_names[] = {
    {"all", 0xff, "every day, holidays included"},
    {"weekdays", 0x1f, "Mon–Fri"},
    {"weekends", 0x60, "Sat–Sun"},
    {"holidays", 1 << LV_HOLIDAY_DAY_TYPE, "public holidays"},
    {"mon", 1 << 0, ""}, {"tue", 1 << 1, ""}, {"wed", 1 << 2, ""}, {"thu", 1 << 3, ""},
    {"fri", 1 << 4, ""}, {"sat", 1 << 5, ""}, {"sun", 1 << 6, ""},
    {NULL, 0, NULL}};

/* Days a shift pattern may start on: a set of weekdays (bit d = Monday + d); no holidays, as a
 * plan is a weekly roster. */
static const struct lv__name shift_day_names[] = {
    {"all", 0x7f, "every day"},
    {"weekdays", 0x1f, "Mon–Fri"},
    {"weekends", 0x60, "Sat–Sun"},
    {"mon", 1 << 0, ""}, {"tue", 1 << 1, ""}, {"wed", 1 << 2, ""}, {"thu", 1 << 3, ""},
    {"fri", 1 << 4, ""}, {"sat", 1 << 5, ""}, {"sun", 1 << 6, ""},
    {NULL, 0, NULL}};

static const struct lv__name shift_role_names[] = {
    {"operator", LV_SHIFT_OPERATOR, "a phone nurse (a band's `count`)"},
    {"shared", LV_SHIFT_SHARED, "a shared nurse: phone and floor (a band's `shared`)"},
    {NULL, 0, NULL}};

/* Urgencies a satellite may take. */
static const struct lv__name satellite_urgency_names[] = {
    {"green", LV_GREEN, ""}, {"yellow", LV_YELLOW, ""}, {NULL, 0, NULL}};

/* ---- hooks: keys that need code (defined below the tables) ---- */

static void read_nothing(struct lv__fill *f, yaml_node_t *v);
static void read_description(struct lv__fill *f, yaml_node_t *v);
static void read_warmup(struct lv__fill *f, yaml_node_t *v);
static void read_interval(struct lv__fill *f, yaml_node_t *v);
static void read_inner(struct lv__fill *f, yaml_node_t *v);
static void read_extra(struct lv__fill *f, yaml_node_t *v);
static void read_demand(struct lv__fill *f, yaml_node_t *v);
static void read_demand_periods(struct lv__fill *f, yaml_node_t *v);
static void read_calls(struct lv__fill *f, yaml_node_t *v);
static void read_redial(struct lv__fill *f, yaml_node_t *v);
static void read_types(struct lv__fill *f, yaml_node_t *v);
static void read_type_name(struct lv__fill *f, yaml_node_t *v);
static void read_type_share(struct lv__fill *f, yaml_node_t *v);
static void read_type_talk(struct lv__fill *f, yaml_node_t *v);
static void read_sites(struct lv__fill *f, yaml_node_t *v);
static void read_staff(struct lv__fill *f, yaml_node_t *v);
static void read_doctors(struct lv__fill *f, yaml_node_t *v);
static void read_backup(struct lv__fill *f, yaml_node_t *v);
static void read_away(struct lv__fill *f, yaml_node_t *v);
static void read_callback(struct lv__fill *f, yaml_node_t *v);
static void read_consult(struct lv__fill *f, yaml_node_t *v);
static void read_satellite_centre(struct lv__fill *f, yaml_node_t *v);
static void read_urgencies(struct lv__fill *f, yaml_node_t *v);
static void read_areas(struct lv__fill *f, yaml_node_t *v);
static void read_routing(struct lv__fill *f, yaml_node_t *v);
static void read_pools(struct lv__fill *f, yaml_node_t *v);
static void read_overflow(struct lv__fill *f, yaml_node_t *v);
static void read_clinical(struct lv__fill *f, yaml_node_t *v);
static void read_urgency_shares(struct lv__fill *f, yaml_node_t *v);
static void read_periods(struct lv__fill *f, yaml_node_t *v);
static void read_dispositions(struct lv__fill *f, yaml_node_t *v);
static void read_walk_ins(struct lv__fill *f, yaml_node_t *v);
static void read_shifts(struct lv__fill *f, yaml_node_t *v);
static void read_shift_patterns(struct lv__fill *f, yaml_node_t *v);
static void read_shift_days(struct lv__fill *f, yaml_node_t *v);
static void read_shift_length(struct lv__fill *f, yaml_node_t *v);

/* ---- the schema: one row per key, in reading order ---- */

#define SC(field) AT(lv_scenario, field)

static const struct lv__field target_rows[] = {
    {.name = "within", .kind = LV__DURATION, .min = 1, .max = 86400, .offset = SC(target_within_s), .def = "2m",
     .help = "the answer-time threshold. Akuttmedisinforskriften § 13: 2 minutes"},
    {.name = "share", .kind = LV__SHARE, .offset = SC(target_share), .def = "80%",
     .help = "the share of all call attempts that must be answered within it"},
};
static const struct lv__section target_section = {"target", "the service-level requirement", LV__ROWS(target_rows)};

static const struct lv__field holiday_rows[] = {
    {.name = "christmas_eve", .kind = LV__BOOL, .offset = SC(christmas_eve_holiday), .def = "true",
     .help = "24 Dec counts as a holiday"},
    {.name = "new_years_eve", .kind = LV__BOOL, .offset = SC(new_years_eve_holiday), .def = "true",
     .help = "31 Dec counts as a holiday"},
    {.name = "extra", .kind = LV__LIST, .read = read_extra, .doc_default = "`[]`",
     .help = "further holiday dates YYYY-MM-DD, e.g. `[2026-08-14]` (at most 64)"},
};
static const struct lv__section holiday_section = {"holidays", "optional holidays", LV__ROWS(holiday_rows)};

static const struct lv__field demand_period_rows[] = {
    {.name = "from", .kind = LV__DATE, .flags = LV__REQUIRED, .min = 1900, .max = 2999,
     .offset = AT(lv_demand_period, from_day), .help = "the first day of the period"},
    {.name = "to", .kind = LV__DATE, .flags = LV__REQUIRED, .min = 1900, .max = 2999,
     .offset = AT(lv_demand_period, to_day), .help = "the last day of the period (included); on or after `from`"},
    {.name = "factor", .kind = LV__NUMBER, .flags = LV__OPEN | LV__REQUIRED, .min = 0, .max = 10,
     .offset = AT(lv_demand_period, factor),
     .help = "its days' expected first attempts times this (e.g. `1.3` for +30 %), on top of day type, month and growth"},
    {.name = "name", .kind = LV__TEXT, .max = LV_NAME_MAX - 1, .offset = AT(lv_demand_period, name),
     .help = "shown in diagnostics, e.g. `Easter`"},
};
static const struct lv__section demand_period_section = {"demand.periods[]", "a date range with a demand factor",
                                                         LV__ROWS(demand_period_rows)};

static const struct lv__field demand_rows[] = {
    {.name = "calls_per_hour", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 1e6,
     .offset = SC(demand.calls_per_hour), .unit = "per hour",
     .help = "a constant arrival rate of first attempts; the profile keys do not apply"},
    {.name = "calls_per_year", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 1e9,
     .offset = SC(demand.calls_per_year), .unit = "per year",
     .help = "expected first attempts in the 365 days from `start`; the rate varies by hour, day type and month"},
    {.name = "calls_per_inhabitant", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 1000,
     .offset = SC(demand.calls_per_inhabitant), .unit = "per inhabitant and year",
     .help = "instead of `calls_per_year`: needs `areas` with populations; the yearly volume is the sum over the areas"},
    {.name = "weekend_factor", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 100,
     .offset = SC(demand.weekend_factor), .def = "1.45",
     .help = "a Saturday, Sunday or holiday has this many times a weekday's calls (docs/MODEL.md §6)"},
    {.name = "profile_weekday", .kind = LV__NUMBERS, .max = 24, .offset = SC(demand.profile[0]),
     .def = "[1.6, 1.2, 1.0, 0.8, 0.7, 0.8, 1.2, 2.1, 4.2, 4.7, 4.7, 4.7, 4.7, 4.7, 5.2, 7.3, 8.9, 8.3, 7.8, 7.3, "
            "6.2, 5.2, 4.0, 2.6]",
     .doc_default = "docs/MODEL.md §6",
     .help = "24 weights, hour 00–01 first: how a weekday's calls spread over its hours (normalised)"},
    {.name = "profile_weekend", .kind = LV__NUMBERS, .max = 24, .offset = SC(demand.profile[1]),
     .def = "[2.1, 1.7, 1.3, 1.0, 0.9, 0.9, 1.2, 2.1, 3.9, 5.7, 6.7, 6.8, 6.6, 6.4, 6.4, 6.4, 6.4, 6.2, 6.0, 5.7, "
            "5.2, 4.4, 3.3, 2.4]",
     .doc_default = "docs/MODEL.md §6", .help = "the same for weekends and holidays"},
    {.name = "seasonality", .kind = LV__NUMBERS, .flags = LV__OPEN, .max = 12, .offset = SC(demand.season),
     .def = "[1.05, 1.05, 1.05, 1.00, 1.00, 1.00, 0.90, 0.90, 0.97, 0.97, 0.97, 1.10]",
     .help = "12 month multipliers, January first"},
    {.name = "growth", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 1000, .offset = SC(demand.growth),
     .def = "1.0", .help = "a multiplier on all demand (e.g. `1.2` for 20 % growth); also applies to `calls_per_hour`"},
    {.name = "satellite_factor", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 10,
     .offset = SC(satellite_factor), .def = "1.0",
     .help = "contact-rate factor in areas with a satellite (the Førde and Molde pilots saw about `0.85`)"},
    {.name = "day_variation", .kind = LV__NUMBER, .min = 0, .max = 5, .offset = SC(demand.day_variation), .def = "0",
     .help = "coefficient of variation of a gamma day multiplier with mean 1 (over-dispersion)"},
    {.name = "periods", .kind = LV__LIST, .sub = &demand_period_section, .read = read_demand_periods,
     .max = LV_MAX_DEMAND_PERIODS, .doc_default = "`[]`",
     .help = "date ranges with a factor (Easter, an influenza wave); they may not overlap"},
};
static const struct lv__section demand_section = {"demand", "call arrivals", LV__ROWS(demand_rows)};

static const struct lv__field callback_rows[] = {
    {.name = "share", .kind = LV__SHARE, .offset = AT(lv_call_type, callback.share), .def = "0%",
     .help = "share of this type's answered calls after which a nurse calls the patient back"},
    {.name = "delay", .kind = LV__DIST, .offset = AT(lv_call_type, callback.delay),
     .def = "{dist: exponential, mean: 30m}", .doc_default = "exponential, mean 30 min",
     .help = "from the end of the answered call (talk and after-call work) until the callback is due"},
    {.name = "talk", .kind = LV__DIST, .offset = AT(lv_call_type, callback.talk),
     .def = "{dist: exponential, mean: 4m}", .doc_default = "exponential, mean 4 min",
     .help = "the callback's length: a phone nurse is busy with it"},
};
static const struct lv__section callback_section = {"calls.types[].callback", "outbound callbacks",
                                                    LV__ROWS(callback_rows)};

static const struct lv__field consult_rows[] = {
    {.name = "share", .kind = LV__SHARE, .offset = AT(lv_call_type, consult.share), .def = "0%",
     .help = "share of this type's answered calls in which the nurse consults the doctor on duty before ending the call"},
    {.name = "duration", .kind = LV__DIST, .offset = AT(lv_call_type, consult.duration),
     .def = "{dist: lognormal, mean: 3m, sd: 2m}", .doc_default = "lognormal, mean 3 min, SD 2 min",
     .help = "the consultation: the nurse (still on the call) and a doctor of her centre are busy with it"},
    {.name = "max_hold", .kind = LV__DURATION, .min = 0, .max = 86400, .offset = AT(lv_call_type, consult.max_hold_s),
     .def = "5m", .help = "longest the nurse holds for a busy doctor; then she ends the call without (not reached)"},
};
static const struct lv__section consult_section = {"calls.types[].consult", "consulting the doctor during a call",
                                                   LV__ROWS(consult_rows)};

static const struct lv__field type_rows[] = {
    {.name = "name", .kind = LV__TEXT, .max = LV_NAME_MAX - 1, .offset = AT(lv_call_type, name),
     .read = read_type_name, .doc_default = "`type1`, `type2`, …", .help = "unique name"},
    {.name = "share", .kind = LV__SHARE, .offset = AT(lv_call_type, share), .read = read_type_share,
     .doc_default = "`100%` with one type; required with several",
     .help = "share of first attempts; the types' shares must sum to 100 %"},
    {.name = "talk", .kind = LV__DIST, .flags = LV__REQUIRED, .offset = AT(lv_call_type, talk),
     .read = read_type_talk, .help = "talk-time distribution"},
    {.name = "after_call", .kind = LV__DIST, .offset = AT(lv_call_type, after_call), .def = "0",
     .help = "after-call work (documentation); the operator is busy but the caller is gone"},
    {.name = "patience", .kind = LV__DIST, .flags = LV__NONE, .offset = AT(lv_call_type, patience),
     .given = AT(lv_call_type, own_patience), .doc_default = "`calls.patience`",
     .help = "this type's own patience distribution"},
    {.name = "priority_share", .kind = LV__SHARE, .offset = AT(lv_call_type, priority_share), .def = "0",
     .help = "share of this type's callers who use the priority lane, answered before the ordinary lane"},
    {.name = "clinical", .kind = LV__BOOL, .offset = AT(lv_call_type, clinical), .def = "false",
     .help = "calls of this type are triaged: urgency and disposition (needs the `clinical` section)"},
    {.name = "callback", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &callback_section, .read = read_callback,
     .help = "a nurse calls some patients back after the call: `{share, delay, talk}`"},
    {.name = "consult", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &consult_section, .read = read_consult,
     .help = "the nurse consults the doctor on duty during some calls: `{share, duration, max_hold}`"},
};
static const struct lv__section type_section = {"calls.types[]", "a call type", LV__ROWS(type_rows)};

static const struct lv__field redial_rows[] = {
    {.name = "probability", .kind = LV__SHARE, .offset = SC(redial_probability), .def = "0",
     .help = "chance that a caller who hung up, or got a busy signal, calls again"},
    {.name = "delay", .kind = LV__DIST, .offset = SC(redial_delay), .doc_default = "required if `probability` > 0",
     .help = "time until the new attempt; each redial is a new call attempt of the same caller episode"},
};
static const struct lv__section redial_section = {"calls.redial", "what a caller who hung up does",
                                                  LV__ROWS(redial_rows)};

static const struct lv__field calls_rows[] = {
    {.name = "patience", .kind = LV__DIST, .flags = LV__NONE, .offset = SC(patience), .def = "none",
     .help = "how long a caller waits before hanging up, or `none` (never)"},
    {.name = "redial", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &redial_section, .read = read_redial,
     .doc_default = "`{probability: 0}`", .help = "what a caller who hung up does"},
    {.name = "types", .kind = LV__LIST, .flags = LV__REQUIRED, .min = 1, .max = LV_MAX_CALL_TYPES,
     .sub = &type_section, .read = read_types, .help = "the call types (1 to 16)"},
};
static const struct lv__section calls_section = {"calls", "call types, patience, redials", LV__ROWS(calls_rows)};

static const struct lv__field band_rows[] = {
    {.name = "days", .kind = LV__ENUM, .flags = LV__REQUIRED, .names = lv__day_names,
     .help = "which days, or a list of them, e.g. `[fri, sat]`"},
    {.name = "from", .kind = LV__TIME, .flags = LV__REQUIRED, .max = 1440, .help = "band start"},
    {.name = "to", .kind = LV__TIME, .flags = LV__REQUIRED, .max = 1440,
     .help = "band end, later than `from` (`24:00` ends the day)"},
    {.name = "count", .kind = LV__INTEGER, .max = LV_MAX_STAFF, .offset = AT(lv_band, count),
     .doc_default = "required (`0` if `floor` or `shared` is given)",
     .help = "on duty: operators who only answer the phone (doctors in a doctor band, nurses at a satellite)"},
    {.name = "floor", .kind = LV__INTEGER, .max = LV_MAX_STAFF, .offset = AT(lv_band, floor), .def = "0",
     .help = "floor nurses on duty"},
    {.name = "shared", .kind = LV__INTEGER, .max = LV_MAX_STAFF, .offset = AT(lv_band, shared), .def = "0",
     .help = "nurses who answer the phone when free of floor work"},
};
static const struct lv__section band_section = {"centre.operators[]", "a nurse band", LV__ROWS(band_rows)};
/* A doctor's or a satellite nurse's band: the first four rows. */
static const struct lv__section doctor_band_section = {"centre.doctors[]", "a doctor band", band_rows, 4};
/* When the backup doctor may be called: the first three rows. */
static const struct lv__section on_call_band_section = {"centre.backup.on_call[]", "a band when the backup doctor is on call",
                                                        band_rows, 3};
static void read_on_call(struct lv__fill *f, yaml_node_t *v);

static const struct lv__field backup_rows[] = {
    {.name = "activation", .kind = LV__DIST, .flags = LV__REQUIRED, .offset = AT(lv_site, backup.activation),
     .help = "delay from the call to the backup doctor being available"},
    {.name = "queue_above", .kind = LV__INTEGER, .max = 10000, .offset = AT(lv_site, backup.queue_above),
     .def = "0", .help = "call the backup when more than this many doctor tasks wait (0: off)"},
    {.name = "release_at", .kind = LV__INTEGER, .max = 10000, .offset = AT(lv_site, backup.release_at), .def = "0",
     .help = "the backup goes home when idle and at most this many tasks wait"},
    {.name = "red_busy", .kind = LV__BOOL, .offset = AT(lv_site, backup.red_busy), .def = "false",
     .help = "call the backup when a red task finds every doctor busy"},
    {.name = "on_call", .kind = LV__SCHEDULE, .sub = &on_call_band_section, .read = read_on_call,
     .doc_default = "round the clock",
     .help = "bands `{days, from, to}` when the backup may be called; outside them it is not, and one on duty "
             "goes home after its task (docs/model.md)"},
};
static const struct lv__section backup_section = {"centre.backup", "a backup doctor on call", LV__ROWS(backup_rows)};

static const struct lv__field away_rows[] = {
    {.name = "share", .kind = LV__SHARE, .offset = AT(lv_site, away.share), .def = "0%",
     .help = "share of phone nurses' on-duty time spent away from the phone (breaks, documentation), below 100 %"},
    {.name = "piece", .kind = LV__DIST, .offset = AT(lv_site, away.piece), .def = "{dist: exponential, mean: 10m}",
     .doc_default = "exponential, mean 10 min", .help = "one piece of time away"},
    {.name = "priority", .kind = LV__ENUM, .names = away_priority_names, .offset = AT(lv_site, away.priority),
     .def = "calls_first", .help = "what a free phone nurse takes first when calls and time away both wait"},
};
static const struct lv__section away_section = {"centre.away", "time away from the phone while on duty",
                                                LV__ROWS(away_rows)};

static const struct lv__field centre_rows[] = {
    {.name = "name", .kind = LV__TEXT, .max = LV_NAME_MAX - 1, .offset = AT(lv_site, name),
     .doc_default = "`centre1`, `centre2`, …", .help = "the centre's name; areas and routing refer to it"},
    {.name = "announcement", .kind = LV__DURATION, .min = 0, .max = 3600, .offset = AT(lv_site, announcement_s),
     .def = "0s", .help = "recorded message before a call reaches the queue; outside the answer-time clock"},
    {.name = "queue_capacity", .kind = LV__INTEGER, .flags = LV__NONE, .max = 1000000000,
     .offset = AT(lv_site, queue_capacity), .def = "none",
     .help = "callers who may wait in the queue; more get a busy signal (`0`: an Erlang loss system)"},
    {.name = "operators", .kind = LV__SCHEDULE, .flags = LV__REQUIRED, .sub = &band_section, .read = read_staff,
     .help = "the weekly nurse schedule: a list of bands"},
    {.name = "shared_priority", .kind = LV__ENUM, .names = shared_priority_names,
     .offset = AT(lv_site, shared_priority), .def = "phone_first",
     .help = "what a free shared nurse does when calls and floor work both wait"},
    {.name = "doctors", .kind = LV__SCHEDULE, .sub = &doctor_band_section, .read = read_doctors,
     .help = "the weekly doctor schedule; required when the clinical side sends work to doctors"},
    {.name = "backup", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &backup_section, .read = read_backup,
     .help = "a backup doctor (bakvakt) on call from home"},
    {.name = "away", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &away_section, .read = read_away,
     .help = "time away from the phone while on duty: breaks, documentation, other work"},
};
static const struct lv__section centre_section = {"centre", "a call centre (also each of `centres[]`)",
                                                  LV__ROWS(centre_rows)};

static const struct lv__field satellite_rows[] = {
    {.name = "name", .kind = LV__TEXT, .flags = LV__REQUIRED, .max = LV_NAME_MAX - 1, .offset = AT(lv_site, name),
     .help = "unique among centres and satellites"},
    {.name = "centre", .kind = LV__REF, .flags = LV__REQUIRED, .read = read_satellite_centre,
     .help = "the centre whose doctors see its patients"},
    {.name = "nurses", .kind = LV__SCHEDULE, .flags = LV__REQUIRED, .sub = &doctor_band_section, .read = read_staff,
     .help = "its nurse schedule: bands `{days, from, to, count}`"},
    {.name = "work_up", .kind = LV__DIST, .offset = AT(lv_site, work_up), .def = "30m",
     .help = "nurse work-up time"},
    {.name = "video", .kind = LV__DIST, .offset = AT(lv_site, video), .doc_default = "`clinical.consultation`",
     .help = "the doctor's video-consultation time"},
    {.name = "answer_calls", .kind = LV__BOOL, .offset = AT(lv_site, answers_calls), .def = "false",
     .help = "its nurses answer the centre's calls when free of work-ups"},
    {.name = "urgencies", .kind = LV__LIST, .names = satellite_urgency_names, .read = read_urgencies,
     .doc_default = "`[green]`", .help = "which patients it takes: `[green]` or `[green, yellow]`"},
};
static const struct lv__section satellite_section = {"satellites[]", "a legevakt satellite", LV__ROWS(satellite_rows)};

static const struct lv__field area_rows[] = {
    {.name = "name", .kind = LV__TEXT, .max = LV_NAME_MAX - 1, .offset = AT(lv_area, name),
     .doc_default = "`area1`, …", .help = "unique name"},
    {.name = "population", .kind = LV__NUMBER, .min = 0, .max = 1e9, .offset = AT(lv_area, population),
     .doc_default = "required (or `share`)", .help = "inhabitants; the areas' calls are in proportion"},
    {.name = "share", .kind = LV__SHARE, .offset = AT(lv_area, population),
     .help = "instead of `population`: the area's share of the calls (all areas use one or the other)"},
    {.name = "centre", .kind = LV__REF, .doc_default = "the first centre",
     .help = "the centre that answers its calls; required with several centres"},
    {.name = "satellite", .kind = LV__REF, .help = "a satellite of that centre where its patients may be booked"},
    {.name = "calls_per_inhabitant", .kind = LV__NUMBER, .min = 0, .max = 1000,
     .offset = AT(lv_area, calls_per_inhabitant), .doc_default = "`demand.calls_per_inhabitant`",
     .unit = "per inhabitant and year", .help = "this area's own rate; only with `demand.calls_per_inhabitant`"},
    {.name = "travel", .kind = LV__DIST, .offset = AT(lv_area, travel), .given = AT(lv_area, has_travel),
     .doc_default = "`clinical.travel`, `clinical.home_visit.travel`",
     .help = "travel time between the area and its centre (patients, and each leg of a home visit)"},
    {.name = "satellite_travel", .kind = LV__DIST, .offset = AT(lv_area, satellite_travel),
     .given = AT(lv_area, has_satellite_travel), .doc_default = "`clinical.travel`",
     .help = "travel time to its satellite"},
};
static const struct lv__section area_section = {"areas[]", "where calls come from", LV__ROWS(area_rows)};

static const struct lv__field overflow_rows[] = {
    {.name = "from", .kind = LV__REF, .flags = LV__REQUIRED, .help = "the centre whose calls overflow"},
    {.name = "to", .kind = LV__REF, .flags = LV__REQUIRED, .help = "the centre, or a list of centres, that take them"},
    {.name = "after", .kind = LV__DURATION, .min = 0, .max = 86400, .offset = AT(lv_partner, after_s),
     .help = "calls become visible to the partners once they have waited this long"},
    {.name = "queue_above", .kind = LV__INTEGER, .min = 1, .max = 100000, .offset = AT(lv_partner, queue_above),
     .help = "or at once while the queue holds more than this many calls"},
    {.name = "own_first", .kind = LV__BOOL, .offset = AT(lv_partner, own_first), .def = "true",
     .help = "partners serve their own callers first"},
};
static const struct lv__section overflow_section = {"routing.overflow[]", "an overflow rule", LV__ROWS(overflow_rows)};

static const struct lv__field routing_rows[] = {
    {.name = "transfer", .kind = LV__DURATION, .min = 0, .max = 3600, .offset = SC(transfer_s), .def = "0s",
     .help = "extra time before a call answered by another centre is connected"},
    {.name = "pools", .kind = LV__LIST, .read = read_pools, .doc_default = "`[]`",
     .help = "groups of centres sharing one virtual queue, e.g. `[[north, south]]`"},
    {.name = "overflow", .kind = LV__LIST, .sub = &overflow_section, .read = read_overflow, .doc_default = "`[]`",
     .help = "overflow rules"},
};
static const struct lv__section routing_section = {"routing", "pools and overflow between centres",
                                                   LV__ROWS(routing_rows)};

static const struct lv__field urgency_rows[] = {
    {.name = "red", .kind = LV__SHARE, .help = "akutt"},
    {.name = "yellow", .kind = LV__SHARE, .help = "haster"},
    {.name = "green", .kind = LV__SHARE, .help = "vanlig"},
};
_Static_assert(sizeof urgency_rows / sizeof *urgency_rows == LV_URGENCIES, "one row per enum lv_urgency, in order");
static const struct lv__section urgency_section = {"urgency", "shares by urgency (sum 100 %)", LV__ROWS(urgency_rows)};

static const struct lv__field period_rows[] = {
    {.name = "day", .kind = LV__TIME, .max = 1439, .offset = SC(clinical.period_start_min[LV_DAY]), .def = "08:00",
     .help = "day starts"},
    {.name = "evening", .kind = LV__TIME, .max = 1439, .offset = SC(clinical.period_start_min[LV_EVENING]),
     .def = "16:00", .help = "evening starts"},
    {.name = "night", .kind = LV__TIME, .max = 1439, .offset = SC(clinical.period_start_min[LV_NIGHT]),
     .def = "23:00", .help = "night starts"},
};
static const struct lv__section period_section = {"clinical.periods", "when day, evening and night start",
                                                  LV__ROWS(period_rows)};

static const struct lv__field disposition_rows[] = {
    {.name = "advice", .kind = LV__SHARE, .help = "nurse advice only"},
    {.name = "consultation", .kind = LV__SHARE, .help = "appointment at the centre"},
    {.name = "callback", .kind = LV__SHARE, .help = "doctor phone advice"},
    {.name = "home_visit", .kind = LV__SHARE, .help = "doctor home visit"},
    {.name = "ambulance", .kind = LV__SHARE, .help = "red response, AMK"},
    {.name = "referral", .kind = LV__SHARE, .help = "referred elsewhere"},
};
_Static_assert(sizeof disposition_rows / sizeof *disposition_rows == LV_DISPOSITIONS,
               "one row per enum lv_disposition, in order");
static const struct lv__section disposition_section = {"disposition shares", "one urgency's dispositions (sum 100 %)",
                                                       LV__ROWS(disposition_rows)};

static const struct lv__field disposition_period_rows[] = {
    {.name = "all", .kind = LV__MAPPING, .sub = &urgency_section, .help = "every period"},
    {.name = "day", .kind = LV__MAPPING, .sub = &urgency_section, .help = "day"},
    {.name = "evening", .kind = LV__MAPPING, .sub = &urgency_section, .help = "evening"},
    {.name = "night", .kind = LV__MAPPING, .sub = &urgency_section, .help = "night"},
};
static const struct lv__section disposition_period_section = {
    "clinical.dispositions", "shares by period, then urgency, then disposition", LV__ROWS(disposition_period_rows)};

static const struct lv__field home_visit_rows[] = {
    {.name = "travel", .kind = LV__DIST, .offset = SC(clinical.home_travel),
     .def = "{dist: lognormal, median: 20m, p90: 45m}", .help = "one-way travel time, drawn out and back"},
    {.name = "on_site", .kind = LV__DIST, .offset = SC(clinical.home_on_site), .def = "30m",
     .help = "time with the patient"},
};
static const struct lv__section home_visit_section = {"clinical.home_visit", "home visits", LV__ROWS(home_visit_rows)};

static const struct lv__field call_out_rows[] = {
    {.name = "probability", .kind = LV__SHARE, .offset = SC(clinical.call_out_probability), .def = "30%",
     .help = "share of red responses a doctor turns out to"},
    {.name = "duration", .kind = LV__DIST, .offset = SC(clinical.call_out), .def = "{dist: lognormal, mean: 1h, sd: 30m}",
     .help = "the doctor's time away"},
};
static const struct lv__section call_out_section = {"clinical.call_out", "doctors turning out on red responses",
                                                    LV__ROWS(call_out_rows)};

static const struct lv__field assist_rows[] = {
    {.name = "share", .kind = LV__SHARE, .offset = SC(clinical.assist_share), .def = "30%",
     .help = "consultations a floor nurse assists"},
    {.name = "duration", .kind = LV__DIST, .offset = SC(clinical.assist), .def = "10m", .help = "nurse time"},
};
static const struct lv__section assist_section = {"clinical.assist", "a floor nurse assisting consultations",
                                                  LV__ROWS(assist_rows)};

static const struct lv__field amk_rows[] = {
    {.name = "share", .kind = LV__SHARE, .offset = SC(clinical.amk_share), .def = "0%",
     .help = "share of red calls whose nurse holds a three-way conference with the AMK (113) after the talk"},
    {.name = "duration", .kind = LV__DIST, .offset = SC(clinical.amk_conference),
     .def = "{dist: lognormal, mean: 4m, sd: 2m}", .doc_default = "lognormal, mean 4 min, SD 2 min",
     .help = "the conference: the nurse is busy with it before her after-call work"},
};
static const struct lv__section amk_section = {"clinical.amk_conference", "AMK conferences on red calls",
                                               LV__ROWS(amk_rows)};

static const struct lv__field clinical_rows[] = {
    {.name = "urgency", .kind = LV__SHARES, .sub = &urgency_section, .offset = SC(clinical.urgency),
     .read = read_urgency_shares, .doc_default = "`{red: 10%, yellow: 36%, green: 54%}`",
     .help = "urgency shares of clinical calls"},
    {.name = "periods", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &period_section, .read = read_periods,
     .doc_default = "`{day: \"08:00\", evening: \"16:00\", night: \"23:00\"}`",
     .help = "when day, evening and night start, in that order round the clock"},
    {.name = "dispositions", .kind = LV__MAPPING, .sub = &disposition_period_section, .read = read_dispositions,
     .doc_default = "docs/MODEL.md §6", .help = "disposition shares per period and urgency"},
    {.name = "travel", .kind = LV__DIST, .offset = SC(clinical.travel), .def = "{dist: lognormal, median: 30m, p90: 60m}",
     .help = "time from the end of the call to the patient's arrival at the centre"},
    {.name = "no_show", .kind = LV__SHARE, .offset = SC(clinical.no_show), .def = "3%",
     .help = "booked patients who do not come"},
    {.name = "red_within", .kind = LV__DURATION, .min = 1, .max = 86400, .offset = SC(clinical.red_within_s),
     .def = "20m",
     .help = "the summary reports the share of red patients seen by a doctor within this of arriving at the centre"},
    {.name = "red_preempts", .kind = LV__BOOL, .offset = SC(clinical.red_preempts), .def = "false",
     .help = "a red patient arriving with every doctor busy interrupts a green or yellow consultation at the "
             "centre (docs/model.md)"},
    {.name = "consultation", .kind = LV__DIST, .offset = SC(clinical.consultation),
     .def = "{dist: lognormal, mean: 15m, sd: 8m}", .help = "doctor's consultation time"},
    {.name = "callback", .kind = LV__DIST, .offset = SC(clinical.callback), .def = "{dist: exponential, mean: 5m}",
     .help = "doctor's phone-advice time"},
    {.name = "home_visit", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &home_visit_section, .read = read_inner,
     .doc_default = "see `clinical.home_visit`", .help = "home visit times"},
    {.name = "call_out", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &call_out_section, .read = read_inner,
     .doc_default = "see `clinical.call_out`", .help = "a doctor turning out on red responses"},
    {.name = "assist", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &assist_section, .read = read_inner,
     .doc_default = "`{share: 30%, duration: 10m}`", .help = "a floor nurse assisting consultations"},
    {.name = "red_arrival", .kind = LV__DIST, .offset = SC(clinical.red_arrival), .def = "15m",
     .help = "nurse floor work when a red patient arrives at the centre"},
    {.name = "amk_conference", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &amk_section, .read = read_inner,
     .doc_default = "`{share: 0%}` (off)", .help = "the handling nurse held on a conference with the AMK on red calls"},
};
static const struct lv__section clinical_section = {"clinical", "urgency, dispositions and doctors' work",
                                                    LV__ROWS(clinical_rows)};

static const struct lv__field walk_in_rows[] = {
    {.name = "share", .kind = LV__NUMBER, .flags = LV__REQUIRED, .min = 0, .max = 10, .offset = SC(walk_ins.share),
     .help = "walk-ins per first call attempt (docs/MODEL.md: about `0.06`)"},
    {.name = "triage", .kind = LV__DIST, .offset = SC(walk_ins.triage), .def = "{dist: exponential, mean: 5m}",
     .help = "nurse triage time"},
    {.name = "urgency", .kind = LV__SHARES, .sub = &urgency_section, .offset = SC(walk_ins.urgency),
     .read = read_urgency_shares, .doc_default = "`{red: 5%, yellow: 35%, green: 60%}`",
     .help = "urgency shares of walk-ins; triage is queued by urgency"},
};
static const struct lv__section walk_in_section = {"walk_ins", "patients who come without calling",
                                                   LV__ROWS(walk_in_rows)};

static const struct lv__field shift_pattern_rows[] = {
    {.name = "name", .kind = LV__TEXT, .max = LV_NAME_MAX - 1, .offset = AT(lv_shift_pattern, name),
     .doc_default = "`shift1`, `shift2`, …", .help = "the pattern's name in plans and diagnostics; unique"},
    {.name = "days", .kind = LV__ENUM, .flags = LV__REQUIRED, .names = shift_day_names, .read = read_shift_days,
     .help = "the days a shift may start on, or a list of them, e.g. `[fri, sat]`"},
    {.name = "start", .kind = LV__TIME, .flags = LV__REQUIRED, .max = 1439, .offset = AT(lv_shift_pattern, start_min),
     .help = "when the shift starts"},
    {.name = "length", .kind = LV__DURATION, .flags = LV__REQUIRED, .min = 60, .max = 86400, .read = read_shift_length,
     .help = "how long it lasts, whole minutes; it may run past midnight (Sunday's into Monday)"},
    {.name = "min", .kind = LV__INTEGER, .max = LV_MAX_STAFF, .offset = AT(lv_shift_pattern, min), .def = "0",
     .help = "the fewest staff who start it on each of its days"},
    {.name = "max", .kind = LV__INTEGER, .flags = LV__NONE, .max = LV_MAX_STAFF, .offset = AT(lv_shift_pattern, max),
     .def = "none", .help = "the most staff who start it on each of its days; at least `min`"},
    {.name = "role", .kind = LV__ENUM, .names = shift_role_names, .offset = AT(lv_shift_pattern, role),
     .def = "operator", .help = "which staff it provides"},
    {.name = "cost_per_hour", .kind = LV__NUMBER, .min = 0, .max = 1e6, .offset = AT(lv_shift_pattern, cost_per_hour),
     .def = "1", .unit = "per hour",
     .help = "cost of one person's hour before premiums (any currency; the default 1 makes cost premium-weighted hours)"},
};
static const struct lv__section shift_pattern_section = {"shifts.patterns[]", "an allowed shift",
                                                         LV__ROWS(shift_pattern_rows)};

static const struct lv__field night_rows[] = {
    {.name = "from", .kind = LV__TIME, .max = 1439, .offset = SC(shifts.night_from_min), .def = "22:00",
     .help = "the night premium's start"},
    {.name = "to", .kind = LV__TIME, .max = 1439, .offset = SC(shifts.night_to_min), .def = "06:00",
     .help = "its end; before `from` when it crosses midnight"},
    {.name = "factor", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 10, .offset = SC(shifts.night_factor),
     .def = "1", .help = "cost multiplier for a minute in the night window"},
};
static const struct lv__section night_section = {"shifts.premiums.night", "the night premium", LV__ROWS(night_rows)};

static const struct lv__field premium_rows[] = {
    {.name = "night", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &night_section, .read = read_inner,
     .doc_default = "`{from: 22:00, to: 06:00, factor: 1}`", .help = "a dearer window of every night"},
    {.name = "weekend", .kind = LV__NUMBER, .flags = LV__OPEN, .min = 0, .max = 10, .offset = SC(shifts.weekend_factor),
     .def = "1", .help = "cost multiplier for a minute from Saturday 00:00 to Monday 00:00 (times the night factor)"},
};
static const struct lv__section premium_section = {"shifts.premiums", "what makes some hours dearer",
                                                   LV__ROWS(premium_rows)};

static const struct lv__field shifts_rows[] = {
    {.name = "patterns", .kind = LV__LIST, .flags = LV__REQUIRED, .sub = &shift_pattern_section,
     .read = read_shift_patterns, .min = 1, .max = LV_MAX_SHIFT_PATTERNS,
     .help = "the allowed shifts (1 to 64)"},
    {.name = "premiums", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &premium_section, .read = read_inner,
     .doc_default = "none", .help = "night and weekend premiums"},
};
static const struct lv__section shifts_section = {"shifts", "allowed shift patterns for a staffing plan (docs/planning.md)",
                                                  LV__ROWS(shifts_rows)};

static const struct lv__field top_rows[] = {
    {.name = "extends", .kind = LV__TEXT, .read = read_nothing,
     .help = "the path of a base scenario (relative to this file) that this one builds on"},
    {.name = "name", .kind = LV__TEXT, .max = sizeof(((struct lv_scenario *)0)->name) - 1, .offset = SC(name),
     .def = "unnamed scenario", .help = "shown in reports and outputs"},
    {.name = "description", .kind = LV__TEXT, .read = read_description, .help = "free text, ignored by the simulator"},
    {.name = "start", .kind = LV__DATE, .min = 1900, .max = 2999, .offset = SC(start_day), .def = "2026-01-05",
     .help = "the first simulated day (starts 00:00); weekdays, holidays and months follow from it"},
    {.name = "horizon", .kind = LV__DURATION, .min = 3600, .max = 100 * 366 * 86400.0, .offset = SC(horizon_s),
     .def = "28d", .help = "simulated time"},
    {.name = "warmup", .kind = LV__DURATION, .min = 0, .max = 100 * 366 * 86400.0, .offset = SC(warmup_s),
     .def = "1d", .read = read_warmup,
     .help = "initial time excluded from every statistic; shorter than `horizon`"},
    {.name = "replications", .kind = LV__INTEGER, .min = 1, .max = 100000, .offset = SC(replications), .def = "20",
     .help = "independent replications (`lvsim run -r` overrides)"},
    {.name = "seed", .kind = LV__INTEGER, .min = 0, .max = (double)INT64_MAX, .offset = SC(seed), .def = "1",
     .help = "master seed (`lvsim run -s` overrides)"},
    {.name = "target", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &target_section, .read = read_inner,
     .doc_default = "`{within: 2m, share: 80%}`", .help = "the service-level requirement"},
    {.name = "interval", .kind = LV__DURATION, .min = 60, .max = 86400, .offset = SC(interval_s), .def = "1h",
     .read = read_interval, .help = "length of a reporting interval: whole minutes that divide 24 h"},
    {.name = "holidays", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &holiday_section, .read = read_inner,
     .doc_default = "see `holidays`", .help = "which optional days count as public holidays"},
    {.name = "demand", .kind = LV__MAPPING, .flags = LV__INNER | LV__REQUIRED, .sub = &demand_section,
     .read = read_demand, .help = "call arrivals"},
    {.name = "calls", .kind = LV__MAPPING, .flags = LV__INNER | LV__REQUIRED, .sub = &calls_section,
     .read = read_calls, .help = "call types, patience, redials"},
    {.name = "centre", .kind = LV__MAPPING, .sub = &centre_section, .read = read_sites,
     .doc_default = "required (or `centres`)", .help = "one centre: announcement, nurses, doctors"},
    {.name = "centres", .kind = LV__LIST, .sub = &centre_section, .max = LV_MAX_SITES,
     .help = "several centres, as under `centre`, each with a unique `name`"},
    {.name = "satellites", .kind = LV__LIST, .sub = &satellite_section, .max = LV_MAX_SITES,
     .help = "legevakt satellites"},
    {.name = "areas", .kind = LV__LIST, .sub = &area_section, .read = read_areas, .min = 1, .max = LV_MAX_AREAS,
     .doc_default = "one area, all the calls",
     .help = "where calls come from: required with several centres or with satellites"},
    {.name = "routing", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &routing_section, .read = read_routing,
     .doc_default = "separate queues", .help = "pools and overflow between centres"},
    {.name = "clinical", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &clinical_section, .read = read_clinical,
     .help = "the clinical side; without it every call ends on the phone"},
    {.name = "walk_ins", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &walk_in_section, .read = read_walk_ins,
     .help = "patients who come without calling"},
    {.name = "shifts", .kind = LV__MAPPING, .flags = LV__INNER, .sub = &shifts_section, .read = read_shifts,
     .doc_default = "none", .help = "allowed shift patterns and their costs, for staffing plans; a run ignores them"},
};
const struct lv__section lv__scenario_schema = {"", "The top level", LV__ROWS(top_rows)};

/* ---- hooks ---- */

static void read_nothing(struct lv__fill *f, yaml_node_t *v)
{
    (void)f;
    (void)v; /* 'extends' was followed by compose.c */
}

static void read_description(struct lv__fill *f, yaml_node_t *v)
{
    if (v)
        lv__need_scalar(f->c, v, "description", lv_msg(LV_MSG_P_TEXT, f->c->diags->lang));
}

static void read_warmup(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_scenario *s = f->s;
    if (v)
        lv__read_value(f->c, v, f->row, &s->warmup_s);
    if (s->warmup_s >= s->horizon_s)
        lv__error_msg(f->c, v ? v : f->map, LV_MSG_E_WARMUP_HORIZON, NULL);
}

static void read_interval(struct lv__fill *f, yaml_node_t *v)
{
    double len = f->s->interval_s;
    if (!v)
        return;
    lv__read_value(f->c, v, f->row, &len);
    if (fmod(86400, len) != 0 || fmod(len, 60) != 0)
        lv__error_msg(f->c, v, LV_MSG_E_INTERVAL, lv__scalar(v) ? lv__scalar(v) : "?", NULL);
    else
        f->s->interval_s = len;
}

/* A sub-mapping whose rows fill the same struct: 'target', 'holidays', 'home_visit', … */
static void read_inner(struct lv__fill *f, yaml_node_t *v)
{
    char what[72];
    snprintf(what, sizeof what, "'%s'", f->row->name);
    struct lv__fill g = inside(f, v, f->base, what);
    if (v && lv__section_check(&g, f->row->sub))
        lv__section_read(&g, f->row->sub);
}

static void read_extra(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    if (!v)
        return;
    if (v->type != YAML_SEQUENCE_NODE) {
        lv__error_msg(c, v, LV_MSG_E_EXTRA_NOT_LIST, lv__kind(c, v), NULL);
        return;
    }
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
        yaml_node_t *d = lv__node(c, *it);
        const char *t = lv__need_scalar(c, d, "extra", lv_msg(LV_MSG_P_DATE, c->diags->lang));
        long day;
        if (!t)
            continue;
        if (lv_parse_date(t, &day) != 0)
            lv__error_msg(c, d, LV_MSG_E_EXTRA_DATE, t, NULL);
        else if (s->extra_holiday_count >= (int)(sizeof s->extra_holidays / sizeof *s->extra_holidays))
            lv__error_msg(c, d, LV_MSG_E_EXTRA_TOO_MANY, NULL);
        else
            s->extra_holidays[s->extra_holiday_count++] = day;
    }
}

static void normalise(double *w, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += w[i];
    for (int i = 0; i < n; i++)
        w[i] /= sum;
}

static void read_demand(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    yaml_node_t *root = f->map;
    const struct lv__section *sec = &demand_section;
    if (!v) {
        lv__error_msg(c, root, LV_MSG_E_MISSING_DEMAND, NULL);
        return;
    }
    struct lv__fill g = inside(f, v, s, "'demand'");
    if (!lv__section_check(&g, sec))
        return;
    yaml_node_t *per_hour = lv__get(c, v, "calls_per_hour"), *per_year = lv__get(c, v, "calls_per_year");
    yaml_node_t *per_inhabitant = lv__get(c, v, "calls_per_inhabitant");
    if ((per_hour != NULL) + (per_year != NULL) + (per_inhabitant != NULL) > 1) {
        lv__error_msg(c, per_year ? per_year : per_inhabitant, LV_MSG_E_DEMAND_RATES_EXCLUSIVE, NULL);
        return;
    }
    if (!per_hour && !per_year && !per_inhabitant) {
        lv__error_msg(c, v, LV_MSG_E_DEMAND_NEEDS_RATE, NULL);
        return;
    }
    if (per_inhabitant) {
        if (!lv__get(c, root, "areas"))
            lv__error_msg(c, per_inhabitant, LV_MSG_E_PER_INHABITANT_NEEDS_AREAS, NULL);
        read_key(&g, sec, "calls_per_inhabitant");
        s->demand.calls_per_year = 1; /* profiled; the yearly total is set once the areas are read */
    }
    if (per_hour) {
        s->demand.mode = LV_DEMAND_CONSTANT;
        read_key(&g, sec, "calls_per_hour");
        static const char *profiled_only[] = {"weekend_factor", "profile_weekday", "profile_weekend", "seasonality"};
        for (int i = 0; i < 4; i++) {
            yaml_node_t *x = lv__get(c, v, profiled_only[i]);
            if (x)
                lv__error_msg(c, x, LV_MSG_E_PROFILED_ONLY, profiled_only[i], NULL);
        }
    } else {
        s->demand.mode = LV_DEMAND_PROFILED;
        if (!per_inhabitant)
            read_key(&g, sec, "calls_per_year");
        read_key(&g, sec, "weekend_factor");
        for (int k = 0; k < 2; k++) {
            const char *key = k ? "profile_weekend" : "profile_weekday";
            if (read_key(&g, sec, key)) {
                double sum = 0;
                for (int h = 0; h < 24; h++)
                    sum += s->demand.profile[k][h];
                if (!(sum > 0))
                    lv__error_msg(c, lv__get(c, v, key), LV_MSG_E_ALL_ZERO, key, NULL);
            }
        }
        read_key(&g, sec, "seasonality");
    }
    read_key(&g, sec, "growth");
    read_key(&g, sec, "satellite_factor");
    read_key(&g, sec, "day_variation");
    read_key(&g, sec, "periods");
}

/* A period's label in diagnostics: its name, or its place in the list. */
static void period_what(const struct lv__reader *c, char *buf, size_t size, const struct lv_demand_period *p, int i)
{
    if (p->name[0])
        what_of(c, buf, size, LV_MSG_P_DEMAND_PERIOD_NAMED, p->name);
    else
        what_of(c, buf, size, LV_MSG_P_DEMAND_PERIOD, lv_msg_int(i + 1).s);
}

static void read_demand_periods(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    const struct lv__section *sec = &demand_period_section;
    if (!v)
        return;
    if (v->type != YAML_SEQUENCE_NODE) {
        lv__error_msg(c, v, LV_MSG_E_DEMAND_PERIODS_NOT_LIST, lv__kind(c, v), NULL);
        return;
    }
    int n = 0;
    for (int i = 0; i < sequence_length(v); i++) {
        yaml_node_t *x = lv__node(c, v->data.sequence.items.start[i]);
        if (i == LV_MAX_DEMAND_PERIODS) {
            lv__error_msg(c, x, LV_MSG_E_DEMAND_PERIODS_TOO_MANY, lv_msg_int(LV_MAX_DEMAND_PERIODS).s, NULL);
            break;
        }
        struct lv_demand_period p = {.factor = 1};
        char what[96];
        what_of(c, what, sizeof what, LV_MSG_P_DEMAND_PERIOD, lv_msg_int(i + 1).s);
        struct lv__fill g = inside(f, x, &p, what);
        if (!lv__section_check(&g, sec))
            continue;
        int before = c->errors;
        lv__section_read(&g, sec);
        period_what(c, what, sizeof what, &p, i);
        if (!lv__get(c, x, "from") || !lv__get(c, x, "to") || !lv__get(c, x, "factor")) {
            lv__error_msg(c, x, LV_MSG_E_DEMAND_PERIOD_NEEDS, what, NULL);
            continue;
        }
        if (c->errors != before)
            continue;
        if (p.to_day < p.from_day) {
            char from[16], to[16];
            lv_format_date(p.from_day, from);
            lv_format_date(p.to_day, to);
            lv__error_msg(c, lv__get(c, x, "to"), LV_MSG_E_DEMAND_PERIOD_ORDER, what, to, from, NULL);
            continue;
        }
        /* Overlaps are refused rather than multiplied: a planner who writes "Easter +30 %" and
         * "influenza +20 %" over the same days should say what those days get. */
        bool clash = false;
        for (int k = 0; k < n && !clash; k++) {
            const struct lv_demand_period *q = &s->demand.periods[k];
            if (p.from_day <= q->to_day && q->from_day <= p.to_day) {
                char other[96], day[16];
                period_what(c, other, sizeof other, q, k);
                lv_format_date(p.from_day > q->from_day ? p.from_day : q->from_day, day);
                lv__error_msg(c, x, LV_MSG_E_DEMAND_PERIOD_OVERLAP, what, other, day, NULL);
                clash = true;
            }
        }
        if (clash)
            continue;
        s->demand.periods[n++] = p;
    }
    s->demand.period_count = n;
}

static void read_calls(struct lv__fill *f, yaml_node_t *v)
{
    if (!v) {
        lv__error_msg(f->c, f->map, LV_MSG_E_MISSING_CALLS, NULL);
        return;
    }
    struct lv__fill g = inside(f, v, f->s, "'calls'");
    if (lv__section_check(&g, &calls_section))
        lv__section_read(&g, &calls_section);
}

static void read_redial(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__fill g = inside(f, v, f->s, "'redial'");
    if (!v || !lv__section_check(&g, &redial_section))
        return;
    lv__section_read(&g, &redial_section);
    if (f->s->redial_probability > 0 && !lv__get(f->c, v, "delay"))
        lv__error_msg(f->c, v, LV_MSG_E_REDIAL_NEEDS_DELAY, NULL);
}

static void read_types(struct lv__fill *f, yaml_node_t *types)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    if (!types) {
        lv__error_msg(c, f->map, LV_MSG_E_MISSING_TYPES, NULL);
        return;
    }
    if (types->type != YAML_SEQUENCE_NODE) {
        lv__error_msg(c, types, LV_MSG_E_TYPES_NOT_LIST, lv__kind(c, types), NULL);
        return;
    }
    int n = sequence_length(types);
    if (n < 1 || n > LV_MAX_CALL_TYPES) {
        lv__error_msg(c, types, LV_MSG_E_TYPES_COUNT, lv_msg_int(LV_MAX_CALL_TYPES).s, lv_msg_int(n).s, NULL);
        return;
    }
    for (int i = 0; i < n; i++) {
        yaml_node_t *t = lv__node(c, types->data.sequence.items.start[i]);
        struct lv_call_type *ct = &s->types[s->type_count++];
        lv__section_defaults(&type_section, ct);
        snprintf(ct->name, sizeof ct->name, "type%d", i + 1); /* a default name: syntax, not a message */
        ct->share = n == 1 ? 1 : NAN;
        char what[96];
        const char *given = lv__scalar(lv__get(c, t, "name"));
        if (given && strlen(given) < 48)
            what_of(c, what, sizeof what, LV_MSG_P_CALL_TYPE, given);
        else
            what_of(c, what, sizeof what, LV_MSG_P_CALL_TYPE_N, lv_msg_int(i + 1).s);
        struct lv__fill g = inside(f, t, ct, what);
        g.index = i;
        if (lv__section_check(&g, &type_section))
            lv__section_read(&g, &type_section);
    }
    double total = 0;
    bool shares_ok = true;
    for (int i = 0; i < n; i++) {
        shares_ok &= !isnan(s->types[i].share);
        total += isnan(s->types[i].share) ? 0 : s->types[i].share;
    }
    if (shares_ok && fabs(total - 1) > 1e-6) {
        char got[40];
        snprintf(got, sizeof got, "%.9g", total * 100);
        lv__error_msg(c, types, LV_MSG_E_SHARES_SUM, "types", got, NULL);
    }
}

static void read_type_name(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_call_type *ct = f->base;
    if (v)
        lv__read_value(f->c, v, f->row, ct->name);
    for (int j = 0; j < f->index; j++)
        if (strcmp(f->s->types[j].name, ct->name) == 0)
            lv__error_msg(f->c, v ? v : f->map, LV_MSG_E_DUPLICATE_TYPE, ct->name, NULL);
}

static void read_type_share(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_call_type *ct = f->base;
    if (v)
        lv__read_share(f->c, v, "share", &ct->share);
    if (!v && isnan(ct->share)) /* a share given wrongly has its own error: one error per mistake */
        lv__error_msg(f->c, f->map, LV_MSG_E_TYPE_NEEDS_SHARE, ct->name, NULL);
}

static void read_type_talk(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_call_type *ct = f->base;
    if (v)
        lv__read_dist(f->c, v, "talk", &ct->talk, false);
    else
        lv__error_msg(f->c, f->map, LV_MSG_E_TYPE_NEEDS_TALK, ct->name, NULL);
}

enum band_kind {
    BANDS_NURSES,  /* count, floor, shared */
    BANDS_STAFF,   /* count: doctors, or a satellite's nurses */
    BANDS_ON_CALL  /* no count: 1 inside a band, 0 outside, and the bands may leave gaps */
};

/* Reads a weekly schedule: a list of bands {days, from, to, count [, floor, shared]} that must
 * cover every minute of every day type exactly once (on-call bands: at most once). */
static bool read_schedule(struct lv__reader *c, yaml_node_t *v, const char *key, enum band_kind kind,
                          struct lv_schedule *out)
{
    bool with_roles = kind == BANDS_NURSES, on_call = kind == BANDS_ON_CALL;
    const struct lv__section *sec = with_roles ? &band_section : on_call ? &on_call_band_section : &doctor_band_section;
    const char *staff = with_roles ? "operators" : "doctors";
    enum lv_language lang = c->diags->lang;
    if (v->type != YAML_SEQUENCE_NODE || v->data.sequence.items.top == v->data.sequence.items.start) {
        lv__error_msg(c, v, on_call ? LV_MSG_E_ON_CALL_NOT_LIST : LV_MSG_E_SCHEDULE_NOT_LIST, key,
                      v->type == YAML_SEQUENCE_NODE ? lv_msg(LV_MSG_P_EMPTY_LIST, lang) : lv__kind(c, v), NULL);
        return false;
    }
    /* Minute grid per role and day type: -1 = not covered yet. 'all' covers holidays too. */
    enum { ROLES = 3 };
    static const int uncovered = -1;
    /* one grid more: the band (0-based) that covers each minute, to name it in an overlap */
    int(*grid)[LV_DAY_TYPES][1440] = malloc(sizeof(int[ROLES + 1][LV_DAY_TYPES][1440]));
    if (!grid) {
        lv__error_msg(c, v, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return false;
    }
    for (int r = 0; r < ROLES; r++)
        for (int d = 0; d < LV_DAY_TYPES; d++)
            for (int m = 0; m < 1440; m++)
                grid[r][d][m] = uncovered;
    bool any_holiday = false, ok = true, anyone = false;
    int row = -1;
    const char *days_allowed = lv_msg(LV_MSG_P_DAYS, lang);
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
        yaml_node_t *b = lv__node(c, *it);
        /* named as a --set path names it: operators[3], counting from 0 */
        char what[64];
        struct lv_msg_arg index = lv_msg_int(++row);
        const char *path[] = {key, index.s};
        lv_msg_expand(what, sizeof what, lv_msg(LV_MSG_P_BAND_INDEX, lang), 2, path);
        struct lv__fill g = {.c = c, .map = b, .what = what};
        if (!lv__section_check(&g, sec)) {
            ok = false;
            continue;
        }
        int days = 0;
        yaml_node_t *dn = lv__get(c, b, "days");
        if (!dn) {
            lv__error_msg(c, b, LV_MSG_E_BAND_NEEDS_DAYS, what, days_allowed, NULL);
            ok = false;
            continue;
        }
        bool days_ok = true;
        bool list = dn->type == YAML_SEQUENCE_NODE;
        int nd = list ? sequence_length(dn) : 1;
        for (int j = 0; j < nd; j++) {
            yaml_node_t *x = list ? lv__node(c, dn->data.sequence.items.start[j]) : dn;
            int bits;
            if (lv__read_enum(c, x, "days", lv__day_names, days_allowed, &bits))
                days |= bits;
            else if (lv__scalar(x))
                days_ok = false;
        }
        int from = -1, to = -1;
        long long count[ROLES] = {on_call ? 1 : -1, 0, 0};
        int *tvals[2] = {&from, &to};
        for (int k = 0; k < 2; k++) {
            const char *tkey = band_rows[1 + k].name;
            yaml_node_t *x = lv__get(c, b, tkey);
            if (!x) {
                lv__error_msg(c, b, LV_MSG_E_BAND_NEEDS_TIME, what, tkey, NULL);
                continue;
            }
            const char *allowed = lv_msg(LV_MSG_P_BAND_TIME, lang);
            const char *t = lv__need_scalar(c, x, tkey, allowed);
            if (t && lv_parse_time_of_day(t, tvals[k]) != 0)
                lv__error_msg(c, x, LV_MSG_E_NOT_VALID, tkey, allowed, t, NULL);
        }
        for (int r = 0; r < (with_roles ? ROLES : on_call ? 0 : 1); r++) {
            const struct lv__field *role = &band_rows[3 + r];
            yaml_node_t *x = lv__get(c, b, role->name);
            if (x) {
                if (!lv__read_integer(c, x, role->name, &count[r], (long long)role->min, (long long)role->max))
                    count[r] = -1;
            } else if (r == 0 && !(with_roles && (lv__get(c, b, "floor") || lv__get(c, b, "shared"))))
                lv__error_msg(c, b, LV_MSG_E_BAND_NEEDS_COUNT, what, staff, NULL);
            else if (r == 0)
                count[0] = 0; /* a band of floor or shared nurses alone */
        }
        if (from >= 0 && to >= 0 && from >= to) {
            lv__error_msg(c, lv__get(c, b, "to"), LV_MSG_E_BAND_TO_BEFORE_FROM, hhmm(from).s, NULL);
            to = -1;
        }
        if (!days_ok || from < 0 || to < 0 || count[0] < 0 || count[1] < 0 || count[2] < 0) {
            ok = false;
            continue;
        }
        any_holiday |= (days >> LV_HOLIDAY_DAY_TYPE) & 1;
        anyone |= count[0] > 0 || count[2] > 0; /* someone who can take the phone (or a doctor) */
        bool overlap = false; /* reported once per band, at the first clash */
        for (int d = 0; d < LV_DAY_TYPES && !overlap; d++) {
            if (!((days >> d) & 1))
                continue;
            for (int m = from; m < to; m++) {
                if (grid[0][d][m] != uncovered) {
                    char earlier[64];
                    struct lv_msg_arg other = lv_msg_int(grid[ROLES][d][m]);
                    const char *other_path[] = {key, other.s};
                    lv_msg_expand(earlier, sizeof earlier, lv_msg(LV_MSG_P_BAND_INDEX, lang), 2, other_path);
                    lv__error_msg(c, b, LV_MSG_E_BAND_OVERLAP_WITH, what, earlier, day_label(d), hhmm(m).s, NULL);
                    ok = false;
                    overlap = true;
                    break;
                }
                for (int r = 0; r < ROLES; r++)
                    grid[r][d][m] = (int)count[r];
                grid[ROLES][d][m] = row;
            }
        }
    }
    if (ok && !any_holiday) /* holidays are staffed like Sundays unless given their own bands */
        for (int r = 0; r < ROLES; r++)
            memcpy(grid[r][LV_HOLIDAY_DAY_TYPE], grid[r][6], sizeof grid[r][6]);
    for (int d = 0; ok && on_call && d < LV_DAY_TYPES; d++) /* outside the bands: not on call */
        for (int m = 0; m < 1440; m++)
            for (int r = 0; r < ROLES; r++)
                if (grid[r][d][m] == uncovered)
                    grid[r][d][m] = 0;
    for (int d = 0; ok && d < LV_DAY_TYPES; d++) {
        for (int m = 0; m < 1440; m++) {
            if (grid[0][d][m] != uncovered)
                continue;
            int end = m;
            while (end < 1440 && grid[0][d][end] == uncovered)
                end++;
            lv__error_msg(c, v, LV_MSG_E_SCHEDULE_GAP, key, day_label(d), hhmm(m).s, hhmm(end).s, NULL);
            ok = false;
            break;
        }
    }
    if (ok && !anyone) {
        lv__error_msg(c, v, LV_MSG_E_SCHEDULE_EMPTY, key, with_roles ? lv_msg(LV_MSG_P_OR_SHARED, lang) : "", NULL);
        ok = false;
    }
    if (ok) {
        for (int d = 0; d < LV_DAY_TYPES; d++) {
            int nb = 0;
            for (int m = 0; m < 1440;) {
                int end = m;
                while (end < 1440 && grid[0][d][end] == grid[0][d][m] && grid[1][d][end] == grid[1][d][m] &&
                       grid[2][d][end] == grid[2][d][m])
                    end++;
                if (nb == LV_MAX_BANDS) {
                    lv__error_msg(c, v, LV_MSG_E_SCHEDULE_TOO_MANY_BANDS, key, lv_msg_int(LV_MAX_BANDS).s,
                                  day_label(d), NULL);
                    ok = false;
                    break;
                }
                out->bands[d][nb++] = (struct lv_band){m, end, grid[0][d][m], grid[1][d][m], grid[2][d][m]};
                m = end;
            }
            out->band_count[d] = nb;
        }
    }
    free(grid);
    return ok;
}

static void site_defaults(struct lv_site *site, int index)
{
    memset(site, 0, sizeof *site);
    site->centre = index;
    site->pool = -1;
    lv__section_defaults(&centre_section, site);
    lv__section_defaults(&satellite_section, site);
    lv_dist_exponential(&site->backup.activation, 30 * 60.0, NULL); /* unused unless 'backup' gives one */
    lv_dist_never(&site->video);                                     /* clinical.consultation, see finish() */
}

/* A centre's 'operators' (nurse roles) or a satellite's 'nurses'; both required. */
static void read_staff(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_site *site = f->base;
    bool roles = f->row->sub == &band_section;
    if (!v)
        lv__error_msg(f->c, f->map, roles ? LV_MSG_E_MISSING_OPERATORS : LV_MSG_E_SATELLITE_NEEDS_NURSES, f->what,
                      NULL);
    else
        read_schedule(f->c, v, f->row->name, roles ? BANDS_NURSES : BANDS_STAFF, &site->operators);
}

static void read_doctors(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_site *site = f->base;
    if (v)
        site->has_doctors = read_schedule(f->c, v, "doctors", BANDS_STAFF, &site->doctors);
}

static void read_on_call(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_site *site = f->base;
    if (v)
        site->backup.has_on_call = read_schedule(f->c, v, "on_call", BANDS_ON_CALL, &site->backup.on_call);
}

static void read_backup(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_site *site = f->base;
    struct lv__fill g = inside(f, v, site, "'backup'");
    if (!v || !lv__section_check(&g, &backup_section))
        return;
    site->backup.enabled = true;
    if (!lv__get(c, f->map, "doctors"))
        lv__error_msg(c, v, LV_MSG_E_BACKUP_NEEDS_DOCTORS, NULL);
    if (!lv__get(c, v, "activation"))
        lv__error_msg(c, v, LV_MSG_E_BACKUP_NEEDS_ACTIVATION, NULL);
    lv__section_read(&g, &backup_section);
    if (!site->backup.red_busy && site->backup.queue_above == 0)
        lv__error_msg(c, v, LV_MSG_E_BACKUP_NEVER_CALLED, NULL);
}

static void read_away(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_site *site = f->base;
    struct lv__fill g = inside(f, v, site, "'away'");
    if (!v || !lv__section_check(&g, &away_section))
        return;
    lv__section_read(&g, &away_section);
    yaml_node_t *share = lv__get(c, v, "share");
    if (share && site->away.share >= 1)
        lv__error_msg(c, share, LV_MSG_E_AWAY_SHARE, lv__scalar(share), NULL);
    yaml_node_t *piece = lv__get(c, v, "piece");
    if (share && site->away.share > 0 && !(lv_dist_mean(&site->away.piece) > 0))
        lv__error_msg(c, piece ? piece : v, LV_MSG_E_AWAY_PIECE, NULL);
}

static void read_callback(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__fill g = inside(f, v, f->base, "'callback'");
    if (v && lv__section_check(&g, &callback_section))
        lv__section_read(&g, &callback_section);
}

static void read_consult(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__fill g = inside(f, v, f->base, "'consult'");
    if (v && lv__section_check(&g, &consult_section))
        lv__section_read(&g, &consult_section);
}

static int find_site(const struct lv_scenario *s, const char *name)
{
    for (int i = 0; i < s->site_count; i++)
        if (strcmp(s->sites[i].name, name) == 0)
            return i;
    return -1;
}

/* Resolves a name in v to a site of the wanted kind; reports unknown names with a suggestion. */
static int site_ref(struct lv__reader *c, const struct lv_scenario *s, yaml_node_t *v, const char *key, bool satellite)
{
    enum lv_language lang = c->diags->lang;
    const char *kind = lv_msg(satellite ? LV_MSG_P_SATELLITE : LV_MSG_P_CENTRE, lang);
    const char *name = lv__need_scalar(c, v, key, lv_msg(satellite ? LV_MSG_P_SATELLITE_NAME : LV_MSG_P_CENTRE_NAME,
                                                         lang));
    if (!name)
        return -1;
    int i = find_site(s, name);
    if (i >= 0 && s->sites[i].satellite == satellite)
        return i;
    if (i >= 0) {
        lv__error_msg(c, v, LV_MSG_E_SITE_KIND, key, kind, name,
                      lv_msg(satellite ? LV_MSG_P_CENTRE : LV_MSG_P_SATELLITE, lang), NULL);
        return -1;
    }
    const char *best = NULL;
    int best_d = 99;
    for (int k = 0; k < s->site_count; k++) {
        if (s->sites[k].satellite != satellite)
            continue;
        int d = lv__edit_distance(name, s->sites[k].name);
        if (d < best_d) {
            best_d = d;
            best = s->sites[k].name;
        }
    }
    if (best && best_d <= (int)strlen(name) / 3 + 1)
        lv__error_msg(c, v, LV_MSG_E_UNKNOWN_SITE_SUGGEST, kind, name, key, best, NULL);
    else
        lv__error_msg(c, v, LV_MSG_E_UNKNOWN_SITE, kind, name, key, NULL);
    return -1;
}

static void read_satellite_centre(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_site *site = f->base;
    if (!v)
        lv__error_msg(f->c, f->map, LV_MSG_E_SATELLITE_NEEDS_CENTRE, f->what, NULL);
    else
        site->centre = site_ref(f->c, f->s, v, "centre", false);
}

static void read_urgencies(struct lv__fill *f, yaml_node_t *u)
{
    struct lv__reader *c = f->c;
    struct lv_site *site = f->base;
    if (!u)
        return;
    const char *allowed = lv_msg(LV_MSG_P_SATELLITE_URGENCIES, c->diags->lang);
    if (u->type != YAML_SEQUENCE_NODE) {
        lv__error_msg(c, u, LV_MSG_E_NOT_SCALAR, "urgencies", allowed, lv__kind(c, u), NULL);
        return;
    }
    bool green = false;
    for (yaml_node_item_t *it = u->data.sequence.items.start; it < u->data.sequence.items.top; it++) {
        yaml_node_t *x = lv__node(c, *it);
        const char *t = lv__need_scalar(c, x, "urgencies", allowed);
        const struct lv__name *hit = t ? lv__name_find(satellite_urgency_names, t) : NULL;
        if (hit && hit->value == LV_GREEN)
            green = true;
        else if (hit)
            site->takes_yellow = true;
        else if (t)
            lv__error_msg(c, x, LV_MSG_E_SATELLITE_URGENCY, t, NULL);
    }
    if (!green)
        lv__error_msg(c, u, LV_MSG_E_SATELLITE_NEEDS_GREEN, NULL);
}

static void read_satellite(struct lv__fill *f, yaml_node_t *v, struct lv_site *site, int index)
{
    char what[96];
    const char *given = lv__scalar(lv__get(f->c, v, "name"));
    what_of(f->c, what, sizeof what, LV_MSG_P_SATELLITE_NAMED, short_name(given).s);
    struct lv__fill g = inside(f, v, site, what);
    if (!lv__section_check(&g, &satellite_section))
        return;
    site->satellite = true;
    const struct lv__field *rows = satellite_section.rows;
    lv__field_read(&g, &rows[0]);
    if (!given)
        lv__error_msg(f->c, v, LV_MSG_E_SATELLITE_NEEDS_NAME, lv_msg_int(index + 1).s, NULL);
    for (int i = 1; i < satellite_section.count; i++)
        lv__field_read(&g, &rows[i]);
}

/* 'centre', 'centres' and 'satellites' together: the sites, centres first. */
static void read_sites(struct lv__fill *f, yaml_node_t *one)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    yaml_node_t *root = f->map;
    yaml_node_t *many = lv__get(c, root, "centres"), *sats = lv__get(c, root, "satellites");
    if (one && many) {
        lv__error_msg(c, many, LV_MSG_E_CENTRE_AND_CENTRES, NULL);
        return;
    }
    if (!one && !many) {
        lv__error_msg(c, root, LV_MSG_E_MISSING_CENTRE, NULL);
        return;
    }
    if (many && (many->type != YAML_SEQUENCE_NODE || sequence_length(many) == 0)) {
        lv__error_msg(c, many, LV_MSG_E_CENTRES_NOT_LIST,
                      many->type == YAML_SEQUENCE_NODE ? lv_msg(LV_MSG_P_EMPTY_LIST, c->diags->lang) : lv__kind(c, many), NULL);
        return;
    }
    if (sats && sats->type != YAML_SEQUENCE_NODE) {
        lv__error_msg(c, sats, LV_MSG_E_SATELLITES_NOT_LIST, lv__kind(c, sats), NULL);
        sats = NULL;
    }
    int centres = one ? 1 : sequence_length(many), satellites = sequence_length(sats);
    if (centres + satellites > LV_MAX_SITES) {
        lv__error_msg(c, many ? many : sats, LV_MSG_E_TOO_MANY_SITES, lv_msg_int(LV_MAX_SITES).s,
                      lv_msg_int(centres + satellites).s, NULL);
        return;
    }
    s->sites = calloc((size_t)(centres + satellites), sizeof *s->sites);
    if (!s->sites) {
        lv__error_msg(c, root, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return;
    }
    s->centre_count = centres;
    s->site_count = centres + satellites;
    for (int i = 0; i < s->site_count; i++) {
        site_defaults(&s->sites[i], i);
        /* a default name: syntax, not a message */
        snprintf(s->sites[i].name, sizeof s->sites[i].name, "%s%d", i < centres ? "centre" : "satellite",
                 i < centres ? i + 1 : i - centres + 1);
    }
    for (int i = 0; i < centres; i++) {
        yaml_node_t *v = one ? one : lv__node(c, many->data.sequence.items.start[i]);
        char what[96] = "'centre'";
        if (!one) {
            const char *given = lv__scalar(lv__get(c, v, "name"));
            what_of(c, what, sizeof what, LV_MSG_P_CENTRE_NAMED, short_name(given).s);
            if (!given && v->type == YAML_MAPPING_NODE)
                lv__error_msg(c, v, LV_MSG_E_CENTRE_NEEDS_NAME, lv_msg_int(i + 1).s, NULL);
        }
        struct lv__fill g = inside(f, v, &s->sites[i], what);
        if (lv__section_check(&g, &centre_section))
            lv__section_read(&g, &centre_section);
    }
    for (int i = 0; i < satellites; i++)
        read_satellite(f, lv__node(c, sats->data.sequence.items.start[i]), &s->sites[centres + i], i);
    for (int i = 0; i < s->site_count; i++)
        for (int k = 0; k < i; k++)
            if (strcmp(s->sites[i].name, s->sites[k].name) == 0) {
                yaml_node_t *v = i < centres ? (one ? one : lv__node(c, many->data.sequence.items.start[i]))
                                             : lv__node(c, sats->data.sequence.items.start[i - centres]);
                lv__error_msg(c, lv__get(c, v, "name") ? lv__get(c, v, "name") : v, LV_MSG_E_DUPLICATE_SITE,
                              s->sites[i].name, NULL);
            }
}

static void read_area(struct lv__fill *g, yaml_node_t *a, struct lv_area *area, int i, bool *any_share,
                      bool *any_population)
{
    struct lv__reader *c = g->c;
    struct lv_scenario *s = g->s;
    const char *what = g->what;
    const struct lv__section *sec = &area_section;
    read_key(g, sec, "name");
    for (int k = 0; k < i; k++)
        if (strcmp(s->areas[k].name, area->name) == 0)
            lv__error_msg(c, lv__get(c, a, "name") ? lv__get(c, a, "name") : a, LV_MSG_E_DUPLICATE_AREA, area->name,
                          NULL);
    yaml_node_t *pop = lv__get(c, a, "population"), *share = lv__get(c, a, "share");
    if (pop && share) {
        lv__error_msg(c, share, LV_MSG_E_AREA_POPULATION_AND_SHARE, what, NULL);
    } else if (pop) {
        *any_population = true;
        read_key(g, sec, "population");
    } else if (share) {
        *any_share = true;
        read_key(g, sec, "share");
    } else {
        lv__error_msg(c, a, LV_MSG_E_AREA_NEEDS_POPULATION, what, NULL);
    }
    yaml_node_t *cn = lv__get(c, a, "centre");
    if (cn)
        area->centre = site_ref(c, s, cn, "centre", false);
    else if (s->centre_count > 1)
        lv__error_msg(c, a, LV_MSG_E_AREA_NEEDS_CENTRE, what, NULL);
    yaml_node_t *sn = lv__get(c, a, "satellite");
    if (sn) {
        area->satellite = site_ref(c, s, sn, "satellite", true);
        /* A satellite whose own centre was unknown has centre -1 and was reported already. */
        if (area->satellite >= 0 && area->centre >= 0 && s->sites[area->satellite].centre >= 0 &&
            s->sites[area->satellite].centre != area->centre)
            lv__error_msg(c, sn, LV_MSG_E_AREA_SATELLITE_CENTRE, s->sites[area->satellite].name,
                          s->sites[s->sites[area->satellite].centre].name, what, s->sites[area->centre].name, NULL);
    }
    yaml_node_t *rate = lv__get(c, a, "calls_per_inhabitant");
    yaml_node_t *root = yaml_document_get_root_node(c->doc);
    if (rate && !lv__get(c, lv__get(c, root, "demand"), "calls_per_inhabitant"))
        lv__error_msg(c, rate, LV_MSG_E_AREA_RATE_NEEDS_DEMAND, what, NULL);
    else if (rate && share)
        lv__error_msg(c, rate, LV_MSG_E_AREA_RATE_NEEDS_POPULATION, what, NULL);
    else if (rate)
        read_key(g, sec, "calls_per_inhabitant");
    read_key(g, sec, "travel");
    read_key(g, sec, "satellite_travel");
    if (area->has_satellite_travel && !sn)
        lv__error_msg(c, lv__get(c, a, "satellite_travel"), LV_MSG_E_AREA_SATELLITE_TRAVEL, what, NULL);
}

static void read_areas(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    yaml_node_t *root = f->map;
    if (!s->sites)
        return;
    if (!v) {
        if (s->centre_count > 1)
            lv__error_msg(c, lv__get(c, root, "centres"), LV_MSG_E_AREAS_NEEDED_CENTRES, NULL);
        if (s->site_count > s->centre_count)
            lv__error_msg(c, lv__get(c, root, "satellites"), LV_MSG_E_AREAS_NEEDED_SATELLITES, NULL);
        s->areas = calloc(1, sizeof *s->areas);
        if (!s->areas)
            return;
        s->area_count = 1;
        strcpy(s->areas[0].name, "all");
        s->areas[0].population = 1;
        s->areas[0].satellite = -1;
        return;
    }
    int n = sequence_length(v);
    if (n == 0 || n > LV_MAX_AREAS) {
        lv__error_msg(c, v, LV_MSG_E_AREAS_COUNT, lv_msg_int(LV_MAX_AREAS).s, NULL);
        return;
    }
    s->areas = calloc((size_t)n, sizeof *s->areas);
    if (!s->areas)
        return;
    s->area_count = n;
    bool any_share = false, any_population = false;
    for (int i = 0; i < n; i++) {
        yaml_node_t *a = lv__node(c, v->data.sequence.items.start[i]);
        struct lv_area *area = &s->areas[i];
        area->satellite = -1;
        snprintf(area->name, sizeof area->name, "area%d", i + 1); /* a default name: syntax, not a message */
        const char *given = lv__scalar(lv__get(c, a, "name"));
        char what[96];
        what_of(c, what, sizeof what, LV_MSG_P_AREA_NAMED, short_name(given).s);
        struct lv__fill g = inside(f, a, area, what);
        if (lv__section_check(&g, &area_section))
            read_area(&g, a, area, i, &any_share, &any_population);
    }
    if (any_share && any_population)
        lv__error_msg(c, v, LV_MSG_E_AREAS_MIXED, NULL);
    double total = 0;
    for (int i = 0; i < n; i++)
        total += s->areas[i].population;
    if (!(total > 0) && c->errors == 0)
        lv__error_msg(c, v, LV_MSG_E_AREAS_ALL_ZERO, NULL);
    for (int i = 0; i < s->site_count; i++) {
        if (!s->sites[i].satellite)
            continue;
        bool named = false;
        for (int k = 0; k < n; k++)
            named |= s->areas[k].satellite == i;
        if (!named && c->errors == 0)
            lv__error_msg(c, v, LV_MSG_E_SATELLITE_SERVES_NONE, s->sites[i].name, NULL);
    }
}

static bool add_partner(struct lv__reader *c, yaml_node_t *at, struct lv_site *site, struct lv_partner p)
{
    for (int i = 0; i < site->partner_count; i++)
        if (site->partners[i].site == p.site) {
            lv__error_msg(c, at, LV_MSG_E_PARTNER_TWICE, site->name, NULL);
            return false;
        }
    if (site->partner_count == LV_MAX_PARTNERS) {
        lv__error_msg(c, at, LV_MSG_E_TOO_MANY_PARTNERS, site->name, lv_msg_int(LV_MAX_PARTNERS).s, NULL);
        return false;
    }
    site->partners[site->partner_count++] = p;
    return true;
}

/* Overflow edges point from the centre whose calls overflow to the centres that take them (a
 * partner entry at the taker). Adding from -> to closes a cycle when `from` is reachable from
 * `to` along existing overflow edges; a cycle would let calls go round, so it is refused. */
static bool reaches(const struct lv_scenario *s, int at, int target, int depth)
{
    if (at == target)
        return true;
    if (depth > s->centre_count)
        return false;
    for (int k = 0; k < s->centre_count; k++) {
        const struct lv_site *x = &s->sites[k];
        for (int i = 0; i < x->partner_count; i++)
            if (!x->partners[i].pooled && x->partners[i].site == at && reaches(s, k, target, depth + 1))
                return true;
    }
    return false;
}

static void read_routing(struct lv__fill *f, yaml_node_t *v)
{
    if (f->s->sites)
        read_inner(f, v);
}

static void read_pools(struct lv__fill *f, yaml_node_t *pools)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    if (pools && pools->type != YAML_SEQUENCE_NODE)
        lv__error_msg(c, pools, LV_MSG_E_POOLS_NOT_LIST, lv__kind(c, pools), NULL);
    for (int p = 0; p < sequence_length(pools); p++) {
        yaml_node_t *group = lv__node(c, pools->data.sequence.items.start[p]);
        if (group->type != YAML_SEQUENCE_NODE || sequence_length(group) < 2) {
            lv__error_msg(c, group, LV_MSG_E_POOL_TOO_SMALL, NULL);
            continue;
        }
        int members[LV_MAX_PARTNERS + 1], m = 0;
        for (yaml_node_item_t *it = group->data.sequence.items.start; it < group->data.sequence.items.top; it++) {
            yaml_node_t *x = lv__node(c, *it);
            int k = site_ref(c, s, x, "pools", false);
            if (k < 0)
                continue;
            if (s->sites[k].pool >= 0) {
                lv__error_msg(c, x, LV_MSG_E_POOL_TWICE, s->sites[k].name, NULL);
                continue;
            }
            if (m == LV_MAX_PARTNERS + 1) {
                lv__error_msg(c, x, LV_MSG_E_POOL_TOO_BIG, lv_msg_int(LV_MAX_PARTNERS + 1).s, NULL);
                break;
            }
            s->sites[k].pool = p;
            members[m++] = k;
        }
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
                if (i != j)
                    add_partner(c, group, &s->sites[members[i]], (struct lv_partner){members[j], 0, 0, false, true});
    }
}

static void read_overflow(struct lv__fill *f, yaml_node_t *rules)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    const struct lv__section *sec = &overflow_section;
    if (rules && rules->type != YAML_SEQUENCE_NODE)
        lv__error_msg(c, rules, LV_MSG_E_OVERFLOW_NOT_LIST, lv__kind(c, rules), NULL);
    for (int r = 0; r < sequence_length(rules); r++) {
        yaml_node_t *rule = lv__node(c, rules->data.sequence.items.start[r]);
        char what[64];
        what_of(c, what, sizeof what, LV_MSG_P_OVERFLOW_RULE, lv_msg_int(r + 1).s);
        struct lv_partner p = {0};
        struct lv__fill g = inside(f, rule, &p, what);
        if (!lv__section_check(&g, sec))
            continue;
        yaml_node_t *fn = lv__get(c, rule, "from"), *tn = lv__get(c, rule, "to");
        if (!fn || !tn) {
            lv__error_msg(c, rule, LV_MSG_E_OVERFLOW_NEEDS_ENDS, what, NULL);
            continue;
        }
        int from = site_ref(c, s, fn, "from", false);
        lv__section_defaults(sec, &p);
        p.site = from;
        p.after_s = INFINITY;
        read_key(&g, sec, "after");
        read_key(&g, sec, "queue_above");
        read_key(&g, sec, "own_first");
        if (!lv__get(c, rule, "after") && !lv__get(c, rule, "queue_above"))
            lv__error_msg(c, rule, LV_MSG_E_OVERFLOW_NEEDS_WHEN, what, NULL);
        yaml_node_t *targets[LV_MAX_PARTNERS];
        int nt = 0;
        if (tn->type == YAML_SEQUENCE_NODE)
            for (yaml_node_item_t *it = tn->data.sequence.items.start;
                 it < tn->data.sequence.items.top && nt < LV_MAX_PARTNERS; it++)
                targets[nt++] = lv__node(c, *it);
        else
            targets[nt++] = tn;
        for (int i = 0; i < nt; i++) {
            int to = site_ref(c, s, targets[i], "to", false);
            if (to < 0 || from < 0)
                continue;
            if (to == from) {
                lv__error_msg(c, targets[i], LV_MSG_E_OVERFLOW_TO_ITSELF, s->sites[to].name, NULL);
                continue;
            }
            if (reaches(s, to, from, 0)) {
                lv__error_msg(c, targets[i], LV_MSG_E_OVERFLOW_CYCLE, s->sites[from].name, s->sites[to].name, NULL);
                continue;
            }
            add_partner(c, targets[i], &s->sites[to], p);
        }
    }
}

/* ---- the clinical side ---- */

/* Shares keyed by the section's row names (red/yellow/green, dispositions) that must sum to
 * 100 %. Missing keys are 0. */
static bool read_shares(struct lv__fill *f, yaml_node_t *v, const char *key, const struct lv__section *sec,
                        double *out)
{
    struct lv__reader *c = f->c;
    char what[96];
    snprintf(what, sizeof what, "'%s'", key);
    struct lv__fill g = inside(f, v, NULL, what);
    if (!lv__section_check(&g, sec))
        return false;
    double tmp[LV_DISPOSITIONS] = {0}, total = 0;
    int before = c->errors;
    for (int i = 0; i < sec->count && i < LV_DISPOSITIONS; i++) {
        yaml_node_t *x = lv__get(c, v, sec->rows[i].name);
        if (x)
            lv__read_share(c, x, sec->rows[i].name, &tmp[i]);
        total += tmp[i];
    }
    if (c->errors != before)
        return false;
    if (fabs(total - 1) > 1e-6) {
        char got[40];
        snprintf(got, sizeof got, "%.9g", total * 100);
        lv__error_msg(c, v, LV_MSG_E_SHARES_SUM, key, got, NULL);
        return false;
    }
    memcpy(out, tmp, (size_t)sec->count * sizeof *out);
    return true;
}

static void read_urgency_shares(struct lv__fill *f, yaml_node_t *v)
{
    if (v)
        read_shares(f, v, "urgency", &urgency_section, (double *)((char *)f->base + f->row->offset));
}

static void read_periods(struct lv__fill *f, yaml_node_t *x)
{
    struct lv__fill g = inside(f, x, f->base, "'periods'");
    if (!x || !lv__section_check(&g, &period_section))
        return;
    lv__section_read(&g, &period_section);
    const int *m = f->s->clinical.period_start_min;
    /* The three periods follow each other round the clock: day, evening, night. */
    int d1 = (m[1] - m[0] + 1440) % 1440, d2 = (m[2] - m[1] + 1440) % 1440, d3 = (m[0] - m[2] + 1440) % 1440;
    if (d1 == 0 || d2 == 0 || d3 == 0 || d1 + d2 + d3 != 1440)
        lv__error_msg(f->c, x, LV_MSG_E_PERIODS_ORDER, NULL);
}

static void read_dispositions(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_scenario *s = f->s;
    const struct lv__section *sec = &disposition_period_section;
    struct lv__fill g = inside(f, v, s, "'dispositions'");
    if (!v || !lv__section_check(&g, sec))
        return;
    bool set[LV_PERIODS][LV_URGENCIES] = {{false}};
    for (int p = 0; p < sec->count; p++) { /* 'all' first, then the periods override it */
        const char *period = sec->rows[p].name;
        yaml_node_t *pv = lv__get(c, v, period);
        if (!pv)
            continue;
        char what[64];
        snprintf(what, sizeof what, "'dispositions.%s'", period); /* a key path: syntax, not a message */
        struct lv__fill h = inside(f, pv, s, what);
        if (!lv__section_check(&h, &urgency_section))
            continue;
        for (int u = 0; u < LV_URGENCIES; u++) {
            yaml_node_t *uv = lv__get(c, pv, urgency_rows[u].name);
            if (!uv)
                continue;
            char key[64];
            /* a key path: syntax, not a message */
            snprintf(key, sizeof key, "dispositions.%s.%s", period, urgency_rows[u].name);
            double row[LV_DISPOSITIONS];
            if (!read_shares(f, uv, key, &disposition_section, row))
                continue;
            for (int q = 0; q < LV_PERIODS; q++) {
                if (p == 0 || q == p - 1) {
                    memcpy(s->clinical.disposition[q][u], row, sizeof row);
                    set[q][u] = true;
                }
            }
        }
    }
    for (int q = 0; q < LV_PERIODS; q++)
        for (int u = 0; u < LV_URGENCIES; u++)
            if (!set[q][u]) {
                lv__error_msg(c, v, LV_MSG_E_DISPOSITIONS_MISSING, urgency_rows[u].name, period_rows[q].name,
                              period_rows[q].name, NULL);
                return;
            }
}

static void read_clinical(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__fill g = inside(f, v, f->s, "'clinical'");
    if (!v || !lv__section_check(&g, &clinical_section))
        return;
    f->s->clinical.enabled = true;
    lv__section_read(&g, &clinical_section);
}

/* A section of the scenario (named what) that must hold `key`; `missing` says so. */
static void read_section_needing(struct lv__fill *f, yaml_node_t *v, const char *what, const struct lv__section *sec,
                                 const char *key, enum lv_msg missing)
{
    struct lv__fill g = inside(f, v, f->s, what);
    if (!v || !lv__section_check(&g, sec))
        return;
    lv__section_read(&g, sec);
    if (!lv__get(f->c, v, key))
        lv__error_msg(f->c, v, missing, NULL);
}

static void read_walk_ins(struct lv__fill *f, yaml_node_t *v)
{
    read_section_needing(f, v, "'walk_ins'", &walk_in_section, "share", LV_MSG_E_WALK_INS_NEED_SHARE);
}

/* ---- shift patterns (docs/planning.md) ---- */

static void read_shifts(struct lv__fill *f, yaml_node_t *v)
{
    read_section_needing(f, v, "'shifts'", &shifts_section, "patterns", LV_MSG_E_SHIFTS_NEED_PATTERNS);
}

/* 'days': one selector or a list of them, into the pattern's weekday bits. */
static void read_shift_days(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_shift_pattern *p = f->base;
    if (!v)
        return; /* read_shift_patterns reports it with the other required keys */
    const char *allowed = lv_msg(LV_MSG_P_SHIFT_DAYS, c->diags->lang);
    bool list = v->type == YAML_SEQUENCE_NODE;
    int n = list ? sequence_length(v) : 1;
    if (list && n == 0)
        lv__error_msg(c, v, LV_MSG_E_NOT_VALID, "days", allowed, lv_msg(LV_MSG_P_EMPTY_LIST, c->diags->lang), NULL);
    for (int j = 0; j < n; j++) {
        yaml_node_t *x = list ? lv__node(c, v->data.sequence.items.start[j]) : v;
        int bits;
        if (lv__read_enum(c, x, "days", shift_day_names, allowed, &bits))
            p->days |= (unsigned)bits;
    }
}

/* 'length': a duration of whole minutes, at most a day. */
static void read_shift_length(struct lv__fill *f, yaml_node_t *v)
{
    struct lv_shift_pattern *p = f->base;
    double len = 0;
    if (!v || !lv__read_value(f->c, v, f->row, &len))
        return;
    if (fmod(len, 60) != 0)
        lv__error_msg(f->c, v, LV_MSG_E_SHIFT_LENGTH_MINUTES, lv__scalar(v) ? lv__scalar(v) : "?", NULL);
    else
        p->length_min = (int)(len / 60);
}

static void read_shift_patterns(struct lv__fill *f, yaml_node_t *v)
{
    struct lv__reader *c = f->c;
    struct lv_shifts *sh = &f->s->shifts;
    const struct lv__section *sec = &shift_pattern_section;
    if (!v)
        return;
    if (v->type != YAML_SEQUENCE_NODE || sequence_length(v) == 0) {
        const char *got = v->type == YAML_SEQUENCE_NODE ? lv_msg(LV_MSG_P_EMPTY_LIST, c->diags->lang) : lv__kind(c, v);
        lv__error_msg(c, v, LV_MSG_E_SHIFT_PATTERNS_NOT_LIST, got, NULL);
        return;
    }
    int n = 0;
    for (int i = 0; i < sequence_length(v); i++) {
        yaml_node_t *x = lv__node(c, v->data.sequence.items.start[i]);
        if (i == LV_MAX_SHIFT_PATTERNS) {
            lv__error_msg(c, x, LV_MSG_E_SHIFT_PATTERNS_TOO_MANY, lv_msg_int(LV_MAX_SHIFT_PATTERNS).s, NULL);
            break;
        }
        struct lv_shift_pattern p = {0};
        lv__section_defaults(sec, &p);
        snprintf(p.name, sizeof p.name, "shift%d", i + 1); /* syntax, not a message */
        char what[96];
        what_of(c, what, sizeof what, LV_MSG_P_SHIFT_PATTERN, lv_msg_int(i + 1).s);
        struct lv__fill g = inside(f, x, &p, what);
        if (!lv__section_check(&g, sec))
            continue;
        int before = c->errors;
        lv__section_read(&g, sec);
        if (lv__get(c, x, "name"))
            what_of(c, what, sizeof what, LV_MSG_P_SHIFT_PATTERN_NAMED, p.name);
        if (!lv__get(c, x, "days") || !lv__get(c, x, "start") || !lv__get(c, x, "length")) {
            lv__error_msg(c, x, LV_MSG_E_SHIFT_PATTERN_NEEDS, what, NULL);
            continue;
        }
        if (c->errors != before)
            continue;
        if (p.min > p.max) {
            lv__error_msg(c, lv__get(c, x, "max"), LV_MSG_E_SHIFT_MIN_ABOVE_MAX, what, lv_msg_int(p.max).s,
                          lv_msg_int(p.min).s, NULL);
            continue;
        }
        bool twice = false;
        for (int k = 0; k < n && !twice; k++)
            twice = strcmp(sh->patterns[k].name, p.name) == 0;
        if (twice) {
            lv__error_msg(c, lv__get(c, x, "name") ? lv__get(c, x, "name") : x, LV_MSG_E_SHIFT_NAME_TWICE,
                          p.name, NULL);
            continue;
        }
        sh->patterns[n++] = p;
    }
    sh->pattern_count = n;
}

static bool any_floor_staff(const struct lv_schedule *sch)
{
    for (int d = 0; d < LV_DAY_TYPES; d++)
        for (int b = 0; b < sch->band_count[d]; b++)
            if (sch->bands[d][b].floor + sch->bands[d][b].shared > 0)
                return true;
    return false;
}

/* Checks that need several sections at once. */
static void check_clinical(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *clinical = lv__get(c, root, "clinical"), *walk = lv__get(c, root, "walk_ins");
    yaml_node_t *calls = lv__get(c, root, "calls");
    yaml_node_t *centres = lv__get(c, root, "centre") ? lv__get(c, root, "centre") : lv__get(c, root, "centres");
    yaml_node_t *types = lv__get(c, calls, "types");
    bool any_clinical_type = false;
    for (int i = 0; i < s->type_count; i++)
        any_clinical_type |= s->types[i].clinical;
    if (s->clinical.enabled && !any_clinical_type && types)
        lv__error_msg(c, types, LV_MSG_E_CLINICAL_NO_TYPE, NULL);
    if (!s->clinical.enabled && any_clinical_type && types && types->type == YAML_SEQUENCE_NODE) {
        for (int i = 0; i < s->type_count; i++) {
            yaml_node_t *flag = lv__get(c, lv__node(c, types->data.sequence.items.start[i]), "clinical");
            if (s->types[i].clinical && flag) {
                lv__error_msg(c, flag, LV_MSG_E_TYPE_CLINICAL_NO_SECTION, s->types[i].name, NULL);
                break;
            }
        }
    }
    if (walk && s->walk_ins.share > 0 && !s->clinical.enabled)
        lv__error_msg(c, walk, LV_MSG_E_WALK_INS_NEED_CLINICAL, NULL);
    if (s->site_count > s->centre_count && !s->clinical.enabled)
        lv__error_msg(c, lv__get(c, root, "satellites"), LV_MSG_E_SATELLITES_NEED_CLINICAL, NULL);
    if (c->errors || !s->sites || !s->areas)
        return;
    bool doctor_work = s->walk_ins.share > 0 || s->site_count > s->centre_count;
    for (int p = 0; p < LV_PERIODS; p++)
        for (int u = 0; u < LV_URGENCIES; u++) {
            const double *row = s->clinical.disposition[p][u];
            doctor_work |= row[LV_DISP_CONSULTATION] > 0 || row[LV_DISP_CALLBACK] > 0 || row[LV_DISP_HOME_VISIT] > 0 ||
                           (row[LV_DISP_AMBULANCE] > 0 && s->clinical.call_out_probability > 0);
        }
    for (int i = 0; i < s->centre_count; i++) {
        const struct lv_site *site = &s->sites[i];
        bool serves = false;
        for (int a = 0; a < s->area_count; a++)
            serves |= s->areas[a].centre == i;
        if (!serves)
            continue;
        if (walk && s->walk_ins.share > 0 && !any_floor_staff(&site->operators)) {
            if (s->centre_count == 1)
                lv__error_msg(c, walk, LV_MSG_E_WALK_INS_NEED_FLOOR, NULL);
            else
                lv__error_msg(c, walk, LV_MSG_E_WALK_INS_NEED_FLOOR_AT, site->name, NULL);
        }
        if (clinical && s->clinical.enabled && doctor_work && !site->has_doctors) {
            if (s->centre_count == 1)
                lv__error_msg(c, centres ? centres : root, LV_MSG_E_CENTRE_NEEDS_DOCTORS, NULL);
            else
                lv__error_msg(c, centres ? centres : root, LV_MSG_E_CENTRE_NEEDS_DOCTORS_AT, site->name, NULL);
        }
    }
}

/* Derived values: area weights (share of demand after the satellite factor), the yearly volume
 * when demand is given per inhabitant, satellite video times. */
static void finish(struct lv_scenario *s)
{
    double calls = 0; /* population, or first attempts a year when given per inhabitant */
    for (int a = 0; a < s->area_count; a++) {
        struct lv_area *area = &s->areas[a];
        double rate = area->calls_per_inhabitant > 0 ? area->calls_per_inhabitant : s->demand.calls_per_inhabitant;
        calls += s->demand.calls_per_inhabitant > 0 ? area->population * rate : area->population;
    }
    for (int a = 0; a < s->area_count; a++) {
        struct lv_area *area = &s->areas[a];
        double rate = area->calls_per_inhabitant > 0 ? area->calls_per_inhabitant : s->demand.calls_per_inhabitant;
        double own = s->demand.calls_per_inhabitant > 0 ? area->population * rate : area->population;
        area->weight = own / calls * (area->satellite >= 0 ? s->satellite_factor : 1.0);
    }
    if (s->demand.calls_per_inhabitant > 0)
        s->demand.calls_per_year = calls;
    for (int i = s->centre_count; i < s->site_count; i++)
        if (s->sites[i].video.kind == LV_DIST_NEVER)
            lv_dist_copy(&s->sites[i].video, &s->clinical.consultation);
}

/* The defaults of every row that has one; the structured ones (urgency and disposition shares)
 * from docs/MODEL.md §5-6 (estimates). */
static void set_defaults(struct lv_scenario *s)
{
    memset(s, 0, sizeof *s);
    int rc = lv__section_defaults(&lv__scenario_schema, s);
    (void)LV_ALWAYS(rc == 0); /* the unit test parses every default */
    const double urgency[LV_URGENCIES] = {0.10, 0.36, 0.54};
    memcpy(s->clinical.urgency, urgency, sizeof urgency);
    /* advice, consultation, callback, home visit, ambulance, referral; over the urgency mix these
     * give docs/MODEL.md's 32 / 48 / 10 / 1.5 / 2 / 6.5 % */
    static const double by_urgency[LV_URGENCIES][LV_DISPOSITIONS] = {
        {0.00, 0.65, 0.05, 0.05, 0.20, 0.05},
        {0.20, 0.62, 0.12, 0.02, 0.00, 0.04},
        {0.47, 0.35, 0.09, 0.005, 0.00, 0.085}};
    for (int p = 0; p < LV_PERIODS; p++)
        memcpy(s->clinical.disposition[p], by_urgency, sizeof by_urgency);
    const double walk_urgency[LV_URGENCIES] = {0.05, 0.35, 0.60};
    memcpy(s->walk_ins.urgency, walk_urgency, sizeof walk_urgency);
}

static void read_root(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    struct lv__fill f = {.c = c, .s = s, .base = s, .map = root, .what = lv_msg(LV_MSG_P_THE_SCENARIO, c->diags->lang)};
    if (!lv__section_check(&f, &lv__scenario_schema))
        return;
    lv__section_read(&f, &lv__scenario_schema);
    check_clinical(c, root, s);
    if (c->errors == 0)
        finish(s);
    if (s->demand.mode == LV_DEMAND_PROFILED) {
        normalise(s->demand.profile[0], 24);
        normalise(s->demand.profile[1], 24);
    }
}

int lv_scenario_reference_markdown(FILE *out, enum lv_language lang)
{
    return lv__schema_markdown(out, &lv__scenario_schema, lang);
}

struct lv_scenario *lv_scenario_load(const char *path, const char *text, const char *name,
                                     const struct lv_override *overrides, int override_count,
                                     struct lv_diags *diags)
{
    const char *label = path ? path : name ? name : "<string>";
    struct lv_scenario *s = malloc(sizeof *s);
    if (!s) {
        lv_diags_msg(diags, label, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return NULL;
    }
    set_defaults(s);
    snprintf(s->source, sizeof s->source, "%s", label);
    struct lv__sources sources = {0};
    yaml_document_t doc;
    if (lv__compose(&doc, path, text, label, overrides, override_count, &sources, diags) != 0) {
        lv__sources_fini(&sources, diags);
        lv_scenario_free(s);
        return NULL;
    }
    struct lv__reader c = {.doc = &doc, .sources = &sources, .diags = diags};
    s->read_files = calloc((size_t)sources.count + 1, sizeof *s->read_files);
    bool listed = s->read_files != NULL;
    for (int i = 0; listed && i < sources.count; i++) {
        if (!sources.item[i].file)
            continue;
        char *copy = strdup(sources.item[i].name);
        if (copy)
            s->read_files[s->read_file_count++] = copy;
        else
            listed = false;
    }
    if (!listed) {
        lv_diags_msg(diags, label, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        c.errors++;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        lv_diags_msg(diags, label, NULL, 0, 0, 1, LV_MSG_E_SCENARIO_EMPTY, NULL);
        c.errors++;
    } else {
        read_root(&c, root, s);
    }
    yaml_document_delete(&doc);
    lv__sources_fini(&sources, diags);
    if (c.errors) {
        lv_scenario_free(s);
        return NULL;
    }
    return s;
}

struct lv_scenario *lv_scenario_load_string(const char *text, size_t length, const char *name,
                                            struct lv_diags *diags)
{
    char *copy = malloc(length + 1); /* NUL-terminated: the loader keeps source lines for messages */
    if (!copy) {
        lv_diags_msg(diags, name, NULL, 0, 0, 1, LV_MSG_E_OUT_OF_MEMORY, NULL);
        return NULL;
    }
    memcpy(copy, text, length);
    copy[length] = '\0';
    struct lv_scenario *s = lv_scenario_load(NULL, copy, name, NULL, 0, diags);
    free(copy);
    return s;
}

struct lv_scenario *lv_scenario_load_file(const char *path, struct lv_diags *diags)
{
    return lv_scenario_load(path, NULL, NULL, NULL, 0, diags);
}

void lv_scenario_free(struct lv_scenario *s)
{
    if (!s)
        return;
    for (int i = 0; i < s->read_file_count; i++)
        free(s->read_files[i]);
    free(s->read_files);
    for (int i = 0; i < s->type_count; i++) {
        lv_dist_fini(&s->types[i].talk);
        lv_dist_fini(&s->types[i].after_call);
        lv_dist_fini(&s->types[i].callback.delay);
        lv_dist_fini(&s->types[i].callback.talk);
        lv_dist_fini(&s->types[i].consult.duration);
        lv_dist_fini(&s->types[i].patience);
    }
    lv_dist_fini(&s->patience);
    lv_dist_fini(&s->redial_delay);
    struct lv_dist *owned[] = {&s->clinical.travel,     &s->clinical.consultation, &s->clinical.callback,
                               &s->clinical.home_travel, &s->clinical.home_on_site, &s->clinical.call_out,
                               &s->clinical.assist,     &s->clinical.red_arrival,  &s->walk_ins.triage,
                               &s->clinical.amk_conference};
    for (size_t i = 0; i < sizeof owned / sizeof *owned; i++)
        lv_dist_fini(owned[i]);
    for (int i = 0; i < s->site_count; i++) {
        lv_dist_fini(&s->sites[i].backup.activation);
        lv_dist_fini(&s->sites[i].work_up);
        lv_dist_fini(&s->sites[i].away.piece);
        lv_dist_fini(&s->sites[i].video);
    }
    for (int a = 0; a < s->area_count; a++) {
        lv_dist_fini(&s->areas[a].travel);
        lv_dist_fini(&s->areas[a].satellite_travel);
    }
    free(s->sites);
    free(s->areas);
    free(s);
}

struct lv_holiday_rules lv_scenario_holiday_rules(const struct lv_scenario *s)
{
    return (struct lv_holiday_rules){s->christmas_eve_holiday, s->new_years_eve_holiday,
                                     s->extra_holidays, s->extra_holiday_count};
}

double lv_scenario_demand_factor(const struct lv_scenario *s, long day)
{
    for (int i = 0; i < s->demand.period_count; i++)
        if (s->demand.periods[i].from_day <= day && day <= s->demand.periods[i].to_day)
            return s->demand.periods[i].factor;
    return 1.0;
}

int lv_scenario_day_type(const struct lv_scenario *s, long day)
{
    struct lv_holiday_rules rules = lv_scenario_holiday_rules(s);
    return lv_is_holiday(day, &rules) ? LV_HOLIDAY_DAY_TYPE : lv_weekday(day);
}

const char *lv_urgency_name(enum lv_urgency u)
{
    return (unsigned)u < LV_URGENCIES ? urgency_rows[u].name : "?";
}

const char *lv_disposition_name(enum lv_disposition d)
{
    return (unsigned)d < LV_DISPOSITIONS ? disposition_rows[d].name : "?";
}

bool lv_scenario_has_doctors(const struct lv_scenario *s)
{
    for (int i = 0; i < s->site_count; i++)
        if (s->sites[i].has_doctors)
            return true;
    return false;
}

bool lv_scenario_has_backup(const struct lv_scenario *s)
{
    for (int i = 0; i < s->site_count; i++)
        if (s->sites[i].backup.enabled)
            return true;
    return false;
}

int lv_schedule_count(const struct lv_schedule *sch, int day_type, int minute)
{
    for (int i = 0; i < sch->band_count[day_type]; i++)
        if (minute < sch->bands[day_type][i].to_min)
            return sch->bands[day_type][i].count;
    return 0;
}

/* A diagnostic of lv_schedule_check: catalogue id in lang with its arguments, into why. */
static int check_fault(char *why, size_t why_size, enum lv_language lang, enum lv_msg id, int argc,
                       const char *const *args)
{
    lv_msg_expand(why, why_size, lv_msg(id, lang), argc, args);
    return -1;
}

int lv_schedule_check(const struct lv_schedule *sch, bool roles, const char *what, enum lv_language lang, char *why,
                      size_t why_size)
{
    const struct lv__field *role_keys = &band_rows[3]; /* count, floor, shared */
    bool anyone = false;
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        const char *day = day_label(d);
        int n = sch->band_count[d];
        if (n < 1 || n > LV_MAX_BANDS) {
            struct lv_msg_arg count = lv_msg_int(n), most = lv_msg_int(LV_MAX_BANDS);
            const char *args[] = {what, count.s, day, most.s};
            return check_fault(why, why_size, lang, LV_MSG_E_CHECK_BAND_COUNT, 4, args);
        }
        int at = 0; /* the first minute not yet covered */
        for (int b = 0; b < n; b++) {
            const struct lv_band *band = &sch->bands[d][b];
            struct lv_msg_arg number = lv_msg_int(b + 1), from = lv_msg_int(band->from_min);
            if (band->from_min != at) {
                if (band->from_min > at) {
                    struct hhmm gap = hhmm(at), to = hhmm(band->from_min < 1440 ? band->from_min : 1440);
                    const char *args[] = {what, day, gap.s, to.s};
                    return check_fault(why, why_size, lang, LV_MSG_E_CHECK_UNCOVERED, 4, args);
                }
                struct lv_msg_arg end = lv_msg_int(at);
                const char *args[] = {what, number.s, day, from.s, end.s};
                return check_fault(why, why_size, lang, LV_MSG_E_CHECK_BAND_START, 5, args);
            }
            if (band->to_min <= band->from_min || band->to_min > 1440) {
                struct lv_msg_arg to = lv_msg_int(band->to_min);
                const char *args[] = {what, number.s, day, from.s, to.s};
                return check_fault(why, why_size, lang, LV_MSG_E_CHECK_BAND_END, 5, args);
            }
            int counts[3] = {band->count, band->floor, band->shared};
            for (int r = 0; r < 3; r++) {
                int most = r == 0 || roles ? LV_MAX_STAFF : 0;
                if (counts[r] < 0 || counts[r] > most) {
                    struct lv_msg_arg got = lv_msg_int(counts[r]), top = lv_msg_int(most);
                    if (most) {
                        const char *args[] = {what, number.s, day, role_keys[r].name, top.s, got.s};
                        return check_fault(why, why_size, lang, LV_MSG_E_CHECK_STAFF_RANGE, 6, args);
                    }
                    const char *args[] = {what, number.s, day, role_keys[r].name, got.s};
                    return check_fault(why, why_size, lang, LV_MSG_E_CHECK_STAFF_NO_ROLES, 5, args);
                }
            }
            anyone |= band->count > 0 || band->shared > 0;
            at = band->to_min;
        }
        if (at != 1440) {
            struct hhmm gap = hhmm(at), to = hhmm(1440);
            const char *args[] = {what, day, gap.s, to.s};
            return check_fault(why, why_size, lang, LV_MSG_E_CHECK_UNCOVERED, 4, args);
        }
    }
    if (!anyone) {
        const char *args[] = {what, roles ? lv_msg(LV_MSG_P_OR_SHARED, lang) : ""};
        return check_fault(why, why_size, lang, LV_MSG_E_CHECK_EMPTY, 2, args);
    }
    return 0;
}

void lv_schedule_normalise(struct lv_schedule *sch)
{
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        struct lv_band *bands = sch->bands[d];
        int n = 0;
        for (int b = 0; b < sch->band_count[d]; b++) {
            if (n > 0 && bands[n - 1].count == bands[b].count && bands[n - 1].floor == bands[b].floor &&
                bands[n - 1].shared == bands[b].shared)
                bands[n - 1].to_min = bands[b].to_min;
            else
                bands[n++] = bands[b];
        }
        /* Unused slots zeroed, so equal staffing is equal memory too. */
        memset(&bands[n], 0, (size_t)(LV_MAX_BANDS - n) * sizeof *bands);
        sch->band_count[d] = n;
    }
}

/* The composed document written back as YAML, once the scenario it makes has loaded. */
static int append_output(void *data, unsigned char *buffer, size_t size)
{
    char **text = data;
    size_t have = *text ? strlen(*text) : 0;
    char *more = realloc(*text, have + size + 1);
    if (!more)
        return 0;
    memcpy(more + have, buffer, size);
    more[have + size] = '\0';
    *text = more;
    return 1;
}

static bool same_band(const struct lv_band *a, const struct lv_band *b)
{
    return a->from_min == b->from_min && a->to_min == b->to_min && a->count == b->count && a->floor == b->floor &&
           a->shared == b->shared;
}

char *lv_schedule_render(const struct lv_schedule *sch, bool roles, const char *indent)
{
    static const char *const day_key[LV_DAY_TYPES] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays"};
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return NULL;
    for (int d = 0; d < LV_DAY_TYPES; d++)
        for (int b = 0; b < sch->band_count[d]; b++) {
            const struct lv_band *band = &sch->bands[d][b];
            bool earlier = false; /* written already with an earlier day type */
            for (int e = 0; e < d && !earlier; e++)
                for (int i = 0; i < sch->band_count[e] && !earlier; i++)
                    earlier = same_band(&sch->bands[e][i], band);
            if (earlier)
                continue;
            unsigned days = 0;
            for (int e = d; e < LV_DAY_TYPES; e++)
                for (int i = 0; i < sch->band_count[e]; i++)
                    if (same_band(&sch->bands[e][i], band))
                        days |= 1u << e;
            fprintf(out, "%s- {days: ", indent); /* syntax, not a message */
            if (days == 0xff) {
                fputs("all", out); /* syntax, not a message */
            } else {
                fputc('[', out);
                for (int e = 0, first = 1; e < LV_DAY_TYPES; e++)
                    if ((days >> e) & 1) {
                        fprintf(out, "%s%s", first ? "" : ", ", day_key[e]);
                        first = 0;
                    }
                fputc(']', out);
            }
            fprintf(out, ", from: \"%s\", to: \"%s\", count: %d", hhmm(band->from_min).s, /* syntax, not a message */
                    hhmm(band->to_min).s, band->count);
            if (roles && band->floor)
                fprintf(out, ", floor: %d", band->floor); /* syntax, not a message */
            if (roles && band->shared)
                fprintf(out, ", shared: %d", band->shared); /* syntax, not a message */
            fputs("}\n", out);
        }
    if (fclose(out) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

char *lv_scenario_render(const char *path, const char *text, const char *name,
                         const struct lv_override *overrides, int override_count, struct lv_diags *diags)
{
    struct lv_scenario *check = lv_scenario_load(path, text, name, overrides, override_count, diags);
    if (!check)
        return NULL;
    lv_scenario_free(check);
    struct lv__sources sources = {0};
    yaml_document_t doc;
    if (lv__compose(&doc, path, text, path ? path : name, overrides, override_count, &sources, diags) != 0) {
        lv__sources_fini(&sources, diags);
        return NULL;
    }
    char *out = NULL;
    yaml_emitter_t emitter;
    int ok = yaml_emitter_initialize(&emitter);
    if (ok) {
        yaml_emitter_set_output(&emitter, append_output, &out);
        yaml_emitter_set_unicode(&emitter, 1);
        yaml_emitter_set_width(&emitter, 100);
        /* yaml_emitter_dump takes the document and deletes it, whether it succeeds or not. */
        if (yaml_emitter_open(&emitter))
            ok = yaml_emitter_dump(&emitter, &doc) && yaml_emitter_close(&emitter);
        else {
            ok = 0;
            yaml_document_delete(&doc);
        }
        yaml_emitter_delete(&emitter);
    } else {
        yaml_document_delete(&doc);
    }
    lv__sources_fini(&sources, diags);
    if (!ok) {
        free(out);
        lv_diags_msg(diags, path ? path : name, NULL, 0, 0, 1, LV_MSG_E_CANNOT_RENDER, NULL);
        return NULL;
    }
    return out;
}

/* The schema's row for the path (lv__field_at), its kind as the public enum. */
_Static_assert(sizeof ((struct lv__miss *)0)->segment == sizeof ((struct lv_key_miss *)0)->segment &&
                   sizeof ((struct lv__miss *)0)->within == sizeof ((struct lv_key_miss *)0)->within,
               "lv_key_miss mirrors lv__miss");
int lv_scenario_key_kind(const char *path, enum lv_key_kind *kind, struct lv_key_miss *miss)
{
    bool element;
    struct lv__miss m;
    const struct lv__field *row = lv__field_at(&lv__scenario_schema, path, &element, &m);
    if (!row) {
        memset(miss, 0, sizeof *miss);
        memcpy(miss->segment, m.segment, sizeof miss->segment);
        memcpy(miss->within, m.within, sizeof miss->within);
        miss->suggestion = m.suggestion;
        miss->not_a_list = m.not_a_list;
        return -1;
    }
    switch (element ? LV__NUMBER : row->kind) {
    case LV__INTEGER:
        *kind = LV_KEY_INTEGER;
        break;
    case LV__NUMBER:
        *kind = LV_KEY_NUMBER;
        break;
    case LV__SHARE:
        *kind = LV_KEY_SHARE;
        break;
    case LV__DURATION:
    case LV__DIST: /* a fixed duration */
        *kind = LV_KEY_DURATION;
        break;
    default:
        *kind = LV_KEY_OTHER;
    }
    return 0;
}
