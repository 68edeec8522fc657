/* fuzz_results.c — libFuzzer harness for sweep result directories: whatever a part file or the
 * manifest holds, scanning, resuming and finishing give results, warnings or an error, never a
 * crash. The first byte picks the mode: even, the rest is the part file of a fixed 4-point sweep
 * (its manifest valid); odd, the rest is sweep.json (next to a valid part file). With bit 1 set
 * too, every part-file line that ends like a checksum gets the right one, so that mutations reach
 * the field checks behind the checksum. */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lvsim/sweep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* tests/fuzz/results-seeds/ were written by `lvsim sweep` from these two texts, byte for byte
 * (the sweep's hash covers them). */
static const char base_yaml[] = "name: fuzz base\n"
                                "horizon: 1d\n"
                                "warmup: 0d\n"
                                "demand: {calls_per_hour: 2}\n"
                                "calls:\n"
                                "  types: [{name: all, share: 100%, talk: {dist: exponential, mean: 5m}}]\n"
                                "  patience: {dist: exponential, mean: 4m}\n"
                                "centre:\n"
                                "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n";
static const char sweep_yaml[] = "name: fuzz results\n"
                                 "scenario: base.yaml\n"
                                 "replications: 2\n"
                                 "axes:\n"
                                 "  - {key: \"centre.operators[0].count\", values: [1, \"2\"]}\n"
                                 "  - {key: demand.growth, values: [\"1\", \"1.5\"]}\n"
                                 "metrics: [calls_offered, abandoned]\n";

static char root[64];
static struct lv_sweep *sweep;
static char *valid_part; /* the part file of a complete run */
static size_t valid_len;

static int write_file(const char *path, const void *data, size_t size)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    bool ok = write(fd, data, size) == (ssize_t)size;
    return close(fd) == 0 && ok ? 0 : -1;
}

static void remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char path[PATH_MAX];
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
    closedir(d);
    rmdir(dir);
}

/* An independent FNV-1a 64 of the line without its ',"check":"…"' field. */
static void reseal(char *text, size_t len)
{
    const size_t suffix = 28; /* ,"check":"0123456789abcdef"} */
    char *line = text;
    while (line < text + len) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        char *end = nl ? nl : text + len;
        size_t n = (size_t)(end - line);
        if (n >= suffix && memcmp(end - suffix, ",\"check\":\"", 10) == 0 && memcmp(end - 2, "\"}", 2) == 0) {
            uint64_t h = 0xcbf29ce484222325ULL;
            for (size_t i = 0; i <= n - suffix; i++) {
                h ^= i < n - suffix ? (unsigned char)line[i] : '}';
                h *= 0x100000001b3ULL;
            }
            char hex[17];
            snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
            memcpy(end - suffix + 10, hex, 16);
        }
        line = end + 1;
    }
}

static void count_warning(void *context, const char *message)
{
    *(size_t *)context += strlen(message);
}

static void tear_down(void)
{
    remove_dir(root);
}

static void set_up(void)
{
    /* In memory if possible: every finished input writes and syncs a few files. */
    struct stat st;
    snprintf(root, sizeof root, "%s/lvsim-fuzz-results-XXXXXX", stat("/dev/shm", &st) == 0 ? "/dev/shm" : "/tmp");
    if (!mkdtemp(root))
        abort();
    atexit(tear_down);
    char path[PATH_MAX], err[1024];
    snprintf(path, sizeof path, "%s/base.yaml", root);
    write_file(path, base_yaml, strlen(base_yaml));
    snprintf(path, sizeof path, "%s/sweep.yaml", root);
    write_file(path, sweep_yaml, strlen(sweep_yaml));
    struct lv_diags diags;
    lv_diags_init(&diags);
    sweep = lv_sweep_load(path, &diags);
    lv_diags_fini(&diags);
    snprintf(path, sizeof path, "%s/valid", root);
    if (!sweep || lv_sweep_open_dir(sweep, path, err, sizeof err) != 0 ||
        lv_sweep_run(sweep, path, 0, sweep->point_count - 1, 1, NULL, NULL, err, sizeof err) != 0)
        abort();
    snprintf(path, sizeof path, "%s/valid/part-0-3.jsonl", root);
    FILE *f = fopen(path, "rb");
    valid_part = malloc(1 << 16);
    if (!f || !valid_part)
        abort();
    valid_len = fread(valid_part, 1, 1 << 16, f);
    fclose(f);
    snprintf(path, sizeof path, "%s/valid", root);
    remove_dir(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sweep)
        set_up();
    if (size == 0)
        return 0;
    bool manifest = data[0] & 1;
    char dir[PATH_MAX], out[PATH_MAX], path[PATH_MAX], err[1024];
    snprintf(dir, sizeof dir, "%s/in", root);
    snprintf(out, sizeof out, "%s/out", root);
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/part-0-3.jsonl", dir);
    if (manifest) {
        write_file(path, valid_part, valid_len);
        snprintf(path, sizeof path, "%s/sweep.json", dir);
        write_file(path, data + 1, size - 1);
    } else {
        lv_sweep_open_dir(sweep, dir, err, sizeof err);
        char *text = malloc(size);
        if (!text)
            return 0;
        memcpy(text, data + 1, size - 1);
        if (data[0] & 2)
            reseal(text, size - 1);
        write_file(path, text, size - 1);
        free(text);
    }
    size_t warned = 0;
    struct lv_sweep_warnings w = {count_warning, &warned};
    bool done[4] = {false, false, false, false};
    int missing = 0;
    const char *dirs[1] = {dir};
    if (lv_sweep_open_dir(sweep, dir, err, sizeof err) == 0 &&
        lv_sweep_scan(sweep, dir, done, &w, err, sizeof err) == 0) {
        lv_sweep_finish(sweep, dirs, 1, out, &w, &missing, err, sizeof err);
        /* Resuming a complete slice reads (and repairs) its own part file and runs nothing. */
        if (done[0] && done[1] && done[2] && done[3])
            lv_sweep_run(sweep, dir, 0, 3, 1, NULL, &w, err, sizeof err);
    }
    remove_dir(dir);
    remove_dir(out);
    return 0;
}
