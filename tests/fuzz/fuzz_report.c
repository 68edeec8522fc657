/* fuzz_report.c — libFuzzer harness for the HTML report's reader (`lvsim report FILE.json`):
 * whatever the document holds, lv_html_render gives a page or a message, never a crash, a hang
 * or unbounded memory. The first byte picks the language; the rest is the document. Seeds:
 * tests/fuzz/report-seeds/, small run, compare, sweep, staffing-plan and explained-day documents
 * (their lists cut to a few items, so that they fit libFuzzer's input size). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lvsim/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    char why[512];
    enum lv_language lang = data[0] & 1 ? LV_LANG_NB : LV_LANG_EN;
    char *page = lv_html_render((const char *)data + 1, size - 1, lang, why, sizeof why);
    free(page);
    return 0;
}
