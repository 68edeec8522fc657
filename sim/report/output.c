/* output.c — JSON, CSV and text renderings of a summary; see output.h. Every figure comes
 * from the metric tables in summary.c, so the three formats always agree. */
#include "lvsim/output.h"
#include "lvsim/compare.h"
#include "lvsim/date.h"
#include "lvsim/rng.h"
#include "lvsim/version.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const weekday_name[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* Interval k of the week as weekday and clock times. The end is counted from the start's
 * midnight without wrapping the week, so a day's last interval ends at "24:00" (Sunday's too). */
static void interval_label(const struct lv_results *r, int k, const char **weekday, char start[16], char end[16])
{
    double len = r->scenario->interval_s;
    int from = (int)lround(k * len / 60) % (7 * 1440), to = (int)lround((k + 1) * len / 60) % (7 * 1440);
    int day = from / 1440, to_min = to - day * 1440;
    if (to_min <= 0) /* the week's last interval: its end wrapped to Monday 00:00 */
        to_min += 7 * 1440;
    *weekday = weekday_name[day];
    snprintf(start, 16, "%02d:%02d", (from % 1440) / 60, from % 60);
    snprintf(end, 16, "%02d:%02d", to_min / 60, to_min % 60);
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
        cJSON *row = cJSON_CreateObject();
        const char *wd;
        char start[16], end[16];
        interval_label(r, k, &wd, start, end);
        cJSON_AddStringToObject(row, "weekday", wd);
        cJSON_AddStringToObject(row, "start", start);
        cJSON_AddStringToObject(row, "end", end);
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
                cJSON *row = cJSON_CreateObject();
                const char *wd;
                char start[16], end[16];
                interval_label(r, k, &wd, start, end);
                cJSON_AddStringToObject(row, "weekday", wd);
                cJSON_AddStringToObject(row, "start", start);
                cJSON_AddStringToObject(row, "end", end);
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
        cJSON_AddStringToObject(row, "day_type", type == LV_HOLIDAY_DAY_TYPE ? "holiday" : weekday_name[type]);
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

/* Row order for planners: the lowest share within target first (undefined last), centres
 * before satellites. */
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

static struct ranked *rank_rows(int n, const double *keys, const int *groups)
{
    struct ranked *rows = malloc((size_t)(n > 0 ? n : 1) * sizeof *rows);
    if (!rows)
        return NULL;
    for (int i = 0; i < n; i++)
        rows[i] = (struct ranked){i, keys[i], groups ? groups[i] : 0};
    qsort(rows, (size_t)n, sizeof *rows, by_rank);
    return rows;
}

static struct ranked *rank_sites(const struct lv_results *r, const struct lv_summary *s)
{
    double keys[LV_MAX_SITES];
    int groups[LV_MAX_SITES];
    for (int x = 0; x < s->site_count; x++) {
        keys[x] = s->sites[x][LV_S_WITHIN_TARGET].mean;
        groups[x] = r->scenario->sites[x].satellite;
    }
    return rank_rows(s->site_count, keys, groups);
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
        struct ranked *order = rank_sites(r, s);
        if (!order)
            return -1;
        for (int i = 0; i < s->site_count; i++) {
            int x = order[i].index;
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
        struct ranked *order = rank_rows(s->area_count, keys, NULL);
        free(keys);
        if (!order)
            return -1;
        for (int i = 0; i < s->area_count; i++) {
            int a = order[i].index;
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
            fprintf(out, "%s,%s", date, type == LV_HOLIDAY_DAY_TYPE ? "holiday" : weekday_name[type]);
            csv_estimates(out, s->days[d], LV_DAY_METRIC_COUNT);
        }
    } else {
        return -1;
    }
    return ferror(out) ? -1 : 0;
}

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

static void format_clock(double s, char *buf, size_t size)
{
    if (!isfinite(s)) {
        snprintf(buf, size, "-");
        return;
    }
    long t = lround(s);
    if (t >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, (t % 3600) / 60, t % 60);
    else
        snprintf(buf, size, "%ld:%02ld", t / 60, t % 60);
}

static void format_share(const struct lv_estimate *e, char *buf, size_t size)
{
    if (!isfinite(e->mean))
        snprintf(buf, size, "-");
    else if (isfinite(e->half_width))
        snprintf(buf, size, "%.1f %% ± %.1f", e->mean * 100, e->half_width * 100);
    else
        snprintf(buf, size, "%.1f %%", e->mean * 100);
}

static void threshold_label(double s, char *buf, size_t size)
{
    if (fmod(s, 60) == 0)
        snprintf(buf, size, "%.0f min", s / 60);
    else
        snprintf(buf, size, "%.0f s", s);
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

/* Several centres: how many meet the target, the worst, and calls answered by partners. */
static void text_centres(const struct lv_results *r, const struct lv_summary *s, FILE *out)
{
    const struct lv_scenario *sc = r->scenario;
    fprintf(out, "%-26s %d of %d meet the target; %d at 51-79 %%, %d at 50 %% or less\n", "centres",
            s->centres_by_band[0], sc->centre_count, s->centres_by_band[1], s->centres_by_band[2]);
    struct ranked *order = rank_sites(r, s);
    if (!order)
        return;
    fprintf(out, "%-26s", "worst centres");
    for (int i = 0, shown = 0; i < s->site_count && shown < 5; i++) {
        int x = order[i].index;
        if (sc->sites[x].satellite || !isfinite(s->sites[x][LV_S_WITHIN_TARGET].mean))
            continue;
        fprintf(out, "%s %s %.0f %%", shown++ ? "," : "", sc->sites[x].name, s->sites[x][LV_S_WITHIN_TARGET].mean * 100);
    }
    fputc('\n', out);
    free(order);
    /* The three worst hours of any centre, among those with at least one call a week. */
    int cells = s->site_interval_sites * s->interval_count, worst[3];
    double *share = malloc((size_t)(cells > 0 ? cells : 1) * sizeof *share);
    if (!share)
        return;
    for (int i = 0; i < cells; i++)
        share[i] = s->site_intervals[i][LV_SI_CALLS_PER_WEEK].mean >= 1 ? s->site_intervals[i][LV_SI_WITHIN_TARGET].mean
                                                                        : NAN;
    lowest_three(share, cells, worst);
    free(share);
    if (worst[0] >= 0) {
        fprintf(out, "%-26s", sc->interval_s == 3600 ? "worst centre-hours" : "worst centre-intervals");
        for (int j = 0; j < 3 && worst[j] >= 0; j++) {
            const char *wd;
            char start[16], end[16];
            interval_label(r, worst[j] % s->interval_count, &wd, start, end);
            fprintf(out, "%s %s %s %s–%s %.0f %%", j ? "," : "", sc->sites[worst[j] / s->interval_count].name, wd, start,
                    end, s->site_intervals[worst[j]][LV_SI_WITHIN_TARGET].mean * 100);
        }
        fputc('\n', out);
    }
    double elsewhere = 0, calls = 0;
    for (int x = 0; x < sc->centre_count; x++) {
        double n = s->sites[x][LV_S_CALLS_PER_DAY].mean, e = s->sites[x][LV_S_ANSWERED_ELSEWHERE].mean;
        if (isfinite(n) && isfinite(e)) {
            calls += n;
            elsewhere += n * e;
        }
    }
    if (elsewhere > 0)
        fprintf(out, "%-26s %.1f %% of answered calls\n", "answered by partners", calls > 0 ? elsewhere / calls * 100 : 0);
}

/* The clinical side of the summary: outcomes, doctors' waits, backup, waiting room. */
static void text_clinical(const struct lv_results *r, const struct lv_summary *s, FILE *out)
{
    const struct lv_scenario *sc = r->scenario;
    const struct lv_estimate *h = s->headline;
    char a[64], b[64], c[64];
    fprintf(out, "%-26s", "clinical outcomes");
    static const char *label[LV_DISPOSITIONS] = {"advice", "consultation", "callback", "home visit", "ambulance", "referral"};
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
        fprintf(out, "%s %s %.1f %%", d ? "," : "", label[d], calls > 0 ? shares[d] / calls * 100 : 0.0);
    fputc('\n', out);
    fprintf(out, "%-26s", "wait for a doctor");
    for (int u = 0; u < 3; u++) {
        format_clock(s->urgencies[u][LV_U_WAIT_MEAN].mean, a, sizeof a);
        format_clock(s->urgencies[u][LV_U_WAIT_P90].mean, b, sizeof b);
        fprintf(out, "%s %s mean %s (p90 %s)", u ? "," : "", lv_urgency_name((enum lv_urgency)u), a, b);
    }
    fputc('\n', out);
    threshold_label(sc->clinical.red_within_s, c, sizeof c);
    format_share(&h[LV_M_RED_SEEN_WITHIN], a, sizeof a);
    char label_red[96];
    snprintf(label_red, sizeof label_red, "red seen within %s", c);
    fprintf(out, "%-26s %s   (from the end of the call, or arrival)\n", label_red, a);
    if (isfinite(h[LV_M_HOME_RESPONSE_MEAN].mean)) {
        format_clock(h[LV_M_HOME_RESPONSE_MEAN].mean, a, sizeof a);
        format_clock(h[LV_M_HOME_RESPONSE_P90].mean, b, sizeof b);
        fprintf(out, "%-26s mean %s, 90th percentile %s\n", "home-visit response", a, b);
    }
    fprintf(out, "%-26s %.0f %%   (%.1f on duty on average)\n", "doctor utilisation",
            h[LV_M_DOCTOR_UTILISATION].mean * 100, h[LV_M_DOCTORS].mean);
    if (lv_scenario_has_backup(sc))
        fprintf(out, "%-26s %.1f activations, %.1f h a week\n", "backup doctor", h[LV_M_BACKUP_ACTIVATIONS].mean,
                h[LV_M_BACKUP_HOURS].mean);
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
        fprintf(out, "%-26s %.1f patients a day; doctors %.1f h a day on video; travel saved %.1f h a day\n",
                "satellites", patients, video, saved);
    }
    fprintf(out, "%-26s %.1f patients on average", "waiting room", h[LV_M_WAITING_ROOM].mean);
    if (isfinite(h[LV_M_WALK_INS_PER_DAY].mean))
        fprintf(out, "   (%.0f walk-ins a day)", h[LV_M_WALK_INS_PER_DAY].mean);
    fputc('\n', out);
}

int lv_output_text(const struct lv_results *r, const struct lv_summary *s, FILE *out)
{
    const struct lv_scenario *sc = r->scenario;
    const struct lv_estimate *h = s->headline;
    char a[64], b[64], thr[32];
    threshold_label(sc->target_within_s, thr, sizeof thr);
    fprintf(out, "lvsim %s · %s: %s · %.4g days × %d replications · seed %llu\n", LV_VERSION, sc->source,
            sc->name, sc->horizon_s / 86400, r->replications, (unsigned long long)r->seed);
    format_count(h[LV_M_CALLS_OFFERED].mean, a, sizeof a);
    format_count(h[LV_M_CALLS_OFFERED].half_width, b, sizeof b);
    fprintf(out, "%-26s %s ± %s   (%.0f per day; warm-up of %.4g d excluded)\n", "calls offered", a, b,
            h[LV_M_CALLS_PER_DAY].mean, sc->warmup_s / 86400);
    char label[48];
    snprintf(label, sizeof label, "answered within %s", thr);
    format_share(&h[LV_M_WITHIN_TARGET], a, sizeof a);
    bool met = h[LV_M_WITHIN_TARGET].mean >= sc->target_share;
    fprintf(out, "%-26s %s   target %.0f %%  %s\n", label, a, sc->target_share * 100, met ? "MET" : "NOT MET");
    format_clock(h[LV_M_ANSWER_MEDIAN].mean, a, sizeof a);
    format_clock(h[LV_M_ANSWER_MEAN].mean, b, sizeof b);
    char p90[32];
    format_clock(h[LV_M_ANSWER_P90].mean, p90, sizeof p90);
    fprintf(out, "%-26s %s   (mean %s, 90th percentile %s)\n", "median answer time", a, b, p90);
    format_share(&h[LV_M_WITHIN_10MIN], a, sizeof a);
    fprintf(out, "%-26s %s\n", "answered within 10 min", a);
    format_share(&h[LV_M_ABANDONED], a, sizeof a);
    if (h[LV_M_BUSY].mean > 0) { /* only scenarios with a queue_capacity that was reached */
        format_share(&h[LV_M_BUSY], b, sizeof b);
        fprintf(out, "%-26s %s, busy %s   (redials %.1f %% of calls)\n", "abandoned", a, b, h[LV_M_REDIALS].mean * 100);
    } else {
        fprintf(out, "%-26s %s   (redials %.1f %% of calls)\n", "abandoned", a, h[LV_M_REDIALS].mean * 100);
    }
    format_share(&h[LV_M_EPISODE_WITHIN_TARGET], a, sizeof a);
    format_clock(h[LV_M_EPISODE_MEAN].mean, b, sizeof b);
    fprintf(out, "%-26s %s within %s of first call, mean %s, %.1f %% never answered\n", "callers", a, thr, b,
            (1 - h[LV_M_EPISODE_ANSWERED].mean) * 100);
    fprintf(out, "%-26s %.0f %%   (%.1f on duty on average)\n", "operator occupancy",
            h[LV_M_OCCUPANCY].mean * 100, h[LV_M_OPERATORS].mean);
    if (isfinite(h[LV_M_NURSE_FLOOR_SHARE].mean) && h[LV_M_NURSE_FLOOR_SHARE].mean > 0)
        fprintf(out, "%-26s %.0f %% phone, %.0f %% floor; shared nurses %.1f h a day on the floor\n", "nurse time",
                h[LV_M_NURSE_PHONE_SHARE].mean * 100, h[LV_M_NURSE_FLOOR_SHARE].mean * 100,
                h[LV_M_PHONE_HOURS_LOST].mean);
    bool hourly = sc->interval_s == 3600;
    fprintf(out, "%-26s %d of %d %s of the week\n", hourly ? "hours meeting target" : "intervals meeting target",
            s->intervals_meeting_target, s->intervals_with_calls, hourly ? "hours" : "intervals");
    format_share(&h[LV_M_DAYS_MEETING_TARGET], a, sizeof a);
    fprintf(out, "%-26s %s   (a given day misses with probability %.2f)\n", "days meeting target", a,
            1 - h[LV_M_DAYS_MEETING_TARGET].mean);
    /* The three intervals with the lowest share within target. */
    int worst[3];
    double *share = malloc((size_t)s->interval_count * sizeof *share);
    if (!share)
        return -1;
    for (int k = 0; k < s->interval_count; k++)
        share[k] = s->intervals[k][LV_I_WITHIN_TARGET].mean;
    lowest_three(share, s->interval_count, worst);
    free(share);
    fprintf(out, "%-26s", hourly ? "worst hours" : "worst intervals");
    for (int j = 0; j < 3 && worst[j] >= 0; j++) {
        const char *wd;
        char start[16], end[16];
        interval_label(r, worst[j], &wd, start, end);
        fprintf(out, "%s %s %s–%s %.0f %%", j ? "," : "", wd, start, end,
                s->intervals[worst[j]][LV_I_WITHIN_TARGET].mean * 100);
    }
    fputc('\n', out);
    if (sc->centre_count > 1)
        text_centres(r, s, out);
    if (sc->clinical.enabled)
        text_clinical(r, s, out);
    return ferror(out) ? -1 : 0;
}

/* ---- comparisons ---- */

static double shown(double v, enum lv_unit unit) { return unit == LV_UNIT_SHARE ? v * 100 : v; }

int lv_output_compare_text(const struct lv_results *a, const struct lv_results *b,
                           const struct lv_comparison *c, FILE *out)
{
    const struct lv_scenario *sa = a->scenario, *sb = b->scenario;
    fprintf(out, "lvsim %s · compare · A: %s · B: %s · %d paired replications · seed %llu\n", LV_VERSION, sa->name,
            sb->name, a->replications, (unsigned long long)a->seed);
    fprintf(out, "%-44s %12s %12s %24s %12s\n", "figure (shares in %)", "A", "B", "B - A (paired 95 %)", "unpaired ±");
    for (int m = 0; m < LV_HEADLINE_COUNT; m++) {
        const struct lv_metric_info *info = lv_headline_info((enum lv_headline)m);
        if (!isfinite(c->a[m].mean) && !isfinite(c->b[m].mean))
            continue;
        char diff[64];
        if (isfinite(c->paired[m].half_width))
            snprintf(diff, sizeof diff, "%+.3g ± %.2g", shown(c->paired[m].mean, info->unit),
                     shown(c->paired[m].half_width, info->unit));
        else
            snprintf(diff, sizeof diff, "%+.3g", shown(c->paired[m].mean, info->unit));
        fprintf(out, "%-44s %12.4g %12.4g %24s %12.2g\n", info->label, shown(c->a[m].mean, info->unit),
                shown(c->b[m].mean, info->unit), diff, shown(c->unpaired_half_width[m], info->unit));
    }
    const struct lv_estimate *d = &c->paired[LV_M_WITHIN_TARGET];
    char thr[32];
    threshold_label(sa->target_within_s, thr, sizeof thr);
    double pts = d->mean * 100, hw = d->half_width * 100, unp = c->unpaired_half_width[LV_M_WITHIN_TARGET] * 100;
    if (!isfinite(hw))
        fprintf(out, "verdict: B - A = %+.1f points within %s (one replication: no interval; use -r)\n", pts, thr);
    else if (fabs(pts) > hw)
        fprintf(out, "verdict: B answers %.1f ± %.1f points %s calls within %s than A (paired 95 %% interval; "
                     "unpaired it would be ± %.1f)\n", fabs(pts), hw, pts > 0 ? "more" : "fewer", thr, unp);
    else
        fprintf(out, "verdict: no difference shown: B - A = %+.1f ± %.1f points within %s (paired 95 %% interval); "
                     "more replications narrow it\n", pts, hw, thr);
    return ferror(out) ? -1 : 0;
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
