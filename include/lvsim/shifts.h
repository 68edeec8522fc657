/* shifts.h — the cheapest shift plan that covers a staffing requirement (docs/planning.md).
 * Given allowed shift patterns (a scenario's `shifts`, struct lv_shifts) and the staff required
 * in each interval of the week, chooses how many staff start each pattern on each of its days so
 * that every interval is covered at least cost: a set-covering integer program. The solver (GLPK)
 * stays behind this header; only sim/study/shifts.c includes it. Intervals are numbered from
 * Monday 00:00: interval k covers week minutes [k * interval_min, (k + 1) * interval_min). */
#ifndef LVSIM_SHIFTS_H
#define LVSIM_SHIFTS_H

#include <stddef.h>

#include "lvsim/messages.h"
#include "lvsim/scenario.h"

#define LV_WEEK_MIN (7 * 1440)
#define LV_SHIFT_MAX_INTERVALS LV_WEEK_MIN /* one-minute intervals */
/* Hours of one full-time equivalent (FTE) a week: 37.5 h, the Norwegian full-time week for day
 * work (arbeidsmiljøloven § 10-4). Rota workers' full time is shorter (35.5 h, or 33.6 h with
 * much night and Sunday work), so heads needed are at least this FTE. */
#define LV_FTE_HOURS_PER_WEEK 37.5

/* A plan for one role. Large (about 80 kB): allocate it. */
struct lv_shift_plan {
    int interval_min, interval_count;
    enum lv_shift_role role;
    int count[LV_MAX_SHIFT_PATTERNS][7]; /* staff who start pattern p on weekday d (0 = Monday) */
    double cost;                         /* a week, premiums included */
    double staff_hours;                  /* a week: the hours of every shift in the plan */
    double fte;                          /* staff_hours / LV_FTE_HOURS_PER_WEEK */
    int coverage[LV_SHIFT_MAX_INTERVALS]; /* the fewest staff on duty at a minute of interval k */
    int surplus[LV_SHIFT_MAX_INTERVALS];  /* coverage minus requirement, >= 0 */
};

/* Whether one shift of pattern p started on weekday `day` is on duty through all of the week
 * minutes [from_min, from_min + minutes), counted from Monday 00:00 and wrapping at the week's end. */
bool lv_shift_covers(const struct lv_shift_pattern *p, int day, int from_min, int minutes);

/* The cost of one person working pattern p once, starting on weekday `day`: the sum over its
 * minutes of cost_per_hour / 60 times the night factor (inside the night window) times the
 * weekend factor (Saturday 00:00 to Monday 00:00). */
double lv_shift_cost(const struct lv_shifts *sh, const struct lv_shift_pattern *p, int day);

/* The fewest staff of `role` on duty at any minute of each interval (into coverage[interval
 * count]) when count[p][d]
 * staff start pattern p on weekday d; patterns of the other role and days a pattern does not
 * start on are ignored. */
void lv_shift_coverage(const struct lv_shifts *sh, enum lv_shift_role role, const int (*count)[7],
                       int interval_min, int *coverage);

/* The cheapest plan: integer counts within each pattern's min..max (per started shift), using the
 * patterns of `role` only, such that every interval k has at least required[k] staff on duty
 * at every minute of it (shifts that change over inside an interval cover it together); required
 * has 7 * 1440 / interval_min entries, each 0..LV_MAX_STAFF (interval_min: a scenario's
 * interval_s / 60, a divisor of 1440). Fills *plan
 * (its counts, cost, hours, FTE, coverage and surplus) and returns 0; otherwise returns -1 with
 * the reason in why, in lang: an interval no pattern covers or whose patterns' max is too low
 * (named, e.g. "no shift pattern covers Sun 03:00–04:00 where 2 staff are required"), an
 * infeasible program, or a solver failure. Ties between plans of equal cost are broken by GLPK.
 * Thread safety: Debian's GLPK keeps its state in one process-wide variable, so calls are
 * serialised by a lock here; do not use GLPK elsewhere in the process while a call runs. GLPK
 * prints nothing (its terminal hook swallows output during the call and is reset to GLPK's
 * default after) and cannot abort: its error hook returns here, and GLPK's environment (every
 * GLPK object of the process) is then freed with glp_free_env. */
int lv_shift_solve(const struct lv_shifts *sh, enum lv_shift_role role, int interval_min, const int *required,
                   struct lv_shift_plan *plan, enum lv_language lang, char *why, size_t why_size);

/* The plan as a staffing schedule (the form of `centre.operators`, for lv_evaluator_set_schedule
 * or a scenario's bands): for every minute of each weekday, count = staff of operator patterns
 * on duty (from `operators`), shared = staff of shared patterns (from `shared`), floor 0 (copy a
 * current roster's floor nurses in if they should stay);
 * a shift running past midnight continues on the next day's bands (Sunday's on Monday's). Public
 * holidays get Sunday's bands. Both plans may be NULL (no staff of that role). Normalised, so it
 * equals what the loader reads from the same bands. Returns 0, or -1 with why when a day would
 * need more than LV_MAX_BANDS bands or nobody is ever on duty. */
int lv_shift_schedule(const struct lv_shifts *sh, const struct lv_shift_plan *operators,
                      const struct lv_shift_plan *shared, struct lv_schedule *out, enum lv_language lang, char *why,
                      size_t why_size);

/* The fewest staff of `role` (count or shared) on duty during each interval of the week under a
 * schedule, Monday to Sunday day types (holidays ignored), into out[7 * 1440 / interval_min]. */
void lv_shift_schedule_coverage(const struct lv_schedule *sch, enum lv_shift_role role, int interval_min, int *out);

#endif
