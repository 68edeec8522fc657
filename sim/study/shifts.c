/* shifts.c — the cheapest shift plan as a set-covering integer program, solved with GLPK (GPL-3,
 * like GSL). One column per (pattern, start day), bounded by the pattern's min..max; one row per
 * interval that needs staff. What can be found without the solver (an interval no pattern covers,
 * or whose patterns' max is too low) is reported before it runs, naming the intervals. This is the
 * only file that includes glpk.h: another MIP solver would replace solve_mip() alone. */
#include "lvsim/shifts.h"
#include "lvsim/messages.h"

#include <glpk.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SATURDAY 5
#define UNLIMITED INT32_MAX /* a pattern's max when the scenario says 'none' */

static void say(char *why, size_t why_size, enum lv_language lang, enum lv_msg id, int argc, const char *const *args)
{
    if (why && why_size)
        lv_msg_expand(why, why_size, lv_msg(id, lang), argc, args);
}

static bool pattern_ok(const struct lv_shift_pattern *p)
{
    return (p->days & 0x7f) != 0 && p->start_min >= 0 && p->start_min < 1440 && p->length_min >= 1 &&
           p->length_min <= 1440 && p->min >= 0 && p->max >= p->min && p->cost_per_hour >= 0 &&
           isfinite(p->cost_per_hour) && (p->role == LV_SHIFT_OPERATOR || p->role == LV_SHIFT_SHARED);
}

bool lv_shift_covers(const struct lv_shift_pattern *p, int day, int from_min, int minutes)
{
    int start = day * 1440 + p->start_min;
    int offset = ((from_min - start) % LV_WEEK_MIN + LV_WEEK_MIN) % LV_WEEK_MIN;
    return offset + minutes <= p->length_min;
}

static bool in_night(const struct lv_shifts *sh, int minute_of_day)
{
    int from = sh->night_from_min, to = sh->night_to_min;
    if (from == to)
        return false;
    return from < to ? minute_of_day >= from && minute_of_day < to : minute_of_day >= from || minute_of_day < to;
}

double lv_shift_cost(const struct lv_shifts *sh, const struct lv_shift_pattern *p, int day)
{
    /* Minutes by class (night?, weekend?), then one product each: exact up to the last rounding. */
    long minutes[2][2] = {{0, 0}, {0, 0}};
    int start = day * 1440 + p->start_min;
    for (int i = 0; i < p->length_min; i++) {
        int w = (start + i) % LV_WEEK_MIN;
        minutes[in_night(sh, w % 1440)][w >= SATURDAY * 1440]++;
    }
    double n = sh->night_factor, e = sh->weekend_factor;
    double weighted = (double)minutes[0][0] + (double)minutes[1][0] * n + (double)minutes[0][1] * e +
                      (double)minutes[1][1] * n * e;
    return p->cost_per_hour * weighted / 60.0;
}

void lv_shift_coverage(const struct lv_shifts *sh, enum lv_shift_role role, const int (*count)[7],
                       int interval_min, int *coverage)
{
    /* Staff on duty minute by minute as a difference array over the week, then the least in
     * each interval. */
    int change[LV_WEEK_MIN + 1] = {0};
    for (int p = 0; p < sh->pattern_count; p++) {
        const struct lv_shift_pattern *pat = &sh->patterns[p];
        if (pat->role != role)
            continue;
        for (int d = 0; d < 7; d++) {
            int c = (pat->days >> d) & 1 ? count[p][d] : 0;
            int from = d * 1440 + pat->start_min, to = from + pat->length_min;
            if (!c)
                continue;
            change[from] += c;
            if (to <= LV_WEEK_MIN) {
                change[to] -= c;
            } else { /* wraps past Sunday midnight into Monday */
                change[LV_WEEK_MIN] -= c;
                change[0] += c;
                change[to - LV_WEEK_MIN] -= c;
            }
        }
    }
    int on = 0, n = LV_WEEK_MIN / interval_min;
    for (int k = 0; k < n; k++) {
        int least = INT_MAX;
        for (int m = k * interval_min; m < (k + 1) * interval_min; m++) {
            on += change[m];
            least = on < least ? on : least;
        }
        coverage[k] = least;
    }
}

/* One column of the program: pattern p started on weekday d. */
struct column {
    int pattern, day;
    double cost;
};

/* "Sun 03:00–04:00" for intervals first..last of one day. */
static void range_label(char *buf, size_t size, int first, int last, int interval_min, enum lv_language lang)
{
    int from = first * interval_min, to = (last + 1) * interval_min;
    int day = from / 1440, to_of_day = to - day * 1440;
    char a[24], b[24];
    snprintf(a, sizeof a, "%02d:%02d", from % 1440 / 60, from % 60);
    snprintf(b, sizeof b, "%02d:%02d", to_of_day / 60, to_of_day % 60);
    const char *args[] = {lv_msg((enum lv_msg)(LV_MSG_MON + day), lang), a, b};
    lv_msg_expand(buf, size, lv_msg(LV_MSG_SUM_OVERLOADED_RANGE, lang), 3, args);
}

/* The pieces of interval k between the columns' shift starts and ends: on each piece the same
 * columns are on duty. Writes the pieces' first minutes (week minutes, ascending) into cuts and
 * returns how many; a piece ends where the next begins, the last at the interval's end. */
static int pieces(const struct lv_shifts *sh, const struct column *cols, int ncols, int interval_min, int k, int *cuts)
{
    int from = k * interval_min, n = 0;
    cuts[n++] = from;
    for (int j = 0; j < ncols; j++) {
        const struct lv_shift_pattern *p = &sh->patterns[cols[j].pattern];
        int ends[2] = {cols[j].day * 1440 + p->start_min, cols[j].day * 1440 + p->start_min + p->length_min};
        for (int e = 0; e < 2; e++) {
            int at = ends[e] % LV_WEEK_MIN;
            if (at <= from || at >= from + interval_min)
                continue;
            int i = n; /* insertion into the sorted list, without repeats */
            while (i > 0 && cuts[i - 1] > at)
                i--;
            if (cuts[i - 1] == at)
                continue;
            memmove(cuts + i + 1, cuts + i, (size_t)(n - i) * sizeof *cuts);
            cuts[i] = at;
            n++;
        }
    }
    return n;
}

static int piece_length(const int *cuts, int n, int i, int interval_min, int k)
{
    return (i + 1 < n ? cuts[i + 1] : (k + 1) * interval_min) - cuts[i];
}

/* The most staff the columns may keep on duty through all of interval k (LLONG_MAX: no limit),
 * and whether every moment of it has some column that could cover it. */
static long long upper_coverage(const struct lv_shifts *sh, const struct column *cols, int ncols, int interval_min,
                                int k, bool *covered)
{
    int cuts[2 * LV_MAX_SHIFT_PATTERNS * 7 + 1];
    int n = pieces(sh, cols, ncols, interval_min, k, cuts);
    long long least = LLONG_MAX;
    *covered = true;
    for (int i = 0; i < n; i++) {
        long long most = 0;
        bool any = false;
        for (int j = 0; j < ncols; j++) {
            const struct lv_shift_pattern *p = &sh->patterns[cols[j].pattern];
            if (!lv_shift_covers(p, cols[j].day, cuts[i], piece_length(cuts, n, i, interval_min, k)))
                continue;
            any = true;
            most = p->max == UNLIMITED || most == LLONG_MAX ? LLONG_MAX : most + p->max;
        }
        *covered &= any;
        least = most < least ? most : least;
    }
    return least;
}

/* Reports the intervals that fail a check before the solver runs: ranges of consecutive failing
 * intervals of one day with the same requirement, at most three, then how many more. */
static int report_short(const struct lv_shifts *sh, const struct column *cols, int ncols, int interval_min,
                        const int *required, enum lv_language lang, char *why, size_t why_size)
{
    int n = LV_WEEK_MIN / interval_min, per_day = 1440 / interval_min;
    size_t used = 0;
    int ranges = 0, more = 0;
    for (int pass = 0; pass < 2; pass++) { /* uncovered intervals first: the likelier mistake */
        for (int k = 0; k < n;) {
            bool covered;
            long long most = required[k] > 0 ? upper_coverage(sh, cols, ncols, interval_min, k, &covered) : 0;
            bool fails = required[k] > 0 && (pass == 0 ? !covered : covered && most < required[k]);
            if (!fails) {
                k++;
                continue;
            }
            int last = k;
            while (last + 1 < n && (last + 1) % per_day != 0 && required[last + 1] == required[k]) {
                bool c2;
                long long m2 = upper_coverage(sh, cols, ncols, interval_min, last + 1, &c2);
                if (pass == 0 ? c2 : !c2 || m2 != most)
                    break;
                last++;
            }
            if (ranges == 3) {
                more += last - k + 1;
            } else if (why && why_size > used) {
                char label[64], text[256];
                range_label(label, sizeof label, k, last, interval_min, lang);
                struct lv_msg_arg r = lv_msg_int(required[k]), m = lv_msg_int(most);
                const char *a0[] = {label, r.s}, *a1[] = {label, m.s, r.s};
                if (pass == 0)
                    lv_msg_expand(text, sizeof text, lv_msg(LV_MSG_E_SHIFT_UNCOVERED, lang), 2, a0);
                else
                    lv_msg_expand(text, sizeof text, lv_msg(LV_MSG_E_SHIFT_TOO_FEW, lang), 3, a1);
                used += (size_t)snprintf(why + used, why_size - used, "%s%s", ranges ? "; " : "", text);
            }
            if (ranges < 3)
                ranges++;
            k = last + 1;
        }
    }
    if (more && why && why_size > used) {
        char text[128];
        struct lv_msg_arg m = lv_msg_int(more);
        const char *args[] = {m.s};
        lv_msg_expand(text, sizeof text, lv_msg(LV_MSG_E_SHIFT_MORE_INTERVALS, lang), 1, args);
        snprintf(why + used, why_size - used, "; %s", text);
    }
    return ranges ? -1 : 0;
}

/* ---- the MIP solver: GLPK ---- */

/* GLPK keeps its environment (terminal switch, error hook, memory) in one process-wide variable
 * in Debian's build (no thread-local storage), so two solves at once would share it: this lock,
 * the one piece of global state here, serialises them. */
static pthread_mutex_t glpk_lock = PTHREAD_MUTEX_INITIALIZER;

/* GLPK aborts the process on an internal error (an invalid argument, memory exhausted) unless
 * an error hook leaves by longjmp; then the environment must be freed (glp_free_env). */
static void glpk_error(void *info)
{
    longjmp(*(jmp_buf *)info, 1);
}

/* GLPK prints its error messages even with terminal output off; this hook swallows all output. */
static int glpk_quiet(void *info, const char *text)
{
    (void)info;
    (void)text;
    return 1;
}

enum { MIP_OK, MIP_INFEASIBLE, MIP_FAILED, MIP_NO_MEMORY };

/* Minimises cost·x over integer x in [lo, hi] (hi < 0: no limit) subject to, for each row r,
 * the sum of x over the columns listed in cover[start[r] .. start[r + 1]) >= need[r]. Writes x;
 * *code gets the solver's return or status code when it fails. */
static int solve_mip(int ncols, const double *cost, const int *lo, const int *hi, int nrows, const int *need,
                     const int *start, const int *cover, int *x, int *code)
{
    int nnz = start[nrows];
    int *ia = malloc(((size_t)nnz + 1) * sizeof *ia), *ja = malloc(((size_t)nnz + 1) * sizeof *ja);
    double *ar = malloc(((size_t)nnz + 1) * sizeof *ar);
    int rc = MIP_NO_MEMORY;
    if (!ia || !ja || !ar)
        goto done;
    for (int r = 0; r < nrows; r++)
        for (int i = start[r]; i < start[r + 1]; i++) {
            ia[i + 1] = r + 1;
            ja[i + 1] = cover[i] + 1;
            ar[i + 1] = 1.0;
        }

    pthread_mutex_lock(&glpk_lock);
    jmp_buf on_error;
    glp_prob *volatile lp = NULL;
    int previous = glp_term_out(GLP_OFF);
    if (setjmp(on_error)) {
        glp_free_env(); /* frees lp with everything GLPK held */
        rc = MIP_FAILED;
        *code = -1;
        pthread_mutex_unlock(&glpk_lock);
        goto done;
    }
    glp_term_hook(glpk_quiet, NULL);
    glp_error_hook(glpk_error, &on_error);
    lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MIN);
    if (nrows)
        glp_add_rows(lp, nrows);
    glp_add_cols(lp, ncols);
    for (int r = 0; r < nrows; r++)
        glp_set_row_bnds(lp, r + 1, GLP_LO, need[r], 0.0);
    for (int j = 0; j < ncols; j++) {
        int type = hi[j] < 0 ? GLP_LO : hi[j] == lo[j] ? GLP_FX : GLP_DB;
        glp_set_col_bnds(lp, j + 1, type, lo[j], hi[j] < 0 ? 0.0 : hi[j]);
        glp_set_col_kind(lp, j + 1, GLP_IV);
        glp_set_obj_coef(lp, j + 1, cost[j]);
    }
    if (nnz)
        glp_load_matrix(lp, nnz, ia, ja, ar);
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_ON; /* solves the LP relaxation itself */
    parm.mip_gap = 0.0;
    parm.tm_lim = 120 * 1000;
    int ret = glp_intopt(lp, &parm);
    int status = ret == 0 ? glp_mip_status(lp) : 0;
    if (ret == GLP_ENOPFS || status == GLP_NOFEAS) {
        rc = MIP_INFEASIBLE;
    } else if (ret != 0 || status != GLP_OPT) {
        rc = MIP_FAILED;
        *code = ret ? ret : status;
    } else {
        for (int j = 0; j < ncols; j++)
            x[j] = (int)lround(glp_mip_col_val(lp, j + 1));
        rc = MIP_OK;
    }
    glp_delete_prob(lp);
    glp_error_hook(NULL, NULL);
    glp_term_hook(NULL, NULL);
    glp_term_out(previous);
    pthread_mutex_unlock(&glpk_lock);
done:
    free(ia);
    free(ja);
    free(ar);
    return rc;
}

/* ---- the plan ---- */

int lv_shift_solve(const struct lv_shifts *sh, enum lv_shift_role role, int interval_min, const int *required,
                   struct lv_shift_plan *plan, enum lv_language lang, char *why, size_t why_size)
{
    if (interval_min < 1 || 1440 % interval_min != 0) {
        struct lv_msg_arg m = lv_msg_int(interval_min);
        const char *args[] = {m.s};
        say(why, why_size, lang, LV_MSG_E_SHIFT_INTERVAL, 1, args);
        return -1;
    }
    int n = LV_WEEK_MIN / interval_min;
    for (int k = 0; k < n; k++)
        if (required[k] < 0 || required[k] > LV_MAX_STAFF) {
            char label[64];
            range_label(label, sizeof label, k, k, interval_min, lang);
            struct lv_msg_arg r = lv_msg_int(required[k]), m = lv_msg_int(LV_MAX_STAFF);
            const char *args[] = {label, r.s, m.s};
            say(why, why_size, lang, LV_MSG_E_SHIFT_REQUIREMENT, 3, args);
            return -1;
        }
    struct column cols[LV_MAX_SHIFT_PATTERNS * 7];
    int ncols = 0;
    for (int p = 0; p < sh->pattern_count && p < LV_MAX_SHIFT_PATTERNS; p++) {
        const struct lv_shift_pattern *pat = &sh->patterns[p];
        if (!pattern_ok(pat)) {
            const char *args[] = {pat->name};
            say(why, why_size, lang, LV_MSG_E_SHIFT_PATTERN_BAD, 1, args);
            return -1;
        }
        if (pat->role != role)
            continue;
        for (int d = 0; d < 7; d++)
            if ((pat->days >> d) & 1)
                cols[ncols++] = (struct column){p, d, lv_shift_cost(sh, pat, d)};
    }
    if (report_short(sh, cols, ncols, interval_min, required, lang, why, why_size) != 0)
        return -1;

    /* Rows: each piece of an interval that needs staff (see pieces()), listing the columns on
     * duty through it. Shifts that start on the hour against hourly intervals give one piece an
     * interval; a shift starting at 07:30 splits 07:00-08:00 into two, each to be covered. */
    int *need = NULL, *start = NULL, *cover = NULL;
    int lo[LV_MAX_SHIFT_PATTERNS * 7], hi[LV_MAX_SHIFT_PATTERNS * 7], x[LV_MAX_SHIFT_PATTERNS * 7];
    double cost[LV_MAX_SHIFT_PATTERNS * 7];
    int rc = -1, code = 0;
    int nrows = 0, nnz = 0;
    int cuts[2 * LV_MAX_SHIFT_PATTERNS * 7 + 1];
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            need = malloc(((size_t)nrows + 1) * sizeof *need);
            start = malloc(((size_t)nrows + 1) * sizeof *start);
            cover = malloc(((size_t)nnz + 1) * sizeof *cover);
            if (!need || !start || !cover) {
                say(why, why_size, lang, LV_MSG_E_SHIFT_NO_MEMORY, 0, NULL);
                goto done;
            }
            nrows = nnz = 0;
        }
        for (int k = 0; k < n; k++) {
            if (required[k] == 0)
                continue;
            int np = pieces(sh, cols, ncols, interval_min, k, cuts);
            for (int i = 0; i < np; i++) {
                if (pass == 1) {
                    need[nrows] = required[k];
                    start[nrows] = nnz;
                }
                nrows++;
                for (int j = 0; j < ncols; j++)
                    if (lv_shift_covers(&sh->patterns[cols[j].pattern], cols[j].day, cuts[i],
                                        piece_length(cuts, np, i, interval_min, k))) {
                        if (pass == 1)
                            cover[nnz] = j;
                        nnz++;
                    }
            }
        }
    }
    start[nrows] = nnz;
    for (int j = 0; j < ncols; j++) {
        const struct lv_shift_pattern *pat = &sh->patterns[cols[j].pattern];
        lo[j] = pat->min;
        hi[j] = pat->max == UNLIMITED ? -1 : pat->max;
        cost[j] = cols[j].cost;
        x[j] = pat->min;
    }
    int mip = ncols ? solve_mip(ncols, cost, lo, hi, nrows, need, start, cover, x, &code) : MIP_OK;
    if (mip == MIP_INFEASIBLE) {
        say(why, why_size, lang, LV_MSG_E_SHIFT_INFEASIBLE, 0, NULL);
        goto done;
    }
    if (mip == MIP_NO_MEMORY) {
        say(why, why_size, lang, LV_MSG_E_SHIFT_NO_MEMORY, 0, NULL);
        goto done;
    }
    if (mip != MIP_OK) {
        struct lv_msg_arg c = lv_msg_int(code);
        const char *args[] = {c.s};
        say(why, why_size, lang, LV_MSG_E_SHIFT_SOLVER, 1, args);
        goto done;
    }

    memset(plan, 0, sizeof *plan);
    plan->interval_min = interval_min;
    plan->interval_count = n;
    plan->role = role;
    long minutes = 0;
    for (int j = 0; j < ncols; j++) {
        plan->count[cols[j].pattern][cols[j].day] = x[j];
        plan->cost += x[j] * cols[j].cost;
        minutes += (long)x[j] * sh->patterns[cols[j].pattern].length_min;
    }
    plan->staff_hours = minutes / 60.0;
    plan->fte = plan->staff_hours / LV_FTE_HOURS_PER_WEEK;
    lv_shift_coverage(sh, role, (const int (*)[7])plan->count, interval_min, plan->coverage);
    rc = 0;
    for (int k = 0; k < n; k++) {
        plan->surplus[k] = plan->coverage[k] - required[k];
        if (plan->surplus[k] < 0) { /* the solver's answer must cover: a bug if not */
            struct lv_msg_arg c = lv_msg_int(-2);
            const char *args[] = {c.s};
            say(why, why_size, lang, LV_MSG_E_SHIFT_SOLVER, 1, args);
            rc = -1;
            break;
        }
    }
done:
    free(need);
    free(start);
    free(cover);
    return rc;
}

/* ---- plans as schedules ---- */

/* Adds a plan's staff of `role`, minute by minute of the week, into on_duty. */
static void add_minutes(const struct lv_shifts *sh, const struct lv_shift_plan *plan, enum lv_shift_role role,
                        int *on_duty)
{
    for (int p = 0; p < sh->pattern_count; p++) {
        const struct lv_shift_pattern *pat = &sh->patterns[p];
        if (pat->role != role)
            continue;
        for (int d = 0; d < 7; d++) {
            int c = (pat->days >> d) & 1 ? plan->count[p][d] : 0;
            for (int i = 0; c && i < pat->length_min; i++)
                on_duty[(d * 1440 + pat->start_min + i) % LV_WEEK_MIN] += c;
        }
    }
}

int lv_shift_schedule(const struct lv_shifts *sh, const struct lv_shift_plan *operators,
                      const struct lv_shift_plan *shared, struct lv_schedule *out, enum lv_language lang, char *why,
                      size_t why_size)
{
    int *staff = calloc(2 * (size_t)LV_WEEK_MIN, sizeof *staff); /* [0]: operators, [1]: shared */
    if (!staff) {
        say(why, why_size, lang, LV_MSG_E_SHIFT_NO_MEMORY, 0, NULL);
        return -1;
    }
    if (operators)
        add_minutes(sh, operators, LV_SHIFT_OPERATOR, staff);
    if (shared)
        add_minutes(sh, shared, LV_SHIFT_SHARED, staff + LV_WEEK_MIN);
    memset(out, 0, sizeof *out);
    int rc = 0;
    for (int d = 0; d < 7 && rc == 0; d++) {
        int nb = 0;
        for (int m = 0; m < 1440; m++) {
            int a = staff[d * 1440 + m], b = staff[LV_WEEK_MIN + d * 1440 + m];
            struct lv_band *last = nb ? &out->bands[d][nb - 1] : NULL;
            if (last && last->count == a && last->shared == b) {
                last->to_min = m + 1;
                continue;
            }
            if (nb == LV_MAX_BANDS) {
                struct lv_msg_arg max = lv_msg_int(LV_MAX_BANDS);
                const char *args[] = {max.s, lv_msg((enum lv_msg)(LV_MSG_MON + d), lang)};
                say(why, why_size, lang, LV_MSG_E_SHIFT_TOO_MANY_BANDS, 2, args);
                rc = -1;
                break;
            }
            out->bands[d][nb++] = (struct lv_band){.from_min = m, .to_min = m + 1, .count = a, .shared = b};
        }
        out->band_count[d] = nb;
    }
    free(staff);
    if (rc != 0)
        return rc;
    /* Holidays take Sunday's bands: the weekend roster, as centres staff them. */
    out->band_count[LV_HOLIDAY_DAY_TYPE] = out->band_count[6];
    memcpy(out->bands[LV_HOLIDAY_DAY_TYPE], out->bands[6], sizeof out->bands[6]);
    if (lv_schedule_check(out, true, lv_msg(LV_MSG_P_SHIFT_PLAN, lang), lang, why, why_size) != 0)
        return -1;
    lv_schedule_normalise(out);
    return 0;
}

void lv_shift_schedule_coverage(const struct lv_schedule *sch, enum lv_shift_role role, int interval_min, int *out)
{
    int n = LV_WEEK_MIN / interval_min;
    for (int k = 0; k < n; k++) {
        int from = k * interval_min, day = from / 1440, m0 = from % 1440;
        int least = INT_MAX;
        for (int b = 0; b < sch->band_count[day]; b++) {
            const struct lv_band *band = &sch->bands[day][b];
            if (band->to_min > m0 && band->from_min < m0 + interval_min) {
                int c = role == LV_SHIFT_SHARED ? band->shared : band->count;
                least = c < least ? c : least;
            }
        }
        out[k] = least == INT_MAX ? 0 : least;
    }
}
