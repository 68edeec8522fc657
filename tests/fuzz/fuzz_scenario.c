/* fuzz_scenario.c — libFuzzer harness for the scenario loader: any byte string must give a
 * scenario or diagnostics, never a crash, a leak or undefined behaviour. Seeds: scenarios/ and
 * tests/data/bad/. Build with -DLVSIM_FUZZ=ON (clang). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct lv_diags diags;
    lv_diags_init(&diags);
    /* An input whose first line is "--set PATH=VALUE" also exercises overrides. */
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    struct lv_override ov;
    char buf[1024];
    int n = 0;
    char *body = text;
    if (strncmp(text, "--set ", 6) == 0) {
        char *nl = strchr(text, '\n');
        if (nl) {
            *nl = '\0';
            body = nl + 1;
        } else {
            body = text + strlen(text);
        }
        n = lv_override_parse(text + 6, buf, sizeof buf, &ov) == 0 ? 1 : 0;
    }
    struct lv_scenario *s = lv_scenario_load(NULL, body, "fuzz.yaml", &ov, n, &diags);
    if (s) {
        /* A loaded scenario must be internally consistent. */
        for (int d = 0; d < LV_DAY_TYPES; d++) {
            int end = 0;
            for (int b = 0; b < s->sites[0].operators.band_count[d]; b++) {
                if (s->sites[0].operators.bands[d][b].from_min != end)
                    __builtin_trap();
                end = s->sites[0].operators.bands[d][b].to_min;
            }
            if (end != 1440)
                __builtin_trap();
        }
        if (!(s->warmup_s < s->horizon_s))
            __builtin_trap();
    }
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        lv_diags_write(&diags, sink);
        fclose(sink);
    }
    lv_scenario_free(s);
    lv_diags_fini(&diags);
    free(text);
    return 0;
}
