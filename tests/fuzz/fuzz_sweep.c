/* fuzz_sweep.c — libFuzzer harness for sweep files: any bytes must give a sweep or diagnostics,
 * never a crash. The loader reads a path, so each input goes through a temporary file; the base
 * scenario is the built-in default. */
#define _XOPEN_SOURCE 700 /* mkstemp */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "lvsim/sweep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/lvsim-fuzz-sweep-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_sweep *s = lv_sweep_load(path, &diags);
    if (s && s->point_count > 0) {
        struct lv_scenario *sc = lv_sweep_scenario(s, s->point_count - 1, &diags);
        lv_scenario_free(sc);
    }
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        lv_diags_write(&diags, sink);
        fclose(sink);
    }
    lv_sweep_free(s);
    lv_diags_fini(&diags);
    unlink(path);
    return 0;
}
