/* lvsim.c — the lvsim command: run, check and default. The only code that prints or exits.
 * Exit status: 0 ok, 1 runtime failure, 2 usage or input error. Results go to stdout or to the
 * named files, which are written to a temporary name first and renamed into place. */
#include "lvsim/compare.h"
#include "lvsim/diag.h"
#include "lvsim/fit.h"
#include "lvsim/output.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/summary.h"
#include "lvsim/sweep.h"
#include "lvsim/version.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdio_ext.h> /* __fpending */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_RUNTIME = 1, EXIT_USAGE = 2 };

static const char *usage_main =
    "usage: lvsim <command> [options]\n"
    "\n"
    "Discrete-event simulation of a Norwegian legevakt call centre (116117).\n"
    "\n"
    "commands:\n"
    "  run [SCENARIO.yaml]   simulate a scenario (default: the built-in scenario)\n"
    "  check SCENARIO.yaml   validate scenarios and report every error\n"
    "  compare A.yaml [B.yaml]  paired comparison of two scenarios (or of A and A with --set-b)\n"
    "  sweep SWEEP.yaml      run a parameter sweep (resumable, sliceable)\n"
    "  merge SWEEP.yaml [DIR...]  combine sliced sweep results into the final tables\n"
    "  default               print the built-in default scenario\n"
    "  fit CALLS.csv -o OUT.yaml [--scenario BASE.yaml]  fit a scenario to a call log (docs/fit.md)\n"
    "\n"
    "options:\n"
    "  -h, --help            show help (also after a command: lvsim run --help)\n"
    "  --version             print the version\n";

static const char *usage_run =
    "usage: lvsim run [SCENARIO.yaml] [options]\n"
    "\n"
    "Simulates the scenario (the built-in default when no file is given) and prints a summary.\n"
    "\n"
    "options:\n"
    "  -r, --replications N  replications (default: the scenario's)\n"
    "  -s, --seed N          master seed (default: the scenario's)\n"
    "  -j, --jobs N          worker threads (default: all cores); results do not depend on it\n"
    "  -o, --output FILE     write every figure with its confidence interval as JSON\n"
    "      --csv DIR         write summary, intervals, urgencies, sites, areas and days .csv into DIR\n"
    "  -q, --quiet           do not print the summary\n"
    "      --set KEY=VALUE   override a scenario key, e.g. --set centre.operators[2].count=4\n"
    "                        or --set 'calls.patience={dist: exponential, mean: 5m}' (repeatable)\n"
    "  -h, --help            show this help\n";

static const char *usage_check =
    "usage: lvsim check SCENARIO.yaml... [--set KEY=VALUE]...\n"
    "\n"
    "Reads each scenario (with the overrides) and reports every error as file:line:column.\n"
    "Exit 0 when all are valid, 2 otherwise.\n";

static const char *usage_compare =
    "usage: lvsim compare A.yaml [B.yaml] [options]\n"
    "\n"
    "Runs A and B with the same seed and replications (common random numbers) and reports every\n"
    "headline figure of both, B - A with the 95 % interval of the paired differences, and a verdict.\n"
    "Without B.yaml, B is A with the --set-b overrides. A may be 'default' (the built-in scenario).\n"
    "\n"
    "options:\n"
    "      --set KEY=VALUE    override a key in both A and B (repeatable)\n"
    "      --set-b KEY=VALUE  override a key in B only (repeatable)\n"
    "  -r, --replications N   replications (default: A's)\n"
    "  -s, --seed N           master seed (default: A's)\n"
    "  -j, --jobs N           worker threads (default: all cores)\n"
    "  -o, --output FILE      write the comparison, per interval too, as JSON\n"
    "  -q, --quiet            do not print the table\n"
    "  -h, --help             show this help\n";

static const char *usage_sweep =
    "usage: lvsim sweep SWEEP.yaml [options]\n"
    "\n"
    "Runs every point of the sweep (a base scenario with axes of values; see docs/sweeps.md) and\n"
    "writes points.csv and points.json into the result directory. Finished points are kept: run\n"
    "the same command again after an interruption and only unfinished points are run.\n"
    "\n"
    "options:\n"
    "  -j, --jobs N         worker threads (default: all cores); results do not depend on it\n"
    "  -o, --output DIR     result directory (default: the sweep's 'output', or SWEEP-results)\n"
    "      --list           print the run table (point, axis values, done or not) and exit\n"
    "      --runs A-B       run only points A to B (from 0, inclusive)\n"
    "      --shard K/N      run only the K-th of N equal slices of the points (K from 1)\n"
    "      --set KEY=VALUE  override a scenario key at every point (part of the sweep's identity)\n"
    "  -q, --quiet          no progress bar\n"
    "  -h, --help           show this help\n";

static const char *usage_merge =
    "usage: lvsim merge SWEEP.yaml [DIR...] [-o OUT] [--set KEY=VALUE]...\n"
    "\n"
    "Combines the part files of sliced sweep runs (in the DIRs; default: the sweep's result\n"
    "directory) and writes points.csv and points.json into OUT (default: the sweep's result\n"
    "directory), identical to what a single run writes. Fails if a point has no results.\n"
    "Give the same --set options as the sweep runs had.\n";

static const char *usage_default =
    "usage: lvsim default [--set KEY=VALUE]...\n"
    "\n"
    "Prints the built-in default scenario, a starting point for your own:\n"
    "  lvsim default > mine.yaml\n"
    "With --set, prints it with the overrides applied (as plain YAML, without the comments).\n";

static int usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static int usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "lvsim%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\ntry 'lvsim%s%s --help'\n", cmd ? " " : "", cmd ? cmd : "");
    return EXIT_USAGE;
}

static int parse_count(const char *text, long long min, long long max, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (!*text || *end || errno || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

/* Writes a file by writing a temporary sibling and renaming it, so that a failure never leaves a
 * partial file under the final name. Only regular files are written: a symbolic link is followed
 * (the file it points to is replaced, the link stays), and a device, FIFO, directory or socket
 * is refused rather than replaced. */
struct atomic_file {
    char *path, *tmp;
    FILE *f;
};

static const char *not_regular(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISFIFO(mode))
        return "a FIFO";
    return "not a regular file";
}

/* The path to write for `path`: itself, or the file a symbolic link names. NULL (errno set, why
 * filled) when it must not be written. */
static char *output_target(const char *path, char *why, size_t n)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        if (errno == ENOENT)
            return strdup(path);
        snprintf(why, n, "%s", strerror(errno));
        return NULL;
    }
    if (S_ISLNK(st.st_mode)) {
        char *real = realpath(path, NULL);
        if (!real) {
            snprintf(why, n, "it is a symbolic link to a missing file or directory");
            return NULL;
        }
        if (stat(real, &st) == 0 && !S_ISREG(st.st_mode)) {
            snprintf(why, n, "it is a symbolic link to %s; lvsim writes only regular files", not_regular(st.st_mode));
            free(real);
            return NULL;
        }
        return real;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(why, n, "it is %s; lvsim writes only regular files and never replaces anything else",
                 not_regular(st.st_mode));
        return NULL;
    }
    return strdup(path);
}

static int atomic_open(struct atomic_file *a, const char *path, char *why, size_t why_size)
{
    memset(a, 0, sizeof *a);
    a->path = output_target(path, why, why_size);
    if (!a->path)
        return -1;
    size_t n = strlen(a->path);
    a->tmp = malloc(n + 16);
    if (!a->tmp) {
        snprintf(why, why_size, "out of memory");
        return -1;
    }
    snprintf(a->tmp, n + 16, "%s.tmp.XXXXXX", a->path);
    int fd = mkstemp(a->tmp);
    if (fd < 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        free(a->tmp);
        a->tmp = NULL;
        return -1;
    }
    a->f = fdopen(fd, "w");
    if (!a->f) {
        snprintf(why, why_size, "%s", strerror(errno));
        close(fd);
        return -1;
    }
    return 0;
}

/* Flushes and closes the temporary file; with ok, leaves it ready for atomic_rename. */
static int atomic_close(struct atomic_file *a, int ok)
{
    if (a->f && (fflush(a->f) != 0 || ferror(a->f)))
        ok = 0;
    if (a->f && fclose(a->f) != 0)
        ok = 0;
    a->f = NULL;
    if (!a->tmp)
        return -1;
    if (ok && chmod(a->tmp, 0644) == 0)
        return 0;
    unlink(a->tmp);
    free(a->tmp);
    a->tmp = NULL;
    return -1;
}

/* Drops a closed file: its temporary is removed. */
static void atomic_discard(struct atomic_file *a)
{
    if (a->f)
        fclose(a->f);
    if (a->tmp)
        unlink(a->tmp);
    free(a->path);
    free(a->tmp);
    memset(a, 0, sizeof *a);
}

static int atomic_commit(struct atomic_file *a, int ok)
{
    int rc = atomic_close(a, ok);
    if (rc == 0 && rename(a->tmp, a->path) != 0)
        rc = -1;
    atomic_discard(a);
    return rc;
}

/* --set KEY=VALUE arguments of one command line. */
#define MAX_OVERRIDES 256
struct overrides {
    int count;
    struct lv_override item[MAX_OVERRIDES];
    char buf[MAX_OVERRIDES][1024];
};

static int add_override(struct overrides *o, const char *cmd, const char *arg)
{
    if (o->count == MAX_OVERRIDES)
        return usage_error(cmd, "at most %d '--set' options", MAX_OVERRIDES);
    if (lv_override_parse(arg, o->buf[o->count], sizeof o->buf[o->count], &o->item[o->count]) != 0)
        return usage_error(cmd, "'--set' needs KEY.PATH=VALUE (e.g. centre.operators[2].count=4), got '%s'", arg);
    o->count++;
    return EXIT_OK;
}

static struct lv_scenario *load(const char *path, const struct overrides *o, struct lv_diags *diags)
{
    if (path)
        return lv_scenario_load(path, NULL, NULL, o->item, o->count, diags);
    return lv_scenario_load(NULL, lv_default_scenario_text(), "default", o->item, o->count, diags);
}

/* The CSV tables as one set: every file is written to a temporary name first and the set is
 * renamed into place only when all were written, so a failure leaves no partial set. */
static int write_csv_dir(const char *dir, const struct lv_results *r, const struct lv_summary *sum)
{
    static const char *kinds[] = {"summary", "intervals", "urgencies", "sites", "areas", "days", "site_intervals"};
    enum { KINDS = sizeof kinds / sizeof *kinds };
    struct stat st;
    bool made = false;
    if (mkdir(dir, 0755) == 0)
        made = true;
    else if (errno != EEXIST || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "lvsim run: cannot create directory '%s': %s\n", dir,
                errno == EEXIST ? "a file of that name exists" : strerror(errno));
        return -1;
    }
    struct atomic_file files[KINDS];
    memset(files, 0, sizeof files);
    int rc = 0;
    for (int i = 0; i < KINDS && rc == 0; i++) {
        if (strcmp(kinds[i], "site_intervals") == 0 && sum->site_interval_sites == 0)
            continue; /* one centre: its hours are intervals.csv */
        char path[4096], why[256];
        snprintf(path, sizeof path, "%s/%s.csv", dir, kinds[i]);
        if (atomic_open(&files[i], path, why, sizeof why) != 0) {
            fprintf(stderr, "lvsim run: cannot write '%s': %s\n", path, why);
            rc = -1;
        } else if (atomic_close(&files[i], lv_output_csv(r, sum, kinds[i], files[i].f) == 0) != 0) {
            fprintf(stderr, "lvsim run: cannot write '%s': %s\n", path, strerror(errno));
            rc = -1;
        }
    }
    for (int i = 0; i < KINDS && rc == 0; i++)
        if (files[i].tmp && rename(files[i].tmp, files[i].path) != 0) {
            fprintf(stderr, "lvsim run: cannot write '%s': %s\n", files[i].path, strerror(errno));
            rc = -1;
        }
    for (int i = 0; i < KINDS; i++)
        atomic_discard(&files[i]);
    if (rc != 0 && made)
        rmdir(dir);
    return rc;
}

static int write_atomically(const char *path, const char *text, const char *cmd)
{
    struct atomic_file a;
    char why[256] = "out of memory";
    if (!text || atomic_open(&a, path, why, sizeof why) != 0) {
        if (text)
            atomic_discard(&a);
        fprintf(stderr, "lvsim %s: cannot write '%s': %s\n", cmd, path, why);
        return -1;
    }
    int ok = fputs(text, a.f) >= 0 && fputc('\n', a.f) != EOF;
    if (atomic_commit(&a, ok) != 0) {
        fprintf(stderr, "lvsim %s: cannot write '%s': %s\n", cmd, path, strerror(errno));
        return -1;
    }
    return 0;
}

static long default_jobs(void)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores > 0 ? cores : 1;
}

/* Options shared by run and compare. */
struct run_flags {
    long long replications, seed, jobs;
    const char *output;
    int quiet;
};

/* Handles option c if it is one of the shared ones: 1 handled, 0 not shared, -1 bad value
 * (reported). */
static int shared_option(int c, const char *cmd, long long min_replications, struct run_flags *f)
{
    switch (c) {
    case 'r':
        if (parse_count(optarg, min_replications, 100000, &f->replications) != 0) {
            usage_error(cmd, "'--replications' must be an integer from %lld to 100000, got '%s'", min_replications, optarg);
            return -1;
        }
        return 1;
    case 's':
        if (parse_count(optarg, 0, INT64_MAX, &f->seed) != 0) {
            usage_error(cmd, "'--seed' must be a non-negative integer, got '%s'", optarg);
            return -1;
        }
        return 1;
    case 'j':
        if (parse_count(optarg, 1, 1024, &f->jobs) != 0) {
            usage_error(cmd, "'--jobs' must be an integer from 1 to 1024, got '%s'", optarg);
            return -1;
        }
        return 1;
    case 'o':
        f->output = optarg;
        return 1;
    case 'q':
        f->quiet = 1;
        return 1;
    default:
        return 0;
    }
}

static int cmd_run(int argc, char **argv)
{
    static const struct option opts[] = {{"replications", required_argument, NULL, 'r'},
                                         {"seed", required_argument, NULL, 's'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"csv", required_argument, NULL, 'c'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"set", required_argument, NULL, 'S'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    static struct overrides ov; /* large; one command line per process */
    ov.count = 0;
    struct run_flags f = {.seed = -1};
    const char *csv = NULL;
    int c, shared;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":r:s:j:o:qh", opts, NULL)) != -1) {
        if ((shared = shared_option(c, "run", 1, &f)) != 0) {
            if (shared < 0)
                return EXIT_USAGE;
            continue;
        }
        switch (c) {
        case 'c':
            csv = optarg;
            break;
        case 'S':
            if (add_override(&ov, "run", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'h':
            fputs(usage_run, stdout);
            return EXIT_OK;
        case ':':
            return usage_error("run", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("run", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (argc - optind > 1)
        return usage_error("run", "expected at most one scenario file, got '%s' too", argv[optind + 1]);
    const char *path = optind < argc ? argv[optind] : NULL;

    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_scenario *s = load(path, &ov, &diags);
    if (!s) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    char error[640];
    struct lv_run_options o = {.replications = f.replications ? (int)f.replications : s->replications,
                               .seed = f.seed >= 0 ? (uint64_t)f.seed : s->seed,
                               .jobs = (int)(f.jobs ? f.jobs : default_jobs()),
                               .error = error,
                               .error_size = sizeof error};
    struct lv_results results;
    struct lv_summary sum;
    int rc = EXIT_OK;
    if (lv_run(s, &o, &results) != 0) {
        fprintf(stderr, "lvsim run: %s\n", error);
        lv_scenario_free(s);
        return EXIT_RUNTIME;
    }
    if (lv_summary_compute(&results, &sum) != 0) {
        fprintf(stderr, "lvsim run: out of memory while summarising\n");
        rc = EXIT_RUNTIME;
        goto done_results;
    }
    if (f.output) {
        char *json = lv_output_json(&results, &sum);
        if (write_atomically(f.output, json, "run") != 0)
            rc = EXIT_RUNTIME;
        free(json);
    }
    if (rc == EXIT_OK && csv && write_csv_dir(csv, &results, &sum) != 0)
        rc = EXIT_RUNTIME;
    if (rc == EXIT_OK && !f.quiet && lv_output_text(&results, &sum, stdout) != 0)
        rc = EXIT_RUNTIME;
    lv_summary_fini(&sum);
done_results:
    lv_results_fini(&results);
    lv_scenario_free(s);
    return rc;
}

static int cmd_compare(int argc, char **argv)
{
    static const struct option opts[] = {{"replications", required_argument, NULL, 'r'},
                                         {"seed", required_argument, NULL, 's'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"set", required_argument, NULL, 'S'},
                                         {"set-b", required_argument, NULL, 'B'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    static struct overrides both, only_b, b_all;
    both.count = only_b.count = b_all.count = 0;
    struct run_flags f = {.seed = -1};
    int c, shared;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":r:s:j:o:qh", opts, NULL)) != -1) {
        if ((shared = shared_option(c, "compare", 2, &f)) != 0) {
            if (shared < 0)
                return EXIT_USAGE;
            continue;
        }
        switch (c) {
        case 'S':
            if (add_override(&both, "compare", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'B':
            if (add_override(&only_b, "compare", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'h':
            fputs(usage_compare, stdout);
            return EXIT_OK;
        case ':':
            return usage_error("compare", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("compare", "unknown option '%s'", argv[optind - 1]);
        }
    }
    int files = argc - optind;
    if (files < 1 || files > 2)
        return usage_error("compare", "%s", "expected A.yaml and optionally B.yaml");
    if (files == 1 && only_b.count == 0)
        return usage_error("compare", "%s", "give B.yaml, or --set-b overrides that make B from A");
    const char *pa = strcmp(argv[optind], "default") == 0 ? NULL : argv[optind];
    const char *pb = files == 2 ? (strcmp(argv[optind + 1], "default") == 0 ? NULL : argv[optind + 1]) : pa;
    /* B's overrides: the common ones, then B's own. */
    for (int i = 0; i < both.count; i++)
        b_all.item[b_all.count++] = both.item[i];
    for (int i = 0; i < only_b.count && b_all.count < MAX_OVERRIDES; i++)
        b_all.item[b_all.count++] = only_b.item[i];
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_scenario *sa = load(pa, &both, &diags), *sb = load(pb, &b_all, &diags);
    if (!sa || !sb) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        lv_scenario_free(sa);
        lv_scenario_free(sb);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    char error[640];
    struct lv_run_options o = {.replications = f.replications ? (int)f.replications : sa->replications,
                               .seed = f.seed >= 0 ? (uint64_t)f.seed : sa->seed,
                               .jobs = (int)(f.jobs ? f.jobs : default_jobs()),
                               .error = error,
                               .error_size = sizeof error};
    if (o.replications < 2) {
        lv_scenario_free(sa);
        lv_scenario_free(sb);
        return usage_error("compare", "%s", "a comparison needs at least 2 replications (use -r)");
    }
    struct lv_results ra, rb;
    struct lv_comparison cmp;
    int rc = EXIT_OK;
    if (lv_run(sa, &o, &ra) != 0) {
        fprintf(stderr, "lvsim compare: A: %s\n", error);
        rc = EXIT_RUNTIME;
        goto free_scenarios;
    }
    if (lv_run(sb, &o, &rb) != 0) {
        fprintf(stderr, "lvsim compare: B: %s\n", error);
        rc = EXIT_RUNTIME;
        goto free_a;
    }
    if (lv_compare(&ra, &rb, &cmp) != 0) {
        fprintf(stderr, "lvsim compare: A and B cannot be compared (their reporting intervals differ)\n");
        rc = EXIT_USAGE;
        goto free_b;
    }
    if (f.output) {
        char *json = lv_output_compare_json(&ra, &rb, &cmp);
        if (write_atomically(f.output, json, "compare") != 0)
            rc = EXIT_RUNTIME;
        free(json);
    }
    if (rc == EXIT_OK && !f.quiet && lv_output_compare_text(&ra, &rb, &cmp, stdout) != 0)
        rc = EXIT_RUNTIME;
    lv_comparison_fini(&cmp);
free_b:
    lv_results_fini(&rb);
free_a:
    lv_results_fini(&ra);
free_scenarios:
    lv_scenario_free(sa);
    lv_scenario_free(sb);
    return rc;
}

struct progress_bar {
    struct timespec start;
    bool shown;
};

static void draw_progress(void *context, int done, int total)
{
    struct progress_bar *bar = context;
    if (total <= 0)
        return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double elapsed = (double)(now.tv_sec - bar->start.tv_sec) + (now.tv_nsec - bar->start.tv_nsec) * 1e-9;
    long eta = done > 0 ? lround(elapsed / done * (total - done)) : 0;
    int width = 30, fill = (int)((long)width * done / total);
    fprintf(stderr, "\r[");
    for (int i = 0; i < width; i++)
        fputc(i < fill ? '=' : i == fill ? '>' : ' ', stderr);
    fprintf(stderr, "] %d/%d points  ETA %ld:%02ld ", done, total, eta / 60, eta % 60);
    fflush(stderr);
    bar->shown = true;
}

/* Damaged part-file records: the first 20 are shown, then only counted. */
struct warning_sink {
    const char *cmd;
    int count;
};

static void print_warning(void *context, const char *message)
{
    struct warning_sink *w = context;
    if (w->count++ < 20)
        fprintf(stderr, "lvsim %s: warning: %s\n", w->cmd, message);
}

static void warnings_done(const struct warning_sink *w)
{
    if (w->count > 20)
        fprintf(stderr, "lvsim %s: warning: %d more damaged records skipped\n", w->cmd, w->count - 20);
}

/* Reads a point index or count: digits only, at most max; advances *text. */
static int parse_index(const char **text, long long max, long long *out)
{
    const char *p = *text;
    long long v = 0;
    if (*p < '0' || *p > '9')
        return -1;
    for (; *p >= '0' && *p <= '9'; p++) {
        v = v * 10 + (*p - '0');
        if (v > max)
            return -1;
    }
    *text = p;
    *out = v;
    return 0;
}

#define MAX_SHARDS 1000000

/* --runs A or A-B (0 <= A <= B < points) and --shard K/N (1 <= K <= N <= MAX_SHARDS): [first, last],
 * empty (first > last) for a shard beyond the points. */
static int parse_slice(const char *runs, const char *shard, int points, int *first, int *last)
{
    long long a, b;
    const char *p = runs ? runs : shard;
    if (runs) {
        if (parse_index(&p, points - 1, &a) != 0)
            return -1;
        b = a;
        if (*p == '-' && (p++, parse_index(&p, points - 1, &b) != 0))
            return -1;
        if (*p || b < a)
            return -1;
        *first = (int)a;
        *last = (int)b;
    } else {
        /* N may exceed the points (a job array larger than the sweep): some slices are then empty. */
        if (parse_index(&p, MAX_SHARDS, &a) != 0 || *p++ != '/' || parse_index(&p, MAX_SHARDS, &b) != 0 || *p ||
            a < 1 || a > b)
            return -1;
        *first = (int)((a - 1) * points / b);
        *last = (int)(a * points / b) - 1;
    }
    return 0;
}

static int cmd_sweep(int argc, char **argv)
{
    static const struct option opts[] = {{"jobs", required_argument, NULL, 'j'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"list", no_argument, NULL, 'l'},
                                         {"runs", required_argument, NULL, 'R'},
                                         {"shard", required_argument, NULL, 'K'},
                                         {"set", required_argument, NULL, 'S'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    long long jobs = 0;
    const char *output = NULL, *runs = NULL, *shard = NULL, *sets[MAX_OVERRIDES];
    int list = 0, quiet = 0, c, nsets = 0;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":j:o:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'j':
            if (parse_count(optarg, 1, 1024, &jobs) != 0)
                return usage_error("sweep", "'--jobs' must be an integer from 1 to 1024, got '%s'", optarg);
            break;
        case 'o':
            output = optarg;
            break;
        case 'l':
            list = 1;
            break;
        case 'R':
            runs = optarg;
            break;
        case 'K':
            shard = optarg;
            break;
        case 'S':
            if (nsets == MAX_OVERRIDES || !strchr(optarg, '=') || optarg[0] == '=')
                return usage_error("sweep", "'--set' needs KEY.PATH=VALUE, got '%s'", optarg);
            sets[nsets++] = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            fputs(usage_sweep, stdout);
            return EXIT_OK;
        case ':':
            return usage_error("sweep", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("sweep", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (argc - optind != 1)
        return usage_error("sweep", "%s", "expected one sweep file");
    if (runs && shard)
        return usage_error("sweep", "%s", "'--runs' and '--shard' exclude each other");
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_sweep *sw = lv_sweep_load(argv[optind], &diags);
    for (int i = 0; sw && i < nsets; i++)
        if (lv_sweep_add_set(sw, sets[i]) != 0) {
            lv_sweep_free(sw);
            sw = NULL;
        }
    if (!sw || lv_sweep_check(sw, &diags) != 0) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        lv_sweep_free(sw);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    const char *dir = output ? output : sw->output_dir;
    int first = 0, last = sw->point_count - 1, rc = EXIT_OK;
    char err[1024] = "";
    struct warning_sink sink = {"sweep", 0};
    struct lv_sweep_warnings warnings = {print_warning, &sink};
    if ((runs || shard) && parse_slice(runs, shard, sw->point_count, &first, &last) != 0) {
        int points = sw->point_count;
        lv_sweep_free(sw);
        if (runs)
            return usage_error("sweep", "'--runs' must be A or A-B with 0 <= A <= B < %d (points), got '%s'", points,
                               runs);
        return usage_error("sweep", "'--shard' must be K/N with 1 <= K <= N <= %d, got '%s'", MAX_SHARDS, shard);
    }
    if (first > last && !list) {
        if (!quiet)
            fprintf(stderr, "lvsim sweep: shard %s holds no points (the sweep has %d); nothing to run\n", shard,
                    sw->point_count);
        lv_sweep_free(sw);
        return EXIT_OK;
    }
    if (list) {
        bool *done = calloc((size_t)sw->point_count, sizeof *done);
        if (done)
            lv_sweep_scan(sw, dir, done, &warnings, err, sizeof err);
        warnings_done(&sink);
        printf("point");
        for (int a = 0; a < sw->axis_count; a++)
            printf("\t%s", sw->axes[a].key);
        printf("\tstatus\n");
        for (int p = first; p <= last; p++) {
            int idx[LV_SWEEP_MAX_AXES];
            lv_sweep_point(sw, p, idx);
            printf("%d", p);
            for (int a = 0; a < sw->axis_count; a++)
                printf("\t%s", sw->axes[a].values[idx[a]]);
            printf("\t%s\n", done && done[p] ? "done" : "to run");
        }
        free(done);
        lv_sweep_free(sw);
        return EXIT_OK;
    }
    int open_rc = lv_sweep_open_dir(sw, dir, err, sizeof err);
    if (open_rc != 0) {
        fprintf(stderr, "lvsim sweep: error: %s\n", err);
        lv_sweep_free(sw);
        return open_rc == LV_SWEEP_MISMATCH ? EXIT_USAGE : EXIT_RUNTIME;
    }
    struct progress_bar bar = {0};
    clock_gettime(CLOCK_MONOTONIC, &bar.start);
    struct lv_sweep_progress progress = {draw_progress, &bar};
    bool show = !quiet && isatty(STDERR_FILENO);
    int run_rc = lv_sweep_run(sw, dir, first, last, (int)(jobs ? jobs : default_jobs()), show ? &progress : NULL,
                              &warnings, err, sizeof err);
    warnings_done(&sink);
    if (bar.shown)
        fputc('\n', stderr);
    if (run_rc != 0) {
        fprintf(stderr, "lvsim sweep: error: %s\n", err);
        lv_sweep_free(sw);
        return run_rc == LV_SWEEP_MISMATCH ? EXIT_USAGE : EXIT_RUNTIME;
    }
    int missing = 0;
    const char *dirs[1] = {dir};
    /* Damaged records were reported by the run's scan just now. */
    if (lv_sweep_finish(sw, dirs, 1, dir, NULL, &missing, err, sizeof err) != 0) {
        fprintf(stderr, "lvsim sweep: error: %s\n", err);
        rc = EXIT_RUNTIME;
    } else if (!quiet) {
        if (missing == 0)
            fprintf(stderr, "lvsim sweep: %d points done: %s/points.csv and points.json\n", sw->point_count, dir);
        else
            fprintf(stderr, "lvsim sweep: points %d-%d done; %d of %d points still to run (lvsim sweep --list)\n",
                    first, last, missing, sw->point_count);
    }
    lv_sweep_free(sw);
    return rc;
}

static int cmd_merge(int argc, char **argv)
{
    const char *output = NULL, *files[256], *sets[MAX_OVERRIDES];
    int nfiles = 0, nsets = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage_merge, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--output") == 0) {
            if (++i == argc)
                return usage_error("merge", "%s", "option '-o' needs a value");
            output = argv[i];
        } else if (strcmp(argv[i], "--set") == 0) {
            if (++i == argc || nsets == MAX_OVERRIDES)
                return usage_error("merge", "%s", "option '--set' needs a value");
            sets[nsets++] = argv[i];
        } else if (argv[i][0] == '-') {
            return usage_error("merge", "unknown option '%s'", argv[i]);
        } else if (nfiles < 256) {
            files[nfiles++] = argv[i];
        }
    }
    if (nfiles < 1)
        return usage_error("merge", "%s", "expected the sweep file, then result directories");
    struct lv_diags diags;
    lv_diags_init(&diags);
    struct lv_sweep *sw = lv_sweep_load(files[0], &diags);
    for (int i = 0; sw && i < nsets; i++)
        if (lv_sweep_add_set(sw, sets[i]) != 0) {
            lv_sweep_free(sw);
            sw = NULL;
        }
    if (!sw) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    const char *defaults[1] = {sw->output_dir};
    const char *const *dirs = nfiles > 1 ? files + 1 : defaults;
    int ndirs = nfiles > 1 ? nfiles - 1 : 1, missing = 0, rc = EXIT_OK;
    char err[1024] = "";
    struct warning_sink sink = {"merge", 0};
    struct lv_sweep_warnings warnings = {print_warning, &sink};
    int r = lv_sweep_finish(sw, dirs, ndirs, output ? output : sw->output_dir, &warnings, &missing, err, sizeof err);
    warnings_done(&sink);
    if (r != 0) {
        fprintf(stderr, "lvsim merge: error: %s\n", err);
        rc = r == LV_SWEEP_MISMATCH ? EXIT_USAGE : EXIT_RUNTIME;
    } else if (missing) {
        fprintf(stderr, "lvsim merge: error: %d of %d points have no results yet (lvsim sweep --list shows which)\n",
                missing, sw->point_count);
        rc = EXIT_RUNTIME;
    }
    lv_sweep_free(sw);
    return rc;
}

static int cmd_check(int argc, char **argv)
{
    static struct overrides ov;
    ov.count = 0;
    const char *files[256];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage_check, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--set") == 0 || strncmp(argv[i], "--set=", 6) == 0) {
            const char *arg = argv[i][5] == '=' ? argv[i] + 6 : (i + 1 < argc ? argv[++i] : NULL);
            if (!arg)
                return usage_error("check", "%s", "option '--set' needs a value");
            if (add_override(&ov, "check", arg) != EXIT_OK)
                return EXIT_USAGE;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage_error("check", "unknown option '%s'", argv[i]);
        } else if (nfiles < 256) {
            files[nfiles++] = argv[i];
        }
    }
    if (nfiles == 0)
        return usage_error("check", "%s", "expected a scenario file");
    int status = EXIT_OK;
    for (int i = 0; i < nfiles; i++) {
        struct lv_diags diags;
        lv_diags_init(&diags);
        struct lv_scenario *s = load(files[i], &ov, &diags);
        if (!s) {
            lv_diags_write(&diags, stderr);
            status = EXIT_USAGE;
        } else {
            fprintf(stderr, "%s: ok\n", files[i]);
        }
        lv_scenario_free(s);
        lv_diags_fini(&diags);
    }
    return status;
}

static int cmd_default(int argc, char **argv)
{
    static struct overrides ov;
    ov.count = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage_default, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--set") == 0 && i + 1 < argc) {
            if (add_override(&ov, "default", argv[++i]) != EXIT_OK)
                return EXIT_USAGE;
        } else {
            return usage_error("default", "unexpected argument '%s'", argv[i]);
        }
    }
    if (ov.count == 0) { /* the file as shipped, comments included */
        fputs(lv_default_scenario_text(), stdout);
        return ferror(stdout) ? EXIT_RUNTIME : EXIT_OK;
    }
    struct lv_diags diags;
    lv_diags_init(&diags);
    char *text = lv_scenario_render(NULL, lv_default_scenario_text(), "default", ov.item, ov.count, &diags);
    if (!text) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    fputs(text, stdout);
    free(text);
    return ferror(stdout) ? EXIT_RUNTIME : EXIT_OK;
}

/* lvsim fit CALLS.csv [--scenario BASE.yaml] [--level P] -o OUT.yaml: docs/fit.md. */
static int cmd_fit(int argc, char **argv)
{
    const char *csv = NULL, *base_path = NULL, *output = NULL;
    double level = 0.95;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs("usage: lvsim fit CALLS.csv [--scenario BASE.yaml] [--level 0.95] -o OUT.yaml\n"
                  "Fits demand, talk time, patience and redials to a call log; see docs/fit.md.\n", stdout);
            return EXIT_OK;
        }
        if ((strcmp(a, "-o") == 0 || strcmp(a, "--scenario") == 0 || strcmp(a, "--level") == 0) && i + 1 == argc)
            return usage_error("fit", "option '%s' needs a value", a);
        if (strcmp(a, "-o") == 0)
            output = argv[++i];
        else if (strcmp(a, "--scenario") == 0)
            base_path = argv[++i];
        else if (strcmp(a, "--level") == 0) {
            char *end;
            level = strtod(argv[++i], &end);
            if (*end || !(level >= 0.5 && level < 1))
                return usage_error("fit", "'--level' must be a number from 0.5 to below 1, got '%s'", argv[i]);
        } else if (a[0] == '-' && a[1])
            return usage_error("fit", "unknown option '%s'", a);
        else if (csv)
            return usage_error("fit", "expected one call log, got '%s' too", a);
        else
            csv = a;
    }
    if (!csv || !output)
        return usage_error("fit", "%s", "expected a call log and -o OUT.yaml");
    struct lv_diags diags;
    lv_diags_init(&diags);
    static struct overrides none;
    struct lv_calllog log;
    struct lv_fit fit;
    struct lv_fit_options opt = {.level = level, .redial_window_s = 3600, .seed = 1};
    struct lv_scenario *base = load(base_path, &none, &diags);
    char *yaml = NULL;
    int rc = EXIT_USAGE;
    if (base && lv_calllog_read(&log, csv, &diags) == 0) {
        if (lv_fit_estimate(&fit, &log, base, &opt, csv, &diags) == 0) {
            yaml = lv_fit_scenario_yaml(&fit, base, base_path, csv, &diags);
            if (yaml)
                rc = write_atomically(output, yaml, "fit") != 0 ? EXIT_RUNTIME
                     : lv_fit_write_report(&fit, csv, LV_LANG_EN, stdout) != 0 ? EXIT_RUNTIME : EXIT_OK;
            lv_fit_fini(&fit);
        }
        lv_calllog_fini(&log);
    }
    lv_diags_write(&diags, stderr);
    lv_diags_fini(&diags);
    free(yaml);
    lv_scenario_free(base);
    return rc;
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("lvsim %s\n", LV_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_main, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 1, argv + 1);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "compare") == 0)
        return cmd_compare(argc - 1, argv + 1);
    if (strcmp(cmd, "sweep") == 0)
        return cmd_sweep(argc - 1, argv + 1);
    if (strcmp(cmd, "merge") == 0)
        return cmd_merge(argc - 1, argv + 1);
    if (strcmp(cmd, "default") == 0)
        return cmd_default(argc - 1, argv + 1);
    if (strcmp(cmd, "fit") == 0)
        return cmd_fit(argc - 1, argv + 1);
    return usage_error(NULL, "unknown command '%s' (commands: run, check, compare, sweep, merge, default)", cmd);
}

/* Output to a full disk or a closed descriptor is a failure, even when only the final flush
 * finds it: a run whose summary was lost must not exit 0. */
static int finish_stdout(int rc)
{
    /* As gnulib's close_stream: a closed stdout (EBADF) is an error only if output was pending. */
    bool pending = __fpending(stdout) != 0, failed = ferror(stdout) != 0;
    if (fclose(stdout) != 0 && (pending || errno != EBADF))
        failed = true;
    if (failed) {
        fprintf(stderr, "lvsim: cannot write to standard output: %s\n", strerror(errno));
        return rc == EXIT_OK ? EXIT_RUNTIME : rc;
    }
    return rc;
}

int main(int argc, char **argv)
{
    gsl_set_error_handler_off(); /* the library checks what it calls; never let GSL abort */
    return finish_stdout(dispatch(argc, argv));
}
