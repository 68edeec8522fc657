/* staff.h — the staffing optimiser: the fewest phone operators in each interval of the week so
 * that the scenario's service-level target holds, found by simulation (docs/planning.md, "How many
 * nurses do we need?"). One centre: its operators ('count') are planned; its floor and shared
 * nurses, doctors, satellites and everything else stay as the scenario has them. Several centres
 * (interval or week form): every centre's operators are planned by the same search in the same
 * runs, an interval (or the week) of a centre meeting when the share of its own areas' calls
 * answered within target (and abandoned, with a cap) does (lv_layout_site_interval, lv_layout_site);
 * centres pooled or overflowing are thereby planned jointly, each with its neighbours' plan in
 * place; with shift patterns each centre gets its own cheapest plan from them.
 *
 * The search starts from Erlang A per interval on the simulated offered calls and then moves one
 * operator at a time with common random numbers (lv_evaluator): intervals that miss get one more,
 * and operators are taken away in batches of every other interval, a removal kept only if every
 * interval still meets the target (one that fails is restored and not tried again). "Meets" during
 * the search: the ratio estimate of the interval's share answered within the target over all
 * replications is at least the target share. The plan is then run with fresh seeds (seed +
 * LV_STAFF_VERIFY_SEED_STEP): an interval whose 95 % interval lies wholly below the target gets
 * one more operator and the check is repeated, at most LV_STAFF_MAX_REPAIRS times. The week and day
 * forms (enum lv_staff_form) add to the current roster instead, and their check asks the week's
 * point estimate, or each weekday's share of days meeting the target, on fresh seeds. */
#ifndef LVSIM_STAFF_H
#define LVSIM_STAFF_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lvsim/messages.h"
#include "lvsim/override.h"
#include "lvsim/scenario.h"
#include "lvsim/shifts.h"
#include "lvsim/stats.h"

enum lv_staff_form {
    LV_STAFF_FORM_INTERVAL, /* every interval with calls meets the target (the default, strictest) */
    LV_STAFF_FORM_WEEK,     /* the whole week's share meets it: operators are added to the current
                             * roster where one buys the most calls within target (greedy marginal
                             * analysis, Erlang A's relative gain applied to the simulated share);
                             * this form never removes operators */
    LV_STAFF_FORM_DAY,      /* chance-constrained: each day of the week (Monday .. Sunday) meets the
                             * target on at least `probability` of the simulated days; operators are
                             * added to the current roster within the days that fall short, as in
                             * the week form */
};

#define LV_STAFF_VERIFY_SEED_STEP 1000003u
#define LV_STAFF_MAX_REPAIRS 5
#define LV_STAFF_DEFAULT_ITERATIONS 60
/* lvsim staff's replications: enough for LV_STAFF_DEFAULT_DAYS measured days (about 386 weeks of
 * every interval: 100 of the default scenario's 27 days after warm-up, 8 of a year), or the
 * scenario's if more; at least 2. */
#define LV_STAFF_DEFAULT_DAYS 2700
int lv_staff_default_replications(const struct lv_scenario *s);
#define LV_STAFF_FTE_HOURS 37.5 /* hours a week of one full-time nurse */

struct lv_staff_options {
    int replications;        /* >= 2 (an interval needs a spread) */
    uint64_t seed;           /* of the search; the check uses seed + LV_STAFF_VERIFY_SEED_STEP */
    int jobs;                /* >= 1 */
    enum lv_staff_form form;
    double max_abandon;      /* per interval (interval form) or week: abandoned share <= this; 1 = no cap */
    double probability;      /* day form: the share of days that must meet the target, 0 < P < 1 */
    bool from_current;       /* never fewer operators than the scenario's roster in any interval */
    int max_iterations;      /* simulations of the search at most; 0 = LV_STAFF_DEFAULT_ITERATIONS */
    enum lv_language lang;   /* of the message on failure */
    const atomic_bool *cancel; /* optional (NULL): once true, the plan stops at its simulation's next
                              * replication and fails (evaluate.h); borrowed */
};

/* One interval of the week (0 = Monday 00:00). Counts are operators ('count'). */
struct lv_staff_interval {
    int current;              /* the scenario's: the most on duty in the interval */
    int shared, floor;        /* the scenario's shared and floor nurses (most in the interval), kept */
    int erlang;               /* the Erlang A starting point */
    int required;             /* the plan's: the search's requirement (raised by repairs without shifts) */
    int planned;              /* operators on duty (the fewest in the interval): required, or the shift
                               * plan's coverage when the scenario gives shift patterns */
    double calls_per_week;    /* offered calls (the check's estimate) */
    struct lv_estimate current_within; /* share answered within target, current roster (search seeds) */
    struct lv_estimate within;         /* the plan's, on fresh seeds */
    struct lv_estimate abandoned;      /* the plan's abandoned share, on fresh seeds */
    bool meets;               /* the check's rule: within's interval not wholly below the target */
};

/* A centre's plan (several centres; with one, centres[0] repeats the plan's own figures). */
struct lv_staff_centre {
    struct lv_schedule operators;      /* as planned */
    double current_hours, plan_hours;  /* operator-hours a week */
    int failing;                       /* its intervals failing on fresh seeds */
};

struct lv_staff_plan {
    int interval_count;
    int centre_count;                    /* centres planned (1 or the scenario's) */
    struct lv_staff_centre *centres;     /* owned, [centre_count] */
    double interval_s;
    struct lv_staff_interval *intervals; /* owned, [centre_count][interval_count]; with several
                                          * centres their own callers' shares, abandoned NaN */
    struct lv_schedule operators;        /* the (first) centre's operators as planned (loader's form) */
    enum lv_staff_form form;
    double target_share, target_within_s;
    int iterations;              /* simulations of the search */
    bool converged;              /* false: stopped at max_iterations */
    int repairs;                 /* rounds of the check that added operators */
    int failing;                 /* intervals still failing on fresh seeds after the last repair */
    int undecided;               /* of the others, those whose 95 % interval holds the target */
    double max_abandon;          /* the cap asked for (1: none) */
    uint64_t seed, verify_seed;
    int replications;
    struct lv_estimate current_week, plan_week; /* the week's share within target */
    struct lv_estimate current_abandoned, plan_abandoned;
    double current_hours, plan_hours;            /* operator-hours per week (Monday..Sunday) */
    double shared_hours, floor_hours;            /* the shared and floor nurses' hours a week, kept */
    double probability;                          /* day form: asked */
    double current_day_chance[7], day_chance[7]; /* share of the days of each weekday (0 = Monday)
                                                  * that meet the target: today (search seeds) and
                                                  * the plan (fresh seeds); NaN without such days */
    /* With shift patterns of role operator in the scenario's `shifts` (interval form only): each
     * centre's requirement (`required`) goes to lv_shift_solve, the cheapest plans' schedules are
     * what the check simulates, and a repair raises a failing interval's requirement to one above
     * its plan's coverage there and solves again. Patterns of role shared are not planned (the
     * scenario's shared nurses are kept); NULL without operator patterns. */
    struct lv_shift_plan *shifts;                /* owned, [centre_count] */
    int shared_patterns_ignored;                 /* patterns of role shared left out */
    double required_hours;                       /* operator-hours a week the requirement asks */
    double surplus_hours;                        /* plan_hours - required_hours: hours on duty beyond
                                                  * the requirement (changeover overlaps included) */
};

/* Plans the operators of scenario s's centre as described above into *out (free it with
 * lv_staff_plan_fini). Returns 0; -2 with the reason in why (in o->lang) for input that cannot be
 * planned: several centres with the day form, shift patterns with another form than the interval form or none of
 * role operator, shift patterns that cannot cover the requirement (lv_shift_solve's message,
 * naming the hours); -1 with the reason for a bad option or a run that failed. */
int lv_staff_plan(const struct lv_scenario *s, const struct lv_staff_options *o, struct lv_staff_plan *out,
                  char *why, size_t why_size);
void lv_staff_plan_fini(struct lv_staff_plan *p);

/* The scenario (path, or text named `name` when path is NULL, as lv_scenario_render) with the
 * overrides base[0 .. base_count) applied (the command line's --set and --shifts, so that the plan
 * is the scenario that was planned) and its centre's operators replaced by the plan's bands (the shift plan's schedule when there is one):
 * consecutive equal intervals merged per day, holidays staffed as Sundays, the band list written by
 * lv_schedule_render (bands equal on several days once). YAML that lvsim run accepts; malloc'd, or
 * NULL with diagnostics. */
char *lv_staff_scenario_yaml(const char *path, const char *text, const char *name, const struct lv_override *base,
                             int base_count, const struct lv_scenario *s, const struct lv_staff_plan *p,
                             struct lv_diags *diags);

#endif
