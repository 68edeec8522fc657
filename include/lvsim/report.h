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
    LV_FMT_DIFF,      /* a difference with its interval: "+1.23 ± 0.45", or "+1.23" */
    LV_FMT_CLOCK,     /* seconds as m:ss or h:mm:ss, "-" if undefined */
    LV_FMT_MINUTE,    /* a minute of the day as hh:mm (up to "24:00") */
    LV_FMT_THRESHOLD, /* seconds as a threshold: "2 min", "90 s" */
};

struct lv_report_value {
    enum lv_report_format format;
    double value, half_width; /* half_width for LV_FMT_SHARE, COUNT_CI and DIFF */
    enum lv_msg msg;          /* LV_FMT_MSG */
    const char *text;         /* LV_FMT_TEXT; borrowed (from the results' scenario, or static) */
    unsigned long long whole; /* LV_FMT_WHOLE */
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

/* The text summary of a run (what `lvsim run` prints) as rows, appended to rep. r and s are
 * borrowed, and text values point into r's scenario: keep it alive while rep is used. Returns 0,
 * or -1 out of memory. */
int lv_report_summary(struct lv_report *rep, const struct lv_results *r, const struct lv_summary *s);

/* A comparison (what `lvsim compare` prints): a title, the table of headline figures and the
 * verdict. Returns 0, or -1 out of memory. */
int lv_report_compare(struct lv_report *rep, const struct lv_results *a, const struct lv_results *b,
                      const struct lv_comparison *c);

/* A value as text in a language, into buf (always terminated). Returns buf. */
char *lv_report_format(const struct lv_report_value *v, enum lv_language lang, char *buf, size_t size);

/* The plain-text rendering of a report's rows. Returns 0, or -1 on a write error. */
int lv_report_write_text(const struct lv_report *rep, enum lv_language lang, FILE *out);

/* Interval k of the week of a run as a weekday (0 = Monday) and its start and end as minutes
 * from that day's midnight. The end is not wrapped, so a day's last interval ends at 1440. */
void lv_report_interval(const struct lv_results *r, int k, int *weekday, int *from_min, int *to_min);

/* Orders the rows 0..n-1 for planners into order[n]: by group ascending (e.g. centres before
 * satellites; groups may be NULL), then the lowest key first with undefined (NaN) keys last,
 * then by index. Returns 0, or -1 on out of memory. */
int lv_report_rank(int n, const double *keys, const int *groups, int *order);

#endif
