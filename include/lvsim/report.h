/* report.h — the report model: a report as rows of data (a label, a figure, details), each text a
 * message of the catalogue (messages.h) and each number a value with its format, built once from
 * results and rendered by any renderer (text today, HTML next) in any language. Which figures a
 * report shows lives in the builders here; how they look lives in the renderers. */
#ifndef LVSIM_REPORT_H
#define LVSIM_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "lvsim/compare.h"
#include "lvsim/messages.h"
#include "lvsim/summary.h"

/* How a value is written (the text renderer's rules; the same number in every format of a row). */
enum lv_report_format {
    LV_FMT_NONE,      /* no value */
    LV_FMT_TEXT,      /* .text as is (a name, the version) */
    LV_FMT_MSG,       /* the message .msg */
    LV_FMT_WHOLE,     /* .whole, an unsigned integer (a seed, a count) */
    LV_FMT_COUNT,     /* a count with thin-space thousands: "5 900" */
    LV_FMT_COUNT_CI,  /* "5 900 ± 82" */
    LV_FMT_SHARE,     /* a share as a percentage with its interval: "96.6 % ± 0.2", "-" if undefined */
    LV_FMT_PERCENT0,  /* a share as a whole percentage: "28 %" */
    LV_FMT_PERCENT1,  /* "1.3 %" */
    LV_FMT_FIXED0,    /* a number: "219" */
    LV_FMT_FIXED1,    /* "2.9" */
    LV_FMT_FIXED2,    /* "0.00" */
    LV_FMT_SIGNED1,   /* "+1.5" */
    LV_FMT_G2,        /* 2 significant digits */
    LV_FMT_G4,        /* 4 significant digits */
    LV_FMT_DIFF,      /* a difference with its interval, decimals by the interval's size and never
                       * in scientific notation: "+1.23 ± 0.45", "-103 ± 50", "+85 ± 190", or "+1.23" */
    LV_FMT_CLOCK,     /* seconds as m:ss or h:mm:ss, "-" if undefined */
    LV_FMT_MINUTE,    /* a minute of the day as hh:mm (up to "24:00") */
    LV_FMT_THRESHOLD, /* seconds as a threshold: "2 min", "90 s" */
    LV_FMT_NUMBER,    /* a number at full precision ("%.10g", "-" if undefined); a number in JSON */
    LV_FMT_DATE,      /* a day (days since 1970-01-01, as date.h counts) as "2026-01-05" */
    LV_FMT_PLAIN,     /* a number with three significant digits, never in scientific notation:
                       * "253", "62.0", "2.88", "0.310", "0.001"; "-" if undefined */
    LV_FMT_DIFF_CLOCK, /* a difference of seconds with its interval as signed m:ss: "-0:07 ± 0:02" */
    LV_FMT_HMS,        /* seconds as h:mm:ss even under an hour ("0:43:24"), for figures that may
                        * pass an hour and are labelled so; "-" if undefined */
};

struct lv_report_value {
    enum lv_report_format format;
    double value, half_width; /* half_width for LV_FMT_SHARE, COUNT_CI and DIFF */
    enum lv_msg msg;          /* LV_FMT_MSG */
    const char *text;         /* LV_FMT_TEXT; borrowed (from the results' scenario, or static) */
    unsigned long long whole; /* LV_FMT_WHOLE */
    bool censored;            /* a number that is only a lower bound (a quantile beyond its
                               * histogram's cap, lv_estimate.censored): written "> 4:00:00" */
};

/* How a detail joins what comes before it on its row. */
enum lv_report_sep { LV_SEP_NONE, LV_SEP_SPACE, LV_SEP_GAP /* a wider space before an aside */, LV_SEP_COMMA };

#define LV_REPORT_ARGS 6
#define LV_REPORT_PARTS 6
#define LV_REPORT_CELLS 4

/* A detail: a message template whose placeholders {1}..{6} are args[0..5]. */
struct lv_report_part {
    enum lv_report_sep sep;
    enum lv_msg text;
    int arg_count;
    struct lv_report_value args[LV_REPORT_ARGS];
};

enum lv_report_row_kind {
    LV_ROW_TEXT,   /* a sentence: its parts only (a title, a verdict) */
    LV_ROW_FIGURE, /* a labelled figure: label, value, then details */
    LV_ROW_TABLE,  /* a table row: label, then cells (the first table row is its heading) */
};

struct lv_report_row {
    enum lv_report_row_kind kind;
    enum lv_msg label;
    struct lv_report_value label_arg; /* fills {1} of the label, or LV_FMT_NONE */
    struct lv_report_value value;     /* the figure, or LV_FMT_NONE */
    int part_count;
    struct lv_report_part parts[LV_REPORT_PARTS];
    int cell_count;
    struct lv_report_value cells[LV_REPORT_CELLS];
    int metric; /* the headline figure (enum lv_headline) a row shows, or -1 */
};

/* Caller-owned; rows are malloc'd and freed by lv_report_fini. */
struct lv_report {
    int count, capacity;
    struct lv_report_row *rows;
    bool failed; /* out of memory while building */
};

void lv_report_init(struct lv_report *rep);
void lv_report_fini(struct lv_report *rep);

/* The text summary of a run (what `lvsim run` prints) as rows, appended to rep. An overloaded run
 * (lv_summary.overloaded) gets a row naming its overloaded intervals right below the title;
 * censored quantiles are values marked censored. r and s are borrowed, and text values point
 * into r's scenario: keep it alive while rep is used. Returns 0, or -1 out of memory. */
int lv_report_summary(struct lv_report *rep, const struct lv_results *r, const struct lv_summary *s);

/* A week's overload, as plain arrays, so that a page drawn from the results' JSON words it as the
 * text does: n intervals of interval_s seconds; overloaded[n] the run's overloaded intervals
 * (lv_summary.overloaded; NULL: none) with their mean queue lengths queue[n] (NULL: 0); sites
 * centres with site_overloaded[sites * n] (NULL: none) named site_names[sites]. */
struct lv_overload_week {
    int n;
    double interval_s, target_within_s;
    const bool *overloaded;
    const double *queue;
    int sites;
    const bool *site_overloaded;
    const char *const *site_names;
};

/* The overload warnings of lv_report_summary (the overloaded intervals, then the overloaded
 * centres), appended to rep; nothing when nothing is overloaded. Names are borrowed. Returns 0, or
 * -1 out of memory. */
int lv_report_overload(struct lv_report *rep, const struct lv_overload_week *w);

/* A comparison (what `lvsim compare` prints): a title, the table of headline figures and the
 * verdict. Returns 0, or -1 out of memory. */
int lv_report_compare(struct lv_report *rep, const struct lv_results *a, const struct lv_results *b,
                      const struct lv_comparison *c);

/* Numbers written the English way in buf ("1234.5", "0.9745 [0.9679, 0.9812]") rewritten as lang
 * writes them, in place: for nb a decimal comma and a space between thousands ("1 234,5"); for
 * en nothing changes. For texts that hold numbers only (no dates or names). Returns buf. */
char *lv_report_localise(char *buf, size_t size, enum lv_language lang);

/* A value as text in a language, into buf (always terminated). Returns buf. */
char *lv_report_format(const struct lv_report_value *v, enum lv_language lang, char *buf, size_t size);

/* One row as a sentence: its label, value and details as the text writes them, without the
 * text's column padding, into buf (always terminated). Returns buf. */
char *lv_report_row_sentence(const struct lv_report_row *row, enum lv_language lang, char *buf, size_t size);

/* The plain-text rendering of a report's rows. Returns 0, or -1 on a write error. */
int lv_report_write_text(const struct lv_report *rep, enum lv_language lang, FILE *out);

/* Interval k of the week of a run as a weekday (0 = Monday) and its start and end as minutes
 * from that day's midnight. The end is not wrapped, so a day's last interval ends at 1440. */
void lv_report_interval(const struct lv_results *r, int k, int *weekday, int *from_min, int *to_min);

/* The worst intervals of the week (the text's "worst hours", and the HTML page's): up to three
 * with the lowest share within target among those that stand out, below the week's share (less
 * its interval) by more than twice their own interval; of a week's 168 hours about 4 would lie one
 * 95 % interval below by chance alone. share[n] (NaN: no calls) is overwritten; half_width[n] NaN
 * (one replication) judges none. Indices into worst[3], lowest first, -1 after the last; returns
 * how many. */
int lv_report_worst_intervals(double *share, const double *half_width, int n, double week_share,
                              double week_half_width, int worst[3]);

/* Orders the rows 0..n-1 for planners into order[n]: by group ascending (e.g. centres before
 * satellites; groups may be NULL), then the lowest key first with undefined (NaN) keys last,
 * then by index. Returns 0, or -1 on out of memory. */
int lv_report_rank(int n, const double *keys, const int *groups, int *order);

/* ---- figure tables: the data renderers (JSON, CSV; HTML next) walk ----
 *
 * A run's figures (or a comparison's) as an ordered list of entries: scalars (the version, the
 * seed, the target, counts) and tables. A table's columns are metrics (a metric table of
 * summary.h: key, label message, unit) and its rows are scopes (the whole run, an interval of the
 * week, an urgency, a centre, an area, a centre's interval, a day), each with key cells that name
 * it and a borrowed estimate per metric. Built once from results and summary; a renderer needs
 * neither. Names (entries, key columns, metric keys) are data and stay English; key cells are
 * values, so a weekday renders as "Mon" in JSON and "man" in a Norwegian table. */

enum lv_figure_scope {
    LV_SCOPE_RUN,           /* one row: the whole run */
    LV_SCOPE_INTERVAL,      /* an interval of the week */
    LV_SCOPE_URGENCY,       /* red, yellow, green */
    LV_SCOPE_SITE,          /* a centre or satellite */
    LV_SCOPE_SITE_INTERVAL, /* a centre's interval of the week */
    LV_SCOPE_AREA,
    LV_SCOPE_DAY,           /* a reported day */
};

#define LV_FIGURE_KEYS 4

struct lv_figure_row {
    int index; /* of the scope: interval, urgency, site, area or reported day; site * intervals + interval */
    struct lv_report_value keys[LV_FIGURE_KEYS]; /* the cells that name the scope, [key_count] */
    const struct lv_estimate *estimates;         /* [metric_count], borrowed: the run's, or run A's */
    /* comparisons only (else NULL), each [metric_count] and borrowed: */
    const struct lv_estimate *b, *difference; /* run B's, and the paired B - A */
    const double *unpaired_half_width;        /* of B - A had the runs been independent */
};

struct lv_figure_table {
    enum lv_figure_scope scope;
    const struct lv_metric_info *metrics; /* the columns, [metric_count], static */
    int metric_count;
    int key_count;
    const char *key_names[LV_FIGURE_KEYS]; /* "weekday", "start", "end" */
    const char *nest;  /* JSON: rows grouped by their first key, the rest under this name, or NULL */
    bool optional;     /* JSON: left out when it has no rows */
    int row_count;
    struct lv_figure_row *rows; /* owned: [row_count], or a windowed table's current window */
    int *rank;                  /* owned: planners' row order for CSV (lv_report_rank), or NULL */
    /* owned, or NULL: the rows are made a window at a time when read (the days, whose number grows
     * with the horizon: their estimates are computed from the results' day store as they are
     * rendered, so memory does not grow with the horizon). Read rows with lv_figure_table_row. */
    struct lv_figure_window *window;
};

/* Row i of a table (0 <= i < row_count): rows[i], or for a windowed table row i made in its window
 * (valid until the next call for the same table). NULL if it could not be made (out of memory, or
 * the day store could not be read). */
const struct lv_figure_row *lv_figure_table_row(const struct lv_figure_table *t, int i);

struct lv_figure_entry {
    const char *group; /* the object a scalar belongs to ("scenario", "target"), or NULL */
    const char *name;  /* JSON key; a table's name is its CSV table too ("intervals") */
    bool is_table;
    struct lv_report_value value; /* a scalar */
    struct lv_figure_table table;
};

/* Caller-owned; entries, rows and ranks are malloc'd and freed by lv_figures_fini. Text values
 * and estimates are borrowed from the results, summary or comparison the figures were built from:
 * keep those alive while the figures are used. */
struct lv_figures {
    int count, capacity;
    struct lv_figure_entry *entries;
};

void lv_figures_init(struct lv_figures *f);
void lv_figures_fini(struct lv_figures *f);

/* Every figure of a run, in the order of the JSON document (docs/output.md): appended to f.
 * Returns 0, or -1 out of memory (f then holds what was built: fini it). */
int lv_figures_run(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s);

/* The figures the HTML page of a run is drawn from (lvsim run --html, html.c): lv_figures_run's
 * without the centres' intervals (site_intervals: the page does not draw them, and they grow with
 * the centres), and, when there are more than LV_PAGE_DAYS reported days, the days merged into
 * weeks (Monday to Sunday), months or years, the first of these with at most LV_PAGE_DAYS of
 * them, each named by its first reported day; the scalar "day_period" ("week", "month", "year")
 * then says which. A merged period's figures are ratios of sums over its days and replications.
 * Returns 0, or -1 out of memory. */
#define LV_PAGE_DAYS 732
int lv_figures_run_page(struct lv_figures *f, const struct lv_results *r, const struct lv_summary *s);

/* A comparison's figures (headline and per interval; docs/output.md, lvsim compare). Returns 0,
 * or -1 out of memory. */
int lv_figures_compare(struct lv_figures *f, const struct lv_results *a, const struct lv_results *b,
                       const struct lv_comparison *c);

/* The table of that name, or NULL. */
const struct lv_figure_table *lv_figures_table(const struct lv_figures *f, const char *name);

/* Whether one hour of the week changed between two runs beyond noise: its paired difference is
 * more than twice its 95 % interval (of 168 hours about 8 clear one interval by chance). The rule
 * of the comparison's text (lv_report_compare) and its HTML page alike. */
bool lv_report_hour_changed(double difference, double half_width);

/* Below this many replications a comparison names no hours that changed (text and HTML alike): the
 * intervals of a few replications are themselves too unsteady to pick hours by. */
#define LV_COMPARE_HOURS_MIN_REPLICATIONS 10

#endif
