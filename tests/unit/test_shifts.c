/* test_shifts.c — the cheapest shift plan (sim/study/shifts.c): a hand case with premiums worked
 * out on paper, the optimum against brute-force enumeration on small random instances, min and
 * max respected, infeasible sets named by their hours, premiums across midnight and the weekend
 * wrap, plans turned into schedules that cover exactly the counts (and load back from YAML), and the
 * `shifts` keys read. */
#include "suites.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/diag.h"
#include "lvsim/scenario.h"
#include "lvsim/shifts.h"

static struct lv_shift_pattern pattern(const char *name, unsigned days, int start_min, int length_min, int min,
                                       int max, double cost_per_hour)
{
    struct lv_shift_pattern p = {.days = days, .start_min = start_min, .length_min = length_min, .min = min,
                                 .max = max, .role = LV_SHIFT_OPERATOR, .cost_per_hour = cost_per_hour};
    snprintf(p.name, sizeof p.name, "%s", name);
    return p;
}

static void fill(int *a, int n, int value)
{
    for (int k = 0; k < n; k++)
        a[k] = value;
}

static struct lv_shifts no_premiums(void)
{
    struct lv_shifts sh = {.night_from_min = 22 * 60, .night_to_min = 6 * 60, .night_factor = 1, .weekend_factor = 1};
    return sh;
}

/* Requirement 1 round the clock, 8 h shifts at 07, 15 and 23 every day: each hour has exactly
 * one shift that can cover it, so the plan is 3 x 7 shifts. Cost by hand, 600 an hour, night
 * 22-06 x 1.25, weekend x 1.5 (both: x 1.875): a week has 80 plain weekday hours, 40 weekday
 * night hours, 32 weekend day hours and 16 weekend night hours: 600 x 208 = 124800. */
START_TEST(round_the_clock_by_hand)
{
    struct lv_shifts sh = no_premiums();
    sh.night_factor = 1.25;
    sh.weekend_factor = 1.5;
    sh.patterns[0] = pattern("day", 0x7f, 7 * 60, 480, 0, INT32_MAX, 600);
    sh.patterns[1] = pattern("evening", 0x7f, 15 * 60, 480, 0, INT32_MAX, 600);
    sh.patterns[2] = pattern("night", 0x7f, 23 * 60, 480, 0, INT32_MAX, 600);
    sh.pattern_count = 3;
    int required[168];
    fill(required, 168, 1);
    struct lv_shift_plan *plan = malloc(sizeof *plan);
    char why[512] = "";
    ck_assert_msg(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, 60, required, plan, LV_LANG_EN, why, sizeof why) == 0, "%s",
                  why);
    for (int p = 0; p < 3; p++)
        for (int d = 0; d < 7; d++)
            ck_assert_int_eq(plan->count[p][d], 1);
    ck_assert_double_eq_tol(plan->cost, 124800, 1e-6);
    ck_assert_double_eq_tol(plan->staff_hours, 168, 1e-9);
    ck_assert_double_eq_tol(plan->fte, 168 / 37.5, 1e-12);
    ck_assert_int_eq(plan->interval_count, 168);
    for (int k = 0; k < 168; k++) {
        ck_assert_int_eq(plan->coverage[k], 1);
        ck_assert_int_eq(plan->surplus[k], 0);
    }
    /* Sunday's night shift runs into Monday: Sun 23-24 night and weekend (1.875), Mon 00-06
     * night (6 x 1.25), Mon 06-07 plain: 600 x 10.375. Friday's night runs into the weekend:
     * Fri 23-24 (1.25), Sat 00-06 (6 x 1.875), Sat 06-07 (1.5): 600 x 14. */
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &sh.patterns[2], 6), 6225, 1e-9);
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &sh.patterns[2], 4), 8400, 1e-9);
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &sh.patterns[0], 0), 4800, 1e-9);
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &sh.patterns[0], 5), 7200, 1e-9);
    free(plan);
}
END_TEST

/* Premium windows: one inside the day (00:00-06:00), one crossing midnight, none (from == to). */
START_TEST(premium_windows)
{
    struct lv_shifts sh = no_premiums();
    struct lv_shift_pattern p = pattern("late", 0x7f, 20 * 60 + 30, 600, 0, 1, 60); /* 20:30 to 06:30 */
    sh.night_factor = 2;
    sh.night_from_min = 0, sh.night_to_min = 6 * 60;
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &p, 0), 60 * (4 + 6 * 2), 1e-9);
    sh.night_from_min = 22 * 60;
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &p, 0), 60 * (2 + 8 * 2), 1e-9);
    sh.night_to_min = 22 * 60;
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &p, 0), 60 * 10, 1e-9);
    /* The weekend wrap: Sunday 20:30 to Monday 06:30 has 3.5 weekend hours; Saturday's all 10. */
    sh.weekend_factor = 3;
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &p, 6), 60 * (3.5 * 3 + 6.5), 1e-9);
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &p, 5), 60 * 30, 1e-9);
    ck_assert_double_eq_tol(lv_shift_cost(&sh, &p, 4), 60 * (3.5 + 6.5 * 3), 1e-9);
}
END_TEST

/* A small generator of its own: fixed seed, nothing shared. */
static uint64_t next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}
static int below(uint64_t *s, int n)
{
    return (int)(next(s) % (uint64_t)n);
}

/* Coverage the slow way, independent of lv_shift_covers: staff on duty minute by minute, then
 * the least over each interval. */
static void coverage_by_minutes(const struct lv_shifts *sh, const int (*count)[7], int interval_min, int *out)
{
    static int on[LV_WEEK_MIN];
    memset(on, 0, sizeof on);
    for (int p = 0; p < sh->pattern_count; p++)
        for (int d = 0; d < 7; d++)
            if ((sh->patterns[p].days >> d) & 1)
                for (int i = 0; i < sh->patterns[p].length_min; i++)
                    on[(d * 1440 + sh->patterns[p].start_min + i) % LV_WEEK_MIN] += count[p][d];
    for (int k = 0; k < LV_WEEK_MIN / interval_min; k++) {
        out[k] = INT32_MAX;
        for (int m = k * interval_min; m < (k + 1) * interval_min; m++)
            out[k] = on[m] < out[k] ? on[m] : out[k];
    }
}

struct var {
    int p, d;
};

/* The cheapest feasible counts by enumeration; returns INFINITY if none covers. */
static double brute_force(const struct lv_shifts *sh, int interval_min, const int *required, int (*best)[7])
{
    struct var vars[16];
    int nv = 0;
    for (int p = 0; p < sh->pattern_count; p++)
        for (int d = 0; d < 7; d++)
            if ((sh->patterns[p].days >> d) & 1)
                vars[nv++] = (struct var){p, d};
    int count[LV_MAX_SHIFT_PATTERNS][7] = {{0}};
    for (int v = 0; v < nv; v++)
        count[vars[v].p][vars[v].d] = sh->patterns[vars[v].p].min;
    double best_cost = INFINITY;
    int n = LV_WEEK_MIN / interval_min;
    static int cov[LV_WEEK_MIN];
    for (;;) {
        coverage_by_minutes(sh, (const int (*)[7])count, interval_min, cov);
        bool ok = true;
        for (int k = 0; k < n && ok; k++)
            ok = cov[k] >= required[k];
        if (ok) {
            double c = 0;
            for (int v = 0; v < nv; v++)
                c += count[vars[v].p][vars[v].d] * lv_shift_cost(sh, &sh->patterns[vars[v].p], vars[v].d);
            if (c < best_cost - 1e-9) {
                best_cost = c;
                memcpy(best, count, sizeof count);
            }
        }
        int v = 0; /* the next combination, odometer style */
        while (v < nv && count[vars[v].p][vars[v].d] == sh->patterns[vars[v].p].max) {
            count[vars[v].p][vars[v].d] = sh->patterns[vars[v].p].min;
            v++;
        }
        if (v == nv)
            break;
        count[vars[v].p][vars[v].d]++;
    }
    return best_cost;
}

START_TEST(optimum_equals_brute_force)
{
    uint64_t seed = 0x5eed5eedULL;
    static const int intervals[] = {60, 360, 180, 30}; /* 168, 28, 56 and 336 a week */
    int solved = 0, infeasible = 0;
    struct lv_shift_plan *plan = malloc(sizeof *plan);
    static int required[LV_WEEK_MIN], cov[LV_WEEK_MIN];
    for (int trial = 0; trial < 300; trial++) {
        int interval_min = intervals[trial % 4];
        int n = LV_WEEK_MIN / interval_min;
        struct lv_shifts sh = no_premiums();
        sh.night_factor = 1 + below(&seed, 5) * 0.25;
        sh.weekend_factor = 1 + below(&seed, 5) * 0.25;
        sh.pattern_count = 2 + below(&seed, 2);
        int vars = 0;
        for (int p = 0; p < sh.pattern_count; p++) {
            unsigned days = 0;
            int ndays = 1 + below(&seed, 2);
            if (vars + ndays > 6)
                ndays = 6 - vars; /* at most 6 variables of 2 or 3 values: brute force stays fast */
            if (ndays == 0) {
                sh.pattern_count = p;
                break;
            }
            while (__builtin_popcount(days) < ndays)
                days |= 1u << below(&seed, 7);
            vars += ndays;
            int min = below(&seed, 4) == 0;
            char name[16];
            snprintf(name, sizeof name, "p%d", p);
            sh.patterns[p] = pattern(name, days, 60 * below(&seed, 24) + 30 * below(&seed, 2),
                                     60 * (4 + below(&seed, 9)) + 30 * below(&seed, 2), min, min + 1 + below(&seed, 2),
                                     1 + below(&seed, 9));
        }
        /* A requirement that mostly fits: a random plan's coverage, lowered here and there, with
         * a few extra demands that may make it infeasible. */
        int count[LV_MAX_SHIFT_PATTERNS][7] = {{0}};
        for (int p = 0; p < sh.pattern_count; p++)
            for (int d = 0; d < 7; d++)
                count[p][d] = sh.patterns[p].min + below(&seed, sh.patterns[p].max - sh.patterns[p].min + 1);
        coverage_by_minutes(&sh, (const int (*)[7])count, interval_min, required);
        for (int k = 0; k < n; k++)
            if (below(&seed, 3) == 0 && required[k] > 0)
                required[k]--;
        if (trial % 5 == 4)
            required[below(&seed, n)]++;
        int best[LV_MAX_SHIFT_PATTERNS][7] = {{0}};
        double want = brute_force(&sh, interval_min, required, best);
        char why[1024] = "";
        int rc = lv_shift_solve(&sh, LV_SHIFT_OPERATOR, interval_min, required, plan, LV_LANG_EN, why, sizeof why);
        if (isinf(want)) {
            ck_assert_msg(rc == -1 && why[0], "trial %d: brute force finds no plan, the solver does", trial);
            infeasible++;
            continue;
        }
        ck_assert_msg(rc == 0, "trial %d: %s", trial, why);
        ck_assert_msg(fabs(plan->cost - want) <= 1e-6 * fmax(1, want), "trial %d: cost %.9g, brute force %.9g", trial,
                      plan->cost, want);
        coverage_by_minutes(&sh, (const int (*)[7])plan->count, interval_min, cov);
        double hours = 0;
        for (int p = 0; p < sh.pattern_count; p++)
            for (int d = 0; d < 7; d++) {
                int c = plan->count[p][d];
                ck_assert_int_ge(c, sh.patterns[p].min * (int)((sh.patterns[p].days >> d) & 1));
                ck_assert_int_le(c, sh.patterns[p].max);
                hours += c * sh.patterns[p].length_min / 60.0;
            }
        ck_assert_double_eq_tol(plan->staff_hours, hours, 1e-9);
        for (int k = 0; k < n; k++) {
            ck_assert_int_eq(plan->coverage[k], cov[k]);
            ck_assert_int_eq(plan->surplus[k], cov[k] - required[k]);
            ck_assert_int_ge(plan->surplus[k], 0);
        }
        solved++;
    }
    ck_assert_int_ge(solved, 200);
    ck_assert_int_ge(infeasible, 1);
    free(plan);
}
END_TEST

START_TEST(bounds_respected)
{
    struct lv_shifts sh = no_premiums();
    sh.patterns[0] = pattern("cheap", 0x7f, 0, 1440, 0, 1, 1);
    sh.patterns[1] = pattern("dear", 0x7f, 0, 1440, 0, INT32_MAX, 5);
    sh.patterns[2] = pattern("forced", 0x01, 8 * 60, 60, 2, 2, 9);
    sh.pattern_count = 3;
    int required[168];
    fill(required, 168, 3);
    struct lv_shift_plan *plan = malloc(sizeof *plan);
    char why[512];
    ck_assert_msg(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, 60, required, plan, LV_LANG_EN, why, sizeof why) == 0, "%s",
                  why);
    for (int d = 0; d < 7; d++) {
        ck_assert_int_eq(plan->count[0][d], 1); /* the cheap one to its max */
        ck_assert_int_eq(plan->count[1][d], 2);
        ck_assert_int_eq(plan->count[2][d], d == 0 ? 2 : 0); /* forced by its min, only on Monday */
    }
    ck_assert_int_eq(plan->coverage[8], 5);
    ck_assert_int_eq(plan->surplus[8], 2);
    ck_assert_double_eq_tol(plan->cost, 7 * 24 * (1 + 2 * 5) + 2 * 9, 1e-9);
    free(plan);
}
END_TEST

START_TEST(infeasible_named)
{
    struct lv_shifts sh = no_premiums();
    sh.patterns[0] = pattern("day", 0x7f, 7 * 60, 16 * 60, 0, 3, 1); /* 07:00-23:00 */
    sh.pattern_count = 1;
    int required[168];
    fill(required, 168, 0);
    struct lv_shift_plan *plan = malloc(sizeof *plan);
    char why[1024];
    /* Sunday 03:00-04:00 needs 2: nobody works then. */
    required[6 * 24 + 3] = 2;
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, 60, required, plan, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_str_eq(why, "no shift pattern covers Sun 03:00–04:00 where 2 staff are required");
    /* Round the clock: every night's hours, a range a day, then how many more. */
    fill(required, 168, 1);
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, 60, required, plan, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_msg(strstr(why, "no shift pattern covers Mon 00:00–07:00 where 1 staff are required; "
                              "no shift pattern covers Mon 23:00–24:00 where 1 staff are required; "
                              "no shift pattern covers Tue 00:00–07:00 where 1 staff are required; ") == why,
                  "%s", why);
    ck_assert_msg(strstr(why, "; and 41 more intervals"), "%s", why); /* 56 uncovered hours, 15 named */
    /* Covered but max too low: 4 needed at Wed 12:00-14:00, at most 3. */
    fill(required, 168, 0);
    required[2 * 24 + 12] = required[2 * 24 + 13] = 4;
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, 60, required, plan, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_str_eq(why, "the shift patterns covering Wed 12:00–14:00 allow at most 3 staff where 4 are required "
                          "(raise their 'max')");
    /* Patterns of the other role do not count. */
    sh.patterns[0].role = LV_SHIFT_SHARED;
    required[2 * 24 + 13] = 0;
    required[2 * 24 + 12] = 1;
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, 60, required, plan, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_str_eq(why, "no shift pattern covers Wed 12:00–13:00 where 1 staff are required");
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_SHARED, 60, required, plan, LV_LANG_EN, why, sizeof why), 0);
    ck_assert_int_eq(plan->count[0][2], 1);
    /* Bad arguments: an interval that does not divide the day, a negative requirement. */
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_SHARED, 7, required, plan, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_str_eq(why, "the interval must be whole minutes that divide 24 h, got 7 min");
    required[0] = -1;
    ck_assert_int_eq(lv_shift_solve(&sh, LV_SHIFT_SHARED, 60, required, plan, LV_LANG_EN, why, sizeof why), -1);
    ck_assert_str_eq(why, "the requirement of Mon 00:00–01:00 is -1; it must be a count of staff 0..10000");
    free(plan);
}
END_TEST

/* The schedule written as a scenario's `operators` bands loads back as the same schedule. */
static void check_as_scenario(const struct lv_schedule *sch)
{
    char *bands = lv_schedule_render(sch, true, "    ");
    ck_assert_ptr_nonnull(bands);
    static const char *head = "demand: {calls_per_hour: 10}\n"
                              "calls: {types: [{name: a, share: 100%, talk: 5m}]}\n"
                              "centre:\n"
                              "  operators:\n";
    size_t size = strlen(head) + strlen(bands) + 1;
    char *text = malloc(size);
    snprintf(text, size, "%s%s", head, bands);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_string(text, strlen(text), "plan.yaml", &d);
    ck_assert_msg(s != NULL, "%s", text);
    const struct lv_schedule *got = &s->sites[0].operators;
    for (int day = 0; day < LV_DAY_TYPES; day++) {
        ck_assert_int_eq(got->band_count[day], sch->band_count[day]);
        for (int b = 0; b < sch->band_count[day]; b++) {
            const struct lv_band *x = &got->bands[day][b], *y = &sch->bands[day][b];
            ck_assert(x->from_min == y->from_min && x->to_min == y->to_min && x->count == y->count &&
                      x->floor == y->floor && x->shared == y->shared);
        }
    }
    lv_scenario_free(s);
    lv_diags_fini(&d);
    free(text);
    free(bands);
}

/* A plan turned into bands covers exactly the plan's counts, interval by interval; a shift past
 * midnight continues on the next day (Sunday's on Monday), holidays take Sunday's bands. */
START_TEST(schedule_round_trip)
{
    struct lv_shifts sh = no_premiums();
    sh.patterns[0] = pattern("day", 0x1f, 7 * 60 + 30, 8 * 60, 0, INT32_MAX, 1);
    sh.patterns[1] = pattern("evening", 0x7f, 15 * 60 + 30, 8 * 60, 0, INT32_MAX, 1);
    sh.patterns[2] = pattern("night", 0x7f, 23 * 60 + 30, 8 * 60, 0, INT32_MAX, 1.2);
    sh.patterns[3] = pattern("weekend day", 0x60, 7 * 60 + 30, 8 * 60, 0, INT32_MAX, 1.5);
    sh.patterns[4] = pattern("twilight", 0x7f, 18 * 60, 6 * 60, 0, 2, 0.5);
    sh.patterns[5] = pattern("shared day", 0x7f, 9 * 60, 8 * 60, 0, INT32_MAX, 1);
    sh.patterns[5].role = LV_SHIFT_SHARED;
    sh.pattern_count = 6;
    uint64_t seed = 42;
    static int required[LV_WEEK_MIN], shared_required[LV_WEEK_MIN], cov[LV_WEEK_MIN];
    struct lv_shift_plan *ops = malloc(sizeof *ops), *shared = malloc(sizeof *shared);
    struct lv_schedule *sch = malloc(sizeof *sch);
    char why[1024];
    for (int trial = 0; trial < 10; trial++) {
        int interval_min = trial % 2 ? 30 : 60, n = LV_WEEK_MIN / interval_min;
        for (int k = 0; k < n; k++) {
            required[k] = 1 + below(&seed, 4);
            int m = k * interval_min % 1440;
            shared_required[k] = m >= 9 * 60 && m < 17 * 60 ? below(&seed, 3) : 0;
        }
        ck_assert_msg(lv_shift_solve(&sh, LV_SHIFT_OPERATOR, interval_min, required, ops, LV_LANG_EN, why, sizeof why) == 0,
                      "%s", why);
        ck_assert_msg(lv_shift_solve(&sh, LV_SHIFT_SHARED, interval_min, shared_required, shared, LV_LANG_EN, why,
                                     sizeof why) == 0, "%s", why);
        ck_assert_msg(lv_shift_schedule(&sh, ops, shared, sch, LV_LANG_EN, why, sizeof why) == 0, "%s", why);
        ck_assert_int_eq(lv_schedule_check(sch, true, "plan", LV_LANG_EN, why, sizeof why), 0);
        lv_shift_schedule_coverage(sch, LV_SHIFT_OPERATOR, interval_min, cov);
        for (int k = 0; k < n; k++)
            ck_assert_msg(cov[k] == ops->coverage[k], "trial %d interval %d: schedule %d, plan %d", trial, k, cov[k],
                          ops->coverage[k]);
        lv_shift_schedule_coverage(sch, LV_SHIFT_SHARED, interval_min, cov);
        for (int k = 0; k < n; k++)
            ck_assert_int_eq(cov[k], shared->coverage[k]);
        /* Minute by minute too: a band's count is the staff on duty then. */
        int night_sun = ops->count[2][6];
        ck_assert_int_eq(lv_schedule_count(sch, 0, 3 * 60), night_sun); /* Sunday 23:30 to Monday 07:30 */
        ck_assert_int_eq(sch->band_count[LV_HOLIDAY_DAY_TYPE], sch->band_count[6]);
        for (int m = 0; m < 1440; m += 15)
            ck_assert_int_eq(lv_schedule_count(sch, LV_HOLIDAY_DAY_TYPE, m), lv_schedule_count(sch, 6, m));
        if (trial < 2)
            check_as_scenario(sch);
    }
    free(ops);
    free(shared);
    free(sch);
}
END_TEST

/* The `shifts` keys as the loader reads them; a scenario without them has none. */
START_TEST(scenario_keys)
{
    static const char *yaml =
        "demand: {calls_per_hour: 10}\n"
        "calls: {types: [{name: a, share: 100%, talk: 5m}]}\n"
        "centre: {operators: [{days: all, from: '00:00', to: '24:00', count: 2}]}\n"
        "shifts:\n"
        "  patterns:\n"
        "    - {name: day, days: weekdays, start: '07:00', length: 8h30m, min: 1, max: 4, cost_per_hour: 600}\n"
        "    - {name: night, days: [sat, sun], start: '23:00', length: 9h, role: shared}\n"
        "    - {days: all, start: '15:00', length: 8h}\n"
        "  premiums: {night: {from: '21:00', to: '07:00', factor: 1.5}, weekend: 1.25}\n";
    const char *text = yaml;
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_string(text, strlen(text), "x.yaml", &d);
    ck_assert_ptr_nonnull(s);
    const struct lv_shifts *sh = &s->shifts;
    ck_assert_int_eq(sh->pattern_count, 3);
    ck_assert_str_eq(sh->patterns[0].name, "day");
    ck_assert_uint_eq(sh->patterns[0].days, 0x1f);
    ck_assert_int_eq(sh->patterns[0].start_min, 7 * 60);
    ck_assert_int_eq(sh->patterns[0].length_min, 8 * 60 + 30);
    ck_assert_int_eq(sh->patterns[0].min, 1);
    ck_assert_int_eq(sh->patterns[0].max, 4);
    ck_assert_double_eq(sh->patterns[0].cost_per_hour, 600);
    ck_assert_uint_eq(sh->patterns[1].days, 0x60);
    ck_assert_int_eq(sh->patterns[1].role, LV_SHIFT_SHARED);
    ck_assert_int_eq(sh->patterns[1].max, INT32_MAX);
    ck_assert_double_eq(sh->patterns[1].cost_per_hour, 1);
    ck_assert_str_eq(sh->patterns[2].name, "shift3");
    ck_assert_uint_eq(sh->patterns[2].days, 0x7f);
    ck_assert_int_eq(sh->night_from_min, 21 * 60);
    ck_assert_int_eq(sh->night_to_min, 7 * 60);
    ck_assert_double_eq(sh->night_factor, 1.5);
    ck_assert_double_eq(sh->weekend_factor, 1.25);
    lv_scenario_free(s);

    s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", NULL, 0, &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(s->shifts.pattern_count, 0);
    ck_assert_double_eq(s->shifts.night_factor, 1);
    ck_assert_double_eq(s->shifts.weekend_factor, 1);
    lv_scenario_free(s);
    lv_diags_fini(&d);
}
END_TEST

Suite *shifts_suite(void)
{
    Suite *s = suite_create("shifts");
    TCase *t = tcase_create("shifts");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, round_the_clock_by_hand);
    tcase_add_test(t, premium_windows);
    tcase_add_test(t, optimum_equals_brute_force);
    tcase_add_test(t, bounds_respected);
    tcase_add_test(t, infeasible_named);
    tcase_add_test(t, schedule_round_trip);
    tcase_add_test(t, scenario_keys);
    suite_add_tcase(s, t);
    return s;
}
