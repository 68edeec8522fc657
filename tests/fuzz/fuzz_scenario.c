/* fuzz_scenario.c — libFuzzer harness for the scenario loader: any byte string must give a
 * scenario or diagnostics, never a crash, a leak or undefined behaviour. Seeds: scenarios/ and
 * tests/data/bad/. Build with -DLVSIM_FUZZ=ON (clang).
 * The first byte picks how the input reaches the loader: \x01 as the value of a --set override,
 * \x02 as a child scenario that extends a base file, \x03 as a base file that a child extends,
 * \x04 as an --add-staff change (add-staff=TEXT) of the built-in default and of a small scenario;
 * anything else is a scenario file (whose first line may be "--set PATH=VALUE"). */
#define _GNU_SOURCE /* mkstemp */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lvsim/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A small valid scenario: the base of mode 2, the child of mode 3 (after its extends line). */
static const char *small =
    "demand: {calls_per_hour: 10}\n"
    "calls: {types: [{name: all, share: 100%, talk: {dist: exponential, mean: 5m}}]}\n"
    "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n";

/* Writes text to a new temporary file; returns name, or NULL. */
static const char *temp_file(const char *text, size_t n, char name[64])
{
    snprintf(name, 64, "/tmp/lvsim-fuzz-XXXXXX");
    int fd = mkstemp(name);
    if (fd < 0)
        return NULL;
    int ok = write(fd, text, n) == (ssize_t)n;
    close(fd);
    if (!ok) {
        unlink(name);
        return NULL;
    }
    return name;
}

/* Loads text in one of the modes that reach the loader another way. */
static struct lv_scenario *load_other_way(int mode, const char *text, size_t n, struct lv_diags *diags)
{
    char file[64], *doc = NULL;
    struct lv_scenario *s = NULL;
    if (mode == 1) {
        struct lv_override ov[2] = {{.path = "demand.growth", .value = text, .text = "fuzz"},
                                    {.path = "centre.operators[0]", .value = text, .text = "fuzz"}};
        return lv_scenario_load(NULL, small, "fuzz.yaml", ov, 2, diags);
    }
    if (mode == 4) {
        struct lv_override ov = {.path = "add-staff", .value = text, .text = "fuzz"};
        struct lv_scenario *d = lv_scenario_load(NULL, lv_default_scenario_text(), "default", &ov, 1, diags);
        lv_scenario_free(d);
        return lv_scenario_load(NULL, small, "fuzz.yaml", &ov, 1, diags);
    }
    const char *path = temp_file(mode == 2 ? small : text, mode == 2 ? strlen(small) : n, file);
    if (!path)
        return NULL;
    size_t len = strlen(path) + (mode == 2 ? n : strlen(small)) + 32;
    doc = malloc(len);
    if (doc) {
        int k = snprintf(doc, len, "extends: %s\n", path);
        if (mode == 2) {
            memcpy(doc + k, text, n); /* NUL bytes included: they must be caught */
            doc[k + n] = '\0';
        } else {
            snprintf(doc + k, len - (size_t)k, "name: child\n");
        }
        s = lv_scenario_load(NULL, doc, "fuzz-child.yaml", NULL, 0, diags);
    }
    unlink(path);
    free(doc);
    return s;
}

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
    if (size > 0 && data[0] >= 1 && data[0] <= 4) {
        struct lv_scenario *s = load_other_way(data[0], text + 1, size - 1, &diags);
        lv_scenario_free(s);
        lv_diags_fini(&diags);
        free(text);
        return 0;
    }
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
