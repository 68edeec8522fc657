/* output.c — JSON, CSV and text renderings of a summary; see output.h. Every figure comes
 * from the metric tables in summary.c, so the three formats always agree; the text renders the
 * report model's rows (report.h). JSON and CSV are data: their names are always English. */
#include "lvsim/output.h"
#include "lvsim/compare.h"
#include "lvsim/date.h"
#include "lvsim/messages.h"
#include "lvsim/report.h"
#include "lvsim/rng.h"
#include "lvsim/version.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Interval k of the week as weekday and clock times ("Mon", "23:00", "24:00"). */
static void interval_label(const struct lv_results *r, int k, const char **weekday, char start[16], char end[16])
{
    int day, from, to;
    lv_report_interval(r, k, &day, &from, &to);
    *weekday = lv_msg((enum lv_msg)(LV_MSG_MON + day), LV_LANG_EN);
    snprintf(start, 16, "%02d:%02d", from / 60, from % 60);
    snprintf(end, 16, "%02d:%02d", to / 60, to % 60);
}

/* A day type's name in the JSON and CSV tables: "Mon".."Sun", "holiday". */
static const char *day_type_name(int type)
{
    return lv_msg(type == LV_HOLIDAY_DAY_TYPE ? LV_MSG_HOLIDAY : (enum lv_msg)(LV_MSG_MON + type), LV_LANG_EN);
}

static cJSON *estimate_json(const struct lv_estimate *e)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    if (isfinite(e->mean))
        cJSON_AddNumberToObject(o, "mean", e->mean);
    else
        cJSON_AddNullToObject(o, "mean");
    if (isfinite(e->half_width))
        cJSON_AddNumberToObject(o, "ci95", e->half_width);
    else
        cJSON_AddNullToObject(o, "ci95");
    cJSON_AddNumberToObject(o, "n", e->n);
    return o;
}

/* A JSON row for interval k of the week with its weekday, start and end. */
static cJSON *interval_row(const struct lv_results *r, int k)
{
    cJSON *row = cJSON_CreateObject();
    const char *wd;
    char start[16], end[16];
    interval_label(r, k, &wd, start, end);
    cJSON_AddStringToObject(row, "weekday", wd);
    cJSON_AddStringToObject(row, "start", start);
    cJSON_AddStringToObject(row, "end", end);
    return row;
}

char *lv_output_json(const struct lv_results *r, const struct lv_summary *s)
{
    const struct lv_scenario *sc = r->scenario;
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    char date[11];
    cJSON_AddStringToObject(root, "lvsim_version", LV_VERSION);
    cJSON *scen = cJSON_AddObjectToObject(root, "scenario");
    cJSON_AddStringToObject(scen, "name", sc->name);
    cJSON_AddStringToObject(scen, "source", sc->source);
    cJSON_AddNumberToObject(root, "seed", (double)r->seed);
    cJSON_AddStringToObject(root, "generator", LV_RNG_NAME);
    cJSON_AddNumberToObject(root, "replications", r->replications);
    cJSON_AddNumberToObject(root, "confidence", 0.95);
    lv_format_date(sc->start_day, date);
    cJSON_AddStringToObject(root, "start", date);
    cJSON_AddNumberToObject(root, "horizon_s", sc->horizon_s);
    cJSON_AddNumberToObject(root, "warmup_s", sc->warmup_s);
    cJSON_AddNumberToObject(root, "interval_s", sc->interval_s);
    cJSON *target = cJSON_AddObjectToObject(root, "target");
    cJSON_AddNumberToObject(target, "within_s", sc->target_within_s);
    cJSON_AddNumberToObject(target, "share", sc->target_share);

    cJSON *summary = cJSON_AddObjectToObject(root, "summary");
    for (int m = 0; m < LV_HEADLINE_COUNT; m++)
        cJSON_AddItemToObject(summary, lv_headline_info((enum lv_headline)m)->key, estimate_json(&s->headline[m]));
    cJSON_AddNumberToObject(root, "intervals_meeting_target", s->intervals_meeting_target);
    cJSON_AddNumberToObject(root, "intervals_with_calls", s->intervals_with_calls);

    cJSON *intervals = cJSON_AddArrayToObject(root, "intervals");
    for (int k = 0; k < s->interval_count; k++) {
        cJSON *row = interval_row(r, k);
        for (int m = 0; m < LV_INTERVAL_METRIC_COUNT; m++)
            cJSON_AddItemToObject(row, lv_interval_metric_info((enum lv_interval_metric)m)->key,
                                  estimate_json(&s->intervals[k][m]));
        cJSON_AddItemToArray(intervals, row);
    }
    cJSON *urgencies = cJSON_AddArrayToObject(root, "urgencies");
    for (int u = 0; u < 3; u++) {
        cJSON *row = cJSON_CreateObject();
        cJSON_AddStringToObject(row, "urgency", lv_urgency_name((enum lv_urgency)u));
        for (int m = 0; m < LV_URGENCY_METRIC_COUNT; m++)
            cJSON_AddItemToObject(row, lv_urgency_metric_info((enum lv_urgency_metric)m)->key,
                                  estimate_json(&s->urgencies[u][m]));
        cJSON_AddItemToArray(urgencies, row);
    }
    cJSON *sites = cJSON_AddArrayToObject(root, "sites");
    for (int x = 0; x < s->site_count; x++) {
        cJSON *row = cJSON_CreateObject();
        cJSON_AddStringToObject(row, "name", sc->sites[x].name);
        cJSON_AddStringToObject(row, "kind", sc->sites[x].satellite ? "satellite" : "centre");
        for (int m = 0; m < LV_SITE_METRIC_COUNT; m++)
            cJSON_AddItemToObject(row, lv_site_metric_info((enum lv_site_metric)m)->key, estimate_json(&s->sites[x][m]));
        cJSON_AddItemToArray(sites, row);
    }
    if (s->site_interval_sites > 0) {
        cJSON *site_intervals = cJSON_AddArrayToObject(root, "site_intervals");
        for (int x = 0; x < s->site_interval_sites; x++) {
            cJSON *site = cJSON_CreateObject();
            cJSON_AddStringToObject(site, "name", sc->sites[x].name);
            cJSON *rows = cJSON_AddArrayToObject(site, "intervals");
            for (int k = 0; k < s->interval_count; k++) {
                cJSON *row = interval_row(r, k);
                for (int m = 0; m < LV_SITE_INTERVAL_METRIC_COUNT; m++)
                    cJSON_AddItemToObject(row, lv_site_interval_metric_info((enum lv_site_interval_metric)m)->key,
                                          estimate_json(&s->site_intervals[x * s->interval_count + k][m]));
                cJSON_AddItemToArray(rows, row);
            }
            cJSON_AddItemToArray(site_intervals, site);
        }
    }
    cJSON *bands = cJSON_AddObjectToObject(root, "centres_by_band");
    cJSON_AddNumberToObject(bands, "meeting_target", s->centres_by_band[0]);
    cJSON_AddNumberToObject(bands, "above_50_percent", s->centres_by_band[1]);
    cJSON_AddNumberToObject(bands, "at_most_50_percent", s->centres_by_band[2]);
    cJSON *areas = cJSON_AddArrayToObject(root, "areas");
    for (int a = 0; a < s->area_count; a++) {
        cJSON *row = cJSON_CreateObject();
        cJSON_AddStringToObject(row, "name", sc->areas[a].name);
        cJSON_AddStringToObject(row, "centre", sc->sites[sc->areas[a].centre].name);
        for (int m = 0; m < LV_AREA_METRIC_COUNT; m++)
            cJSON_AddItemToObject(row, lv_area_metric_info((enum lv_area_metric)m)->key, estimate_json(&s->areas[a][m]));
        cJSON_AddItemToArray(areas, row);
    }
    cJSON *days = cJSON_AddArrayToObject(root, "days");
    for (int d = 0; d < s->day_count; d++) {
        cJSON *row = cJSON_CreateObject();
        long day = sc->start_day + s->first_day + d;
        lv_format_date(day, date);
        cJSON_AddStringToObject(row, "date", date);
        int type = lv_scenario_day_type(sc, day);
        cJSON_AddStringToObject(row, "day_type", day_type_name(type));
        for (int m = 0; m < LV_DAY_METRIC_COUNT; m++)
            cJSON_AddItemToObject(row, lv_day_metric_info((enum lv_day_metric)m)->key, estimate_json(&s->days[d][m]));
        cJSON_AddItemToArray(days, row);
    }
    double events = 0, attempts = 0;
    for (int i = 0; i < r->replications; i++) {
        events += (double)r->events[i];
        attempts += (double)r->attempts[i];
    }
    cJSON *engine = cJSON_AddObjectToObject(root, "engine");
    cJSON_AddNumberToObject(engine, "events", events);
    cJSON_AddNumberToObject(engine, "call_attempts", attempts);
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    return text;
}

/* Sites in planners' order (report.h: lv_report_rank): malloc'd indices, or NULL. */
static int *rank_sites(const struct lv_results *r, const struct lv_summary *s)
{
    double keys[LV_MAX_SITES];
    int groups[LV_MAX_SITES];
    for (int x = 0; x < s->site_count; x++) {
        keys[x] = s->sites[x][LV_S_WITHIN_TARGET].mean;
        groups[x] = r->scenario->sites[x].satellite;
    }
    int *order = malloc((size_t)(s->site_count > 0 ? s->site_count : 1) * sizeof *order);
    if (order && lv_report_rank(s->site_count, keys, groups, order) != 0) {
        free(order);
        order = NULL;
    }
    return order;
}

static void csv_number(FILE *out, double v)
{
    if (isfinite(v))
        fprintf(out, ",%.10g", v);
    else
        fputs(",", out);
}

/* The metric columns of a CSV header: each key and its _ci95. `table` is a metric table (the
 * info of metric 0 onwards). */
static void csv_metric_header(FILE *out, const char *lead, const struct lv_metric_info *table, int count)
{
    fputs(lead, out);
    for (int m = 0; m < count; m++)
        fprintf(out, ",%s,%s_ci95", table[m].key, table[m].key);
    fputc('\n', out);
}

/* A row's figures after its leading cells, and the line end. */
static void csv_estimates(FILE *out, const struct lv_estimate *row, int count)
{
    for (int m = 0; m < count; m++) {
        csv_number(out, row[m].mean);
        csv_number(out, row[m].half_width);
    }
    fputc('\n', out);
}

int lv_output_csv(const struct lv_results *r, const struct lv_summary *s, const char *kind, FILE *out)
{
    const struct lv_scenario *sc = r->scenario;
    if (strcmp(kind, "summary") == 0) {
        fputs("metric,mean,ci95,n\n", out);
        for (int m = 0; m < LV_HEADLINE_COUNT; m++) {
            fputs(lv_headline_info((enum lv_headline)m)->key, out);
            csv_number(out, s->headline[m].mean);
            csv_number(out, s->headline[m].half_width);
            fprintf(out, ",%d\n", s->headline[m].n);
        }
    } else if (strcmp(kind, "intervals") == 0) {
        csv_metric_header(out, "weekday,start,end", lv_interval_metric_info((enum lv_interval_metric)0), LV_INTERVAL_METRIC_COUNT);
        for (int k = 0; k < s->interval_count; k++) {
            const char *wd;
            char start[16], end[16];
            interval_label(r, k, &wd, start, end);
            fprintf(out, "%s,%s,%s", wd, start, end);
            csv_estimates(out, s->intervals[k], LV_INTERVAL_METRIC_COUNT);
        }
    } else if (strcmp(kind, "urgencies") == 0) {
        csv_metric_header(out, "urgency", lv_urgency_metric_info((enum lv_urgency_metric)0), LV_URGENCY_METRIC_COUNT);
        for (int u = 0; u < 3; u++) {
            fputs(lv_urgency_name((enum lv_urgency)u), out);
            csv_estimates(out, s->urgencies[u], LV_URGENCY_METRIC_COUNT);
        }
    } else if (strcmp(kind, "sites") == 0) {
        csv_metric_header(out, "name,kind", lv_site_metric_info((enum lv_site_metric)0), LV_SITE_METRIC_COUNT);
        int *order = rank_sites(r, s);
        if (!order)
            return -1;
        for (int i = 0; i < s->site_count; i++) {
            int x = order[i];
            fprintf(out, "%s,%s", sc->sites[x].name, sc->sites[x].satellite ? "satellite" : "centre");
            csv_estimates(out, s->sites[x], LV_SITE_METRIC_COUNT);
        }
        free(order);
    } else if (strcmp(kind, "site_intervals") == 0) {
        csv_metric_header(out, "name,weekday,start,end", lv_site_interval_metric_info((enum lv_site_interval_metric)0), LV_SITE_INTERVAL_METRIC_COUNT);
        for (int x = 0; x < s->site_interval_sites; x++)
            for (int k = 0; k < s->interval_count; k++) {
                const char *wd;
                char start[16], end[16];
                interval_label(r, k, &wd, start, end);
                fprintf(out, "%s,%s,%s,%s", sc->sites[x].name, wd, start, end);
                csv_estimates(out, s->site_intervals[x * s->interval_count + k], LV_SITE_INTERVAL_METRIC_COUNT);
            }
    } else if (strcmp(kind, "areas") == 0) {
        csv_metric_header(out, "name,centre", lv_area_metric_info((enum lv_area_metric)0), LV_AREA_METRIC_COUNT);
        double *keys = malloc((size_t)s->area_count * sizeof *keys);
        if (!keys)
            return -1;
        for (int a = 0; a < s->area_count; a++)
            keys[a] = s->areas[a][LV_A_WITHIN_TARGET].mean;
        int *order = malloc((size_t)(s->area_count > 0 ? s->area_count : 1) * sizeof *order);
        if (order && lv_report_rank(s->area_count, keys, NULL, order) != 0) {
            free(order);
            order = NULL;
        }
        free(keys);
        if (!order)
            return -1;
        for (int i = 0; i < s->area_count; i++) {
            int a = order[i];
            fprintf(out, "%s,%s", sc->areas[a].name, sc->sites[sc->areas[a].centre].name);
            csv_estimates(out, s->areas[a], LV_AREA_METRIC_COUNT);
        }
        free(order);
    } else if (strcmp(kind, "days") == 0) {
        csv_metric_header(out, "date,day_type", lv_day_metric_info((enum lv_day_metric)0), LV_DAY_METRIC_COUNT);
        for (int d = 0; d < s->day_count; d++) {
            char date[11];
            long day = sc->start_day + s->first_day + d;
            lv_format_date(day, date);
            int type = lv_scenario_day_type(sc, day);
            fprintf(out, "%s,%s", date, day_type_name(type));
            csv_estimates(out, s->days[d], LV_DAY_METRIC_COUNT);
        }
    } else {
        return -1;
    }
    return ferror(out) ? -1 : 0;
}

int lv_output_text(const struct lv_results *r, const struct lv_summary *s, FILE *out)
{
    struct lv_report rep;
    lv_report_init(&rep);
    int rc = lv_report_summary(&rep, r, s);
    if (rc == 0)
        rc = lv_report_write_text(&rep, LV_LANG_EN, out);
    lv_report_fini(&rep);
    return rc;
}

int lv_output_compare_text(const struct lv_results *a, const struct lv_results *b,
                           const struct lv_comparison *c, FILE *out)
{
    struct lv_report rep;
    lv_report_init(&rep);
    int rc = lv_report_compare(&rep, a, b, c);
    if (rc == 0)
        rc = lv_report_write_text(&rep, LV_LANG_EN, out);
    lv_report_fini(&rep);
    return rc;
}

static cJSON *difference_json(const struct lv_comparison *c, int k)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "a", estimate_json(&c->a[k]));
    cJSON_AddItemToObject(o, "b", estimate_json(&c->b[k]));
    cJSON_AddItemToObject(o, "b_minus_a", estimate_json(&c->paired[k]));
    if (isfinite(c->unpaired_half_width[k]))
        cJSON_AddNumberToObject(o, "unpaired_ci95", c->unpaired_half_width[k]);
    else
        cJSON_AddNullToObject(o, "unpaired_ci95");
    return o;
}

char *lv_output_compare_json(const struct lv_results *a, const struct lv_results *b, const struct lv_comparison *c)
{
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    cJSON_AddStringToObject(root, "lvsim_version", LV_VERSION);
    cJSON_AddStringToObject(root, "a", a->scenario->source);
    cJSON_AddStringToObject(root, "b", b->scenario->source);
    cJSON_AddNumberToObject(root, "seed", (double)a->seed);
    cJSON_AddStringToObject(root, "generator", LV_RNG_NAME);
    cJSON_AddNumberToObject(root, "replications", a->replications);
    cJSON *summary = cJSON_AddObjectToObject(root, "summary");
    for (int m = 0; m < LV_HEADLINE_COUNT; m++)
        cJSON_AddItemToObject(summary, lv_headline_info((enum lv_headline)m)->key, difference_json(c, m));
    cJSON *intervals = cJSON_AddArrayToObject(root, "intervals");
    for (int k = 0; k < c->interval_count; k++) {
        cJSON *row = cJSON_CreateObject();
        const char *wd;
        char start[16], end[16];
        interval_label(a, k, &wd, start, end);
        cJSON_AddStringToObject(row, "weekday", wd);
        cJSON_AddStringToObject(row, "start", start);
        cJSON_AddStringToObject(row, "end", end);
        for (int m = 0; m < LV_INTERVAL_METRIC_COUNT; m++)
            cJSON_AddItemToObject(row, lv_interval_metric_info((enum lv_interval_metric)m)->key,
                                  difference_json(c, LV_HEADLINE_COUNT + k * LV_INTERVAL_METRIC_COUNT + m));
        cJSON_AddItemToArray(intervals, row);
    }
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    return text;
}
