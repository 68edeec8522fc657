/* report.c — the report model: builders that turn a summary or a comparison into rows, the value
 * formats, and the plain-text renderer; see report.h. Builders decide what is shown, never how. */
#include "lvsim/report.h"
#include "lvsim/date.h"
#include "lvsim/version.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void lv_report_init(struct lv_report *rep) { *rep = (struct lv_report){0}; }

void lv_report_fini(struct lv_report *rep)
{
    if (!rep)
        return;
    free(rep->rows);
    *rep = (struct lv_report){0};
}

/* ---- building rows ---- */

#define NO_VALUE ((struct lv_report_value){.format = LV_FMT_NONE})

static struct lv_report_value val(enum lv_report_format f, double v)
{
    return (struct lv_report_value){.format = f, .value = v};
}
static struct lv_report_value val_ci(enum lv_report_format f, const struct lv_estimate *e)
{
    return (struct lv_report_value){.format = f, .value = e->mean, .half_width = e->half_width};
}
/* An estimate's mean, marked as a lower bound where it is a censored quantile. */
static struct lv_report_value val_est(enum lv_report_format f, const struct lv_estimate *e)
{
    return (struct lv_report_value){.format = f, .value = e->mean, .censored = e->censored > 0};
}
static struct lv_report_value val_msg(enum lv_msg m) { return (struct lv_report_value){.format = LV_FMT_MSG, .msg = m}; }
static struct lv_report_value val_text(const char *t) { return (struct lv_report_value){.format = LV_FMT_TEXT, .text = t}; }
static struct lv_report_value val_whole(unsigned long long w)
{
    return (struct lv_report_value){.format = LV_FMT_WHOLE, .whole = w};
}

/* A new row at the end of rep; on running out of memory a scratch row that is dropped. */
static struct lv_report_row *add_row(struct lv_report *rep, enum lv_report_row_kind kind, enum lv_msg label)
{
    static _Thread_local struct lv_report_row scratch;
    if (rep->count == rep->capacity) {
        int cap = rep->capacity ? 2 * rep->capacity : 32;
        struct lv_report_row *rows = realloc(rep->rows, (size_t)cap * sizeof *rows);
        if (!rows) {
            rep->failed = true;
            scratch = (struct lv_report_row){0};
            return &scratch;
        }
        rep->rows = rows;
        rep->capacity = cap;
    }
    struct lv_report_row *row = &rep->rows[rep->count++];
    *row = (struct lv_report_row){.kind = kind, .label = label, .metric = -1};
    return row;
}

static struct lv_report_row *add_figure(struct lv_report *rep, enum lv_msg label, struct lv_report_value v)
{
    struct lv_report_row *row = add_row(rep, LV_ROW_FIGURE, label);
    row->value = v;
    return row;
}

/* Appends a detail with n arguments from args. */
static void add_part(struct lv_report_row *row, enum lv_report_sep sep, enum lv_msg text, int n,
                     const struct lv_report_value *args)
{
    assert(row->part_count < LV_REPORT_PARTS && n <= LV_REPORT_ARGS);
    struct lv_report_part *p = &row->parts[row->part_count++];
    *p = (struct lv_report_part){.sep = sep, .text = text, .arg_count = n};
    for (int i = 0; i < n; i++)
        p->args[i] = args[i];
}
#define PART(row, sep, text, ...)                                                                                     \
    add_part(row, sep, text, (int)(sizeof((struct lv_report_value[]){__VA_ARGS__}) / sizeof(struct lv_report_value)), \
             (struct lv_report_value[]){__VA_ARGS__})

static void add_cell(struct lv_report_row *row, struct lv_report_value v)
{
    assert(row->cell_count < LV_REPORT_CELLS);
    row->cells[row->cell_count++] = v;
}

/* lv_report_interval for intervals of len seconds. */
static void interval_times(double len, int k, int *weekday, int *from_min, int *to_min)
{
    int from = (int)lround(k * len / 60) % (7 * 1440), to = (int)lround((k + 1) * len / 60) % (7 * 1440);
    int day = from / 1440, end = to - day * 1440;
    if (end <= 0) /* the week's last interval: its end wrapped to Monday 00:00 */
        end += 7 * 1440;
    *weekday = day;
    *from_min = from % 1440;
    *to_min = end;
}

void lv_report_interval(const struct lv_results *r, int k, int *weekday, int *from_min, int *to_min)
{
    interval_times(r->scenario->interval_s, k, weekday, from_min, to_min);
}

/* Indices of the three lowest finite values, lowest first; -1 where there are fewer. */
static void lowest_three(const double *v, int n, int out[3])
{
    out[0] = out[1] = out[2] = -1;
    for (int i = 0; i < n; i++) {
        if (!isfinite(v[i]))
            continue;
        for (int j = 0; j < 3; j++)
            if (out[j] < 0 || v[i] < v[out[j]]) {
                for (int q = 2; q > j; q--)
                    out[q] = out[q - 1];
                out[j] = i;
                break;
            }
    }
}

int lv_report_worst_intervals(double *share, const double *half_width, int n, double week_share,
                              double week_half_width, int worst[3])
{
    for (int k = 0; k < n; k++) {
        bool stands_out =
            share[k] + 2 * half_width[k] < week_share - (isfinite(week_half_width) ? week_half_width : 0);
        share[k] = stands_out ? share[k] : NAN; /* no interval (one replication): none is judged */
    }
    lowest_three(share, n, worst);
    int found = 0;
    while (found < 3 && worst[found] >= 0)
        found++;
    return found;
}

/* Row order for planners: see report.h. */
struct ranked {
    int index;
    double key;
    int group;
};

static int by_rank(const void *a, const void *b)
{
    const struct ranked *x = a, *y = b;
    if (x->group != y->group)
        return x->group - y->group;
    bool xn = !isfinite(x->key), yn = !isfinite(y->key);
    if (xn != yn)
        return xn ? 1 : -1;
    if (!xn && x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->index - y->index;
}

int lv_report_rank(int n, const double *keys, const int *groups, int *order)
{
    struct ranked *rows = malloc((size_t)(n > 0 ? n : 1) * sizeof *rows);
    if (!rows)
        return -1;
    for (int i = 0; i < n; i++)
        rows[i] = (struct ranked){i, keys[i], groups ? groups[i] : 0};
    qsort(rows, (size_t)n, sizeof *rows, by_rank);
    for (int i = 0; i < n; i++)
        order[i] = rows[i].index;
    free(rows);
    return 0;
}

/* Several centres: how many meet the target, the worst, and calls answered by partners. */
static int summary_centres(struct lv_report *rep, const struct lv_results *r, const struct lv_summary *s)
{
    const struct lv_scenario *sc = r->scenario;
    struct lv_report_row *row = add_figure(rep, LV_MSG_SUM_CENTRES, NO_VALUE);
    PART(row, LV_SEP_SPACE, LV_MSG_SUM_CENTRES_DETAIL, val_whole((unsigned long long)s->centres_by_band[0]),
         val_whole((unsigned long long)sc->centre_count), val_whole((unsigned long long)s->centres_by_band[1]),
         val_whole((unsigned long long)s->centres_by_band[2]));

    double keys[LV_MAX_SITES];
    int groups[LV_MAX_SITES], order[LV_MAX_SITES];
    for (int x = 0; x < s->site_count; x++) {
        keys[x] = s->sites[x][LV_S_WITHIN_TARGET].mean;
        groups[x] = sc->sites[x].satellite;
    }
    if (lv_report_rank(s->site_count, keys, groups, order) != 0)
        return -1;
    row = add_figure(rep, LV_MSG_SUM_WORST_CENTRES, NO_VALUE);
    for (int i = 0, shown = 0; i < s->site_count && shown < 5; i++) {
        int x = order[i];
        if (sc->sites[x].satellite || !isfinite(s->sites[x][LV_S_WITHIN_TARGET].mean))
            continue;
        PART(row, shown++ ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_NAMED_SHARE, val_text(sc->sites[x].name),
             val(LV_FMT_PERCENT0, s->sites[x][LV_S_WITHIN_TARGET].mean));
    }
    /* The three worst hours of any centre, among those with at least one call a week that stand
     * out: below their centre's week share by more than twice their interval (as the worst hours
     * of the whole: with many centre-hours, some lie an interval below by chance alone). */
    int cells = s->site_interval_sites * s->interval_count, worst[3];
    double *share = malloc((size_t)(cells > 0 ? cells : 1) * sizeof *share);
    if (!share)
        return -1;
    bool judged = false;
    for (int i = 0; i < cells; i++) {
        const struct lv_estimate *e = &s->site_intervals[i][LV_SI_WITHIN_TARGET];
        const struct lv_estimate *week = &s->sites[i / s->interval_count][LV_S_WITHIN_TARGET];
        judged |= isfinite(e->half_width);
        bool stands_out = s->site_intervals[i][LV_SI_CALLS_PER_WEEK].mean >= 1 &&
                          e->mean + 2 * e->half_width < week->mean - (isfinite(week->half_width) ? week->half_width : 0);
        share[i] = stands_out ? e->mean : NAN; /* no interval (one replication): none is judged */
    }
    lowest_three(share, cells, worst);
    free(share);
    if (cells > 0) {
        bool hourly = sc->interval_s == 3600;
        row = add_figure(rep, hourly ? LV_MSG_SUM_WORST_CENTRE_HOURS : LV_MSG_SUM_WORST_CENTRE_INTERVALS, NO_VALUE);
        if (worst[0] < 0)
            PART(row, LV_SEP_SPACE, !judged  ? LV_MSG_SUM_WORST_NOT_JUDGED
                                    : hourly ? LV_MSG_SUM_NO_HOUR_STANDS_OUT
                                             : LV_MSG_SUM_NO_INTERVAL_STANDS_OUT);
        for (int j = 0; j < 3 && worst[j] >= 0; j++) {
            int day, from, to;
            lv_report_interval(r, worst[j] % s->interval_count, &day, &from, &to);
            PART(row, j ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_CENTRE_INTERVAL_ITEM,
                 val_text(sc->sites[worst[j] / s->interval_count].name), val_msg((enum lv_msg)(LV_MSG_MON + day)),
                 val(LV_FMT_MINUTE, from), val(LV_FMT_MINUTE, to),
                 val(LV_FMT_PERCENT0, s->site_intervals[worst[j]][LV_SI_WITHIN_TARGET].mean));
        }
    }
    double elsewhere = 0, calls = 0;
    for (int x = 0; x < sc->centre_count; x++) {
        double n = s->sites[x][LV_S_CALLS_PER_DAY].mean, e = s->sites[x][LV_S_ANSWERED_ELSEWHERE].mean;
        if (isfinite(n) && isfinite(e)) {
            calls += n;
            elsewhere += n * e;
        }
    }
    if (elsewhere > 0) {
        row = add_figure(rep, LV_MSG_SUM_PARTNERS, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_PARTNERS_DETAIL, val(LV_FMT_PERCENT1, calls > 0 ? elsewhere / calls : 0));
    }
    return 0;
}

/* A run of consecutive overloaded intervals of the week: the first and how many. */
struct overload_range {
    int first, count;
    double queue; /* the highest mean queue length in it */
};

static int by_first(const void *a, const void *b)
{
    const struct overload_range *x = a, *y = b;
    return x->first - y->first;
}

static int by_queue(const void *a, const void *b)
{
    const struct overload_range *x = a, *y = b;
    if (x->queue != y->queue)
        return x->queue > y->queue ? -1 : 1;
    return x->first - y->first;
}

/* The flagged intervals of the week (flags[n]) as ranges of consecutive ones (over midnight, and
 * from Sunday into Monday), in the order of the week, each with the highest mean queue in it
 * (queue NULL: 0). Returns how many (one of n intervals: the whole week). */
static int overload_ranges(const bool *flags, int n, const double *queue, struct overload_range *ranges)
{
    int origin = 0, count = 0;
    while (origin < n && flags[origin])
        origin++;
    if (origin == n) { /* the whole week */
        ranges[count++] = (struct overload_range){0, n, 0};
        return count;
    }
    for (int j = 1; j <= n; j++) {
        int k = (origin + j) % n;
        if (!flags[k])
            continue;
        double q = queue ? queue[k] : 0;
        q = isfinite(q) ? q : 0;
        if (flags[(k + n - 1) % n] && count > 0) {
            ranges[count - 1].count++;
            if (q > ranges[count - 1].queue)
                ranges[count - 1].queue = q;
        } else {
            ranges[count++] = (struct overload_range){k, 1, q};
        }
    }
    return count;
}

/* Range g's weekdays and clock times: from on day, to end on last_day (the next day's 00:00 for
 * a range ending at midnight). */
static void range_times(double interval_s, const struct overload_range *g, int n, int *day, int *from,
                        int *last_day, int *end)
{
    int to, last_from;
    interval_times(interval_s, g->first, day, from, &to);
    interval_times(interval_s, (g->first + g->count - 1) % n, last_day, &last_from, end);
    if (*last_day != *day && *end >= 1440) {
        *last_day = (*last_day + *end / 1440) % 7;
        *end %= 1440;
    }
}

/* The overload warning: the overloaded intervals as ranges of consecutive ones, in the order of
 * the week. Up to four are named; when there are more, the three with the longest queues and how
 * many others. */
static int summary_overload(struct lv_report *rep, const struct lv_overload_week *w)
{
    int n = w->n;
    struct overload_range *ranges = malloc((size_t)(n > 0 ? n : 1) * sizeof *ranges);
    if (!ranges)
        return -1;
    int count = overload_ranges(w->overloaded, n, w->queue, ranges);
    int named = count <= 4 ? count : 3;
    if (named < count)
        qsort(ranges, (size_t)count, sizeof *ranges, by_queue);
    qsort(ranges, (size_t)named, sizeof *ranges, by_first);
    struct lv_report_row *row = add_figure(rep, LV_MSG_SUM_OVERLOADED, NO_VALUE);
    add_part(row, LV_SEP_SPACE, LV_MSG_SUM_OVERLOADED_DETAIL, 0, NULL);
    if (count == 1 && ranges[0].count == n)
        add_part(row, LV_SEP_SPACE, LV_MSG_SUM_OVERLOADED_ALL, 0, NULL);
    for (int i = 0; i < named && ranges[i].count < n; i++) {
        int day, from, last_day, end;
        range_times(w->interval_s, &ranges[i], n, &day, &from, &last_day, &end);
        enum lv_report_sep sep = i ? LV_SEP_COMMA : LV_SEP_SPACE;
        if (last_day == day)
            PART(row, sep, LV_MSG_SUM_OVERLOADED_RANGE, val_msg((enum lv_msg)(LV_MSG_MON + day)), val(LV_FMT_MINUTE, from),
                 val(LV_FMT_MINUTE, end));
        else
            PART(row, sep, LV_MSG_SUM_OVERLOADED_SPAN, val_msg((enum lv_msg)(LV_MSG_MON + day)), val(LV_FMT_MINUTE, from),
                 val_msg((enum lv_msg)(LV_MSG_MON + last_day)), val(LV_FMT_MINUTE, end));
    }
    if (named < count)
        PART(row, LV_SEP_COMMA, LV_MSG_SUM_OVERLOADED_MORE, val_whole((unsigned long long)(count - named)));
    add_part(row, LV_SEP_SPACE, LV_MSG_SUM_OVERLOADED_TAIL, 0, NULL);
    free(ranges);
    return 0;
}

/* With several centres, the centres whose own queue does not drain (lv_summary.site_overloaded):
 * up to three, those with the most overloaded intervals first, each with its longest range and
 * how many other ranges it has; then how many other centres. */
static int summary_centre_overload(struct lv_report *rep, const struct lv_overload_week *w)
{
    int n = w->n, sites = w->sites < LV_MAX_SITES ? w->sites : LV_MAX_SITES;
    struct overload_range *ranges = malloc((size_t)(n > 0 ? n : 1) * sizeof *ranges);
    int *hours = calloc((size_t)(sites > 0 ? sites : 1), sizeof *hours);
    if (!ranges || !hours) {
        free(ranges);
        free(hours);
        return -1;
    }
    int order[LV_MAX_SITES], listed = 0;
    for (int x = 0; x < sites; x++) {
        for (int k = 0; k < n; k++)
            hours[x] += w->site_overloaded[x * n + k];
        if (hours[x] == 0)
            continue;
        int at = listed++; /* insertion by most overloaded intervals, then site order */
        while (at > 0 && hours[order[at - 1]] < hours[x]) {
            order[at] = order[at - 1];
            at--;
        }
        order[at] = x;
    }
    struct lv_report_row *row = add_figure(rep, LV_MSG_SUM_OVERLOADED_CENTRES, NO_VALUE);
    int named = listed <= 4 ? listed : 3;
    for (int i = 0; i < named; i++) {
        int x = order[i];
        int count = overload_ranges(&w->site_overloaded[x * n], n, NULL, ranges), longest = 0;
        for (int j = 1; j < count; j++) /* ties: the earlier in the week */
            if (ranges[j].count > ranges[longest].count ||
                (ranges[j].count == ranges[longest].count && ranges[j].first < ranges[longest].first))
                longest = j;
        enum lv_report_sep sep = i ? LV_SEP_COMMA : LV_SEP_SPACE;
        struct lv_report_value name = val_text(w->site_names[x]), more = val_whole((unsigned long long)(count - 1));
        if (ranges[longest].count == n) {
            PART(row, sep, LV_MSG_SUM_OVERLOADED_CENTRE_ALL, name);
            continue;
        }
        int day, from, last_day, end;
        range_times(w->interval_s, &ranges[longest], n, &day, &from, &last_day, &end);
        struct lv_report_value d = val_msg((enum lv_msg)(LV_MSG_MON + day)), f = val(LV_FMT_MINUTE, from),
                               e = val(LV_FMT_MINUTE, end), ld = val_msg((enum lv_msg)(LV_MSG_MON + last_day));
        if (last_day == day && count == 1)
            PART(row, sep, LV_MSG_SUM_OVERLOADED_CENTRE, name, d, f, e);
        else if (last_day == day)
            PART(row, sep, LV_MSG_SUM_OVERLOADED_CENTRE_MORE, name, d, f, e, more);
        else if (count == 1)
            PART(row, sep, LV_MSG_SUM_OVERLOADED_CENTRE_SPAN, name, d, f, ld, e);
        else
            PART(row, sep, LV_MSG_SUM_OVERLOADED_CENTRE_SPAN_MORE, name, d, f, ld, e, more);
    }
    if (named < listed)
        PART(row, LV_SEP_COMMA, LV_MSG_SUM_OVERLOADED_CENTRES_MORE, val_whole((unsigned long long)(listed - named)));
    PART(row, LV_SEP_SPACE, LV_MSG_SUM_OVERLOADED_CENTRES_TAIL, val(LV_FMT_PERCENT0, LV_OVERLOAD_CENTRE_WITHIN),
         val(LV_FMT_THRESHOLD, w->target_within_s));
    free(ranges);
    free(hours);
    return 0;
}

int lv_report_overload(struct lv_report *rep, const struct lv_overload_week *w)
{
    bool any = false, any_site = false;
    for (int k = 0; w->overloaded && k < w->n; k++)
        any = any || w->overloaded[k];
    for (int k = 0; w->site_overloaded && k < w->sites * w->n; k++)
        any_site = any_site || w->site_overloaded[k];
    if (any && summary_overload(rep, w) != 0)
        return -1;
    if (any_site && summary_centre_overload(rep, w) != 0)
        return -1;
    return rep->failed ? -1 : 0;
}

/* The clinical side of the summary: outcomes, doctors' waits, backup, waiting room. */
static void summary_clinical(struct lv_report *rep, const struct lv_results *r, const struct lv_summary *s)
{
    const struct lv_scenario *sc = r->scenario;
    const struct lv_estimate *h = s->headline;
    struct lv_report_row *row = add_figure(rep, LV_MSG_SUM_OUTCOMES, NO_VALUE);
    double calls = 0, shares[LV_DISPOSITIONS] = {0};
    for (int u = 0; u < 3; u++) {
        double n = s->urgencies[u][LV_U_CALLS_PER_DAY].mean;
        if (!isfinite(n))
            continue;
        calls += n;
        for (int d = 0; d < LV_DISPOSITIONS; d++)
            if (isfinite(s->urgencies[u][LV_U_ADVICE + d].mean))
                shares[d] += n * s->urgencies[u][LV_U_ADVICE + d].mean;
    }
    for (int d = 0; d < LV_DISPOSITIONS; d++)
        PART(row, d ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_NAMED_SHARE, val_msg((enum lv_msg)(LV_MSG_ADVICE + d)),
             val(LV_FMT_PERCENT1, calls > 0 ? shares[d] / calls : 0.0));
    /* The wait at the centre, by urgency, where the priority shows; travel apart (docs/MODEL.md §3). */
    row = add_figure(rep, LV_MSG_SUM_DOCTOR_WAIT, NO_VALUE);
    for (int u = 0; u < 3; u++)
        PART(row, u ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_DOCTOR_WAIT_ITEM, val_msg((enum lv_msg)(LV_MSG_RED + u)),
             val(LV_FMT_CLOCK, s->urgencies[u][LV_U_CENTRE_WAIT_MEAN].mean),
             val_est(LV_FMT_CLOCK, &s->urgencies[u][LV_U_CENTRE_WAIT_P90]));
    add_part(row, LV_SEP_GAP,
             sc->site_count > sc->centre_count ? LV_MSG_SUM_DOCTOR_WAIT_DETAIL_SATELLITES : LV_MSG_SUM_DOCTOR_WAIT_DETAIL, 0,
             NULL);
    row = add_figure(rep, LV_MSG_SUM_TRAVEL, NO_VALUE);
    for (int u = 0; u < 3; u++)
        PART(row, u ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_TRAVEL_ITEM, val_msg((enum lv_msg)(LV_MSG_RED + u)),
             val(LV_FMT_CLOCK, s->urgencies[u][LV_U_TRAVEL_MEAN].mean));
    row = add_figure(rep, LV_MSG_SUM_RED_SEEN, val_ci(LV_FMT_SHARE, &h[LV_M_RED_SEEN_WITHIN]));
    row->label_arg = val(LV_FMT_THRESHOLD, sc->clinical.red_within_s);
    row->metric = LV_M_RED_SEEN_WITHIN;
    add_part(row, LV_SEP_GAP, LV_MSG_SUM_RED_SEEN_DETAIL, 0, NULL);
    if (sc->clinical.red_preempts) {
        row = add_figure(rep, LV_MSG_SUM_PREEMPTIONS, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_PREEMPTIONS_DETAIL, val(LV_FMT_FIXED1, h[LV_M_PREEMPTIONS].mean));
    }
    if (isfinite(h[LV_M_HOME_RESPONSE_MEAN].mean)) {
        row = add_figure(rep, LV_MSG_SUM_HOME_RESPONSE, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_HOME_RESPONSE_DETAIL, val(LV_FMT_CLOCK, h[LV_M_HOME_RESPONSE_MEAN].mean),
             val_est(LV_FMT_CLOCK, &h[LV_M_HOME_RESPONSE_P90]));
    }
    row = add_figure(rep, LV_MSG_SUM_DOCTOR_UTILISATION, val(LV_FMT_PERCENT0, h[LV_M_DOCTOR_UTILISATION].mean));
    row->metric = LV_M_DOCTOR_UTILISATION;
    PART(row, LV_SEP_GAP, LV_MSG_SUM_ON_DUTY_DETAIL, val(LV_FMT_FIXED1, h[LV_M_DOCTORS].mean));
    if (lv_scenario_has_backup(sc)) {
        row = add_figure(rep, LV_MSG_SUM_BACKUP, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_BACKUP_DETAIL, val(LV_FMT_FIXED1, h[LV_M_BACKUP_ACTIVATIONS].mean),
             val(LV_FMT_FIXED1, h[LV_M_BACKUP_RED_ACTIVATIONS].mean), val(LV_FMT_FIXED1, h[LV_M_BACKUP_HOURS].mean));
    }
    if (sc->site_count > sc->centre_count) {
        double patients = 0, video = 0, saved = 0;
        for (int x = 0; x < sc->site_count; x++) {
            if (sc->sites[x].satellite && isfinite(s->sites[x][LV_S_SATELLITE_PATIENTS_PER_DAY].mean))
                patients += s->sites[x][LV_S_SATELLITE_PATIENTS_PER_DAY].mean;
            if (!sc->sites[x].satellite && isfinite(s->sites[x][LV_S_VIDEO_HOURS_PER_DAY].mean))
                video += s->sites[x][LV_S_VIDEO_HOURS_PER_DAY].mean;
        }
        for (int k = 0; k < sc->area_count; k++)
            if (isfinite(s->areas[k][LV_A_TRAVEL_SAVED_HOURS_PER_DAY].mean))
                saved += s->areas[k][LV_A_TRAVEL_SAVED_HOURS_PER_DAY].mean;
        row = add_figure(rep, LV_MSG_SUM_SATELLITES, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_SATELLITES_DETAIL, val(LV_FMT_FIXED1, patients), val(LV_FMT_FIXED1, video),
             val(LV_FMT_FIXED1, saved));
    }
    row = add_figure(rep, LV_MSG_SUM_WAITING_ROOM, NO_VALUE);
    PART(row, LV_SEP_SPACE, LV_MSG_SUM_WAITING_ROOM_DETAIL, val(LV_FMT_FIXED1, h[LV_M_WAITING_ROOM].mean));
    if (isfinite(h[LV_M_WALK_INS_PER_DAY].mean))
        PART(row, LV_SEP_GAP, LV_MSG_SUM_WALK_INS_DETAIL, val(LV_FMT_FIXED0, h[LV_M_WALK_INS_PER_DAY].mean));
}

int lv_report_summary(struct lv_report *rep, const struct lv_results *r, const struct lv_summary *s)
{
    const struct lv_scenario *sc = r->scenario;
    const struct lv_estimate *h = s->headline;
    struct lv_report_row *row = add_row(rep, LV_ROW_TEXT, LV_MSG_SUM_TITLE);
    PART(row, LV_SEP_NONE, LV_MSG_SUM_TITLE, val_text(LV_VERSION), val_text(sc->source), val_text(sc->name),
         val(LV_FMT_G4, sc->horizon_s / 86400), val_whole((unsigned long long)r->replications),
         val_whole((unsigned long long)r->seed));
    int n = s->interval_count;
    double *queue = malloc((size_t)(n > 0 ? n : 1) * sizeof *queue);
    const char *names[LV_MAX_SITES];
    if (!queue)
        return -1;
    for (int k = 0; k < n; k++)
        queue[k] = s->intervals[k][LV_I_QUEUE_LENGTH].mean;
    int sites = s->site_interval_sites < LV_MAX_SITES ? s->site_interval_sites : LV_MAX_SITES;
    for (int x = 0; x < sites; x++)
        names[x] = sc->sites[x].name;
    struct lv_overload_week overload = {.n = n, .interval_s = sc->interval_s, .overloaded = s->overloaded, .queue = queue,
                                    .sites = s->site_overloaded_count > 0 ? sites : 0,
                                    .site_overloaded = s->site_overloaded, .site_names = names,
                                    .target_within_s = sc->target_within_s};
    int failed = lv_report_overload(rep, &overload);
    free(queue);
    if (failed)
        return -1;

    row = add_figure(rep, LV_MSG_SUM_CALLS_OFFERED, val_ci(LV_FMT_COUNT_CI, &h[LV_M_CALLS_OFFERED]));
    row->metric = LV_M_CALLS_OFFERED;
    PART(row, LV_SEP_GAP, LV_MSG_SUM_CALLS_OFFERED_DETAIL, val(LV_FMT_FIXED0, h[LV_M_CALLS_PER_DAY].mean),
         val(LV_FMT_G4, sc->warmup_s / 86400));

    row = add_figure(rep, LV_MSG_SUM_ANSWERED_WITHIN, val_ci(LV_FMT_SHARE, &h[LV_M_WITHIN_TARGET]));
    row->label_arg = val(LV_FMT_THRESHOLD, sc->target_within_s);
    row->metric = LV_M_WITHIN_TARGET;
    bool met = h[LV_M_WITHIN_TARGET].mean >= sc->target_share;
    PART(row, LV_SEP_GAP, LV_MSG_SUM_TARGET_DETAIL, val(LV_FMT_PERCENT0, sc->target_share),
         val_msg(met ? LV_MSG_SUM_MET : LV_MSG_SUM_NOT_MET));

    row = add_figure(rep, LV_MSG_SUM_MEDIAN_ANSWER, val_est(LV_FMT_CLOCK, &h[LV_M_ANSWER_MEDIAN]));
    row->metric = LV_M_ANSWER_MEDIAN;
    PART(row, LV_SEP_GAP, LV_MSG_SUM_MEDIAN_ANSWER_DETAIL, val(LV_FMT_CLOCK, h[LV_M_ANSWER_MEAN].mean),
         val_est(LV_FMT_CLOCK, &h[LV_M_ANSWER_P90]));

    row = add_figure(rep, LV_MSG_SUM_WITHIN_10MIN, val_ci(LV_FMT_SHARE, &h[LV_M_WITHIN_10MIN]));
    row->metric = LV_M_WITHIN_10MIN;

    row = add_figure(rep, LV_MSG_SUM_ABANDONED, val_ci(LV_FMT_SHARE, &h[LV_M_ABANDONED]));
    row->metric = LV_M_ABANDONED;
    if (h[LV_M_BUSY].mean > 0) /* only scenarios with a queue_capacity that was reached */
        PART(row, LV_SEP_COMMA, LV_MSG_SUM_BUSY_DETAIL, val_ci(LV_FMT_SHARE, &h[LV_M_BUSY]));
    PART(row, LV_SEP_GAP, LV_MSG_SUM_REDIALS_DETAIL, val(LV_FMT_PERCENT1, h[LV_M_REDIALS].mean));

    row = add_figure(rep, LV_MSG_SUM_CALLERS, val_ci(LV_FMT_SHARE, &h[LV_M_EPISODE_WITHIN_TARGET]));
    row->metric = LV_M_EPISODE_WITHIN_TARGET;
    PART(row, LV_SEP_SPACE, LV_MSG_SUM_CALLERS_DETAIL, val(LV_FMT_THRESHOLD, sc->target_within_s),
         val(LV_FMT_CLOCK, h[LV_M_EPISODE_MEAN].mean), val(LV_FMT_PERCENT1, 1 - h[LV_M_EPISODE_ANSWERED].mean));

    row = add_figure(rep, LV_MSG_SUM_OCCUPANCY, val(LV_FMT_PERCENT0, h[LV_M_OCCUPANCY].mean));
    row->metric = LV_M_OCCUPANCY;
    PART(row, LV_SEP_GAP, LV_MSG_SUM_ON_DUTY_DETAIL, val(LV_FMT_FIXED1, h[LV_M_OPERATORS].mean));

    if (isfinite(h[LV_M_NURSE_FLOOR_SHARE].mean) && h[LV_M_NURSE_FLOOR_SHARE].mean > 0) {
        row = add_figure(rep, LV_MSG_SUM_NURSE_TIME, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_NURSE_TIME_DETAIL, val(LV_FMT_PERCENT0, h[LV_M_NURSE_PHONE_SHARE].mean),
             val(LV_FMT_PERCENT0, h[LV_M_NURSE_FLOOR_SHARE].mean), val(LV_FMT_FIXED1, h[LV_M_PHONE_HOURS_LOST].mean));
    }

    if (s->away_used) {
        const struct lv_estimate *a = &s->shrinkage[LV_SH_AWAY_SHARE];
        row = add_figure(rep, LV_MSG_SUM_AWAY, val_ci(LV_FMT_SHARE, a));
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_AWAY_DETAIL, val(LV_FMT_FIXED1, s->shrinkage[LV_SH_AWAY_HOURS_PER_DAY].mean));
    }
    if (s->callbacks_used) {
        row = add_figure(rep, LV_MSG_SUM_CALLBACKS, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_CALLBACKS_DETAIL, val(LV_FMT_FIXED0, s->shrinkage[LV_SH_CALLBACKS_PER_DAY].mean),
             val(LV_FMT_PERCENT0, s->shrinkage[LV_SH_CALLBACKS_PER_ANSWERED].mean),
             val(LV_FMT_FIXED1, s->shrinkage[LV_SH_CALLBACK_HOURS_PER_DAY].mean));
    }
    if (s->amk_used) {
        row = add_figure(rep, LV_MSG_SUM_AMK, NO_VALUE);
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_AMK_DETAIL, val(LV_FMT_FIXED1, s->call_handling[LV_CH_AMK_PER_DAY].mean),
             val(LV_FMT_FIXED1, s->call_handling[LV_CH_AMK_HOURS_PER_DAY].mean));
    }
    if (s->consults_used) {
        const struct lv_estimate *ch = s->call_handling;
        row = add_figure(rep, LV_MSG_SUM_CONSULTS, NO_VALUE);
        if (isfinite(ch[LV_CH_CONSULT_HOLD_MEAN].mean))
            PART(row, LV_SEP_SPACE, LV_MSG_SUM_CONSULTS_DETAIL, val(LV_FMT_FIXED0, ch[LV_CH_CONSULTS_PER_DAY].mean),
                 val(LV_FMT_CLOCK, ch[LV_CH_CONSULT_HOLD_MEAN].mean),
                 val(LV_FMT_PERCENT1, ch[LV_CH_CONSULTS_NOT_REACHED].mean), val(LV_FMT_FIXED1, ch[LV_CH_CONSULT_HOURS_PER_DAY].mean));
        else /* no consult found a doctor on duty */
            PART(row, LV_SEP_SPACE, LV_MSG_SUM_CONSULTS_NO_DOCTOR, val(LV_FMT_FIXED0, ch[LV_CH_CONSULTS_PER_DAY].mean),
                 val(LV_FMT_FIXED1, ch[LV_CH_CONSULT_HOURS_PER_DAY].mean));
    }

    bool hourly = sc->interval_s == 3600;
    row = add_figure(rep, hourly ? LV_MSG_SUM_HOURS_MEETING : LV_MSG_SUM_INTERVALS_MEETING, NO_VALUE);
    PART(row, LV_SEP_SPACE, hourly ? LV_MSG_SUM_HOURS_OF_WEEK : LV_MSG_SUM_INTERVALS_OF_WEEK,
         val_whole((unsigned long long)s->intervals_meeting_target), val_whole((unsigned long long)s->intervals_with_calls));

    row = add_figure(rep, LV_MSG_SUM_DAYS_MEETING, val_ci(LV_FMT_SHARE, &h[LV_M_DAYS_MEETING_TARGET]));
    row->metric = LV_M_DAYS_MEETING_TARGET;
    PART(row, LV_SEP_GAP, LV_MSG_SUM_DAYS_MEETING_DETAIL, val(LV_FMT_FIXED2, 1 - h[LV_M_DAYS_MEETING_TARGET].mean));

    /* The three intervals with the lowest share within target, among those that stand out: below
     * the week's share by more than twice their interval. Twice: of a week's 168 hours about 4
     * would lie a 95 % interval below by chance alone (a constant-rate week has only those). */
    int worst[3];
    double *share = malloc((size_t)(n > 0 ? n : 1) * 2 * sizeof *share), *half_width = share + (n > 0 ? n : 1);
    if (!share)
        return -1;
    const struct lv_estimate *week = &h[LV_M_WITHIN_TARGET];
    for (int k = 0; k < n; k++) {
        share[k] = s->intervals[k][LV_I_WITHIN_TARGET].mean;
        half_width[k] = s->intervals[k][LV_I_WITHIN_TARGET].half_width;
    }
    lv_report_worst_intervals(share, half_width, n, week->mean, week->half_width, worst);
    free(share);
    row = add_figure(rep, hourly ? LV_MSG_SUM_WORST_HOURS : LV_MSG_SUM_WORST_INTERVALS, NO_VALUE);
    for (int j = 0; j < 3 && worst[j] >= 0; j++) {
        int day, from, to;
        lv_report_interval(r, worst[j], &day, &from, &to);
        PART(row, j ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_WORST_INTERVAL_ITEM,
             val_msg((enum lv_msg)(LV_MSG_MON + day)), val(LV_FMT_MINUTE, from), val(LV_FMT_MINUTE, to),
             val(LV_FMT_PERCENT0, s->intervals[worst[j]][LV_I_WITHIN_TARGET].mean));
    }
    if (worst[0] < 0 && !isfinite(week->half_width))
        PART(row, LV_SEP_SPACE, LV_MSG_SUM_WORST_NOT_JUDGED);
    else if (worst[0] < 0)
        PART(row, LV_SEP_SPACE, hourly ? LV_MSG_SUM_NO_HOUR_STANDS_OUT : LV_MSG_SUM_NO_INTERVAL_STANDS_OUT);
    if (sc->centre_count > 1 && summary_centres(rep, r, s) != 0)
        return -1;
    if (sc->clinical.enabled)
        summary_clinical(rep, r, s);
    return rep->failed ? -1 : 0;
}

/* ---- comparisons ---- */

static double shown(double v, enum lv_unit unit) { return unit == LV_UNIT_SHARE ? v * 100 : v; }

/* Figure k of a comparison as a table row (left out, and a scratch row returned, when neither run
 * defines it). A side without the figure shows "-", as do then the difference and its interval. */
static struct lv_report_row *compare_row(struct lv_report *rep, const struct lv_comparison *c, int k,
                                         const struct lv_metric_info *info)
{
    static _Thread_local struct lv_report_row scratch;
    const struct lv_estimate *a = &c->a[k], *b = &c->b[k], *d = &c->paired[k];
    if (!isfinite(a->mean) && !isfinite(b->mean))
        return &scratch;
    struct lv_report_row *row = add_row(rep, LV_ROW_TABLE, info->label);
    /* each in its unit: shares as percentages (their differences in points), times as m:ss,
     * counts with thousands, other numbers to three digits; never in scientific notation */
    enum lv_report_format side = info->unit == LV_UNIT_SHARE     ? LV_FMT_PERCENT1
                                 : info->unit == LV_UNIT_SECONDS ? LV_FMT_CLOCK
                                 : info->unit == LV_UNIT_COUNT   ? LV_FMT_COUNT
                                                                 : LV_FMT_PLAIN;
    enum lv_report_format spread = info->unit == LV_UNIT_SECONDS ? LV_FMT_CLOCK : LV_FMT_PLAIN;
    struct lv_report_value va = val(side, a->mean);
    struct lv_report_value vb = val(side, b->mean);
    va.censored = a->censored > 0;
    vb.censored = b->censored > 0;
    bool both = isfinite(a->mean) && isfinite(b->mean);
    const struct lv_report_value none = val_text("-");
    add_cell(row, isfinite(a->mean) ? va : none);
    add_cell(row, isfinite(b->mean) ? vb : none);
    struct lv_report_value diff =
        val(info->unit == LV_UNIT_SECONDS ? LV_FMT_DIFF_CLOCK : LV_FMT_DIFF, shown(d->mean, info->unit));
    diff.half_width = isfinite(d->half_width) ? shown(d->half_width, info->unit) : NAN;
    add_cell(row, both ? diff : none);
    add_cell(row, both ? val(spread, shown(c->unpaired_half_width[k], info->unit)) : none);
    return row;
}

bool lv_report_hour_changed(double difference, double half_width)
{
    return isfinite(difference) && isfinite(half_width) && fabs(difference) > 2 * half_width;
}

#define COMPARE_HOURS 3

/* The hours of the week whose share answered within the target changed most, in each direction,
 * among those whose change exceeds twice its paired 95 % interval (with 168 hours, about 8 would
 * clear one interval by chance alone): a line of gains and one of losses, or a line saying no
 * hour changed that much; with fewer than LV_COMPARE_HOURS_MIN_REPLICATIONS a line saying so (the
 * intervals of a few replications are too unsteady to pick hours by), nothing with one. */
static void compare_hours(struct lv_report *rep, const struct lv_comparison *c, const struct lv_scenario *sa)
{
    int n = c->interval_count, per_day = n / 7;
    if (n <= 0 || per_day <= 0)
        return;
    int best[2][COMPARE_HOURS], found[2] = {0, 0};
    bool any_interval = false;
    for (int i = 0; i < n; i++) {
        const struct lv_estimate *d = &c->paired[LV_HEADLINE_COUNT + i * LV_INTERVAL_METRIC_COUNT + LV_I_WITHIN_TARGET];
        any_interval |= isfinite(d->half_width);
        if (!isfinite(d->mean) || !lv_report_hour_changed(d->mean, d->half_width))
            continue;
        int side = d->mean > 0 ? 0 : 1, k = found[side] < COMPARE_HOURS ? found[side]++ : COMPARE_HOURS;
        /* insertion into the side's list, largest change first */
        for (; k > 0; k--) {
            const struct lv_estimate *o =
                &c->paired[LV_HEADLINE_COUNT + best[side][k - 1] * LV_INTERVAL_METRIC_COUNT + LV_I_WITHIN_TARGET];
            if (fabs(o->mean) >= fabs(d->mean))
                break;
            if (k < COMPARE_HOURS)
                best[side][k] = best[side][k - 1];
        }
        if (k < COMPARE_HOURS)
            best[side][k] = i;
    }
    if (!any_interval)
        return;
    struct lv_report_value thr = val(LV_FMT_THRESHOLD, sa->target_within_s);
    int reps = c->paired[LV_M_WITHIN_TARGET].n;
    if (reps < LV_COMPARE_HOURS_MIN_REPLICATIONS) {
        struct lv_report_row *row = add_row(rep, LV_ROW_TEXT, LV_MSG_CMP_HOURS_FEW);
        PART(row, LV_SEP_NONE, LV_MSG_CMP_HOURS_FEW, val_whole((unsigned long long)reps),
             val_whole(LV_COMPARE_HOURS_MIN_REPLICATIONS));
        return;
    }
    if (found[0] + found[1] == 0) {
        struct lv_report_row *row = add_row(rep, LV_ROW_TEXT, LV_MSG_CMP_HOURS_NONE);
        PART(row, LV_SEP_NONE, LV_MSG_CMP_HOURS_NONE, thr);
        return;
    }
    for (int side = 0; side < 2; side++) {
        if (found[side] == 0)
            continue;
        enum lv_msg head = side == 0 ? LV_MSG_CMP_HOURS_GAINS : LV_MSG_CMP_HOURS_LOSSES;
        struct lv_report_row *row = add_row(rep, LV_ROW_TEXT, head);
        PART(row, LV_SEP_NONE, head, thr);
        for (int j = 0; j < found[side]; j++) {
            int i = best[side][j];
            const struct lv_estimate *d = &c->paired[LV_HEADLINE_COUNT + i * LV_INTERVAL_METRIC_COUNT + LV_I_WITHIN_TARGET];
            double from = (i % per_day) * sa->interval_s / 60;
            struct lv_report_value diff = val(LV_FMT_DIFF, d->mean * 100);
            diff.half_width = d->half_width * 100;
            PART(row, j ? LV_SEP_COMMA : LV_SEP_SPACE, LV_MSG_SUM_WORST_INTERVAL_ITEM,
                 val_msg((enum lv_msg)(LV_MSG_MON + i / per_day)), val(LV_FMT_MINUTE, from),
                 val(LV_FMT_MINUTE, from + sa->interval_s / 60), diff);
        }
    }
}

int lv_report_compare(struct lv_report *rep, const struct lv_results *a, const struct lv_results *b,
                      const struct lv_comparison *c)
{
    const struct lv_scenario *sa = a->scenario, *sb = b->scenario;
    struct lv_report_row *row = add_row(rep, LV_ROW_TEXT, LV_MSG_CMP_TITLE);
    PART(row, LV_SEP_NONE, LV_MSG_CMP_TITLE, val_text(LV_VERSION), val_text(sa->name), val_text(sb->name),
         val_whole((unsigned long long)a->replications), val_whole((unsigned long long)a->seed));
    if (c->b_changes && *c->b_changes) { /* what B is, when it is A changed */
        row = add_row(rep, LV_ROW_TEXT, LV_MSG_CMP_B_CHANGES);
        PART(row, LV_SEP_NONE, LV_MSG_CMP_B_CHANGES, val_text(c->b_changes));
    }
    row = add_row(rep, LV_ROW_TABLE, LV_MSG_CMP_FIGURE);
    add_cell(row, val_msg(LV_MSG_CMP_A));
    add_cell(row, val_msg(LV_MSG_CMP_B));
    add_cell(row, val_msg(LV_MSG_CMP_DIFFERENCE));
    add_cell(row, val_msg(LV_MSG_CMP_UNPAIRED));
    for (int m = 0; m < LV_HEADLINE_COUNT; m++) {
        row = compare_row(rep, c, m, lv_headline_info((enum lv_headline)m));
        row->metric = m;
        if (m == LV_M_RED_SEEN_WITHIN) { /* "red seen within 20 min", as the run's summary says */
            row->label = LV_MSG_SUM_RED_SEEN;
            row->label_arg = val(LV_FMT_THRESHOLD, sa->clinical.red_within_s);
        }
    }
    for (int m = 0; m < LV_SHRINKAGE_METRIC_COUNT; m++) /* only where a run has time away or callbacks */
        compare_row(rep, c, c->shrinkage_at + m, lv_shrinkage_metric_info((enum lv_shrinkage_metric)m));
    for (int m = 0; m < LV_CALL_HANDLING_METRIC_COUNT; m++) /* only where a run has AMK conferences or consults */
        compare_row(rep, c, c->call_handling_at + m, lv_call_handling_metric_info((enum lv_call_handling_metric)m));
    compare_hours(rep, c, sa);
    const struct lv_estimate *d = &c->paired[LV_M_WITHIN_TARGET];
    double pts = d->mean * 100, hw = d->half_width * 100, unp = c->unpaired_half_width[LV_M_WITHIN_TARGET] * 100;
    struct lv_report_value thr = val(LV_FMT_THRESHOLD, sa->target_within_s);
    enum lv_msg verdict = !isfinite(hw) ? LV_MSG_CMP_VERDICT_ONE
                          : fabs(pts) > hw ? LV_MSG_CMP_VERDICT_SHOWN
                                           : LV_MSG_CMP_VERDICT_NONE;
    row = add_row(rep, LV_ROW_TEXT, verdict);
    row->metric = LV_M_WITHIN_TARGET;
    if (verdict == LV_MSG_CMP_VERDICT_ONE)
        PART(row, LV_SEP_NONE, verdict, val(LV_FMT_SIGNED1, pts), thr);
    else if (verdict == LV_MSG_CMP_VERDICT_SHOWN)
        PART(row, LV_SEP_NONE, verdict, val(LV_FMT_FIXED1, fabs(pts)),
             val(LV_FMT_FIXED1, hw), val_msg(pts > 0 ? LV_MSG_CMP_MORE : LV_MSG_CMP_FEWER), thr,
             val(LV_FMT_FIXED1, unp));
    else
        PART(row, LV_SEP_NONE, verdict, val(LV_FMT_SIGNED1, pts), val(LV_FMT_FIXED1, hw), thr);
    return rep->failed ? -1 : 0;
}

/* ---- formats and the text renderer ---- */

static char *format_value(const struct lv_report_value *v, enum lv_language lang, char *buf, size_t size);

/* "6 512" style thousands separation with a thin space for counts. */
static void format_count(double v, char *buf, size_t size)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%.0f", v);
    size_t n = strlen(digits), o = 0;
    for (size_t i = 0; i < n && o + 2 < size; i++) {
        if (i > 0 && (n - i) % 3 == 0 && digits[i - 1] != '-')
            buf[o++] = ' ';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

/* A number written the English way (decimal point, no grouping past the counts' own) as Norwegian
 * writes it, in place: decimal comma, and the integer part of a number of four digits or more
 * grouped by threes with a plain space, as the counts already are in English (a plain space, not
 * U+00A0 or U+2009: the text renderer pads columns by bytes, and the counts use it). Only runs of
 * digits, a point between digits and a comma before a space are touched, so "80 %", "± 0.2" and
 * signs keep their shape. */
static void norwegian_numbers(char *buf, size_t size)
{
    char out[256];
    size_t o = 0, n = strlen(buf);
    for (size_t i = 0; i < n && o + 2 < sizeof out;) {
        if (buf[i] >= '0' && buf[i] <= '9') {
            size_t j = i;
            while (j < n && buf[j] >= '0' && buf[j] <= '9')
                j++;
            bool fraction = i > 0 && buf[i - 1] == '.'; /* digits after the point are never grouped */
            for (size_t k = i; k < j && o + 2 < sizeof out; k++) {
                if (!fraction && j - i >= 4 && k > i && (j - k) % 3 == 0)
                    out[o++] = ' ';
                out[o++] = buf[k];
            }
            i = j;
        } else {
            bool point = buf[i] == '.' && i > 0 && i + 1 < n && buf[i - 1] >= '0' && buf[i - 1] <= '9' &&
                         buf[i + 1] >= '0' && buf[i + 1] <= '9';
            /* a comma of the English text separates numbers ("[1.4, 1.6]"): with decimal commas,
             * Norwegian separates them with a semicolon ("[1,4; 1,6]") */
            bool list = buf[i] == ',' && i + 1 < n && buf[i + 1] == ' ';
            out[o++] = point ? ',' : list ? ';' : buf[i];
            i++;
        }
    }
    out[o] = '\0';
    snprintf(buf, size, "%s", out);
}

/* Which formats are numbers that Norwegian writes differently: not names, clock times, dates,
 * seeds, or the counts (grouped the same way in both languages). */
static bool localised_number(enum lv_report_format f)
{
    return f != LV_FMT_TEXT && f != LV_FMT_MSG && f != LV_FMT_WHOLE && f != LV_FMT_CLOCK && f != LV_FMT_MINUTE &&
           f != LV_FMT_DATE && f != LV_FMT_COUNT && f != LV_FMT_COUNT_CI && f != LV_FMT_NONE && f != LV_FMT_DIFF_CLOCK;
}

char *lv_report_localise(char *buf, size_t size, enum lv_language lang)
{
    if (lang == LV_LANG_NB)
        norwegian_numbers(buf, size);
    return buf;
}

char *lv_report_format(const struct lv_report_value *v, enum lv_language lang, char *buf, size_t size)
{
    format_value(v, lang, buf, size);
    if (lang == LV_LANG_NB && localised_number(v->format))
        norwegian_numbers(buf, size);
    return buf;
}

/* Decimals that show `significant` digits of x (at most 3, none for large x): never an exponent. */
static int decimals_for(double x, int significant)
{
    double a = fabs(x);
    if (!(a > 0) || !isfinite(a))
        return 0;
    int d = significant - 1 - (int)floor(log10(a));
    return d < 0 ? 0 : d > 3 ? 3 : d;
}

/* Seconds as m:ss, or h:mm:ss from an hour. */
static void clock_text(double x, char *buf, size_t size)
{
    long t = lround(x);
    if (t >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, (t % 3600) / 60, t % 60);
    else
        snprintf(buf, size, "%ld:%02ld", t / 60, t % 60);
}

/* v in lang's words (units, messages) with English numbers. */
static char *format_value(const struct lv_report_value *v, enum lv_language lang, char *buf, size_t size)
{
    const char *pct = lv_msg(LV_MSG_UNIT_PERCENT, lang);
    double x = v->value;
    char a[40], b[40];
    buf[0] = '\0';
    if (v->censored && isfinite(x) && v->format != LV_FMT_TEXT && v->format != LV_FMT_MSG) {
        /* a lower bound: "> 4:00:00", without an interval */
        struct lv_report_value bound = *v;
        bound.censored = false;
        bound.half_width = NAN;
        format_value(&bound, lang, a, sizeof a);
        snprintf(buf, size, "> %s", a);
        return buf;
    }
    switch (v->format) {
    case LV_FMT_NONE:
        break;
    case LV_FMT_TEXT:
        snprintf(buf, size, "%s", v->text ? v->text : "");
        break;
    case LV_FMT_MSG:
        snprintf(buf, size, "%s", lv_msg(v->msg, lang));
        break;
    case LV_FMT_WHOLE:
        snprintf(buf, size, "%llu", v->whole);
        break;
    case LV_FMT_COUNT:
        format_count(x, buf, size);
        break;
    case LV_FMT_COUNT_CI:
        format_count(x, a, sizeof a);
        format_count(v->half_width, b, sizeof b);
        snprintf(buf, size, "%s ± %s", a, b);
        break;
    case LV_FMT_SHARE:
        if (!isfinite(x))
            snprintf(buf, size, "-");
        else if (isfinite(v->half_width))
            snprintf(buf, size, "%.1f %s ± %.1f", x * 100, pct, v->half_width * 100);
        else
            snprintf(buf, size, "%.1f %s", x * 100, pct);
        break;
    case LV_FMT_PERCENT0:
        snprintf(buf, size, "%.0f %s", x * 100, pct);
        break;
    case LV_FMT_PERCENT1:
        snprintf(buf, size, "%.1f %s", x * 100, pct);
        break;
    case LV_FMT_FIXED0:
        snprintf(buf, size, "%.0f", x);
        break;
    case LV_FMT_FIXED1:
        snprintf(buf, size, "%.1f", x);
        break;
    case LV_FMT_FIXED2:
        snprintf(buf, size, "%.2f", x);
        break;
    case LV_FMT_SIGNED1:
        snprintf(buf, size, "%+.1f", x);
        break;
    case LV_FMT_G2:
    case LV_FMT_G4: {
        int significant = v->format == LV_FMT_G2 ? 2 : 4;
        snprintf(buf, size, "%.*g", significant, x);
        if (isfinite(x) && strchr(buf, 'e')) { /* never scientific notation for people: 14400, 0.00001234 */
            double magnitude = fabs(x);
            int d = magnitude >= 1 ? 0 : significant - 1 - (int)floor(log10(magnitude));
            snprintf(buf, size, "%.*f", d > 15 ? 15 : d, x);
        }
        break;
    }
    case LV_FMT_DIFF:
        if (!isfinite(x))
            snprintf(buf, size, "-");
        else if (isfinite(v->half_width) && v->half_width > 0) {
            int d = decimals_for(v->half_width, 2);
            if (d == 0) { /* whole numbers: thousands apart, as counts are written ("+1 513 ± 50") */
                format_count(fabs(x), a, sizeof a);
                format_count(v->half_width, b, sizeof b);
                snprintf(buf, size, "%s%s ± %s", x < 0 ? "-" : "+", a, b);
            } else
                snprintf(buf, size, "%+.*f ± %.*f", d, x, d, v->half_width);
        } else if (decimals_for(x, 3) == 0) {
            format_count(fabs(x), a, sizeof a);
            snprintf(buf, size, "%s%s", x < 0 ? "-" : "+", a);
        } else
            snprintf(buf, size, "%+.*f", decimals_for(x, 3), x);
        break;
    case LV_FMT_PLAIN:
        if (!isfinite(x))
            snprintf(buf, size, "-");
        else
            snprintf(buf, size, "%.*f", decimals_for(x, 3), x);
        break;
    case LV_FMT_DIFF_CLOCK:
        if (!isfinite(x))
            snprintf(buf, size, "-");
        else {
            char c[40], h[40];
            clock_text(fabs(x), c, sizeof c);
            clock_text(isfinite(v->half_width) ? v->half_width : 0, h, sizeof h);
            snprintf(buf, size, "%s%s ± %s", x < 0 ? "-" : "+", c, h);
        }
        break;
    case LV_FMT_CLOCK:
        if (!isfinite(x))
            snprintf(buf, size, "-");
        else
            clock_text(x, buf, size);
        break;
    case LV_FMT_HMS:
        if (!isfinite(x)) {
            snprintf(buf, size, "-");
        } else {
            long t = lround(x);
            snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, (t % 3600) / 60, t % 60);
        }
        break;
    case LV_FMT_MINUTE: {
        int m = (int)x;
        snprintf(buf, size, "%02d:%02d", m / 60, m % 60);
        break;
    }
    case LV_FMT_THRESHOLD:
        if (fmod(x, 60) == 0)
            snprintf(buf, size, "%.0f %s", x / 60, lv_msg(LV_MSG_UNIT_MIN, lang));
        else
            snprintf(buf, size, "%.0f %s", x, lv_msg(LV_MSG_UNIT_S, lang));
        break;
    case LV_FMT_NUMBER:
        snprintf(buf, size, isfinite(x) ? "%.10g" : "-", x);
        break;
    case LV_FMT_DATE: {
        char date[11];
        lv_format_date((long)x, date);
        snprintf(buf, size, "%s", date);
        break;
    }
    }
    return buf;
}

/* Writes template t with {1}..{9} replaced by the formatted args. */
static void expand(FILE *out, const char *t, const struct lv_report_value *args, int n, enum lv_language lang)
{
    char buf[256];
    for (const char *p = t; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            int i = p[1] - '1';
            if (i < n)
                fputs(lv_report_format(&args[i], lang, buf, sizeof buf), out);
            p += 2;
        } else {
            fputc(*p, out);
        }
    }
}

/* The label of a row with its argument, into buf. */
static void label_text(const struct lv_report_row *row, enum lv_language lang, char *buf, size_t size)
{
    FILE *f = fmemopen(buf, size, "w");
    buf[0] = '\0';
    if (!f)
        return;
    expand(f, lv_msg(row->label, lang), &row->label_arg, row->label_arg.format == LV_FMT_NONE ? 0 : 1, lang);
    fclose(f);
}

static void write_parts(const struct lv_report_row *row, enum lv_language lang, FILE *out)
{
    static const char *const sep[] = {[LV_SEP_NONE] = "", [LV_SEP_SPACE] = " ", [LV_SEP_GAP] = "   ", [LV_SEP_COMMA] = ", "};
    for (int i = 0; i < row->part_count; i++) {
        const struct lv_report_part *p = &row->parts[i];
        fputs(sep[p->sep], out);
        expand(out, lv_msg(p->text, lang), p->args, p->arg_count, lang);
    }
}

char *lv_report_row_sentence(const struct lv_report_row *row, enum lv_language lang, char *buf, size_t size)
{
    char label[128], value[256];
    buf[0] = '\0';
    label_text(row, lang, label, sizeof label);
    FILE *f = fmemopen(buf, size, "w");
    if (!f)
        return buf;
    fprintf(f, "%s:", label); /* a sentence, not a column */
    if (row->value.format != LV_FMT_NONE)
        fprintf(f, " %s", lv_report_format(&row->value, lang, value, sizeof value));
    write_parts(row, lang, f);
    fclose(f);
    return buf;
}

/* label left-aligned in width characters (not bytes: "ø" is two bytes of UTF-8). */
static void put_padded(FILE *out, const char *label, int width)
{
    fputs(label, out);
    for (int chars = lv_text_width(label); chars < width; chars++)
        fputc(' ', out);
}

int lv_report_write_text(const struct lv_report *rep, enum lv_language lang, FILE *out)
{
    /* Column widths: a figure's label, and the comparison table's label and cells. */
    static const int cell_width[LV_REPORT_CELLS] = {12, 12, 24, 12};
    char label[128], buf[256];
    for (int i = 0; i < rep->count; i++) {
        const struct lv_report_row *row = &rep->rows[i];
        switch (row->kind) {
        case LV_ROW_TEXT:
            write_parts(row, lang, out);
            break;
        case LV_ROW_FIGURE:
            label_text(row, lang, label, sizeof label);
            put_padded(out, label, 26);
            if (row->value.format != LV_FMT_NONE)
                fprintf(out, " %s", lv_report_format(&row->value, lang, buf, sizeof buf));
            write_parts(row, lang, out);
            break;
        case LV_ROW_TABLE:
            label_text(row, lang, label, sizeof label);
            put_padded(out, label, 44);
            for (int j = 0; j < row->cell_count; j++)
                fprintf(out, " %*s", cell_width[j], lv_report_format(&row->cells[j], lang, buf, sizeof buf));
            break;
        }
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}
