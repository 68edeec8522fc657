/* html.c — the HTML report; see html.h. Markup, CSS and SVG are syntax, appended with put() (not
 * a message); every word shown comes from the catalogue (lv_msg) and every number shown to people
 * from lv_report_format, in the page's language. Numbers in attributes (coordinates, data-value)
 * have fixed formats, so the same document always gives the same bytes. Each chart carries its
 * data as data-value attributes (the JSON's numbers, %.6g) beside the formatted text, so a test
 * can compare what is shown with the JSON. */
#include "lvsim/html.h"
#include "lvsim/explain.h"
#include "lvsim/report.h"
#include "lvsim/summary.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the page being written ---- */

struct page {
    char *s;
    size_t len, cap;
    bool failed;
    enum lv_language lang;
    char nums[16][96]; /* formatted numbers, used round-robin: a sentence takes several at once */
    int next_num;
};

static bool reserve(struct page *p, size_t more)
{
    if (p->failed)
        return false;
    if (p->len + more + 1 <= p->cap)
        return true;
    size_t cap = p->cap ? p->cap : 65536;
    while (cap < p->len + more + 1)
        cap *= 2;
    char *s = realloc(p->s, cap);
    if (!s) {
        p->failed = true;
        return false;
    }
    p->s = s;
    p->cap = cap;
    return true;
}

static void put(struct page *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct page *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !reserve(p, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(p->s + p->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    p->len += (size_t)n;
}

/* text with & < > " ' escaped: safe in element content and in quoted attributes. */
static void esc(struct page *p, const char *text)
{
    for (const char *c = text ? text : ""; *c; c++) {
        const char *e = NULL;
        switch (*c) {
        case '&': e = "&amp;"; break;
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '"': e = "&quot;"; break;
        case '\'': e = "&#39;"; break;
        }
        if (e)
            put(p, "%s", e);
        else if (reserve(p, 1)) {
            p->s[p->len++] = *c;
            p->s[p->len] = '\0';
        }
    }
}

static const char *msg(const struct page *p, enum lv_msg id) { return lv_msg(id, p->lang); }

/* Message id with its {1}.. filled by the strings that follow (up to a NULL), into buf. */
static char *expand(const struct page *p, char *buf, size_t size, enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    lv_msg_expand(buf, size, msg(p, id), argc, args);
    return buf;
}

/* A number for people in format f; "–" where undefined. The text lives for 16 more calls. */
static const char *num(struct page *p, enum lv_report_format f, double v, double half_width)
{
    char *buf = p->nums[p->next_num++ % 16];
    if (!isfinite(v))
        return "\u2013";
    struct lv_report_value rv = {.format = f, .value = v, .half_width = half_width};
    return lv_report_format(&rv, p->lang, buf, sizeof p->nums[0]);
}
static const char *pct(struct page *p, double share) { return num(p, LV_FMT_PERCENT0, share, NAN); }
static const char *pct1(struct page *p, double share) { return num(p, LV_FMT_PERCENT1, share, NAN); }
static const char *clock_of(struct page *p, double s) { return num(p, LV_FMT_CLOCK, s, NAN); }
static const char *threshold(struct page *p, double s) { return num(p, LV_FMT_THRESHOLD, s, NAN); }
/* An amount (calls a day, hours a week): a decimal only where it tells something, "254" not "254.0". */
static const char *amount(struct page *p, double v) { return num(p, fabs(v) >= 100 ? LV_FMT_FIXED0 : LV_FMT_FIXED1, v, NAN); }
/* A seed is an identifier: all its digits, no thousands separator ("2023", not "2 023"). */
static const char *seed_of(struct page *p, const cJSON *root)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "seed");
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0))
        return "\u2013";
    struct lv_report_value rv = {.format = LV_FMT_WHOLE, .whole = (unsigned long long)v->valuedouble};
    return lv_report_format(&rv, p->lang, p->nums[p->next_num++ % 16], sizeof p->nums[0]);
}

/* ---- the JSON document ---- */

static const cJSON *get(const cJSON *o, const char *key) { return cJSON_GetObjectItemCaseSensitive(o, key); }
static double number(const cJSON *o, const char *key)
{
    const cJSON *v = get(o, key);
    return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}
static const char *string(const cJSON *o, const char *key)
{
    const cJSON *v = get(o, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}
/* points.json holds a sweep point's numeric axis values as numbers and true/false as booleans
 * (docs/sweeps.md): made strings here ("%.15g": cJSON keeps no text, so 1.10 shows as 1.1), so the
 * renderer reads every axis value as text. Returns 0, or -1 out of memory. */
static int axis_values_as_text(cJSON *root, enum lv_language lang)
{
    cJSON *results = cJSON_GetObjectItemCaseSensitive(root, "results"), *r;
    cJSON_ArrayForEach(r, results)
    {
        cJSON *values = cJSON_GetObjectItemCaseSensitive(r, "values");
        for (cJSON *v = cJSON_IsObject(values) ? values->child : NULL, *next; v; v = next) {
            next = v->next;
            char buf[64];
            if (cJSON_IsNumber(v)) {
                snprintf(buf, sizeof buf, "%.15g", v->valuedouble);
                lv_report_localise(buf, sizeof buf, lang); /* "1,04" on a Norwegian page */
            } else if (cJSON_IsBool(v))
                snprintf(buf, sizeof buf, "%s", cJSON_IsTrue(v) ? "true" : "false"); /* syntax, not a message */
            else
                continue;
            cJSON *s = cJSON_CreateString(buf);
            /* keyed by v's name (copied before v is freed) */
            if (!s || !v->string || !cJSON_ReplaceItemInObjectCaseSensitive(values, v->string, s)) {
                cJSON_Delete(s);
                return -1;
            }
        }
    }
    return 0;
}
/* A whole number of the document, -1 where it is missing or out of [0, max] (a document from
 * elsewhere must not overflow a conversion). */
static int whole(const cJSON *o, const char *key, int max)
{
    double v = number(o, key);
    return v >= 0 && v <= max ? (int)v : -1;
}

/* An array's elements in order, as a vector: cJSON's lists are linked, so indexing one in a loop
 * (cJSON_GetArrayItem) is quadratic in its length; this is one pass. n is 0 for a missing array
 * or out of memory (then the page is marked failed). Free .at. */
struct elements {
    const cJSON **at;
    int n;
};
static struct elements elements_of(struct page *p, const cJSON *array)
{
    struct elements e = {0};
    int n = cJSON_IsArray(array) ? cJSON_GetArraySize(array) : 0;
    if (n <= 0)
        return e;
    e.at = malloc(sizeof *e.at * (size_t)n);
    if (!e.at) {
        p->failed = true;
        return e;
    }
    for (const cJSON *x = array->child; x && e.n < n; x = x->next)
        e.at[e.n++] = x;
    return e;
}

/* Whether o's estimate key is a censored quantile (a lower bound, docs/output.md). */
static bool censored(const cJSON *o, const char *key) { return cJSON_IsTrue(get(get(o, key), "censored")); }

/* o's estimate key in format f, written as the text writes it: "> 4:00:00" where censored. */
static const char *estimate_text(struct page *p, enum lv_report_format f, const cJSON *o, const char *key)
{
    char *buf = p->nums[p->next_num++ % 16];
    double v = number(get(o, key), "mean");
    if (!isfinite(v))
        return "\u2013";
    struct lv_report_value rv = {.format = f, .value = v, .half_width = NAN, .censored = censored(o, key)};
    return lv_report_format(&rv, p->lang, buf, sizeof p->nums[0]);
}

/* An estimate {mean, ci95, n}: its mean, and its half-width into *ci if asked. */
static double mean(const cJSON *o, const char *key, double *ci)
{
    const cJSON *e = get(o, key);
    if (ci)
        *ci = number(e, "ci95");
    return number(e, "mean");
}

/* "Mon".."Sun" (any case) as 0..6, or -1. */
static int weekday_of(const char *name)
{
    static const char *const days = "montuewedthufrisatsun";
    if (!name || strlen(name) != 3)
        return -1;
    for (int d = 0; d < 7; d++) {
        bool same = true;
        for (int i = 0; i < 3; i++)
            same = same && (name[i] | 0x20) == days[3 * d + i];
        if (same)
            return d;
    }
    return -1;
}

/* ---- colours: a blue–orange diverging scale (readable with the common colour blindnesses) ---- */

#define NO_CALLS_FILL "#d9d9d9"

/* share v against the target t: neutral at t, blue above, orange below. Returns the depth 0..1. */
static double diverging(double v, double t, char out[8])
{
    static const int neutral[3] = {247, 247, 247}, above[3] = {33, 102, 172}, below[3] = {179, 88, 6};
    const int *to = v >= t ? above : below;
    double f = v >= t ? (t < 1 ? (v - t) / (1 - t) : 1) : (t > 0 ? (t - v) / t : 1);
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    int c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (int)lround(neutral[i] + (to[i] - neutral[i]) * f);
    snprintf(out, 8, "#%02x%02x%02x", c[0], c[1], c[2]);
    return f;
}

/* A sequential light-to-dark blue for f in 0..1. */
static void sequential(double f, char out[8])
{
    static const int light[3] = {239, 243, 255}, dark[3] = {8, 69, 148};
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    int c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (int)lround(light[i] + (dark[i] - light[i]) * f);
    snprintf(out, 8, "#%02x%02x%02x", c[0], c[1], c[2]);
}

/* ---- page furniture ---- */

static const char css[] =
    "*{box-sizing:border-box}"
    "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#222;margin:0 auto;max-width:860px;"
    "padding:16px;line-height:1.4;font-size:14px}"
    "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:18px 0 2px}"
    ".meta{color:#555;margin:0 0 12px}.reading{margin:2px 0 6px;font-weight:bold}"
    ".note{color:#555;font-size:12px;margin:4px 0}"
    "section{margin:0 0 22px;break-inside:avoid;page-break-inside:avoid}"
    "svg{display:block;width:100%;height:auto;max-width:820px}"
    "svg text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:11px;fill:#222}"
    "svg .axis{font-size:12px}svg .in{font-size:10px}svg .in.light{fill:#fff}"
    "table{border-collapse:collapse;margin:4px 0;font-size:13px}"
    "th,td{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:middle}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "td svg{display:inline-block;width:140px;height:14px;vertical-align:middle}"
    ".met{color:#2166ac;font-weight:bold}.missed{color:#b35806;font-weight:bold}"
    ".warning{border:2px solid #b35806;background:#fff3e0;padding:6px 12px;margin:4px 0 14px;font-weight:bold}"
    ".warning p{margin:4px 0}.changes{margin:-8px 0 12px;font-weight:bold}"
    "footer{color:#666;font-size:11px;border-top:1px solid #ccc;padding-top:6px;margin-top:24px}"
    "@page{size:A4;margin:14mm}"
    "@media print{body{max-width:none;padding:0;font-size:11px}section.chart{break-before:page;"
    "page-break-before:always}section.first{break-before:auto;page-break-before:auto}"
    "svg{max-width:100%}td svg{width:90px}th,td{padding:2px 4px}}";

static void page_open(struct page *p, const char *title)
{
    put(p, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lv_language_code(p->lang));
    put(p, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    esc(p, title);
    put(p, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n<h1>", css);
    esc(p, title);
    put(p, "</h1>\n");
}

/* The footer: how the page was made, and what its figures are (footer: a message taking the
 * version as {1}, used when there is one; plain: the same without it). */
static void page_close_with(struct page *p, const char *version, enum lv_msg footer, enum lv_msg plain)
{
    char line[512];
    put(p, "<footer>");
    esc(p, *version ? expand(p, line, sizeof line, footer, version, NULL) : msg(p, plain));
    put(p, "</footer>\n</body>\n</html>\n");
}

/* A page of figures averaged over replications. */
static void page_close(struct page *p, const char *version)
{
    page_close_with(p, version, LV_MSG_HTML_FOOTER, LV_MSG_HTML_FOOTER_NO_VERSION);
}

/* A chart's section: its id, title and one-line reading. first: no page break before it in print. */
static void section_open(struct page *p, const char *id, enum lv_msg title, const char *reading, bool first)
{
    put(p, "<section class=\"chart%s\" id=\"%s\">\n<h2>", first ? " first" : "", id);
    esc(p, msg(p, title));
    put(p, "</h2>\n<p class=\"reading\">");
    esc(p, reading);
    put(p, "</p>\n");
}

static void svg_open(struct page *p, const char *id, int width, int height, enum lv_msg label)
{
    put(p, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"svg-%s\" class=\"chart\" viewBox=\"0 0 %d %d\" "
           "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"",
        id, width, height, width, height);
    esc(p, msg(p, label));
    put(p, "\">\n");
}

static void text_at(struct page *p, double x, double y, const char *anchor, const char *cls, const char *t)
{
    put(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s%s%s>", x, y, anchor, cls ? " class=\"" : "",
        cls ? cls : "", cls ? "\"" : "");
    esc(p, t);
    put(p, "</text>\n");
}

/* A vertical axis title, turned to read upwards. */
static void y_title(struct page *p, double x, double y, const char *t)
{
    put(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 %.1f %.1f)\">",
        x, y, x, y);
    esc(p, t);
    put(p, "</text>\n");
}

/* The largest of a few round numbers at least v (an axis's top). */
static double nice_top(double v)
{
    if (!(v > 0))
        return 1;
    double e = pow(10, floor(log10(v)));
    static const double steps[] = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    for (int i = 0; i < 11; i++)
        if (steps[i] * e >= v - 1e-12)
            return steps[i] * e;
    return 10 * e;
}

/* Steps of an axis from 0 to top (a nice_top): 3, 4 or 5, whichever gives round labels. */
static int nice_ticks(double top)
{
    double mantissa = top / pow(10, floor(log10(top)));
    if (fabs(mantissa - 3) < 1e-9 || fabs(mantissa - 6) < 1e-9 || fabs(mantissa - 1.5) < 1e-9)
        return 3;
    if (fabs(mantissa - 1.2) < 1e-9 || fabs(mantissa - 2) < 1e-9 || fabs(mantissa - 4) < 1e-9 ||
        fabs(mantissa - 8) < 1e-9)
        return 4;
    return 5;
}

/* The week on a horizontal axis: day separators and weekday names under [x0, x0 + width). */
static void week_axis(struct page *p, double x0, double width, double y_top, double y_bottom, int days)
{
    double dw = width / days;
    for (int d = 0; d <= days; d++)
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-width=\"0.6\"/>\n",
            x0 + d * dw, y_top, x0 + d * dw, y_bottom + 4);
    for (int d = 0; d < days; d++)
        text_at(p, x0 + (d + 0.5) * dw, y_bottom + 15, "middle", NULL, msg(p, (enum lv_msg)(LV_MSG_MON + d % 7)));
}

/* Horizontal grid lines and labels of a y axis from 0 to top in `ticks` steps. */
static void y_grid(struct page *p, double x0, double x1, double y0, double height, double top, int ticks,
                   enum lv_report_format f, double scale)
{
    for (int i = 0; i <= ticks; i++) {
        double v = top * i / ticks, y = y0 + height - height * i / ticks;
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\" stroke-width=\"0.8\"/>\n", x0,
            y, x1, y);
        text_at(p, x0 - 4, y + 4, "end", NULL, num(p, f, v * scale, NAN));
    }
}

/* Characters of UTF-8 text (its rendered width is about this many times a character's). */
static size_t text_width(const char *t)
{
    size_t n = 0;
    for (; *t; t++)
        n += ((unsigned char)*t & 0xC0) != 0x80;
    return n;
}

/* A legend entry: a swatch (or a line) and its label; returns the x after it. */
/* A legend's swatch of a series' line, drawn as the line is: its colour, width and dashes (dash ""
 * solid); series names the line (data-series) so the two can be checked against each other. */
static double legend_line(struct page *p, double x, double y, const char *series, const char *colour, const char *width,
                          const char *dash, const char *label)
{
    put(p, "<line class=\"legend\" data-series=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
           "stroke-width=\"%s\"%s%s%s/>\n",
        series, x, y - 4, x + 18, y - 4, colour, width, *dash ? " stroke-dasharray=\"" : "", dash, *dash ? "\"" : "");
    text_at(p, x + 22, y, "start", NULL, label);
    return x + 22 + 6.4 * (double)text_width(label) + 16;
}

static double legend_item(struct page *p, double x, double y, const char *fill, bool line, const char *label)
{
    if (line)
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"/>\n", x, y - 4,
            x + 18, y - 4, fill);
    else
        put(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"%s\" stroke=\"#888\" stroke-width=\"0.5\"/>\n",
            x, y - 9, fill);
    text_at(p, x + 22, y, "start", NULL, label);
    return x + 22 + 6.4 * (double)text_width(label) + 16;
}

/* "Friday 17:00–18:00" of an interval object (weekday, start, end) or a staff interval (day, from). */
static const char *interval_name(struct page *p, const cJSON *iv, bool long_day, int interval_s)
{
    char *buf = p->nums[p->next_num++ % 16];
    const char *day = get(iv, "weekday") ? string(iv, "weekday") : string(iv, "day");
    int d = weekday_of(day);
    const char *from = get(iv, "start") ? string(iv, "start") : string(iv, "from");
    char end[8];
    if (get(iv, "end"))
        snprintf(end, sizeof end, "%.5s", string(iv, "end")); /* a JSON key, not a message */
    else {
        int h = 0, m = 0;
        sscanf(from, "%2d:%2d", &h, &m); /* at most two digits each: no overflow on a hostile file */
        int e = h * 60 + m + interval_s / 60;
        snprintf(end, sizeof end, "%02d:%02d", (e / 60) % 100, e % 60);
    }
    const char *dname = d >= 0 ? msg(p, (enum lv_msg)((long_day ? LV_MSG_MONDAY : LV_MSG_MON) + d)) : day;
    snprintf(buf, sizeof p->nums[0], "%s %s\u2013%s", dname, from, end);
    return buf;
}

/* A key figure's row: label, the value shown, its number for checks. */
static void key_row(struct page *p, const char *label, const char *key, double value, const char *shown,
                    const char *status_class, const char *status)
{
    put(p, "<tr><th>");
    esc(p, label);
    put(p, "</th><td class=\"num\" data-key=\"%s\" data-value=\"%.6g\">", key, value);
    esc(p, shown);
    put(p, "</td><td>");
    if (status) {
        put(p, "<span class=\"%s\">", status_class);
        esc(p, status);
        put(p, "</span>");
    }
    put(p, "</td></tr>\n");
}

/* An inline bar of a share 0..1 with the target's tick, for tables. */
static void share_bar(struct page *p, double v, double target)
{
    char fill[8];
    diverging(isfinite(v) ? v : 0, isfinite(target) ? target : 0.8, fill);
    put(p, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 140 14\" width=\"140\" height=\"14\" "
           "role=\"img\" aria-label=\"%s\">",
        pct(p, v));
    put(p, "<rect x=\"0\" y=\"1\" width=\"140\" height=\"12\" fill=\"#f0f0f0\"/>");
    if (isfinite(v))
        put(p, "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"12\" fill=\"%s\" stroke=\"#777\" stroke-width=\"0.4\"/>",
            140 * fmin(fmax(v, 0), 1), fill);
    if (isfinite(target))
        put(p, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"14\" stroke=\"#222\" stroke-width=\"1.2\"/>", 140 * target,
            140 * target);
    put(p, "</svg>");
}

/* Markup then text: "<th class=\"num\">" and an escaped label, say. */
static void tagged(struct page *p, const char *markup, const char *text)
{
    put(p, "%s", markup);
    esc(p, text);
}

/* A table row's share within the target: the number (with its JSON value) and an inline bar. */
static void share_cells(struct page *p, const cJSON *row, double target)
{
    double ci, v = mean(row, "answered_within_target", &ci);
    put(p, "<td class=\"num\" data-value=\"%.6g\">", v);
    esc(p, num(p, LV_FMT_SHARE, v, ci));
    put(p, "</td><td>");
    share_bar(p, v, target);
    put(p, "</td>");
}

/* ---- run results ---- */

struct run_doc {
    const cJSON *root, *summary, *intervals;
    struct elements iv; /* the intervals, d->n of them */
    double target_share, target_s;
    int interval_s, per_day, n;
};

/* "HH:MM" as seconds from midnight, or -1. */
static int clock_seconds(const char *t)
{
    int h, m;
    return t && sscanf(t, "%d:%d", &h, &m) == 2 && h >= 0 && h <= 24 && m >= 0 && m < 60 ? h * 3600 + m * 60 : -1;
}

/* The interval of the week a table row {weekday, start} names, or -1. */
static int interval_of(const cJSON *row, int interval_s, int n)
{
    int day = weekday_of(string(row, "weekday")), from = clock_seconds(string(row, "start"));
    if (day < 0 || from < 0 || interval_s <= 0)
        return -1;
    int k = (day * 86400 + from) / interval_s;
    return k < n ? k : -1;
}

/* The text's overload warnings (lv_report_overload) from the JSON's overloaded and
 * overloaded_centres tables, in a box under the title; nothing when nothing is overloaded. */
static void overload_warning(struct page *p, const cJSON *root, int interval_s, int n, double target_s)
{
    const cJSON *over = get(root, "overloaded"), *centres = get(root, "overloaded_centres");
    int sites = cJSON_IsArray(centres) ? cJSON_GetArraySize(centres) : 0;
    if (n <= 0 || (cJSON_GetArraySize(over) <= 0 && sites <= 0))
        return;
    sites = sites < LV_MAX_SITES ? sites : LV_MAX_SITES;
    bool *flags = calloc((size_t)n, sizeof *flags), *site_flags = calloc((size_t)n * (size_t)(sites + 1), sizeof *site_flags);
    double *queue = calloc((size_t)n, sizeof *queue);
    const char **names = calloc((size_t)(sites + 1), sizeof *names);
    if (!flags || !site_flags || !queue || !names) {
        p->failed = true;
        goto done;
    }
    const cJSON *row;
    cJSON_ArrayForEach(row, over)
    {
        int k = interval_of(row, interval_s, n);
        if (k >= 0) {
            flags[k] = true;
            double q = mean(row, "queue_length_mean", NULL);
            queue[k] = isfinite(q) ? q : 0;
        }
    }
    int x = 0;
    const cJSON *centre;
    cJSON_ArrayForEach(centre, centres)
    {
        if (x >= sites)
            break;
        names[x] = string(centre, "name");
        cJSON_ArrayForEach(row, get(centre, "overloaded"))
        {
            int k = interval_of(row, interval_s, n);
            if (k >= 0)
                site_flags[x * n + k] = true;
        }
        x++;
    }
    struct lv_overload_week week = {.n = n, .interval_s = interval_s, .target_within_s = target_s, .overloaded = flags,
                                    .queue = queue, .sites = sites, .site_overloaded = site_flags, .site_names = names};
    struct lv_report rep;
    lv_report_init(&rep);
    if (lv_report_overload(&rep, &week) != 0)
        p->failed = true;
    else if (rep.count > 0) {
        char line[1024];
        put(p, "<div class=\"warning\" id=\"overload\" role=\"alert\">\n");
        for (int i = 0; i < rep.count; i++) {
            put(p, "<p>");
            esc(p, lv_report_row_sentence(&rep.rows[i], p->lang, line, sizeof line));
            put(p, "</p>\n");
        }
        put(p, "</div>\n");
    }
    lv_report_fini(&rep);
done:
    free(flags);
    free(site_flags);
    free(queue);
    free(names);
}

static void run_keys(struct page *p, const struct run_doc *d)
{
    const cJSON *s = d->summary;
    char label[256], shown[256];
    double ci, v;
    put(p, "<section class=\"keys first\" id=\"keys\">\n<h2>");
    esc(p, msg(p, LV_MSG_HTML_KEY_FIGURES));
    put(p, "</h2>\n<table>\n");
    v = mean(s, "calls_per_day", &ci);
    key_row(p, msg(p, LV_MSG_HTML_CALLS_PER_DAY), "summary.calls_per_day", v, num(p, LV_FMT_COUNT_CI, v, ci), NULL,
            NULL);
    v = mean(s, "answered_within_target", &ci);
    bool met = v >= d->target_share - 1e-12;
    expand(p, label, sizeof label, LV_MSG_HTML_ANSWERED_WITHIN, threshold(p, d->target_s), NULL);
    expand(p, shown, sizeof shown, LV_MSG_HTML_TARGET_STATUS, pct(p, d->target_share),
           msg(p, met ? LV_MSG_HTML_MET : LV_MSG_HTML_NOT_MET), NULL);
    key_row(p, label, "summary.answered_within_target", v, num(p, LV_FMT_SHARE, v, ci), met ? "met" : "missed", shown);
    v = mean(s, "answered_within_10min", &ci);
    expand(p, label, sizeof label, LV_MSG_HTML_ANSWERED_WITHIN, threshold(p, 600), NULL);
    key_row(p, label, "summary.answered_within_10min", v, num(p, LV_FMT_SHARE, v, ci), NULL, NULL);
    v = mean(s, "abandoned", &ci);
    key_row(p, msg(p, LV_MSG_HTML_ABANDONED), "summary.abandoned", v, num(p, LV_FMT_SHARE, v, ci), NULL, NULL);
    v = mean(s, "answer_time_mean_s", &ci);
    key_row(p, msg(p, LV_MSG_HTML_ANSWER_MEAN), "summary.answer_time_mean_s", v, clock_of(p, v), NULL, NULL);
    v = mean(s, "answer_time_p90_s", &ci);
    key_row(p, msg(p, LV_MSG_HTML_ANSWER_P90), "summary.answer_time_p90_s", v,
            estimate_text(p, LV_FMT_CLOCK, s, "answer_time_p90_s"), NULL, NULL);
    v = mean(s, "episode_within_target", &ci);
    expand(p, label, sizeof label, LV_MSG_HTML_CALLERS_WITHIN, threshold(p, d->target_s), NULL);
    key_row(p, label, "summary.episode_within_target", v, num(p, LV_FMT_SHARE, v, ci), NULL, NULL);
    v = mean(s, "operator_occupancy", &ci);
    key_row(p, msg(p, LV_MSG_HTML_OCCUPANCY), "summary.operator_occupancy", v, num(p, LV_FMT_SHARE, v, ci), NULL,
            NULL);
    v = mean(s, "operators_mean", &ci);
    key_row(p, msg(p, LV_MSG_HTML_PHONE_STAFF_MEAN), "summary.operators_mean", v, num(p, LV_FMT_FIXED1, v, NAN),
            NULL, NULL);
    v = mean(s, "days_meeting_target", &ci);
    key_row(p, msg(p, LV_MSG_HTML_DAYS_MEETING), "summary.days_meeting_target", v, num(p, LV_FMT_SHARE, v, ci), NULL,
            NULL);
    double hours = number(d->root, "intervals_meeting_target"), with = number(d->root, "intervals_with_calls");
    expand(p, shown, sizeof shown, LV_MSG_HTML_N_OF_M, num(p, LV_FMT_FIXED0, hours, NAN), num(p, LV_FMT_FIXED0, with, NAN),
           NULL);
    key_row(p, msg(p, d->interval_s == 3600 ? LV_MSG_HTML_HOURS_MEETING : LV_MSG_HTML_INTERVALS_MEETING),
            "intervals_meeting_target", hours, shown, NULL, NULL);
    put(p, "</table>\n<p class=\"note\">");
    esc(p, msg(p, LV_MSG_HTML_CI_NOTE));
    put(p, "</p>\n</section>\n");
}

static void run_heatmap(struct page *p, const struct run_doc *d)
{
    const double left = 86, top = 26, cw = 720.0 / d->per_day, ch = 30;
    int rows = (d->n + d->per_day - 1) / d->per_day;
    double t = d->target_share;
    /* the reading: how many intervals with calls meet the target, and the worst by the text's rule
     * (lv_report_worst_intervals: one that stands out from the week, not merely the lowest) */
    int with = 0, meeting = 0, worst[3] = {-1, -1, -1};
    double *share = malloc((size_t)(d->n > 0 ? d->n : 1) * 2 * sizeof *share), *half_width = share + (d->n > 0 ? d->n : 1);
    if (!share) {
        p->failed = true;
        return;
    }
    for (int k = 0; k < d->n; k++) {
        const cJSON *iv = d->iv.at[k];
        double ci, v = mean(iv, "answered_within_target", &ci), calls = mean(iv, "calls_offered_per_week", NULL);
        bool counted = calls > 0 && isfinite(v);
        share[k] = counted ? v : NAN;
        half_width[k] = ci;
        with += counted;
        meeting += counted && v >= t - 1e-12;
    }
    double week_ci, week = mean(d->summary, "answered_within_target", &week_ci);
    lv_report_worst_intervals(share, half_width, d->n, week, week_ci, worst);
    free(share);
    bool hourly = d->interval_s == 3600;
    char reading[512] = "";
    if (worst[0] >= 0)
        expand(p, reading, sizeof reading, hourly ? LV_MSG_HTML_HEAT_READING : LV_MSG_HTML_HEAT_READING_INTERVALS,
               num(p, LV_FMT_FIXED0, meeting, NAN), num(p, LV_FMT_FIXED0, with, NAN), pct(p, t),
               interval_name(p, d->iv.at[worst[0]], true, d->interval_s),
               pct(p, mean(d->iv.at[worst[0]], "answered_within_target", NULL)), threshold(p, d->target_s), NULL);
    else if (with > 0)
        expand(p, reading, sizeof reading, hourly ? LV_MSG_HTML_HEAT_READING_NONE : LV_MSG_HTML_HEAT_READING_NONE_INTERVALS,
               num(p, LV_FMT_FIXED0, meeting, NAN), num(p, LV_FMT_FIXED0, with, NAN), pct(p, t),
               msg(p, !isfinite(week_ci) ? LV_MSG_SUM_WORST_NOT_JUDGED
                      : hourly           ? LV_MSG_SUM_NO_HOUR_STANDS_OUT
                                         : LV_MSG_SUM_NO_INTERVAL_STANDS_OUT),
               NULL);
    char title[256];
    section_open(p, "heatmap", LV_MSG_HTML_HEAT_TITLE, reading, false);
    int width = (int)(left + 720 + 12), height = (int)(top + rows * ch + 110);
    svg_open(p, "heatmap", width, height, LV_MSG_HTML_HEAT_TITLE);
    /* hours along the top */
    int step = d->per_day >= 24 ? d->per_day / 24 : 1;
    for (int c = 0; c < d->per_day; c += step) {
        char hh[8];
        snprintf(hh, sizeof hh, "%02d", (int)((long)c * d->interval_s / 3600));
        text_at(p, left + c * cw + cw / 2, top - 6, "middle", NULL, hh);
    }
    for (int r = 0; r < rows; r++)
        text_at(p, left - 6, top + r * ch + ch / 2 + 4, "end", NULL, msg(p, (enum lv_msg)(LV_MSG_MONDAY + r % 7)));
    for (int k = 0; k < d->n; k++) {
        const cJSON *iv = d->iv.at[k];
        double ci, v = mean(iv, "answered_within_target", &ci), calls = mean(iv, "calls_offered_per_week", NULL);
        double x = left + (k % d->per_day) * cw, y = top + (double)(k / d->per_day) * ch;
        const char *name = interval_name(p, iv, false, d->interval_s);
        if (!(calls > 0) || !isfinite(v)) {
            expand(p, title, sizeof title, LV_MSG_HTML_CELL_NO_CALLS, name, NULL);
            put(p, "<g class=\"cell empty\" data-k=\"%d\"><title>", k);
            esc(p, title);
            put(p, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#fff\"/></g>\n",
                x, y, cw, ch, NO_CALLS_FILL);
            continue;
        }
        char fill[8];
        double depth = diverging(v, t, fill);
        bool straddles = isfinite(ci) && fabs(v - t) <= ci;
        expand(p, title, sizeof title, LV_MSG_HTML_CELL, name, num(p, LV_FMT_SHARE, v, ci),
               num(p, LV_FMT_FIXED1, calls, NAN), straddles ? msg(p, LV_MSG_HTML_CELL_STRADDLES) : "", NULL);
        put(p, "<g class=\"cell\" data-k=\"%d\" data-value=\"%.6g\" data-ci=\"%.6g\" data-calls=\"%.6g\"><title>", k, v,
            isfinite(ci) ? ci : 0, calls);
        esc(p, title);
        put(p, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#fff\"/>", x, y,
            cw, ch, fill);
        if (cw >= 18)
            put(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"in%s\">%s</text>", x + cw / 2,
                y + ch / 2 + 4, depth > 0.55 ? " light" : "", num(p, LV_FMT_FIXED0, v * 100, NAN));
        if (straddles)
            put(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"%s\"/>", x + cw - 5, y + 5,
                depth > 0.55 ? "#fff" : "#222");
        put(p, "</g>\n");
    }
    double y = top + rows * ch;
    text_at(p, left + 360, y + 22, "middle", "axis", msg(p, LV_MSG_HTML_AXIS_HOUR));
    /* the legend: the scale in steps of 10 %, the target, no calls, the dot */
    double ly = y + 44, sw = 30;
    text_at(p, left - 6, ly + 14, "end", NULL, msg(p, LV_MSG_HTML_LEGEND_SHARE));
    for (int i = 0; i <= 10; i++) {
        char fill[8];
        diverging(i / 10.0, t, fill);
        put(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\" fill=\"%s\" stroke=\"#888\" stroke-width=\"0.4\"/>\n",
            left + i * sw, ly + 2, sw, fill);
        if (i % 2 == 0)
            text_at(p, left + i * sw + sw / 2, ly + 30, "middle", NULL, pct(p, i / 10.0));
    }
    double tx = left + (t * 10 + 0.5) * sw;
    put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222\" stroke-width=\"1.5\"/>\n", tx, ly - 2,
        tx, ly + 20);
    expand(p, title, sizeof title, LV_MSG_HTML_TARGET_IS, pct(p, t), NULL);
    text_at(p, tx, ly - 5, "middle", NULL, title);
    double lx = left + 11 * sw + 24;
    lx = legend_item(p, lx, ly + 14, NO_CALLS_FILL, false, msg(p, LV_MSG_HTML_NO_CALLS));
    put(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#222\"/>\n", lx + 4, ly + 9);
    text_at(p, lx + 12, ly + 14, "start", NULL, msg(p, LV_MSG_HTML_STRADDLES));
    put(p, "</svg>\n</section>\n");
}

static void run_traffic(struct page *p, const struct run_doc *d)
{
    static const struct {
        const char *key, *colour, *dash;
        enum lv_msg label;
    } series[] = {{"operators_mean", "#2166ac", "", LV_MSG_HTML_PHONE_STAFF},
                  {"nurses_on_floor_mean", "#e08214", "", LV_MSG_HTML_FLOOR_NURSES},
                  {"shared_on_floor_mean", "#542788", "5 3", LV_MSG_HTML_SHARED_NURSES},
                  {"doctors_mean", "#444444", "2 2", LV_MSG_HTML_DOCTORS}};
    enum { SERIES = sizeof series / sizeof *series };
    const double left = 64, width = 720, top1 = 14, h1 = 140, top2 = top1 + h1 + 40, h2 = 130;
    double calls_top = 0, staff_top = 0, bw = width / d->n;
    bool present[SERIES] = {false};
    int busiest = -1;
    for (int k = 0; k < d->n; k++) {
        const cJSON *iv = d->iv.at[k];
        double c = mean(iv, "calls_offered_per_week", NULL);
        if (isfinite(c) && c > calls_top) {
            calls_top = c;
            busiest = k;
        }
        for (int s = 0; s < SERIES; s++) {
            double v = mean(iv, series[s].key, NULL);
            if (isfinite(v) && v > 0) {
                present[s] = true;
                staff_top = fmax(staff_top, v);
            }
        }
    }
    char reading[512] = "";
    if (busiest >= 0) {
        const cJSON *iv = d->iv.at[busiest];
        expand(p, reading, sizeof reading, LV_MSG_HTML_TRAFFIC_READING, interval_name(p, iv, true, d->interval_s),
               num(p, LV_FMT_FIXED1, calls_top, NAN), num(p, LV_FMT_FIXED1, mean(iv, "operators_mean", NULL), NAN), NULL);
    }
    section_open(p, "traffic", LV_MSG_HTML_TRAFFIC_TITLE, reading, false);
    svg_open(p, "traffic", (int)(left + width + 12), (int)(top2 + h2 + 60), LV_MSG_HTML_TRAFFIC_TITLE);
    calls_top = nice_top(calls_top);
    staff_top = nice_top(staff_top);
    y_grid(p, left, left + width, top1, h1, calls_top, nice_ticks(calls_top), LV_FMT_G4, 1);
    y_title(p, 14, top1 + h1 / 2, msg(p, LV_MSG_HTML_AXIS_CALLS_WEEK));
    char title[256];
    for (int k = 0; k < d->n; k++) {
        const cJSON *iv = d->iv.at[k];
        double c = mean(iv, "calls_offered_per_week", NULL);
        if (!isfinite(c))
            continue;
        double h = h1 * c / calls_top;
        expand(p, title, sizeof title, LV_MSG_HTML_TRAFFIC_BAR, interval_name(p, iv, false, d->interval_s),
               num(p, LV_FMT_FIXED1, c, NAN), num(p, LV_FMT_FIXED1, mean(iv, "operators_mean", NULL), NAN), NULL);
        put(p, "<rect class=\"bar\" data-k=\"%d\" data-value=\"%.6g\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
               "fill=\"#6baed6\"><title>",
            k, c, left + k * bw, top1 + h1 - h, bw * 0.9, h);
        esc(p, title);
        put(p, "</title></rect>\n");
    }
    week_axis(p, left, width, top1, top1 + h1, d->n / d->per_day > 0 ? d->n / d->per_day : 1);
    y_grid(p, left, left + width, top2, h2, staff_top, nice_ticks(staff_top), LV_FMT_G4, 1);
    y_title(p, 14, top2 + h2 / 2, msg(p, LV_MSG_HTML_AXIS_STAFF));
    for (int s = 0; s < SERIES; s++) {
        if (!present[s])
            continue;
        put(p, "<polyline class=\"series\" data-series=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\"%s%s%s points=\"",
            series[s].key, series[s].colour, *series[s].dash ? " stroke-dasharray=\"" : "", series[s].dash,
            *series[s].dash ? "\"" : "");
        for (int k = 0; k < d->n; k++) {
            double v = mean(d->iv.at[k], series[s].key, NULL);
            v = isfinite(v) ? v : 0;
            double y = top2 + h2 - h2 * v / staff_top;
            put(p, "%.2f,%.2f %.2f,%.2f ", left + k * bw, y, left + (k + 1) * bw, y);
        }
        put(p, "\"/>\n");
    }
    week_axis(p, left, width, top2, top2 + h2, d->n / d->per_day > 0 ? d->n / d->per_day : 1);
    double lx = left, ly = top2 + h2 + 44;
    for (int s = 0; s < SERIES; s++)
        if (present[s])
            lx = legend_line(p, lx, ly, series[s].key, series[s].colour, "1.8", series[s].dash, msg(p, series[s].label));
    put(p, "</svg>\n</section>\n");
}

static void run_days(struct page *p, const struct run_doc *d)
{
    /* a long run's days merged into weeks, months or years: its JSON has them as day_periods
     * beside the days, and the page document of run --html as its days (lv_figures_run_page) */
    const cJSON *periods = get(d->root, "day_periods");
    struct elements days = elements_of(p, cJSON_IsArray(periods) ? periods : get(d->root, "days"));
    int n = days.n;
    if (n <= 0) {
        free(days.at);
        return;
    }
    const char *period = string(d->root, "day_period");
    int kind = strcmp(period, "week") == 0 ? 1 : strcmp(period, "month") == 0 ? 2 : strcmp(period, "year") == 0 ? 3 : 0;
    static const enum lv_msg reading_of[] = {LV_MSG_HTML_DAYS_READING, LV_MSG_HTML_WEEKS_READING,
                                             LV_MSG_HTML_MONTHS_READING, LV_MSG_HTML_YEARS_READING};
    static const enum lv_msg title_of[] = {LV_MSG_HTML_DAYS_TITLE, LV_MSG_HTML_WEEKS_TITLE, LV_MSG_HTML_MONTHS_TITLE,
                                           LV_MSG_HTML_YEARS_TITLE};
    static const enum lv_msg met_of[] = {LV_MSG_HTML_DAY_MET, LV_MSG_HTML_WEEK_MET, LV_MSG_HTML_MONTH_MET,
                                         LV_MSG_HTML_YEAR_MET};
    static const enum lv_msg missed_of[] = {LV_MSG_HTML_DAY_MISSED, LV_MSG_HTML_WEEK_MISSED, LV_MSG_HTML_MONTH_MISSED,
                                            LV_MSG_HTML_YEAR_MISSED};
    double t = d->target_share;
    int short_days = 0, worst = -1;
    double worst_v = INFINITY;
    for (int i = 0; i < n; i++) {
        double v = mean(days.at[i], "answered_within_target", NULL);
        if (!isfinite(v))
            continue;
        short_days += v < t - 1e-12;
        if (v < worst_v) {
            worst_v = v;
            worst = i;
        }
    }
    double meets = mean(d->summary, "days_meeting_target", NULL);
    char reading[512] = "";
    if (worst >= 0)
        expand(p, reading, sizeof reading, reading_of[kind], num(p, LV_FMT_FIXED0, short_days, NAN),
               num(p, LV_FMT_FIXED0, n, NAN), pct(p, t), pct(p, isfinite(meets) ? 1 - meets : NAN),
               string(days.at[worst], "date"), pct(p, worst_v), NULL);
    section_open(p, "days", title_of[kind], reading, false);
    const double left = 64, width = 720, top = 14, h = 200;
    svg_open(p, "days", (int)(left + width + 12), (int)(top + h + 80), title_of[kind]);
    y_grid(p, left, left + width, top, h, 1, 5, LV_FMT_PERCENT0, 1);
    y_title(p, 14, top + h / 2, msg(p, LV_MSG_HTML_AXIS_SHARE_WITHIN));
    double ty = top + h - h * t;
    put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222\" stroke-width=\"1.2\" stroke-dasharray=\"6 3\"/>\n",
        left, ty, left + width, ty);
    char title[256];
    expand(p, title, sizeof title, LV_MSG_HTML_TARGET_IS, pct(p, t), NULL);
    text_at(p, left + width, ty - 4, "end", NULL, title);
    double dx = width / n;
    int label_every = (n + 9) / 10;
    /* days of one year are labelled MM-DD; across a new year the year is kept, or "01-06" comes twice */
    const char *first_date = string(days.at[0], "date"), *last_date = string(days.at[n - 1], "date");
    bool one_year = strlen(first_date) >= 10 && strlen(last_date) >= 10 && strncmp(first_date, last_date, 4) == 0;
    for (int i = 0; i < n; i++) {
        const cJSON *day = days.at[i];
        double ci, v = mean(day, "answered_within_target", &ci);
        double x = left + (i + 0.5) * dx;
        const char *date = string(day, "date");
        if (i % label_every == 0) {
            put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>\n", x, top + h, x, top + h + 4);
            text_at(p, x, top + h + 16, "middle", NULL, strlen(date) >= 10 && !kind && one_year ? date + 5 : date);
        }
        if (!isfinite(v))
            continue;
        expand(p, title, sizeof title, LV_MSG_HTML_DAY_POINT, date, num(p, LV_FMT_SHARE, v, ci), NULL);
        put(p, "<g class=\"day\" data-date=\"");
        esc(p, date);
        put(p, "\" data-value=\"%.6g\"><title>", v);
        esc(p, title);
        put(p, "</title>");
        if (isfinite(ci))
            put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-width=\"1\"/>", x,
                top + h - h * fmin(v + ci, 1), x, top + h - h * fmax(v - ci, 0));
        put(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/></g>\n", x, top + h - h * v,
            v < t - 1e-12 ? "#b35806" : "#2166ac");
    }
    text_at(p, left + width / 2, top + h + 36, "middle", "axis", msg(p, kind ? LV_MSG_HTML_AXIS_PERIOD : LV_MSG_HTML_AXIS_DATE));
    double lx = legend_item(p, left, top + h + 60, "#2166ac", false, msg(p, met_of[kind]));
    legend_item(p, lx, top + h + 60, "#b35806", false, msg(p, missed_of[kind]));
    put(p, "</svg>\n</section>\n");
    free(days.at);
}

/* A value beyond a chart's axis (or a censored quantile, a lower bound): an arrow at x, y pointing
 * on, and the value as text ("> 4:00:00") ending at the arrow, label_dy below y, in class cls. */
static void beyond_axis(struct page *p, double x, double y, const char *colour, const char *shown, double label_dy,
                        const char *cls)
{
    put(p, "<path class=\"beyond\" d=\"M%.1f %.1fl8 5l-8 5z\" fill=\"%s\"/>", x + 1, y - 5, colour);
    put(p, "<text class=\"beyond %s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", cls, x - 3, y + label_dy);
    esc(p, shown);
    put(p, "</text>");
}

static void run_answer_times(struct page *p, const struct run_doc *d)
{
    const cJSON *s = d->summary;
    double within = mean(s, "answered_within_target", NULL), w10 = mean(s, "answered_within_10min", NULL);
    double answered = mean(s, "answered", NULL), abandoned = mean(s, "abandoned", NULL);
    double ep_within = mean(s, "episode_within_target", NULL);
    char reading[512];
    expand(p, reading, sizeof reading, LV_MSG_HTML_ANSWER_READING, pct(p, within), threshold(p, d->target_s),
           estimate_text(p, LV_FMT_CLOCK, s, "answer_time_median_s"), estimate_text(p, LV_FMT_CLOCK, s, "answer_time_p90_s"),
           pct(p, ep_within), NULL);
    section_open(p, "answer-times", LV_MSG_HTML_ANSWER_TITLE, reading, false);
    const double left = 150, width = 620, top = 10;
    svg_open(p, "answer-times", (int)(left + width + 20), 290, LV_MSG_HTML_ANSWER_TITLE);
    /* the fate of offered calls as one bar */
    struct {
        double share;
        const char *fill;
        enum lv_msg label;
        const char *key;
    } parts[] = {{within, "#2166ac", LV_MSG_HTML_PART_WITHIN, "answered_within_target"},
                 {w10 - within, "#92c5de", LV_MSG_HTML_PART_TO_10, "within_target_to_10min"},
                 {answered - w10, "#fdb863", LV_MSG_HTML_PART_LATER, "answered_after_10min"},
                 {abandoned, "#b35806", LV_MSG_HTML_PART_ABANDONED, "abandoned"}};
    text_at(p, left - 8, top + 22, "end", NULL, msg(p, LV_MSG_HTML_CALLS_OFFERED));
    double x = left;
    char title[256];
    for (int i = 0; i < 4; i++) {
        double w = isfinite(parts[i].share) ? width * fmax(parts[i].share, 0) : 0;
        expand(p, title, sizeof title, LV_MSG_HTML_PART_TITLE, msg(p, parts[i].label), pct1(p, parts[i].share), NULL);
        put(p, "<g class=\"part\" data-key=\"%s\" data-value=\"%.6g\"><title>", parts[i].key, parts[i].share);
        esc(p, title);
        put(p, "</title><rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"26\" fill=\"%s\"/>", x, top + 8, w,
            parts[i].fill);
        if (w > 40)
            put(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"in%s\">%s</text>", x + w / 2, top + 25,
                i == 0 || i == 3 ? " light" : "", pct(p, parts[i].share));
        put(p, "</g>\n");
        x += w;
    }
    double lx = 8;
    for (int i = 0; i < 4; i++)
        lx = legend_item(p, lx, top + 54, parts[i].fill, false, msg(p, parts[i].label));
    /* answer times on a time axis, calls and callers, with the target line */
    struct {
        const char *mean_key, *median_key, *p90_key, *p95_key;
        enum lv_msg label;
    } rows[] = {{"answer_time_mean_s", "answer_time_median_s", "answer_time_p90_s", "answer_time_p95_s",
                 LV_MSG_HTML_ROW_CALLS},
                {"episode_time_mean_s", "episode_time_median_s", "episode_time_p90_s", NULL, LV_MSG_HTML_ROW_CALLERS}};
    double top_s = 600;
    for (int r = 0; r < 2; r++) {
        double ci, v = mean(s, rows[r].p95_key ? rows[r].p95_key : rows[r].p90_key, &ci);
        if (isfinite(v))
            top_s = fmax(top_s, v + (isfinite(ci) ? ci : 0));
    }
    /* a tick every 30 s, 1, 2, 5, 10, 15, 30 or 60 min: at most 6 ticks */
    static const double steps[] = {30, 60, 120, 300, 600, 900, 1800, 3600};
    double step = 3600;
    for (int i = 0; i < 8; i++)
        if (top_s / steps[i] <= 6) {
            step = steps[i];
            break;
        }
    int ticks = (int)ceil(top_s / step - 1e-9);
    top_s = fmin(ticks * step, 4 * 3600);
    double ay = top + 90, ah = 130, axis_y = ay + ah;
    for (int i = 0; i <= ticks; i++) {
        double sec = step * i, xx = left + width * sec / top_s;
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>\n", xx, ay, xx, axis_y);
        text_at(p, xx, axis_y + 15, "middle", NULL, clock_of(p, sec));
    }
    text_at(p, left + width / 2, axis_y + 34, "middle", "axis", msg(p, LV_MSG_HTML_AXIS_WAIT));
    double tx = left + width * d->target_s / top_s;
    put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b35806\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n",
        tx, ay - 6, tx, axis_y);
    text_at(p, tx + 4, ay - 2, "start", NULL, threshold(p, d->target_s));
    static const struct {
        enum lv_msg label;
        const char *shape;
    } marks[] = {{LV_MSG_HTML_MEDIAN, "#2166ac"}, {LV_MSG_HTML_MEAN, "#222222"}, {LV_MSG_HTML_P90, "#e08214"},
                 {LV_MSG_HTML_P95, "#b35806"}};
    for (int r = 0; r < 2; r++) {
        double ry = ay + 30 + r * 55;
        text_at(p, left - 8, ry + 4, "end", NULL, msg(p, rows[r].label));
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\"/>\n", left, ry, left + width, ry);
        const char *keys[4] = {rows[r].median_key, rows[r].mean_key, rows[r].p90_key, rows[r].p95_key};
        for (int m = 0; m < 4; m++) {
            double ci, v = keys[m] ? mean(s, keys[m], &ci) : NAN;
            if (!isfinite(v))
                continue;
            double mx = left + width * fmin(v, top_s) / top_s;
            const char *shown = estimate_text(p, LV_FMT_CLOCK, s, keys[m]);
            expand(p, title, sizeof title, LV_MSG_HTML_PART_TITLE, msg(p, marks[m].label), shown, NULL);
            put(p, "<g class=\"mark\" data-key=\"summary.%s\" data-value=\"%.6g\"><title>", keys[m], v);
            esc(p, title);
            put(p, "</title>");
            if (isfinite(ci) && ci > 0)
                put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>",
                    left + width * fmax(v - ci, 0) / top_s, ry, left + width * fmin(v + ci, top_s) / top_s, ry,
                    marks[m].shape);
            put(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", mx, ry, marks[m].shape);
            if (v >= top_s || censored(s, keys[m])) /* beyond the axis: say so, never clip silently */
                beyond_axis(p, left + width, ry, marks[m].shape, shown, 16 + 12 * (m % 2), "");
            put(p, "</g>\n");
        }
    }
    lx = left;
    for (int m = 0; m < 4; m++)
        lx = legend_item(p, lx, axis_y + 56, marks[m].shape, false, msg(p, marks[m].label));
    put(p, "</svg>\n<p class=\"note\">");
    esc(p, msg(p, LV_MSG_HTML_ANSWER_NOTE));
    put(p, "</p>\n</section>\n");
}

/* The distribution of answer times (answer_times, caller_times): bars per bin, calls and callers
 * side by side, the target time marked at its bin edge. Left out for documents without it. */
static void run_answer_bins(struct page *p, const struct run_doc *d)
{
    const cJSON *tables[2] = {get(d->root, "answer_times"), get(d->root, "caller_times")};
    if (!cJSON_IsObject(tables[0]))
        return;
    static const char *const fills[2] = {"#2166ac", "#e08214"};
    double top = 0, late = 0, at_once = mean(tables[0], lv_answer_bin_info(LV_AB_AT_ONCE)->key, NULL);
    for (int b = 0; b < LV_ANSWER_BIN_COUNT; b++) {
        const char *key = lv_answer_bin_info((enum lv_answer_bin)b)->key;
        for (int c = 0; c < 2; c++) {
            double v = mean(tables[c], key, NULL);
            top = isfinite(v) ? fmax(top, v) : top;
        }
        double v = mean(tables[0], key, NULL);
        if (b > LV_AB_AT_ONCE && lv_answer_bin_from((enum lv_answer_bin)b) >= d->target_s && isfinite(v))
            late += v;
    }
    char reading[512], title[256];
    expand(p, reading, sizeof reading, LV_MSG_HTML_HIST_READING, pct(p, at_once), pct(p, late),
           threshold(p, d->target_s), NULL);
    section_open(p, "answer-bins", LV_MSG_HTML_HIST_TITLE, reading, false);
    const double left = 64, width = 720, y0 = 14, h = 200, bw = width / LV_ANSWER_BIN_COUNT;
    svg_open(p, "answer-bins", (int)(left + width + 12), (int)(y0 + h + 84), LV_MSG_HTML_HIST_TITLE);
    top = nice_top(fmax(top, 0.01));
    y_grid(p, left, left + width, y0, h, top, nice_ticks(top), LV_FMT_PERCENT0, 1);
    y_title(p, 14, y0 + h / 2, msg(p, LV_MSG_HTML_HIST_Y));
    for (int b = 0; b < LV_ANSWER_BIN_COUNT; b++) {
        const struct lv_metric_info *info = lv_answer_bin_info((enum lv_answer_bin)b);
        double x = left + b * bw;
        if (b > LV_AB_AT_ONCE && fabs(lv_answer_bin_from((enum lv_answer_bin)b) - d->target_s) < 1e-9) {
            put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b35806\" stroke-width=\"1.5\" "
                   "stroke-dasharray=\"5 3\"/>\n",
                x, y0 - 4, x, y0 + h);
            text_at(p, x + 4, y0 + 8, "start", NULL, threshold(p, d->target_s));
        }
        for (int c = 0; c < 2; c++) {
            double ci, v = mean(tables[c], info->key, &ci);
            if (!isfinite(v))
                continue;
            expand(p, title, sizeof title, LV_MSG_HTML_HIST_BAR, msg(p, c ? LV_MSG_HTML_ROW_CALLERS : LV_MSG_HTML_ROW_CALLS),
                   msg(p, info->label), num(p, LV_FMT_SHARE, v, ci), NULL);
            double bh = h * fmin(v, top) / top;
            put(p, "<g class=\"bin\" data-table=\"%s\" data-key=\"%s\" data-value=\"%.6g\"><title>",
                c ? "caller_times" : "answer_times", info->key, v);
            esc(p, title);
            put(p, "</title><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/></g>\n",
                x + bw * (0.12 + 0.38 * c), y0 + h - bh, bw * 0.36, bh, fills[c]);
        }
        /* two rows of labels, so that neighbours never overlap */
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>\n", x + bw / 2, y0 + h,
            x + bw / 2, y0 + h + 4 + 12 * (b % 2));
        text_at(p, x + bw / 2, y0 + h + 15 + 12 * (b % 2), "middle", NULL, msg(p, info->label));
    }
    text_at(p, left + width / 2, y0 + h + 46, "middle", "axis", msg(p, LV_MSG_HTML_HIST_AXIS));
    double lx = legend_item(p, left, y0 + h + 70, fills[0], false, msg(p, LV_MSG_HTML_ROW_CALLS));
    legend_item(p, lx, y0 + h + 70, fills[1], false, msg(p, LV_MSG_HTML_ROW_CALLERS));
    put(p, "</svg>\n</section>\n");
}

/* Sorts rows by a share ascending, undefined last (stable: insertion). */
struct ranked {
    double share;
    int index;
};

/* Lowest share first, undefined last, equals in their order: a stable sort. */
static int by_share(const void *a, const void *b)
{
    const struct ranked *x = a, *y = b;
    bool fx = isfinite(x->share), fy = isfinite(y->share);
    if (fx != fy)
        return fx ? -1 : 1;
    if (fx && x->share != y->share)
        return x->share < y->share ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

/* The rows' order, worst share within target first: a sort. */
static void order_by_share(struct elements rows, int *order)
{
    int n = rows.n, i;
    struct ranked *r = malloc(sizeof *r * (size_t)(n > 0 ? n : 1));
    for (i = 0; r && i < n; i++)
        r[i] = (struct ranked){mean(rows.at[i], "answered_within_target", NULL), i};
    if (!r) { /* out of memory: the file's order */
        for (i = 0; i < n; i++)
            order[i] = i;
        return;
    }
    qsort(r, (size_t)n, sizeof *r, by_share);
    for (i = 0; i < n; i++)
        order[i] = r[i].index;
    free(r);
}

static void run_sites(struct page *p, const struct run_doc *d)
{
    struct elements sites = elements_of(p, get(d->root, "sites"));
    int n = sites.n;
    if (n <= 0)
        return;
    int *order = malloc(sizeof *order * (size_t)n);
    if (!order) {
        p->failed = true;
        free(sites.at);
        return;
    }
    order_by_share(sites, order);
    const cJSON *worst = sites.at[order[0]];
    char reading[512];
    expand(p, reading, sizeof reading, LV_MSG_HTML_SITES_READING, string(worst, "name"),
           pct(p, mean(worst, "answered_within_target", NULL)), threshold(p, d->target_s), NULL);
    section_open(p, "sites", LV_MSG_HTML_SITES_TITLE, reading, false);
    char head[256];
    tagged(p, "<table class=\"sites\">\n<tr><th>", msg(p, LV_MSG_HTML_COL_SITE));
    tagged(p, "</th><th class=\"num\">", msg(p, LV_MSG_HTML_COL_CALLS_DAY));
    tagged(p, "</th><th colspan=\"2\">", expand(p, head, sizeof head, LV_MSG_HTML_ANSWERED_WITHIN, threshold(p, d->target_s), NULL));
    tagged(p, "</th><th class=\"num\">", msg(p, LV_MSG_HTML_ABANDONED));
    tagged(p, "</th><th class=\"num\">", msg(p, LV_MSG_HTML_OCCUPANCY));
    put(p, "</th></tr>\n");
    for (int i = 0; i < n; i++) {
        const cJSON *site = sites.at[order[i]];
        tagged(p, "<tr class=\"site\" data-name=\"", string(site, "name"));
        tagged(p, "\"><td>", string(site, "name"));
        if (strcmp(string(site, "kind"), "satellite") == 0) {
            tagged(p, " (", msg(p, LV_MSG_HTML_SATELLITE));
            put(p, ")");
        }
        put(p, "</td><td class=\"num\">%s</td>", amount(p, mean(site, "calls_offered_per_day", NULL)));
        share_cells(p, site, d->target_share);
        put(p, "<td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n", pct1(p, mean(site, "abandoned", NULL)),
            pct(p, mean(site, "operator_occupancy", NULL)));
    }
    put(p, "</table>\n");
    free(order);
    free(sites.at);
    struct elements areas = elements_of(p, get(d->root, "areas"));
    int na = areas.n;
    if (na > 1 && (order = malloc(sizeof *order * (size_t)na)) != NULL) {
        order_by_share(areas, order);
        tagged(p, "<h2>", msg(p, LV_MSG_HTML_AREAS_TITLE));
        tagged(p, "</h2>\n<table class=\"areas\">\n<tr><th>", msg(p, LV_MSG_HTML_COL_AREA));
        tagged(p, "</th><th>", msg(p, LV_MSG_HTML_COL_SITE));
        tagged(p, "</th><th class=\"num\">", msg(p, LV_MSG_HTML_COL_CALLS_DAY));
        tagged(p, "</th><th colspan=\"2\">", head);
        put(p, "</th></tr>\n");
        for (int i = 0; i < na; i++) {
            const cJSON *area = areas.at[order[i]];
            tagged(p, "<tr><td>", string(area, "name"));
            tagged(p, "</td><td>", string(area, "centre"));
            put(p, "</td><td class=\"num\">%s</td>", amount(p, mean(area, "calls_offered_per_day", NULL)));
            share_cells(p, area, d->target_share);
            put(p, "</tr>\n");
        }
        put(p, "</table>\n");
        free(order);
    } else if (na > 1)
        p->failed = true;
    free(areas.at);
    put(p, "</section>\n");
}

static void run_clinical(struct page *p, const struct run_doc *d)
{
    const cJSON *s = d->summary, *urgency_rows = get(d->root, "urgencies");
    double utilisation = mean(s, "doctor_utilisation", NULL);
    if (!isfinite(utilisation) || cJSON_GetArraySize(urgency_rows) <= 0)
        return;
    struct elements urgencies = elements_of(p, urgency_rows);
    int n = urgencies.n;
    double red_wait = NAN, red_seen = NAN;
    for (int u = 0; u < n; u++) {
        const cJSON *row = urgencies.at[u];
        if (strcmp(string(row, "urgency"), "red") == 0) {
            red_wait = mean(row, "centre_wait_mean_s", NULL);
            red_seen = mean(row, "seen_within_red_within", NULL);
        }
    }
    char reading[512];
    expand(p, reading, sizeof reading, LV_MSG_HTML_CLINICAL_READING, clock_of(p, red_wait), pct(p, red_seen),
           clock_of(p, mean(s, "home_visit_response_mean_s", NULL)), pct(p, utilisation), NULL);
    section_open(p, "clinical", LV_MSG_HTML_CLINICAL_TITLE, reading, false);
    /* waits at the centre by urgency: mean and 90th percentile, in minutes */
    static const char *const colours[3] = {"#b2182b", "#e6ab02", "#1b7837"};
    const double left = 110, width = 620, top = 10, rh = 44;
    double top_s = 0;
    for (int u = 0; u < n; u++)
        top_s = fmax(top_s, mean(urgencies.at[u], "centre_wait_p90_s", NULL));
    top_s = nice_top(fmax(top_s, 60) / 60) * 60;
    svg_open(p, "clinical", (int)(left + width + 20), (int)(top + n * rh + 80), LV_MSG_HTML_CLINICAL_TITLE);
    for (int i = 0; i <= 5; i++) {
        double xx = left + width * i / 5;
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>\n", xx, top, xx, top + n * rh);
        text_at(p, xx, top + n * rh + 15, "middle", NULL, num(p, LV_FMT_G4, top_s / 60 * i / 5, NAN));
    }
    char title[256];
    for (int u = 0; u < n; u++) {
        const cJSON *row = urgencies.at[u];
        const char *name = string(row, "urgency");
        int k = strcmp(name, "red") == 0 ? 0 : strcmp(name, "yellow") == 0 ? 1 : 2;
        double y = top + u * rh;
        expand(p, title, sizeof title, LV_MSG_HTML_URGENCY_ROW, msg(p, (enum lv_msg)(LV_MSG_RED + k)), NULL);
        text_at(p, left - 8, y + rh / 2 + 4, "end", NULL, title);
        double m = mean(row, "centre_wait_mean_s", NULL), q = mean(row, "centre_wait_p90_s", NULL);
        if (isfinite(q)) {
            const char *shown = estimate_text(p, LV_FMT_CLOCK, row, "centre_wait_p90_s");
            expand(p, title, sizeof title, LV_MSG_HTML_PART_TITLE, msg(p, LV_MSG_HTML_P90), shown, NULL);
            put(p, "<g data-key=\"centre_wait_p90_s\" data-value=\"%.6g\"><title>", q);
            esc(p, title);
            put(p, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"14\" fill=\"%s\" fill-opacity=\"0.35\"/>",
                left, y + 6, width * fmin(q, top_s) / top_s, colours[k]);
            if (q > top_s || censored(row, "centre_wait_p90_s"))
                beyond_axis(p, left + width * fmin(q, top_s) / top_s, y + 13, colours[k], shown, 4, "in");
            put(p, "</g>\n");
        }
        if (isfinite(m)) {
            expand(p, title, sizeof title, LV_MSG_HTML_PART_TITLE, msg(p, LV_MSG_HTML_MEAN), clock_of(p, m), NULL);
            put(p, "<g data-key=\"centre_wait_mean_s\" data-value=\"%.6g\"><title>", m);
            esc(p, title);
            put(p, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"14\" fill=\"%s\"/>", left, y + 22,
                width * fmin(m, top_s) / top_s, colours[k]);
            if (m > top_s)
                beyond_axis(p, left + width, y + 29, colours[k], clock_of(p, m), 4, "in light");
            put(p, "</g>\n");
        }
    }
    text_at(p, left + width / 2, top + n * rh + 34, "middle", "axis", msg(p, LV_MSG_HTML_AXIS_CENTRE_WAIT));
    double lx = legend_item(p, left, top + n * rh + 60, "#999999", false, msg(p, LV_MSG_HTML_MEAN));
    put(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"#999999\" fill-opacity=\"0.35\"/>\n", lx,
        top + n * rh + 51);
    text_at(p, lx + 22, top + n * rh + 60, "start", NULL, msg(p, LV_MSG_HTML_P90));
    put(p, "</svg>\n<table>\n");
    double ci, v = mean(s, "home_visit_response_mean_s", &ci);
    key_row(p, msg(p, LV_MSG_HTML_HOME_VISIT_MEAN), "summary.home_visit_response_mean_s", v, num(p, LV_FMT_HMS, v, NAN), NULL, NULL);
    v = mean(s, "home_visit_response_p90_s", &ci);
    key_row(p, msg(p, LV_MSG_HTML_HOME_VISIT_P90), "summary.home_visit_response_p90_s", v,
            estimate_text(p, LV_FMT_HMS, s, "home_visit_response_p90_s"), NULL, NULL);
    v = mean(s, "doctor_wait_mean_s", &ci);
    key_row(p, msg(p, LV_MSG_HTML_DOCTOR_WAIT), "summary.doctor_wait_mean_s", v, num(p, LV_FMT_HMS, v, NAN), NULL, NULL);
    key_row(p, msg(p, LV_MSG_HTML_DOCTOR_UTILISATION), "summary.doctor_utilisation", utilisation,
            num(p, LV_FMT_SHARE, utilisation, number(get(s, "doctor_utilisation"), "ci95")), NULL, NULL);
    v = mean(s, "doctors_mean", &ci);
    key_row(p, msg(p, LV_MSG_HTML_DOCTORS_MEAN), "summary.doctors_mean", v, num(p, LV_FMT_FIXED1, v, NAN), NULL, NULL);
    v = mean(s, "backup_activations_per_week", &ci);
    key_row(p, msg(p, LV_MSG_HTML_BACKUP), "summary.backup_activations_per_week", v, num(p, LV_FMT_FIXED1, v, NAN), NULL,
            NULL);
    put(p, "</table>\n</section>\n");
    free(urgencies.at);
}

/* Intervals of a day for an interval length; n intervals of the week. */
static int intervals_per_day(int interval_s) { return interval_s > 0 && 86400 % interval_s == 0 ? 86400 / interval_s : 24; }

static void render_run(struct page *p, const cJSON *root)
{
    const cJSON *scenario = get(root, "scenario"), *target = get(root, "target");
    struct run_doc d = {.root = root, .summary = get(root, "summary"), .intervals = get(root, "intervals")};
    d.target_share = number(target, "share");
    d.target_s = number(target, "within_s");
    d.interval_s = whole(root, "interval_s", 604800);
    d.per_day = intervals_per_day(d.interval_s);
    d.iv = elements_of(p, d.intervals);
    d.n = d.iv.n;
    char title[512], line[768];
    expand(p, title, sizeof title, LV_MSG_HTML_RUN_TITLE, string(scenario, "name"), NULL);
    page_open(p, title);
    double days = (number(root, "horizon_s") - number(root, "warmup_s")) / 86400;
    expand(p, line, sizeof line, LV_MSG_HTML_RUN_META, string(root, "start"), num(p, LV_FMT_FIXED0, days, NAN),
           num(p, LV_FMT_FIXED0, number(root, "replications"), NAN), seed_of(p, root),
           string(root, "lvsim_version"), NULL);
    put(p, "<p class=\"meta\">");
    esc(p, line);
    put(p, "</p>\n</header>\n");
    overload_warning(p, root, d.interval_s, d.n, d.target_s);
    run_keys(p, &d);
    if (d.n > 0) {
        run_heatmap(p, &d);
        run_traffic(p, &d);
    }
    run_days(p, &d);
    run_answer_times(p, &d);
    run_answer_bins(p, &d);
    run_sites(p, &d);
    run_clinical(p, &d);
    page_close(p, string(root, "lvsim_version"));
    free(d.iv.at);
}

/* ---- a comparison ---- */

static void compare_row(struct page *p, const cJSON *s, const char *key, const char *label, bool share)
{
    const cJSON *f = get(s, key);
    if (!f)
        return;
    double a = mean(f, "a", NULL), b = mean(f, "b", NULL), ci, dlt = mean(f, "b_minus_a", &ci);
    double scale = share ? 100 : 1;
    size_t kl = strlen(key);
    bool seconds = kl > 2 && strcmp(key + kl - 2, "_s") == 0; /* times as m:ss, as the text does */
    put(p, "<tr><th>");
    esc(p, label);
    put(p, "</th><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\" data-key=\"summary.%s.b_minus_a\" "
           "data-value=\"%.6g\">",
        share ? pct1(p, a) : seconds ? clock_of(p, a) : num(p, LV_FMT_PLAIN, a, NAN),
        share ? pct1(p, b) : seconds ? clock_of(p, b) : num(p, LV_FMT_PLAIN, b, NAN), key, dlt);
    esc(p, num(p, seconds ? LV_FMT_DIFF_CLOCK : LV_FMT_DIFF, dlt * scale, ci * scale));
    put(p, "</td><td>");
    if (isfinite(ci) && fabs(dlt) > ci)
        esc(p, msg(p, dlt > 0 ? LV_MSG_HTML_HIGHER : LV_MSG_HTML_LOWER));
    put(p, "</td></tr>\n");
}

static void render_compare(struct page *p, const cJSON *root)
{
    char title[512], line[768];
    if (strcmp(string(root, "a"), string(root, "b")) == 0 && *string(root, "b_changes")) /* one scenario, B changed */
        expand(p, title, sizeof title, LV_MSG_HTML_CMP_TITLE_SAME, string(root, "a"), NULL);
    else
        expand(p, title, sizeof title, LV_MSG_HTML_CMP_TITLE, string(root, "a"), string(root, "b"), NULL);
    page_open(p, title);
    expand(p, line, sizeof line, LV_MSG_HTML_CMP_META, num(p, LV_FMT_FIXED0, number(root, "replications"), NAN),
           seed_of(p, root), string(root, "lvsim_version"), NULL);
    put(p, "<p class=\"meta\">");
    esc(p, line);
    if (*string(root, "b_changes")) { /* what B is, when it is A changed (compare --set-b) */
        put(p, "</p>\n<p class=\"changes\">");
        esc(p, expand(p, line, sizeof line, LV_MSG_CMP_B_CHANGES, string(root, "b_changes"), NULL));
    }
    put(p, "</p>\n</header>\n<section class=\"keys first\" id=\"keys\">\n<h2>");
    esc(p, msg(p, LV_MSG_HTML_KEY_FIGURES));
    put(p, "</h2>\n<table>\n<tr><th></th><th class=\"num\">A</th><th class=\"num\">B</th><th class=\"num\">");
    esc(p, msg(p, LV_MSG_HTML_COL_DIFFERENCE));
    put(p, "</th><th></th></tr>\n");
    const cJSON *s = get(root, "summary");
    compare_row(p, s, "calls_per_day", msg(p, LV_MSG_HTML_CALLS_PER_DAY), false);
    compare_row(p, s, "answered_within_target", msg(p, LV_MSG_HTML_WITHIN_TARGET), true);
    compare_row(p, s, "abandoned", msg(p, LV_MSG_HTML_ABANDONED), true);
    compare_row(p, s, "answer_time_mean_s", msg(p, LV_MSG_HTML_ANSWER_MEAN_S), false);
    compare_row(p, s, "episode_within_target", msg(p, LV_MSG_HTML_CALLERS_WITHIN_TARGET), true);
    compare_row(p, s, "operator_occupancy", msg(p, LV_MSG_HTML_OCCUPANCY), true);
    compare_row(p, s, "operators_mean", msg(p, LV_MSG_HTML_PHONE_STAFF_MEAN), false);
    compare_row(p, s, "days_meeting_target", msg(p, LV_MSG_HTML_DAYS_MEETING), true);
    put(p, "</table>\n<p class=\"note\">");
    esc(p, msg(p, LV_MSG_HTML_CMP_NOTE));
    put(p, "</p>\n</section>\n");

    struct elements intervals = elements_of(p, get(root, "intervals"));
    int n = intervals.n;
    if (n > 0) {
        int better = 0, worse = 0, with = 0, best = -1, worst = -1;
        double top = 0, best_d = 0, worst_d = 0; /* the largest gain and the largest loss among hours that changed */
        int interval_s = 604800 / n, per_day = n >= 7 ? n / 7 : 1;
        for (int k = 0; k < n; k++) {
            const cJSON *f = get(intervals.at[k], "answered_within_target");
            double ci, dlt = mean(f, "b_minus_a", &ci);
            if (!isfinite(dlt))
                continue;
            with++;
            bool changed = lv_report_hour_changed(dlt, ci); /* as the text's hours that changed */
            better += changed && dlt > 0;
            worse += changed && dlt < 0;
            top = fmax(top, fabs(dlt) * 1.2); /* whiskers beyond it are clipped */
            if (changed && dlt > best_d) {
                best_d = dlt;
                best = k;
            }
            if (changed && dlt < worst_d) {
                worst_d = dlt;
                worst = k;
            }
        }
        char reading[512] = "";
        /* as the text: too few replications to pick hours by, then no hour is called better or worse */
        double reps = number(root, "replications");
        bool too_few = isfinite(reps) && reps < LV_COMPARE_HOURS_MIN_REPLICATIONS;
        if (too_few)
            expand(p, reading, sizeof reading, LV_MSG_CMP_HOURS_FEW, num(p, LV_FMT_FIXED0, reps, NAN),
                   num(p, LV_FMT_FIXED0, LV_COMPARE_HOURS_MIN_REPLICATIONS, NAN), NULL);
        else if (best < 0 && worst < 0)
            expand(p, reading, sizeof reading, LV_MSG_HTML_CMP_READING_NONE, num(p, LV_FMT_FIXED0, with, NAN), NULL);
        else if (best < 0) /* only losses: "largest gain" would name a loss */
            expand(p, reading, sizeof reading, LV_MSG_HTML_CMP_READING_LOSS, num(p, LV_FMT_FIXED0, worse, NAN),
                   num(p, LV_FMT_FIXED0, with, NAN), interval_name(p, intervals.at[worst], true, interval_s),
                   num(p, LV_FMT_SIGNED1, worst_d * 100, NAN), NULL);
        else
            expand(p, reading, sizeof reading, LV_MSG_HTML_CMP_READING, num(p, LV_FMT_FIXED0, better, NAN),
                   num(p, LV_FMT_FIXED0, worse, NAN), num(p, LV_FMT_FIXED0, with, NAN),
                   interval_name(p, intervals.at[best], true, interval_s),
                   num(p, LV_FMT_SIGNED1, best_d * 100, NAN), NULL);
        section_open(p, "difference", LV_MSG_HTML_CMP_CHART_TITLE, reading, false);
        const double left = 64, width = 720, y0 = 14, h = 240;
        svg_open(p, "difference", (int)(left + width + 12), (int)(y0 + h + 70), LV_MSG_HTML_CMP_CHART_TITLE);
        top = nice_top(fmin(fmax(top, 0.01), 1));
        for (int i = -2; i <= 2; i++) {
            double y = y0 + h / 2 - h / 2 * i / 2;
            put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"0.8\"/>\n", left,
                y, left + width, y, i == 0 ? "#555" : "#e3e3e3");
            double tick = top * 100 * i / 2; /* whole points as "+50", "0"; others "+2.5" */
            char label[48];
            if (fabs(tick - round(tick)) < 1e-9)
                snprintf(label, sizeof label, "%s%s", tick > 0 ? "+" : "", num(p, LV_FMT_FIXED0, tick, NAN));
            else
                snprintf(label, sizeof label, "%s", num(p, LV_FMT_SIGNED1, tick, NAN));
            text_at(p, left - 4, y + 4, "end", NULL, label);
        }
        y_title(p, 14, y0 + h / 2, msg(p, LV_MSG_HTML_AXIS_POINTS));
        double bw = width / n;
        for (int k = 0; k < n; k++) {
            const cJSON *iv = intervals.at[k];
            double ci, dlt = mean(get(iv, "answered_within_target"), "b_minus_a", &ci);
            if (!isfinite(dlt))
                continue;
            const char *fill = too_few || !lv_report_hour_changed(dlt, ci) ? "#bdbdbd" : dlt > 0 ? "#2166ac" : "#b35806";
            ci = isfinite(ci) ? ci : 0;
            double zero = y0 + h / 2, y = zero - h / 2 * dlt / top;
            expand(p, title, sizeof title, LV_MSG_HTML_CMP_BAR, interval_name(p, iv, false, interval_s),
                   num(p, LV_FMT_DIFF, dlt * 100, ci * 100), NULL);
            put(p, "<g class=\"diff\" data-k=\"%d\" data-value=\"%.6g\" data-ci=\"%.6g\"><title>", k, dlt, ci);
            esc(p, title);
            put(p, "</title><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>", left + k * bw,
                fmin(y, zero), bw * 0.85, fabs(y - zero), fill);
            put(p, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#444\" stroke-width=\"0.7\"/></g>\n",
                left + (k + 0.42) * bw, zero - h / 2 * fmin(dlt + ci, top) / top, left + (k + 0.42) * bw,
                zero - h / 2 * fmax(dlt - ci, -top) / top);
        }
        week_axis(p, left, width, y0, y0 + h, n / per_day > 0 ? n / per_day : 1);
        if (!too_few) { /* else every bar is grey: the reading says why */
            double lx = legend_item(p, left, y0 + h + 50, "#2166ac", false, msg(p, LV_MSG_HTML_B_BETTER));
            lx = legend_item(p, lx, y0 + h + 50, "#b35806", false, msg(p, LV_MSG_HTML_B_WORSE));
            legend_item(p, lx, y0 + h + 50, "#bdbdbd", false, msg(p, LV_MSG_HTML_NO_DIFFERENCE));
        }
        put(p, "</svg>\n</section>\n");
    }
    free(intervals.at);
    page_close(p, string(root, "lvsim_version"));
}

/* ---- a staffing plan ---- */

/* Centres a staffing plan may name (lvsim plans at most LV_MAX_SITES). */
#define LV_HTML_MAX_CENTRES 4096

static void render_staff(struct page *p, const cJSON *root)
{
    double share = number(root, "target_share"), within_s = number(root, "target_within_s");
    int interval_s = whole(root, "interval_s", 604800), per_day = intervals_per_day(interval_s);
    char title[512], line[768];
    expand(p, title, sizeof title, LV_MSG_HTML_STAFF_TITLE, pct(p, share), threshold(p, within_s), NULL);
    page_open(p, title);
    const char *form = string(root, "form"); /* the JSON's word, in the page's language */
    if (strcmp(form, "interval") == 0)
        form = msg(p, LV_MSG_HTML_STAFF_FORM_INTERVAL);
    else if (strcmp(form, "day") == 0)
        form = msg(p, LV_MSG_HTML_STAFF_FORM_DAY);
    else if (strcmp(form, "week") == 0)
        form = msg(p, LV_MSG_HTML_STAFF_FORM_WEEK);
    expand(p, line, sizeof line, LV_MSG_HTML_STAFF_META, form,
           num(p, LV_FMT_FIXED0, number(root, "replications"), NAN), seed_of(p, root),
           msg(p, cJSON_IsTrue(get(root, "converged")) ? LV_MSG_HTML_CONVERGED : LV_MSG_HTML_NOT_CONVERGED), NULL);
    put(p, "<p class=\"meta\">");
    esc(p, line);
    put(p, "</p>\n</header>\n<section class=\"keys first\" id=\"keys\">\n<h2>");
    esc(p, msg(p, LV_MSG_HTML_KEY_FIGURES));
    put(p, "</h2>\n<table>\n");
    double now_h = number(root, "current_hours_per_week"), plan_h = number(root, "plan_hours_per_week");
    key_row(p, msg(p, LV_MSG_HTML_STAFF_HOURS_NOW), "current_hours_per_week", now_h, amount(p, now_h),
            NULL, NULL);
    key_row(p, msg(p, LV_MSG_HTML_STAFF_HOURS_PLAN), "plan_hours_per_week", plan_h, amount(p, plan_h),
            NULL, NULL);
    double v = number(root, "current_week_within");
    key_row(p, msg(p, LV_MSG_HTML_STAFF_WITHIN_NOW), "current_week_within", v,
            num(p, LV_FMT_SHARE, v, number(root, "current_week_within_ci95")), NULL, NULL);
    v = number(root, "plan_week_within");
    key_row(p, msg(p, LV_MSG_HTML_STAFF_WITHIN_PLAN), "plan_week_within", v,
            num(p, LV_FMT_SHARE, v, number(root, "plan_week_within_ci95")), NULL, NULL);
    v = number(root, "plan_abandoned");
    key_row(p, msg(p, LV_MSG_HTML_STAFF_ABANDONED_PLAN), "plan_abandoned", v,
            num(p, LV_FMT_SHARE, v, number(root, "plan_abandoned_ci95")), NULL, NULL);
    put(p, "</table>\n</section>\n");

    /* the intervals in one pass (cJSON's lists are linked: indexing them in loops is quadratic),
     * with their centre: a chart per centre, every centre */
    const cJSON *intervals = get(root, "intervals"), *names = get(root, "centres");
    int n = cJSON_GetArraySize(intervals), centres = 0;
    const cJSON **ivs = malloc(sizeof *ivs * (size_t)(n > 0 ? n : 1));
    int *centre_of = malloc(sizeof *centre_of * (size_t)(n > 0 ? n : 1));
    if (!ivs || !centre_of)
        n = 0; /* out of memory: the key figures only */
    int k = 0;
    for (const cJSON *iv = intervals ? intervals->child : NULL; iv && k < n; iv = iv->next, k++) {
        ivs[k] = iv;
        centre_of[k] = whole(iv, "centre", LV_HTML_MAX_CENTRES - 1);
        centres = centre_of[k] + 1 > centres ? centre_of[k] + 1 : centres;
    }
    /* the intervals grouped by centre, in order within each (a counting sort): centre c's are
     * sorted[first[c]] .. sorted[first[c + 1] - 1], so that drawing every centre is one pass */
    int *first = calloc((size_t)centres + 2, sizeof *first), *sorted = malloc(sizeof *sorted * (size_t)(n > 0 ? n : 1));
    if (!first || !sorted) {
        p->failed = true;
        centres = 0;
    }
    for (k = 0; k < n && centres > 0; k++)
        if (centre_of[k] >= 0)
            first[centre_of[k] + 2]++;
    for (int c = 0; c < centres; c++)
        first[c + 2] += first[c + 1];
    for (k = 0; k < n && centres > 0; k++)
        if (centre_of[k] >= 0)
            sorted[first[centre_of[k] + 1]++] = k;
    const cJSON *name_of = names ? names->child : NULL;
    char reading[512];
    expand(p, reading, sizeof reading, LV_MSG_HTML_STAFF_READING, num(p, LV_FMT_FIXED0, plan_h, NAN),
           num(p, LV_FMT_FIXED0, now_h, NAN), pct(p, number(root, "plan_week_within")), threshold(p, within_s),
           pct(p, number(root, "current_week_within")), NULL);
    for (int c = 0; c < centres; c++, name_of = name_of ? name_of->next : NULL) {
        /* the centre's intervals, in order */
        int count = 0;
        double top = 0;
        for (int j = first[c]; j < first[c + 1]; j++) {
            k = sorted[j];
            const cJSON *iv = ivs[k];
            count++;
            top = fmax(top, fmax(number(iv, "required"), fmax(number(iv, "planned"), number(iv, "current"))));
        }
        if (count == 0)
            continue;
        char id[32];
        snprintf(id, sizeof id, "staff-%d", c); /* an element id: syntax, not a message */
        section_open(p, id, LV_MSG_HTML_STAFF_CHART_TITLE, c == 0 ? reading : "", false);
        if (centres > 1) {
            const char *name = name_of ? string(name_of, "name") : "";
            put(p, "<p>");
            esc(p, expand(p, line, sizeof line, LV_MSG_HTML_STAFF_CENTRE,
                          *name ? name : num(p, LV_FMT_FIXED0, c + 1, NAN), NULL));
            put(p, "</p>\n");
        }
        const double left = 64, width = 720, y0 = 14, h = 220;
        svg_open(p, id, (int)(left + width + 12), (int)(y0 + h + 70), LV_MSG_HTML_STAFF_CHART_TITLE);
        top = nice_top(fmax(top, 1));
        y_grid(p, left, left + width, y0, h, top, top <= 10 ? (int)top : 5, LV_FMT_G4, 1);
        y_title(p, 14, y0 + h / 2, msg(p, LV_MSG_HTML_AXIS_OPERATORS));
        static const struct {
            const char *key, *colour, *dash;
            enum lv_msg label;
        } series[] = {{"current", "#999999", "2 2", LV_MSG_HTML_STAFF_CURRENT},
                      {"planned", "#2166ac", "", LV_MSG_HTML_STAFF_PLANNED},
                      {"required", "#b35806", "6 3", LV_MSG_HTML_STAFF_REQUIRED}};
        double bw = width / count;
        for (int s = 0; s < 3; s++) {
            put(p, "<polyline class=\"series\" data-series=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s%s%s points=\"",
                series[s].key, series[s].colour, s == 1 ? "3" : "1.6", *series[s].dash ? " stroke-dasharray=\"" : "",
                series[s].dash, *series[s].dash ? "\"" : "");
            int i = 0;
            for (int j = first[c]; j < first[c + 1]; j++) {
                const cJSON *iv = ivs[sorted[j]];
                double y = y0 + h - h * fmax(number(iv, series[s].key), 0) / top;
                put(p, "%.2f,%.2f %.2f,%.2f ", left + i * bw, y, left + (i + 1) * bw, y);
                i++;
            }
            put(p, "\"/>\n");
        }
        /* an invisible band per interval carries its numbers as a tooltip */
        int i = 0;
        for (int j = first[c]; j < first[c + 1]; j++) {
            k = sorted[j];
            const cJSON *iv = ivs[k];
            expand(p, title, sizeof title, LV_MSG_HTML_STAFF_BAND, interval_name(p, iv, false, interval_s),
                   num(p, LV_FMT_FIXED0, number(iv, "required"), NAN), num(p, LV_FMT_FIXED0, number(iv, "planned"), NAN),
                   num(p, LV_FMT_FIXED0, number(iv, "current"), NAN), pct(p, number(iv, "within")), NULL);
            put(p, "<rect class=\"band\" data-k=\"%d\" data-required=\"%.6g\" data-planned=\"%.6g\" x=\"%.2f\" y=\"%.1f\" "
                   "width=\"%.2f\" height=\"%.1f\" fill=\"#000\" fill-opacity=\"0\"><title>",
                k, number(iv, "required"), number(iv, "planned"), left + i * bw, y0, bw, h);
            esc(p, title);
            put(p, "</title></rect>\n");
            i++;
        }
        week_axis(p, left, width, y0, y0 + h, count / per_day > 0 ? count / per_day : 1);
        double lx = left;
        for (int s = 0; s < 3; s++)
            lx = legend_line(p, lx, y0 + h + 50, series[s].key, series[s].colour, s == 1 ? "3" : "1.6", series[s].dash,
                             msg(p, series[s].label));
        put(p, "</svg>\n</section>\n");
    }
    free(ivs);
    free(centre_of);
    free(first);
    free(sorted);
    page_close(p, "");
}

/* ---- a sweep ---- */

/* The label of a figure key (a headline metric's message), or the key itself. */
static const char *figure_label(const struct page *p, const char *key)
{
    for (int m = 0; m < LV_HEADLINE_COUNT; m++)
        if (strcmp(lv_headline_info((enum lv_headline)m)->key, key) == 0)
            return msg(p, lv_headline_info((enum lv_headline)m)->label);
    return key;
}

/* Index of value v among the distinct values of axis a seen so far in results (order of first
 * appearance), adding it; into vals[count]. */
static int axis_index(const char **vals, int *count, int max, const char *v)
{
    for (int i = 0; i < *count; i++)
        if (strcmp(vals[i], v) == 0)
            return i;
    if (*count == max)
        return -1;
    vals[*count] = v;
    return (*count)++;
}

/* A sweep point's figure as text: a share with its interval, else 4 digits; a censored quantile
 * (points.json's "censored", a lower bound) as "> 14400", as points.csv writes it. */
static const char *sweep_value(struct page *p, const cJSON *res, const char *key, bool share, double v, double ci)
{
    if (share)
        return num(p, LV_FMT_SHARE, v, ci);
    const char *t = num(p, LV_FMT_G4, v, NAN);
    if (!censored(get(res, "figures"), key))
        return t;
    char *buf = p->nums[p->next_num++ % 16];
    snprintf(buf, sizeof p->nums[0], "> %s", t); /* syntax, not a message */
    return buf;
}

static void render_sweep(struct page *p, const cJSON *root)
{
    char title[512], line[768];
    expand(p, title, sizeof title, LV_MSG_HTML_SWEEP_TITLE, string(root, "sweep"), NULL);
    page_open(p, title);
    struct elements axes = elements_of(p, get(root, "axes")), results = elements_of(p, get(root, "results"));
    int na = axes.n, n = results.n;
    expand(p, line, sizeof line, LV_MSG_HTML_SWEEP_META, num(p, LV_FMT_FIXED0, n, NAN),
           num(p, LV_FMT_FIXED0, number(root, "replications"), NAN), seed_of(p, root),
           string(root, "lvsim_version"), NULL);
    put(p, "<p class=\"meta\">");
    esc(p, line);
    put(p, "</p>\n</header>\n");
    /* the figure shown: the share within target when the sweep has it, else its first figure */
    const cJSON *first = n > 0 ? get(results.at[0], "figures") : NULL;
    const char *key = get(first, "answered_within_target") ? "answered_within_target"
                      : first && first->child                 ? first->child->string
                                                              : "";
    bool share = strcmp(key, "answered_within_target") == 0 || strcmp(key, "abandoned") == 0 ||
                 strcmp(key, "answered_within_10min") == 0 || strcmp(key, "operator_occupancy") == 0 ||
                 strcmp(key, "days_meeting_target") == 0;
    enum { MAX_VALUES = 64 };
    const char *vals[2][MAX_VALUES];
    int counts[2] = {0, 0};
    double lo = INFINITY, hi = -INFINITY;
    int best = -1, point = 0;
    bool too_many = false; /* an axis with more than MAX_VALUES values: the table only */
    for (; point < n; point++) {
        const cJSON *r = results.at[point];
        for (int a = 0; a < na && a < 2; a++)
            too_many |= axis_index(vals[a], &counts[a], MAX_VALUES,
                                   string(get(r, "values"), axes.at[a]->valuestring ? axes.at[a]->valuestring : "")) < 0;
        double v = mean(get(r, "figures"), key, NULL);
        if (isfinite(v)) {
            lo = fmin(lo, v);
            if (v > hi) {
                hi = v;
                best = point;
            }
        }
    }
    const char *label = figure_label(p, key);
    char reading[512] = "";
    if (best >= 0) {
        char where[256] = "";
        const cJSON *values = get(results.at[best], "values");
        size_t used = 0;
        for (const cJSON *v = values ? values->child : NULL; v && used < sizeof where; v = v->next)
            used += (size_t)snprintf(where + used, sizeof where - used, "%s%s = %s", used ? ", " : "", v->string,
                                     cJSON_IsString(v) ? v->valuestring : "");
        expand(p, reading, sizeof reading, LV_MSG_HTML_SWEEP_READING, label,
               share ? pct1(p, hi) : num(p, LV_FMT_G4, hi, NAN), where, share ? pct1(p, lo) : num(p, LV_FMT_G4, lo, NAN),
               NULL);
    }
    bool grid = !too_many && na == 2 && counts[0] * counts[1] == n;
    if ((na == 1 && !too_many) || grid) {
        section_open(p, "sweep", grid ? LV_MSG_HTML_SWEEP_GRID_TITLE : LV_MSG_HTML_SWEEP_LINE_TITLE, reading, false);
        const char *ax0 = axes.at[0]->valuestring;
        const char *ax1 = grid ? axes.at[1]->valuestring : NULL;
        double row_chars = grid ? (double)text_width(ax0) : 0;
        for (int i = 0; grid && i < counts[0]; i++)
            row_chars = fmax(row_chars, (double)text_width(vals[0][i]));
        const double left = grid ? fmin(20 + 6.6 * row_chars, 300) : 70, width = 790 - left, y0 = grid ? 40 : 20;
        if (grid) {
            double cw = width / counts[1], ch = 30;
            svg_open(p, "sweep", (int)(left + width + 12), (int)(y0 + counts[0] * ch + 50), LV_MSG_HTML_SWEEP_GRID_TITLE);
            for (int j = 0; j < counts[1]; j++)
                text_at(p, left + (j + 0.5) * cw, y0 - 6, "middle", NULL, vals[1][j]);
            for (int i = 0; i < counts[0]; i++)
                text_at(p, left - 6, y0 + (i + 0.5) * ch + 4, "end", NULL, vals[0][i]);
            for (int r = 0; r < n; r++) {
                const cJSON *res = results.at[r], *values = get(res, "values");
                int i = axis_index(vals[0], &counts[0], MAX_VALUES, string(values, ax0));
                int j = axis_index(vals[1], &counts[1], MAX_VALUES, string(values, ax1));
                double ci, v = mean(get(res, "figures"), key, &ci);
                char fill[8];
                double f = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                sequential(isfinite(v) ? f : 0, fill);
                expand(p, title, sizeof title, LV_MSG_HTML_SWEEP_POINT, vals[0][i], vals[1][j],
                       sweep_value(p, res, key, share, v, ci), NULL);
                put(p, "<g class=\"point\" data-point=\"%d\" data-value=\"%.6g\"><title>", r, v);
                esc(p, title);
                put(p, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#fff\"/>",
                    left + j * cw, y0 + i * ch, cw, ch, isfinite(v) ? fill : NO_CALLS_FILL);
                if (cw >= 34)
                    put(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"in%s\">%s</text>",
                        left + (j + 0.5) * cw, y0 + (i + 0.5) * ch + 4, f > 0.55 ? " light" : "",
                        share ? pct(p, v) : sweep_value(p, res, key, false, v, NAN));
                put(p, "</g>\n");
            }
            text_at(p, left + width / 2, y0 - 24, "middle", "axis", ax1);
            text_at(p, left - 6, y0 - 6, "end", "axis", ax0);
            expand(p, title, sizeof title, LV_MSG_HTML_SWEEP_SCALE, label, share ? pct1(p, lo) : num(p, LV_FMT_G4, lo, NAN),
                   share ? pct1(p, hi) : num(p, LV_FMT_G4, hi, NAN), NULL);
            for (int i = 0; i <= 10; i++) {
                char fill[8];
                sequential(i / 10.0, fill);
                put(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"24\" height=\"12\" fill=\"%s\"/>\n", left + i * 24,
                    y0 + counts[0] * ch + 16, fill);
            }
            text_at(p, left + 11 * 24 + 10, y0 + counts[0] * ch + 26, "start", NULL, title);
        } else {
            const double h = 220;
            int count = counts[0];
            svg_open(p, "sweep", (int)(left + width + 12), (int)(y0 + h + 60), LV_MSG_HTML_SWEEP_LINE_TITLE);
            double ymax = share ? 1 : nice_top(hi); /* from 0: a figure of a sweep is never negative */
            y_grid(p, left, left + width, y0, h, ymax, 5, share ? LV_FMT_PERCENT0 : LV_FMT_G4, 1);
            y_title(p, 14, y0 + h / 2, label);
            double dx = width / (count > 0 ? count : 1);
            put(p, "<polyline fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\" points=\"");
            for (int r = 0; r < n; r++) {
                double v = mean(get(results.at[r], "figures"), key, NULL);
                int i = axis_index(vals[0], &counts[0], MAX_VALUES, string(get(results.at[r], "values"), ax0));
                if (isfinite(v))
                    put(p, "%.2f,%.2f ", left + (i + 0.5) * dx, y0 + h - h * v / ymax);
            }
            put(p, "\"/>\n");
            for (int r = 0; r < n; r++) {
                const cJSON *res = results.at[r];
                double ci, v = mean(get(res, "figures"), key, &ci);
                int i = axis_index(vals[0], &counts[0], MAX_VALUES, string(get(res, "values"), ax0));
                double x = left + (i + 0.5) * dx;
                text_at(p, x, y0 + h + 16, "middle", NULL, vals[0][i]);
                if (!isfinite(v))
                    continue;
                expand(p, title, sizeof title, LV_MSG_HTML_SWEEP_POINT1, vals[0][i], sweep_value(p, res, key, share, v, ci),
                       NULL);
                put(p, "<g class=\"point\" data-point=\"%d\" data-value=\"%.6g\"><title>", r, v);
                esc(p, title);
                put(p, "</title>");
                if (isfinite(ci))
                    put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", x,
                        y0 + h - h * fmin(v + ci, ymax) / ymax, x, y0 + h - h * fmax(v - ci, 0) / ymax);
                put(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#2166ac\"/></g>\n", x, y0 + h - h * v / ymax);
            }
            text_at(p, left + width / 2, y0 + h + 38, "middle", "axis", ax0);
        }
        put(p, "</svg>\n</section>\n");
    } else {
        section_open(p, "sweep", LV_MSG_HTML_SWEEP_TABLE_TITLE, reading, false);
        put(p, "</section>\n");
    }
    /* every point as a table */
    put(p, "<section class=\"points\" id=\"points\">\n<table>\n<tr>");
    for (int a = 0; a < na; a++) {
        put(p, "<th>");
        esc(p, axes.at[a]->valuestring);
        put(p, "</th>");
    }
    put(p, "<th class=\"num\">");
    esc(p, label);
    put(p, "</th></tr>\n");
    for (int r = 0; r < n; r++) {
        const cJSON *res = results.at[r];
        put(p, "<tr>");
        for (int a = 0; a < na; a++) {
            put(p, "<td>");
            esc(p, string(get(res, "values"), axes.at[a]->valuestring));
            put(p, "</td>");
        }
        double ci, v = mean(get(res, "figures"), key, &ci);
        put(p, "<td class=\"num\" data-value=\"%.6g\">", v);
        esc(p, sweep_value(p, res, key, share, v, ci));
        put(p, "</td></tr>\n");
    }
    put(p, "</table>\n</section>\n");
    free(axes.at);
    free(results.at);
    page_close(p, string(root, "lvsim_version"));
}

/* ---- one day told (lvsim explain --json) ---- */

/* Phone staff of the roster bands at minute m of the day (0 outside every band). */
static int phone_at(const cJSON *roster, int m)
{
    for (const cJSON *b = roster ? roster->child : NULL; b; b = b->next)
        if (number(b, "from_min") <= m && m < number(b, "to_min"))
            return whole(b, "phone", 1000000);
    return 0;
}

/* "17:00–18:00" (syntax, as interval_name writes it). */
static const char *range(char *buf, size_t size, const char *from, const char *to)
{
    snprintf(buf, size, "%s\u2013%s", from, to);
    return buf;
}

/* The number waiting in minute m of queue_per_minute (0 where it is not a count). */
static int queued(struct elements queue, int m)
{
    const cJSON *v = m < queue.n ? queue.at[m] : NULL;
    return cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble <= 1e9 ? (int)v->valuedouble : 0;
}

/* An hour of the document as explain.h's struct, to tell it in the text's own sentence. */
static struct lv_explain_hour explain_hour(const cJSON *x)
{
    struct lv_explain_hour h = {
        .attempts = whole(x, "attempts", 1 << 30), .redials = whole(x, "redials", 1 << 30),
        .within = whole(x, "within", 1 << 30), .late = whole(x, "late", 1 << 30),
        .abandoned = whole(x, "abandoned", 1 << 30), .abandoned_again = whole(x, "abandoned_again", 1 << 30),
        .busy = whole(x, "busy", 1 << 30), .phone_min = whole(x, "phone_min", 1 << 30),
        .phone_max = whole(x, "phone_max", 1 << 30), .floor_max = whole(x, "floor_max", 1 << 30),
        .shared_max = whole(x, "shared_max", 1 << 30), .queue_max = whole(x, "queue_max", 1 << 30),
        .queue_max_at_s = number(x, "queue_max_at_s"), .wait_max_s = number(x, "wait_max_s")};
    return h;
}

static void render_explain(struct page *p, const cJSON *root)
{
    const cJSON *roster = get(root, "roster");
    /* the kind (kind_of) has 24 hours */
    struct elements hours = elements_of(p, get(root, "hours")), queue = elements_of(p, get(root, "queue_per_minute"));
    double within_s = number(get(root, "target"), "within_s");
    int day = weekday_of(string(root, "day_type"));
    const char *day_name = msg(p, day >= 0 ? (enum lv_msg)(LV_MSG_MONDAY + day) : LV_MSG_HOLIDAY);
    char title[512], line[1024];
    expand(p, title, sizeof title, LV_MSG_EXPH_TITLE, string(root, "centre"), day_name, string(root, "date"), NULL);
    page_open(p, title);
    double attempts = number(root, "attempts"), within = number(root, "within");
    expand(p, line, sizeof line, LV_MSG_EXPH_META, string(root, "scenario"), seed_of(p, root),
           num(p, LV_FMT_COUNT, attempts, NAN), pct(p, attempts > 0 ? within / attempts : NAN), threshold(p, within_s),
           NULL);
    put(p, "<p class=\"meta\">");
    esc(p, line);
    if (cJSON_IsTrue(get(root, "worst")))
        esc(p, msg(p, LV_MSG_EXPH_META_WORST));
    put(p, "</p>\n</header>\n<section class=\"keys first\" id=\"keys\">\n<h2>");
    esc(p, msg(p, LV_MSG_HTML_KEY_FIGURES));
    put(p, "</h2>\n<table>\n");
    char label[256];
    static const struct {
        const char *key;
        enum lv_msg label;
    } keys[] = {{"attempts", LV_MSG_EXPH_KEY_CALLS},     {"redials", LV_MSG_EXPH_KEY_REDIALS},
                {"within", LV_MSG_EXPH_LEG_WITHIN},        {"late", LV_MSG_EXPH_LEG_LATE},
                {"abandoned", LV_MSG_EXPH_LEG_ABANDONED},  {"abandoned_again", LV_MSG_EXPH_KEY_AGAIN},
                {"busy", LV_MSG_EXPH_LEG_BUSY}};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        double v = number(root, keys[k].key);
        expand(p, label, sizeof label, keys[k].label, threshold(p, within_s), NULL);
        key_row(p, label, keys[k].key, v, num(p, LV_FMT_COUNT, v, NAN), NULL, NULL);
    }
    put(p, "</table>\n</section>\n");

    /* the reading: the longest queue and who was on the phone then, and the hour most hung up */
    int n = hours.n, worst_q = whole(root, "worst_queue_hour", 23), most_gone = -1;
    double gone = 0;
    for (int h = 0; h < n && h < 24; h++) {
        double a = number(hours.at[h], "abandoned");
        if (a > gone) {
            gone = a;
            most_gone = h;
        }
    }
    char reading[1024] = "";
    const cJSON *wq = worst_q >= 0 && worst_q < n ? hours.at[worst_q] : NULL;
    if (wq && number(wq, "queue_max") >= 2) {
        int at = (int)floor(number(wq, "queue_max_at_s") / 60);
        expand(p, reading, sizeof reading, LV_MSG_EXPH_READ_QUEUE, num(p, LV_FMT_FIXED0, number(wq, "queue_max"), NAN),
               num(p, LV_FMT_MINUTE, at, NAN), num(p, LV_FMT_FIXED0, phone_at(roster, at), NAN), NULL);
    } else
        snprintf(reading, sizeof reading, "%s", msg(p, LV_MSG_EXPH_READ_NO_QUEUE));
    size_t used = strlen(reading);
    if (most_gone >= 0) {
        const cJSON *x = hours.at[most_gone];
        expand(p, reading + used, sizeof reading - used, LV_MSG_EXPH_READ_HUNG_UP, num(p, LV_FMT_FIXED0, gone, NAN),
               num(p, LV_FMT_FIXED0, number(x, "attempts"), NAN), num(p, LV_FMT_MINUTE, most_gone * 60, NAN),
               num(p, LV_FMT_MINUTE, (most_gone + 1) * 60, NAN), NULL);
    } else
        snprintf(reading + used, sizeof reading - used, "%s", msg(p, LV_MSG_EXPH_READ_NONE_HUNG_UP));

    section_open(p, "timeline", LV_MSG_EXPH_CHART_TITLE, reading, false);
    const double left = 64, width = 720, top1 = 14, h1 = 170, top2 = top1 + h1 + 46, h2 = 150;
    svg_open(p, "timeline", (int)(left + width + 24), (int)(top2 + h2 + 96), LV_MSG_EXPH_CHART_TITLE);
    int minutes = queue.n, queue_top = 0, staff_top = 0;
    for (int m = 0; m < minutes && m < 1440; m++)
        queue_top = (int)fmax(queue_top, queued(queue, m));
    for (const cJSON *b = roster ? roster->child : NULL; b; b = b->next)
        staff_top = (int)fmax(staff_top, whole(b, "phone", 1000000));
    double top = nice_top(fmax(fmax(queue_top, staff_top), 1));
    double xm = width / 1440; /* a minute's width */
    /* the upper panel: the queue as a step area, the phone staff as a step line */
    y_grid(p, left, left + width, top1, h1, top, top <= 10 ? (int)top : nice_ticks(top), LV_FMT_G4, 1);
    y_title(p, 14, top1 + h1 / 2, msg(p, LV_MSG_EXPH_AXIS_PEOPLE));
    put(p, "<path class=\"queue\" data-max=\"%d\" fill=\"#9ecae1\" fill-opacity=\"0.85\" stroke=\"#3182bd\" "
           "stroke-width=\"0.8\" d=\"M%.2f,%.2f",
        queue_top, left, top1 + h1);
    for (int m = 0; m < minutes && m < 1440;) {
        int v = queued(queue, m), e = m + 1;
        while (e < minutes && e < 1440 && queued(queue, e) == v)
            e++;
        double y = top1 + h1 - h1 * fmax(v, 0) / top;
        put(p, " L%.2f,%.2f L%.2f,%.2f", left + m * xm, y, left + e * xm, y);
        m = e;
    }
    put(p, " L%.2f,%.2f Z\"><title>", left + width, top1 + h1);
    esc(p, msg(p, LV_MSG_EXPH_LEG_QUEUE));
    put(p, "</title></path>\n");
    for (const cJSON *b = roster ? roster->child : NULL; b; b = b->next) {
        double from = number(b, "from_min"), to = number(b, "to_min"), v = number(b, "phone");
        if (!(to > from) || !isfinite(v))
            continue;
        double y = top1 + h1 - h1 * v / top;
        expand(p, title, sizeof title, LV_MSG_EXPH_PHONE_BAND,
               range(label, sizeof label, string(b, "from"), string(b, "to")),
               num(p, LV_FMT_FIXED0, v, NAN), NULL);
        put(p, "<g class=\"phone\" data-from-min=\"%.6g\" data-to-min=\"%.6g\" data-value=\"%.6g\"><title>", from, to, v);
        esc(p, title);
        put(p, "</title><line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#08306b\" stroke-width=\"2.5\"/>",
            left + from * xm, y, left + to * xm, y);
        if (b->next) { /* the riser to the next band */
            double next = number(b->next, "phone");
            if (isfinite(next))
                put(p, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#08306b\" stroke-width=\"2.5\"/>",
                    left + to * xm, y, left + to * xm, top1 + h1 - h1 * next / top);
        }
        put(p, "</g>\n");
    }
    /* the lower panel: each hour's calls by how they ended, stacked */
    double calls_top = 0;
    for (int h = 0; h < n && h < 24; h++)
        calls_top = fmax(calls_top, number(hours.at[h], "attempts"));
    calls_top = nice_top(fmax(calls_top, 1));
    y_grid(p, left, left + width, top2, h2, calls_top, calls_top <= 10 ? (int)calls_top : nice_ticks(calls_top),
           LV_FMT_G4, 1);
    y_title(p, 14, top2 + h2 / 2, msg(p, LV_MSG_EXPH_AXIS_CALLS));
    static const struct {
        const char *key, *fill;
        enum lv_msg label;
    } parts[] = {{"within", "#2166ac", LV_MSG_EXPH_LEG_WITHIN},
                 {"late", "#fdb863", LV_MSG_EXPH_LEG_LATE},
                 {"abandoned", "#b35806", LV_MSG_EXPH_LEG_ABANDONED},
                 {"busy", "#777777", LV_MSG_EXPH_LEG_BUSY}};
    double hw = width / 24;
    for (int h = 0; h < n && h < 24; h++) {
        const cJSON *x = hours.at[h];
        expand(p, title, sizeof title, LV_MSG_EXPH_BAR,
               range(label, sizeof label, string(x, "from"), string(x, "to")),
               num(p, LV_FMT_FIXED0, number(x, "attempts"), NAN), num(p, LV_FMT_FIXED0, number(x, "within"), NAN),
               threshold(p, within_s), num(p, LV_FMT_FIXED0, number(x, "late"), NAN),
               num(p, LV_FMT_FIXED0, number(x, "abandoned"), NAN), num(p, LV_FMT_FIXED0, number(x, "busy"), NAN), NULL);
        put(p, "<g class=\"hour\" data-hour=\"%d\" data-attempts=\"%.6g\" data-within=\"%.6g\" data-late=\"%.6g\" "
               "data-abandoned=\"%.6g\" data-busy=\"%.6g\"><title>",
            h, number(x, "attempts"), number(x, "within"), number(x, "late"), number(x, "abandoned"), number(x, "busy"));
        esc(p, title);
        put(p, "</title>");
        double base = 0;
        for (int k = 0; k < 4; k++) {
            double v = number(x, parts[k].key);
            if (!(v > 0))
                continue;
            put(p, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"0.5\"/>",
                left + h * hw + hw * 0.08, top2 + h2 - h2 * (base + v) / calls_top, hw * 0.84, h2 * v / calls_top,
                parts[k].fill);
            base += v;
        }
        put(p, "</g>\n");
    }
    /* the time axis under each panel: a tick an hour, a label every three */
    for (int panel = 0; panel < 2; panel++) {
        double y = panel ? top2 + h2 : top1 + h1;
        put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\" stroke-width=\"0.8\"/>\n", left, y,
            left + width, y);
        for (int h = 0; h <= 24; h++) {
            put(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-width=\"0.6\"/>\n",
                left + h * hw, y, left + h * hw, y + (h % 3 ? 3 : 6));
            if (h % 3 == 0)
                text_at(p, left + h * hw, y + 18, "middle", NULL, num(p, LV_FMT_MINUTE, h * 60, NAN));
        }
    }
    text_at(p, left + width / 2, top2 + h2 + 38, "middle", "axis", msg(p, LV_MSG_EXPH_AXIS_TIME));
    double lx = left, ly = top2 + h2 + 62;
    put(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"10\" fill=\"#9ecae1\" stroke=\"#3182bd\" stroke-width=\"0.8\"/>\n",
        lx, ly - 9);
    text_at(p, lx + 22, ly, "start", NULL, msg(p, LV_MSG_EXPH_LEG_QUEUE));
    lx += 22 + 6.4 * (double)text_width(msg(p, LV_MSG_EXPH_LEG_QUEUE)) + 16;
    legend_item(p, lx, ly, "#08306b", true, msg(p, LV_MSG_EXPH_LEG_PHONE));
    lx = left;
    ly += 20;
    for (int k = 0; k < 4; k++)
        lx = legend_item(p, lx, ly, parts[k].fill, false,
                         expand(p, label, sizeof label, parts[k].label, threshold(p, within_s), NULL));
    put(p, "</svg>\n<p class=\"note\">");
    esc(p, msg(p, LV_MSG_EXPH_NOTE));
    put(p, "</p>\n</section>\n");

    /* the hours in the words of lvsim explain's text */
    put(p, "<section class=\"hours\" id=\"hours\">\n<h2>");
    esc(p, msg(p, LV_MSG_EXPH_HOURS_TITLE));
    put(p, "</h2>\n<table class=\"hours\">\n");
    for (int h = 0; h < n && h < 24; h++) {
        struct lv_explain_hour x = explain_hour(hours.at[h]);
        lv_explain_hour_text(&x, h, within_s, p->lang, line, sizeof line);
        const char *rest = strstr(line, "  "); /* the text's hour, two spaces, then the hour told */
        put(p, "<tr data-hour=\"%d\" data-attempts=\"%d\"><th class=\"num\">", h, x.attempts);
        esc(p, range(label, sizeof label, num(p, LV_FMT_MINUTE, h * 60, NAN), num(p, LV_FMT_MINUTE, (h + 1) * 60, NAN)));
        put(p, "</th><td>");
        esc(p, rest ? rest + 2 : line);
        put(p, "</td></tr>\n");
    }
    put(p, "</table>\n</section>\n");
    free(hours.at);
    free(queue.at);
    /* one day of one replication: no mean, no interval (the run's footer would say otherwise) */
    page_close_with(p, "", LV_MSG_HTML_FOOTER_EXPLAIN, LV_MSG_HTML_FOOTER_EXPLAIN);
}

/* ---- kinds and the entry points ---- */

static bool is_array_of_objects(const cJSON *a) { return cJSON_IsArray(a) && (!a->child || cJSON_IsObject(a->child)); }

static enum lv_html_kind kind_of(const cJSON *root)
{
    if (!cJSON_IsObject(root))
        return LV_HTML_NOT_LVSIM;
    const cJSON *intervals = get(root, "intervals");
    if (cJSON_IsString(get(root, "a")) && cJSON_IsString(get(root, "b")) && cJSON_IsObject(get(root, "summary")) &&
        is_array_of_objects(intervals))
        return LV_HTML_COMPARE;
    if (cJSON_IsObject(get(root, "summary")) && cJSON_IsObject(get(root, "target")) && is_array_of_objects(intervals) &&
        cJSON_IsNumber(get(root, "interval_s")))
        return LV_HTML_RUN;
    if (cJSON_IsArray(get(root, "axes")) && is_array_of_objects(get(root, "results"))) {
        for (const cJSON *a = get(root, "axes")->child; a; a = a->next)
            if (!cJSON_IsString(a))
                return LV_HTML_NOT_LVSIM;
        return LV_HTML_SWEEP;
    }
    if (cJSON_IsString(get(root, "form")) && cJSON_IsNumber(get(root, "plan_hours_per_week")) &&
        is_array_of_objects(intervals))
        return LV_HTML_STAFF;
    if (strcmp(string(root, "kind"), "explain") == 0 && is_array_of_objects(get(root, "hours")) &&
        cJSON_GetArraySize(get(root, "hours")) == 24 && cJSON_IsArray(get(root, "queue_per_minute")))
        return LV_HTML_EXPLAIN;
    return LV_HTML_NOT_LVSIM;
}

/* Axes a sweep's page takes (lvsim sweeps have at most 8). */
#define LV_HTML_MAX_AXES 64

/* Whether an array of the document is longer than a document of its kind can be: a run's or a
 * staffing plan's intervals beyond a week of its interval_s (a week a centre), a comparison's
 * beyond a week of minutes, a run's days beyond its horizon, a sweep's axes. Such a document is
 * none lvsim wrote, and rendering it would take time and a page out of proportion: refused, with
 * why filled. */
static bool too_long(const cJSON *root, enum lv_html_kind kind, enum lv_language lang, char *why, size_t why_size)
{
    int interval_s = whole(root, "interval_s", 604800);
    double week = interval_s >= 60 ? 604800 / interval_s : 604800 / 60, days = NAN;
    const char *name = "intervals";
    if (kind == LV_HTML_STAFF)
        week *= fmax(cJSON_GetArraySize(get(root, "centres")), 1);
    else if (kind == LV_HTML_COMPARE)
        week = 604800 / 60;
    else if (kind == LV_HTML_SWEEP) {
        name = "axes";
        week = LV_HTML_MAX_AXES;
    } else if (kind == LV_HTML_EXPLAIN)
        return false;
    double count = cJSON_GetArraySize(get(root, name)), most = week;
    double span = kind == LV_HTML_RUN ? number(root, "horizon_s") - number(root, "warmup_s") : NAN;
    if (count <= most && isfinite(span) && span >= 0) {
        days = floor(span / 86400) + 2; /* a part day at either end */
        for (int i = 0; i < 2 && count <= most; i++) {
            name = i ? "day_periods" : "days";
            count = cJSON_GetArraySize(get(root, name));
            most = days;
        }
    }
    if (count <= most)
        return false;
    if (why && why_size) {
        char c[40], m[40];
        snprintf(c, sizeof c, "%.0f", count);
        snprintf(m, sizeof m, "%.0f", most);
        const char *args[3] = {name, c, m};
        lv_msg_expand(why, why_size, lv_msg(LV_MSG_HTML_E_TOO_MANY, lang), 3, args);
    }
    return true;
}

/* Parses json; on failure fills why with the line and column of the error. */
static cJSON *parse(const char *json, size_t len, enum lv_language lang, char *why, size_t why_size)
{
    const char *end = NULL;
    cJSON *root = json ? cJSON_ParseWithLengthOpts(json, len, &end, false) : NULL;
    if (root)
        return root;
    if (why && why_size) {
        size_t at = end && end >= json && end <= json + len ? (size_t)(end - json) : 0;
        int line = 1, col = 1;
        for (size_t i = 0; i < at; i++) {
            if (json[i] == '\n') {
                line++;
                col = 1;
            } else
                col++;
        }
        char l[40], c[40];
        snprintf(l, sizeof l, "%d", line);
        snprintf(c, sizeof c, "%d", col);
        const char *both[2] = {l, c};
        lv_msg_expand(why, why_size, lv_msg(len == 0 ? LV_MSG_HTML_E_EMPTY : LV_MSG_HTML_E_NOT_JSON, lang), 2, both);
    }
    return NULL;
}

int lv_html_kind(const char *json, size_t len)
{
    cJSON *root = parse(json, len, LV_LANG_EN, NULL, 0);
    if (!root)
        return -1;
    int kind = (int)kind_of(root);
    cJSON_Delete(root);
    return kind;
}

char *lv_html_render(const char *json, size_t len, enum lv_language lang, char *why, size_t why_size)
{
    if (why && why_size)
        why[0] = '\0';
    cJSON *root = parse(json, len, lang, why, why_size);
    if (!root)
        return NULL;
    struct page p = {.lang = lang};
    enum lv_html_kind kind = kind_of(root);
    if (too_long(root, kind, lang, why, why_size)) {
        cJSON_Delete(root);
        return NULL;
    }
    switch (kind) {
    case LV_HTML_RUN:
        render_run(&p, root);
        break;
    case LV_HTML_COMPARE:
        render_compare(&p, root);
        break;
    case LV_HTML_SWEEP:
        if (axis_values_as_text(root, lang) != 0) {
            if (why && why_size)
                snprintf(why, why_size, "%s", lv_msg(LV_MSG_E_OUT_OF_MEMORY, lang));
            cJSON_Delete(root);
            return NULL;
        }
        render_sweep(&p, root);
        break;
    case LV_HTML_STAFF:
        render_staff(&p, root);
        break;
    case LV_HTML_EXPLAIN:
        render_explain(&p, root);
        break;
    default:
        if (why && why_size)
            snprintf(why, why_size, "%s", lv_msg(LV_MSG_HTML_E_NOT_LVSIM, lang));
        cJSON_Delete(root);
        return NULL;
    }
    cJSON_Delete(root);
    if (p.failed || !p.s) {
        free(p.s);
        if (why && why_size)
            snprintf(why, why_size, "%s", lv_msg(LV_MSG_E_OUT_OF_MEMORY, lang));
        return NULL;
    }
    return p.s;
}
