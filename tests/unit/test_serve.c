/* test_serve.c — the workbench's request handler without sockets (serve.h): every request without
 * the token, with another Host, from another origin, of the wrong method, content type or size is
 * refused with its status and message; bad JSON is refused with its line and column; an edit's
 * error reads exactly as lvsim check's; a good edit changes the grid and the YAML as --add-staff
 * does; a run over the budget is refused; a run's hour figures are the paired comparison's; one
 * run at a time per client, and cancel stops it. */
#include "suites.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lvsim/compare.h"
#include "lvsim/report.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/serve.h"

#define TOKEN "0123456789abcdef0123456789abcdef"
#define HOST "127.0.0.1:8080"

static struct lv_serve *server(double budget, const char *const *sets, int n)
{
    static struct lv_override o[8];
    static char buf[8][200];
    for (int i = 0; i < n; i++)
        ck_assert_int_eq(lv_override_parse(sets[i], buf[i], sizeof buf[i], &o[i]), 0);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_serve_options opt = {.overrides = o, .override_count = n, .token = TOKEN, .budget = budget, .jobs = 2};
    struct lv_serve *sv = lv_serve_alloc(&opt, &d);
    ck_assert_ptr_nonnull(sv);
    lv_diags_fini(&d);
    ck_assert_int_eq(lv_serve_set_host(sv, HOST), 0);
    return sv;
}

/* A request that passes every check; tests spoil one field. */
static struct lv_serve_request good(const char *method, const char *path, const char *body)
{
    return (struct lv_serve_request){.method = method,
                                     .path = path,
                                     .host = HOST,
                                     .header_token = TOKEN,
                                     .content_type = body ? "application/json" : NULL,
                                     .client = "127.0.0.1",
                                     .body = body,
                                     .body_size = body ? strlen(body) : 0};
}

/* Handles rq; returns the status, the body parsed into *doc when it is JSON (else NULL). */
static int handle(struct lv_serve *sv, const struct lv_serve_request *rq, cJSON **doc)
{
    struct lv_serve_response r;
    lv_serve_handle(sv, rq, &r);
    ck_assert_ptr_nonnull(r.body);
    ck_assert_uint_eq(strlen(r.body), r.size);
    int status = r.status;
    if (doc)
        *doc = strncmp(r.content_type, "application/json", 16) == 0 ? cJSON_Parse(r.body) : NULL;
    lv_serve_response_fini(&r);
    return status;
}

static const char *error_of(cJSON *doc)
{
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(doc, "error");
    ck_assert_msg(cJSON_IsString(e), "no error in the response");
    return e->valuestring;
}

static void expect_refusal(struct lv_serve *sv, const struct lv_serve_request *rq, int status, const char *words)
{
    cJSON *doc = NULL;
    int got = handle(sv, rq, &doc);
    ck_assert_int_eq(got, status);
    ck_assert_msg(strstr(error_of(doc), words), "'%s' lacks '%s'", error_of(doc), words);
    cJSON_Delete(doc);
}

START_TEST(test_token)
{
    struct lv_serve *sv = server(0, NULL, 0);
    struct lv_serve_request rq = good("GET", "/api/state", NULL);
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    rq.header_token = NULL;
    expect_refusal(sv, &rq, 403, "token");
    rq.header_token = "0123456789abcdef0123456789abcdee"; /* the last character differs */
    expect_refusal(sv, &rq, 403, "token");
    rq.header_token = "0123456789abcdef"; /* a prefix */
    expect_refusal(sv, &rq, 403, "token");
    rq.header_token = TOKEN "0"; /* longer */
    expect_refusal(sv, &rq, 403, "token");
    rq.header_token = NULL;
    rq.query_token = TOKEN; /* the page's own address carries it in the query */
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    /* a random token of 32 hex digits when none is given */
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_serve_options o = {.jobs = 1};
    struct lv_serve *a = lv_serve_alloc(&o, &d), *b = lv_serve_alloc(&o, &d);
    ck_assert_uint_eq(strlen(lv_serve_token(a)), LV_SERVE_TOKEN_HEX);
    ck_assert_uint_eq(strspn(lv_serve_token(a), "0123456789abcdef"), LV_SERVE_TOKEN_HEX);
    ck_assert_str_ne(lv_serve_token(a), lv_serve_token(b));
    lv_serve_free(a);
    lv_serve_free(b);
    lv_diags_fini(&d);
    lv_serve_free(sv);
}
END_TEST

START_TEST(test_host_and_origin)
{
    struct lv_serve *sv = server(0, NULL, 0);
    struct lv_serve_request rq = good("GET", "/api/state", NULL);
    rq.host = "evil.example:8080"; /* DNS rebinding: another name resolved to 127.0.0.1 */
    expect_refusal(sv, &rq, 403, "'evil.example:8080'");
    rq.host = "localhost:8080";
    expect_refusal(sv, &rq, 403, "Host");
    rq.host = NULL;
    expect_refusal(sv, &rq, 403, "Host");
    rq = good("POST", "/api/check", "{}");
    rq.origin = "http://evil.example";
    expect_refusal(sv, &rq, 403, "another site");
    rq.origin = "http://" HOST;
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    rq.fetch_site = "cross-site";
    expect_refusal(sv, &rq, 403, "another site");
    rq.fetch_site = "same-site";
    expect_refusal(sv, &rq, 403, "another site");
    rq.fetch_site = "same-origin";
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    /* before the server knows its address nothing is served */
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_serve_options o = {.token = TOKEN, .jobs = 1};
    struct lv_serve *fresh = lv_serve_alloc(&o, &d);
    rq = good("GET", "/", NULL);
    expect_refusal(fresh, &rq, 403, "Host");
    lv_serve_free(fresh);
    lv_diags_fini(&d);
    lv_serve_free(sv);
}
END_TEST

START_TEST(test_methods_types_sizes)
{
    struct lv_serve *sv = server(0, NULL, 0);
    struct lv_serve_request rq = good("GET", "/api/run", NULL);
    expect_refusal(sv, &rq, 405, "'GET'");
    rq = good("POST", "/", "{}");
    expect_refusal(sv, &rq, 405, "'POST'");
    rq = good("GET", "/../etc/passwd", NULL);
    expect_refusal(sv, &rq, 404, "nothing here");
    rq = good("GET", "/api/", NULL);
    expect_refusal(sv, &rq, 404, "nothing here");
    rq = good("OPTIONS", "/api/run", NULL); /* no CORS preflight is ever answered */
    expect_refusal(sv, &rq, 405, "OPTIONS");
    rq = good("POST", "/api/check", "{}");
    rq.content_type = "text/plain"; /* what a cross-site form may send without asking */
    expect_refusal(sv, &rq, 415, "application/json");
    rq.content_type = "application/jsonp";
    expect_refusal(sv, &rq, 415, "application/json");
    rq.content_type = NULL;
    expect_refusal(sv, &rq, 415, "application/json");
    rq.content_type = "application/json; charset=utf-8";
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    rq.body_too_large = true;
    expect_refusal(sv, &rq, 413, "65536 bytes");
    /* bad JSON: where, as line and column */
    rq = good("POST", "/api/check", "{\n  \"edits\": [,\n}");
    expect_refusal(sv, &rq, 400, "line 2, column 13");
    rq = good("POST", "/api/check", "[1, 2]");
    expect_refusal(sv, &rq, 400, "'body'");
    rq = good("POST", "/api/check", "{\"edits\": \"demand.growth=2\"}");
    expect_refusal(sv, &rq, 400, "'edits'");
    rq = good("POST", "/api/check", "{\"edits\": [3]}");
    expect_refusal(sv, &rq, 400, "'edits'");
    rq = good("POST", "/api/check", "{\"lang\": \"de\"}");
    expect_refusal(sv, &rq, 400, "'de'");
    rq = good("POST", "/api/check", "{\"centre\": 1}"); /* the default has one centre */
    expect_refusal(sv, &rq, 422, "centre");
    /* too many edits */
    size_t n = 20 + (LV_SERVE_MAX_EDITS + 1) * 20;
    char *many = malloc(n), *w = many;
    w += sprintf(w, "{\"edits\": [");
    for (int i = 0; i <= LV_SERVE_MAX_EDITS; i++)
        w += sprintf(w, "%s\"demand.growth=1\"", i ? "," : "");
    sprintf(w, "]}");
    rq = good("POST", "/api/check", many);
    expect_refusal(sv, &rq, 400, "at most 256");
    free(many);
    /* a NUL inside the body is not the end of it */
    rq = good("POST", "/api/check", "{}");
    rq.body = "{}\0{";
    rq.body_size = 4;
    ck_assert_int_eq(handle(sv, &rq, NULL), 400);
    lv_serve_free(sv);
}
END_TEST

START_TEST(test_edit_errors_are_checks)
{
    struct lv_serve *sv = server(0, NULL, 0);
    struct lv_serve_request rq = good("POST", "/api/check", "{\"edits\": [\"extends=/etc/passwd\"]}");
    expect_refusal(sv, &rq, 422, "KEY.PATH=VALUE");
    rq = good("POST", "/api/check", "{\"edits\": [\"no equals sign\"]}");
    expect_refusal(sv, &rq, 422, "'no equals sign'");
    /* the errors of a bad edit are lvsim check --set's, word for word */
    const char *bad[] = {"add-staff=mon 17:00-25:00 +1", "centre.away.share=150%", "demand.grwth=2"};
    for (int i = 0; i < 3; i++) {
        char body[200];
        snprintf(body, sizeof body, "{\"edits\": [\"%s\"]}", bad[i]);
        rq = good("POST", "/api/check", body);
        cJSON *doc = NULL;
        ck_assert_int_eq(handle(sv, &rq, &doc), 422);
        const cJSON *errors = cJSON_GetObjectItemCaseSensitive(doc, "errors");
        ck_assert_int_ge(cJSON_GetArraySize(errors), 1);
        const char *text = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(errors, 0), "text")->valuestring;
        struct lv_override o;
        char buf[200];
        lv_override_parse(bad[i], buf, sizeof buf, &o);
        struct lv_diags d;
        lv_diags_init(&d);
        ck_assert_ptr_null(lv_scenario_load(NULL, lv_default_scenario_text(), "default", &o, 1, &d));
        char *expected = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&expected, &len);
        struct lv_diags first = d;
        first.count = 1;
        first.dropped = 0;
        lv_diags_write(&first, mem);
        fclose(mem);
        ck_assert_str_eq(text, expected);
        free(expected);
        lv_diags_fini(&d);
        cJSON_Delete(doc);
    }
    lv_serve_free(sv);
}
END_TEST

static int grid_count(const cJSON *doc, int day, int k)
{
    const cJSON *days = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(doc, "grid"), "days");
    return (int)cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(days, day), "count"), k)->valuedouble;
}

START_TEST(test_good_edit)
{
    struct lv_serve *sv = server(0, NULL, 0);
    struct lv_serve_request rq = good("POST", "/api/check", "{}");
    cJSON *before = NULL, *after = NULL;
    ck_assert_int_eq(handle(sv, &rq, &before), 200);
    rq = good("POST", "/api/check", "{\"edits\": [\"add-staff=mon 17:00-18:00 +1\", \"demand.growth=1.1\"], \"lang\": \"nb\"}");
    ck_assert_int_eq(handle(sv, &rq, &after), 200);
    ck_assert_int_eq(grid_count(after, 0, 17), grid_count(before, 0, 17) + 1);
    ck_assert_int_eq(grid_count(after, 0, 16), grid_count(before, 0, 16)); /* the band was split */
    ck_assert_int_eq(grid_count(after, 0, 18), grid_count(before, 0, 18));
    ck_assert_int_eq(grid_count(after, 1, 17), grid_count(before, 1, 17));
    const cJSON *days = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(after, "grid"), "days");
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(days, 0), "name")->valuestring, "man");
    ck_assert_int_eq(cJSON_GetArraySize(days), LV_DAY_TYPES);
    /* the YAML is the scenario with the edits: it loads, with the change */
    const char *yaml = cJSON_GetObjectItemCaseSensitive(after, "yaml")->valuestring;
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_string(yaml, strlen(yaml), "download", &d);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(lv_schedule_count(&s->sites[0].operators, 0, 17 * 60), grid_count(after, 0, 17));
    ck_assert_double_eq_tol(s->demand.growth, 1.1, 1e-12);
    lv_scenario_free(s);
    lv_diags_fini(&d);
    cJSON_Delete(before);
    cJSON_Delete(after);
    lv_serve_free(sv);
}
END_TEST

START_TEST(test_state_and_page)
{
    struct lv_serve *sv = server(0, NULL, 0);
    for (int lang = 0; lang < LV_LANGUAGES; lang++) {
        struct lv_serve_request rq = good("GET", "/api/state", NULL);
        rq.query_lang = lv_language_code((enum lv_language)lang);
        cJSON *doc = NULL;
        ck_assert_int_eq(handle(sv, &rq, &doc), 200);
        const cJSON *s, *strings = cJSON_GetObjectItemCaseSensitive(doc, "strings");
        ck_assert_int_ge(cJSON_GetArraySize(strings), 40);
        cJSON_ArrayForEach(s, strings) ck_assert_int_gt((int)strlen(s->valuestring), 0);
        ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(doc, "lang")->valuestring, rq.query_lang);
        cJSON_Delete(doc);
    }
    struct lv_serve_response r;
    struct lv_serve_request rq = good("GET", "/", NULL);
    rq.header_token = NULL;
    rq.query_token = TOKEN;
    lv_serve_handle(sv, &rq, &r);
    ck_assert_int_eq(r.status, 200);
    ck_assert_ptr_nonnull(strstr(r.body, "app.js?token=" TOKEN));
    ck_assert_ptr_null(strstr(r.body, "@TOKEN@"));
    ck_assert_ptr_null(strstr(r.body, "http://")); /* nothing from elsewhere */
    ck_assert_ptr_null(strstr(r.body, "https://"));
    lv_serve_response_fini(&r);
    const char *const *h = lv_serve_headers();
    ck_assert_str_eq(h[0], "Content-Security-Policy");
    ck_assert_ptr_nonnull(strstr(h[1], "default-src 'none'"));
    lv_serve_free(sv);
}
END_TEST

/* An edit of the reporting interval cannot be compared with the scenario as given: refused
 * before anything is simulated. With 400 replications the two runs it would take are over a
 * second of work (release: about 4 ms each on two threads); the refusal takes a load. */
START_TEST(test_interval_edit_refused_before_running)
{
    const char *sets[] = {"replications=400"};
    struct lv_serve *sv = server(1e10, sets, 1);
    struct lv_serve_request rq = good("POST", "/api/run", "{\"edits\": [\"interval=30m\"]}");
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    expect_refusal(sv, &rq, 422, "reporting intervals differ");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert((double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9 < 0.5);
    lv_serve_free(sv);
}
END_TEST

START_TEST(test_budget)
{
    /* the default: 3 replications × 28 days × about 250 calls a day, far above 1000 */
    const char *sets[] = {"replications=3"};
    struct lv_serve *sv = server(1000, sets, 1);
    struct lv_serve_request rq = good("POST", "/api/run", "{}");
    expect_refusal(sv, &rq, 422, "more than the 1 000 the workbench runs at a time");
    rq = good("POST", "/api/staff", "{}");
    expect_refusal(sv, &rq, 422, "more than the 1 000 the workbench runs at a time");
    lv_serve_free(sv);
    /* an edit that raises the cost is refused too */
    sv = server(0, sets, 1);
    rq = good("POST", "/api/run", "{\"edits\": [\"demand.growth=100\"]}");
    expect_refusal(sv, &rq, 422, "calls a day");
    struct lv_serve_response res;
    lv_serve_handle(sv, &rq, &res);
    ck_assert_int_eq(res.status, 422);
    ck_assert_msg(!strstr(res.body, "e+"), "a count in scientific notation: %s", res.body); /* "2.03521e+07" */
    lv_serve_response_fini(&res);
    lv_serve_free(sv);
    /* the default with 3 replications costs about 3 × 28 × 250 first attempts, 3.4 attempts each
     * at most with its redials (70 %) and walk-ins: within 100 000; edits that look as cheap to an
     * estimate from the largest factors but are not are refused: every redial (100 %: no bound but
     * the horizon), and the year put into one month's weekdays (about 12 times the calls a day) */
    sv = server(100000, sets, 1);
    rq = good("POST", "/api/check", "{}");
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    rq = good("POST", "/api/run", "{\"edits\": [\"calls.redial.probability=100%\"]}");
    expect_refusal(sv, &rq, 422, "more than the 100 000");
    rq = good("POST", "/api/run", "{\"edits\": [\"demand.seasonality=[1, 0.001, 0.001, 0.001, 0.001, 0.001, 0.001, "
                                  "0.001, 0.001, 0.001, 0.001, 0.001]\", \"demand.weekend_factor=0.001\"]}");
    expect_refusal(sv, &rq, 422, "more than the 100 000");
    lv_serve_free(sv);
}
END_TEST

/* The centre a request names is checked against the edited scenario too: an edit of `centres`
 * that leaves fewer must not have the grid read past the end of the sites. */
START_TEST(test_centre_of_edited_scenario)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_serve_options opt = {.path = LVSIM_SOURCE_DIR "/scenarios/pooling-two-centres.yaml", .token = TOKEN,
                                   .jobs = 1};
    struct lv_serve *sv = lv_serve_alloc(&opt, &d);
    ck_assert_ptr_nonnull(sv);
    lv_diags_fini(&d);
    ck_assert_int_eq(lv_serve_set_host(sv, HOST), 0);
    struct lv_serve_request rq = good("POST", "/api/check", "{\"centre\": 1}");
    cJSON *doc = NULL;
    ck_assert_int_eq(handle(sv, &rq, &doc), 200);
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(doc, "grid"), "centre_name")
                         ->valuestring, "Sørby");
    cJSON_Delete(doc);
    const char *body = "{\"centre\": 1, \"edits\": [\"centres=[{name: Nordby, operators: [{days: all, from: '00:00', "
                       "to: '24:00', count: 1}]}]\", \"areas=[{name: N, population: 100000, centre: Nordby}]\"]}";
    const char *paths[] = {"/api/check", "/api/run", "/api/staff"};
    for (int i = 0; i < 3; i++) {
        rq = good("POST", paths[i], body);
        expect_refusal(sv, &rq, 422, "no centre number 1");
    }
    /* the same edits with centre 0 are a good scenario */
    body = "{\"edits\": [\"centres=[{name: Nordby, operators: [{days: all, from: '00:00', to: '24:00', count: 1}]}]\", "
           "\"areas=[{name: N, population: 100000, centre: Nordby}]\"]}";
    rq = good("POST", "/api/check", body);
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    lv_serve_free(sv);
}
END_TEST

/* With several centres a run's week and hours are the chosen centre's own callers: time away at
 * Nordby costs Nordby, not Sørby (the grid of an untouched centre turned red from the other's
 * change when both were counted together). */
START_TEST(test_run_figures_are_the_chosen_centres)
{
    static struct lv_override o[1];
    static char buf[64];
    ck_assert_int_eq(lv_override_parse("replications=6", buf, sizeof buf, &o[0]), 0);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_serve_options opt = {.path = LVSIM_SOURCE_DIR "/scenarios/pooling-two-centres.yaml", .token = TOKEN,
                                   .overrides = o, .override_count = 1, .jobs = 2};
    struct lv_serve *sv = lv_serve_alloc(&opt, &d);
    ck_assert_ptr_nonnull(sv);
    lv_diags_fini(&d);
    ck_assert_int_eq(lv_serve_set_host(sv, HOST), 0);
    double difference[2];
    const char *names[2] = {"Nordby", "Sørby"};
    for (int c = 0; c < 2; c++) {
        char body[160];
        snprintf(body, sizeof body, "{\"centre\": %d, \"edits\": [\"centres[0].away.share=0.3\"]}", c);
        struct lv_serve_request rq = good("POST", "/api/run", body);
        cJSON *doc = NULL;
        ck_assert_int_eq(handle(sv, &rq, &doc), 200);
        const cJSON *scope = cJSON_GetObjectItemCaseSensitive(doc, "scope");
        ck_assert_msg(cJSON_IsString(scope), "no scope: the figures are every centre's together");
        ck_assert_str_eq(scope->valuestring, names[c]);
        const cJSON *week = cJSON_GetObjectItemCaseSensitive(doc, "week");
        difference[c] = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(week, "difference"), "mean")->valuedouble;
        cJSON_Delete(doc);
    }
    ck_assert_msg(difference[0] < -0.1, "Nordby's own loss: %g", difference[0]);
    ck_assert_msg(fabs(difference[1]) < 0.02, "Sørby, untouched: %g", difference[1]);
    lv_serve_free(sv);
}
END_TEST

/* A baseline that fails is not kept: the next request gets the failure in its own language (and
 * a failure for want of memory would otherwise stop every later run). */
START_TEST(test_failed_baseline_is_not_kept)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_serve_options opt = {.path = LVSIM_SOURCE_DIR "/tests/data/overload/overloaded.yaml", .token = TOKEN,
                                   .budget = 1e8, .jobs = 1};
    struct lv_serve *sv = lv_serve_alloc(&opt, &d);
    ck_assert_ptr_nonnull(sv);
    lv_diags_fini(&d);
    ck_assert_int_eq(lv_serve_set_host(sv, HOST), 0);
    struct lv_serve_request rq = good("POST", "/api/run", "{\"lang\": \"en\"}");
    expect_refusal(sv, &rq, 500, "the run failed: replication");
    rq = good("POST", "/api/run", "{\"lang\": \"nb\"}");
    expect_refusal(sv, &rq, 500, "kjøringen feilet: replikasjon");
    lv_serve_free(sv);
}
END_TEST

START_TEST(test_run_is_paired)
{
    const char *sets[] = {"replications=4", "horizon=8d"};
    struct lv_serve *sv = server(0, sets, 2);
    struct lv_serve_request rq = good("POST", "/api/run", "{\"edits\": [\"add-staff=mon 17:00-18:00 +1\"]}");
    cJSON *doc = NULL;
    ck_assert_int_eq(handle(sv, &rq, &doc), 200);
    const cJSON *h = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(doc, "intervals"), 17);
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(h, "from")->valuestring, "17:00");
    double a = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(h, "a"), "mean")->valuedouble;
    double b = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(h, "b"), "mean")->valuedouble;
    const cJSON *diff = cJSON_GetObjectItemCaseSensitive(h, "difference");
    double dm = cJSON_GetObjectItemCaseSensitive(diff, "mean")->valuedouble;
    double dw = cJSON_GetObjectItemCaseSensitive(diff, "ci95")->valuedouble;
    /* the same as lv_run and lv_compare of the scenario and the edited one, seed for seed */
    struct lv_override o[3];
    char buf[3][100];
    lv_override_parse("replications=4", buf[0], 100, &o[0]);
    lv_override_parse("horizon=8d", buf[1], 100, &o[1]);
    lv_override_parse("add-staff=mon 17:00-18:00 +1", buf[2], 100, &o[2]);
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *sa = lv_scenario_load(NULL, lv_default_scenario_text(), "default", o, 2, &d);
    struct lv_scenario *sb = lv_scenario_load(NULL, lv_default_scenario_text(), "default", o, 3, &d);
    ck_assert_ptr_nonnull(sa);
    ck_assert_ptr_nonnull(sb);
    struct lv_run_options ro = {.replications = 4, .seed = sa->seed, .jobs = 1};
    struct lv_results ra, rb;
    struct lv_comparison c;
    ck_assert_int_eq(lv_run(sa, &ro, &ra), 0);
    ck_assert_int_eq(lv_run(sb, &ro, &rb), 0);
    ck_assert_int_eq(lv_compare(&ra, &rb, &c), 0);
    int k = LV_HEADLINE_COUNT + 17 * LV_INTERVAL_METRIC_COUNT + LV_I_WITHIN_TARGET;
    ck_assert_double_eq_tol(a, c.a[k].mean, 1e-12);
    ck_assert_double_eq_tol(b, c.b[k].mean, 1e-12);
    ck_assert_double_eq_tol(dm, c.paired[k].mean, 1e-12);
    ck_assert_double_eq_tol(dw, c.paired[k].half_width, 1e-12);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(h, "changed")) == lv_report_hour_changed(dm, dw));
    ck_assert_double_gt(dm, 0); /* one more nurse in the evening peak */
    ck_assert_ptr_nonnull(strstr(cJSON_GetObjectItemCaseSensitive(doc, "html")->valuestring, "<svg"));
    /* the report names its sides for the page, not the scenario's name twice */
    ck_assert_ptr_nonnull(strstr(cJSON_GetObjectItemCaseSensitive(doc, "html")->valuestring,
                                 "A as given, B with the changes"));
    const cJSON *csv = cJSON_GetObjectItemCaseSensitive(doc, "csv");
    ck_assert_ptr_nonnull(strstr(cJSON_GetObjectItemCaseSensitive(csv, "intervals")->valuestring, "b_minus_a"));
    lv_comparison_fini(&c);
    lv_results_fini(&ra);
    lv_results_fini(&rb);
    lv_scenario_free(sa);
    lv_scenario_free(sb);
    lv_diags_fini(&d);
    cJSON_Delete(doc);
    lv_serve_free(sv);
}
END_TEST

struct background {
    struct lv_serve *sv;
    int status;
    char error[200];
};

static void *plan_in_background(void *arg)
{
    struct background *bg = arg;
    struct lv_serve_request rq = good("POST", "/api/staff", "{}");
    /* again while the main thread's run holds the client's slot */
    do {
        cJSON *doc = NULL;
        bg->status = handle(bg->sv, &rq, &doc);
        const cJSON *e = cJSON_GetObjectItemCaseSensitive(doc, "error");
        snprintf(bg->error, sizeof bg->error, "%s", cJSON_IsString(e) ? e->valuestring : "");
        cJSON_Delete(doc);
    } while (bg->status == 409 && strstr(bg->error, "under way"));
    return NULL;
}

START_TEST(test_one_run_per_client_and_cancel)
{
    const char *sets[] = {"replications=2", "horizon=15d"};
    struct lv_serve *sv = server(0, sets, 2);
    struct background bg = {.sv = sv};
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, plan_in_background, &bg), 0);
    /* the same client again while the plan is under way: refused; another client is not */
    struct lv_serve_request rq = good("POST", "/api/run", "{}");
    int status = 0;
    for (int i = 0; i < 2000 && status != 409; i++) {
        cJSON *doc = NULL;
        status = handle(sv, &rq, &doc);
        if (status == 409)
            ck_assert_ptr_nonnull(strstr(error_of(doc), "under way"));
        cJSON_Delete(doc);
        if (status != 409)
            nanosleep(&(struct timespec){0, 5000000}, NULL);
    }
    ck_assert_int_eq(status, 409);
    struct lv_serve_request other = rq;
    other.client = "127.0.0.2";
    ck_assert_int_eq(handle(sv, &other, NULL), 200);
    rq = good("POST", "/api/cancel", "{}");
    cJSON *doc = NULL;
    ck_assert_int_eq(handle(sv, &rq, &doc), 200);
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(doc, "cancelled")));
    cJSON_Delete(doc);
    pthread_join(t, NULL);
    ck_assert_int_eq(bg.status, 409);
    ck_assert_str_eq(bg.error, "cancelled");
    /* then the client may run again */
    rq = good("POST", "/api/run", "{}");
    ck_assert_int_eq(handle(sv, &rq, NULL), 200);
    lv_serve_free(sv);
}
END_TEST

Suite *serve_suite(void)
{
    Suite *s = suite_create("serve");
    TCase *tc = tcase_create("handler");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_token);
    tcase_add_test(tc, test_host_and_origin);
    tcase_add_test(tc, test_methods_types_sizes);
    tcase_add_test(tc, test_edit_errors_are_checks);
    tcase_add_test(tc, test_good_edit);
    tcase_add_test(tc, test_state_and_page);
    tcase_add_test(tc, test_budget);
    tcase_add_test(tc, test_run_figures_are_the_chosen_centres);
    tcase_add_test(tc, test_centre_of_edited_scenario);
    tcase_add_test(tc, test_failed_baseline_is_not_kept);
    tcase_add_test(tc, test_run_is_paired);
    tcase_add_test(tc, test_one_run_per_client_and_cancel);
    tcase_add_test(tc, test_interval_edit_refused_before_running);
    suite_add_tcase(s, tc);
    return s;
}
