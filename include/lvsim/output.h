/* output.h — a run's results as JSON (cJSON), CSV tables and a plain-text summary.
 * Writers take a caller-opened stream (or directory) and return 0, or -1 on a write error;
 * the caller decides where things go and makes file replacement atomic. */
#ifndef LVSIM_OUTPUT_H
#define LVSIM_OUTPUT_H

#include <stdio.h>

#include "lvsim/summary.h"

/* The JSON document (layout in docs/output.md). Returns a malloc'd string, or NULL. */
char *lv_output_json(const struct lv_results *r, const struct lv_summary *s);

/* CSV tables: kind is "summary", "intervals" or "days". */
int lv_output_csv(const struct lv_results *r, const struct lv_summary *s, const char *kind, FILE *out);

/* The human summary printed by `lvsim run`. */
int lv_output_text(const struct lv_results *r, const struct lv_summary *s, FILE *out);

struct lv_comparison;

/* A comparison of runs a and b: a table of every headline figure (A, B, B - A with its paired
 * 95 % interval) and a verdict on the share answered within target. */
int lv_output_compare_text(const struct lv_results *a, const struct lv_results *b,
                           const struct lv_comparison *c, FILE *out);
/* The same as JSON, with the per-interval differences. malloc'd string, or NULL. */
char *lv_output_compare_json(const struct lv_results *a, const struct lv_results *b,
                             const struct lv_comparison *c);

#endif
