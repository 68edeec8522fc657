/* html.h — a self-contained HTML report (inline SVG charts and CSS, no scripts, nothing fetched)
 * rendered from a results document lvsim writes as JSON: a run (`lvsim run -o`), a comparison
 * (`lvsim compare -o`), a sweep's points.json, a staffing plan (`lvsim staff --json`) or one day
 * told (`lvsim explain --json`). It
 * renders from the JSON text, not from results in memory, so the numbers in the HTML are those
 * of the JSON by construction, whether the document was just computed or read from a file.
 * Every word comes from the message catalogue in the language asked for; the output depends on
 * the document and the language only (no clock, no random ids). Layout in docs/output.md. */
#ifndef LVSIM_HTML_H
#define LVSIM_HTML_H

#include <stddef.h>

#include "lvsim/messages.h"

enum lv_html_kind {
    LV_HTML_NOT_LVSIM, /* JSON, but none of the documents below */
    LV_HTML_RUN,
    LV_HTML_COMPARE,
    LV_HTML_SWEEP,
    LV_HTML_STAFF,
    LV_HTML_EXPLAIN, /* one day told (`lvsim explain --json`) */
};

/* The kind of document in json (len bytes), or -1 if it is not JSON at all. */
int lv_html_kind(const char *json, size_t len);

/* The report of the document json (len bytes) in lang: a malloc'd, NUL-terminated HTML page, or
 * NULL with why (a sentence in lang: what is wrong and, for bad JSON, the line and column) filled
 * when json is not a document lvsim writes, or out of memory. */
char *lv_html_render(const char *json, size_t len, enum lv_language lang, char *why, size_t why_size);

#endif
