/* bench.c — lvsim-bench: engine throughput on one thread. Runs the Erlang-A case E5 of the
 * validation table (100 calls/h, 6 min service, 12 operators, exponential patience 5 min) for
 * about ten million calls, then the default scenario for a simulated year, and reports calls/s,
 * events/s and peak memory; then what a sweep point costs besides simulating, and the staffing
 * optimiser's plan of the default centre (wall and CPU time). Usage: lvsim-bench [--calls N] [--quick] */
#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"
#include "lvsim/scenario.h"
#include "lvsim/staff.h"
#include "lvsim/stats.h"

#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <time.h>

/* The language of what lvsim-bench prints. */
static enum lv_language lang = LV_LANG_EN;

/* Catalogue message id in lang, its {1}..{9} filled by the strings that follow (NULL-terminated),
 * and a newline, on out. */
static void say(FILE *out, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static void say(FILE *out, enum lv_msg id, ...)
{
    const char *args[LV_MSG_MAX_ARGS];
    va_list ap;
    va_start(ap, id);
    int argc = lv_msg_args(args, ap);
    va_end(ap);
    char line[512];
    lv_msg_expand(line, sizeof line, lv_msg(id, lang), argc, args);
    fprintf(out, "%s\n", line);
}

/* A number as one argument of a message: %WIDTH.PRECISIONg, or f with fixed (widths keep the
 * columns). */
static struct lv_msg_arg number(int width, int precision, bool fixed, double v)
{
    struct lv_msg_arg a;
    snprintf(a.s, sizeof a.s, fixed ? "%*.*f" : "%*.*g", width, precision, v);
    return a;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* One replication of scenario s on one thread (horizon_s > 0 replaces its horizon): call
 * attempts, events and wall seconds. 0, or 1 after saying why. */
static int simulate_once(struct lv_scenario *s, double horizon_s, double *calls, double *events, double *seconds)
{
    if (horizon_s > 0)
        s->horizon_s = horizon_s;
    struct lv_model *m = lv_model_alloc(s);
    struct lv_replication *rep = m ? lv_replication_alloc(m) : NULL;
    struct lv_rep_result out;
    if (rep)
        lv_replication_set_language(rep, lang);
    if (!rep || lv_rep_result_init(&out, lv_model_interval_count(m), lv_model_day_count(m), s->site_count, s->area_count) != 0) {
        say(stderr, LV_MSG_E_OUT_OF_MEMORY, NULL);
        lv_replication_free(rep);
        lv_model_free(m);
        return 1;
    }
    double t0 = now_s();
    int rc = lv_replication_run(rep, s->seed, 0, &out);
    *seconds = now_s() - t0;
    if (rc != 0)
        say(stderr, LV_MSG_CLI_BENCH_FAILED, lv_replication_error(rep), NULL);
    *calls = (double)out.attempts;
    *events = (double)out.events;
    lv_rep_result_fini(&out);
    lv_replication_free(rep);
    lv_model_free(m);
    return rc != 0;
}

/* The scenario of a text, or NULL after its diagnostics. */
static struct lv_scenario *load_text(const char *label, const char *yaml)
{
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_scenario *s = lv_scenario_load_string(yaml, strlen(yaml), label, &diags);
    if (!s)
        lv_diags_write(&diags, stderr);
    lv_diags_fini(&diags);
    return s;
}

static void print_result(const char *label, double calls, double events, double dt)
{
    char name[128];
    snprintf(name, sizeof name, "%-28s", label);
    say(stdout, LV_MSG_CLI_BENCH_RESULT, name, number(10, 0, true, calls).s, number(10, 0, true, events).s,
        number(7, 2, true, dt).s, number(8, 2, true, calls / dt / 1e6).s, number(8, 2, true, events / dt / 1e6).s,
        lv_msg_int(peak_rss_kib()).s, NULL);
}

/* horizon_s > 0 replaces the scenario's horizon. *calls_per_s (may be NULL) receives the rate. */
static int bench(const char *label, const char *yaml, double horizon_s, double *calls_per_s)
{
    struct lv_scenario *s = load_text(label, yaml);
    if (!s)
        return 1;
    double calls, events, dt;
    int rc = simulate_once(s, horizon_s, &calls, &events, &dt);
    lv_scenario_free(s);
    if (rc != 0)
        return 1;
    if (calls_per_s)
        *calls_per_s = calls / dt;
    print_result(label, calls, events, dt);
    return 0;
}

/* The national scenario for a year, one replication on one thread: the goal is under a second
 * (issue 14). A missing file is said and skipped: the benchmark runs from anywhere. */
static int bench_national(const char *path)
{
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_scenario *s = lv_scenario_load_file(path, &diags);
    if (!s) { /* the loader's diagnostics say why: a missing file, or an error at its line */
        lv_diags_write(&diags, stderr);
        say(stderr, LV_MSG_CLI_BENCH_NATIONAL_MISSING, path, NULL);
    }
    lv_diags_fini(&diags);
    if (!s)
        return 0;
    double calls, events, dt;
    int rc = simulate_once(s, 365 * 86400.0, &calls, &events, &dt);
    lv_scenario_free(s);
    if (rc == 0)
        print_result(lv_msg(LV_MSG_CLI_BENCH_NATIONAL, lang), calls, events, dt);
    return rc;
}

/* Cost per call against the number of centres (issue 14: flat within 10 % from 10 to 2,000). N
 * like centres of 10,000 inhabitants (10,000 first attempts a year each, two nurses by day, one
 * by night, redials and Weibull patience), each with its own area; one replication of H and of
 * 2H days, H chosen for about a million calls, so the cost per call is the difference of the two
 * runs over the difference of their calls (set-up and the first days cancel out), each run the
 * best of three. */
static int scale_in_centres(void)
{
    static const int counts[] = {10, 100, 500, 2000};
    double base = 0;
    for (size_t k = 0; k < sizeof counts / sizeof *counts; k++) {
        int n = counts[k];
        size_t size = 1024 + (size_t)n * 300;
        char *yaml = malloc(size);
        if (!yaml) {
            say(stderr, LV_MSG_E_OUT_OF_MEMORY, NULL);
            return 1;
        }
        /* syntax, not a message */
        size_t used = (size_t)snprintf(yaml, size,
            "name: scale\nstart: 2025-01-06\nhorizon: 7d\nwarmup: 0\nseed: 1\n"
            "demand: {calls_per_year: %d}\n"
            "calls:\n  types: [{name: all, share: 100%%, talk: {dist: lognormal, mean: 4m, sd: 2m}}]\n"
            "  patience: {dist: weibull, mean: 6m, shape: 1.2}\n"
            "  redial: {probability: 60%%, delay: {dist: exponential, mean: 4m}}\n"
            "centres:\n", n * 10000);
        for (int i = 0; i < n; i++)
            used += (size_t)snprintf(yaml + used, size - used, /* syntax, not a message */
                "  - name: C%d\n    operators:\n"
                "      - {days: all, from: \"00:00\", to: \"08:00\", count: 1}\n"
                "      - {days: all, from: \"08:00\", to: \"24:00\", count: 2}\n", i);
        used += (size_t)snprintf(yaml + used, size - used, "areas:\n"); /* syntax, not a message */
        for (int i = 0; i < n; i++) /* syntax, not a message */
            used += (size_t)snprintf(yaml + used, size - used, "  - {name: A%d, population: 10000, centre: C%d}\n", i, i);
        struct lv_scenario *s = load_text("scale", yaml);
        free(yaml);
        if (!s)
            return 1;
        double days = ceil(1e6 / (n * 10000.0 / 365));
        double calls[2], events[2], dt[2] = {INFINITY, INFINITY};
        for (int round = 0; round < 3; round++) /* the best of three: the least disturbed */
            for (int h = 0; h < 2; h++) {
                double seconds;
                if (simulate_once(s, days * (h + 1) * 86400, &calls[h], &events[h], &seconds) != 0) {
                    lv_scenario_free(s);
                    return 1;
                }
                if (seconds < dt[h])
                    dt[h] = seconds;
            }
        lv_scenario_free(s);
        double per_call = (dt[1] - dt[0]) / (calls[1] - calls[0]);
        if (k == 0)
            base = per_call;
        char name[128], what[64];
        lv_msg_expand(what, sizeof what, lv_msg(LV_MSG_CLI_BENCH_SCALE, lang), 1, (const char *[]){lv_msg_int(n).s});
        snprintf(name, sizeof name, "%-28s", what);
        say(stdout, LV_MSG_CLI_BENCH_SCALE_RESULT, name, number(0, 0, true, calls[1] - calls[0]).s,
            number(0, 3, true, dt[1] - dt[0]).s, number(0, 0, true, days).s, number(0, 3, true, per_call * 1e6).s,
            number(0, 2, true, per_call / base).s, lv_msg_int(counts[0]).s, lv_msg_int(peak_rss_kib()).s, NULL);
    }
    return 0;
}

/* What a sweep pays per point besides simulating: building the scenario (with an override) and
 * summarising it, against the run itself (the default scenario, 10 replications, one thread). */
static int sweep_overhead(void)
{
    struct lv_diags d;
    lv_diags_init(&d);
    d.lang = lang;
    struct lv_override ov;
    char buf[128];
    lv_override_parse("centre.operators[2].count=3", buf, sizeof buf, &ov);
    const int builds = 100;
    double t0 = now_s();
    struct lv_scenario *s = NULL;
    for (int i = 0; i < builds; i++) {
        lv_scenario_free(s);
        s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", &ov, 1, &d);
    }
    double build = (now_s() - t0) / builds;
    lv_diags_fini(&d);
    if (!s)
        return 1;
    struct lv_run_options o = {.replications = 10, .seed = 1, .jobs = 1, .lang = lang};
    struct lv_results r;
    t0 = now_s();
    if (lv_run(s, &o, &r) != 0)
        return 1;
    double run = now_s() - t0;
    struct lv_summary sum;
    t0 = now_s();
    if (lv_summary_compute(&r, &sum) != 0)
        return 1;
    double summary = now_s() - t0;
    char name[128];
    snprintf(name, sizeof name, "%-28s", lv_msg(LV_MSG_CLI_BENCH_SWEEP_POINT, lang));
    say(stdout, LV_MSG_CLI_BENCH_SWEEP_RESULT, name, number(0, 2, true, build * 1e3).s, number(0, 2, true, summary * 1e3).s,
        number(0, 1, true, run * 1e3).s, number(0, 1, true, 100 * (build + summary) / run).s, NULL);
    lv_summary_fini(&sum);
    lv_results_fini(&r);
    lv_scenario_free(s);
    return 0;
}

/* ---- the reference: a minimal hand-written loop of the same model (issue 14) ----
 * M/M/c+M (Erlang A; no patience: Erlang C) with first-come first-served answering: xoshiro256+
 * for uniforms and -m log(1 - u) for exponentials, a binary heap of events, abandonments of
 * callers already answered skipped when they come up. No allocation in the loop. What lvsim's
 * speed is measured against: lvsim ÷ reference in one run on one machine. */
struct ref_event {
    double t;
    uint32_t what; /* REF_ARRIVAL, REF_END, or a caller's number + REF_ABANDON */
};
enum { REF_ARRIVAL = 0, REF_END = 1, REF_ABANDON = 2, REF_RING = 1 << 16 };

struct ref {
    uint64_t s[4];
    struct ref_event *heap;
    size_t n;
    double arrival[REF_RING]; /* waiting callers by number % REF_RING */
    uint32_t waiting_id[REF_RING];
    uint32_t head, tail;      /* callers head .. tail - 1 are in the queue (some abandoned) */
    unsigned char gone[REF_RING];
    uint64_t calls, answered, within, abandoned;
};

static uint64_t ref_rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static double ref_uniform(struct ref *r)
{
    uint64_t *s = r->s, result = s[0] + s[3], t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ref_rotl(s[3], 45);
    return (double)(result >> 11) * 0x1.0p-53;
}

static double ref_exp(struct ref *r, double mean) { return -mean * log(1 - ref_uniform(r)); }

static void ref_push(struct ref *r, double t, uint32_t what)
{
    size_t i = r->n++;
    while (i > 0 && r->heap[(i - 1) / 2].t > t) {
        r->heap[i] = r->heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    r->heap[i] = (struct ref_event){t, what};
}

static struct ref_event ref_pop(struct ref *r)
{
    struct ref_event top = r->heap[0], last = r->heap[--r->n];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= r->n)
            break;
        if (c + 1 < r->n && r->heap[c + 1].t < r->heap[c].t)
            c++;
        if (r->heap[c].t >= last.t)
            break;
        r->heap[i] = r->heap[c];
        i = c;
    }
    if (r->n > 0)
        r->heap[i] = last;
    return top;
}

/* Simulates `calls` arrivals at `per_hour` to `servers` with mean talk `talk_s` and mean patience
 * `patience_s` (0: none); the share answered within `within_s` and abandoned into *within and
 * *abandoned. Returns calls per second (wall time on one thread, as bench() measures), or -1. */
static double reference_loop(double calls, double per_hour, int servers, double talk_s, double patience_s,
                             double within_s, double *within, double *abandoned)
{
    struct ref *r = calloc(1, sizeof *r);
    if (!r || !(r->heap = malloc((size_t)(servers + REF_RING + 2) * sizeof *r->heap))) {
        free(r);
        return -1;
    }
    uint64_t x = 1;
    for (int i = 0; i < 4; i++) { /* SplitMix64 seeding */
        uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        r->s[i] = z ^ (z >> 31);
    }
    double gap = 3600 / per_hour;
    int idle = servers;
    uint64_t limit = (uint64_t)calls;
    double t0 = now_s();
    ref_push(r, ref_exp(r, gap), REF_ARRIVAL);
    while (r->n > 0) {
        struct ref_event e = ref_pop(r);
        if (e.what == REF_ARRIVAL) {
            r->calls++;
            if (r->calls < limit)
                ref_push(r, e.t + ref_exp(r, gap), REF_ARRIVAL);
            if (idle > 0) {
                idle--;
                r->answered++;
                r->within++;
                ref_push(r, e.t + ref_exp(r, talk_s), REF_END);
            } else {
                if (r->tail - r->head == REF_RING)
                    break; /* the queue outgrew the ring: not this model */
                uint32_t id = r->tail++, k = id % REF_RING;
                r->arrival[k] = e.t;
                r->waiting_id[k] = id;
                r->gone[k] = 0;
                if (patience_s > 0)
                    ref_push(r, e.t + ref_exp(r, patience_s), REF_ABANDON + id); /* fewer than 4e9 calls */
            }
        } else if (e.what == REF_END) {
            while (r->head != r->tail && r->gone[r->head % REF_RING])
                r->head++; /* abandoned: skipped */
            if (r->head == r->tail) {
                idle++;
                continue;
            }
            uint32_t k = r->head++ % REF_RING;
            r->gone[k] = 1;
            r->answered++;
            r->within += e.t - r->arrival[k] <= within_s;
            ref_push(r, e.t + ref_exp(r, talk_s), REF_END);
        } else {
            uint32_t id = e.what - REF_ABANDON, k = id % REF_RING;
            if (r->waiting_id[k] == id && !r->gone[k] && id - r->head < r->tail - r->head) {
                r->gone[k] = 1; /* still waiting: hangs up */
                r->abandoned++;
            } /* else answered already: a stale abandonment */
        }
    }
    double dt = now_s() - t0;
    *within = r->calls ? (double)r->within / r->calls : NAN;
    *abandoned = r->calls ? (double)r->abandoned / r->calls : NAN;
    double rate = r->calls / dt;
    free(r->heap);
    free(r);
    return rate;
}

static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec * 1e-6;
}

/* lvsim staff on the default centre as the command runs it (its default replications, the
 * interval form, 2 threads: the machines lvsim is measured on have 2 cores). */
static int staff_plan(void)
{
    struct lv_diags d;
    lv_diags_init(&d);
    d.lang = lang;
    struct lv_scenario *s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", NULL, 0, &d);
    lv_diags_fini(&d);
    if (!s)
        return 1;
    struct lv_staff_options o = {.replications = lv_staff_default_replications(s), .seed = s->seed, .jobs = 2,
                                 .form = LV_STAFF_FORM_INTERVAL, .max_abandon = 1, .probability = 0.9, .lang = lang};
    struct lv_staff_plan p;
    char why[1024];
    double t0 = now_s(), c0 = cpu_s();
    int rc = lv_staff_plan(s, &o, &p, why, sizeof why);
    double wall = now_s() - t0, cpu = cpu_s() - c0;
    if (rc != 0) {
        say(stderr, LV_MSG_CLI_BENCH_FAILED, why, NULL);
        lv_scenario_free(s);
        return 1;
    }
    char name[128];
    snprintf(name, sizeof name, "%-28s", lv_msg(LV_MSG_CLI_BENCH_STAFF, lang));
    say(stdout, LV_MSG_CLI_BENCH_STAFF_RESULT, name, lv_msg_int(p.iterations).s, lv_msg_int(o.replications).s,
        lv_msg_int(o.jobs).s, number(0, 2, true, wall).s, number(0, 2, true, cpu).s, number(0, 0, true, p.plan_hours).s,
        lv_msg_int(peak_rss_kib()).s, NULL);
    lv_staff_plan_fini(&p);
    lv_scenario_free(s);
    return 0;
}

/* ---- memory with every output on (issue 14): one function and one call in main ---- */

/* Removes dir and the files in it (one level: what lvsim run -o/--csv/--html leaves). */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096];
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (unlink(path) != 0)
            remove_tree(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

/* The peak resident set of `lvsim run` (the binary beside this one) on the default scenario over
 * `years` simulated years with -o, --csv and --html into a temporary directory: a child process
 * each, its peak from wait4. Memory should not grow with the horizon (docs/performance.md, "Memory"). */
/* Each run's peak in a child process. Measured before the other benchmarks, while this process is
 * small: Linux carries a process's peak RSS over fork and exec (the child starts as a copy of this
 * process), so a child forked after the scale runs reported their 64 MB, not its own. The lines
 * go to out and are printed at the end. */
static int memory_with_outputs(const char *self, FILE *out)
{
    char lvsim[4096], dir[] = "/tmp/lvsim-bench.XXXXXX";
    const char *slash = strrchr(self, '/');
    snprintf(lvsim, sizeof lvsim, "%.*slvsim", slash ? (int)(slash - self + 1) : 0, self);
    if (access(lvsim, X_OK) != 0 || !mkdtemp(dir)) {
        say(out, LV_MSG_CLI_BENCH_MEMORY_SKIPPED, lvsim, NULL);
        return 0;
    }
    static const int years[] = {1, 10, 100};
    for (int k = 0; k < 3; k++) {
        char horizon[64], json[4200], csv[4200], html[4200];
        snprintf(horizon, sizeof horizon, "horizon=%dd", years[k] * 365); /* syntax, not a message */
        snprintf(json, sizeof json, "%s/run.json", dir);                  /* syntax, not a message */
        snprintf(csv, sizeof csv, "%s/csv", dir);                         /* syntax, not a message */
        snprintf(html, sizeof html, "%s/run.html", dir);                  /* syntax, not a message */
        double start = now_s();
        pid_t pid = fork();
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            execl(lvsim, lvsim, "run", "-q", "-r", "1", "--set", horizon, "-o", json, "--csv", csv, "--html", html,
                  (char *)NULL);
            _exit(127);
        }
        int status = 0;
        struct rusage ru;
        if (pid < 0 || wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            say(out, LV_MSG_CLI_BENCH_MEMORY_SKIPPED, lvsim, NULL);
            break;
        }
        say(out, LV_MSG_CLI_BENCH_MEMORY, number(3, 0, true, years[k]).s, number(0, 0, true, (double)ru.ru_maxrss).s,
            number(0, 2, true, now_s() - start).s, NULL);
    }
    remove_tree(dir);
    return 0;
}

int main(int argc, char **argv)
{
    gsl_set_error_handler_off();
    double calls = 1e7;
    int quick = 0;
#ifdef LVSIM_SOURCE_DIR
    const char *national = LVSIM_SOURCE_DIR "/scenarios/norway.yaml";
#else
    const char *national = "scenarios/norway.yaml";
#endif
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--calls") == 0 && i + 1 < argc)
            calls = atof(argv[++i]);
        else if (strcmp(argv[i], "--national") == 0 && i + 1 < argc)
            national = argv[++i];
        else if (strcmp(argv[i], "--quick") == 0)
            quick = 1;
        else {
            say(stderr, LV_MSG_CLI_BENCH_USAGE, NULL);
            return 2;
        }
    }
    if (quick)
        calls = 1e6;
    char *memory_lines = NULL;
    size_t memory_size = 0;
    if (!quick) { /* issue 14: memory with every output on; measured first, printed last */
        FILE *lines = open_memstream(&memory_lines, &memory_size);
        if (!lines || memory_with_outputs(argv[0], lines) != 0 || fclose(lines) != 0) {
            say(stderr, LV_MSG_E_OUT_OF_MEMORY, NULL);
            return 1;
        }
    }
    char yaml[2048];
    /* E5 at 100 calls per hour: the horizon that yields `calls` calls (syntax, not a message). */
    snprintf(yaml, sizeof yaml,
             "name: E5\nstart: 2025-01-06\nhorizon: %.0fh\nwarmup: 0\nseed: 1\n"
             "demand: {calls_per_hour: 100}\n"
             "calls:\n  types: [{name: all, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
             "  patience: {dist: exponential, mean: 5m}\n"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 12}]\n",
             calls / 100);
    double lvsim_a = 0, lvsim_c = 0;
    int rc = bench(lv_msg(LV_MSG_CLI_BENCH_E5, lang), yaml, 0, &lvsim_a);
    /* the same without patience: Erlang C (M/M/12 at 100 calls/h, occupancy 83 %); syntax, not a message */
    snprintf(yaml, sizeof yaml,
             "name: E5 without patience\nstart: 2025-01-06\nhorizon: %.0fh\nwarmup: 0\nseed: 1\n"
             "demand: {calls_per_hour: 100}\n"
             "calls:\n  types: [{name: all, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
             "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 12}]\n",
             calls / 100);
    if (rc == 0)
        rc = bench(lv_msg(LV_MSG_CLI_BENCH_ERLANG_C, lang), yaml, 0, &lvsim_c);
    if (rc == 0) { /* the hand-written loops of the same two models, and lvsim's speed against them */
        double within[2], abandoned[2];
        double ref_a = reference_loop(calls, 100, 12, 360, 300, 120, &within[0], &abandoned[0]);
        double ref_c = reference_loop(calls, 100, 12, 360, 0, 120, &within[1], &abandoned[1]);
        if (ref_a <= 0 || ref_c <= 0) {
            say(stderr, LV_MSG_E_OUT_OF_MEMORY, NULL);
            return 1;
        }
        const double rate[2] = {ref_a, ref_c}, ours[2] = {lvsim_a, lvsim_c};
        const enum lv_msg label[2] = {LV_MSG_CLI_BENCH_REF_E5, LV_MSG_CLI_BENCH_REF_ERLANG_C};
        for (int k = 0; k < 2; k++) {
            char name[128];
            snprintf(name, sizeof name, "%-28s", lv_msg(label[k], lang));
            say(stdout, LV_MSG_CLI_BENCH_REF_RESULT, name, number(8, 2, true, rate[k] / 1e6).s,
                number(0, 1, true, within[k] * 100).s, number(0, 1, true, abandoned[k] * 100).s,
                number(0, 2, true, ours[k] / rate[k]).s, NULL);
        }
    }
    if (rc == 0)
        rc = bench(lv_msg(LV_MSG_CLI_BENCH_DEFAULT_YEAR, lang), lv_default_scenario_text(), 365 * 86400.0, NULL);
    if (rc == 0)
        rc = bench_national(national);
    if (rc == 0)
        rc = scale_in_centres();
    if (rc == 0)
        rc = sweep_overhead();
    if (rc == 0)
        rc = staff_plan();
    if (rc == 0 && memory_lines)
        fputs(memory_lines, stdout);
    free(memory_lines);
    return rc;
}
