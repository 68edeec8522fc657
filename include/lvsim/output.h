/* output.h — a run's results as JSON (cJSON), CSV tables and a plain-text summary.
 * JSON and CSV are renderers of the figure tables (report.h: lv_figures_run, lv_figures_compare),
 * the text is a renderer of the report's rows; the lv_output_* functions of results build them
 * and render.
 * Writers take a caller-opened stream and return 0, or -1 on a write error (CSV writers flush
 * the stream, so a full disk shows in their result); the caller decides where things go and makes
 * file replacement atomic. */
#ifndef LVSIM_OUTPUT_H
#define LVSIM_OUTPUT_H

#include <stdio.h>

#include "lvsim/messages.h"
#include "lvsim/summary.h"

/* How CSV is spelled (docs/output.md). RFC 4180 is the default and the machine format: comma,
 * decimal point, LF line ends, no BOM. excel-nb is for a spreadsheet set up for Norway (Excel,
 * LibreOffice Calc with a Norwegian locale), which takes the comma as the decimal sign and so
 * reads ';' as the field separator: semicolon, decimal comma in numbers, a UTF-8 BOM so Excel reads
 * 'ø' right, CRLF line ends as Excel writes them itself. Headers stay machine names in both. */
enum lv_csv_dialect { LV_CSV_RFC4180, LV_CSV_EXCEL_NB, LV_CSV_DIALECTS };

/* The dialect of a name ("rfc4180", "excel-nb"), -1 if unknown; and a dialect's name. */
int lv_csv_dialect_parse(const char *name);
const char *lv_csv_dialect_name(enum lv_csv_dialect d);

/* CSV pieces in a dialect, for the writers of other modules (sweep tables): the start of a file
 * (the BOM in excel-nb), the separator before a field, a text field (quoted when it holds the
 * separator, a quote or a line break), a number at full precision ("%.10g", decimal comma in
 * excel-nb; an empty cell if not finite) and the end of a line. Return 0, or -1 on a write error. */
int lv_csv_begin(enum lv_csv_dialect d, FILE *out);
int lv_csv_separator(enum lv_csv_dialect d, FILE *out);
int lv_csv_text(enum lv_csv_dialect d, const char *text, FILE *out);
int lv_csv_number(enum lv_csv_dialect d, double v, FILE *out);
int lv_csv_end_line(enum lv_csv_dialect d, FILE *out);

/* The JSON document (layout in docs/output.md). Returns a malloc'd string, or NULL. */
char *lv_output_json(const struct lv_results *r, const struct lv_summary *s);
/* The same written to out as it is made, without the document in memory (what `lvsim run -o`
 * writes: memory does not grow with the horizon or the days). 0, or -1 on a write error or out
 * of memory. No line break after the closing brace. */
int lv_output_json_write(const struct lv_results *r, const struct lv_summary *s, FILE *out);
/* The document `lvsim run --html` renders (report.h, lv_figures_run_page): the JSON document less
 * the centres' intervals, its days merged into weeks, months or years beyond LV_PAGE_DAYS, so
 * its size does not grow with the horizon or the centres' hours. malloc'd string, or NULL. */
char *lv_output_page_json(const struct lv_results *r, const struct lv_summary *s);

/* A CSV table: kind names a table of lv_figures_run ("summary", "intervals", "urgencies",
 * "sites", "site_intervals", "areas", "days"); -1 for another kind. */
int lv_output_csv(const struct lv_results *r, const struct lv_summary *s, const char *kind, FILE *out);
/* The same in a dialect (lv_output_csv is RFC 4180). */
int lv_output_csv_as(const struct lv_results *r, const struct lv_summary *s, const char *kind,
                     enum lv_csv_dialect dialect, FILE *out);

struct lv_figures;
struct lv_figure_table;

/* The JSON document of figures: scalars and tables in their order, scalars of one group in one
 * object, the whole run's table as an object keyed by metric, other tables as arrays of rows
 * (grouped by their first key where the table nests), each figure {mean, ci95, n} or, for a
 * comparison, {a, b, b_minus_a, unpaired_ci95}. malloc'd string, or NULL out of memory. The
 * bytes are those cJSON_Print gives for the whole document as one tree. */
char *lv_output_figures_json(const struct lv_figures *f);
/* The same written to out a piece at a time (a row, a centre's rows): 0, or -1. */
int lv_output_figures_json_write(const struct lv_figures *f, FILE *out);

/* A table of a run as CSV: the whole run's as lines "metric,mean,ci95,n", others a line per row
 * (in planners' order where the table ranks its rows) with the key cells and each metric's mean
 * and _ci95. Undefined numbers are empty cells. Returns 0, or -1 on a write error or for a
 * comparison's table. */
int lv_output_figures_csv(const struct lv_figure_table *t, FILE *out);
int lv_output_figures_csv_as(const struct lv_figure_table *t, enum lv_csv_dialect dialect, FILE *out);

/* The human summary printed by `lvsim run`, in English; _in: in a language (its words and its
 * way of writing numbers, lv_report_format). */
int lv_output_text(const struct lv_results *r, const struct lv_summary *s, FILE *out);
int lv_output_text_in(const struct lv_results *r, const struct lv_summary *s, enum lv_language lang, FILE *out);

struct lv_comparison;

/* A comparison of runs a and b: a table of every headline figure (A, B, B - A with its paired
 * 95 % interval) and a verdict on the share answered within target. */
int lv_output_compare_text(const struct lv_results *a, const struct lv_results *b,
                           const struct lv_comparison *c, FILE *out);
int lv_output_compare_text_in(const struct lv_results *a, const struct lv_results *b,
                              const struct lv_comparison *c, enum lv_language lang, FILE *out);
/* A table of the comparison as CSV, long (a line per figure, and per interval for "intervals"):
 * key cells, metric, a, a_ci95, b, b_ci95, b_minus_a, b_minus_a_ci95, unpaired_ci95. kind is
 * "summary", "shrinkage", "call_handling" or "intervals"; -1 for another or a write error. */
int lv_output_compare_csv(const struct lv_results *a, const struct lv_results *b, const struct lv_comparison *c,
                          const char *kind, enum lv_csv_dialect dialect, FILE *out);
/* The same as JSON, with the per-interval differences. malloc'd string, or NULL. */
char *lv_output_compare_json(const struct lv_results *a, const struct lv_results *b,
                             const struct lv_comparison *c);

#endif
