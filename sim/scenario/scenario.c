/* scenario.c — YAML scenario loader built on libyaml's document API, so every node keeps its
 * position for diagnostics. Each mapping is checked against a key table first (unknown keys get a
 * "did you mean"), then read with typed getters that report the key, the value and what is allowed.
 * Reading goes on after an error so one run reports as many problems as possible. The document
 * comes from compose.c (extends, --set), which never calls back here: lv_scenario_render lives
 * here for that reason. */
#include "lvsim/scenario.h"
#include "lvsim/messages.h"
#include "lvsim/units.h"
#include "scenario/compose.h"
#include "base/yamldoc.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* ---- key tables (also the source for docs/scenario.md's completeness test) ---- */

static const struct lv_key top_keys[] = {
    {"extends", "base scenario this one builds on"},
    {"name", "scenario name shown in reports"},
    {"description", "free text"},
    {"start", "first simulated day, YYYY-MM-DD"},
    {"horizon", "simulated time, e.g. 28d"},
    {"warmup", "initial time excluded from statistics"},
    {"replications", "independent replications"},
    {"seed", "master random seed"},
    {"target", "service-level target"},
    {"interval", "length of a reporting interval"},
    {"holidays", "optional holidays"},
    {"demand", "call arrivals"},
    {"calls", "call types, patience, redials"},
    {"centre", "the call centre"},
    {"centres", "several call centres"},
    {"satellites", "legevakt satellites"},
    {"areas", "where calls come from"},
    {"routing", "pools and overflow between centres"},
    {"clinical", "urgency, dispositions and doctors' work"},
    {"walk_ins", "patients who come without calling"},
    {NULL, NULL}};
static const struct lv_key target_keys[] = {
    {"within", "answer-time threshold"}, {"share", "required share"}, {NULL, NULL}};
static const struct lv_key holiday_keys[] = {{"christmas_eve", "24 Dec counts as a holiday"},
                                             {"new_years_eve", "31 Dec counts as a holiday"},
                                             {"extra", "further holiday dates"},
                                             {NULL, NULL}};
static const struct lv_key demand_keys[] = {
    {"calls_per_hour", "constant arrival rate of first attempts"},
    {"calls_per_year", "first attempts in the year from start"},
    {"calls_per_inhabitant", "first attempts per inhabitant and year"},
    {"weekend_factor", "weekend/holiday day relative to weekday"},
    {"profile_weekday", "24 hourly weights, weekdays"},
    {"profile_weekend", "24 hourly weights, weekends and holidays"},
    {"seasonality", "12 monthly multipliers"},
    {"growth", "overall demand multiplier"},
    {"satellite_factor", "contact-rate factor in areas with a satellite"},
    {"day_variation", "coefficient of variation of a random day multiplier"},
    {NULL, NULL}};
static const struct lv_key calls_keys[] = {{"types", "call types"},
                                           {"patience", "time callers wait before hanging up"},
                                           {"redial", "what abandoning callers do"},
                                           {NULL, NULL}};
static const struct lv_key type_keys[] = {{"name", "call type name"},
                                          {"clinical", "triaged: urgency and disposition"},
                                          {"share", "share of first attempts"},
                                          {"talk", "talk time"},
                                          {"after_call", "after-call work"},
                                          {"patience", "patience of this type"},
                                          {"priority_share", "share using the priority lane"},
                                          {NULL, NULL}};
static const struct lv_key redial_keys[] = {
    {"probability", "chance an abandoning caller redials"}, {"delay", "time until the redial"}, {NULL, NULL}};
static const struct lv_key centre_keys[] = {{"name", "centre name"},
                                            {"announcement", "recorded message before the queue"},
                                            {"queue_capacity", "callers who may wait; more get a busy signal"},
                                            {"operators", "nurse schedule: operators, floor, shared"},
                                            {"shared_priority", "what a shared nurse does first"},
                                            {"doctors", "doctor schedule"},
                                            {"backup", "backup doctor on call"},
                                            {NULL, NULL}};
static const struct lv_key band_keys[] = {{"days", "which days"},
                                          {"from", "band start HH:MM"},
                                          {"to", "band end HH:MM"},
                                          {"count", "operators on duty"},
                                          {"floor", "floor nurses on duty"},
                                          {"shared", "nurses who answer the phone when free of floor work"},
                                          {NULL, NULL}};
static const struct lv_key satellite_keys[] = {{"name", "satellite name"},
                                               {"centre", "the centre whose doctors see its patients"},
                                               {"nurses", "nurse schedule"},
                                               {"work_up", "nurse work-up time"},
                                               {"video", "doctor's video consultation time"},
                                               {"urgencies", "which patients it takes"},
                                               {"answer_calls", "idle nurses answer the centre's calls"},
                                               {NULL, NULL}};
static const struct lv_key area_keys[] = {{"name", "area name"},
                                          {"population", "inhabitants"},
                                          {"calls_per_inhabitant", "this area's first attempts per inhabitant and year"},
                                          {"share", "share of the calls"},
                                          {"centre", "the centre that answers its calls"},
                                          {"satellite", "its satellite"},
                                          {"travel", "travel time to its centre"},
                                          {"satellite_travel", "travel time to its satellite"},
                                          {NULL, NULL}};
static const struct lv_key routing_keys[] = {{"pools", "groups of centres sharing one queue"},
                                             {"overflow", "overflow rules"},
                                             {"transfer", "extra delay for a call answered elsewhere"},
                                             {NULL, NULL}};
static const struct lv_key overflow_keys[] = {{"from", "the centre whose calls overflow"},
                                              {"to", "centres that take them"},
                                              {"after", "wait before a call overflows"},
                                              {"queue_above", "overflow at once above this queue length"},
                                              {"own_first", "partners serve their own callers first"},
                                              {NULL, NULL}};
static const struct lv_key doctor_band_keys[] = {{"days", "which days"},
                                                 {"from", "band start HH:MM"},
                                                 {"to", "band end HH:MM"},
                                                 {"count", "doctors on duty"},
                                                 {NULL, NULL}};
static const struct lv_key backup_keys[] = {{"activation", "delay until the backup doctor is available"},
                                            {"queue_above", "call when more tasks wait"},
                                            {"red_busy", "call when a red task finds all doctors busy"},
                                            {"release_at", "go home when at most this many tasks wait"},
                                            {NULL, NULL}};
static const struct lv_key clinical_keys[] = {{"urgency", "urgency shares of clinical calls"},
                                              {"periods", "start of day, evening, night"},
                                              {"dispositions", "disposition shares"},
                                              {"travel", "patient travel to the centre"},
                                              {"no_show", "booked patients who do not come"},
                                              {"red_within", "report red patients seen within"},
                                              {"consultation", "doctor consultation time"},
                                              {"callback", "doctor phone advice time"},
                                              {"home_visit", "home visit times"},
                                              {"call_out", "doctor turning out on red responses"},
                                              {"assist", "floor nurse assisting consultations"},
                                              {"red_arrival", "floor nurse work when a red patient arrives"},
                                              {NULL, NULL}};
static const struct lv_key urgency_keys[] = {
    {"red", "akutt"}, {"yellow", "haster"}, {"green", "vanlig"}, {NULL, NULL}};
static const struct lv_key period_keys[] = {
    {"day", "day starts"}, {"evening", "evening starts"}, {"night", "night starts"}, {NULL, NULL}};
static const struct lv_key disposition_period_keys[] = {{"all", "every period"},
                                                        {"day", "day"},
                                                        {"evening", "evening"},
                                                        {"night", "night"},
                                                        {NULL, NULL}};
static const struct lv_key disposition_keys[] = {{"advice", "nurse advice only"},
                                                 {"consultation", "appointment at the centre"},
                                                 {"callback", "doctor phone advice"},
                                                 {"home_visit", "doctor home visit"},
                                                 {"ambulance", "red response, AMK"},
                                                 {"referral", "referred elsewhere"},
                                                 {NULL, NULL}};
static const struct lv_key home_visit_keys[] = {
    {"travel", "one-way travel time"}, {"on_site", "time with the patient"}, {NULL, NULL}};
static const struct lv_key call_out_keys[] = {
    {"probability", "share of red responses a doctor turns out to"}, {"duration", "doctor away"}, {NULL, NULL}};
static const struct lv_key assist_keys[] = {
    {"share", "share of consultations assisted"}, {"duration", "nurse time"}, {NULL, NULL}};
static const struct lv_key walk_in_keys[] = {{"share", "walk-ins per first call attempt"},
                                             {"triage", "nurse triage time"},
                                             {"urgency", "urgency shares of walk-ins"},
                                             {NULL, NULL}};
static const struct lv_key dist_keys[] = {
    {"dist", "distribution name"}, {"mean", "mean"},   {"sd", "standard deviation"},
    {"shape", "shape"},            {"scale", "scale"}, {"min", "minimum"},
    {"max", "maximum"},            {"mode", "mode"},   {"value", "constant value"},
    {"values", "empirical values"}, {"weights", "empirical weights"},
    {"median", "median"},          {"p90", "90th percentile"}, {NULL, NULL}};

static const struct lv_key_section sections[] = {
    {"", top_keys},          {"target", target_keys}, {"holidays", holiday_keys},
    {"demand", demand_keys}, {"calls", calls_keys},   {"calls.types[]", type_keys},
    {"calls.redial", redial_keys}, {"centre", centre_keys}, {"centre.operators[]", band_keys},
    {"centre.doctors[]", doctor_band_keys}, {"centre.backup", backup_keys},
    {"clinical", clinical_keys}, {"urgency", urgency_keys}, {"clinical.periods", period_keys},
    {"clinical.dispositions", disposition_period_keys}, {"disposition shares", disposition_keys},
    {"clinical.home_visit", home_visit_keys}, {"clinical.call_out", call_out_keys},
    {"clinical.assist", assist_keys}, {"walk_ins", walk_in_keys},
    {"satellites[]", satellite_keys}, {"areas[]", area_keys}, {"routing", routing_keys},
    {"routing.overflow[]", overflow_keys},
    {"distribution", dist_keys}};

const struct lv_key_section *lv_scenario_key_sections(int *count)
{
    *count = (int)(sizeof sections / sizeof *sections);
    return sections;
}

/* ---- defaults from MODEL.md §6 where a default is sensible ---- */

static const double default_profile[2][24] = {
    {1.6, 1.2, 1.0, 0.8, 0.7, 0.8, 1.2, 2.1, 4.2, 4.7, 4.7, 4.7,
     4.7, 4.7, 5.2, 7.3, 8.9, 8.3, 7.8, 7.3, 6.2, 5.2, 4.0, 2.6},
    {2.1, 1.7, 1.3, 1.0, 0.9, 0.9, 1.2, 2.1, 3.9, 5.7, 6.7, 6.8,
     6.6, 6.4, 6.4, 6.4, 6.4, 6.2, 6.0, 5.7, 5.2, 4.4, 3.3, 2.4}};
static const double default_season[12] = {1.05, 1.05, 1.05, 1.00, 1.00, 1.00,
                                          0.90, 0.90, 0.97, 0.97, 0.97, 1.10};

/* ---- reading context and helpers ---- */


/* Returns the scalar text of v, or reports that key needed a scalar. */
static const char *need_scalar(struct lv__reader *c, yaml_node_t *v, const char *key, const char *allowed)
{
    const char *t = lv__scalar(v);
    if (!t)
        lv__error_at(c, v, "'%s' must be %s, got %s", key, allowed, lv__kind_name(v));
    return t;
}

static void get_duration(struct lv__reader *c, yaml_node_t *map, const char *key, double *out, double min_s,
                         double max_s)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (!v)
        return;
    const char *allowed = "a duration like '30s', '5m' or '1h30m'";
    const char *t = need_scalar(c, v, key, allowed);
    double s;
    if (!t)
        return;
    if (lv_parse_duration(t, &s) != 0) {
        lv__error_at(c, v, "'%s' must be %s, got '%s'", key, allowed, t);
        return;
    }
    if (s < min_s || s > max_s) {
        char lo[32], hi[32];
        lv_format_duration(min_s, lo, sizeof lo);
        lv_format_duration(max_s, hi, sizeof hi);
        lv__error_at(c, v, "'%s' must be between %s and %s, got '%s'", key, lo, hi, t);
        return;
    }
    *out = s;
}

static void get_share(struct lv__reader *c, yaml_node_t *map, const char *key, double *out)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (!v)
        return;
    const char *allowed = "a share between 0 and 1 or 0% and 100%";
    const char *t = need_scalar(c, v, key, allowed);
    if (t && lv_parse_share(t, out) != 0)
        lv__error_at(c, v, "'%s' must be %s, got '%s'", key, allowed, t);
}

static bool number_of(struct lv__reader *c, yaml_node_t *v, const char *key, double *out, double min,
                      double max, bool min_open)
{
    char allowed[128];
    if (min_open)
        snprintf(allowed, sizeof allowed, "a number greater than %g and at most %g", min, max);
    else
        snprintf(allowed, sizeof allowed, "a number from %g to %g", min, max);
    const char *t = need_scalar(c, v, key, allowed);
    double x;
    if (!t)
        return false;
    if (lv_parse_number(t, &x) != 0 || x < min || x > max || (min_open && x == min)) {
        size_t n = strlen(t);
        if (n && t[n - 1] == '%')
            lv__error_at(c, v, "'%s' must be %s (a factor, e.g. 1.2 for +20%%), got '%s'", key, allowed, t);
        else
            lv__error_at(c, v, "'%s' must be %s, got '%s'", key, allowed, t);
        return false;
    }
    *out = x;
    return true;
}

static void get_number(struct lv__reader *c, yaml_node_t *map, const char *key, double *out, double min,
                       double max, bool min_open)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (v)
        number_of(c, v, key, out, min, max, min_open);
}

static bool integer_of(struct lv__reader *c, yaml_node_t *v, const char *key, long long *out, long long min,
                       long long max)
{
    char allowed[128];
    if (min == 0 && max >= 1000000)
        snprintf(allowed, sizeof allowed, "a non-negative integer");
    else
        snprintf(allowed, sizeof allowed, "an integer from %lld to %lld", min, max);
    const char *t = need_scalar(c, v, key, allowed);
    if (!t)
        return false;
    char *end;
    errno = 0;
    long long x = strtoll(t, &end, 10);
    if (!*t || *end || errno || x < min || x > max) {
        lv__error_at(c, v, "'%s' must be %s, got '%s'", key, allowed, t);
        return false;
    }
    *out = x;
    return true;
}

static void get_bool(struct lv__reader *c, yaml_node_t *map, const char *key, bool *out)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (!v)
        return;
    const char *t = need_scalar(c, v, key, "true or false");
    if (!t)
        return;
    if (strcmp(t, "true") == 0 || strcmp(t, "yes") == 0)
        *out = true;
    else if (strcmp(t, "false") == 0 || strcmp(t, "no") == 0)
        *out = false;
    else
        lv__error_at(c, v, "'%s' must be true or false, got '%s'", key, t);
}

static void get_text(struct lv__reader *c, yaml_node_t *map, const char *key, char *out, size_t size)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (!v)
        return;
    const char *t = need_scalar(c, v, key, "a text");
    if (!t)
        return;
    if (strlen(t) >= size) {
        lv__error_at(c, v, "'%s' must be at most %zu characters long", key, size - 1);
        return;
    }
    strcpy(out, t);
}

/* A list of exactly n non-negative numbers. Returns true when read. */
static bool get_number_list(struct lv__reader *c, yaml_node_t *map, const char *key, double *out, int n,
                            bool positive)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (!v)
        return false;
    if (v->type != YAML_SEQUENCE_NODE) {
        lv__error_at(c, v, "'%s' must be a list of %d numbers, got %s", key, n, lv__kind_name(v));
        return false;
    }
    int count = (int)(v->data.sequence.items.top - v->data.sequence.items.start);
    if (count != n) {
        lv__error_at(c, v, "'%s' must have %d numbers, got %d", key, n, count);
        return false;
    }
    bool ok = true;
    double tmp[24];
    for (int i = 0; i < n; i++) {
        yaml_node_t *item = lv__node(c, v->data.sequence.items.start[i]);
        ok &= number_of(c, item, key, &tmp[i], 0, 1e6, positive);
    }
    if (ok)
        memcpy(out, tmp, (size_t)n * sizeof *out);
    return ok;
}

/* ---- distributions ---- */

struct dist_form {
    const char *name;
    enum lv_dist_kind kind;
    const char *keys[4]; /* parameters besides 'dist' */
};

static const struct dist_form dist_forms[] = {
    {"deterministic", LV_DIST_DETERMINISTIC, {"value"}},
    {"exponential", LV_DIST_EXPONENTIAL, {"mean"}},
    {"lognormal", LV_DIST_LOGNORMAL, {"mean", "sd", "median", "p90"}},
    {"gamma", LV_DIST_GAMMA, {"mean", "sd", "shape", "scale"}},
    {"weibull", LV_DIST_WEIBULL, {"mean", "shape", "scale"}},
    {"uniform", LV_DIST_UNIFORM, {"min", "max"}},
    {"triangular", LV_DIST_TRIANGULAR, {"min", "mode", "max"}},
    {"empirical", LV_DIST_EMPIRICAL, {"values", "weights"}},
};
#define DIST_FORMS (int)(sizeof dist_forms / sizeof *dist_forms)

static bool read_duration_value(struct lv__reader *c, yaml_node_t *v, const char *key, double *out)
{
    const char *allowed = "a duration like '30s', '5m' or '1h30m'";
    const char *t = need_scalar(c, v, key, allowed);
    if (!t)
        return false;
    if (lv_parse_duration(t, out) != 0) {
        lv__error_at(c, v, "'%s' must be %s, got '%s'", key, allowed, t);
        return false;
    }
    return true;
}

/* Reads a distribution of durations at map[key]. A scalar is a constant duration ("5m"), or
 * "none" where allow_never. Returns true and fills *d when present and valid. */
static bool get_dist(struct lv__reader *c, yaml_node_t *map, const char *key, struct lv_dist *d, bool allow_never)
{
    yaml_node_t *v = lv__get(c, map, key);
    if (!v)
        return false;
    const char *why = NULL;
    if (v->type == YAML_SCALAR_NODE) {
        const char *t = lv__scalar(v);
        if (allow_never && strcmp(t, "none") == 0)
            return lv_dist_never(d) == 0;
        double s;
        if (lv_parse_duration(t, &s) != 0) {
            lv__error_at(c, v, "'%s' must be a duration like '5m'%s or a mapping with 'dist', got '%s'", key,
                     allow_never ? ", 'none'" : "", t);
            return false;
        }
        return lv_dist_deterministic(d, s, &why) == 0;
    }
    char what[96];
    snprintf(what, sizeof what, "distribution '%s'", key);
    if (!lv__check_mapping(c, v, what, dist_keys))
        return false;
    yaml_node_t *name_node = lv__get(c, v, "dist");
    if (!name_node) {
        lv__error_at(c, v, "distribution '%s' needs a 'dist' key (one of deterministic, exponential, "
                       "lognormal, gamma, weibull, uniform, triangular, empirical)", key);
        return false;
    }
    const char *name = need_scalar(c, name_node, "dist", "a distribution name");
    if (!name)
        return false;
    const struct dist_form *form = NULL;
    for (int i = 0; i < DIST_FORMS; i++)
        if (strcmp(dist_forms[i].name, name) == 0)
            form = &dist_forms[i];
    if (!form) {
        lv__error_at(c, name_node, "'dist' must be one of deterministic, exponential, lognormal, gamma, "
                               "weibull, uniform, triangular, empirical, got '%s'", name);
        return false;
    }
    /* Keys that this distribution does not take. */
    bool bad = false;
    for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
        const char *k = lv__scalar(lv__node(c, p->key));
        if (!k || strcmp(k, "dist") == 0)
            continue;
        bool known = false;
        for (int i = 0; i < 4 && form->keys[i]; i++)
            known |= strcmp(form->keys[i], k) == 0;
        bool in_table = false;
        for (const struct lv_key *t = dist_keys; t->name; t++)
            in_table |= strcmp(t->name, k) == 0;
        if (!known && in_table) {
            char takes[64] = "";
            for (int i = 0; i < 4 && form->keys[i]; i++) {
                if (i)
                    strcat(takes, ", ");
                strcat(takes, form->keys[i]);
            }
            lv__error_at(c, lv__node(c, p->key), "key '%s' does not apply to distribution '%s' (it takes: %s)",
                     k, form->name, takes);
            bad = true;
        }
    }
    if (bad)
        return false;
    double mean = NAN, sd = NAN, shape = NAN, scale = NAN, lo = NAN, hi = NAN, mode = NAN, value = NAN;
    double median = NAN, p90 = NAN;
    yaml_node_t *n;
    bool ok = true;
    if ((n = lv__get(c, v, "mean")))
        ok &= read_duration_value(c, n, "mean", &mean);
    if ((n = lv__get(c, v, "sd")))
        ok &= read_duration_value(c, n, "sd", &sd);
    if ((n = lv__get(c, v, "scale")))
        ok &= read_duration_value(c, n, "scale", &scale);
    if ((n = lv__get(c, v, "min")))
        ok &= read_duration_value(c, n, "min", &lo);
    if ((n = lv__get(c, v, "max")))
        ok &= read_duration_value(c, n, "max", &hi);
    if ((n = lv__get(c, v, "mode")))
        ok &= read_duration_value(c, n, "mode", &mode);
    if ((n = lv__get(c, v, "value")))
        ok &= read_duration_value(c, n, "value", &value);
    if ((n = lv__get(c, v, "median")))
        ok &= read_duration_value(c, n, "median", &median);
    if ((n = lv__get(c, v, "p90")))
        ok &= read_duration_value(c, n, "p90", &p90);
    if ((n = lv__get(c, v, "shape")))
        ok &= number_of(c, n, "shape", &shape, 0, 1000, true);
    if (!ok)
        return false;
#define NEED(var, k)                                                                               \
    do {                                                                                           \
        if (isnan(var)) {                                                                          \
            lv__error_at(c, v, "%s distribution '%s' needs '%s'", form->name, key, k);                 \
            return false;                                                                          \
        }                                                                                          \
    } while (0)
    int rc = -1;
    switch (form->kind) {
    case LV_DIST_DETERMINISTIC:
        NEED(value, "value");
        rc = lv_dist_deterministic(d, value, &why);
        break;
    case LV_DIST_EXPONENTIAL:
        NEED(mean, "mean");
        rc = lv_dist_exponential(d, mean, &why);
        break;
    case LV_DIST_LOGNORMAL:
        if (!isnan(median) || !isnan(p90)) {
            if (!isnan(mean) || !isnan(sd)) {
                lv__error_at(c, v, "lognormal distribution '%s' takes either mean and sd or median and p90, not both", key);
                return false;
            }
            NEED(median, "median");
            NEED(p90, "p90");
            rc = lv_dist_lognormal_median_p90(d, median, p90, &why);
        } else {
            NEED(mean, "mean");
            NEED(sd, "sd");
            rc = lv_dist_lognormal(d, mean, sd, &why);
        }
        break;
    case LV_DIST_GAMMA:
        if (!isnan(mean) || !isnan(sd)) {
            if (!isnan(shape) || !isnan(scale)) {
                lv__error_at(c, v, "gamma distribution '%s' takes either mean and sd or shape and scale, not both", key);
                return false;
            }
            NEED(mean, "mean");
            NEED(sd, "sd");
            rc = lv_dist_gamma_mean_sd(d, mean, sd, &why);
        } else {
            NEED(shape, "shape");
            NEED(scale, "scale");
            rc = lv_dist_gamma_shape_scale(d, shape, scale, &why);
        }
        break;
    case LV_DIST_WEIBULL:
        NEED(shape, "shape");
        if (!isnan(mean) && !isnan(scale)) {
            lv__error_at(c, v, "weibull distribution '%s' takes either mean or scale with its shape, not both", key);
            return false;
        }
        if (!isnan(mean))
            rc = lv_dist_weibull_mean_shape(d, mean, shape, &why);
        else {
            NEED(scale, "mean' or 'scale");
            rc = lv_dist_weibull_scale_shape(d, scale, shape, &why);
        }
        break;
    case LV_DIST_UNIFORM:
        NEED(lo, "min");
        NEED(hi, "max");
        rc = lv_dist_uniform(d, lo, hi, &why);
        break;
    case LV_DIST_TRIANGULAR:
        NEED(lo, "min");
        NEED(mode, "mode");
        NEED(hi, "max");
        rc = lv_dist_triangular(d, lo, mode, hi, &why);
        break;
    case LV_DIST_EMPIRICAL: {
        yaml_node_t *vals = lv__get(c, v, "values"), *ws = lv__get(c, v, "weights");
        if (!vals || vals->type != YAML_SEQUENCE_NODE || vals->data.sequence.items.top == vals->data.sequence.items.start) {
            lv__error_at(c, vals ? vals : v, "empirical distribution '%s' needs 'values', a non-empty list of durations", key);
            return false;
        }
        int count = (int)(vals->data.sequence.items.top - vals->data.sequence.items.start);
        if (count > 10000) {
            lv__error_at(c, vals, "'values' may hold at most 10000 entries, got %d", count);
            return false;
        }
        double *xs = calloc((size_t)count, sizeof *xs), *wts = calloc((size_t)count, sizeof *wts);
        if (!xs || !wts) {
            free(xs);
            free(wts);
            lv__error_at(c, v, "out of memory");
            return false;
        }
        for (int i = 0; i < count; i++) {
            ok &= read_duration_value(c, lv__node(c, vals->data.sequence.items.start[i]), "values", &xs[i]);
            wts[i] = 1;
        }
        if (ws) {
            int wcount = ws->type == YAML_SEQUENCE_NODE
                             ? (int)(ws->data.sequence.items.top - ws->data.sequence.items.start)
                             : -1;
            if (wcount != count) {
                lv__error_at(c, ws, "'weights' must be a list of %d numbers, one per value", count);
                ok = false;
            } else {
                for (int i = 0; i < count; i++)
                    ok &= number_of(c, lv__node(c, ws->data.sequence.items.start[i]), "weights", &wts[i], 0, 1e12, false);
            }
        }
        rc = ok ? lv_dist_empirical(d, xs, wts, count, &why) : -1;
        free(xs);
        free(wts);
        if (!ok)
            return false;
        break;
    }
    case LV_DIST_NEVER:
        break;
    }
#undef NEED
    if (rc != 0) {
        lv__error_at(c, v, "invalid %s distribution '%s': %s", form->name, key, why ? why : "bad parameters");
        return false;
    }
    return true;
}

/* ---- sections ---- */

static void read_target(struct lv__reader *c, yaml_node_t *v, struct lv_scenario *s)
{
    if (!v || !lv__check_mapping(c, v, "'target'", target_keys))
        return;
    get_duration(c, v, "within", &s->target_within_s, 1, 86400);
    get_share(c, v, "share", &s->target_share);
}

static void read_holidays(struct lv__reader *c, yaml_node_t *v, struct lv_scenario *s)
{
    if (!v || !lv__check_mapping(c, v, "'holidays'", holiday_keys))
        return;
    get_bool(c, v, "christmas_eve", &s->christmas_eve_holiday);
    get_bool(c, v, "new_years_eve", &s->new_years_eve_holiday);
    yaml_node_t *extra = lv__get(c, v, "extra");
    if (!extra)
        return;
    if (extra->type != YAML_SEQUENCE_NODE) {
        lv__error_at(c, extra, "'extra' must be a list of dates YYYY-MM-DD, got %s", lv__kind_name(extra));
        return;
    }
    for (yaml_node_item_t *it = extra->data.sequence.items.start; it < extra->data.sequence.items.top; it++) {
        yaml_node_t *d = lv__node(c, *it);
        const char *t = need_scalar(c, d, "extra", "a date YYYY-MM-DD");
        long day;
        if (!t)
            continue;
        if (lv_parse_date(t, &day) != 0)
            lv__error_at(c, d, "'extra' must hold dates YYYY-MM-DD, got '%s'", t);
        else if (s->extra_holiday_count >= (int)(sizeof s->extra_holidays / sizeof *s->extra_holidays))
            lv__error_at(c, d, "'extra' may hold at most 64 dates");
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

static void read_demand(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *v = lv__get(c, root, "demand");
    if (!v) {
        lv__error_at(c, root, "missing key 'demand' (give 'calls_per_hour' or 'calls_per_year')");
        return;
    }
    if (!lv__check_mapping(c, v, "'demand'", demand_keys))
        return;
    yaml_node_t *per_hour = lv__get(c, v, "calls_per_hour"), *per_year = lv__get(c, v, "calls_per_year");
    yaml_node_t *per_inhabitant = lv__get(c, v, "calls_per_inhabitant");
    if ((per_hour != NULL) + (per_year != NULL) + (per_inhabitant != NULL) > 1) {
        lv__error_at(c, per_year ? per_year : per_inhabitant,
                 "'calls_per_hour', 'calls_per_year' and 'calls_per_inhabitant' exclude each other: give one");
        return;
    }
    if (!per_hour && !per_year && !per_inhabitant) {
        lv__error_at(c, v, "'demand' needs 'calls_per_hour' (constant rate), 'calls_per_year' or 'calls_per_inhabitant' (profiled)");
        return;
    }
    if (per_inhabitant) {
        if (!lv__get(c, root, "areas"))
            lv__error_at(c, per_inhabitant, "'calls_per_inhabitant' needs 'areas' with a 'population' each");
        number_of(c, per_inhabitant, "calls_per_inhabitant", &s->demand.calls_per_inhabitant, 0, 1000, true);
        per_year = per_inhabitant; /* profiled; the yearly total is set once the areas are read */
        s->demand.calls_per_year = 1;
    }
    if (per_hour) {
        s->demand.mode = LV_DEMAND_CONSTANT;
        number_of(c, per_hour, "calls_per_hour", &s->demand.calls_per_hour, 0, 1e6, true);
        static const char *profiled_only[] = {"weekend_factor", "profile_weekday", "profile_weekend", "seasonality"};
        for (int i = 0; i < 4; i++) {
            yaml_node_t *x = lv__get(c, v, profiled_only[i]);
            if (x)
                lv__error_at(c, x, "'%s' applies only with 'calls_per_year'; 'calls_per_hour' is a constant rate",
                         profiled_only[i]);
        }
    } else {
        s->demand.mode = LV_DEMAND_PROFILED;
        if (!per_inhabitant)
            number_of(c, per_year, "calls_per_year", &s->demand.calls_per_year, 0, 1e9, true);
        get_number(c, v, "weekend_factor", &s->demand.weekend_factor, 0, 100, true);
        static const char *profile_keys[2] = {"profile_weekday", "profile_weekend"};
        for (int k = 0; k < 2; k++) {
            if (get_number_list(c, v, profile_keys[k], s->demand.profile[k], 24, false)) {
                double sum = 0;
                for (int h = 0; h < 24; h++)
                    sum += s->demand.profile[k][h];
                if (!(sum > 0))
                    lv__error_at(c, lv__get(c, v, profile_keys[k]), "'%s' must not be all zero", profile_keys[k]);
            }
        }
        get_number_list(c, v, "seasonality", s->demand.season, 12, true);
    }
    get_number(c, v, "growth", &s->demand.growth, 0, 1000, true);
    get_number(c, v, "satellite_factor", &s->satellite_factor, 0, 10, true);
    get_number(c, v, "day_variation", &s->demand.day_variation, 0, 5, false);
}

static void read_calls(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *v = lv__get(c, root, "calls");
    if (!v) {
        lv__error_at(c, root, "missing key 'calls' (call types with their talk times)");
        return;
    }
    if (!lv__check_mapping(c, v, "'calls'", calls_keys))
        return;
    get_dist(c, v, "patience", &s->patience, true);
    yaml_node_t *r = lv__get(c, v, "redial");
    if (r && lv__check_mapping(c, r, "'redial'", redial_keys)) {
        get_share(c, r, "probability", &s->redial_probability);
        get_dist(c, r, "delay", &s->redial_delay, false);
        if (s->redial_probability > 0 && !lv__get(c, r, "delay"))
            lv__error_at(c, r, "'redial' with a probability above 0 needs a 'delay' distribution");
    }
    yaml_node_t *types = lv__get(c, v, "types");
    if (!types) {
        lv__error_at(c, v, "missing key 'types' in 'calls' (a list of call types with 'talk')");
        return;
    }
    if (types->type != YAML_SEQUENCE_NODE) {
        lv__error_at(c, types, "'types' must be a list of call types, got %s", lv__kind_name(types));
        return;
    }
    int n = (int)(types->data.sequence.items.top - types->data.sequence.items.start);
    if (n < 1 || n > LV_MAX_CALL_TYPES) {
        lv__error_at(c, types, "'types' must list 1 to %d call types, got %d", LV_MAX_CALL_TYPES, n);
        return;
    }
    double total = 0;
    bool shares_ok = true;
    for (int i = 0; i < n; i++) {
        yaml_node_t *t = lv__node(c, types->data.sequence.items.start[i]);
        struct lv_call_type *ct = &s->types[s->type_count++];
        snprintf(ct->name, sizeof ct->name, "type%d", i + 1);
        ct->share = n == 1 ? 1 : NAN;
        lv_dist_deterministic(&ct->after_call, 0, NULL);
        lv_dist_never(&ct->talk);
        char what[96];
        const char *given = lv__scalar(lv__get(c, t, "name"));
        if (given && strlen(given) < 48)
            snprintf(what, sizeof what, "call type '%s'", given);
        else
            snprintf(what, sizeof what, "call type %d", i + 1);
        if (!lv__check_mapping(c, t, what, type_keys)) {
            shares_ok = false;
            continue;
        }
        get_text(c, t, "name", ct->name, sizeof ct->name);
        for (int j = 0; j < i; j++)
            if (strcmp(s->types[j].name, ct->name) == 0)
                lv__error_at(c, lv__get(c, t, "name") ? lv__get(c, t, "name") : t, "duplicate call type name '%s'", ct->name);
        get_share(c, t, "share", &ct->share);
        if (isnan(ct->share)) {
            lv__error_at(c, t, "call type '%s' needs a 'share' (the types' shares must sum to 100%%)", ct->name);
            shares_ok = false;
        } else {
            total += ct->share;
        }
        if (!get_dist(c, t, "talk", &ct->talk, false) && !lv__get(c, t, "talk"))
            lv__error_at(c, t, "call type '%s' needs 'talk' (its talk-time distribution)", ct->name);
        get_dist(c, t, "after_call", &ct->after_call, false);
        ct->own_patience = get_dist(c, t, "patience", &ct->patience, true);
        get_share(c, t, "priority_share", &ct->priority_share);
        get_bool(c, t, "clinical", &ct->clinical);
    }
    if (shares_ok && fabs(total - 1) > 1e-6)
        lv__error_at(c, types, "the shares of 'types' must sum to 100%%, got %.9g%%", total * 100);
}

static bool day_selector(const char *t, bool days[LV_DAY_TYPES])
{
    static const char *names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays"};
    for (int i = 0; i < LV_DAY_TYPES; i++)
        if (strcmp(t, names[i]) == 0) {
            days[i] = true;
            return true;
        }
    if (strcmp(t, "all") == 0) {
        for (int i = 0; i < LV_DAY_TYPES; i++)
            days[i] = true;
    } else if (strcmp(t, "weekdays") == 0) {
        for (int i = 0; i < 5; i++)
            days[i] = true;
    } else if (strcmp(t, "weekends") == 0) {
        days[5] = days[6] = true;
    } else {
        return false;
    }
    return true;
}

/* A day type's name in diagnostics ("on Mon", "on holidays"); the catalogue's English. */
static const char *day_label(int d)
{
    return lv_msg(d == LV_HOLIDAY_DAY_TYPE ? LV_MSG_HOLIDAYS : (enum lv_msg)(LV_MSG_MON + d), LV_LANG_EN);
}

/* Reads a weekly schedule: a list of bands {days, from, to, count [, floor, shared]} that must
 * cover every minute of every day type exactly once. with_roles allows the nurse-role counts. */
static bool read_schedule(struct lv__reader *c, yaml_node_t *v, const char *key, bool with_roles,
                          struct lv_schedule *out)
{
    const struct lv_key *keys = with_roles ? band_keys : doctor_band_keys;
    const char *staff = with_roles ? "operators" : "doctors";
    if (v->type != YAML_SEQUENCE_NODE || v->data.sequence.items.top == v->data.sequence.items.start) {
        lv__error_at(c, v, "'%s' must be a non-empty list of bands {days, from, to, count}, got %s", key,
                 v->type == YAML_SEQUENCE_NODE ? "an empty list" : lv__kind_name(v));
        return false;
    }
    /* Minute grid per role and day type: -1 = not covered yet. 'all' covers holidays too. */
    enum { ROLES = 3 };
    static const int uncovered = -1;
    int(*grid)[LV_DAY_TYPES][1440] = malloc(sizeof(int[ROLES][LV_DAY_TYPES][1440]));
    if (!grid) {
        lv__error_at(c, v, "out of memory");
        return false;
    }
    for (int r = 0; r < ROLES; r++)
        for (int d = 0; d < LV_DAY_TYPES; d++)
            for (int m = 0; m < 1440; m++)
                grid[r][d][m] = uncovered;
    bool any_holiday = false, ok = true, anyone = false;
    int row = 0;
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
        yaml_node_t *b = lv__node(c, *it);
        char what[64];
        snprintf(what, sizeof what, "%s band %d", with_roles ? "operator" : "doctor", ++row);
        if (!lv__check_mapping(c, b, what, keys)) {
            ok = false;
            continue;
        }
        bool days[LV_DAY_TYPES] = {false};
        yaml_node_t *dn = lv__get(c, b, "days");
        const char *days_allowed = "all, weekdays, weekends, holidays or mon..sun (or a list of them)";
        if (!dn) {
            lv__error_at(c, b, "%s needs 'days' (%s)", what, days_allowed);
            ok = false;
            continue;
        }
        bool days_ok = true;
        if (dn->type == YAML_SEQUENCE_NODE) {
            for (yaml_node_item_t *j = dn->data.sequence.items.start; j < dn->data.sequence.items.top; j++) {
                yaml_node_t *x = lv__node(c, *j);
                const char *t = need_scalar(c, x, "days", days_allowed);
                if (t && !day_selector(t, days)) {
                    lv__error_at(c, x, "'days' must be %s, got '%s'", days_allowed, t);
                    days_ok = false;
                }
            }
        } else {
            const char *t = need_scalar(c, dn, "days", days_allowed);
            if (t && !day_selector(t, days)) {
                lv__error_at(c, dn, "'days' must be %s, got '%s'", days_allowed, t);
                days_ok = false;
            }
        }
        int from = -1, to = -1;
        long long count[ROLES] = {-1, 0, 0};
        static const char *tkeys[2] = {"from", "to"};
        int *tvals[2] = {&from, &to};
        for (int k = 0; k < 2; k++) {
            yaml_node_t *x = lv__get(c, b, tkeys[k]);
            if (!x) {
                lv__error_at(c, b, "%s needs '%s' (a time HH:MM)", what, tkeys[k]);
                continue;
            }
            const char *t = need_scalar(c, x, tkeys[k], "a time HH:MM between 00:00 and 24:00");
            if (t && lv_parse_time_of_day(t, tvals[k]) != 0)
                lv__error_at(c, x, "'%s' must be a time HH:MM between 00:00 and 24:00, got '%s'", tkeys[k], t);
        }
        static const char *role_keys[ROLES] = {"count", "floor", "shared"};
        for (int r = 0; r < (with_roles ? ROLES : 1); r++) {
            yaml_node_t *x = lv__get(c, b, role_keys[r]);
            if (x) {
                if (!integer_of(c, x, role_keys[r], &count[r], 0, LV_MAX_STAFF))
                    count[r] = -1;
            }
            else if (r == 0 && !(with_roles && (lv__get(c, b, "floor") || lv__get(c, b, "shared"))))
                lv__error_at(c, b, "%s needs 'count' (%s on duty)", what, staff);
            else if (r == 0)
                count[0] = 0; /* a band of floor or shared nurses alone */
        }
        if (from >= 0 && to >= 0 && from >= to) {
            lv__error_at(c, lv__get(c, b, "to"), "'to' must be later than 'from' (%02d:%02d); split a band that "
                     "crosses midnight into two bands ending and starting at 00:00", from / 60, from % 60);
            to = -1;
        }
        if (!days_ok || from < 0 || to < 0 || count[0] < 0 || count[1] < 0 || count[2] < 0) {
            ok = false;
            continue;
        }
        any_holiday |= days[LV_HOLIDAY_DAY_TYPE];
        anyone |= count[0] > 0 || count[2] > 0; /* someone who can take the phone (or a doctor) */
        bool overlap = false; /* reported once per band, at the first clash */
        for (int d = 0; d < LV_DAY_TYPES && !overlap; d++) {
            if (!days[d])
                continue;
            for (int m = from; m < to; m++) {
                if (grid[0][d][m] != uncovered) {
                    lv__error_at(c, b, "%s overlaps an earlier band on %s at %02d:%02d", what, day_label(d), m / 60, m % 60);
                    ok = false;
                    overlap = true;
                    break;
                }
                for (int r = 0; r < ROLES; r++)
                    grid[r][d][m] = (int)count[r];
            }
        }
    }
    if (ok && !any_holiday) /* holidays are staffed like Sundays unless given their own bands */
        for (int r = 0; r < ROLES; r++)
            memcpy(grid[r][LV_HOLIDAY_DAY_TYPE], grid[r][6], sizeof grid[r][6]);
    for (int d = 0; ok && d < LV_DAY_TYPES; d++) {
        for (int m = 0; m < 1440; m++) {
            if (grid[0][d][m] != uncovered)
                continue;
            int end = m;
            while (end < 1440 && grid[0][d][end] == uncovered)
                end++;
            lv__error_at(c, v, "'%s' leaves %s %02d:%02d-%02d:%02d uncovered (add a band, "
                     "with 'count: 0' if nobody is on duty)", key, day_label(d), m / 60, m % 60, end / 60, end % 60);
            ok = false;
            break;
        }
    }
    if (ok && !anyone) {
        lv__error_at(c, v, "'%s' is empty: no band has a 'count'%s above 0", key, with_roles ? " or 'shared'" : "");
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
                    lv__error_at(c, v, "'%s' has more than %d bands on %s", key, LV_MAX_BANDS, day_label(d));
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
    site->shared_priority = LV_SHARED_PHONE_FIRST;
    site->queue_capacity = LV_UNLIMITED_QUEUE;
    lv_dist_exponential(&site->backup.activation, 30 * 60.0, NULL);
    lv_dist_deterministic(&site->work_up, 30 * 60.0, NULL);
    lv_dist_never(&site->video);
}

/* One centre's mapping: announcement, nurses, doctors, backup. */
static void read_centre(struct lv__reader *c, yaml_node_t *v, struct lv_site *site, const char *what)
{
    if (!lv__check_mapping(c, v, what, centre_keys))
        return;
    get_text(c, v, "name", site->name, sizeof site->name);
    get_duration(c, v, "announcement", &site->announcement_s, 0, 3600);
    yaml_node_t *qc = lv__get(c, v, "queue_capacity");
    if (qc) {
        const char *allowed = "a non-negative integer (at most 1000000000) or 'none'";
        const char *t = need_scalar(c, qc, "queue_capacity", allowed);
        char *end;
        errno = 0;
        long long x = t ? strtoll(t, &end, 10) : 0;
        if (t && strcmp(t, "none") == 0)
            site->queue_capacity = LV_UNLIMITED_QUEUE;
        else if (t && (!*t || *end || errno || x < 0 || x > 1000000000))
            lv__error_at(c, qc, "'queue_capacity' must be %s, got '%s'", allowed, t);
        else if (t)
            site->queue_capacity = (int)x;
    }
    yaml_node_t *ops = lv__get(c, v, "operators");
    if (!ops)
        lv__error_at(c, v, "missing key 'operators' in %s (a list of bands: days, from, to, count)", what);
    else
        read_schedule(c, ops, "operators", true, &site->operators);
    yaml_node_t *sp = lv__get(c, v, "shared_priority");
    if (sp) {
        const char *t = need_scalar(c, sp, "shared_priority", "phone_first, floor_first or red_floor_first");
        if (t && strcmp(t, "phone_first") == 0)
            site->shared_priority = LV_SHARED_PHONE_FIRST;
        else if (t && strcmp(t, "floor_first") == 0)
            site->shared_priority = LV_SHARED_FLOOR_FIRST;
        else if (t && strcmp(t, "red_floor_first") == 0)
            site->shared_priority = LV_SHARED_RED_FLOOR_FIRST;
        else if (t)
            lv__error_at(c, sp, "'shared_priority' must be phone_first, floor_first or red_floor_first, got '%s'", t);
    }
    yaml_node_t *docs = lv__get(c, v, "doctors");
    if (docs)
        site->has_doctors = read_schedule(c, docs, "doctors", false, &site->doctors);
    yaml_node_t *bk = lv__get(c, v, "backup");
    if (bk && lv__check_mapping(c, bk, "'backup'", backup_keys)) {
        site->backup.enabled = true;
        if (!docs)
            lv__error_at(c, bk, "'backup' needs 'doctors' in the same centre");
        if (!lv__get(c, bk, "activation"))
            lv__error_at(c, bk, "'backup' needs 'activation' (the delay until the backup doctor is available)");
        get_dist(c, bk, "activation", &site->backup.activation, false);
        long long x;
        yaml_node_t *q = lv__get(c, bk, "queue_above");
        if (q && integer_of(c, q, "queue_above", &x, 0, 10000))
            site->backup.queue_above = (int)x;
        q = lv__get(c, bk, "release_at");
        if (q && integer_of(c, q, "release_at", &x, 0, 10000))
            site->backup.release_at = (int)x;
        get_bool(c, bk, "red_busy", &site->backup.red_busy);
        if (!site->backup.red_busy && site->backup.queue_above == 0)
            lv__error_at(c, bk, "'backup' is never called: set 'queue_above' above 0 or 'red_busy: true'");
    }
}

static int sequence_length(const yaml_node_t *n)
{
    return n && n->type == YAML_SEQUENCE_NODE ? (int)(n->data.sequence.items.top - n->data.sequence.items.start) : 0;
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
    const char *kind = satellite ? "satellite" : "centre";
    const char *name = need_scalar(c, v, key, satellite ? "a satellite's name" : "a centre's name");
    if (!name)
        return -1;
    int i = find_site(s, name);
    if (i >= 0 && s->sites[i].satellite == satellite)
        return i;
    if (i >= 0) {
        lv__error_at(c, v, "'%s' must name a %s, but '%s' is a %s", key, kind, name, satellite ? "centre" : "satellite");
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
        lv__error_at(c, v, "unknown %s '%s' in '%s' (did you mean '%s'?)", kind, name, key, best);
    else
        lv__error_at(c, v, "unknown %s '%s' in '%s'", kind, name, key);
    return -1;
}

static void read_satellite(struct lv__reader *c, yaml_node_t *v, struct lv_scenario *s, struct lv_site *site, int index)
{
    char what[96];
    const char *given = lv__scalar(lv__get(c, v, "name"));
    snprintf(what, sizeof what, "satellite '%.48s'", given ? given : "?");
    if (!lv__check_mapping(c, v, what, satellite_keys))
        return;
    site->satellite = true;
    get_text(c, v, "name", site->name, sizeof site->name);
    if (!given)
        lv__error_at(c, v, "satellite %d needs a 'name'", index + 1);
    yaml_node_t *cn = lv__get(c, v, "centre");
    if (!cn)
        lv__error_at(c, v, "%s needs 'centre' (the centre whose doctors see its patients by video)", what);
    else
        site->centre = site_ref(c, s, cn, "centre", false);
    yaml_node_t *nurses = lv__get(c, v, "nurses");
    if (!nurses)
        lv__error_at(c, v, "%s needs 'nurses' (a list of bands: days, from, to, count)", what);
    else
        read_schedule(c, nurses, "nurses", false, &site->operators);
    get_dist(c, v, "work_up", &site->work_up, false);
    get_dist(c, v, "video", &site->video, false);
    get_bool(c, v, "answer_calls", &site->answers_calls);
    yaml_node_t *u = lv__get(c, v, "urgencies");
    if (u) {
        const char *allowed = "a list of green and yellow";
        if (u->type != YAML_SEQUENCE_NODE) {
            lv__error_at(c, u, "'urgencies' must be %s, got %s", allowed, lv__kind_name(u));
            return;
        }
        bool green = false;
        for (yaml_node_item_t *it = u->data.sequence.items.start; it < u->data.sequence.items.top; it++) {
            yaml_node_t *x = lv__node(c, *it);
            const char *t = need_scalar(c, x, "urgencies", allowed);
            if (t && strcmp(t, "green") == 0)
                green = true;
            else if (t && strcmp(t, "yellow") == 0)
                site->takes_yellow = true;
            else if (t)
                lv__error_at(c, x, "'urgencies' may hold green and yellow (red patients go to the centre), got '%s'", t);
        }
        if (!green)
            lv__error_at(c, u, "'urgencies' must include green");
    }
}

static void read_sites(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *one = lv__get(c, root, "centre"), *many = lv__get(c, root, "centres"), *sats = lv__get(c, root, "satellites");
    if (one && many) {
        lv__error_at(c, many, "'centre' and 'centres' exclude each other: give one centre or a list");
        return;
    }
    if (!one && !many) {
        lv__error_at(c, root, "missing key 'centre' (announcement and operators) or 'centres' (a list of them)");
        return;
    }
    if (many && (many->type != YAML_SEQUENCE_NODE || sequence_length(many) == 0)) {
        lv__error_at(c, many, "'centres' must be a non-empty list of centres, got %s",
                 many->type == YAML_SEQUENCE_NODE ? "an empty list" : lv__kind_name(many));
        return;
    }
    if (sats && sats->type != YAML_SEQUENCE_NODE) {
        lv__error_at(c, sats, "'satellites' must be a list of satellites, got %s", lv__kind_name(sats));
        sats = NULL;
    }
    int centres = one ? 1 : sequence_length(many), satellites = sequence_length(sats);
    if (centres + satellites > LV_MAX_SITES) {
        lv__error_at(c, many ? many : sats, "at most %d centres and satellites in all, got %d", LV_MAX_SITES, centres + satellites);
        return;
    }
    s->sites = calloc((size_t)(centres + satellites), sizeof *s->sites);
    if (!s->sites) {
        lv__error_at(c, root, "out of memory");
        return;
    }
    s->centre_count = centres;
    s->site_count = centres + satellites;
    for (int i = 0; i < s->site_count; i++) {
        site_defaults(&s->sites[i], i);
        snprintf(s->sites[i].name, sizeof s->sites[i].name, "%s%d", i < centres ? "centre" : "satellite",
                 i < centres ? i + 1 : i - centres + 1);
    }
    if (one) {
        read_centre(c, one, &s->sites[0], "'centre'");
    } else {
        for (int i = 0; i < centres; i++) {
            yaml_node_t *v = lv__node(c, many->data.sequence.items.start[i]);
            char what[96];
            const char *given = lv__scalar(lv__get(c, v, "name"));
            snprintf(what, sizeof what, "centre '%.48s'", given ? given : "?");
            if (!given && v->type == YAML_MAPPING_NODE)
                lv__error_at(c, v, "centre %d needs a 'name' (areas and routing refer to it)", i + 1);
            read_centre(c, v, &s->sites[i], what);
        }
    }
    for (int i = 0; i < satellites; i++)
        read_satellite(c, lv__node(c, sats->data.sequence.items.start[i]), s, &s->sites[centres + i], i);
    for (int i = 0; i < s->site_count; i++)
        for (int k = 0; k < i; k++)
            if (strcmp(s->sites[i].name, s->sites[k].name) == 0) {
                yaml_node_t *v = i < centres ? (one ? one : lv__node(c, many->data.sequence.items.start[i]))
                                             : lv__node(c, sats->data.sequence.items.start[i - centres]);
                lv__error_at(c, lv__get(c, v, "name") ? lv__get(c, v, "name") : v, "duplicate site name '%s'", s->sites[i].name);
            }
}

static void read_areas(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *v = lv__get(c, root, "areas");
    if (!v) {
        if (s->centre_count > 1)
            lv__error_at(c, lv__get(c, root, "centres"), "with several centres, 'areas' must say which centre serves whom");
        if (s->site_count > s->centre_count)
            lv__error_at(c, lv__get(c, root, "satellites"), "satellites need 'areas' that name them");
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
        lv__error_at(c, v, "'areas' must be a list of 1 to %d areas", LV_MAX_AREAS);
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
        snprintf(area->name, sizeof area->name, "area%d", i + 1);
        const char *given = lv__scalar(lv__get(c, a, "name"));
        char what[96];
        snprintf(what, sizeof what, "area '%.48s'", given ? given : "?");
        if (!lv__check_mapping(c, a, what, area_keys))
            continue;
        get_text(c, a, "name", area->name, sizeof area->name);
        for (int k = 0; k < i; k++)
            if (strcmp(s->areas[k].name, area->name) == 0)
                lv__error_at(c, lv__get(c, a, "name") ? lv__get(c, a, "name") : a, "duplicate area name '%s'", area->name);
        yaml_node_t *pop = lv__get(c, a, "population"), *share = lv__get(c, a, "share");
        if (pop && share) {
            lv__error_at(c, share, "%s: 'population' and 'share' exclude each other", what);
        } else if (pop) {
            any_population = true;
            number_of(c, pop, "population", &area->population, 0, 1e9, false);
        } else if (share) {
            any_share = true;
            get_share(c, a, "share", &area->population);
        } else {
            lv__error_at(c, a, "%s needs 'population' (or 'share' of the calls)", what);
        }
        yaml_node_t *cn = lv__get(c, a, "centre");
        if (cn)
            area->centre = site_ref(c, s, cn, "centre", false);
        else if (s->centre_count > 1)
            lv__error_at(c, a, "%s needs 'centre' (which centre answers its calls)", what);
        yaml_node_t *sn = lv__get(c, a, "satellite");
        if (sn) {
            area->satellite = site_ref(c, s, sn, "satellite", true);
            /* A satellite whose own centre was unknown has centre -1 and was reported already. */
            if (area->satellite >= 0 && area->centre >= 0 && s->sites[area->satellite].centre >= 0 &&
                s->sites[area->satellite].centre != area->centre)
                lv__error_at(c, sn, "satellite '%s' belongs to centre '%s', but %s is served by centre '%s'",
                         s->sites[area->satellite].name, s->sites[s->sites[area->satellite].centre].name, what,
                         s->sites[area->centre].name);
        }
        yaml_node_t *rate = lv__get(c, a, "calls_per_inhabitant");
        if (rate && !lv__get(c, lv__get(c, root, "demand"), "calls_per_inhabitant"))
            lv__error_at(c, rate, "%s: 'calls_per_inhabitant' needs 'demand.calls_per_inhabitant' (this overrides it)", what);
        else if (rate && share)
            lv__error_at(c, rate, "%s: 'calls_per_inhabitant' needs 'population', not 'share'", what);
        else if (rate)
            number_of(c, rate, "calls_per_inhabitant", &area->calls_per_inhabitant, 0, 1000, false);
        area->has_travel = get_dist(c, a, "travel", &area->travel, false);
        area->has_satellite_travel = get_dist(c, a, "satellite_travel", &area->satellite_travel, false);
        if (area->has_satellite_travel && !sn)
            lv__error_at(c, lv__get(c, a, "satellite_travel"), "%s has 'satellite_travel' but no 'satellite'", what);
    }
    if (any_share && any_population)
        lv__error_at(c, v, "'areas' must all give 'population' or all give 'share', not a mix");
    double total = 0;
    for (int i = 0; i < n; i++)
        total += s->areas[i].population;
    if (!(total > 0) && c->errors == 0)
        lv__error_at(c, v, "the areas' populations (or shares) are all zero: nobody would call");
    for (int i = 0; i < s->site_count; i++) {
        if (!s->sites[i].satellite)
            continue;
        bool named = false;
        for (int k = 0; k < n; k++)
            named |= s->areas[k].satellite == i;
        if (!named && c->errors == 0)
            lv__error_at(c, v, "satellite '%s' serves no area: name it in an area's 'satellite'", s->sites[i].name);
    }
}

static bool add_partner(struct lv__reader *c, yaml_node_t *at, struct lv_site *site, struct lv_partner p)
{
    for (int i = 0; i < site->partner_count; i++)
        if (site->partners[i].site == p.site) {
            lv__error_at(c, at, "centre '%s' is already linked to that centre by another routing rule", site->name);
            return false;
        }
    if (site->partner_count == LV_MAX_PARTNERS) {
        lv__error_at(c, at, "centre '%s' may take calls from at most %d other centres", site->name, LV_MAX_PARTNERS);
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

static void read_routing(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *v = lv__get(c, root, "routing");
    if (!v || !lv__check_mapping(c, v, "'routing'", routing_keys))
        return;
    get_duration(c, v, "transfer", &s->transfer_s, 0, 3600);
    yaml_node_t *pools = lv__get(c, v, "pools");
    if (pools && pools->type != YAML_SEQUENCE_NODE)
        lv__error_at(c, pools, "'pools' must be a list of lists of centre names, got %s", lv__kind_name(pools));
    for (int p = 0; p < sequence_length(pools); p++) {
        yaml_node_t *group = lv__node(c, pools->data.sequence.items.start[p]);
        if (group->type != YAML_SEQUENCE_NODE || sequence_length(group) < 2) {
            lv__error_at(c, group, "each pool must be a list of at least two centre names");
            continue;
        }
        int members[LV_MAX_PARTNERS + 1], m = 0;
        for (yaml_node_item_t *it = group->data.sequence.items.start; it < group->data.sequence.items.top; it++) {
            yaml_node_t *x = lv__node(c, *it);
            int k = site_ref(c, s, x, "pools", false);
            if (k < 0)
                continue;
            if (s->sites[k].pool >= 0) {
                lv__error_at(c, x, "centre '%s' is already in a pool", s->sites[k].name);
                continue;
            }
            if (m == LV_MAX_PARTNERS + 1) {
                lv__error_at(c, x, "a pool may have at most %d centres", LV_MAX_PARTNERS + 1);
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
    yaml_node_t *rules = lv__get(c, v, "overflow");
    if (rules && rules->type != YAML_SEQUENCE_NODE)
        lv__error_at(c, rules, "'overflow' must be a list of rules {from, to, after, queue_above, own_first}, got %s",
                 lv__kind_name(rules));
    for (int r = 0; r < sequence_length(rules); r++) {
        yaml_node_t *rule = lv__node(c, rules->data.sequence.items.start[r]);
        char what[64];
        snprintf(what, sizeof what, "overflow rule %d", r + 1);
        if (!lv__check_mapping(c, rule, what, overflow_keys))
            continue;
        yaml_node_t *fn = lv__get(c, rule, "from"), *tn = lv__get(c, rule, "to");
        if (!fn || !tn) {
            lv__error_at(c, rule, "%s needs 'from' (a centre) and 'to' (a centre or a list of them)", what);
            continue;
        }
        int from = site_ref(c, s, fn, "from", false);
        struct lv_partner p = {from, INFINITY, 0, true, false};
        get_duration(c, rule, "after", &p.after_s, 0, 86400);
        yaml_node_t *q = lv__get(c, rule, "queue_above");
        long long x;
        if (q && integer_of(c, q, "queue_above", &x, 1, 100000))
            p.queue_above = (int)x;
        get_bool(c, rule, "own_first", &p.own_first);
        if (!lv__get(c, rule, "after") && !q)
            lv__error_at(c, rule, "%s needs 'after' (a wait, e.g. 30s) or 'queue_above' (a queue length)", what);
        yaml_node_t *targets[LV_MAX_PARTNERS];
        int nt = 0;
        if (tn->type == YAML_SEQUENCE_NODE)
            for (yaml_node_item_t *it = tn->data.sequence.items.start; it < tn->data.sequence.items.top && nt < LV_MAX_PARTNERS; it++)
                targets[nt++] = lv__node(c, *it);
        else
            targets[nt++] = tn;
        for (int i = 0; i < nt; i++) {
            int to = site_ref(c, s, targets[i], "to", false);
            if (to < 0 || from < 0)
                continue;
            if (to == from) {
                lv__error_at(c, targets[i], "centre '%s' cannot overflow to itself", s->sites[to].name);
                continue;
            }
            if (reaches(s, to, from, 0)) {
                lv__error_at(c, targets[i], "overflow from '%s' to '%s' closes a cycle (calls could go round); pool them instead",
                         s->sites[from].name, s->sites[to].name);
                continue;
            }
            add_partner(c, targets[i], &s->sites[to], p);
        }
    }
}

/* ---- the clinical side ---- */

/* Shares keyed by name (e.g. red/yellow/green) that must sum to 100 %. Missing keys are 0. */
static bool read_shares(struct lv__reader *c, yaml_node_t *v, const char *key, const struct lv_key *keys, double *out, int n)
{
    char what[96];
    snprintf(what, sizeof what, "'%s'", key);
    if (!lv__check_mapping(c, v, what, keys))
        return false;
    double tmp[LV_DISPOSITIONS] = {0}, total = 0;
    int before = c->errors;
    for (int i = 0; i < n; i++) {
        get_share(c, v, keys[i].name, &tmp[i]);
        total += tmp[i];
    }
    if (c->errors != before)
        return false;
    if (fabs(total - 1) > 1e-6) {
        lv__error_at(c, v, "the shares of '%s' must sum to 100%%, got %.9g%%", key, total * 100);
        return false;
    }
    memcpy(out, tmp, (size_t)n * sizeof *out);
    return true;
}

static void read_dispositions(struct lv__reader *c, yaml_node_t *v, struct lv_scenario *s)
{
    if (!lv__check_mapping(c, v, "'dispositions'", disposition_period_keys))
        return;
    bool set[LV_PERIODS][LV_URGENCIES] = {{false}};
    static const char *periods[] = {"all", "day", "evening", "night"};
    for (int p = 0; p < 4; p++) { /* 'all' first, then the periods override it */
        yaml_node_t *pv = lv__get(c, v, periods[p]);
        if (!pv)
            continue;
        char what[64];
        snprintf(what, sizeof what, "'dispositions.%s'", periods[p]);
        if (!lv__check_mapping(c, pv, what, urgency_keys))
            continue;
        for (int u = 0; u < LV_URGENCIES; u++) {
            yaml_node_t *uv = lv__get(c, pv, urgency_keys[u].name);
            if (!uv)
                continue;
            char key[64];
            snprintf(key, sizeof key, "dispositions.%s.%s", periods[p], urgency_keys[u].name);
            double row[LV_DISPOSITIONS];
            if (!read_shares(c, uv, key, disposition_keys, row, LV_DISPOSITIONS))
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
                lv__error_at(c, v, "'dispositions' gives no shares for %s calls in the %s (give them under 'all' or '%s')",
                         urgency_keys[u].name, period_keys[q].name, period_keys[q].name);
                return;
            }
}

static void read_clinical(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *v = lv__get(c, root, "clinical");
    if (!v || !lv__check_mapping(c, v, "'clinical'", clinical_keys))
        return;
    s->clinical.enabled = true;
    yaml_node_t *x;
    if ((x = lv__get(c, v, "urgency")))
        read_shares(c, x, "urgency", urgency_keys, s->clinical.urgency, LV_URGENCIES);
    if ((x = lv__get(c, v, "periods")) && lv__check_mapping(c, x, "'periods'", period_keys)) {
        for (int p = 0; p < LV_PERIODS; p++) {
            yaml_node_t *t = lv__get(c, x, period_keys[p].name);
            const char *text = t ? need_scalar(c, t, period_keys[p].name, "a time HH:MM") : NULL;
            if (text && (lv_parse_time_of_day(text, &s->clinical.period_start_min[p]) != 0 ||
                         s->clinical.period_start_min[p] >= 1440))
                lv__error_at(c, t, "'%s' must be a time HH:MM from 00:00 to 23:59, got '%s'", period_keys[p].name, text);
        }
        const int *m = s->clinical.period_start_min;
        /* The three periods follow each other round the clock: day, evening, night. */
        int d1 = (m[1] - m[0] + 1440) % 1440, d2 = (m[2] - m[1] + 1440) % 1440, d3 = (m[0] - m[2] + 1440) % 1440;
        if (d1 == 0 || d2 == 0 || d3 == 0 || d1 + d2 + d3 != 1440)
            lv__error_at(c, x, "'periods' must start day, evening and night in that order round the clock, e.g. "
                           "{day: \"08:00\", evening: \"16:00\", night: \"23:00\"}");
    }
    if ((x = lv__get(c, v, "dispositions")))
        read_dispositions(c, x, s);
    get_dist(c, v, "travel", &s->clinical.travel, false);
    get_share(c, v, "no_show", &s->clinical.no_show);
    get_duration(c, v, "red_within", &s->clinical.red_within_s, 1, 86400);
    get_dist(c, v, "consultation", &s->clinical.consultation, false);
    get_dist(c, v, "callback", &s->clinical.callback, false);
    if ((x = lv__get(c, v, "home_visit")) && lv__check_mapping(c, x, "'home_visit'", home_visit_keys)) {
        get_dist(c, x, "travel", &s->clinical.home_travel, false);
        get_dist(c, x, "on_site", &s->clinical.home_on_site, false);
    }
    if ((x = lv__get(c, v, "call_out")) && lv__check_mapping(c, x, "'call_out'", call_out_keys)) {
        get_share(c, x, "probability", &s->clinical.call_out_probability);
        get_dist(c, x, "duration", &s->clinical.call_out, false);
    }
    if ((x = lv__get(c, v, "assist")) && lv__check_mapping(c, x, "'assist'", assist_keys)) {
        get_share(c, x, "share", &s->clinical.assist_share);
        get_dist(c, x, "duration", &s->clinical.assist, false);
    }
    get_dist(c, v, "red_arrival", &s->clinical.red_arrival, false);
}

static void read_walk_ins(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    yaml_node_t *v = lv__get(c, root, "walk_ins");
    if (!v || !lv__check_mapping(c, v, "'walk_ins'", walk_in_keys))
        return;
    yaml_node_t *share = lv__get(c, v, "share");
    if (share)
        number_of(c, share, "share", &s->walk_ins.share, 0, 10, false);
    get_dist(c, v, "triage", &s->walk_ins.triage, false);
    yaml_node_t *u = lv__get(c, v, "urgency");
    if (u)
        read_shares(c, u, "urgency", urgency_keys, s->walk_ins.urgency, LV_URGENCIES);
    if (!share)
        lv__error_at(c, v, "'walk_ins' needs 'share' (walk-ins per first call attempt, e.g. 0.06)");
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
        lv__error_at(c, types, "'clinical' is given but no call type has 'clinical: true'");
    if (!s->clinical.enabled && any_clinical_type && types && types->type == YAML_SEQUENCE_NODE) {
        for (int i = 0; i < s->type_count; i++) {
            yaml_node_t *flag = lv__get(c, lv__node(c, types->data.sequence.items.start[i]), "clinical");
            if (s->types[i].clinical && flag) {
                lv__error_at(c, flag, "call type '%s' has 'clinical: true' but the scenario has no 'clinical' section",
                         s->types[i].name);
                break;
            }
        }
    }
    if (walk && s->walk_ins.share > 0 && !s->clinical.enabled)
        lv__error_at(c, walk, "'walk_ins' needs a 'clinical' section (urgency and the doctors' work)");
    if (s->site_count > s->centre_count && !s->clinical.enabled)
        lv__error_at(c, lv__get(c, root, "satellites"), "satellites need a 'clinical' section (their patients' consultations)");
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
                lv__error_at(c, walk, "'walk_ins' needs nurses on the floor: give 'floor' or 'shared' counts in 'centre.operators'");
            else
                lv__error_at(c, walk, "'walk_ins' needs nurses on the floor at centre '%s': give 'floor' or 'shared' counts", site->name);
        }
        if (clinical && s->clinical.enabled && doctor_work && !site->has_doctors) {
            if (s->centre_count == 1)
                lv__error_at(c, centres ? centres : root, "the clinical dispositions send work to doctors: 'centre' needs 'doctors'");
            else
                lv__error_at(c, centres ? centres : root, "the clinical dispositions send work to doctors: centre '%s' needs 'doctors'",
                         site->name);
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

static void set_defaults(struct lv_scenario *s)
{
    memset(s, 0, sizeof *s);
    strcpy(s->name, "unnamed scenario");
    s->start_day = lv_days_from_civil(2026, 1, 5);
    s->horizon_s = 28 * 86400.0;
    s->warmup_s = 86400.0;
    s->replications = 20;
    s->seed = 1;
    s->target_within_s = 120;
    s->target_share = 0.8;
    s->interval_s = 3600;
    s->christmas_eve_holiday = true;
    s->new_years_eve_holiday = true;
    s->demand.weekend_factor = 1.45;
    memcpy(s->demand.profile, default_profile, sizeof default_profile);
    memcpy(s->demand.season, default_season, sizeof default_season);
    s->demand.growth = 1;
    lv_dist_never(&s->patience);
    lv_dist_never(&s->redial_delay);
    /* The clinical side, used once a 'clinical' section is present (MODEL.md §5-6; estimates). */
    const double urgency[LV_URGENCIES] = {0.10, 0.36, 0.54};
    memcpy(s->clinical.urgency, urgency, sizeof urgency);
    s->clinical.period_start_min[LV_DAY] = 8 * 60;
    s->clinical.period_start_min[LV_EVENING] = 16 * 60;
    s->clinical.period_start_min[LV_NIGHT] = 23 * 60;
    /* advice, consultation, callback, home visit, ambulance, referral; over the urgency mix these
     * give MODEL.md's 32 / 48 / 10 / 1.5 / 2 / 6.5 % */
    static const double by_urgency[LV_URGENCIES][LV_DISPOSITIONS] = {
        {0.00, 0.65, 0.05, 0.05, 0.20, 0.05},
        {0.20, 0.62, 0.12, 0.02, 0.00, 0.04},
        {0.47, 0.35, 0.09, 0.005, 0.00, 0.085}};
    for (int p = 0; p < LV_PERIODS; p++)
        memcpy(s->clinical.disposition[p], by_urgency, sizeof by_urgency);
    lv_dist_lognormal_median_p90(&s->clinical.travel, 30 * 60.0, 60 * 60.0, NULL);
    s->clinical.no_show = 0.03;
    s->clinical.red_within_s = 20 * 60.0;
    lv_dist_lognormal(&s->clinical.consultation, 15 * 60.0, 8 * 60.0, NULL);
    lv_dist_exponential(&s->clinical.callback, 5 * 60.0, NULL);
    lv_dist_lognormal_median_p90(&s->clinical.home_travel, 20 * 60.0, 45 * 60.0, NULL);
    lv_dist_deterministic(&s->clinical.home_on_site, 30 * 60.0, NULL);
    s->clinical.call_out_probability = 0.3;
    lv_dist_lognormal(&s->clinical.call_out, 60 * 60.0, 30 * 60.0, NULL);
    s->clinical.assist_share = 0.3;
    lv_dist_deterministic(&s->clinical.assist, 10 * 60.0, NULL);
    lv_dist_deterministic(&s->clinical.red_arrival, 15 * 60.0, NULL);
    lv_dist_exponential(&s->walk_ins.triage, 5 * 60.0, NULL);
    const double walk_urgency[LV_URGENCIES] = {0.05, 0.35, 0.60};
    memcpy(s->walk_ins.urgency, walk_urgency, sizeof walk_urgency);
    s->satellite_factor = 1;
}

static void read_root(struct lv__reader *c, yaml_node_t *root, struct lv_scenario *s)
{
    if (!lv__check_mapping(c, root, "the scenario", top_keys))
        return;
    get_text(c, root, "name", s->name, sizeof s->name);
    yaml_node_t *d = lv__get(c, root, "description");
    if (d)
        need_scalar(c, d, "description", "a text");
    yaml_node_t *start = lv__get(c, root, "start");
    if (start) {
        const char *t = need_scalar(c, start, "start", "a date YYYY-MM-DD");
        if (t && lv_parse_date(t, &s->start_day) != 0)
            lv__error_at(c, start, "'start' must be a date YYYY-MM-DD between 1900 and 2999, got '%s'", t);
    }
    get_duration(c, root, "horizon", &s->horizon_s, 3600, 100 * 366 * 86400.0);
    get_duration(c, root, "warmup", &s->warmup_s, 0, 100 * 366 * 86400.0);
    if (s->warmup_s >= s->horizon_s)
        lv__error_at(c, lv__get(c, root, "warmup") ? lv__get(c, root, "warmup") : root,
                 "'warmup' must be shorter than 'horizon'");
    yaml_node_t *r = lv__get(c, root, "replications");
    long long x;
    if (r && integer_of(c, r, "replications", &x, 1, 100000))
        s->replications = (int)x;
    yaml_node_t *seed = lv__get(c, root, "seed");
    if (seed && integer_of(c, seed, "seed", &x, 0, INT64_MAX))
        s->seed = (uint64_t)x;
    read_target(c, lv__get(c, root, "target"), s);
    yaml_node_t *iv = lv__get(c, root, "interval");
    if (iv) {
        double len = s->interval_s;
        get_duration(c, root, "interval", &len, 60, 86400);
        if (fmod(86400, len) != 0 || fmod(len, 60) != 0)
            lv__error_at(c, iv, "'interval' must be a whole number of minutes that divides 24h (e.g. 15m, 30m, 1h), got '%s'",
                     lv__scalar(iv) ? lv__scalar(iv) : "?");
        else
            s->interval_s = len;
    }
    read_holidays(c, lv__get(c, root, "holidays"), s);
    read_demand(c, root, s);
    read_calls(c, root, s);
    read_sites(c, root, s);
    if (s->sites) {
        read_areas(c, root, s);
        read_routing(c, root, s);
    }
    read_clinical(c, root, s);
    read_walk_ins(c, root, s);
    check_clinical(c, root, s);
    if (c->errors == 0)
        finish(s);
    if (s->demand.mode == LV_DEMAND_PROFILED) {
        normalise(s->demand.profile[0], 24);
        normalise(s->demand.profile[1], 24);
    }
}

struct lv_scenario *lv_scenario_load(const char *path, const char *text, const char *name,
                                     const struct lv_override *overrides, int override_count,
                                     struct lv_diags *diags)
{
    const char *label = path ? path : name ? name : "<string>";
    struct lv_scenario *s = malloc(sizeof *s);
    if (!s) {
        lv_diags_add(diags, label, NULL, 0, 0, 1, "out of memory");
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
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        lv_diags_add(diags, label, NULL, 0, 0, 1, "the scenario is empty");
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
        lv_diags_add(diags, name, NULL, 0, 0, 1, "out of memory");
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
    for (int i = 0; i < s->type_count; i++) {
        lv_dist_fini(&s->types[i].talk);
        lv_dist_fini(&s->types[i].after_call);
        lv_dist_fini(&s->types[i].patience);
    }
    lv_dist_fini(&s->patience);
    lv_dist_fini(&s->redial_delay);
    struct lv_dist *owned[] = {&s->clinical.travel,     &s->clinical.consultation, &s->clinical.callback,
                               &s->clinical.home_travel, &s->clinical.home_on_site, &s->clinical.call_out,
                               &s->clinical.assist,     &s->clinical.red_arrival,  &s->walk_ins.triage};
    for (size_t i = 0; i < sizeof owned / sizeof *owned; i++)
        lv_dist_fini(owned[i]);
    for (int i = 0; i < s->site_count; i++) {
        lv_dist_fini(&s->sites[i].backup.activation);
        lv_dist_fini(&s->sites[i].work_up);
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

int lv_scenario_day_type(const struct lv_scenario *s, long day)
{
    struct lv_holiday_rules rules = lv_scenario_holiday_rules(s);
    return lv_is_holiday(day, &rules) ? LV_HOLIDAY_DAY_TYPE : lv_weekday(day);
}

const char *lv_urgency_name(enum lv_urgency u)
{
    static const char *names[LV_URGENCIES] = {"red", "yellow", "green"};
    return (unsigned)u < LV_URGENCIES ? names[u] : "?";
}

const char *lv_disposition_name(enum lv_disposition d)
{
    static const char *names[LV_DISPOSITIONS] = {"advice", "consultation", "callback", "home_visit", "ambulance", "referral"};
    return (unsigned)d < LV_DISPOSITIONS ? names[d] : "?";
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

int lv_schedule_check(const struct lv_schedule *sch, bool roles, const char *what, char *why, size_t why_size)
{
    static const char *role_keys[3] = {"count", "floor", "shared"};
    bool anyone = false;
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        int n = sch->band_count[d];
        if (n < 1 || n > LV_MAX_BANDS) {
            snprintf(why, why_size, "%s has %d bands on %s (1 to %d)", what, n, day_label(d), LV_MAX_BANDS);
            return -1;
        }
        int at = 0; /* the first minute not yet covered */
        for (int b = 0; b < n; b++) {
            const struct lv_band *band = &sch->bands[d][b];
            if (band->from_min != at) {
                int to = band->from_min < 1440 ? band->from_min : 1440;
                if (band->from_min > at)
                    snprintf(why, why_size, "%s leaves %s %02d:%02d-%02d:%02d uncovered (bands must run from 00:00 "
                             "to 24:00 without gaps; give 'count: 0' if nobody is on duty)", what, day_label(d),
                             at / 60, at % 60, to / 60, to % 60);
                else
                    snprintf(why, why_size, "%s band %d on %s starts at minute %d, not where the band before it ends "
                             "(%d)", what, b + 1, day_label(d), band->from_min, at);
                return -1;
            }
            if (band->to_min <= band->from_min || band->to_min > 1440) {
                snprintf(why, why_size, "%s band %d on %s must end after it starts and by 24:00 (minute 1440), "
                         "got minutes %d-%d", what, b + 1, day_label(d), band->from_min, band->to_min);
                return -1;
            }
            int counts[3] = {band->count, band->floor, band->shared};
            for (int r = 0; r < 3; r++) {
                int most = r == 0 || roles ? LV_MAX_STAFF : 0;
                if (counts[r] < 0 || counts[r] > most) {
                    if (most)
                        snprintf(why, why_size, "%s band %d on %s: '%s' must be an integer from 0 to %d, got %d", what,
                                 b + 1, day_label(d), role_keys[r], most, counts[r]);
                    else
                        snprintf(why, why_size, "%s band %d on %s: '%s' must be 0 (only a centre's operators have "
                                 "floor and shared nurses), got %d", what, b + 1, day_label(d), role_keys[r], counts[r]);
                    return -1;
                }
            }
            anyone |= band->count > 0 || band->shared > 0;
            at = band->to_min;
        }
        if (at != 1440) {
            snprintf(why, why_size, "%s leaves %s %02d:%02d-24:00 uncovered (bands must run from 00:00 to 24:00 "
                     "without gaps; give 'count: 0' if nobody is on duty)", what, day_label(d), at / 60, at % 60);
            return -1;
        }
    }
    if (!anyone) {
        snprintf(why, why_size, "%s is empty: no band has a 'count'%s above 0", what, roles ? " or 'shared'" : "");
        return -1;
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
        lv_diags_add(diags, path ? path : name, NULL, 0, 0, 1, "cannot write the scenario as YAML");
        return NULL;
    }
    return out;
}
