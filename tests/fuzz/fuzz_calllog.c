/* fuzz_calllog.c — libFuzzer harness for the call-log reader and the fit: any byte string must
 * give a log or diagnostics, never a crash, a leak or undefined behaviour; a log that reads is
 * fitted under the built-in default scenario, its report written and its scenario rendered.
 * Seeds: tests/fuzz/calllog-seeds/. Build with -DLVSIM_FUZZ=ON (clang). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/fit.h"
#include "lvsim/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_calllog log;
    FILE *sink = fopen("/dev/null", "w");
    if (lv_calllog_parse(&log, (const char *)data, size, "fuzz.csv", &diags) == 0) {
        if (log.count == 0 || diags.count != 0)
            __builtin_trap();
        const char *dflt = lv_default_scenario_text();
        struct lv_scenario *base = lv_scenario_load_string(dflt, strlen(dflt), "default", &diags);
        struct lv_fit fit;
        struct lv_fit_options opt = {0.95, 3600, 1};
        if (base && log.count <= 5000 && lv_fit_estimate(&fit, &log, base, &opt, "fuzz.csv", &diags) == 0) {
            if (fit.attempts != fit.answered + fit.abandoned + fit.busy || fit.abandoned < 0)
                __builtin_trap(); /* every attempt is answered, abandoned or busy */
            if (sink)
                lv_fit_write_report(&fit, "fuzz.csv", LV_LANG_EN, sink);
            free(lv_fit_scenario_yaml(&fit, base, NULL, "fuzz.csv", &diags));
            lv_fit_fini(&fit);
        }
        lv_scenario_free(base);
        lv_calllog_fini(&log);
    } else if (diags.count == 0 || log.rows) {
        __builtin_trap();
    }
    if (sink) {
        lv_diags_write(&diags, sink);
        fclose(sink);
    }
    lv_diags_fini(&diags);
    return 0;
}
