/* figures.c — the figure tables of a run or a comparison (report.h): built once from results, a
 * summary or a comparison, walked by the JSON and CSV renderers (output.c). The order of entries
 * here is the order of the JSON document; which scopes a table has and what names them is decided
 * here, never in a renderer. */
#include "lvsim/date.h"
#include "lvsim/report.h"
#include "lvsim/rng.h"
#include "lvsim/version.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void lv_figures_init(struct lv_figures *f) { *f = (struct lv_figures){0}; }

/* A windowed table's window: rows first .. first + count - 1 are in the table's rows, with their
 * estimates here. */
struct lv_figure_window {
    const struct lv_results *r;
    const struct lv_summary *s; /* a centre's intervals: their estimates are the summary's */
    int first, count, capacity;
    struct lv_estimate (*estimates)[LV_DAY_METRIC_COUNT]; /* [capacity] */
    /* merged days (lv_figures_run_page): row i is reported days starts[i] .. starts[i + 1] - 1 */
    int *starts;
    const char *period;
};

static void window_free(struct lv_figure_window *w)
{
    if (w) {
        free(w->estimates);
        free(w->starts);
    }
    free(w);
}

void lv_figures_fini(struct lv_figures *f)
{
    if (!f)
        return;
    for (int i = 0; i < f->count; i++) {
        free(f->entries[i].table.rows);
        free(f->entries[i].table.rank);
        window_free(f->entries[i].table.window);
    }
    free(f->entries);
    *f = (struct lv_figures){0};
}

const struct lv_figure_table *lv_figures_table(const struct lv_figures *f, const char *name)
{
    for (int i = 0; i < f->count; i++)
        if (f->entries[i].is_table && strcmp(f->entries[i].name, name) == 0)
            return &f->entries[i].table;
    return NULL;
}

/* A new entry at the end of f, or NULL out of memory. The pointer lasts until the next entry. */
static struct lv_figure_entry *add_entry(struct lv_figures *f, const char *group, const char *name)
{
    if (f->count == f->capacity) {
        int cap = f->capacity ? 2 * f->capacity : 32;
        struct lv_figure_entry *e = realloc(f->entries, (size_t)cap * sizeof *e);
        if (!e)
            return NULL;
        f->entries = e;
        f->capacity = cap;
    }
    struct lv_figure_entry *e = &f->entries[f->count++];
    *e = (struct lv_figure_entry){.group = group, .name = name};
    return e;
}

static int add_scalar(struct lv_figures *f, const char *group, const char *name, struct lv_report_value v)
{
    struct lv_figure_entry *e = add_entry(f, group, name);
    if (!e)
        return -1;
    e->value = v;
    return 0;
}

static struct lv_report_value number(double v) { return (struct lv_report_value){.format = LV_FMT_NUMBER, .value = v}; }
static struct lv_report_value whole(unsigned long long w) { return (struct lv_report_value){.format = LV_FMT_WHOLE, .whole = w}; }
static struct lv_report_value text(const char *t) { return (struct lv_report_value){.format = LV_FMT_TEXT, .text = t}; }
static struct lv_report_value message(enum lv_msg m) { return (struct lv_report_value){.format = LV_FMT_MSG, .msg = m}; }

/* Rows of a centre's intervals made at a time (a window; 168 a centre). */
#define SITE_INTERVAL_WINDOW 1024

/* The key columns of each kind of table. */
static const char *const interval_keys[] = {"weekday", "start", "end"};
static const char *const urgency_keys[] = {"urgency"};
static const char *const site_keys[] = {"name", "kind"};
static const char *const site_interval_keys[] = {"name", "weekday", "start", "end"};
static const char *const area_keys[] = {"name", "centre"};
static const char *const day_keys[] = {"date", "day_type"};

/* A new table of row_count rows (zeroed) with metric columns from metrics (metric 0 onwards) and
 * key_count key columns named by keys. NULL out of memory. */
static struct lv_figure_table *add_table(struct lv_figures *f, const char *name, enum lv_figure_scope scope,
                                         const struct lv_metric_info *metrics, int metric_count, int row_count,
                                         int key_count, const char *const *keys)
{
    struct lv_figure_row *rows = calloc((size_t)(row_count > 0 ? row_count : 1), sizeof *rows);
    struct lv_figure_entry *e = rows ? add_entry(f, NULL, name) : NULL;
    if (!e) {
        free(rows);
        return NULL;
    }
    e->is_table = true;
    struct lv_figure_table *t = &e->table;
    *t = (struct lv_figure_table){.scope = scope, .metrics = metrics, .metric_count = metric_count,
                                  .key_count = key_count, .row_count = row_count, .rows = rows};
    for (int i = 0; i < key_count; i++)
        t->key_names[i] = keys[i];
    for (int i = 0; i < row_count; i++)
        rows[i].index = i;
    return t;
}

/* Interval k of the week's key cells: weekday, start, end. */
static void interval_cells(const struct lv_results *r, int k, struct lv_report_value *keys)
{
    int day, from, to;
    lv_report_interval(r, k, &day, &from, &to);
    keys[0] = message((enum lv_msg)(LV_MSG_MON + day));
    keys[1] = (struct lv_report_value){.format = LV_FMT_MINUTE, .value = from};
    keys[2] = (struct lv_report_value){.format = LV_FMT_MINUTE, .value = to};
}

/* Site x's key cells: name, kind. */
static void site_cells(const struct lv_scenario *sc, int x, struct lv_report_value *keys)
{
    keys[0] = text(sc->sites[x].name);
    keys[1] = text(sc->sites[x].satellite ? "satellite" : "centre");
}

/* The table of the intervals of the week, named; the caller points the rows at their figures.
 * The last column, time away (LV_I_AWAY), only for scenarios that have time away. */
static struct lv_figure_table *add_intervals(struct lv_figures *f, const struct lv_results *r, int count, bool away)
{
    int columns = away ? LV_INTERVAL_METRIC_COUNT : LV_I_AWAY;
    struct lv_figure_table *t = add_table(f, "intervals", LV_SCOPE_INTERVAL, lv_interval_metric_info(0), columns,
                                          count, 3, interval_keys);
    if (t)
        for (int k = 0; k < count; k++)
            interval_cells(r, k, t->rows[k].keys);
    return t;
}

/* Planners' order of a table's rows by its metric `key` (groups may be NULL): 0, or -1. */
static int rank_rows(struct lv_figure_table *t, int key, const int *groups)
{
    int n = t->row_count;
    double *keys = malloc((size_t)(n > 0 ? n : 1) * sizeof *keys);
    t->rank = malloc((size_t)(n > 0 ? n : 1) * sizeof *t->rank);
    if (!keys || !t->rank) {
        free(keys);
        return -1;
    }
    for (int i = 0; i < n; i++)
        keys[i] = t->rows[i].estimates[key].mean;
    int rc = lv_report_rank(n, keys, groups, t->rank);
    free(keys);
    return rc;
}

/* The overloaded intervals of the week (lv_summary.overloaded), left out when there are none:
 * each with the figures that show it, the answer time's 90th percentile, the occupancy and the
 * mean queue (three adjacent interval metrics). */
static int overloaded_table(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s)
{
    struct lv_figure_table *t = add_table(f, "overloaded", LV_SCOPE_INTERVAL, lv_interval_metric_info(LV_I_ANSWER_P90),
                                          LV_I_QUEUE_LENGTH - LV_I_ANSWER_P90 + 1, s->overloaded_count, 3, interval_keys);
    if (!t)
        return -1;
    t->optional = true;
    for (int k = 0, i = 0; k < s->interval_count; k++)
        if (s->overloaded[k]) {
            t->rows[i].index = k;
            interval_cells(r, k, t->rows[i].keys);
            t->rows[i++].estimates = &s->intervals[k][LV_I_ANSWER_P90];
        }
    return 0;
}

static int add_window(struct lv_figure_table *t, const struct lv_results *r, const struct lv_summary *s, int capacity);
static int add_day_periods(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s);

static int run_tables(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s)
{
    const struct lv_scenario *sc = r->scenario;
    if (overloaded_table(f, r, s) != 0)
        return -1;
    struct lv_figure_table *t = add_intervals(f, r, s->interval_count, s->away_used);
    if (!t)
        return -1;
    for (int k = 0; k < s->interval_count; k++)
        t->rows[k].estimates = s->intervals[k];

    t = add_table(f, "urgencies", LV_SCOPE_URGENCY, lv_urgency_metric_info(0), LV_URGENCY_METRIC_COUNT, 3, 1,
                  urgency_keys);
    if (!t)
        return -1;
    for (int u = 0; u < 3; u++) {
        t->rows[u].keys[0] = text(lv_urgency_name((enum lv_urgency)u));
        t->rows[u].estimates = s->urgencies[u];
    }

    t = add_table(f, "sites", LV_SCOPE_SITE, lv_site_metric_info(0), LV_SITE_METRIC_COUNT, s->site_count, 2, site_keys);
    if (!t)
        return -1;
    int groups[LV_MAX_SITES];
    for (int x = 0; x < s->site_count; x++) {
        site_cells(sc, x, t->rows[x].keys);
        t->rows[x].estimates = s->sites[x];
        groups[x] = sc->sites[x].satellite;
    }
    if (rank_rows(t, LV_S_WITHIN_TARGET, groups) != 0)
        return -1;

    /* Time away per site, where there are several sites and time away. */
    int n = s->away_used && s->site_count > 1 ? s->site_count : 0;
    t = add_table(f, "shrinkage_sites", LV_SCOPE_SITE, lv_shrinkage_metric_info(0), LV_SH_SITE_METRIC_COUNT, n, 2,
                  site_keys);
    if (!t)
        return -1;
    t->optional = true;
    for (int x = 0; x < n; x++) {
        site_cells(sc, x, t->rows[x].keys);
        t->rows[x].estimates = s->site_shrinkage[x];
    }

    int cells = s->site_interval_sites * s->interval_count;
    t = add_table(f, "site_intervals", LV_SCOPE_SITE_INTERVAL, lv_site_interval_metric_info(0),
                  LV_SITE_INTERVAL_METRIC_COUNT, 0, 4, site_interval_keys);
    if (!t)
        return -1;
    t->nest = "intervals";
    t->optional = true;
    /* A row per centre and hour of the week, 168 a centre: made a window at a time as they are read. */
    if (cells > 0 && add_window(t, r, s, cells < SITE_INTERVAL_WINDOW ? cells : SITE_INTERVAL_WINDOW) != 0)
        return -1;
    t->row_count = cells;

    /* Each centre's overloaded intervals (lv_summary.site_overloaded), nested by centre; left out
     * when there are none. */
    t = add_table(f, "overloaded_centres", LV_SCOPE_SITE_INTERVAL, lv_site_interval_metric_info(0),
                  LV_SITE_INTERVAL_METRIC_COUNT, s->site_overloaded_count, 4, site_interval_keys);
    if (!t)
        return -1;
    t->nest = "overloaded";
    t->optional = true;
    for (int i = 0, j = 0; i < cells; i++)
        if (s->site_overloaded[i]) {
            t->rows[j].index = i;
            t->rows[j].keys[0] = text(sc->sites[i / s->interval_count].name);
            interval_cells(r, i % s->interval_count, t->rows[j].keys + 1);
            t->rows[j++].estimates = s->site_intervals[i];
        }

    if (add_scalar(f, "centres_by_band", "meeting_target", whole((unsigned long long)s->centres_by_band[0])) != 0 ||
        add_scalar(f, "centres_by_band", "above_50_percent", whole((unsigned long long)s->centres_by_band[1])) != 0 ||
        add_scalar(f, "centres_by_band", "at_most_50_percent", whole((unsigned long long)s->centres_by_band[2])) != 0)
        return -1;

    t = add_table(f, "areas", LV_SCOPE_AREA, lv_area_metric_info(0), LV_AREA_METRIC_COUNT, s->area_count, 2, area_keys);
    if (!t)
        return -1;
    for (int a = 0; a < s->area_count; a++) {
        t->rows[a].keys[0] = text(sc->areas[a].name);
        t->rows[a].keys[1] = text(sc->sites[sc->areas[a].centre].name);
        t->rows[a].estimates = s->areas[a];
    }
    if (rank_rows(t, LV_A_WITHIN_TARGET, NULL) != 0)
        return -1;

    /* The days: a window of rows at a time, made as they are read (lv_figure_table_row). */
    t = add_table(f, "days", LV_SCOPE_DAY, lv_day_metric_info(0), LV_DAY_METRIC_COUNT, 0, 2, day_keys);
    int capacity = lv_summary_day_window(r);
    capacity = capacity < s->day_count ? capacity : s->day_count > 0 ? s->day_count : 1;
    if (!t || add_window(t, r, NULL, capacity) != 0)
        return -1;
    t->row_count = s->day_count;
    return add_day_periods(f, r, s);
}

/* Makes t (its rows zero or more) a windowed table of `capacity` rows at a time: the days, or with
 * s a centre's intervals. 0, or -1 out of memory. */
static int add_window(struct lv_figure_table *t, const struct lv_results *r, const struct lv_summary *s, int capacity)
{
    struct lv_figure_window *w = calloc(1, sizeof *w);
    struct lv_figure_row *rows = w ? calloc((size_t)capacity, sizeof *rows) : NULL;
    if (!rows || (!s && !(w->estimates = calloc((size_t)capacity, sizeof *w->estimates)))) {
        free(rows);
        window_free(w);
        return -1;
    }
    w->r = r;
    w->s = s;
    w->capacity = capacity;
    free(t->rows);
    t->rows = rows;
    t->window = w;
    return 0;
}

/* Refills a windowed table's window with rows first..: the days' keys and estimates, or a
 * centre's intervals'. */
static int window_fill(const struct lv_figure_table *t, int first)
{
    struct lv_figure_window *w = t->window;
    const struct lv_scenario *sc = w->r->scenario;
    int count = t->row_count - first < w->capacity ? t->row_count - first : w->capacity;
    w->count = 0;
    if (w->s) {
        int ic = w->s->interval_count;
        for (int d = 0; d < count; d++) {
            int i = first + d;
            struct lv_figure_row *row = &t->rows[d];
            *row = (struct lv_figure_row){.index = i, .estimates = w->s->site_intervals[i]};
            row->keys[0] = text(sc->sites[i / ic].name);
            interval_cells(w->r, i % ic, row->keys + 1);
        }
        w->first = first;
        w->count = count;
        return 0;
    }
    if (!w->starts && lv_summary_days(w->r, first, count, w->estimates) != 0)
        return -1;
    for (int d = 0; w->starts && d < count; d++) {
        int from = w->starts[first + d], to = w->starts[first + d + 1];
        if (lv_summary_day_range(w->r, from, to - from, w->estimates[d]) != 0)
            return -1;
    }
    struct lv_layout l;
    lv_layout_init(&l, sc, w->r->interval_count, w->r->day_count);
    for (int d = 0; d < count; d++) {
        struct lv_figure_row *row = &t->rows[d];
        long day = sc->start_day + l.first_day + (w->starts ? w->starts[first + d] : first + d);
        int type = lv_scenario_day_type(sc, day);
        *row = (struct lv_figure_row){.index = first + d, .estimates = w->estimates[d]};
        row->keys[0] = (struct lv_report_value){.format = LV_FMT_DATE, .value = (double)day};
        row->keys[1] = w->period ? text(w->period)
                                 : message(type == LV_HOLIDAY_DAY_TYPE ? LV_MSG_HOLIDAY : (enum lv_msg)(LV_MSG_MON + type));
    }
    w->first = first;
    w->count = count;
    return 0;
}

const struct lv_figure_row *lv_figure_table_row(const struct lv_figure_table *t, int i)
{
    if (i < 0 || i >= t->row_count)
        return NULL;
    const struct lv_figure_window *w = t->window;
    if (!w)
        return &t->rows[i];
    if ((i < w->first || i >= w->first + w->count) && window_fill(t, i) != 0)
        return NULL;
    return &t->rows[i - w->first];
}

int lv_figures_run(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s)
{
    const struct lv_scenario *sc = r->scenario;
    if (add_scalar(f, NULL, "lvsim_version", text(LV_VERSION)) != 0 ||
        add_scalar(f, "scenario", "name", text(sc->name)) != 0 ||
        add_scalar(f, "scenario", "source", text(sc->source)) != 0 ||
        add_scalar(f, NULL, "seed", whole(r->seed)) != 0 || add_scalar(f, NULL, "generator", text(LV_RNG_NAME)) != 0 ||
        add_scalar(f, NULL, "replications", whole((unsigned long long)r->replications)) != 0 ||
        add_scalar(f, NULL, "confidence", number(0.95)) != 0 ||
        add_scalar(f, NULL, "start", (struct lv_report_value){.format = LV_FMT_DATE, .value = (double)sc->start_day}) != 0 ||
        add_scalar(f, NULL, "horizon_s", number(sc->horizon_s)) != 0 ||
        add_scalar(f, NULL, "warmup_s", number(sc->warmup_s)) != 0 ||
        add_scalar(f, NULL, "interval_s", number(sc->interval_s)) != 0 ||
        add_scalar(f, "target", "within_s", number(sc->target_within_s)) != 0 ||
        add_scalar(f, "target", "share", number(sc->target_share)) != 0)
        return -1;
    struct lv_figure_table *t =
        add_table(f, "summary", LV_SCOPE_RUN, lv_headline_info(0), LV_HEADLINE_COUNT, 1, 0, NULL);
    if (!t)
        return -1;
    t->rows[0].estimates = s->headline;
    /* Time away and callbacks: a table of one row for runs that use either, left out otherwise. */
    t = add_table(f, "shrinkage", LV_SCOPE_RUN, lv_shrinkage_metric_info(0), LV_SHRINKAGE_METRIC_COUNT,
                  s->away_used || s->callbacks_used, 0, NULL);
    if (!t)
        return -1;
    t->optional = true;
    if (t->row_count > 0)
        t->rows[0].estimates = s->shrinkage;
    /* AMK conferences and consults with the doctor: likewise, for runs that use either. */
    t = add_table(f, "call_handling", LV_SCOPE_RUN, lv_call_handling_metric_info(0), LV_CALL_HANDLING_METRIC_COUNT,
                  s->amk_used || s->consults_used, 0, NULL);
    if (!t)
        return -1;
    t->optional = true;
    if (t->row_count > 0)
        t->rows[0].estimates = s->call_handling;
    /* The distribution of answer times, of calls and of callers across redials (summary.h). */
    for (int c = 0; c < 2; c++) {
        t = add_table(f, c ? "caller_times" : "answer_times", LV_SCOPE_RUN, lv_answer_bin_info(0), LV_ANSWER_BIN_COUNT,
                      1, 0, NULL);
        if (!t)
            return -1;
        t->rows[0].estimates = s->answer_bins[c];
    }
    if (add_scalar(f, NULL, "intervals_meeting_target", whole((unsigned long long)s->intervals_meeting_target)) != 0 ||
        add_scalar(f, NULL, "intervals_with_calls", whole((unsigned long long)s->intervals_with_calls)) != 0 ||
        run_tables(f, r, s) != 0)
        return -1;
    double events = 0, attempts = 0;
    for (int i = 0; i < r->replications; i++) {
        events += (double)r->events[i];
        attempts += (double)r->attempts[i];
    }
    if (add_scalar(f, "engine", "events", number(events)) != 0 ||
        add_scalar(f, "engine", "call_attempts", number(attempts)) != 0)
        return -1;
    const struct lv_figure_table *periods = lv_figures_table(f, "day_periods");
    return periods ? add_scalar(f, NULL, "day_period", text(periods->window->period)) : 0;
}

/* Whether absolute day `day` starts a period: a week (Monday), a month or a year (period 0, 1, 2). */
static bool starts_period(long day, int period)
{
    int y, m, d;
    lv_civil_from_days(day, &y, &m, &d);
    return period == 0 ? lv_weekday(day) == 0 : period == 1 ? d == 1 : m == 1 && d == 1;
}

/* The days merged into weeks, months or years, when there are more than LV_PAGE_DAYS reported
 * days: the table "day_periods" (the page's days; lv_figures_run_page), the fewest periods of
 * the three that are at most LV_PAGE_DAYS (else years), each named by its first reported day.
 * Nothing for a shorter run. 0, or -1 out of memory. */
static int add_day_periods(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s)
{
    if (s->day_count <= LV_PAGE_DAYS)
        return 0;
    static const char *const periods[] = {"week", "month", "year"}; /* data, not messages */
    long first_day = r->scenario->start_day + s->first_day;
    int period = 0, count = 0;
    for (; period < 3; period++) {
        count = 1;
        for (int d = 1; d < s->day_count; d++)
            count += starts_period(first_day + d, period);
        if (count <= LV_PAGE_DAYS || period == 2)
            break;
    }
    struct lv_figure_table *t =
        add_table(f, "day_periods", LV_SCOPE_DAY, lv_day_metric_info(0), LV_DAY_METRIC_COUNT, 0, 2, day_keys);
    int *starts = malloc(((size_t)count + 1) * sizeof *starts);
    if (!t || !starts || add_window(t, r, NULL, count < 64 ? count : 64) != 0) {
        free(starts);
        return -1;
    }
    int n = 0;
    starts[n++] = 0;
    for (int d = 1; d < s->day_count; d++)
        if (starts_period(first_day + d, period))
            starts[n++] = d;
    starts[n] = s->day_count;
    t->window->starts = starts;
    t->window->period = periods[period];
    t->row_count = count;
    return 0;
}

int lv_figures_run_page(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s)
{
    if (lv_figures_run(f, r, s) != 0)
        return -1;
    /* the centres' intervals go, and the days give way to their periods where there are some */
    bool merged = lv_figures_table(f, "day_periods") != NULL;
    for (int i = 0; i < f->count;) {
        struct lv_figure_entry *e = &f->entries[i];
        if (e->is_table && (strcmp(e->name, "site_intervals") == 0 || (merged && strcmp(e->name, "days") == 0))) {
            free(e->table.rows);
            free(e->table.rank);
            window_free(e->table.window);
            memmove(e, e + 1, (size_t)(f->count - i - 1) * sizeof *f->entries);
            f->count--;
            continue;
        }
        if (e->is_table && strcmp(e->name, "day_periods") == 0)
            e->name = "days";
        i++;
    }
    return 0;
}

/* A row of a comparison table: its figures start at `at` in c's arrays. */
static void compared(struct lv_figure_row *row, const struct lv_comparison *c, int at)
{
    row->estimates = c->a + at;
    row->b = c->b + at;
    row->difference = c->paired + at;
    row->unpaired_half_width = c->unpaired_half_width + at;
}

int lv_figures_compare(struct lv_figures *f, const struct lv_results *a, const struct lv_results *b,
                       const struct lv_comparison *c)
{
    if (add_scalar(f, NULL, "lvsim_version", text(LV_VERSION)) != 0 ||
        add_scalar(f, NULL, "a", text(a->scenario->source)) != 0 ||
        add_scalar(f, NULL, "b", text(b->scenario->source)) != 0 ||
        (c->b_changes && *c->b_changes && add_scalar(f, NULL, "b_changes", text(c->b_changes)) != 0) ||
        add_scalar(f, NULL, "seed", whole(a->seed)) != 0 ||
        add_scalar(f, NULL, "generator", text(LV_RNG_NAME)) != 0 ||
        add_scalar(f, NULL, "replications", whole((unsigned long long)a->replications)) != 0)
        return -1;
    struct lv_figure_table *t =
        add_table(f, "summary", LV_SCOPE_RUN, lv_headline_info(0), LV_HEADLINE_COUNT, 1, 0, NULL);
    if (!t)
        return -1;
    compared(&t->rows[0], c, 0);
    /* Time away and callbacks, when either run has them. */
    bool used = false;
    for (int m = 0; m < LV_SHRINKAGE_METRIC_COUNT; m++)
        used |= isfinite(c->a[c->shrinkage_at + m].mean) || isfinite(c->b[c->shrinkage_at + m].mean);
    t = add_table(f, "shrinkage", LV_SCOPE_RUN, lv_shrinkage_metric_info(0), LV_SHRINKAGE_METRIC_COUNT, used, 0, NULL);
    if (!t)
        return -1;
    t->optional = true;
    if (used)
        compared(&t->rows[0], c, c->shrinkage_at);
    used = false;
    for (int m = 0; m < LV_CALL_HANDLING_METRIC_COUNT; m++)
        used |= isfinite(c->a[c->call_handling_at + m].mean) || isfinite(c->b[c->call_handling_at + m].mean);
    t = add_table(f, "call_handling", LV_SCOPE_RUN, lv_call_handling_metric_info(0), LV_CALL_HANDLING_METRIC_COUNT, used,
                  0, NULL);
    if (!t)
        return -1;
    t->optional = true;
    if (used)
        compared(&t->rows[0], c, c->call_handling_at);
    t = add_intervals(f, a, c->interval_count, lv_scenario_has_away(a->scenario) || lv_scenario_has_away(b->scenario));
    if (!t)
        return -1;
    for (int k = 0; k < c->interval_count; k++)
        compared(&t->rows[k], c, LV_HEADLINE_COUNT + k * LV_INTERVAL_METRIC_COUNT);
    return 0;
}
