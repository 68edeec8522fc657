/* serve.c — the workbench's request handler (serve.h): every check a request must pass, then the
 * page and its JSON API (docs/workbench.md). A request is a pure function of its fields; the only
 * state kept between requests is the scenario as given, its baseline run (computed once: every
 * comparison is against it, with the same seeds, so differences are paired by common random
 * numbers) and, per client address, whether a run is under way and whether it was cancelled. */
#define _GNU_SOURCE /* getrandom, open_memstream */
#include "lvsim/serve.h"
#include "lvsim/compare.h"
#include "lvsim/html.h"
#include "lvsim/model.h"
#include "lvsim/output.h"
#include "lvsim/report.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/staff.h"
#include "lvsim/summary.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>

/* The page, embedded from sim/serve/page/ at build time (cmake/embed.cmake). */
const char *lv_serve_page_html(void);
const char *lv_serve_page_css(void);
const char *lv_serve_page_js(void);

struct client {
    char address[64];  /* "" when the slot is free */
    bool busy;         /* a run (or a plan) of this client is under way */
    atomic_bool cancel;
};

struct lv_serve {
    char *text;          /* the scenario as given, composed (extends followed) and rendered */
    char name[256];      /* its name in diagnostics: the file, or "default" */
    struct lv_scenario *base;
    char token[LV_SERVE_TOKEN_HEX + 1];
    double budget;
    int jobs;
    enum lv_language lang;

    pthread_mutex_t lock; /* guards host, clients, running */
    char host[300];
    struct client clients[LV_SERVE_MAX_CLIENTS];
    int running;

    pthread_mutex_t baseline_lock; /* the baseline run, made by the first run that needs it */
    bool baseline_done;
    struct lv_results baseline;
};

static const char json_type[] = "application/json; charset=utf-8";

/* ---- responses ---- */

static void respond_text(struct lv_serve_response *out, int status, const char *type, char *body)
{
    static char oom[] = "{\"error\": \"out of memory\"}"; /* syntax, not a message: nothing else can be had */
    out->status = body ? status : 500;
    out->content_type = body ? type : json_type;
    out->body = body ? body : NULL;
    out->size = body ? strlen(body) : 0;
    if (!body) { /* a static body must not be freed: copy it, and if even that fails send nothing */
        out->body = strdup(oom);
        out->size = out->body ? strlen(out->body) : 0;
    }
}

static void respond_json(struct lv_serve_response *out, int status, cJSON *doc)
{
    char *text = doc ? cJSON_PrintUnformatted(doc) : NULL;
    cJSON_Delete(doc);
    respond_text(out, status, json_type, text);
}

/* A refusal: {"error": message in lang}. */
static void refuse(struct lv_serve_response *out, int status, enum lv_language lang, enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    char message[1024];
    lv_msg_expand(message, sizeof message, lv_msg(id, lang), argc, args);
    cJSON *doc = cJSON_CreateObject();
    if (doc && !cJSON_AddStringToObject(doc, "error", message)) {
        cJSON_Delete(doc);
        doc = NULL;
    }
    respond_json(out, status, doc);
}

void lv_serve_response_fini(struct lv_serve_response *r)
{
    free(r->body);
    memset(r, 0, sizeof *r);
}

const char *const *lv_serve_headers(void)
{
    /* syntax, not a message: HTTP headers */
    static const char *const headers[] = {
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        "X-Content-Type-Options", "nosniff",
        "X-Frame-Options", "DENY",
        "Referrer-Policy", "no-referrer",
        "Cache-Control", "no-store",
        "Cross-Origin-Resource-Policy", "same-origin",
        NULL};
    return headers;
}

/* ---- the server ---- */

static int make_token(char out[LV_SERVE_TOKEN_HEX + 1])
{
    unsigned char bytes[LV_SERVE_TOKEN_HEX / 2];
    size_t got = 0;
    while (got < sizeof bytes) {
        ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
        if (n <= 0)
            return -1;
        got += (size_t)n;
    }
    for (size_t i = 0; i < sizeof bytes; i++)
        snprintf(out + 2 * i, 3, "%02x", bytes[i]); /* syntax, not a message */
    return 0;
}

struct lv_serve *lv_serve_alloc(const struct lv_serve_options *o, struct lv_diags *diags)
{
    struct lv_serve *sv = calloc(1, sizeof *sv);
    if (!sv) {
        lv_diags_msg(diags, "serve", NULL, 0, 0, 1, LV_MSG_SRV_E_NO_MEMORY, NULL);
        return NULL;
    }
    pthread_mutex_init(&sv->lock, NULL);
    pthread_mutex_init(&sv->baseline_lock, NULL);
    for (int i = 0; i < LV_SERVE_MAX_CLIENTS; i++)
        atomic_init(&sv->clients[i].cancel, false);
    sv->lang = o->lang;
    sv->jobs = o->jobs > 0 ? o->jobs : 1;
    sv->budget = o->budget > 0 ? o->budget : LV_SERVE_DEFAULT_BUDGET;
    snprintf(sv->name, sizeof sv->name, "%s", o->path ? o->path : "default");
    const char *text = o->path ? NULL : lv_default_scenario_text();
    /* The file is read here and never again: later requests load the rendered text. */
    sv->text = lv_scenario_render(o->path, text, o->path ? NULL : "default", o->overrides, o->override_count, diags);
    if (sv->text)
        sv->base = lv_scenario_load(NULL, sv->text, sv->name, NULL, 0, diags);
    if (!sv->base) {
        lv_serve_free(sv);
        return NULL;
    }
    if (o->token && strlen(o->token) >= 16 && strlen(o->token) <= LV_SERVE_TOKEN_HEX)
        snprintf(sv->token, sizeof sv->token, "%s", o->token);
    else if (make_token(sv->token) != 0) {
        lv_diags_msg(diags, "serve", NULL, 0, 0, 1, LV_MSG_SRV_E_NO_MEMORY, NULL);
        lv_serve_free(sv);
        return NULL;
    }
    return sv;
}

void lv_serve_free(struct lv_serve *sv)
{
    if (!sv)
        return;
    if (sv->baseline_done)
        lv_results_fini(&sv->baseline);
    pthread_mutex_destroy(&sv->lock);
    pthread_mutex_destroy(&sv->baseline_lock);
    lv_scenario_free(sv->base);
    free(sv->text);
    free(sv);
}

const char *lv_serve_token(const struct lv_serve *sv)
{
    return sv->token;
}

int lv_serve_set_host(struct lv_serve *sv, const char *host)
{
    if (strlen(host) >= sizeof sv->host)
        return -1;
    pthread_mutex_lock(&sv->lock);
    snprintf(sv->host, sizeof sv->host, "%s", host);
    pthread_mutex_unlock(&sv->lock);
    return 0;
}

const char *lv_serve_host(const struct lv_serve *sv)
{
    return sv->host; /* set once, before the address is printed */
}

/* ---- the checks ---- */

/* Whether given equals the token, in time that does not depend on where they differ. */
static bool token_matches(const char *token, const char *given)
{
    if (!given)
        return false;
    size_t n = strlen(token), m = strnlen(given, 256);
    unsigned char diff = (unsigned char)(n != m);
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)(token[i] ^ (i < m ? given[i] : 0));
    return diff == 0;
}

static bool host_matches(struct lv_serve *sv, const char *host)
{
    pthread_mutex_lock(&sv->lock);
    bool ok = host && sv->host[0] && strcmp(host, sv->host) == 0;
    pthread_mutex_unlock(&sv->lock);
    return ok;
}

/* A browser names the page's origin in Origin; it must be ours ("http://" Host). Sec-Fetch-Site
 * says where a request comes from: only same-origin, or none (an address typed or bookmarked). */
static bool same_origin(const struct lv_serve_request *rq)
{
    if (rq->fetch_site && strcmp(rq->fetch_site, "same-origin") != 0 && strcmp(rq->fetch_site, "none") != 0)
        return false;
    if (!rq->origin)
        return true;
    return strncmp(rq->origin, "http://", 7) == 0 && rq->host && strcmp(rq->origin + 7, rq->host) == 0;
}

static bool is_json_type(const char *type)
{
    if (!type)
        return false;
    size_t n = strlen("application/json");
    return strncasecmp(type, "application/json", n) == 0 && (type[n] == '\0' || type[n] == ';' || type[n] == ' ');
}

/* ---- the request's JSON ---- */

struct request {
    cJSON *doc;
    enum lv_language lang;
    int centre;
    int edit_count;
    struct lv_override edits[LV_SERVE_MAX_EDITS];
    char buf[LV_SERVE_MAX_EDITS][LV_SERVE_MAX_EDIT + 1];
};

/* Reads {"edits": [..], "lang": "nb", "centre": 0} into r (every member optional). Returns 0, or
 * -1 after refusing. */
static int read_request(const struct lv_serve *sv, const struct lv_serve_request *rq, struct request *r,
                        struct lv_serve_response *out)
{
    r->doc = NULL;
    r->edit_count = 0;
    r->centre = 0;
    const char *end = NULL;
    const char *body = rq->body ? rq->body : "";
    r->doc = cJSON_ParseWithLengthOpts(body, rq->body_size, &end, 0);
    if (r->doc && end) { /* one value and nothing after it but white space */
        while (end < body + rq->body_size && strchr(" \t\r\n", *end) && *end)
            end++;
        if (end < body + rq->body_size) {
            cJSON_Delete(r->doc);
            r->doc = NULL;
        }
    }
    if (!r->doc) {
        int line, column;
        size_t at = end && end >= body && end <= body + rq->body_size ? (size_t)(end - body) : rq->body_size;
        char *copy = strndup(body, at); /* the position counts characters up to the fault only */
        lv_diags_position(copy ? copy : "", copy ? strlen(copy) : 0, &line, &column);
        free(copy);
        refuse(out, 400, r->lang, LV_MSG_HTML_E_NOT_JSON, lv_msg_int(line).s, lv_msg_int(column).s, NULL);
        return -1;
    }
    if (!cJSON_IsObject(r->doc)) {
        refuse(out, 400, r->lang, LV_MSG_SRV_E_FIELD, "body", "{…}", NULL);
        return -1;
    }
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(r->doc, "lang");
    if (lang) {
        int l = cJSON_IsString(lang) ? lv_language_parse(lang->valuestring) : -1;
        if (l < 0) {
            refuse(out, 400, r->lang, LV_MSG_SRV_E_LANG, cJSON_IsString(lang) ? lang->valuestring : "?", NULL);
            return -1;
        }
        r->lang = (enum lv_language)l;
    }
    const cJSON *centre = cJSON_GetObjectItemCaseSensitive(r->doc, "centre");
    if (centre) {
        double c = cJSON_IsNumber(centre) ? centre->valuedouble : -1;
        if (!(c >= 0 && c < sv->base->centre_count && c == floor(c))) {
            refuse(out, 422, r->lang, LV_MSG_SRV_E_CENTRE, cJSON_IsNumber(centre) ? lv_msg_num(c).s : "?", NULL);
            return -1;
        }
        r->centre = (int)c;
    }
    const cJSON *edits = cJSON_GetObjectItemCaseSensitive(r->doc, "edits"), *e;
    if (!edits)
        return 0;
    if (!cJSON_IsArray(edits) || cJSON_GetArraySize(edits) > LV_SERVE_MAX_EDITS) {
        refuse(out, 400, r->lang, LV_MSG_SRV_E_EDITS, lv_msg_int(LV_SERVE_MAX_EDITS).s,
               lv_msg_int(LV_SERVE_MAX_EDIT).s, NULL);
        return -1;
    }
    cJSON_ArrayForEach(e, edits) {
        if (!cJSON_IsString(e) || strlen(e->valuestring) > LV_SERVE_MAX_EDIT) {
            refuse(out, 400, r->lang, LV_MSG_SRV_E_EDITS, lv_msg_int(LV_SERVE_MAX_EDITS).s,
                   lv_msg_int(LV_SERVE_MAX_EDIT).s, NULL);
            return -1;
        }
        struct lv_override *o = &r->edits[r->edit_count];
        /* `extends` would read another file: the server reads none but the one it was given */
        if (lv_override_parse(e->valuestring, r->buf[r->edit_count], sizeof r->buf[0], o) != 0 ||
            strncmp(o->path, "extends", 7) == 0) {
            refuse(out, 422, r->lang, LV_MSG_SRV_E_EDIT_SYNTAX, e->valuestring, NULL);
            return -1;
        }
        r->edit_count++;
    }
    return 0;
}

/* The comparison document with its sides named for the page ("as given", "with the changes")
 * instead of the scenario's name twice; the document itself if it cannot be relabelled. */
static char *label_sides(char *document, enum lv_language lang)
{
    cJSON *root = document ? cJSON_Parse(document) : NULL;
    if (!root)
        return document;
    cJSON_ReplaceItemInObject(root, "a", cJSON_CreateString(lv_msg(LV_MSG_SRV_SIDE_A, lang)));
    cJSON_ReplaceItemInObject(root, "b", cJSON_CreateString(lv_msg(LV_MSG_SRV_SIDE_B, lang)));
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text)
        return document;
    free(document);
    return text;
}

/* The scenario with the request's edits, or NULL with the diagnostics as lvsim check gives them
 * (a 422 response listing them). */
static struct lv_scenario *load_edited(const struct lv_serve *sv, const struct request *r, struct lv_serve_response *out)
{
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = r->lang;
    struct lv_scenario *s = lv_scenario_load(NULL, sv->text, sv->name, r->edits, r->edit_count, &diags);
    if (!s) {
        cJSON *doc = cJSON_CreateObject(), *list = cJSON_AddArrayToObject(doc, "errors");
        for (size_t i = 0; list && i < diags.count; i++) {
            const struct lv_diag *d = &diags.items[i];
            char *text = NULL;
            size_t len = 0;
            FILE *mem = open_memstream(&text, &len);
            if (mem) { /* the one diagnostic exactly as lvsim check writes it */
                struct lv_diags one = diags;
                one.items = diags.items + i;
                one.count = 1;
                one.dropped = 0;
                lv_diags_write(&one, mem);
                fclose(mem);
            }
            cJSON *item = cJSON_CreateObject();
            cJSON_AddStringToObject(item, "file", d->file ? d->file : "");
            cJSON_AddNumberToObject(item, "line", d->line);
            cJSON_AddNumberToObject(item, "column", d->column);
            cJSON_AddStringToObject(item, "message", d->message ? d->message : "");
            cJSON_AddStringToObject(item, "text", text ? text : "");
            cJSON_AddItemToArray(list, item);
            free(text);
        }
        respond_json(out, 422, doc);
    }
    lv_diags_fini(&diags);
    /* read_request checked the centre against the scenario as given; an edit of `centres` may
     * leave fewer, and every caller indexes the edited scenario's sites with it */
    if (s && r->centre >= s->centre_count) {
        refuse(out, 422, r->lang, LV_MSG_SRV_E_CENTRE, lv_msg_int(r->centre).s, NULL);
        lv_scenario_free(s);
        return NULL;
    }
    return s;
}

/* ---- what the page shows ---- */

static void clock_text(char *buf, size_t n, int minutes)
{
    snprintf(buf, n, "%02d:%02d", minutes / 60, minutes % 60); /* syntax, not a message */
}

static const struct lv_band *band_at(const struct lv_schedule *sch, int day, int minute)
{
    for (int b = 0; b < sch->band_count[day]; b++)
        if (minute >= sch->bands[day][b].from_min && minute < sch->bands[day][b].to_min)
            return &sch->bands[day][b];
    return NULL;
}

/* The centre's phone staff per interval of each day type (holidays last), as on duty at the
 * interval's start, with the day types' names in lang. */
static cJSON *grid_json(const struct lv_scenario *s, int centre, enum lv_language lang)
{
    cJSON *g = cJSON_CreateObject();
    int step = (int)(s->interval_s / 60);
    if (step < 1)
        step = 60;
    cJSON_AddNumberToObject(g, "centre", centre);
    cJSON_AddStringToObject(g, "centre_name", s->sites[centre].name);
    cJSON_AddNumberToObject(g, "interval_minutes", step);
    cJSON *days = cJSON_AddArrayToObject(g, "days");
    const struct lv_schedule *sch = &s->sites[centre].operators;
    for (int d = 0; d < LV_DAY_TYPES; d++) {
        cJSON *day = cJSON_CreateObject();
        cJSON_AddStringToObject(day, "name", lv_msg(d < 7 ? (enum lv_msg)(LV_MSG_MON + d) : LV_MSG_HOLIDAY, lang));
        cJSON *count = cJSON_AddArrayToObject(day, "count"), *shared = cJSON_AddArrayToObject(day, "shared"),
              *floor_ = cJSON_AddArrayToObject(day, "floor");
        for (int m = 0; m < 1440; m += step) {
            const struct lv_band *b = band_at(sch, d, m);
            cJSON_AddItemToArray(count, cJSON_CreateNumber(b ? b->count : 0));
            cJSON_AddItemToArray(shared, cJSON_CreateNumber(b ? b->shared : 0));
            cJSON_AddItemToArray(floor_, cJSON_CreateNumber(b ? b->floor : 0));
        }
        cJSON_AddItemToArray(days, day);
    }
    return g;
}

static cJSON *estimate_json(const struct lv_estimate *e)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "mean", isfinite(e->mean) ? e->mean : 0);
    cJSON_AddNumberToObject(o, "ci95", isfinite(e->half_width) ? e->half_width : 0);
    if (!isfinite(e->mean))
        cJSON_ReplaceItemInObject(o, "mean", cJSON_CreateNull());
    if (!isfinite(e->half_width))
        cJSON_ReplaceItemInObject(o, "ci95", cJSON_CreateNull());
    return o;
}

/* One centre's figure as A, B and B - A (lv_compare_figure): with several centres the grid shows
 * the chosen centre, so its hours are coloured by its own callers, not by every centre's together. */
struct centre_figure {
    struct lv_estimate a, b, difference;
};

/* The strings of the page, by the key the page names them with. */
static const struct {
    const char *key;
    enum lv_msg id;
} page_strings[] = {
    {"title", LV_MSG_SRV_TITLE}, {"intro", LV_MSG_SRV_INTRO}, {"grid_title", LV_MSG_SRV_GRID_TITLE},
    {"grid_help", LV_MSG_SRV_GRID_HELP}, {"grid_legend", LV_MSG_SRV_GRID_LEGEND}, {"add", LV_MSG_SRV_ADD},
    {"remove", LV_MSG_SRV_REMOVE}, {"role", LV_MSG_SRV_ROLE}, {"role_operator", LV_MSG_SRV_ROLE_OPERATOR},
    {"role_shared", LV_MSG_SRV_ROLE_SHARED}, {"role_floor", LV_MSG_SRV_ROLE_FLOOR}, {"centre", LV_MSG_SRV_CENTRE},
    {"selected", LV_MSG_SRV_SELECTED}, {"nothing_selected", LV_MSG_SRV_NOTHING_SELECTED},
    {"demand", LV_MSG_SRV_DEMAND}, {"growth", LV_MSG_SRV_GROWTH}, {"period", LV_MSG_SRV_PERIOD},
    {"from", LV_MSG_SRV_FROM}, {"to", LV_MSG_SRV_TO}, {"factor", LV_MSG_SRV_FACTOR},
    {"shrinkage", LV_MSG_SRV_SHRINKAGE}, {"apply", LV_MSG_SRV_APPLY}, {"edits", LV_MSG_SRV_EDITS},
    {"no_edits", LV_MSG_SRV_NO_EDITS}, {"undo", LV_MSG_SRV_UNDO}, {"clear", LV_MSG_SRV_CLEAR},
    {"run", LV_MSG_SRV_RUN}, {"running", LV_MSG_SRV_RUNNING}, {"cancel", LV_MSG_SRV_CANCEL},
    {"least", LV_MSG_SRV_LEAST}, {"least_help", LV_MSG_SRV_LEAST_HELP}, {"least_apply", LV_MSG_SRV_LEAST_APPLY},
    {"least_none", LV_MSG_SRV_LEAST_NONE}, {"results", LV_MSG_SRV_RESULTS}, {"baseline", LV_MSG_SRV_BASELINE},
    {"edited", LV_MSG_SRV_EDITED}, {"difference", LV_MSG_SRV_DIFFERENCE}, {"week", LV_MSG_SRV_WEEK},
    {"seconds", LV_MSG_SRV_SECONDS}, {"download", LV_MSG_SRV_DOWNLOAD}, {"dl_scenario", LV_MSG_SRV_DL_SCENARIO},
    {"dl_report", LV_MSG_SRV_DL_REPORT}, {"dl_tables", LV_MSG_SRV_DL_TABLES}, {"errors", LV_MSG_SRV_ERRORS}, {"not_started", LV_MSG_SRV_NOT_STARTED},
    {"language", LV_MSG_SRV_LANGUAGE}, {"within", LV_MSG_SRV_WITHIN}, {"changed", LV_MSG_SRV_CHANGED},
    {"unchanged", LV_MSG_SRV_UNCHANGED}, {"stale", LV_MSG_SRV_STALE}, {"points", LV_MSG_SRV_POINTS},
};

/* GET /api/state: the words, the scenario's outline, the limits and the grid as given. */
static void handle_state(struct lv_serve *sv, enum lv_language lang, struct lv_serve_response *out)
{
    const struct lv_scenario *s = sv->base;
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "lang", lv_language_code(lang));
    cJSON *strings = cJSON_AddObjectToObject(doc, "strings");
    for (size_t i = 0; i < sizeof page_strings / sizeof page_strings[0]; i++)
        cJSON_AddStringToObject(strings, page_strings[i].key, lv_msg(page_strings[i].id, lang));
    cJSON *sc = cJSON_AddObjectToObject(doc, "scenario");
    cJSON_AddStringToObject(sc, "name", s->name[0] ? s->name : sv->name); /* its title, not its path */
    cJSON_AddStringToObject(sc, "source", sv->name);
    /* how an edit names the centre's keys: `centre.away.share`, or `centres[NAME].away.share` */
    bool single = strncmp(sv->text, "centre:", 7) == 0 || strstr(sv->text, "\ncentre:") != NULL;
    cJSON_AddStringToObject(sc, "centre_key", single ? "centre" : "centres");
    cJSON *centres = cJSON_AddArrayToObject(sc, "centres");
    for (int c = 0; c < s->centre_count; c++)
        cJSON_AddItemToArray(centres, cJSON_CreateString(s->sites[c].name));
    cJSON_AddNumberToObject(sc, "replications", s->replications);
    cJSON_AddNumberToObject(sc, "seed", (double)s->seed);
    cJSON_AddNumberToObject(sc, "days", s->horizon_s / 86400);
    cJSON_AddNumberToObject(sc, "target_share", s->target_share);
    cJSON_AddNumberToObject(sc, "target_within_s", s->target_within_s);
    cJSON_AddNumberToObject(sc, "growth", s->demand.growth);
    cJSON_AddNumberToObject(sc, "away_share", s->centre_count ? s->sites[0].away.share : 0);
    cJSON *away = cJSON_AddArrayToObject(sc, "away_shares"); /* each centre's, for the field when it is chosen */
    for (int c = 0; c < s->centre_count; c++)
        cJSON_AddItemToArray(away, cJSON_CreateNumber(s->sites[c].away.share));
    cJSON *limits = cJSON_AddObjectToObject(doc, "limits");
    cJSON_AddNumberToObject(limits, "body_bytes", LV_SERVE_MAX_BODY);
    cJSON_AddNumberToObject(limits, "edits", LV_SERVE_MAX_EDITS);
    cJSON_AddNumberToObject(limits, "edit_bytes", LV_SERVE_MAX_EDIT);
    cJSON_AddNumberToObject(limits, "budget_calls", sv->budget);
    cJSON_AddItemToObject(doc, "grid", grid_json(s, 0, lang));
    respond_json(out, 200, doc);
}

/* POST /api/check: the edited scenario's grid and YAML, or its errors. */
static void handle_check(struct lv_serve *sv, struct request *r, struct lv_serve_response *out)
{
    struct lv_scenario *s = load_edited(sv, r, out);
    if (!s)
        return;
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = r->lang;
    char *yaml = lv_scenario_render(NULL, sv->text, sv->name, r->edits, r->edit_count, &diags);
    lv_diags_fini(&diags);
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddBoolToObject(doc, "ok", true);
    /* what is valid but changes nothing or is likely not meant (lvsim check's warnings) */
    struct lv_diags warnings;
    lv_diags_init(&warnings);
    warnings.lang = r->lang;
    lv_scenario_warnings(NULL, sv->text, sv->name, r->edits, r->edit_count, &warnings);
    cJSON *list = cJSON_AddArrayToObject(doc, "warnings");
    for (size_t i = 0; i < warnings.count; i++)
        if (warnings.items[i].warning && warnings.items[i].message)
            cJSON_AddItemToArray(list, cJSON_CreateString(warnings.items[i].message));
    lv_diags_fini(&warnings);
    cJSON_AddItemToObject(doc, "grid", grid_json(s, r->centre, r->lang));
    cJSON_AddStringToObject(doc, "yaml", yaml ? yaml : "");
    free(yaml);
    lv_scenario_free(s);
    respond_json(out, 200, doc);
}

/* Call attempts a run of s with `replications` simulates, in expectation: replications × the
 * expected first attempts of each simulated day as the model spreads them (the year's volume by
 * day type and month, growth, date-range factors, the areas' weights) × the attempts an episode
 * makes if every one fails, 1 / (1 - redial probability), plus the walk-ins. Returns -1 when
 * memory could not be had. An estimate from the busiest month and the largest factors alone
 * missed that the yearly volume is spread over the days' weights (seasonality near 0 in all
 * months but one put the year into one month's weekdays: 12 times the estimate), and that a redial
 * probability of 100 % with a short delay has no bound but the horizon (a 3-day run of a few
 * hundred calls a day ran for minutes, holding a run slot that cancel cannot free). */
static double run_cost(const struct lv_scenario *s, int replications, double *per_day)
{
    struct lv_model *m = lv_model_alloc(s);
    if (!m)
        return -1;
    int days = lv_model_day_count(m);
    double first = 0;
    for (int d = 0; d < days; d++)
        first += lv_model_expected_calls(m, d);
    lv_model_free(m);
    double p = s->redial_probability;
    double attempts = p < 1 ? fmin(1 / (1 - p), 1e9) : 1e9; /* finite, so the refusal shows a number */
    double total = first * (attempts + fmax(0, s->walk_ins.share));
    *per_day = days > 0 ? total / days : 0;
    return replications * total;
}

/* A count of calls for people, as the reports write counts: "20 352 100" (lv_msg_num's %g gave
 * "2.03521e+07"). */
static struct lv_msg_arg calls_text(double x, enum lv_language lang)
{
    struct lv_msg_arg a;
    lv_report_format(&(struct lv_report_value){.format = LV_FMT_COUNT, .value = x}, lang, a.s, sizeof a.s);
    return a;
}

static int check_budget(const struct lv_serve *sv, const struct lv_scenario *s, int replications, enum lv_language lang,
                        struct lv_serve_response *out)
{
    double per_day, cost = run_cost(s, replications, &per_day);
    if (cost < 0) {
        refuse(out, 500, lang, LV_MSG_SRV_E_NO_MEMORY, NULL);
        return -1;
    }
    if (cost <= sv->budget)
        return 0;
    refuse(out, 422, lang, LV_MSG_SRV_E_BUDGET, calls_text(round(cost), lang).s, lv_msg_int(replications).s,
           lv_msg_num(ceil(s->horizon_s / 86400)).s, calls_text(round(per_day), lang).s, calls_text(sv->budget, lang).s, NULL);
    return -1;
}

/* One run at a time per client, LV_SERVE_MAX_RUNS at a time in all: the client's slot, or -1
 * after refusing. */
static int take_slot(struct lv_serve *sv, const char *client, enum lv_language lang, struct lv_serve_response *out)
{
    const char *who = client ? client : "";
    pthread_mutex_lock(&sv->lock);
    int slot = -1, free_slot = -1;
    for (int i = 0; i < LV_SERVE_MAX_CLIENTS; i++) {
        if (sv->clients[i].address[0] && strcmp(sv->clients[i].address, who) == 0)
            slot = i;
        else if (free_slot < 0 && !sv->clients[i].busy)
            free_slot = i;
    }
    enum lv_msg refusal = LV_MSG_COUNT;
    if (slot >= 0 && sv->clients[slot].busy)
        refusal = LV_MSG_SRV_E_BUSY;
    else if (sv->running >= LV_SERVE_MAX_RUNS)
        refusal = LV_MSG_SRV_E_FULL;
    else if (slot < 0 && free_slot < 0)
        refusal = LV_MSG_SRV_E_TOO_MANY_CLIENTS;
    if (refusal == LV_MSG_COUNT) {
        if (slot < 0) { /* an idle slot of another client is taken over: only busy ones matter */
            slot = free_slot;
            snprintf(sv->clients[slot].address, sizeof sv->clients[slot].address, "%s", who);
        }
        sv->clients[slot].busy = true;
        atomic_store(&sv->clients[slot].cancel, false);
        sv->running++;
    }
    pthread_mutex_unlock(&sv->lock);
    if (refusal == LV_MSG_COUNT)
        return slot;
    if (refusal == LV_MSG_SRV_E_FULL)
        refuse(out, 503, lang, refusal, lv_msg_int(LV_SERVE_MAX_RUNS).s, NULL);
    else
        refuse(out, refusal == LV_MSG_SRV_E_BUSY ? 409 : 503, lang, refusal, NULL);
    return -1;
}

static void give_slot(struct lv_serve *sv, int slot)
{
    pthread_mutex_lock(&sv->lock);
    sv->clients[slot].busy = false;
    sv->running--;
    pthread_mutex_unlock(&sv->lock);
}

/* A simulation of s with `replications`, admitted: within the budget, and within one run per client
 * and LV_SERVE_MAX_RUNS in all. The client's slot (give it back with give_slot), or -1 after refusing. */
static int admit(struct lv_serve *sv, const struct lv_scenario *s, int replications, const char *client,
                 enum lv_language lang, struct lv_serve_response *out)
{
    if (check_budget(sv, s, replications, lang, out) != 0)
        return -1;
    return take_slot(sv, client, lang, out);
}

static bool cancelled(struct lv_serve *sv, int slot, enum lv_language lang, struct lv_serve_response *out)
{
    if (!atomic_load(&sv->clients[slot].cancel))
        return false;
    refuse(out, 409, lang, LV_MSG_SRV_E_CANCELLED, NULL);
    return true;
}

static struct lv_run_options run_options(const struct lv_serve *sv, enum lv_language lang, char *error, size_t n)
{
    return (struct lv_run_options){.replications = sv->base->replications,
                                   .seed = sv->base->seed,
                                   .jobs = sv->jobs,
                                   .error = error,
                                   .error_size = n,
                                   .lang = lang};
}

/* The scenario as given, run once with its own replications and seed and kept. Returns 0, or -1
 * with why in lang. A failure is not kept: its message would reach later requests in the first
 * one's language, and a failure for want of memory would stop every later run. */
static int baseline(struct lv_serve *sv, enum lv_language lang, char *why, size_t n)
{
    pthread_mutex_lock(&sv->baseline_lock);
    int rc = 0;
    if (!sv->baseline_done) {
        struct lv_run_options o = run_options(sv, lang, why, n);
        rc = lv_run(sv->base, &o, &sv->baseline);
        sv->baseline_done = rc == 0;
    }
    pthread_mutex_unlock(&sv->baseline_lock);
    return rc == 0 ? 0 : -1;
}

static char *memstream_text(int (*write)(const struct lv_results *, const struct lv_results *,
                                         const struct lv_comparison *, const char *, enum lv_csv_dialect, FILE *),
                            const struct lv_results *a, const struct lv_results *b, const struct lv_comparison *c,
                            const char *kind)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return NULL;
    int rc = write(a, b, c, kind, LV_CSV_RFC4180, mem);
    if (fclose(mem) != 0 || rc != 0) {
        free(text);
        return NULL;
    }
    return text;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* POST /api/run: the edited scenario against the baseline, paired. */
static void handle_run(struct lv_serve *sv, struct request *r, const char *client, struct lv_serve_response *out)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (sv->base->replications < 2) {
        refuse(out, 422, r->lang, LV_MSG_SRV_E_REPLICATIONS, NULL);
        return;
    }
    struct lv_scenario *s = load_edited(sv, r, out);
    if (!s)
        return;
    int slot = -1;
    if (check_budget(sv, sv->base, sv->base->replications, r->lang, out) != 0 ||
        (slot = admit(sv, s, sv->base->replications, client, r->lang, out)) < 0) {
        lv_scenario_free(s);
        return;
    }
    char error[640] = "";
    struct lv_results b;
    struct lv_comparison cmp;
    bool have_b = false, have_cmp = false;
    if (s->interval_s != sv->base->interval_s) { /* the comparison would refuse it after both runs */
        refuse(out, 422, r->lang, LV_MSG_SRV_E_RUN, lv_msg(LV_MSG_CLI_COMPARE_INTERVALS, r->lang), NULL);
        goto done;
    }
    if (baseline(sv, r->lang, error, sizeof error) != 0) {
        refuse(out, 500, r->lang, LV_MSG_SRV_E_RUN, error, NULL);
        goto done;
    }
    if (cancelled(sv, slot, r->lang, out))
        goto done;
    struct lv_run_options o = run_options(sv, r->lang, error, sizeof error);
    o.cancel = &sv->clients[slot].cancel; /* the edited run stops between replications */
    if (lv_run(s, &o, &b) != 0) {
        if (!cancelled(sv, slot, r->lang, out))
            refuse(out, 422, r->lang, LV_MSG_SRV_E_RUN, error, NULL);
        goto done;
    }
    have_b = true;
    if (cancelled(sv, slot, r->lang, out))
        goto done;
    if (lv_compare(&sv->baseline, &b, &cmp) != 0) {
        refuse(out, 422, r->lang, LV_MSG_SRV_E_RUN, lv_msg(LV_MSG_CLI_COMPARE_INTERVALS, r->lang), NULL);
        goto done;
    }
    have_cmp = true;
    char *document = label_sides(lv_output_compare_json(&sv->baseline, &b, &cmp), r->lang);
    char why[512] = "";
    char *html = document ? lv_html_render(document, strlen(document), r->lang, why, sizeof why) : NULL;
    free(document);
    char *summary = memstream_text(lv_output_compare_csv, &sv->baseline, &b, &cmp, "summary");
    char *intervals = memstream_text(lv_output_compare_csv, &sv->baseline, &b, &cmp, "intervals");
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddBoolToObject(doc, "ok", true);
    cJSON_AddItemToObject(doc, "grid", grid_json(s, r->centre, r->lang));
    struct lv_layout layout, lb;
    lv_layout_init(&layout, sv->baseline.scenario, sv->baseline.interval_count, sv->baseline.day_count);
    lv_layout_init(&lb, b.scenario, b.interval_count, b.day_count);
    /* with several centres: the chosen centre's own figures, and its name as their scope */
    bool own = s->centre_count > 1 && r->centre < sv->baseline.scenario->centre_count;
    struct lv_estimator e;
    double *col = own ? malloc(4 * (size_t)b.replications * sizeof *col) : NULL;
    bool estimating = col && lv_estimator_init(&e, b.replications, 0.95) == 0;
    own = own && estimating;
    struct centre_figure f;
    cJSON *week = cJSON_AddObjectToObject(doc, "week");
    if (own) {
        lv_compare_figure(&e, col, &sv->baseline, lv_layout_site(&layout, r->centre, LV_S_WITHIN_TARGET), &b,
                          lv_layout_site(&lb, r->centre, LV_S_WITHIN_TARGET), &f.a, &f.b, &f.difference);
        cJSON_AddStringToObject(doc, "scope", s->sites[r->centre].name);
        cJSON_AddItemToObject(week, "a", estimate_json(&f.a));
        cJSON_AddItemToObject(week, "b", estimate_json(&f.b));
        cJSON_AddItemToObject(week, "difference", estimate_json(&f.difference));
    } else {
        cJSON_AddItemToObject(week, "a", estimate_json(&cmp.a[LV_M_WITHIN_TARGET]));
        cJSON_AddItemToObject(week, "b", estimate_json(&cmp.b[LV_M_WITHIN_TARGET]));
        cJSON_AddItemToObject(week, "difference", estimate_json(&cmp.paired[LV_M_WITHIN_TARGET]));
    }
    cJSON *hours = cJSON_AddArrayToObject(doc, "intervals");
    for (int k = 0; k < cmp.interval_count; k++) {
        int i = lv_layout_interval(&layout, k, LV_I_WITHIN_TARGET), weekday, from, to;
        lv_report_interval(&sv->baseline, k, &weekday, &from, &to);
        cJSON *h = cJSON_CreateObject();
        char t[24];
        cJSON_AddNumberToObject(h, "day", weekday);
        clock_text(t, sizeof t, from);
        cJSON_AddStringToObject(h, "from", t);
        clock_text(t, sizeof t, to);
        cJSON_AddStringToObject(h, "to", t);
        struct centre_figure hour = {cmp.a[i], cmp.b[i], cmp.paired[i]};
        if (own)
            lv_compare_figure(&e, col, &sv->baseline, lv_layout_site_interval(&layout, r->centre, k, LV_SI_WITHIN_TARGET),
                              &b, lv_layout_site_interval(&lb, r->centre, k, LV_SI_WITHIN_TARGET), &hour.a, &hour.b,
                              &hour.difference);
        cJSON_AddItemToObject(h, "a", estimate_json(&hour.a));
        cJSON_AddItemToObject(h, "b", estimate_json(&hour.b));
        cJSON_AddItemToObject(h, "difference", estimate_json(&hour.difference));
        cJSON_AddBoolToObject(h, "changed", lv_report_hour_changed(hour.difference.mean, hour.difference.half_width));
        cJSON_AddItemToArray(hours, h);
    }
    if (estimating)
        lv_estimator_fini(&e);
    free(col);
    cJSON_AddStringToObject(doc, "html", html ? html : why);
    cJSON *csv = cJSON_AddObjectToObject(doc, "csv");
    cJSON_AddStringToObject(csv, "summary", summary ? summary : "");
    cJSON_AddStringToObject(csv, "intervals", intervals ? intervals : "");
    free(html);
    free(summary);
    free(intervals);
    cJSON_AddNumberToObject(doc, "replications", b.replications);
    cJSON_AddNumberToObject(doc, "seconds", seconds_since(&t0));
    if (!cancelled(sv, slot, r->lang, out))
        respond_json(out, 200, doc);
    else
        cJSON_Delete(doc);
done:
    if (have_cmp)
        lv_comparison_fini(&cmp);
    if (have_b)
        lv_results_fini(&b);
    give_slot(sv, slot);
    lv_scenario_free(s);
}

static const char *const day_codes[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}; /* add-staff syntax */

/* POST /api/staff: lvsim staff --from-current on the edited scenario; the operators to add per
 * interval, and the same as add-staff edits the page can apply. */
static void handle_staff(struct lv_serve *sv, struct request *r, const char *client, struct lv_serve_response *out)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct lv_scenario *s = load_edited(sv, r, out);
    if (!s)
        return;
    struct lv_staff_options o = {.replications = lv_staff_default_replications(s),
                                 .seed = s->seed,
                                 .jobs = sv->jobs,
                                 .form = LV_STAFF_FORM_INTERVAL,
                                 .max_abandon = 1,
                                 .probability = 0.9,
                                 .from_current = true,
                                 .lang = r->lang};
    int slot = admit(sv, s, o.replications, client, r->lang, out);
    if (slot < 0) {
        lv_scenario_free(s);
        return;
    }
    struct lv_staff_plan plan;
    char why[1024] = "";
    o.cancel = &sv->clients[slot].cancel; /* the plan stops at its simulation's next replication */
    if (lv_staff_plan(s, &o, &plan, why, sizeof why) != 0) {
        if (!cancelled(sv, slot, r->lang, out))
            refuse(out, 422, r->lang, LV_MSG_SRV_E_STAFF, why, NULL);
        goto done;
    }
    if (cancelled(sv, slot, r->lang, out)) {
        lv_staff_plan_fini(&plan);
        goto done;
    }
    int c = r->centre < plan.centre_count ? r->centre : 0;
    const struct lv_staff_interval *iv = plan.intervals + (size_t)c * (size_t)plan.interval_count;
    int per_day = plan.interval_count / 7, step = (int)(plan.interval_s / 60);
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddBoolToObject(doc, "ok", true);
    cJSON_AddNumberToObject(doc, "centre", c);
    cJSON_AddNumberToObject(doc, "interval_minutes", step);
    cJSON *adds = cJSON_AddArrayToObject(doc, "add"), *edits = cJSON_AddArrayToObject(doc, "edits");
    double added_hours = 0;
    for (int d = 0; d < 7; d++) {
        cJSON *row = cJSON_CreateArray();
        for (int k = 0; k < per_day; k++) {
            int add = iv[d * per_day + k].planned - iv[d * per_day + k].current;
            cJSON_AddItemToArray(row, cJSON_CreateNumber(add > 0 ? add : 0));
            added_hours += add > 0 ? add * plan.interval_s / 3600 : 0;
        }
        cJSON_AddItemToArray(adds, row);
        /* runs of equal additions as `--add-staff` changes */
        for (int k = 0; k < per_day;) {
            int add = iv[d * per_day + k].planned - iv[d * per_day + k].current, j = k + 1;
            while (j < per_day && iv[d * per_day + j].planned - iv[d * per_day + j].current == add)
                j++;
            if (add > 0) {
                char from[24], to[24], edit[200];
                clock_text(from, sizeof from, k * step);
                clock_text(to, sizeof to, j * step);
                /* an add-staff change, with the centre's name when there are several */
                if (s->centre_count > 1) /* syntax, not a message */
                    snprintf(edit, sizeof edit, "add-staff=%s %s-%s +%d @%s", day_codes[d], from, to, add, /* syntax, not a message */
                             s->sites[c].name);
                else /* syntax, not a message */
                    snprintf(edit, sizeof edit, "add-staff=%s %s-%s +%d", day_codes[d], from, to, add); /* syntax, not a message */
                cJSON_AddItemToArray(edits, cJSON_CreateString(edit));
            }
            k = j;
        }
    }
    char text[512], hours[40], fte[40], share[80];
    snprintf(hours, sizeof hours, "%.0f", added_hours); /* syntax, not a message: numbers */
    snprintf(fte, sizeof fte, "%.1f", added_hours / LV_STAFF_FTE_HOURS);
    snprintf(share, sizeof share, "%.1f %% ± %.1f", 100 * plan.plan_week.mean, 100 * plan.plan_week.half_width);
    lv_report_localise(fte, sizeof fte, r->lang);
    lv_report_localise(share, sizeof share, r->lang);
    const char *args[] = {hours, fte, share};
    lv_msg_expand(text, sizeof text, lv_msg(LV_MSG_SRV_LEAST_ADDED, r->lang), 3, args);
    cJSON_AddStringToObject(doc, "text", text);
    cJSON_AddNumberToObject(doc, "added_hours", added_hours);
    cJSON_AddItemToObject(doc, "week", estimate_json(&plan.plan_week));
    cJSON_AddNumberToObject(doc, "failing", plan.failing);
    cJSON_AddNumberToObject(doc, "seconds", seconds_since(&t0));
    lv_staff_plan_fini(&plan);
    respond_json(out, 200, doc);
done:
    give_slot(sv, slot);
    lv_scenario_free(s);
}

/* POST /api/cancel: the client's run, if any, stops at its next step and answers "cancelled". */
static void handle_cancel(struct lv_serve *sv, const char *client, struct lv_serve_response *out)
{
    bool found = false;
    pthread_mutex_lock(&sv->lock);
    for (int i = 0; i < LV_SERVE_MAX_CLIENTS; i++)
        if (sv->clients[i].busy && strcmp(sv->clients[i].address, client ? client : "") == 0) {
            atomic_store(&sv->clients[i].cancel, true);
            found = true;
        }
    pthread_mutex_unlock(&sv->lock);
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddBoolToObject(doc, "cancelled", found);
    respond_json(out, 200, doc);
}

/* The page with the token in its links to the script and the style (the only requests a page
 * makes without the script's header). */
static void handle_page(struct lv_serve *sv, struct lv_serve_response *out)
{
    const char *page = lv_serve_page_html(), *mark = "@TOKEN@";
    size_t n = strlen(page), count = 0;
    for (const char *p = strstr(page, mark); p; p = strstr(p + 1, mark))
        count++;
    char *html = malloc(n + count * strlen(sv->token) + 1), *w = html;
    if (html) {
        for (const char *p = page, *q; ; p = q + strlen(mark)) {
            q = strstr(p, mark);
            size_t len = q ? (size_t)(q - p) : strlen(p);
            memcpy(w, p, len);
            w += len;
            if (!q)
                break;
            memcpy(w, sv->token, strlen(sv->token));
            w += strlen(sv->token);
        }
        *w = '\0';
    }
    respond_text(out, 200, "text/html; charset=utf-8", html);
}

void lv_serve_handle(struct lv_serve *sv, const struct lv_serve_request *rq, struct lv_serve_response *out)
{
    memset(out, 0, sizeof *out);
    int l = rq->query_lang ? lv_language_parse(rq->query_lang) : -1;
    enum lv_language lang = l >= 0 ? (enum lv_language)l : sv->lang;
    const char *method = rq->method ? rq->method : "", *path = rq->path ? rq->path : "";
    /* DNS rebinding: a page of another name that resolves here still sends its own Host */
    if (!host_matches(sv, rq->host)) {
        refuse(out, 403, lang, LV_MSG_SRV_E_HOST, rq->host ? rq->host : "", NULL);
        return;
    }
    if (!token_matches(sv->token, rq->header_token) && !token_matches(sv->token, rq->query_token)) {
        refuse(out, 403, lang, LV_MSG_SRV_E_TOKEN, NULL);
        return;
    }
    if (!same_origin(rq)) {
        refuse(out, 403, lang, LV_MSG_SRV_E_ORIGIN, NULL);
        return;
    }
    if (rq->body_too_large || rq->body_size > LV_SERVE_MAX_BODY) {
        refuse(out, 413, lang, LV_MSG_SRV_E_BODY, lv_msg_int(LV_SERVE_MAX_BODY).s, NULL);
        return;
    }
    bool get = strcmp(method, "GET") == 0, post = strcmp(method, "POST") == 0;
    static const char *const gets[] = {"/", "/app.js", "/app.css", "/api/state", NULL};
    static const char *const posts[] = {"/api/check", "/api/run", "/api/staff", "/api/cancel", NULL};
    bool get_route = false, post_route = false;
    for (int i = 0; gets[i]; i++)
        get_route |= strcmp(path, gets[i]) == 0;
    for (int i = 0; posts[i]; i++)
        post_route |= strcmp(path, posts[i]) == 0;
    if (!get_route && !post_route) {
        char shown[120];
        snprintf(shown, sizeof shown, "%.100s", path); /* not a message: the path, cut */
        refuse(out, 404, lang, LV_MSG_SRV_E_NOT_FOUND, shown, NULL);
        return;
    }
    if ((get_route && !get) || (post_route && !post)) {
        char shown[120];
        snprintf(shown, sizeof shown, "%.20s", method); /* not a message: the method, cut */
        refuse(out, 405, lang, LV_MSG_SRV_E_METHOD, shown, path, NULL);
        return;
    }
    if (get) {
        if (strcmp(path, "/") == 0)
            handle_page(sv, out);
        else if (strcmp(path, "/app.js") == 0)
            respond_text(out, 200, "text/javascript; charset=utf-8", strdup(lv_serve_page_js()));
        else if (strcmp(path, "/app.css") == 0)
            respond_text(out, 200, "text/css; charset=utf-8", strdup(lv_serve_page_css()));
        else
            handle_state(sv, lang, out);
        return;
    }
    /* A cross-site form can post text/plain without asking; JSON it cannot. */
    if (!is_json_type(rq->content_type)) {
        refuse(out, 415, lang, LV_MSG_SRV_E_CONTENT_TYPE, NULL);
        return;
    }
    if (strcmp(path, "/api/cancel") == 0) {
        handle_cancel(sv, rq->client, out);
        return;
    }
    struct request *r = malloc(sizeof *r);
    if (!r) {
        respond_text(out, 500, json_type, NULL);
        return;
    }
    r->lang = lang;
    if (read_request(sv, rq, r, out) == 0) {
        if (strcmp(path, "/api/check") == 0)
            handle_check(sv, r, out);
        else if (strcmp(path, "/api/run") == 0)
            handle_run(sv, r, rq->client, out);
        else
            handle_staff(sv, r, rq->client, out);
    }
    cJSON_Delete(r->doc);
    free(r);
}
