/* serve.h — the planner's workbench (`lvsim serve`, docs/workbench.md): one web page on the
 * planner's own machine to edit a scenario's roster, run it next to the scenario as given and ask
 * the staffing optimiser for the least to add. Two parts:
 *  - the request handler, a pure function of a request (method, path, headers, body) to a response
 *    (status, content type, body): every security check and every API call lives here, so it is
 *    unit-tested and fuzzed without sockets;
 *  - a thin libmicrohttpd glue (lv_serve_http_*) that collects a request, bounded, and hands it over.
 * The server reads the scenario once, at lv_serve_alloc, and no file afterwards. Edits from the
 * page are overrides (override.h: `--set` and `--add-staff`), applied by the loader, so an edit is
 * checked and its errors worded exactly as `lvsim check --set` would. Nothing here prints or exits. */
#ifndef LVSIM_SERVE_H
#define LVSIM_SERVE_H

#include <stdbool.h>
#include <stddef.h>

#include "lvsim/diag.h"
#include "lvsim/messages.h"
#include "lvsim/override.h"

/* Limits (docs/workbench.md lists them all). */
#define LV_SERVE_MAX_BODY (64 * 1024)      /* bytes of a request body */
#define LV_SERVE_MAX_EDITS 256             /* edits in one request */
#define LV_SERVE_MAX_EDIT 1000             /* bytes of one edit "KEY=VALUE" */
#define LV_SERVE_DEFAULT_BUDGET 5e6        /* simulated call attempts a request may cost */
#define LV_SERVE_MAX_RUNS 2                /* simulations at once, all clients together */
#define LV_SERVE_MAX_CLIENTS 64            /* distinct client addresses remembered at once */
#define LV_SERVE_MAX_CONNECTIONS 64        /* open connections (libmicrohttpd's limit) */
#define LV_SERVE_MAX_PER_IP 32             /* open connections from one address */
#define LV_SERVE_TIMEOUT_S 15              /* an idle connection is closed after this */
#define LV_SERVE_TOKEN_HEX 32              /* the token: 16 random bytes in hex */

struct lv_serve_options {
    const char *path;          /* the scenario file, or NULL for the built-in default */
    const struct lv_override *overrides; /* applied to it once, at start (the command line's --set) */
    int override_count;
    const char *token;         /* NULL: a random one from getrandom(2); else at least 16 characters */
    double budget;             /* simulated call attempts a request may cost; 0: LV_SERVE_DEFAULT_BUDGET */
    int jobs;                  /* worker threads of a run, >= 1 */
    enum lv_language lang;     /* the page's language until the page asks for another */
};

struct lv_serve;

/* Reads and checks the scenario (diagnostics in diags, NULL when it does not load) and makes the
 * token. NULL also when memory or randomness could not be had, with why in diags. */
struct lv_serve *lv_serve_alloc(const struct lv_serve_options *o, struct lv_diags *diags);
void lv_serve_free(struct lv_serve *sv);

/* The token every request must carry (a NUL-terminated hex string, owned by sv). */
const char *lv_serve_token(const struct lv_serve *sv);

/* The one value the Host header may have: "127.0.0.1:8080", "[::1]:8080". Requests are refused
 * until it is set (lv_serve_http_start sets it once it knows the port). Returns 0, or -1 if too long. */
int lv_serve_set_host(struct lv_serve *sv, const char *host);
/* That value ("" until set), for the address to print: an IPv6 address as a browser writes it. */
const char *lv_serve_host(const struct lv_serve *sv);

/* A request as the handler needs it. Strings are borrowed; NULL when the header is absent. */
struct lv_serve_request {
    const char *method;         /* "GET", "POST", ... */
    const char *path;           /* without the query: "/", "/api/run" */
    const char *query_token;    /* the query's token=..., or NULL */
    const char *query_lang;     /* the query's lang=..., or NULL */
    const char *host;           /* Host */
    const char *origin;         /* Origin */
    const char *fetch_site;     /* Sec-Fetch-Site */
    const char *content_type;   /* Content-Type */
    const char *header_token;   /* X-Lvsim-Token */
    const char *client;         /* the peer's address, for "one run at a time per client" */
    const char *body;           /* body_size bytes, not NUL-terminated; may be NULL when 0 */
    size_t body_size;
    bool body_too_large;        /* the glue stopped reading at LV_SERVE_MAX_BODY */
};

struct lv_serve_response {
    int status;                 /* HTTP status */
    const char *content_type;   /* static */
    char *body;                 /* malloc'd (free with lv_serve_response_fini) */
    size_t size;
};

/* Handles one request: the checks first (token, Host, cross-origin, method, content type, body
 * size), then the route. Always fills out (a JSON {"error": "..."} body on refusal, in the request's
 * language); out of memory gives status 500 with a static body. Safe to call from several threads
 * at once. */
void lv_serve_handle(struct lv_serve *sv, const struct lv_serve_request *rq, struct lv_serve_response *out);
void lv_serve_response_fini(struct lv_serve_response *r);

/* The headers every response carries (a content security policy that allows nothing from
 * elsewhere, no sniffing, no framing, no referrer, no caching): NULL-terminated pairs of name and
 * value, static. */
const char *const *lv_serve_headers(void);

/* The HTTP server (libmicrohttpd): listens on address (an IPv4 or IPv6 literal) and port (0: any
 * free one), a thread per connection within the limits above, and calls lv_serve_handle for each
 * request. NULL with why (in lang) when it cannot listen. */
struct lv_serve_http;
struct lv_serve_http *lv_serve_http_start(struct lv_serve *sv, const char *address, int port, char *why,
                                          size_t why_size);
/* The port it listens on. */
int lv_serve_http_port(const struct lv_serve_http *h);
/* Stops listening, waits for the connections' threads and frees h (NULL: no-op). */
void lv_serve_http_stop(struct lv_serve_http *h);

#endif
