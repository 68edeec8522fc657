/* http.c — libmicrohttpd around the workbench's handler (serve.h): a thread per connection within
 * a bound on connections (in all and per address) and an idle timeout, so a slow client holds
 * only its own thread; the body is read up to LV_SERVE_MAX_BODY and no further. Everything a
 * request means is decided by lv_serve_handle; here only bytes are moved. */
#define _GNU_SOURCE
#include "lvsim/serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct lv_serve_http {
    struct MHD_Daemon *daemon;
    struct lv_serve *sv;
    int port;
};

/* One request as it arrives: its body so far. */
struct pending {
    char *body;
    size_t size;
    bool too_large;
    size_t discarded; /* bytes of an oversized body read and dropped */
};

/* How much of an oversized body is read (and dropped) before the connection is closed. */
#define DISCARD_LIMIT ((size_t)4 * LV_SERVE_MAX_BODY)

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode why)
{
    (void)cls;
    (void)c;
    (void)why;
    struct pending *p = *con_cls;
    if (p) {
        free(p->body);
        free(p);
        *con_cls = NULL;
    }
}

static enum MHD_Result send_response(struct MHD_Connection *c, struct lv_serve_response *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(r->size, r->body, MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        lv_serve_response_fini(r);
        return MHD_NO;
    }
    r->body = NULL; /* the response owns it now */
    const char *const *h = lv_serve_headers();
    for (int i = 0; h[i]; i += 2)
        MHD_add_response_header(resp, h[i], h[i + 1]);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->content_type);
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ok;
}

static const char *header(struct MHD_Connection *c, const char *name)
{
    return MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    (void)version;
    struct lv_serve_http *h = cls;
    struct pending *p = *con_cls;
    if (!p) { /* the headers are in; the body, if any, follows in later calls */
        p = calloc(1, sizeof *p);
        if (!p)
            return MHD_NO;
        *con_cls = p;
        const char *length = header(c, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length && strtoull(length, NULL, 10) > LV_SERVE_MAX_BODY)
            p->too_large = true; /* answered at once, below: the body is never read */
        else
            return MHD_YES;
    } else if (*upload_size) {
        if (p->size + *upload_size <= LV_SERVE_MAX_BODY) {
            char *grown = realloc(p->body, p->size + *upload_size);
            if (!grown)
                return MHD_NO;
            memcpy(grown + p->size, upload, *upload_size);
            p->body = grown;
            p->size += *upload_size;
            *upload_size = 0;
            return MHD_YES;
        }
        /* past the limit (a chunked body declares no length): the rest is read and dropped so
         * that the client gets its 413 at the end (libmicrohttpd answers only once the upload is
         * over), but only up to DISCARD_LIMIT: an endless body has its connection closed */
        p->too_large = true;
        p->discarded += *upload_size;
        *upload_size = 0;
        return p->discarded <= DISCARD_LIMIT ? MHD_YES : MHD_NO;
    }
    char client[INET6_ADDRSTRLEN] = "";
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (info && info->client_addr) {
        const struct sockaddr *sa = info->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, client, sizeof client);
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, client, sizeof client);
    }
    struct lv_serve_request rq = {
        .method = method,
        .path = url,
        .query_token = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token"),
        .query_lang = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang"),
        .host = header(c, MHD_HTTP_HEADER_HOST),
        .origin = header(c, "Origin"),
        .fetch_site = header(c, "Sec-Fetch-Site"),
        .content_type = header(c, MHD_HTTP_HEADER_CONTENT_TYPE),
        .header_token = header(c, "X-Lvsim-Token"),
        .client = client,
        .body = p->body,
        .body_size = p->size,
        .body_too_large = p->too_large,
    };
    struct lv_serve_response r;
    lv_serve_handle(h->sv, &rq, &r);
    return send_response(c, &r);
}

/* An IPv6 address as a browser writes it in Host (the WHATWG URL standard): eight groups of
 * lowercase hex without leading zeros, the first longest run of two or more zero groups as "::",
 * never a dotted IPv4 tail. `--listen 0:0:0:0:0:0:0:1` is [::1] to the browser, and the Host
 * check compares text. */
static void ipv6_text(const struct in6_addr *a, char out[48])
{
    unsigned g[8];
    for (int i = 0; i < 8; i++)
        g[i] = (unsigned)a->s6_addr[2 * i] << 8 | a->s6_addr[2 * i + 1];
    int best = -1, best_len = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0)
            j++;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j > i ? j : i + 1;
    }
    char *w = out;
    for (int i = 0; i < 8; i++) {
        if (i == best) {
            w += sprintf(w, i == 0 ? "::" : ":"); /* syntax, not a message */
            i += best_len - 1;
            continue;
        }
        w += sprintf(w, "%x%s", g[i], i < 7 ? ":" : ""); /* syntax, not a message */
    }
    *w = '\0';
}

struct lv_serve_http *lv_serve_http_start(struct lv_serve *sv, const char *address, int port, char *why,
                                          size_t why_size)
{
    struct sockaddr_storage addr;
    memset(&addr, 0, sizeof addr);
    struct sockaddr_in *v4 = (struct sockaddr_in *)(void *)&addr;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)(void *)&addr;
    bool ipv6 = false;
    if (inet_pton(AF_INET, address, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
    } else if (inet_pton(AF_INET6, address, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)port);
        ipv6 = true;
    } else {
        snprintf(why, why_size, "%s", lv_msg(LV_MSG_SRV_CLI_E_LISTEN, LV_LANG_EN)); /* not a message: the caller checks first */
        return NULL;
    }
    struct lv_serve_http *h = calloc(1, sizeof *h);
    if (!h) {
        snprintf(why, why_size, "%s", lv_msg(LV_MSG_SRV_E_NO_MEMORY, LV_LANG_EN)); /* not a message: the catalogue's */
        return NULL;
    }
    h->sv = sv;
    unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | (ipv6 ? MHD_USE_IPv6 : 0);
    h->daemon = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, on_request, h,
                                 MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                                 MHD_OPTION_CONNECTION_LIMIT, (unsigned)LV_SERVE_MAX_CONNECTIONS,
                                 MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)LV_SERVE_MAX_PER_IP,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)LV_SERVE_TIMEOUT_S,
                                 MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
                                 MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
                                 MHD_OPTION_END);
    if (!h->daemon) {
        snprintf(why, why_size, "%s", strerror(errno ? errno : EADDRINUSE)); /* not a message: the system's */
        free(h);
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(h->daemon, MHD_DAEMON_INFO_BIND_PORT);
    h->port = info ? info->port : port;
    char host[INET6_ADDRSTRLEN + 16], canonical[48] = "";
    if (ipv6)
        ipv6_text(&v6->sin6_addr, canonical);
    const char *name = ipv6 ? canonical : address;
    if (h->port == 80) /* http's own port: browsers leave it out of Host and Origin */
        snprintf(host, sizeof host, ipv6 ? "[%s]" : "%s", name); /* syntax, not a message */
    else
        snprintf(host, sizeof host, ipv6 ? "[%s]:%d" : "%s:%d", name, h->port); /* syntax, not a message */
    lv_serve_set_host(sv, host);
    return h;
}

int lv_serve_http_port(const struct lv_serve_http *h)
{
    return h->port;
}

void lv_serve_http_stop(struct lv_serve_http *h)
{
    if (!h)
        return;
    MHD_stop_daemon(h->daemon);
    free(h);
}
