/* test_staff.c — the staffing optimiser on a stationary centre (M/M/c+M: constant demand,
 * exponential talk and patience, no redials, announcement, time away or callbacks), where Erlang A
 * is exact: the requirement in every interval is Erlang A's minimal staffing (lv_erlang_staff_for,
 * computed here independently of the search's start), the same in every interval; the plan meets
 * the target on fresh seeds; --from-current never lowers the roster; the week form reaches the
 * week's target; the day form meets its chance on fresh seeds; the plan written as YAML loads with the planned operators;
 * two centres of different loads each get Erlang A's count for their own load and meet on another seed;
 * with shift patterns the cheapest shift plan covers the requirement at the sum of its shifts' costs,
 * and shift sets it cannot plan are refused as bad input (-2). Short on purpose
 * (two weeks measured, 6-hour intervals, 10 replications) so the suite runs in a few seconds. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/diag.h"
#include "lvsim/erlang.h"
#include "lvsim/evaluate.h"
#include "lvsim/staff.h"

/* 30 calls an hour of 6 minutes (3 erlang), patience 5 minutes, 80 % within 1 minute; the roster
 * is the argument (operators list items). Erlang A: 4 operators give 75.2 %, 5 give 88.4 %. */
#define STATIONARY(roster)                                                                     \
    "name: stationary\nstart: 2026-01-05\nhorizon: 15d\nwarmup: 1d\nreplications: 10\nseed: 7\n" \
    "target: {within: 1m, share: 80%}\ninterval: 6h\ndemand: {calls_per_hour: 30}\n"          \
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"      \
    "  patience: {dist: exponential, mean: 5m}\n  redial: {probability: 0}\n"                 \
    "centre:\n  name: Stationary\n  announcement: 0s\n  operators: " roster "\n"

#define ROSTER_SPLIT "[{days: all, from: \"00:00\", to: \"12:00\", count: 4}, {days: all, from: \"12:00\", to: \"24:00\", count: 6}]"
#define ROSTER_FOUR "[{days: all, from: \"00:00\", to: \"24:00\", count: 4}]"

static struct lv_staff_options options(enum lv_staff_form form, bool from_current)
{
    return (struct lv_staff_options){.replications = 10, .seed = 7, .jobs = 2, .form = form, .max_abandon = 1,
                                     .from_current = from_current};
}

/* The plan of scenario s in the given form, failing the test with the reason if there is none. */
static void plan_of(const struct lv_scenario *s, enum lv_staff_form form, bool from_current, struct lv_staff_plan *p)
{
    struct lv_staff_options o = options(form, from_current);
    char why[512];
    ck_assert_msg(lv_staff_plan(s, &o, p, why, sizeof why) == 0, "%s", why);
}

/* Erlang A's exact figures for c operators of the stationary centre. */
static double exact_share(int c)
{
    struct lv_erlang_system sys = {30, 360, 300, 60, c};
    struct lv_erlang_result r;
    ck_assert_int_eq(lv_erlang_compute(&sys, &r), LV_ERLANG_OK);
    return r.answered_within;
}

START_TEST(stationary_requirement_is_erlang_a)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_SPLIT));
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_INTERVAL, false, &p);
    struct lv_erlang_system sys = {30, 360, 300, 60, 1};
    struct lv_erlang_target goal = {0.8, 1};
    struct lv_erlang_result r;
    int exact;
    ck_assert_int_eq(lv_erlang_staff_for(&sys, &goal, &exact, &r), LV_ERLANG_OK);
    ck_assert_int_eq(exact, 5);
    ck_assert_int_eq(p.interval_count, 28);
    ck_assert(p.converged);
    ck_assert_int_eq(p.failing, 0);
    for (int i = 0; i < p.interval_count; i++) {
        const struct lv_staff_interval *iv = &p.intervals[i];
        double hw = iv->within.half_width;
        /* ±1 only where the exact share at the boundary is within the simulation's interval */
        bool close = fabs(exact_share(exact - 1) - 0.8) <= hw || fabs(exact_share(exact) - 0.8) <= hw;
        ck_assert_msg(iv->required == exact || (close && abs(iv->required - exact) == 1),
                      "interval %d: %d operators, Erlang A %d", i, iv->required, exact);
        ck_assert_int_eq(iv->required, p.intervals[0].required); /* stationary: one count all week */
        ck_assert(iv->meets);
        /* the plan's share on fresh seeds agrees with Erlang A's at the planned count */
        ck_assert_msg(fabs(iv->within.mean - exact_share(iv->required)) <= 4 * hw, "interval %d: %.4f vs %.4f", i,
                      iv->within.mean, exact_share(iv->required));
    }
    ck_assert_double_eq_tol(p.plan_hours, 168.0 * p.intervals[0].required, 1e-9);
    ck_assert_double_eq_tol(p.current_hours, 168.0 * 5, 1e-9);
    ck_assert(p.plan_week.mean >= 0.8);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

/* The stationary centre's schedule with count[i] operators in 6-hour interval i (holidays as Sundays). */
static struct lv_schedule six_hourly(const int *count)
{
    struct lv_schedule sch;
    memset(&sch, 0, sizeof sch);
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        int plan_day = d < 7 ? d : 6;
        sch.band_count[d] = 4;
        for (int k = 0; k < 4; k++)
            sch.bands[d][k] = (struct lv_band){k * 360, (k + 1) * 360, count[plan_day * 4 + k], 0, 0};
    }
    return sch;
}

/* Erlang A does not know time away from the phone, so its start is too low: the search must raise
 * every interval, and then no interval may lose an operator without some interval missing the
 * target on the search's own random numbers (the stopping rule, checked one interval at a time). */
START_TEST(search_raises_and_stops_at_the_least)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_FOUR "\n  away: {share: 30%, piece: {dist: exponential, mean: 10m}}"));
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_INTERVAL, false, &p);
    ck_assert(p.converged);
    int count[28];
    for (int i = 0; i < 28; i++) {
        ck_assert_int_eq(p.intervals[i].erlang, 5);
        ck_assert_int_gt(p.intervals[i].required, 5);
        ck_assert(p.intervals[i].meets);
        count[i] = p.intervals[i].required;
    }
    struct lv_run_options ro = {.replications = 10, .seed = 7, .jobs = 2};
    struct lv_evaluator *e = lv_evaluator_alloc(s, &ro);
    ck_assert_ptr_nonnull(e);
    for (int i = 0; i < 28; i += 5) {
        count[i]--;
        struct lv_schedule sch = six_hourly(count);
        ck_assert_int_eq(lv_evaluator_set_schedule(e, 0, LV_STAFF_OPERATORS, &sch), LV_OK);
        struct lv_results r;
        ck_assert_int_eq(lv_evaluator_run(e, &r), LV_OK);
        bool misses = false;
        for (int j = 0; j < 28; j++) {
            double y = 0, x = 0;
            for (int k = 0; k < r.replications; k++) {
                size_t at = (size_t)k * r.value_count + LV_HEADLINE_COUNT + (size_t)j * LV_INTERVAL_METRIC_COUNT +
                            LV_I_WITHIN_TARGET;
                y += r.values[at];
                x += r.weights[at];
            }
            misses |= x > 0 && y / x < 0.8;
        }
        ck_assert_msg(misses, "interval %d could lose an operator", i);
        lv_results_fini(&r);
        count[i]++;
    }
    lv_evaluator_free(e);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

START_TEST(from_current_never_lowers)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_SPLIT));
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_INTERVAL, true, &p);
    for (int i = 0; i < p.interval_count; i++) {
        const struct lv_staff_interval *iv = &p.intervals[i];
        ck_assert_int_ge(iv->required, iv->current);
        int half = (i % 4) < 2; /* 00:00-12:00: 4 now, too few; 12:00-24:00: 6 now, kept */
        ck_assert_int_eq(iv->current, half ? 4 : 6);
        ck_assert_int_eq(iv->required, half ? 5 : 6);
    }
    ck_assert_double_eq_tol(p.plan_hours - p.current_hours, 7 * 12.0, 1e-9);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

START_TEST(week_form_reaches_the_week)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_FOUR));
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_WEEK, false, &p);
    ck_assert(p.converged);
    ck_assert(p.current_week.mean < 0.8); /* 4 everywhere: Erlang A 75.2 % */
    ck_assert_msg(p.plan_week.mean + p.plan_week.half_width >= 0.8, "%.4f", p.plan_week.mean);
    /* cheaper than every interval at 5: the week's share mixes intervals at 4 and 5 */
    int fives = 0;
    for (int i = 0; i < p.interval_count; i++) {
        ck_assert_int_ge(p.intervals[i].required, 4);
        fives += p.intervals[i].required >= 5;
    }
    ck_assert_int_gt(fives, 0);
    ck_assert_int_lt(fives, p.interval_count);
    /* Erlang A: the share of a mix is the mix of the shares; the fewest fives that reach 80 % */
    double need = (0.8 - exact_share(4)) / (exact_share(5) - exact_share(4)) * p.interval_count;
    ck_assert_msg(fives <= (int)ceil(need) + 3, "%d intervals at 5, Erlang A needs %.1f", fives, need);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

START_TEST(day_form_meets_the_chance)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_FOUR));
    struct lv_staff_options o = options(LV_STAFF_FORM_DAY, false);
    o.probability = 0.9;
    struct lv_staff_plan p;
    char why[512];
    ck_assert_msg(lv_staff_plan(s, &o, &p, why, sizeof why) == 0, "%s", why);
    ck_assert(p.converged);
    for (int w = 0; w < 7; w++) {
        ck_assert_msg(p.current_day_chance[w] < 0.5, "day %d: %.3f", w, p.current_day_chance[w]); /* 75 % a day */
        ck_assert_msg(p.day_chance[w] >= 0.9, "day %d: %.3f on fresh seeds", w, p.day_chance[w]);
    }
    for (int i = 0; i < p.interval_count; i++)
        ck_assert_int_ge(p.intervals[i].required, 4);
    /* a day of 720 calls varies little: meeting 80 % on 9 days in 10 costs no more than 5 all day */
    ck_assert_double_le(p.plan_hours, 168.0 * 5);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

START_TEST(plan_yaml_loads_with_the_plan)
{
    const char *text = STATIONARY(ROSTER_SPLIT);
    struct lv_scenario *s = test_scenario(text);
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_INTERVAL, true, &p);
    struct lv_diags d;
    lv_diags_init(&d);
    char *yaml = lv_staff_scenario_yaml(NULL, text, "test", NULL, 0, s, &p, &d);
    if (!yaml)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(yaml);
    struct lv_scenario *t = test_scenario(yaml);
    for (int day = 0; day < LV_DAY_TYPES; day++)
        for (int m = 0; m < 1440; m += 30) {
            int plan_day = day < 7 ? day : 6, i = plan_day * 4 + m / 360;
            ck_assert_int_eq(lv_schedule_count(&t->sites[0].operators, day, m), p.intervals[i].required);
        }
    ck_assert_double_eq(t->target_share, s->target_share);
    free(yaml);
    lv_diags_fini(&d);
    lv_scenario_free(t);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

/* Two stationary centres of the stationary centre's kind, separate queues: Nord with 30 calls an
 * hour, Sør with 15 (areas of population 2 : 1). Each centre's requirement is Erlang A's exact
 * count for its own load (±1 where the boundary share is within the simulation's interval); the
 * plan written out loads with every centre's plan, and each centre meets the target in every
 * interval on another seed (its own callers' share, 95 % interval not wholly below). */
#define TWO_CENTRES                                                                                \
    "name: two\nstart: 2026-01-05\nhorizon: 15d\nwarmup: 1d\nreplications: 10\nseed: 7\n"          \
    "target: {within: 1m, share: 80%}\ninterval: 6h\ndemand: {calls_per_hour: 45}\n"              \
    "calls:\n  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 6m}}]\n"          \
    "  patience: {dist: exponential, mean: 5m}\n  redial: {probability: 0}\n"                     \
    "centres:\n  - name: Nord\n    announcement: 0s\n    operators: " ROSTER_FOUR "\n"            \
    "  - name: Sør\n    announcement: 0s\n    operators: " ROSTER_FOUR "\n"                      \
    "areas:\n  - {name: N, population: 20000, centre: Nord}\n  - {name: S, population: 10000, centre: Sør}\n"

static double exact_share_at(double per_hour, int c)
{
    struct lv_erlang_system sys = {per_hour, 360, 300, 60, c};
    struct lv_erlang_result r;
    ck_assert_int_eq(lv_erlang_compute(&sys, &r), LV_ERLANG_OK);
    return r.answered_within;
}

START_TEST(two_centres_each_erlang_a)
{
    const char *text = TWO_CENTRES;
    struct lv_scenario *s = test_scenario(text);
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_INTERVAL, false, &p);
    ck_assert_int_eq(p.centre_count, 2);
    const double per_hour[2] = {30, 15};
    for (int c = 0; c < 2; c++) {
        struct lv_erlang_system sys = {per_hour[c], 360, 300, 60, 1};
        struct lv_erlang_target goal = {0.8, 1};
        struct lv_erlang_result r;
        int exact;
        ck_assert_int_eq(lv_erlang_staff_for(&sys, &goal, &exact, &r), LV_ERLANG_OK);
        for (int i = 0; i < p.interval_count; i++) {
            const struct lv_staff_interval *iv = &p.intervals[c * p.interval_count + i];
            double hw = iv->within.half_width;
            bool close = fabs(exact_share_at(per_hour[c], exact - 1) - 0.8) <= hw ||
                         fabs(exact_share_at(per_hour[c], exact) - 0.8) <= hw;
            ck_assert_msg(iv->required == exact || (close && abs(iv->required - exact) == 1),
                          "centre %d interval %d: %d operators, Erlang A %d", c, i, iv->required, exact);
            ck_assert_msg(fabs(iv->calls_per_week - per_hour[c] * 6) <= 0.1 * per_hour[c] * 6,
                          "centre %d interval %d: %.1f calls", c, i, iv->calls_per_week);
            ck_assert(iv->meets);
        }
    }
    /* the plan as YAML: every centre's operators replaced, and it meets per centre on another seed */
    struct lv_diags d;
    lv_diags_init(&d);
    char *yaml = lv_staff_scenario_yaml(NULL, text, "test", NULL, 0, s, &p, &d);
    if (!yaml)
        lv_diags_write(&d, stderr);
    ck_assert_ptr_nonnull(yaml);
    struct lv_scenario *t = test_scenario(yaml);
    for (int c = 0; c < 2; c++)
        for (int i = 0; i < p.interval_count; i++)
            ck_assert_int_eq(lv_schedule_count(&t->sites[c].operators, i / 4, i % 4 * 360 + 1),
                             p.intervals[c * p.interval_count + i].required);
    t->seed = 4242;
    struct lv_staff_options o = options(LV_STAFF_FORM_INTERVAL, true); /* from the plan: it only checks */
    o.seed = 4242;
    o.max_iterations = 1;
    struct lv_staff_plan q;
    char why[512];
    ck_assert_msg(lv_staff_plan(t, &o, &q, why, sizeof why) == 0, "%s", why);
    for (int i = 0; i < 2 * q.interval_count; i++)
        ck_assert_msg(q.intervals[i].current_within.mean + q.intervals[i].current_within.half_width >= 0.8,
                      "centre %d interval %d: %.3f", i / q.interval_count, i % q.interval_count,
                      q.intervals[i].current_within.mean);
    lv_staff_plan_fini(&q);
    free(yaml);
    lv_diags_fini(&d);
    lv_scenario_free(t);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
}
END_TEST

/* Enough replications for 2700 measured days, or the scenario's if more. */
START_TEST(default_replications)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_FOUR));
    ck_assert_int_eq(lv_staff_default_replications(s), 193); /* 14 days measured: 2700 / 14 = 192.9 */
    s->horizon_s = 28 * 86400.0;
    ck_assert_int_eq(lv_staff_default_replications(s), 100); /* the default scenario's 27 days */
    s->horizon_s = 366 * 86400.0;
    ck_assert_int_eq(lv_staff_default_replications(s), 10);  /* the scenario's 10 are more */
    s->replications = 4;
    ck_assert_int_eq(lv_staff_default_replications(s), 8);   /* a year: 2700 / 365 = 7.4 */
    s->replications = 40;
    ck_assert_int_eq(lv_staff_default_replications(s), 40);
    lv_scenario_free(s);
}
END_TEST

START_TEST(refuses_what_it_cannot_plan)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_FOUR));
    struct lv_staff_options o = options(LV_STAFF_FORM_INTERVAL, false);
    o.replications = 1;
    struct lv_staff_plan p;
    char why[512] = "";
    ck_assert_int_eq(lv_staff_plan(s, &o, &p, why, sizeof why), -1);
    ck_assert_ptr_nonnull(strstr(why, "replications"));
    ck_assert_ptr_null(p.intervals);
    lv_scenario_free(s);
}
END_TEST

/* Two 12-hour patterns a day (08-20, 20-08) at 100 an hour, no premiums: the requirement of 5 in
 * every interval is covered by 5 of each, every day, at 5 x 2 x 7 x 1200 = 84 000 a week, 840 h. */
#define TWELVE_HOUR_SHIFTS                                                                     \
    "shifts:\n  patterns:\n"                                                                   \
    "    - {name: day, days: all, start: \"08:00\", length: 12h, cost_per_hour: 100}\n"          \
    "    - {name: night, days: all, start: \"20:00\", length: 12h, cost_per_hour: 100}\n"

START_TEST(shift_plan_covers_the_requirement)
{
    struct lv_scenario *s = test_scenario(STATIONARY(ROSTER_SPLIT) TWELVE_HOUR_SHIFTS);
    struct lv_staff_plan p;
    plan_of(s, LV_STAFF_FORM_INTERVAL, false, &p);
    ck_assert_ptr_nonnull(p.shifts);
    ck_assert_int_eq(p.shared_patterns_ignored, 0);
    ck_assert_int_eq(p.failing, 0);
    double cost = 0, required_hours = 0;
    for (int k = 0; k < 2; k++)
        for (int d = 0; d < 7; d++)
            cost += p.shifts->count[k][d] * lv_shift_cost(&s->shifts, &s->shifts.patterns[k], d);
    ck_assert_double_eq_tol(p.shifts->cost, cost, 1e-6);
    for (int i = 0; i < p.interval_count; i++) {
        const struct lv_staff_interval *iv = &p.intervals[i];
        ck_assert_int_ge(iv->planned, iv->required);
        ck_assert_int_eq(iv->planned, p.shifts->coverage[i]);
        ck_assert(iv->meets);
        required_hours += iv->required * 6.0;
    }
    ck_assert_double_eq_tol(p.required_hours, required_hours, 1e-9);
    ck_assert_double_eq_tol(p.surplus_hours, p.plan_hours - p.required_hours, 1e-9);
    ck_assert_double_eq_tol(p.plan_hours, p.shifts->staff_hours, 1e-9);
    if (p.intervals[0].required == 5 && p.repairs == 0) { /* the usual case (Erlang A's 5 all week) */
        for (int k = 0; k < 2; k++)
            for (int d = 0; d < 7; d++)
                ck_assert_int_eq(p.shifts->count[k][d], 5);
        ck_assert_double_eq_tol(p.shifts->cost, 84000, 1e-6);
        ck_assert_double_eq_tol(p.plan_hours, 840, 1e-9);
    }
    /* the schedule simulated is the shift plan's: at 08:00 and 20:00 the day and night change over */
    for (int d = 0; d < 7; d++)
        for (int b = 0; b < p.operators.band_count[d]; b++)
            ck_assert_int_eq(p.operators.bands[d][b].count % 5, 0);
    lv_staff_plan_fini(&p);
    ck_assert_ptr_null(p.shifts);
    lv_scenario_free(s);
}
END_TEST

/* Shift sets it cannot plan: -2 (bad input) with the reason. */
static void refused(const char *yaml, enum lv_staff_form form, const char *reason)
{
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_staff_options o = options(form, false);
    struct lv_staff_plan p;
    char why[1024] = "";
    ck_assert_int_eq(lv_staff_plan(s, &o, &p, why, sizeof why), -2);
    ck_assert_msg(strstr(why, reason) != NULL, "%s", why);
    ck_assert_ptr_null(p.intervals);
    ck_assert_ptr_null(p.shifts);
    lv_scenario_free(s);
}

START_TEST(shift_sets_it_cannot_plan)
{
    /* nothing covers 20:00-08:00 */
    refused(STATIONARY(ROSTER_FOUR) "shifts:\n  patterns:\n"
            "    - {name: day, days: all, start: \"08:00\", length: 12h, cost_per_hour: 100}\n",
            LV_STAFF_FORM_INTERVAL, "no shift pattern covers Mon 00:00");
    refused(STATIONARY(ROSTER_FOUR) "shifts:\n  patterns:\n"
            "    - {name: all day, days: all, start: \"00:00\", length: 24h, role: shared, cost_per_hour: 100}\n",
            LV_STAFF_FORM_INTERVAL, "role 'shared'");
    refused(STATIONARY(ROSTER_FOUR) TWELVE_HOUR_SHIFTS, LV_STAFF_FORM_WEEK, "interval form only");
}
END_TEST

Suite *staff_suite(void)
{
    Suite *s = suite_create("staff");
    TCase *t = tcase_create("stationary");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, stationary_requirement_is_erlang_a);
    tcase_add_test(t, search_raises_and_stops_at_the_least);
    tcase_add_test(t, from_current_never_lowers);
    tcase_add_test(t, week_form_reaches_the_week);
    tcase_add_test(t, day_form_meets_the_chance);
    tcase_add_test(t, plan_yaml_loads_with_the_plan);
    tcase_add_test(t, two_centres_each_erlang_a);
    tcase_add_test(t, default_replications);
    tcase_add_test(t, refuses_what_it_cannot_plan);
    tcase_add_test(t, shift_plan_covers_the_requirement);
    tcase_add_test(t, shift_sets_it_cannot_plan);
    suite_add_tcase(s, t);
    return s;
}
