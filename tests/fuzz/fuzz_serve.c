/* fuzz_serve.c — libFuzzer harness for the workbench's JSON handlers (serve.h): whatever a
 * request holds, lv_serve_handle answers with a status and a body, never a crash, a hang or
 * unbounded memory. The first byte picks the route (check, run, staff, cancel, state), the
 * language and whether the request spoils its token, Host or origin; the rest is the body. Runs
 * and plans meet a budget of 1000 calls, so they are refused after the body and the edits have
 * been read and the scenario loaded (no simulation). Seeds: tests/fuzz/serve-seeds/. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lvsim/serve.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TOKEN "0123456789abcdef0123456789abcdef"
#define HOST "127.0.0.1:8080"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct lv_serve *sv; /* the harness's one server, made on the first input */
    if (!sv) {
        struct lv_diags d;
        lv_diags_init(&d);
        struct lv_serve_options o = {.token = TOKEN, .budget = 1000, .jobs = 1};
        sv = lv_serve_alloc(&o, &d);
        lv_diags_fini(&d);
        if (!sv || lv_serve_set_host(sv, HOST) != 0)
            abort();
    }
    if (size == 0)
        return 0;
    static const char *const paths[] = {"/api/check", "/api/run", "/api/staff", "/api/check", "/api/cancel",
                                        "/api/state", "/api/check", "/"};
    unsigned pick = data[0];
    const char *path = paths[pick & 7];
    int get = pick >> 3 & 1 || path[1] != 'a' || path[5] == 's' && path[6] == 't';
    struct lv_serve_request rq = {
        .method = get ? "GET" : "POST",
        .path = path,
        .host = pick & 0x10 && pick & 0x80 ? "evil:8080" : HOST,
        .header_token = pick & 0x20 && pick & 0x80 ? "0123456789abcdef0123456789abcdee" : TOKEN,
        .origin = pick & 0x40 && pick & 0x80 ? "http://evil" : NULL,
        .query_lang = pick & 0x40 ? "nb" : NULL,
        .content_type = "application/json",
        .client = "127.0.0.1",
        .body = (const char *)data + 1,
        .body_size = size - 1,
    };
    struct lv_serve_response r;
    lv_serve_handle(sv, &rq, &r);
    if (!r.body || r.status < 200 || r.status > 599)
        abort();
    lv_serve_response_fini(&r);
    return 0;
}
