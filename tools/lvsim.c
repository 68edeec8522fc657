/* lvsim.c — the lvsim command: run, check and default. The only code that prints or exits.
 * Exit status: 0 ok, 1 runtime failure, 2 usage or input error. Results go to stdout or to the
 * named files, which are written to a temporary name first and renamed into place. */
#include "lvsim/calibrate.h"
#include "lvsim/compare.h"
#include "lvsim/diag.h"
#include "lvsim/erlang.h"
#include "lvsim/fit.h"
#include "lvsim/html.h"
#include "lvsim/output.h"
#include "lvsim/report.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/serve.h"
#include "lvsim/staff.h"
#include "lvsim/summary.h"
#include "lvsim/sweep.h"
#include "lvsim/trace.h"
#include "lvsim/explain.h"
#include "lvsim/units.h"
#include "lvsim/date.h"
#include "lvsim/version.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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
#include <arpa/inet.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_RUNTIME = 1, EXIT_USAGE = 2 };

/* The language of everything lvsim prints: messages, help and diagnostics (--lang, else the
 * locale's; set once by take_global_options before a command runs). */
static enum lv_language lang = LV_LANG_EN;
/* How CSV files are spelled (--csv-dialect). */
static enum lv_csv_dialect csv_dialect = LV_CSV_RFC4180;

static const char *text(enum lv_msg id) { return lv_msg(id, lang); }

/* Catalogue message id in lang, its {1}..{9} filled by the strings in ap (NULL-terminated), into
 * buf; returns buf. */
static char *vformat(char *buf, size_t size, enum lv_msg id, va_list ap)
{
    const char *args[LV_MSG_MAX_ARGS];
    int argc = lv_msg_args(args, ap);
    lv_msg_expand(buf, size, text(id), argc, args);
    return buf;
}

/* The same, malloc'd at the length it needs (arguments typed by users may be long); NULL if out
 * of memory. */
static char *vformat_alloc(enum lv_msg id, va_list ap)
{
    const char *args[LV_MSG_MAX_ARGS];
    int argc = lv_msg_args(args, ap);
    size_t n = lv_msg_expand(NULL, 0, text(id), argc, args);
    char *buf = malloc(n + 1);
    if (buf)
        lv_msg_expand(buf, n + 1, text(id), argc, args);
    return buf;
}

static char *format(char *buf, size_t size, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static char *format(char *buf, size_t size, enum lv_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    vformat(buf, size, id, ap);
    va_end(ap);
    return buf;
}

/* "lvsim CMD: " ("lvsim: " without cmd), message id with the strings that follow, a newline. */
static void complain(const char *cmd, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static void complain(const char *cmd, enum lv_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    char *msg = vformat_alloc(id, ap);
    va_end(ap);
    fprintf(stderr, "lvsim%s%s: %s\n", cmd ? " " : "", cmd ? cmd : "", msg ? msg : text(id));
    free(msg);
}

/* Message id with the strings that follow and a newline, on out. */
static void say(FILE *out, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static void say(FILE *out, enum lv_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    char *msg = vformat_alloc(id, ap);
    va_end(ap);
    fprintf(out, "%s\n", msg ? msg : text(id));
    free(msg);
}

/* complain, then how to get help; returns EXIT_USAGE. */
static int usage_error(const char *cmd, enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static int usage_error(const char *cmd, enum lv_msg id, ...)
{
    char command[64], help[128];
    va_list ap;
    va_start(ap, id);
    char *msg = vformat_alloc(id, ap);
    va_end(ap);
    snprintf(command, sizeof command, "lvsim%s%s", cmd ? " " : "", cmd ? cmd : "");
    fprintf(stderr, "%s: %s\n%s\n", command, msg ? msg : text(id),
            format(help, sizeof help, LV_MSG_CLI_TRY_HELP, command, NULL));
    free(msg);
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
        return text(LV_MSG_CLI_A_DIRECTORY);
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return text(LV_MSG_CLI_A_DEVICE);
    if (S_ISFIFO(mode))
        return text(LV_MSG_CLI_A_FIFO);
    return text(LV_MSG_E_FILE_NOT_REGULAR);
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
            format(why, n, LV_MSG_CLI_LINK_TO_NOTHING, NULL);
            return NULL;
        }
        if (stat(real, &st) == 0 && !S_ISREG(st.st_mode)) {
            format(why, n, LV_MSG_CLI_LINK_TO_OTHER, not_regular(st.st_mode), NULL);
            free(real);
            return NULL;
        }
        return real;
    }
    if (!S_ISREG(st.st_mode)) {
        format(why, n, LV_MSG_CLI_NOT_A_REGULAR_FILE, not_regular(st.st_mode), NULL);
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
        format(why, why_size, LV_MSG_E_OUT_OF_MEMORY, NULL);
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

/* An output a command will write: a file, or (dir) a folder of CSV tables; option names it.
 * in_place: a whole scenario written in place of the one read (staff, calibrate and fit -o): it
 * may replace the command's first input, the top file, never a file that one extends. */
struct planned_output {
    const char *option, *path;
    bool dir, in_place;
};

/* Where path would be written, spelt one way for every spelling: the folder's real path and the
 * name (a link's target for a link). NULL with why filled when it could not be written. */
static char *output_identity(const struct planned_output *o, char *why, size_t n)
{
    char *target = o->dir ? strdup(o->path) : output_target(o->path, why, n);
    if (!target)
        return NULL;
    for (size_t len = strlen(target); o->dir && len > 1 && target[len - 1] == '/'; len--)
        target[len - 1] = '\0'; /* --csv out/: the folder out, to be made in . */
    struct stat st;
    if (o->dir && stat(target, &st) == 0) { /* an existing folder: itself */
        char *real = S_ISDIR(st.st_mode) ? realpath(target, NULL) : NULL;
        if (!real)
            format(why, n, LV_MSG_CLI_FILE_OF_THAT_NAME, NULL);
        free(target);
        return real;
    }
    const char *slash = strrchr(target, '/');
    const char *name = slash ? slash + 1 : target;
    char *folder = slash ? strndup(target, (size_t)(slash - target) + (slash == target)) : strdup(".");
    char *real = folder ? realpath(folder, NULL) : NULL;
    char *id = NULL;
    if (!real)
        snprintf(why, n, "%s", strerror(folder ? errno : ENOMEM));
    else if (access(real, W_OK | X_OK) != 0)
        snprintf(why, n, "%s", strerror(errno));
    else if ((id = malloc(strlen(real) + strlen(name) + 2)))
        sprintf(id, "%s/%s", strcmp(real, "/") == 0 ? "" : real, name);
    free(real);
    free(folder);
    free(target);
    return id;
}

/* Whether file output f (identity fid) is a .csv file directly in the CSV folder d (identity did):
 * the set's tables would replace it (`--csv out -o out/summary.csv`). */
static bool inside_csv_folder(const struct planned_output *f, const char *fid, const struct planned_output *d,
                              const char *did)
{
    size_t n = strlen(did), len = strlen(fid);
    return d->dir && !f->dir && len > n + 5 && strncmp(fid, did, n) == 0 && fid[n] == '/' &&
           !strchr(fid + n + 1, '/') && strcmp(fid + len - 4, ".csv") == 0;
}

/* Before any work, what would fail or destroy data after it: an output that cannot be written
 * (its folder missing, a device, ...), an output that is an input (`run x.yaml -o x.yaml` would
 * replace the scenario with results), two outputs of one name (one would replace the other).
 * Inputs that are NULL or "-" are skipped. Complains; EXIT_OK, EXIT_RUNTIME or EXIT_USAGE. */
static int check_outputs(const char *cmd, const char *const *inputs, int input_count,
                         const struct planned_output *out, int count);

/* The same against every file a loaded scenario read (it and the files it extends): run with
 * child.yaml extending base.yaml must not write its results over base.yaml. */
static int check_outputs_against(const char *cmd, const struct lv_scenario *s, const struct planned_output *out,
                                 int count)
{
    return check_outputs(cmd, (const char *const *)s->read_files, s->read_file_count, out, count);
}

static int check_outputs(const char *cmd, const char *const *inputs, int input_count,
                         const struct planned_output *out, int count)
{
    enum { MAX_OUTPUTS = 8 };
    char *id[MAX_OUTPUTS] = {NULL};
    int rc = EXIT_OK;
    for (int i = 0; i < count && i < MAX_OUTPUTS && rc == EXIT_OK; i++) {
        char why[256];
        if (!out[i].path)
            continue;
        if (!(id[i] = output_identity(&out[i], why, sizeof why))) {
            complain(cmd, out[i].dir ? LV_MSG_CLI_CANNOT_CREATE_DIR : LV_MSG_E_CANNOT_WRITE_FILE, out[i].path, why, NULL);
            rc = EXIT_RUNTIME;
            break;
        }
        for (int j = 0; j < i && rc == EXIT_OK; j++)
            if (id[j] && (strcmp(id[i], id[j]) == 0 || inside_csv_folder(&out[i], id[i], &out[j], id[j]) ||
                          inside_csv_folder(&out[j], id[j], &out[i], id[i])))
                rc = usage_error(cmd, LV_MSG_CLI_OUTPUTS_SAME, out[j].option, out[i].option, out[i].path, NULL);
        struct stat so, si;
        bool exists = stat(id[i], &so) == 0;
        for (int k = 0; k < input_count && rc == EXIT_OK && exists; k++) {
            if (!inputs[k] || strcmp(inputs[k], "-") == 0 || (k == 0 && out[i].in_place))
                continue;
            if (stat(inputs[k], &si) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino)
                rc = usage_error(cmd, LV_MSG_CLI_OUTPUT_IS_INPUT, out[i].option, out[i].path, NULL);
        }
    }
    for (int i = 0; i < MAX_OUTPUTS; i++)
        free(id[i]);
    return rc;
}

/* --set KEY=VALUE arguments of one command line. */
#define MAX_OVERRIDES 256
struct overrides {
    int count;
    struct lv_override item[MAX_OVERRIDES];
    char buf[MAX_OVERRIDES][1024];
    char typed[MAX_OVERRIDES][1040]; /* --add-staff CHANGE as the override "add-staff=CHANGE" */
};

static int add_override(struct overrides *o, const char *cmd, const char *arg)
{
    if (o->count == MAX_OVERRIDES)
        return usage_error(cmd, LV_MSG_CLI_TOO_MANY_SETS, lv_msg_int(MAX_OVERRIDES).s, NULL);
    if (lv_override_parse(arg, o->buf[o->count], sizeof o->buf[o->count], &o->item[o->count]) != 0)
        return usage_error(cmd, LV_MSG_CLI_SET_SYNTAX, arg, NULL);
    o->count++;
    return EXIT_OK;
}

/* --add-staff CHANGE: the override `add-staff=CHANGE` (sim/scenario/addstaff.c). */
static int add_staff(struct overrides *o, const char *cmd, const char *change)
{
    if (o->count == MAX_OVERRIDES)
        return usage_error(cmd, LV_MSG_CLI_TOO_MANY_SETS, lv_msg_int(MAX_OVERRIDES).s, NULL);
    char *typed = o->typed[o->count];
    /* syntax, not a message */
    if ((size_t)snprintf(typed, sizeof o->typed[0], "add-staff=%s", change) >= sizeof o->typed[0])
        return usage_error(cmd, LV_MSG_CLI_ADD_STAFF_TOO_LONG, change, NULL);
    return add_override(o, cmd, typed);
}

/* "default" names the built-in scenario (as `lvsim default` prints it) unless a file has that name. */
static const char *scenario_path(const char *path)
{
    return path && strcmp(path, "default") == 0 && access(path, F_OK) != 0 ? NULL : path;
}

static struct lv_scenario *load(const char *path, const struct overrides *o, struct lv_diags *diags)
{
    path = scenario_path(path);
    if (path)
        return lv_scenario_load(path, NULL, NULL, o->item, o->count, diags);
    return lv_scenario_load(NULL, lv_default_scenario_text(), "default", o->item, o->count, diags);
}

/* The CSV tables as one set: every file is written to a temporary name first and the set is
 * renamed into place only when all were written, so a failure leaves no partial set. */
/* What a set of CSV tables is written from: a run's results, or a comparison of two. */
struct csv_source {
    const struct lv_results *r, *b;   /* b: a comparison's run B, else NULL */
    const struct lv_summary *sum;     /* a run's */
    const struct lv_comparison *c;    /* a comparison's */
};

static int write_csv_table(const struct csv_source *src, const char *kind, FILE *f)
{
    return src->c ? lv_output_compare_csv(src->r, src->b, src->c, kind, csv_dialect, f)
                  : lv_output_csv_as(src->r, src->sum, kind, csv_dialect, f);
}

/* Whether a comparison has figures of a table that either run may leave out. */
static bool compared_any(const struct lv_comparison *c, int at, int count)
{
    for (int m = 0; m < count; m++)
        if (isfinite(c->a[at + m].mean) || isfinite(c->b[at + m].mean))
            return true;
    return false;
}

/* The tables of kinds[] into DIR/KIND.csv as one set (see write_csv_dir); cmd names the command
 * in messages. */
static int write_csv_set(const char *cmd, const char *dir, const struct csv_source *src, const char *const *kinds,
                         const bool *wanted, int count);

static int write_csv_dir(const char *dir, const struct lv_results *r, const struct lv_summary *sum)
{
    static const char *kinds[] = {"summary", "intervals", "urgencies", "sites", "areas", "days", "site_intervals",
                                  "overloaded", "overloaded_centres", "shrinkage", "shrinkage_sites", "call_handling"};
    enum { KINDS = sizeof kinds / sizeof *kinds };
    bool wanted[KINDS];
    for (int i = 0; i < KINDS; i++) {
        wanted[i] = true;
        if (strcmp(kinds[i], "site_intervals") == 0 && sum->site_interval_sites == 0)
            wanted[i] = false; /* one centre: its hours are intervals.csv */
        if (strcmp(kinds[i], "overloaded") == 0 && sum->overloaded_count == 0)
            wanted[i] = false; /* a healthy run: no table, as no key in the JSON */
        if (strcmp(kinds[i], "overloaded_centres") == 0 && sum->site_overloaded_count == 0)
            wanted[i] = false; /* likewise */
        if (strcmp(kinds[i], "shrinkage") == 0 && !sum->away_used && !sum->callbacks_used)
            wanted[i] = false; /* no time away, no callbacks: likewise */
        if (strcmp(kinds[i], "call_handling") == 0 && !sum->amk_used && !sum->consults_used)
            wanted[i] = false; /* no AMK conferences, no consults: likewise */
        if (strcmp(kinds[i], "shrinkage_sites") == 0 && !(sum->away_used && sum->site_count > 1))
            wanted[i] = false; /* no time away, or one site: the run's figures say it all */
    }
    struct csv_source src = {.r = r, .sum = sum};
    return write_csv_set("run", dir, &src, kinds, wanted, KINDS);
}

/* lvsim compare --csv DIR: summary, intervals, and shrinkage and call_handling when used. */
static int write_compare_csv_dir(const char *dir, const struct lv_results *a, const struct lv_results *b,
                                 const struct lv_comparison *c)
{
    static const char *kinds[] = {"summary", "intervals", "shrinkage", "call_handling"};
    bool wanted[] = {true, true, compared_any(c, c->shrinkage_at, LV_SHRINKAGE_METRIC_COUNT),
                     compared_any(c, c->call_handling_at, LV_CALL_HANDLING_METRIC_COUNT)};
    struct csv_source src = {.r = a, .b = b, .c = c};
    return write_csv_set("compare", dir, &src, kinds, wanted, 4);
}

static int write_csv_set(const char *cmd, const char *dir, const struct csv_source *src, const char *const *kinds,
                         const bool *wanted, int count)
{
    enum { KINDS = 16 };
    struct stat st;
    bool made = false;
    if (mkdir(dir, 0755) == 0)
        made = true;
    else if (errno != EEXIST || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        complain(cmd, LV_MSG_CLI_CANNOT_CREATE_DIR, dir,
                 errno == EEXIST ? text(LV_MSG_CLI_FILE_OF_THAT_NAME) : strerror(errno), NULL);
        return -1;
    }
    struct atomic_file files[KINDS];
    memset(files, 0, sizeof files);
    int rc = 0;
    for (int i = 0; i < count && i < KINDS && rc == 0; i++) {
        if (!wanted[i])
            continue;
        char path[4096], why[256];
        snprintf(path, sizeof path, "%s/%s.csv", dir, kinds[i]);
        if (atomic_open(&files[i], path, why, sizeof why) != 0) {
            complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, why, NULL);
            rc = -1;
        } else if (atomic_close(&files[i], write_csv_table(src, kinds[i], files[i].f) == 0) != 0) {
            complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(errno), NULL);
            rc = -1;
        }
    }
    for (int i = 0; i < count && i < KINDS && rc == 0; i++)
        if (files[i].tmp && rename(files[i].tmp, files[i].path) != 0) {
            complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, files[i].path, strerror(errno), NULL);
            rc = -1;
        }
    for (int i = 0; i < KINDS; i++)
        atomic_discard(&files[i]);
    if (rc != 0 && made)
        rmdir(dir);
    return rc;
}

static int write_atomically(const char *path, const char *content, const char *cmd)
{
    struct atomic_file a;
    char why[256];
    format(why, sizeof why, LV_MSG_E_OUT_OF_MEMORY, NULL);
    if (!content || atomic_open(&a, path, why, sizeof why) != 0) {
        if (content)
            atomic_discard(&a);
        complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, why, NULL);
        return -1;
    }
    int ok = fputs(content, a.f) >= 0 && fputc('\n', a.f) != EOF;
    if (atomic_commit(&a, ok) != 0) {
        complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(errno), NULL);
        return -1;
    }
    return 0;
}

/* path written atomically by write(ctx, f) (0: written); cmd names the command in a complaint. */
static int write_file_by(const char *path, const char *cmd, int (*write)(const void *ctx, FILE *f), const void *ctx)
{
    struct atomic_file a;
    char why[256];
    if (atomic_open(&a, path, why, sizeof why) != 0) {
        atomic_discard(&a);
        complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, why, NULL);
        return -1;
    }
    if (atomic_commit(&a, write(ctx, a.f) == 0) != 0) {
        complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(errno), NULL);
        return -1;
    }
    return 0;
}

/* A run's JSON document and a line break, written as it is made (lv_output_json_write). */
struct json_source {
    const struct lv_results *r;
    const struct lv_summary *sum;
};
static int put_json(const void *ctx, FILE *f)
{
    const struct json_source *src = ctx;
    return lv_output_json_write(src->r, src->sum, f) == 0 && fputc('\n', f) != EOF ? 0 : -1;
}

/* The HTML report of a results document (JSON text) into path, atomically: rendered in full
 * before anything is written. source names the document in an error (a file, or the command).
 * Returns 0, -2 when the document is not one to render (nothing written), -1 if writing failed. */
static int write_html(const char *path, const char *json, size_t len, enum lv_language html_lang,
                      const char *cmd, const char *source)
{
    char why[512];
    char *html = json ? lv_html_render(json, len, html_lang, why, sizeof why) : NULL;
    if (!html) {
        complain(cmd, LV_MSG_HTML_CLI_E_INPUT, source, json ? why : text(LV_MSG_E_OUT_OF_MEMORY), NULL);
        return -2;
    }
    struct atomic_file a;
    if (atomic_open(&a, path, why, sizeof why) != 0) {
        atomic_discard(&a);
        complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, why, NULL);
        free(html);
        return -1;
    }
    int ok = fputs(html, a.f) >= 0;
    free(html);
    if (atomic_commit(&a, ok) != 0) {
        complain(cmd, LV_MSG_E_CANNOT_WRITE_FILE, path, strerror(errno), NULL);
        return -1;
    }
    return 0;
}

struct trace_source {
    const struct lv_trace *t;
    const struct lv_scenario *s;
};
static int put_trace(const void *ctx, FILE *f)
{
    const struct trace_source *src = ctx;
    return lv_trace_write_csv(src->t, src->s, f);
}

/* The trace of replication 0 as lvsim fit's call log; an incomplete trace is not written. */
static int write_trace(const char *path, const struct lv_trace *t, const struct lv_scenario *s)
{
    if (t->full || t->no_memory) {
        if (t->full)
            complain("run", LV_MSG_CLI_TRACE_FULL, path, lv_msg_int((long long)t->limit).s, NULL);
        else
            complain("run", LV_MSG_E_CANNOT_WRITE_FILE, path, text(LV_MSG_E_OUT_OF_MEMORY), NULL);
        return -1;
    }
    struct trace_source src = {t, s};
    return write_file_by(path, "run", put_trace, &src);
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
            usage_error(cmd, LV_MSG_CLI_REPLICATIONS, lv_msg_int(min_replications).s, optarg, NULL);
            return -1;
        }
        return 1;
    case 's':
        if (parse_count(optarg, 0, INT64_MAX, &f->seed) != 0) {
            usage_error(cmd, LV_MSG_CLI_SEED, optarg, NULL);
            return -1;
        }
        return 1;
    case 'j':
        if (parse_count(optarg, 1, 1024, &f->jobs) != 0) {
            usage_error(cmd, LV_MSG_CLI_JOBS, optarg, NULL);
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
                                         {"trace", required_argument, NULL, 'T'},
                                         {"html", required_argument, NULL, 'H'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"set", required_argument, NULL, 'S'},
                                         {"add-staff", required_argument, NULL, 'A'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    static struct overrides ov; /* large; one command line per process */
    ov.count = 0;
    struct run_flags f = {.seed = -1};
    const char *csv = NULL, *trace_path = NULL, *html = NULL;
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
        case 'T':
            trace_path = optarg;
            break;
        case 'H':
            html = optarg;
            break;
        case 'S':
            if (add_override(&ov, "run", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'A':
            if (add_staff(&ov, "run", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'h':
            fputs(text(LV_MSG_CLI_USAGE_RUN), stdout);
            fputs(text(LV_MSG_HTML_CLI_USAGE_OPTIONS), stdout);
            return EXIT_OK;
        case ':':
            return usage_error("run", LV_MSG_CLI_NEEDS_VALUE, argv[optind - 1], NULL);
        default:
            return usage_error("run", LV_MSG_CLI_UNKNOWN_OPTION, argv[optind - 1], NULL);
        }
    }
    if (argc - optind > 1)
        return usage_error("run", LV_MSG_CLI_RUN_ONE_FILE, argv[optind + 1], NULL);
    const char *path = optind < argc ? argv[optind] : NULL;
    const struct planned_output outputs[] = {
        {"-o", f.output, false, false}, {"--html", html, false, false}, {"--csv", csv, true, false},
        {"--trace", trace_path, false, false}};
    int checked = check_outputs("run", &path, 1, outputs, 4);
    if (checked != EXIT_OK)
        return checked;

    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_scenario *s = load(path, &ov, &diags);
    if (!s) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    if ((checked = check_outputs_against("run", s, outputs, 4)) != EXIT_OK) {
        lv_scenario_free(s);
        return checked;
    }
    char error[640];
    struct lv_trace trace;
    lv_trace_init(&trace);
    lv_trace_stream(&trace, (size_t)1 << 16); /* only written: 3 MB of it in memory, the rest in runs on disk */
    struct lv_run_options o = {.lang = lang,
                               .replications = f.replications ? (int)f.replications : s->replications,
                               .seed = f.seed >= 0 ? (uint64_t)f.seed : s->seed,
                               .jobs = (int)(f.jobs ? f.jobs : default_jobs()),
                               .error = error,
                               .error_size = sizeof error,
                               .trace = trace_path ? &trace : NULL};
    struct lv_results results;
    struct lv_summary sum;
    int rc = EXIT_OK;
    int ran = lv_run(s, &o, &results);
    if (ran != 0) {
        fprintf(stderr, "lvsim run: %s\n", error); /* the library's message, in lang */
        lv_trace_fini(&trace);
        lv_scenario_free(s);
        return ran == LV_TOO_LARGE ? EXIT_USAGE : EXIT_RUNTIME;
    }
    if (lv_summary_compute(&results, &sum) != 0) {
        complain("run", LV_MSG_CLI_SUMMARY_NO_MEMORY, NULL);
        rc = EXIT_RUNTIME;
        goto done_results;
    }
    /* The document is written as it is made, and the page drawn from a smaller one of its own
     * (lv_output_page_json): neither grows with the horizon (docs/performance.md, "Memory"). */
    struct json_source doc = {&results, &sum};
    if (f.output && write_file_by(f.output, "run", put_json, &doc) != 0)
        rc = EXIT_RUNTIME;
    if (rc == EXIT_OK && html) {
        char *json = lv_output_page_json(&results, &sum);
        if (write_html(html, json, json ? strlen(json) : 0, lang, "run", "run") != 0)
            rc = EXIT_RUNTIME;
        free(json);
    }
    if (rc == EXIT_OK && csv && write_csv_dir(csv, &results, &sum) != 0)
        rc = EXIT_RUNTIME;
    if (rc == EXIT_OK && trace_path && write_trace(trace_path, &trace, s) != 0)
        rc = EXIT_RUNTIME;
    if (rc == EXIT_OK && !f.quiet && lv_output_text_in(&results, &sum, lang, stdout) != 0)
        rc = EXIT_RUNTIME;
    lv_summary_fini(&sum);
done_results:
    lv_results_fini(&results);
    lv_trace_fini(&trace);
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
                                         {"csv", required_argument, NULL, 'C'},
                                         {"html", required_argument, NULL, 'H'},
                                         {"add-staff", required_argument, NULL, 'A'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    static struct overrides both, only_b, b_all;
    const char *csv_dir = NULL;
    both.count = only_b.count = b_all.count = 0;
    struct run_flags f = {.seed = -1};
    const char *html = NULL;
    static char b_changes[MAX_OVERRIDES * 1060]; /* B's own overrides as given, for the JSON and the text */
    b_changes[0] = '\0';
    int c, shared;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":r:s:j:o:qh", opts, NULL)) != -1) {
        if ((c == 'B' || c == 'A') && only_b.count < MAX_OVERRIDES) { /* as given; --add-staff as its override */
            size_t used = strlen(b_changes);
            const char *key = c == 'A' ? "add-staff=" : ""; /* syntax, not a message */
            snprintf(b_changes + used, sizeof b_changes - used, "%s%s%s", used ? "; " : "", key, optarg);
        }
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
        case 'C':
            csv_dir = optarg;
            break;
        case 'H':
            html = optarg;
            break;
        case 'A': /* the change is what is compared: B only */
            if (add_staff(&only_b, "compare", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'h':
            fputs(text(LV_MSG_CLI_USAGE_COMPARE), stdout);
            fputs(text(LV_MSG_HTML_CLI_USAGE_OPTIONS), stdout);
            return EXIT_OK;
        case ':':
            return usage_error("compare", LV_MSG_CLI_NEEDS_VALUE, argv[optind - 1], NULL);
        default:
            return usage_error("compare", LV_MSG_CLI_UNKNOWN_OPTION, argv[optind - 1], NULL);
        }
    }
    int files = argc - optind;
    if (files < 1 || files > 2)
        return usage_error("compare", LV_MSG_CLI_COMPARE_FILES, NULL);
    if (files == 1 && only_b.count == 0)
        return usage_error("compare", LV_MSG_CLI_COMPARE_NEEDS_B, NULL);
    const char *pa = scenario_path(argv[optind]);
    const char *pb = files == 2 ? scenario_path(argv[optind + 1]) : pa;
    const char *inputs[] = {pa, pb};
    const struct planned_output outputs[] = {{"-o", f.output, false, false}, {"--html", html, false, false}, {"--csv", csv_dir, true, false}};
    int checked = check_outputs("compare", inputs, 2, outputs, 3);
    if (checked != EXIT_OK)
        return checked;
    /* B's overrides: the common ones, then B's own. */
    for (int i = 0; i < both.count; i++)
        b_all.item[b_all.count++] = both.item[i];
    for (int i = 0; i < only_b.count && b_all.count < MAX_OVERRIDES; i++)
        b_all.item[b_all.count++] = only_b.item[i];
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_scenario *sa = load(pa, &both, &diags), *sb = load(pb, &b_all, &diags);
    if (!sa || !sb) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        lv_scenario_free(sa);
        lv_scenario_free(sb);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    if ((checked = check_outputs_against("compare", sa, outputs, 3)) != EXIT_OK ||
        (checked = check_outputs_against("compare", sb, outputs, 3)) != EXIT_OK) {
        lv_scenario_free(sa);
        lv_scenario_free(sb);
        return checked;
    }
    char error[640];
    struct lv_run_options o = {.lang = lang,
                               .replications = f.replications ? (int)f.replications : sa->replications,
                               .seed = f.seed >= 0 ? (uint64_t)f.seed : sa->seed,
                               .jobs = (int)(f.jobs ? f.jobs : default_jobs()),
                               .error = error,
                               .error_size = sizeof error};
    if (o.replications < 2) {
        lv_scenario_free(sa);
        lv_scenario_free(sb);
        return usage_error("compare", LV_MSG_CLI_COMPARE_REPLICATIONS, NULL);
    }
    struct lv_results ra, rb;
    struct lv_comparison cmp;
    int rc = EXIT_OK;
    int ran = lv_run(sa, &o, &ra);
    if (ran != 0) {
        complain("compare", LV_MSG_CLI_COMPARE_A_FAILED, error, NULL);
        rc = ran == LV_TOO_LARGE ? EXIT_USAGE : EXIT_RUNTIME;
        goto free_scenarios;
    }
    if ((ran = lv_run(sb, &o, &rb)) != 0) {
        complain("compare", LV_MSG_CLI_COMPARE_B_FAILED, error, NULL);
        rc = ran == LV_TOO_LARGE ? EXIT_USAGE : EXIT_RUNTIME;
        goto free_a;
    }
    if (lv_compare(&ra, &rb, &cmp) != 0) {
        complain("compare", LV_MSG_CLI_COMPARE_INTERVALS, NULL);
        rc = EXIT_USAGE;
        goto free_b;
    }
    cmp.b_changes = b_changes;
    if (f.output || html) {
        char *json = lv_output_compare_json(&ra, &rb, &cmp);
        if (f.output && write_atomically(f.output, json, "compare") != 0)
            rc = EXIT_RUNTIME;
        if (rc == EXIT_OK && html &&
            write_html(html, json, json ? strlen(json) : 0, lang, "compare", "compare") != 0)
            rc = EXIT_RUNTIME;
        free(json);
    }
    if (rc == EXIT_OK && csv_dir && write_compare_csv_dir(csv_dir, &ra, &rb, &cmp) != 0)
        rc = EXIT_RUNTIME;
    if (rc == EXIT_OK && !f.quiet && lv_output_compare_text_in(&ra, &rb, &cmp, lang, stdout) != 0)
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
    char seconds[8], line[160];
    snprintf(seconds, sizeof seconds, "%02ld", eta % 60);
    format(line, sizeof line, LV_MSG_CLI_PROGRESS, lv_msg_int(done).s, lv_msg_int(total).s, lv_msg_int(eta / 60).s,
           seconds, NULL);
    fprintf(stderr, "] %s", line);
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
        complain(w->cmd, LV_MSG_CLI_WARNING, message, NULL);
}

static void warnings_done(const struct warning_sink *w)
{
    if (w->count > 20)
        complain(w->cmd, LV_MSG_CLI_MORE_DAMAGED, lv_msg_int(w->count - 20).s, NULL);
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

/* Set by Ctrl-C (SIGINT) during a sweep: no further point starts; the handler does nothing else,
 * the message is printed once the sweep has stopped. A second Ctrl-C ends the process at once
 * (SA_RESETHAND). The one global of the tool: a signal handler has no other way to say it. */
static volatile sig_atomic_t sweep_interrupted;

static void on_interrupt(int sig)
{
    (void)sig;
    sweep_interrupted = 1;
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
                return usage_error("sweep", LV_MSG_CLI_JOBS, optarg, NULL);
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
                return usage_error("sweep", LV_MSG_CLI_SWEEP_SET_SYNTAX, optarg, NULL);
            sets[nsets++] = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            fputs(text(LV_MSG_CLI_USAGE_SWEEP), stdout);
            return EXIT_OK;
        case ':':
            return usage_error("sweep", LV_MSG_CLI_NEEDS_VALUE, argv[optind - 1], NULL);
        default:
            return usage_error("sweep", LV_MSG_CLI_UNKNOWN_OPTION, argv[optind - 1], NULL);
        }
    }
    if (argc - optind != 1)
        return usage_error("sweep", LV_MSG_CLI_SWEEP_ONE_FILE, NULL);
    if (runs && shard)
        return usage_error("sweep", LV_MSG_CLI_RUNS_AND_SHARD, NULL);
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_sweep *sw = lv_sweep_load(argv[optind], &diags);
    if (sw)
        sw->csv_dialect = csv_dialect;
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
            return usage_error("sweep", LV_MSG_CLI_RUNS_SYNTAX, lv_msg_int(points).s, runs, NULL);
        return usage_error("sweep", LV_MSG_CLI_SHARD_SYNTAX, lv_msg_int(MAX_SHARDS).s, shard, NULL);
    }
    if (first > last && !list) {
        if (!quiet)
            complain("sweep", LV_MSG_CLI_SHARD_EMPTY, shard, lv_msg_int(sw->point_count).s, NULL);
        lv_sweep_free(sw);
        return EXIT_OK;
    }
    if (list) {
        bool *done = calloc((size_t)sw->point_count, sizeof *done);
        /* A part file that cannot be read (a device, too large) is an error, as for a run: the
         * list still shows what the others hold, and the exit status says it is incomplete. */
        int scan_rc = done ? lv_sweep_scan(sw, dir, done, &warnings, err, sizeof err) : -1;
        warnings_done(&sink);
        if (!done)
            complain("sweep", LV_MSG_E_OUT_OF_MEMORY, NULL);
        else if (scan_rc != 0)
            complain("sweep", LV_MSG_CLI_ERROR, err, NULL);
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
            printf("\t%s\n", text(done && done[p] ? LV_MSG_CLI_LIST_DONE : LV_MSG_CLI_LIST_TO_RUN));
        }
        free(done);
        lv_sweep_free(sw);
        return scan_rc == 0 ? EXIT_OK : scan_rc == LV_SWEEP_MISMATCH ? EXIT_USAGE : EXIT_RUNTIME;
    }
    struct stat before_open;
    bool dir_existed = stat(dir, &before_open) == 0;
    int open_rc = lv_sweep_open_dir(sw, dir, err, sizeof err);
    if (open_rc != 0) {
        complain("sweep", LV_MSG_CLI_ERROR, err, NULL);
        lv_sweep_free(sw);
        return open_rc == LV_SWEEP_MISMATCH ? EXIT_USAGE : EXIT_RUNTIME;
    }
    struct progress_bar bar = {0};
    clock_gettime(CLOCK_MONOTONIC, &bar.start);
    bool show = !quiet && isatty(STDERR_FILENO);
    struct lv_sweep_progress progress = {show ? draw_progress : NULL, &bar, &sweep_interrupted};
    struct sigaction on_int = {.sa_handler = on_interrupt, .sa_flags = SA_RESETHAND | SA_RESTART}, before;
    sigemptyset(&on_int.sa_mask);
    sweep_interrupted = 0;
    sigaction(SIGINT, &on_int, &before);
    int run_rc = lv_sweep_run(sw, dir, first, last, (int)(jobs ? jobs : default_jobs()), &progress, &warnings, err,
                              sizeof err);
    sigaction(SIGINT, &before, NULL);
    warnings_done(&sink);
    if (bar.shown)
        fputc('\n', stderr);
    if (run_rc == LV_SWEEP_STOPPED) { /* Ctrl-C: say what is kept and how to go on, exit as SIGINT would */
        bool *done = calloc((size_t)sw->point_count, sizeof *done);
        int saved = 0, slice = last - first + 1;
        if (done && lv_sweep_scan(sw, dir, done, NULL, err, sizeof err) == 0)
            for (int p = first; p <= last; p++)
                saved += done[p];
        free(done);
        complain("sweep", LV_MSG_CLI_SWEEP_INTERRUPTED, lv_msg_int(saved).s, lv_msg_int(slice).s, dir,
                 lv_msg_int(slice - saved).s, NULL);
        lv_sweep_free(sw);
        return 128 + SIGINT;
    }
    if (run_rc != 0) {
        complain("sweep", LV_MSG_CLI_ERROR, err, NULL);
        /* An invalid point is bad input: a directory this command made for nothing goes again. */
        if (run_rc == LV_SWEEP_INVALID && !dir_existed)
            lv_sweep_discard_dir(sw, dir, first, last);
        lv_sweep_free(sw);
        return run_rc == LV_SWEEP_MISMATCH || run_rc == LV_SWEEP_INVALID ? EXIT_USAGE : EXIT_RUNTIME;
    }
    int missing = 0;
    const char *dirs[1] = {dir};
    /* Damaged records were reported by the run's scan just now. */
    if (lv_sweep_finish(sw, dirs, 1, dir, NULL, &missing, err, sizeof err) != 0) {
        complain("sweep", LV_MSG_CLI_ERROR, err, NULL);
        rc = EXIT_RUNTIME;
    } else if (!quiet) {
        if (missing == 0)
            complain("sweep", LV_MSG_CLI_SWEEP_DONE, lv_msg_int(sw->point_count).s, dir, NULL);
        else
            complain("sweep", LV_MSG_CLI_SWEEP_PARTLY_DONE, lv_msg_int(first).s, lv_msg_int(last).s,
                     lv_msg_int(missing).s, lv_msg_int(sw->point_count).s, NULL);
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
            fputs(text(LV_MSG_CLI_USAGE_MERGE), stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--output") == 0) {
            if (++i == argc)
                return usage_error("merge", LV_MSG_CLI_NEEDS_VALUE, "-o", NULL);
            output = argv[i];
        } else if (strcmp(argv[i], "--set") == 0) {
            if (++i == argc || nsets == MAX_OVERRIDES)
                return usage_error("merge", LV_MSG_CLI_NEEDS_VALUE, "--set", NULL);
            sets[nsets++] = argv[i];
        } else if (argv[i][0] == '-') {
            return usage_error("merge", LV_MSG_CLI_UNKNOWN_OPTION, argv[i], NULL);
        } else if (nfiles < 256) {
            files[nfiles++] = argv[i];
        }
    }
    if (nfiles < 1)
        return usage_error("merge", LV_MSG_CLI_MERGE_FILES, NULL);
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_sweep *sw = lv_sweep_load(files[0], &diags);
    if (sw)
        sw->csv_dialect = csv_dialect;
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
        complain("merge", LV_MSG_CLI_ERROR, err, NULL);
        rc = r == LV_SWEEP_MISMATCH ? EXIT_USAGE : EXIT_RUNTIME;
    } else if (missing) {
        format(err, sizeof err, LV_MSG_CLI_MERGE_MISSING, lv_msg_int(missing).s, lv_msg_int(sw->point_count).s, NULL);
        complain("merge", LV_MSG_CLI_ERROR, err, NULL);
        rc = EXIT_RUNTIME;
    }
    lv_sweep_free(sw);
    return rc;
}

/* check --verbose: each call type with the values it runs with, after extends, overrides and the
 * common keys it takes. */
static void print_call_types(const struct lv_scenario *s)
{
    for (int i = 0; i < s->type_count; i++) {
        const struct lv_call_type *t = &s->types[i];
        const struct lv_dist *p = t->own_patience ? &t->patience : &s->patience;
        char share[32], talk[32], after[32], patience[96];
        snprintf(share, sizeof share, "%.4g %%", 100 * t->share); /* syntax, not a message */
        lv_format_duration(lv_dist_mean(&t->talk), talk, sizeof talk);
        lv_format_duration(lv_dist_mean(&t->after_call), after, sizeof after);
        if (p->kind == LV_DIST_NEVER) {
            snprintf(patience, sizeof patience, "%s", text(LV_MSG_CLI_CHECK_NEVER));
        } else {
            char mean[32];
            lv_format_duration(lv_dist_mean(p), mean, sizeof mean);
            snprintf(patience, sizeof patience, "%s %s", lv_dist_name(p->kind), mean); /* syntax, not a message */
        }
        say(stdout, LV_MSG_CLI_CHECK_TYPE, t->name, share, lv_dist_name(t->talk.kind), talk, after, patience,
            text(t->own_patience ? LV_MSG_CLI_CHECK_OWN : LV_MSG_CLI_CHECK_COMMON), NULL);
    }
}

static int cmd_check(int argc, char **argv)
{
    static struct overrides ov;
    ov.count = 0;
    const char *files[256];
    int nfiles = 0;
    bool verbose = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(text(LV_MSG_CLI_USAGE_CHECK), stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--set") == 0 || strncmp(argv[i], "--set=", 6) == 0) {
            const char *arg = argv[i][5] == '=' ? argv[i] + 6 : (i + 1 < argc ? argv[++i] : NULL);
            if (!arg)
                return usage_error("check", LV_MSG_CLI_NEEDS_VALUE, "--set", NULL);
            if (add_override(&ov, "check", arg) != EXIT_OK)
                return EXIT_USAGE;
        } else if (strcmp(argv[i], "--verbose") == 0 || strcmp(argv[i], "-v") == 0) {
            verbose = true;
        } else if (strcmp(argv[i], "--add-staff") == 0) {
            if (i + 1 >= argc)
                return usage_error("check", LV_MSG_CLI_NEEDS_VALUE, "--add-staff", NULL);
            if (add_staff(&ov, "check", argv[++i]) != EXIT_OK)
                return EXIT_USAGE;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage_error("check", LV_MSG_CLI_UNKNOWN_OPTION, argv[i], NULL);
        } else if (nfiles < 256) {
            files[nfiles++] = argv[i];
        }
    }
    if (nfiles == 0)
        return usage_error("check", LV_MSG_CLI_CHECK_FILES, NULL);
    int status = EXIT_OK;
    for (int i = 0; i < nfiles; i++) {
        struct lv_diags diags;
        lv_diags_init(&diags);
        diags.lang = lang;
        struct lv_scenario *s = load(files[i], &ov, &diags);
        if (!s) {
            lv_diags_write(&diags, stderr);
            status = EXIT_USAGE;
        } else {
            /* warnings: valid but likely not meant; the exit status stays 0 */
            const char *file = scenario_path(files[i]); /* NULL: the built-in */
            lv_scenario_warnings(file, file ? NULL : lv_default_scenario_text(), "default", ov.item, ov.count, &diags);
            lv_diags_write(&diags, stderr);
            say(stderr, LV_MSG_CLI_CHECK_OK, files[i], NULL);
            if (verbose)
                print_call_types(s);
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
            fputs(text(LV_MSG_CLI_USAGE_DEFAULT), stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--set") == 0 && i + 1 < argc) {
            if (add_override(&ov, "default", argv[++i]) != EXIT_OK)
                return EXIT_USAGE;
        } else if (strcmp(argv[i], "--add-staff") == 0 && i + 1 < argc) {
            if (add_staff(&ov, "default", argv[++i]) != EXIT_OK)
                return EXIT_USAGE;
        } else {
            return usage_error("default", LV_MSG_CLI_UNEXPECTED_ARGUMENT, argv[i], NULL);
        }
    }
    if (ov.count == 0) { /* the file as shipped, comments included */
        fputs(lv_default_scenario_text(), stdout);
        return ferror(stdout) ? EXIT_RUNTIME : EXIT_OK;
    }
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
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

static int cmd_keys(int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0))
        return fputs(text(LV_MSG_CLI_USAGE_KEYS), stdout) < 0 ? EXIT_RUNTIME : EXIT_OK;
    if (argc != 2 || strcmp(argv[1], "--markdown") != 0)
        return usage_error("keys", LV_MSG_CLI_EXPECTED_MARKDOWN, NULL);
    return lv_scenario_reference_markdown(stdout, lang) == 0 ? EXIT_OK : EXIT_RUNTIME;
}

/* lvsim fit CALLS.csv [--scenario BASE.yaml] [--level P] -o OUT.yaml: docs/fit.md. */
static int cmd_fit(int argc, char **argv)
{
    const char *csv = NULL, *base_path = NULL, *output = NULL;
    double level = 0.95;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            return fputs(text(LV_MSG_CLI_USAGE_FIT), stdout) < 0 ? EXIT_RUNTIME : EXIT_OK;
        }
        if ((strcmp(a, "-o") == 0 || strcmp(a, "--scenario") == 0 || strcmp(a, "--level") == 0) && i + 1 == argc)
            return usage_error("fit", LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        if (strcmp(a, "-o") == 0)
            output = argv[++i];
        else if (strcmp(a, "--scenario") == 0)
            base_path = argv[++i];
        else if (strcmp(a, "--level") == 0) {
            char *end;
            level = strtod(argv[++i], &end);
            if (*end || !(level >= 0.5 && level < 1))
                return usage_error("fit", LV_MSG_CLI_FIT_LEVEL, argv[i], NULL);
        } else if (a[0] == '-' && a[1])
            return usage_error("fit", LV_MSG_CLI_UNKNOWN_OPTION, a, NULL);
        else if (csv)
            return usage_error("fit", LV_MSG_CLI_FIT_ONE_LOG, a, NULL);
        else
            csv = a;
    }
    if (!csv || !output)
        return usage_error("fit", LV_MSG_CLI_FIT_EXPECTED, NULL);
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    static struct overrides none;
    struct lv_calllog log;
    struct lv_fit fit;
    struct lv_fit_options opt = {.level = level, .redial_window_s = 3600, .seed = 1};
    const char *inputs[] = {base_path, csv};
    const struct planned_output outputs[] = {{"-o", output, false, true}};
    int checked = check_outputs("fit", inputs, 2, outputs, 1);
    if (checked != EXIT_OK)
        return checked;
    struct lv_scenario *base = load(base_path, &none, &diags);
    char *yaml = NULL;
    int rc = EXIT_USAGE;
    if (base && (checked = check_outputs_against("fit", base, outputs, 1)) != EXIT_OK)
        rc = checked;
    else if (base && lv_calllog_read(&log, csv, &diags) == 0) {
        if (lv_fit_estimate(&fit, &log, base, &opt, csv, &diags) == 0) {
            yaml = lv_fit_scenario_yaml(&fit, base, base_path, csv, &diags);
            if (yaml)
                rc = write_atomically(output, yaml, "fit") != 0 ? EXIT_RUNTIME
                     : lv_fit_write_report(&fit, csv, lang, stdout) != 0 ? EXIT_RUNTIME : EXIT_OK;
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

/* lv_calibrate_format and lv_calibrate_format_metric in lang's numbers ("5,00 %"). */
static void cal_value(enum lv_calibrate_kind kind, double x, char *buf, size_t size)
{
    lv_calibrate_format(kind, x, buf, size);
    lv_report_localise(buf, size, lang);
}

static void cal_metric(enum lv_headline m, double v, char *buf, size_t size)
{
    lv_calibrate_format_metric(m, v, buf, size);
    lv_report_localise(buf, size, lang);
}

/* A fitted value and its 95 % half-width. A plain number and the half-width of a number or an
 * integer are shown to the half-width's second significant digit ("2.000 ± 0.031": "%.4g" made it
 * "2 ± 0.03064", as if the value were exact); durations, shares and integers as cal_value shows them. */
static void cal_fitted(enum lv_calibrate_kind kind, double x, double hw, char *bx, char *bh, size_t size)
{
    int decimals = isfinite(hw) && hw > 0 ? 1 - (int)floor(log10(hw)) : 4;
    decimals = decimals < 0 ? 0 : decimals > 12 ? 12 : decimals;
    if (kind == LV_CAL_NUMBER) {
        snprintf(bx, size, "%.*f", decimals, x);
        lv_report_localise(bx, size, lang);
    } else {
        cal_value(kind, x, bx, size);
    }
    if (kind == LV_CAL_NUMBER || kind == LV_CAL_INTEGER) {
        snprintf(bh, size, "%.*f", decimals, hw);
        lv_report_localise(bh, size, lang);
    } else {
        cal_value(kind, hw, bh, size);
    }
}

/* lvsim calibrate's report of one key fitted to one figure. */
static void report_one(const struct lv_calibrate_vary *v, const struct lv_calibrate_match *mt,
                       const struct lv_calibrate_result *r)
{
    const char *key = lv_headline_info(mt->metric)->key;
    enum lv_headline m = mt->metric;
    char t[64], lo[64], hi[64], flo[64], fhi[64], x[64], xhw[64], fx[64], fhw[64], slope[64];
    cal_metric(m, mt->target, t, sizeof t);
    cal_value(v->kind, v->lo, lo, sizeof lo);
    cal_value(v->kind, v->hi, hi, sizeof hi);
    cal_metric(m, r->f_lo.mean, flo, sizeof flo);
    cal_metric(m, r->f_hi.mean, fhi, sizeof fhi);
    cal_fitted(v->kind, r->x[0], r->x_half_width[0], x, xhw, sizeof x);
    cal_metric(m, r->f_x[0].mean, fx, sizeof fx);
    cal_metric(m, r->f_x[0].half_width, fhw, sizeof fhw);
    snprintf(slope, sizeof slope, "%.4g", r->slope);
    lv_report_localise(slope, sizeof slope, lang);
    say(stdout, LV_MSG_CAL_TITLE, v->path, key, t, NULL);
    say(stdout, LV_MSG_CAL_RANGE, lo, hi, flo, fhi, NULL);
    say(stdout, LV_MSG_CAL_FITTED, v->path, x, xhw, NULL);
    say(stdout, LV_MSG_CAL_AT_FIT, key, fx, fhw, slope, NULL);
    if (v->kind == LV_CAL_INTEGER) {
        char b[64], a[64], fb[64], fa[64];
        cal_value(LV_CAL_INTEGER, r->below, b, sizeof b);
        cal_value(LV_CAL_INTEGER, r->above, a, sizeof a);
        cal_metric(m, r->f_below.mean, fb, sizeof fb);
        cal_metric(m, r->f_above.mean, fa, sizeof fa);
        say(stdout, LV_MSG_CAL_INTEGER, b, fb, a, fa, x, NULL);
    }
    say(stdout, LV_MSG_CAL_EVALS, lv_msg_int(r->evaluations).s, lv_msg_int(r->replications).s,
        lv_msg_int((long long)r->seed).s, NULL);
    char cm[64], chw[64];
    cal_metric(m, r->check[0].mean, cm, sizeof cm);
    cal_metric(m, r->check[0].half_width, chw, sizeof chw);
    say(stdout, LV_MSG_CAL_CHECK, lv_msg_int((long long)r->seed + 1).s, key, cm, chw,
        text(r->check_ok ? LV_MSG_CAL_CHECK_IN : LV_MSG_CAL_CHECK_OUT), NULL);
}

/* The same for several keys and figures (Broyden). */
static void report_many(const struct lv_calibrate_vary *v, const struct lv_calibrate_match *mt,
                        const struct lv_calibrate_result *r)
{
    char a[64], b[64], c[64], d[64];
    for (int i = 0; i < r->count; i++) {
        cal_metric(mt[i].metric, mt[i].target, a, sizeof a);
        say(stdout, LV_MSG_CAL_TITLE, v[i].path, lv_headline_info(mt[i].metric)->key, a, NULL);
    }
    for (int i = 0; i < r->count; i++) {
        cal_fitted(v[i].kind, r->x[i], r->x_half_width[i], a, b, sizeof a);
        say(stdout, LV_MSG_CAL_FITTED, v[i].path, a, b, NULL);
    }
    for (int i = 0; i < r->count; i++) {
        cal_metric(mt[i].metric, r->f_x[i].mean, a, sizeof a);
        cal_metric(mt[i].metric, r->f_x[i].half_width, b, sizeof b);
        cal_metric(mt[i].metric, mt[i].target, c, sizeof c);
        say(stdout, LV_MSG_CAL_AT_FIT_MANY, lv_headline_info(mt[i].metric)->key, a, b, c, NULL);
    }
    say(stdout, LV_MSG_CAL_EVALS, lv_msg_int(r->evaluations).s, lv_msg_int(r->replications).s,
        lv_msg_int((long long)r->seed).s, NULL);
    for (int i = 0; i < r->count; i++) {
        bool in = fabs(r->check[i].mean - mt[i].target) <= r->check[i].half_width;
        cal_metric(mt[i].metric, r->check[i].mean, a, sizeof a);
        cal_metric(mt[i].metric, r->check[i].half_width, b, sizeof b);
        snprintf(d, sizeof d, "%lld", (long long)r->seed + 1);
        say(stdout, LV_MSG_CAL_CHECK, d, lv_headline_info(mt[i].metric)->key, a, b,
            text(in ? LV_MSG_CAL_CHECK_IN : LV_MSG_CAL_CHECK_OUT), NULL);
    }
}

/* lvsim calibrate BASE.yaml --match FIGURE=VALUE --vary KEY.PATH=LO..HI -o OUT.yaml: docs/calibrate.md. */
static int cmd_calibrate(int argc, char **argv)
{
    const char *base_path = NULL, *output = NULL;
    struct lv_calibrate_vary vary[LV_CALIBRATE_MAX];
    struct lv_calibrate_match match[LV_CALIBRATE_MAX];
    int nvary = 0, nmatch = 0;
    long long replications = 0, seed = -1, jobs = 0;
    char why[1024];
    static struct overrides sets; /* --set and --add-staff on the base, as every command takes them */
    sets.count = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            return fputs(text(LV_MSG_CLI_USAGE_CALIBRATE), stdout) < 0 ? EXIT_RUNTIME : EXIT_OK;
        bool valued = strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 || strcmp(a, "--match") == 0 ||
                      strcmp(a, "--vary") == 0 || strcmp(a, "-r") == 0 || strcmp(a, "--replications") == 0 ||
                      strcmp(a, "-s") == 0 || strcmp(a, "--seed") == 0 || strcmp(a, "-j") == 0 ||
                      strcmp(a, "--jobs") == 0 || strcmp(a, "--set") == 0 || strcmp(a, "--add-staff") == 0;
        if (valued && i + 1 == argc)
            return usage_error("calibrate", LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)
            output = argv[++i];
        else if (strcmp(a, "--set") == 0 || strcmp(a, "--add-staff") == 0) {
            int bad = strcmp(a, "--set") == 0 ? add_override(&sets, "calibrate", argv[i + 1])
                                              : add_staff(&sets, "calibrate", argv[i + 1]);
            if (bad != EXIT_OK)
                return EXIT_USAGE;
            i++;
        } else if (strcmp(a, "--match") == 0 || strcmp(a, "--vary") == 0) {
            bool is_match = strcmp(a, "--match") == 0;
            int *n = is_match ? &nmatch : &nvary;
            if (*n == LV_CALIBRATE_MAX) {
                complain("calibrate", LV_MSG_CAL_E_MANY, lv_msg_int(LV_CALIBRATE_MAX + 1).s,
                         lv_msg_int(LV_CALIBRATE_MAX).s, NULL);
                return EXIT_USAGE;
            }
            int bad = is_match ? lv_calibrate_parse_match(argv[++i], &match[*n], lang, why, sizeof why)
                               : lv_calibrate_parse_vary(argv[++i], &vary[*n], lang, why, sizeof why);
            if (bad) {
                fprintf(stderr, "lvsim calibrate: %s\n", why); /* not a message: the library's, in lang */
                return EXIT_USAGE;
            }
            (*n)++;
        } else if (strcmp(a, "-r") == 0 || strcmp(a, "--replications") == 0) {
            if (parse_count(argv[++i], 2, 100000, &replications) != 0)
                return usage_error("calibrate", LV_MSG_CLI_CAL_REPLICATIONS, NULL);
        } else if (strcmp(a, "-s") == 0 || strcmp(a, "--seed") == 0) {
            if (parse_count(argv[++i], 0, INT64_MAX - 1, &seed) != 0)
                return usage_error("calibrate", LV_MSG_CLI_SEED, argv[i], NULL);
        } else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
            if (parse_count(argv[++i], 1, 1024, &jobs) != 0)
                return usage_error("calibrate", LV_MSG_CLI_JOBS, argv[i], NULL);
        } else if (a[0] == '-' && a[1])
            return usage_error("calibrate", LV_MSG_CLI_UNKNOWN_OPTION, a, NULL);
        else if (base_path)
            return usage_error("calibrate", LV_MSG_CLI_RUN_ONE_FILE, a, NULL);
        else
            base_path = a;
    }
    if (!base_path || !output || nmatch == 0)
        return usage_error("calibrate", LV_MSG_CLI_CAL_EXPECTED, NULL);
    if (nvary != nmatch)
        return usage_error("calibrate", LV_MSG_CAL_E_SQUARE, lv_msg_int(nmatch).s, lv_msg_int(nvary).s, NULL);
    const struct planned_output calibrated = {"-o", output, false, true};
    int checked = check_outputs("calibrate", &base_path, 1, &calibrated, 1);
    if (checked != EXIT_OK)
        return checked;
    { /* and against the files the base extends (its errors, if any, are reported by the calibration) */
        struct lv_diags ignored;
        lv_diags_init(&ignored);
        struct lv_scenario *read = load(base_path, &sets, &ignored);
        lv_diags_fini(&ignored);
        checked = read ? check_outputs_against("calibrate", read, &calibrated, 1) : EXIT_OK;
        lv_scenario_free(read);
        if (checked != EXIT_OK)
            return checked;
    }

    struct lv_calibrate_options opt = {.path = scenario_path(base_path),
                                       .text = scenario_path(base_path) ? NULL : lv_default_scenario_text(),
                                       .name = "default",
                                       .replications = (int)replications,
                                       .seed = seed,
                                       .jobs = (int)(jobs ? jobs : default_jobs()),
                                       .lang = lang,
                                       .overrides = sets.item,
                                       .override_count = sets.count};
    struct lv_calibrate_result r;
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    why[0] = '\0';
    int rc = EXIT_USAGE;
    char *yaml = NULL;
    if (lv_calibrate(&opt, vary, match, nmatch, &r, &diags, why, sizeof why) != 0) {
        lv_diags_write(&diags, stderr);
        if (why[0])
            fprintf(stderr, "lvsim calibrate: %s\n", why); /* not a message: the library's, in lang */
        goto done;
    }
    yaml = lv_calibrate_scenario_yaml(&opt, vary, &r, &diags);
    if (!yaml) {
        lv_diags_write(&diags, stderr);
        goto done;
    }
    if (write_atomically(output, yaml, "calibrate") != 0) {
        rc = EXIT_RUNTIME;
        goto done;
    }
    if (nmatch == 1)
        report_one(&vary[0], &match[0], &r);
    else
        report_many(vary, match, &r);
    say(stdout, LV_MSG_CAL_WROTE, output, NULL);
    rc = EXIT_OK;
done:
    free(yaml);
    lv_diags_fini(&diags);
    return rc;
}

/* ---- lvsim erlang: the Erlang C / Erlang A calculator (docs/erlang.md) ---- */

/* "lvsim erlang: error: MESSAGE" and how to get help; returns EXIT_USAGE. */
static int erlang_error(enum lv_msg id, ...)
#if defined(__GNUC__)
    __attribute__((sentinel))
#endif
    ;
static int erlang_error(enum lv_msg id, ...)
{
    va_list ap;
    va_start(ap, id);
    char *msg = vformat_alloc(id, ap);
    va_end(ap);
    int rc = usage_error("erlang", LV_MSG_CLI_ERROR, msg ? msg : text(id), NULL);
    free(msg);
    return rc;
}

/* A value as people read it (report.h's formats: m:ss, "91.3 %", "2 min"), into buf. */
static const char *erlang_value(enum lv_report_format format, double x, char *buf, size_t size)
{
    struct lv_report_value v = {.format = format, .value = x};
    return lv_report_format(&v, lang, buf, size);
}

/* The figures of one staffing as people read them: within, all busy, answer time, hung up,
 * occupancy, number waiting (the table's columns and the summary's rows, in this order). */
enum { ERLANG_FIGURES = 6 };
static void erlang_cells(const struct lv_erlang_result *r, char cell[ERLANG_FIGURES][32])
{
    const struct {
        enum lv_report_format format;
        double value;
    } figure[ERLANG_FIGURES] = {{LV_FMT_PERCENT1, r->answered_within}, {LV_FMT_PERCENT1, r->p_wait},
                                {LV_FMT_CLOCK, r->asa_s},              {LV_FMT_PERCENT1, r->p_abandon},
                                {LV_FMT_PERCENT1, r->occupancy},       {LV_FMT_FIXED2, r->mean_queue}};
    for (int k = 0; k < ERLANG_FIGURES; k++)
        erlang_value(figure[k].format, figure[k].value, cell[k], 32);
}

/* The figures of one staffing, as JSON members (syntax, not a message). */
static void erlang_json_figures(const struct lv_erlang_result *r)
{
    printf("\"answered_within\": %.10g, \"p_wait\": %.10g, \"p_abandon\": %.10g, \"asa_s\": %.10g, " /* syntax, not a message */
           "\"mean_wait_s\": %.10g, \"mean_queue\": %.10g, \"occupancy\": %.10g",
           r->answered_within, r->p_wait, r->p_abandon, r->asa_s, r->mean_wait_s, r->mean_queue, r->occupancy);
}

/* The table around the answer c: c-2..c+2, each row's figures and whether it meets the target.
 * Columns are the header's words (split at two spaces), so a translation keeps them aligned. */
static void erlang_table(const struct lv_erlang_system *sys, const struct lv_erlang_target *t, int answer,
                         bool json)
{
    char head[256], within[32];
    format(head, sizeof head, LV_MSG_ERL_TABLE_HEAD, erlang_value(LV_FMT_THRESHOLD, sys->within_s, within, sizeof within),
           NULL);
    int width[8], columns = 0;
    for (const char *p = head; *p && columns < 8;) {
        const char *end = strstr(p, "  ");
        int n = end ? (int)(end - p) : (int)strlen(p);
        width[columns++] = n;
        p += n;
        while (*p == ' ')
            p++;
    }
    if (json)
        printf(", \"table\": ["); /* syntax, not a message */
    else
        printf("\n%s\n", head);
    bool first = true;
    for (int c = answer - 2; c <= answer + 2; c++) {
        if (c < 1 || c > LV_ERLANG_MAX_STAFF)
            continue;
        struct lv_erlang_system s = *sys;
        s.staff = c;
        struct lv_erlang_result r;
        enum lv_erlang_status st = lv_erlang_compute(&s, &r);
        if (json) {
            printf("%s{\"staff\": %d, \"stable\": %s", first ? "" : ", ", c, /* syntax, not a message */
                   st == LV_ERLANG_OK ? "true" : "false");
            if (st == LV_ERLANG_OK) {
                printf(", "); /* syntax, not a message */
                erlang_json_figures(&r);
                printf(", \"meets\": %s", lv_erlang_meets(&r, t) ? "true" : "false"); /* syntax, not a message */
            }
            printf("}");
            first = false;
            continue;
        }
        printf("%*d", width[0], c);
        if (st != LV_ERLANG_OK) {
            printf("  %s\n", text(LV_MSG_ERL_UNSTABLE_ROW));
            continue;
        }
        char cell[ERLANG_FIGURES][32];
        erlang_cells(&r, cell);
        for (int k = 0; k < ERLANG_FIGURES - 1; k++) /* the table leaves out the number waiting */
            printf("  %*s", k + 1 < columns ? width[k + 1] : 8, cell[k]);
        printf("  %s\n", text(lv_erlang_meets(&r, t) ? LV_MSG_ERL_MEETS : LV_MSG_ERL_MISSES));
    }
    if (json)
        printf("]");
}

/* lvsim erlang --calls-per-hour N --talk 6m [--after-call 1m] [--patience 5m] [--staff C | --target 80%]
 * [--within 2m] [--abandon-max 5%] [--json]: docs/erlang.md. */
static int cmd_erlang(int argc, char **argv)
{
    double per_hour = NAN, talk = NAN, after = 0, patience = 0, within = 120, target = NAN, abandon_max = NAN;
    long long staff = 0;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            return fputs(text(LV_MSG_CLI_USAGE_ERLANG), stdout) < 0 ? EXIT_RUNTIME : EXIT_OK;
        if (strcmp(a, "--json") == 0) {
            json = true;
            continue;
        }
        static const char *const valued[] = {"--calls-per-hour", "--talk", "--after-call", "--patience",
                                             "--staff", "--target", "--within", "--abandon-max"};
        int which = -1;
        for (int k = 0; k < 8; k++)
            if (strcmp(a, valued[k]) == 0)
                which = k;
        if (which < 0)
            return erlang_error(a[0] == '-' ? LV_MSG_CLI_UNKNOWN_OPTION : LV_MSG_CLI_UNEXPECTED_ARGUMENT, a, NULL);
        if (i + 1 == argc)
            return erlang_error(LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        const char *v = argv[++i];
        enum lv_msg want = LV_MSG_COUNT;
        switch (which) {
        case 0:
            if (lv_parse_number(v, &per_hour) != 0 || !(per_hour >= 0.001 && per_hour <= 1e6))
                want = LV_MSG_ERL_WANT_CALLS;
            break;
        case 1:
            if (lv_parse_duration(v, &talk) != 0 || !(talk > 0 && talk <= 86400))
                want = LV_MSG_ERL_WANT_TALK;
            break;
        case 2:
            if (lv_parse_duration(v, &after) != 0 || !(after <= 86400))
                want = LV_MSG_ERL_WANT_DURATION;
            break;
        case 3:
            if (strcmp(v, "none") == 0)
                patience = 0;
            else if (lv_parse_duration(v, &patience) != 0 || !(patience > 0))
                want = LV_MSG_ERL_WANT_PATIENCE;
            break;
        case 4:
            if (parse_count(v, 1, LV_ERLANG_MAX_STAFF, &staff) != 0)
                want = LV_MSG_ERL_WANT_STAFF;
            break;
        case 5:
            if (lv_parse_share(v, &target) != 0 || !(target > 0 && target < 1))
                want = LV_MSG_ERL_WANT_TARGET;
            break;
        case 6:
            if (lv_parse_duration(v, &within) != 0 || !(within <= 86400))
                want = LV_MSG_ERL_WANT_DURATION;
            break;
        default:
            if (lv_parse_share(v, &abandon_max) != 0 || !(abandon_max > 0))
                want = LV_MSG_ERL_WANT_ABANDON;
            break;
        }
        if (want != LV_MSG_COUNT)
            return erlang_error(LV_MSG_ERL_E_OPTION, a, text(want), v, NULL);
    }
    if (isnan(per_hour) || isnan(talk))
        return erlang_error(LV_MSG_ERL_E_EXPECTED, NULL);
    if (staff > 0 && !isnan(target))
        return erlang_error(LV_MSG_ERL_E_STAFF_AND_TARGET, NULL);
    if (staff > 0 && !isnan(abandon_max))
        return erlang_error(LV_MSG_ERL_E_ABANDON_NEEDS_TARGET, NULL);

    struct lv_erlang_system sys = {per_hour, talk + after, patience, within, (int)staff};
    struct lv_erlang_target goal = {isnan(target) ? 0.8 : target, isnan(abandon_max) ? 1 : abandon_max};
    struct lv_erlang_result r;
    enum lv_erlang_status st = staff > 0 ? lv_erlang_compute(&sys, &r) : lv_erlang_staff_for(&sys, &goal, &sys.staff, &r);
    char b[6][48];
    double load = per_hour / 3600 * sys.handling_s;
    if (st == LV_ERLANG_UNSTABLE)
        return erlang_error(LV_MSG_ERL_E_UNSTABLE, lv_msg_int(staff).s, erlang_value(LV_FMT_FIXED2, load, b[0], sizeof b[0]),
                            lv_msg_int((long long)floor(load) + 1).s, NULL);
    if (st == LV_ERLANG_TOO_LARGE)
        return erlang_error(LV_MSG_ERL_E_TOO_LARGE, lv_msg_int(staff).s, erlang_value(LV_FMT_FIXED2, load, b[0], sizeof b[0]),
                            erlang_value(LV_FMT_CLOCK, patience, b[1], sizeof b[1]), NULL);
    if (st == LV_ERLANG_UNREACHABLE)
        return erlang_error(LV_MSG_ERL_E_UNREACHABLE, NULL);
    if (st != LV_ERLANG_OK) /* LV_ERLANG_BAD_INPUT: the options were checked above, so a bug */
        return EXIT_RUNTIME;

    if (json) {
        printf("{\"model\": \"%s\", \"calls_per_hour\": %.10g, \"talk_s\": %.10g, \"after_call_s\": %.10g, " /* syntax, not a message */
               "\"handling_s\": %.10g, \"load_erlang\": %.10g, ",
               patience > 0 ? "erlang_a" : "erlang_c", per_hour, talk, after, sys.handling_s, load);
        if (patience > 0)
            printf("\"patience_s\": %.10g, ", patience); /* syntax, not a message */
        else
            printf("\"patience_s\": null, "); /* syntax, not a message */
        printf("\"within_s\": %.10g, ", within); /* syntax, not a message */
        if (staff == 0) {
            printf("\"target\": {\"answered_within\": %.10g, \"abandon_max\": ", goal.min_answered_within); /* syntax, not a message */
            if (isnan(abandon_max))
                printf("null}, "); /* syntax, not a message */
            else
                printf("%.10g}, ", abandon_max);
        }
        printf("\"staff\": %d, ", sys.staff); /* syntax, not a message */
        erlang_json_figures(&r);
        if (staff == 0)
            erlang_table(&sys, &goal, sys.staff, true);
        printf("}\n");
        return ferror(stdout) ? EXIT_RUNTIME : EXIT_OK;
    }

    if (patience > 0)
        say(stdout, LV_MSG_ERL_MODEL_A, erlang_value(LV_FMT_CLOCK, patience, b[0], sizeof b[0]), NULL);
    else
        say(stdout, LV_MSG_ERL_MODEL_C, NULL);
    say(stdout, LV_MSG_ERL_INPUT, erlang_value(LV_FMT_NUMBER, per_hour, b[0], sizeof b[0]),
        erlang_value(LV_FMT_CLOCK, sys.handling_s, b[1], sizeof b[1]), erlang_value(LV_FMT_CLOCK, talk, b[2], sizeof b[2]),
        erlang_value(LV_FMT_CLOCK, after, b[3], sizeof b[3]), erlang_value(LV_FMT_FIXED2, load, b[4], sizeof b[4]), NULL);
    erlang_value(LV_FMT_THRESHOLD, within, b[5], sizeof b[5]);
    if (staff == 0) {
        if (isnan(abandon_max))
            say(stdout, LV_MSG_ERL_ANSWER, erlang_value(LV_FMT_PERCENT0, goal.min_answered_within, b[0], sizeof b[0]), b[5],
                lv_msg_int(sys.staff).s, NULL);
        else
            say(stdout, LV_MSG_ERL_ANSWER_CAPPED, erlang_value(LV_FMT_PERCENT0, goal.min_answered_within, b[0], sizeof b[0]),
                b[5], erlang_value(LV_FMT_PERCENT0, abandon_max, b[1], sizeof b[1]), lv_msg_int(sys.staff).s, NULL);
    }
    say(stdout, LV_MSG_ERL_FOR_STAFF, lv_msg_int(sys.staff).s, NULL);
    static const enum lv_msg labels[ERLANG_FIGURES] = {LV_MSG_ERL_L_WITHIN, LV_MSG_ERL_L_WAIT, LV_MSG_ERL_L_ASA,
                                                      LV_MSG_ERL_L_ABANDON, LV_MSG_ERL_L_OCCUPANCY, LV_MSG_ERL_L_QUEUE};
    char label[ERLANG_FIGURES][160];
    for (int k = 0; k < ERLANG_FIGURES; k++)
        format(label[k], sizeof label[k], labels[k], b[5], NULL); /* {1}: the threshold, where used */
    char value[ERLANG_FIGURES][32];
    erlang_cells(&r, value);
    int wide = 0, width[ERLANG_FIGURES]; /* in characters: "la på" is six bytes of UTF-8 */
    for (int k = 0; k < ERLANG_FIGURES; k++) {
        width[k] = lv_text_width(label[k]);
        wide = width[k] > wide ? width[k] : wide;
    }
    for (int k = 0; k < ERLANG_FIGURES; k++)
        if (k != 3 || patience > 0) /* nobody hangs up in Erlang C */
            printf("  %s%*s  %s\n", label[k], wide - width[k], "", value[k]);
    if (staff == 0)
        erlang_table(&sys, &goal, sys.staff, false);
    printf("\n%s\n", text(LV_MSG_ERL_NOTE));
    return ferror(stdout) ? EXIT_RUNTIME : EXIT_OK;
}

/* ---- lvsim staff: the staffing optimiser (docs/planning.md) ---- */

/* A value as the report writes it, into buf. */
static const char *staff_value(enum lv_report_format format, double x, double half_width, char *buf, size_t size)
{
    struct lv_report_value v = {.format = format, .value = x, .half_width = half_width};
    return lv_report_format(&v, lang, buf, size);
}

/* The plan per day as bands of equal (now, plan): the lowest share of a band's intervals on
 * fresh seeds, the Erlang A range and the calls. */
static void staff_table(const struct lv_staff_plan *p, const struct lv_staff_interval *intervals)
{
    static const enum lv_msg day_msg[7] = {LV_MSG_MON, LV_MSG_TUE, LV_MSG_WED, LV_MSG_THU, LV_MSG_FRI, LV_MSG_SAT, LV_MSG_SUN};
    char within[32];
    printf("%s\n", format((char[256]){0}, 256, LV_MSG_STF_TABLE_HEAD,
                          staff_value(LV_FMT_THRESHOLD, p->target_within_s, 0, within, sizeof within), NULL));
    int per_day = p->interval_count / 7, len = (int)(p->interval_s / 60);
    for (int d = 0; d < 7; d++)
        for (int a = 0; a < per_day;) {
            const struct lv_staff_interval *first = &intervals[d * per_day + a];
            int b = a, lo = first->erlang, hi = first->erlang, worst = d * per_day + a;
            double calls = 0;
            for (; b < per_day; b++) {
                const struct lv_staff_interval *iv = &intervals[d * per_day + b];
                if (iv->current != first->current || iv->planned != first->planned)
                    break;
                lo = iv->erlang < lo ? iv->erlang : lo;
                hi = iv->erlang > hi ? iv->erlang : hi;
                calls += isfinite(iv->calls_per_week) ? iv->calls_per_week : 0;
                double m = iv->within.mean, wm = intervals[worst].within.mean;
                if (isfinite(m) && (!isfinite(wm) || m < wm))
                    worst = d * per_day + b;
            }
            char from[16], to[16], erl[24], share[48];
            staff_value(LV_FMT_MINUTE, a * len, 0, from, sizeof from);
            staff_value(LV_FMT_MINUTE, b * len, 0, to, sizeof to);
            snprintf(erl, sizeof erl, lo == hi ? "%d" : "%d-%d", lo, hi); /* syntax, not a message */
            const struct lv_staff_interval *w = &intervals[worst];
            staff_value(LV_FMT_SHARE, w->within.mean, w->within.half_width, share, sizeof share);
            char per_week[32];
            staff_value(LV_FMT_FIXED1, calls, 0, per_week, sizeof per_week);
            const char *day = text(day_msg[d]);
            int day_bytes = 4 + (int)strlen(day) - lv_text_width(day); /* four columns; "lør" is four bytes */
            printf("%-*s %5s-%-5s  %5d %5d  %8s  %-26s %s %8s\n", day_bytes, day, from, to, first->current,
                   first->planned, erl, share, w->meets ? "  " : text(LV_MSG_STF_MISS), per_week); /* syntax, not a message */
            a = b;
        }
}

static void staff_estimate_json(FILE *f, const char *key, const struct lv_estimate *e)
{
    fprintf(f, "\"%s\": ", key); /* syntax, not a message */
    if (isfinite(e->mean))
        fprintf(f, "%.6g, \"%s_ci95\": %.6g", e->mean, key, isfinite(e->half_width) ? e->half_width : 0); /* syntax, not a message */
    else
        fprintf(f, "null, \"%s_ci95\": null", key); /* syntax, not a message */
}

/* A JSON string of s (quotes, backslashes and control characters escaped). */
static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch); /* syntax, not a message */
        else if (ch < 0x20)
            fprintf(f, "\\u%04x", ch); /* syntax, not a message */
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

/* Centre c's share within target over the week on fresh seeds: its intervals' shares weighted by
 * their calls (a point figure; the half-width is not combined). */
static struct lv_estimate staff_centre_share(const struct lv_staff_plan *p, int c)
{
    double calls = 0, within = 0;
    for (int i = c * p->interval_count; i < (c + 1) * p->interval_count; i++) {
        const struct lv_staff_interval *iv = &p->intervals[i];
        if (isfinite(iv->within.mean) && isfinite(iv->calls_per_week)) {
            calls += iv->calls_per_week;
            within += iv->calls_per_week * iv->within.mean;
        }
    }
    return (struct lv_estimate){.mean = calls > 0 ? within / calls : NAN, .half_width = NAN};
}

/* The shift plans of every centre together: shifts of pattern k on weekday d, and the totals. */
static int staff_shift_count(const struct lv_staff_plan *p, int k, int d)
{
    int n = 0;
    for (int c = 0; c < p->centre_count; c++)
        n += p->shifts[c].count[k][d];
    return n;
}

struct staff_shift_total {
    double cost, staff_hours, fte;
};

static struct staff_shift_total staff_shift_total(const struct lv_staff_plan *p)
{
    struct staff_shift_total t = {0, 0, 0};
    for (int c = 0; c < p->centre_count; c++) {
        t.cost += p->shifts[c].cost;
        t.staff_hours += p->shifts[c].staff_hours;
        t.fte += p->shifts[c].fte;
    }
    return t;
}

static int staff_json(FILE *f, const struct lv_staff_plan *p, const struct lv_shifts *shifts_of, const struct lv_scenario *s)
{
    static const char *const day_key[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    fprintf(f, "{\"form\": \"%s\", \"target_share\": %.6g, \"target_within_s\": %.6g, \"interval_s\": %.6g, "
               "\"replications\": %d, \"seed\": %llu, \"verify_seed\": %llu, \"iterations\": %d, \"converged\": %s, "
               "\"repairs\": %d, \"failing\": %d, \"undecided\": %d, \"max_abandon\": %.6g, \"current_hours_per_week\": %.6g, \"plan_hours_per_week\": %.6g, "
               "\"shared_hours_per_week\": %.6g, \"floor_hours_per_week\": %.6g, \"fte_hours\": %.6g, ",
            p->form == LV_STAFF_FORM_WEEK ? "week" : p->form == LV_STAFF_FORM_DAY ? "day" : "interval", p->target_share, p->target_within_s, p->interval_s,
            p->replications, (unsigned long long)p->seed, (unsigned long long)p->verify_seed, p->iterations,
            p->converged ? "true" : "false", p->repairs, p->failing, p->undecided, p->max_abandon, p->current_hours,
            p->plan_hours, p->shared_hours, p->floor_hours, LV_STAFF_FTE_HOURS); /* syntax, not a message */
    staff_estimate_json(f, "current_week_within", &p->current_week);
    fputs(", ", f);
    staff_estimate_json(f, "plan_week_within", &p->plan_week);
    fputs(", ", f);
    staff_estimate_json(f, "plan_abandoned", &p->plan_abandoned);
    for (int k = 0; k < 2; k++) {
        const double *c = k ? p->day_chance : p->current_day_chance;
        fprintf(f, ", \"%s\": [", k ? "day_chance" : "current_day_chance"); /* syntax, not a message */
        for (int w = 0; w < 7; w++)
            fprintf(f, isfinite(c[w]) ? "%s%.6g" : "%snull", w ? ", " : "", c[w]); /* syntax, not a message */
        fputs("]", f);
    }
    fprintf(f, ", \"probability\": %.6g", p->probability); /* syntax, not a message */
    if (p->shifts) {
        struct staff_shift_total sp = staff_shift_total(p);
        fprintf(f, ", \"shifts\": {\"cost_per_week\": %.6g, \"staff_hours_per_week\": %.6g, \"fte\": %.6g, "
                   "\"required_hours_per_week\": %.6g, \"surplus_hours_per_week\": %.6g, \"shared_patterns_ignored\": %d, "
                   "\"patterns\": [",
                sp.cost, sp.staff_hours, sp.fte, p->required_hours, p->surplus_hours,
                p->shared_patterns_ignored); /* syntax, not a message */
        bool first = true;
        for (int k = 0; k < shifts_of->pattern_count; k++) {
            const struct lv_shift_pattern *pat = &shifts_of->patterns[k];
            if (pat->role != LV_SHIFT_OPERATOR)
                continue;
            double cost = 0;
            int week = 0;
            for (int d = 0; d < 7; d++) {
                int n = staff_shift_count(p, k, d);
                week += n;
                cost += n ? n * lv_shift_cost(shifts_of, pat, d) : 0;
            }
            fprintf(f, "%s\n  {\"name\": ", first ? "" : ","); /* syntax, not a message */
            json_string(f, pat->name); /* a name the planner typed: escaped */
            fprintf(f, ", \"shifts_per_week\": %d, \"cost_per_week\": %.6g, \"cost_per_shift\": [", week,
                    cost); /* syntax, not a message */
            for (int d = 0; d < 7; d++)
                fprintf(f, "%s%.6g", d ? ", " : "", (pat->days >> d & 1u) ? lv_shift_cost(shifts_of, pat, d) : 0); /* syntax, not a message */
            fputs("], \"per_day\": [", f); /* syntax, not a message */
            for (int d = 0; d < 7; d++)
                fprintf(f, "%s%d", d ? ", " : "", staff_shift_count(p, k, d)); /* syntax, not a message */
            fputs("]}", f);
            first = false;
        }
        fputs("]}", f);
    }
    if (p->centre_count > 1) {
        fputs(", \"centres\": [", f); /* syntax, not a message */
        for (int c = 0; c < p->centre_count; c++) {
            const struct lv_staff_centre *pc = &p->centres[c];
            fprintf(f, "%s\n  {\"centre\": %d, \"name\": ", c ? "," : "", c); /* syntax, not a message */
            json_string(f, s->sites[c].name);
            fprintf(f, ", \"current_hours_per_week\": %.6g, \"plan_hours_per_week\": %.6g, \"failing\": %d, ",
                    pc->current_hours, pc->plan_hours, pc->failing); /* syntax, not a message */
            struct lv_estimate w = staff_centre_share(p, c);
            staff_estimate_json(f, "plan_week_within", &w);
            if (p->shifts)
                fprintf(f, ", \"shifts\": {\"cost_per_week\": %.6g, \"staff_hours_per_week\": %.6g, \"fte\": %.6g}",
                        p->shifts[c].cost, p->shifts[c].staff_hours, p->shifts[c].fte); /* syntax, not a message */
            fputs("}", f);
        }
        fputs("\n]", f);
    }
    fputs(", \"intervals\": [", f); /* syntax, not a message */
    int per_day = p->interval_count / 7, len = (int)(p->interval_s / 60);
    for (int i = 0; i < p->interval_count * p->centre_count; i++) {
        const struct lv_staff_interval *iv = &p->intervals[i];
        int from = (i % per_day) * len;
        fprintf(f, "%s\n  {\"centre\": %d, \"day\": \"%s\", \"from\": \"%02d:%02d\", \"current\": %d, \"shared\": %d, \"floor\": %d, "
                   "\"erlang\": %d, \"required\": %d, \"planned\": %d, \"calls_per_week\": %.6g, ",
                i ? "," : "", i / p->interval_count, day_key[i % p->interval_count / per_day], from / 60, from % 60, iv->current, iv->shared, iv->floor, iv->erlang,
                iv->required, iv->planned, isfinite(iv->calls_per_week) ? iv->calls_per_week : 0); /* syntax, not a message */
        staff_estimate_json(f, "current_within", &iv->current_within);
        fputs(", ", f);
        staff_estimate_json(f, "within", &iv->within);
        fputs(", ", f);
        staff_estimate_json(f, "abandoned", &iv->abandoned);
        fprintf(f, ", \"meets\": %s}", iv->meets ? "true" : "false"); /* syntax, not a message */
    }
    fputs("\n]}\n", f);
    return ferror(f) ? -1 : 0;
}

/* Each weekday's share of days meeting the target as "Mon 93 %, Tue 90 %, ..." into buf. */
static void staff_days(const double chance[7], char *buf, size_t size)
{
    static const enum lv_msg day_msg[7] = {LV_MSG_MON, LV_MSG_TUE, LV_MSG_WED, LV_MSG_THU, LV_MSG_FRI, LV_MSG_SAT, LV_MSG_SUN};
    size_t at = 0;
    buf[0] = '\0';
    for (int w = 0; w < 7 && at < size; w++) {
        char v[32];
        staff_value(LV_FMT_PERCENT0, chance[w], 0, v, sizeof v);
        at += (size_t)snprintf(buf + at, size - at, "%s%s %s", w ? ", " : "", text(day_msg[w]), v); /* syntax, not a message */
    }
}

/* The shift plan: per pattern its shifts a week (per day when it has several days) and cost, then
 * the plan's cost, hours and FTE against the requirement's. */
static void staff_shifts_text(const struct lv_shifts *sh, const struct lv_staff_plan *p)
{
    static const enum lv_msg day_msg[7] = {LV_MSG_MON, LV_MSG_TUE, LV_MSG_WED, LV_MSG_THU, LV_MSG_FRI, LV_MSG_SAT, LV_MSG_SUN};
    struct staff_shift_total sp = staff_shift_total(p);
    char b[7][48];
    printf("\n");
    say(stdout, LV_MSG_STF_SHIFTS_HEAD, lv_msg_int(p->repairs).s, NULL);
    for (int k = 0; k < sh->pattern_count; k++) {
        const struct lv_shift_pattern *pat = &sh->patterns[k];
        if (pat->role != LV_SHIFT_OPERATOR)
            continue;
        double cost = 0;
        int week = 0, days = 0;
        char per_day[160] = "";
        size_t at = 0;
        for (int d = 0; d < 7; d++) {
            if (!(pat->days >> d & 1u))
                continue;
            days++;
            int n = staff_shift_count(p, k, d);
            week += n;
            cost += n * lv_shift_cost(sh, pat, d);
            at += (size_t)snprintf(per_day + at, at < sizeof per_day ? sizeof per_day - at : 0, "%s%s %d", at ? ", " : "",
                                   text(day_msg[d]), n); /* syntax, not a message */
        }
        say(stdout, days > 1 ? LV_MSG_STF_SHIFT_ROW_DAYS : LV_MSG_STF_SHIFT_ROW, pat->name, lv_msg_int(week).s,
            staff_value(LV_FMT_COUNT, cost, 0, b[0], sizeof b[0]), per_day, NULL);
    }
    staff_value(LV_FMT_COUNT, sp.cost, 0, b[0], sizeof b[0]);
    staff_value(LV_FMT_FIXED1, sp.staff_hours, 0, b[1], sizeof b[1]);
    staff_value(LV_FMT_FIXED1, sp.fte, 0, b[2], sizeof b[2]);
    staff_value(LV_FMT_FIXED1, p->required_hours, 0, b[3], sizeof b[3]);
    staff_value(LV_FMT_FIXED1, p->required_hours / LV_FTE_HOURS_PER_WEEK, 0, b[4], sizeof b[4]);
    staff_value(LV_FMT_FIXED1, p->surplus_hours, 0, b[5], sizeof b[5]);
    say(stdout, LV_MSG_STF_SHIFTS_HOURS, b[0], b[1], b[2], b[3], b[4], b[5], NULL);
    say(stdout, LV_MSG_STF_COST_TODAY, NULL);
    say(stdout, LV_MSG_STF_SHIFTS_TABLE, NULL);
    if (p->shared_patterns_ignored > 0)
        say(stdout, LV_MSG_STF_SHIFTS_SHARED, lv_msg_int(p->shared_patterns_ignored).s, NULL);
}

/* Several centres: each centre's hours now and planned and its week's share on fresh seeds, worst
 * share first; the interval table of each when there are few. */
#define STAFF_CENTRE_TABLES 4
static void staff_centres_text(const struct lv_scenario *s, const struct lv_staff_plan *p)
{
    int n = p->centre_count, order[LV_MAX_SITES];
    double share[LV_MAX_SITES];
    for (int c = 0; c < n; c++) {
        share[c] = staff_centre_share(p, c).mean;
        int k = c;
        for (; k > 0 && (isfinite(share[c]) ? share[c] : 2) < (isfinite(share[order[k - 1]]) ? share[order[k - 1]] : 2); k--)
            order[k] = order[k - 1];
        order[k] = c;
    }
    for (int k = 0; k < n; k++) {
        int c = order[k];
        const struct lv_staff_centre *pc = &p->centres[c];
        char b[4][48];
        staff_value(LV_FMT_FIXED1, pc->current_hours, 0, b[0], sizeof b[0]);
        staff_value(LV_FMT_FIXED1, pc->plan_hours, 0, b[1], sizeof b[1]);
        staff_value(LV_FMT_PERCENT1, share[c], 0, b[2], sizeof b[2]);
        say(stdout, LV_MSG_STF_CENTRE, s->sites[c].name, b[0], b[1], b[2], lv_msg_int(pc->failing).s, NULL);
        if (p->shifts) {
            staff_value(LV_FMT_COUNT, p->shifts[c].cost, 0, b[0], sizeof b[0]);
            staff_value(LV_FMT_FIXED1, p->shifts[c].fte, 0, b[1], sizeof b[1]);
            say(stdout, LV_MSG_STF_CENTRE_SHIFTS, b[0], b[1], NULL);
        }
        if (n <= STAFF_CENTRE_TABLES) {
            staff_table(p, p->intervals + (size_t)c * p->interval_count);
            printf("\n");
        }
    }
}

static void staff_text(const struct lv_scenario *s, const struct lv_staff_plan *p, bool from_current)
{
    char b[8][48];
    staff_value(LV_FMT_PERCENT0, p->target_share, 0, b[0], sizeof b[0]);
    staff_value(LV_FMT_THRESHOLD, p->target_within_s, 0, b[1], sizeof b[1]);
    say(stdout, LV_MSG_STF_TITLE, p->centre_count > 1 ? s->name : s->sites[0].name, b[0], b[1], NULL);
    if (p->form == LV_STAFF_FORM_WEEK)
        say(stdout, LV_MSG_STF_FORM_WEEK, NULL);
    else if (p->form == LV_STAFF_FORM_DAY)
        say(stdout, LV_MSG_STF_FORM_DAY, staff_value(LV_FMT_PERCENT0, p->probability, 0, b[2], sizeof b[2]), NULL);
    else
        say(stdout, LV_MSG_STF_FORM_INTERVAL, staff_value(LV_FMT_THRESHOLD, p->interval_s, 0, b[2], sizeof b[2]), NULL);
    if (p->max_abandon < 1)
        say(stdout, LV_MSG_STF_ABANDON_CAP, staff_value(LV_FMT_PERCENT1, p->max_abandon, 0, b[3], sizeof b[3]), NULL);
    if (from_current)
        say(stdout, LV_MSG_STF_FROM_CURRENT, NULL);
    say(stdout, LV_MSG_STF_KEPT, NULL);
    bool adds = p->form != LV_STAFF_FORM_INTERVAL;
    enum lv_msg done = !p->converged                    ? LV_MSG_STF_NOT_CONVERGED
                       : p->form == LV_STAFF_FORM_WEEK ? LV_MSG_STF_CONVERGED_WEEK
                       : p->form == LV_STAFF_FORM_DAY  ? LV_MSG_STF_CONVERGED_DAY
                                                       : LV_MSG_STF_CONVERGED;
    say(stdout, adds ? LV_MSG_STF_SEARCH_WEEK : LV_MSG_STF_SEARCH, lv_msg_int(p->iterations).s,
        lv_msg_int(p->replications).s, lv_msg_int((long long)p->seed).s, text(done), NULL);
    int with_calls = 0;
    for (int i = 0; i < p->interval_count * p->centre_count; i++)
        with_calls += isfinite(p->intervals[i].within.mean);
    say(stdout, LV_MSG_STF_CHECK, lv_msg_int((long long)p->verify_seed).s, lv_msg_int(p->repairs).s,
        lv_msg_int(p->failing).s, lv_msg_int(with_calls).s, lv_msg_int(p->undecided).s, NULL);
    printf("\n");
    if (p->centre_count > 1)
        staff_centres_text(s, p);
    else
        staff_table(p, p->intervals);
    printf("\n");
    double change = p->plan_hours - p->current_hours;
    staff_value(LV_FMT_FIXED1, p->current_hours, 0, b[0], sizeof b[0]);
    staff_value(LV_FMT_FIXED1, p->current_hours / LV_STAFF_FTE_HOURS, 0, b[1], sizeof b[1]);
    staff_value(LV_FMT_FIXED1, p->plan_hours, 0, b[2], sizeof b[2]);
    staff_value(LV_FMT_FIXED1, p->plan_hours / LV_STAFF_FTE_HOURS, 0, b[3], sizeof b[3]);
    staff_value(LV_FMT_SIGNED1, change, 0, b[4], sizeof b[4]);
    staff_value(LV_FMT_SIGNED1, change / LV_STAFF_FTE_HOURS, 0, b[5], sizeof b[5]);
    say(stdout, LV_MSG_STF_HOURS, b[0], b[1], b[2], b[3], b[4], b[5], NULL);
    staff_value(LV_FMT_FIXED1, p->shared_hours, 0, b[0], sizeof b[0]);
    staff_value(LV_FMT_FIXED1, p->floor_hours, 0, b[1], sizeof b[1]);
    say(stdout, LV_MSG_STF_KEPT_HOURS, b[0], b[1], NULL);
    staff_value(LV_FMT_THRESHOLD, p->target_within_s, 0, b[0], sizeof b[0]);
    staff_value(LV_FMT_SHARE, p->current_week.mean, p->current_week.half_width, b[1], sizeof b[1]);
    staff_value(LV_FMT_SHARE, p->plan_week.mean, p->plan_week.half_width, b[2], sizeof b[2]);
    say(stdout, LV_MSG_STF_WEEK_SHARE, b[0], b[1], b[2], NULL);
    staff_value(LV_FMT_SHARE, p->current_abandoned.mean, p->current_abandoned.half_width, b[0], sizeof b[0]);
    staff_value(LV_FMT_SHARE, p->plan_abandoned.mean, p->plan_abandoned.half_width, b[1], sizeof b[1]);
    say(stdout, LV_MSG_STF_ABANDONED, b[0], b[1], NULL);
    char days[2][160];
    staff_days(p->current_day_chance, days[0], sizeof days[0]);
    staff_days(p->day_chance, days[1], sizeof days[1]);
    say(stdout, LV_MSG_STF_DAYS, days[0], days[1], NULL);
    if (p->shifts)
        staff_shifts_text(&s->shifts, p);
    if (p->form == LV_STAFF_FORM_INTERVAL && p->failing > 0)
        say(stdout, LV_MSG_STF_FAILING, lv_msg_int(p->failing).s, lv_msg_int(p->repairs).s, NULL);
}

/* lvsim staff SCENARIO.yaml [-o PLAN.yaml] [--json FILE] [-r N] [-s SEED] [-j N] [--form interval|week]
 * [--abandon-max SHARE] [--from-current] [--max-iterations N]: docs/planning.md. */
static int cmd_staff(int argc, char **argv)
{
    const char *path = NULL, *output = NULL, *json = NULL, *shifts = NULL, *html = NULL;
    bool quiet = false;
    long long replications = 0, seed = -1, jobs = 0, iterations = 0;
    struct lv_staff_options o = {.form = LV_STAFF_FORM_INTERVAL, .max_abandon = 1, .probability = 0.9, .lang = lang};
    static struct overrides ov; /* --set, then --shifts; large, one command line per process */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            return fputs(text(LV_MSG_CLI_USAGE_STAFF), stdout) < 0 || fputs(text(LV_MSG_HTML_CLI_USAGE_OPTIONS), stdout) < 0
                       ? EXIT_RUNTIME
                       : EXIT_OK;
        bool valued = strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 || strcmp(a, "--json") == 0 ||
                      strcmp(a, "-r") == 0 || strcmp(a, "--replications") == 0 || strcmp(a, "-s") == 0 ||
                      strcmp(a, "--seed") == 0 || strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0 ||
                      strcmp(a, "--form") == 0 || strcmp(a, "--abandon-max") == 0 || strcmp(a, "--max-iterations") == 0 ||
                      strcmp(a, "--probability") == 0 || strcmp(a, "--set") == 0 || strcmp(a, "--shifts") == 0 ||
                      strcmp(a, "--html") == 0 || strcmp(a, "--add-staff") == 0;
        if (valued && i + 1 == argc)
            return usage_error("staff", LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)
            output = argv[++i];
        else if (strcmp(a, "--set") == 0 || strcmp(a, "--add-staff") == 0) {
            int bad = strcmp(a, "--set") == 0 ? add_override(&ov, "staff", argv[i + 1]) : add_staff(&ov, "staff", argv[i + 1]);
            i++;
            if (bad)
                return bad;
        } else if (strcmp(a, "--shifts") == 0)
            shifts = argv[++i];
        else if (strcmp(a, "--json") == 0)
            json = argv[++i];
        else if (strcmp(a, "--html") == 0)
            html = argv[++i];
        else if (strcmp(a, "-r") == 0 || strcmp(a, "--replications") == 0) {
            if (parse_count(argv[++i], 2, 100000, &replications) != 0)
                return usage_error("staff", LV_MSG_CLI_REPLICATIONS, "2", argv[i], NULL);
        } else if (strcmp(a, "-s") == 0 || strcmp(a, "--seed") == 0) {
            if (parse_count(argv[++i], 0, INT64_MAX - (long long)LV_STAFF_VERIFY_SEED_STEP, &seed) != 0)
                return usage_error("staff", LV_MSG_CLI_SEED, argv[i], NULL);
        } else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
            if (parse_count(argv[++i], 1, 1024, &jobs) != 0)
                return usage_error("staff", LV_MSG_CLI_JOBS, argv[i], NULL);
        } else if (strcmp(a, "--max-iterations") == 0) {
            if (parse_count(argv[++i], 1, 100000, &iterations) != 0)
                return usage_error("staff", LV_MSG_STF_E_ITERATIONS, argv[i], NULL);
        } else if (strcmp(a, "--form") == 0) {
            const char *v = argv[++i];
            if (strcmp(v, "interval") == 0)
                o.form = LV_STAFF_FORM_INTERVAL;
            else if (strcmp(v, "week") == 0)
                o.form = LV_STAFF_FORM_WEEK;
            else if (strcmp(v, "day") == 0)
                o.form = LV_STAFF_FORM_DAY;
            else
                return usage_error("staff", LV_MSG_STF_E_FORM, v, NULL);
        } else if (strcmp(a, "--abandon-max") == 0) {
            double x;
            if (lv_parse_share(argv[++i], &x) != 0 || !(x > 0 && x <= 1))
                return usage_error("staff", LV_MSG_STF_E_ABANDON, argv[i], NULL);
            o.max_abandon = x;
        } else if (strcmp(a, "--probability") == 0) {
            double x;
            if (lv_parse_share(argv[++i], &x) != 0 || !(x > 0 && x < 1))
                return usage_error("staff", LV_MSG_STF_E_PROBABILITY, argv[i], NULL);
            o.probability = x;
        } else if (strcmp(a, "--from-current") == 0)
            o.from_current = true;
        else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0)
            quiet = true;
        else if (a[0] == '-' && a[1])
            return usage_error("staff", LV_MSG_CLI_UNKNOWN_OPTION, a, NULL);
        else if (path)
            return usage_error("staff", LV_MSG_CLI_RUN_ONE_FILE, a, NULL);
        else
            path = a;
    }
    if (!path)
        return usage_error("staff", LV_MSG_STF_E_EXPECTED, NULL);
    char *shifts_text = NULL;
    if (shifts) {
        char why[512];
        if (ov.count == MAX_OVERRIDES)
            return usage_error("staff", LV_MSG_CLI_TOO_MANY_SETS, lv_msg_int(MAX_OVERRIDES).s, NULL);
        if (lv_override_from_file("shifts", shifts, &shifts_text, &ov.item[ov.count], lang, why, sizeof why) != 0) {
            complain("staff", LV_MSG_E_CANNOT_READ_FILE, shifts, why, NULL);
            return EXIT_USAGE;
        }
        ov.count++;
    }
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    const char *inputs[] = {path, shifts};
    const struct planned_output outputs[] = {{"-o", output, false, true}, {"--json", json, false, false}, {"--html", html, false, false}};
    int checked = check_outputs("staff", inputs, 2, outputs, 3);
    if (checked != EXIT_OK) {
        free(shifts_text);
        return checked;
    }
    struct lv_scenario *s = lv_scenario_load(path, NULL, NULL, ov.item, ov.count, &diags);
    if (!s) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        free(shifts_text);
        return EXIT_USAGE;
    }
    if ((checked = check_outputs_against("staff", s, outputs, 3)) != EXIT_OK) {
        lv_diags_fini(&diags);
        lv_scenario_free(s);
        free(shifts_text);
        return checked;
    }
    o.replications = replications ? (int)replications : lv_staff_default_replications(s);
    o.seed = seed >= 0 ? (uint64_t)seed : s->seed;
    o.jobs = (int)(jobs ? jobs : default_jobs());
    o.max_iterations = (int)iterations;
    struct lv_staff_plan plan;
    char why[1024] = "";
    int rc = EXIT_OK;
    char *yaml = NULL;
    int planned = lv_staff_plan(s, &o, &plan, why, sizeof why);
    if (planned != 0) {
        fprintf(stderr, "lvsim staff: %s\n", why); /* not a message: the library's, in lang */
        rc = planned == -2 ? EXIT_USAGE : EXIT_RUNTIME;
        goto done;
    }
    if (output) {
        yaml = lv_staff_scenario_yaml(path, NULL, NULL, ov.item, ov.count, s, &plan, &diags);
        if (!yaml) {
            lv_diags_write(&diags, stderr);
            rc = EXIT_RUNTIME;
        } else if (write_atomically(output, yaml, "staff") != 0)
            rc = EXIT_RUNTIME;
    }
    if (rc == EXIT_OK && json) {
        struct atomic_file a;
        if (atomic_open(&a, json, why, sizeof why) != 0) {
            atomic_discard(&a);
            complain("staff", LV_MSG_E_CANNOT_WRITE_FILE, json, why, NULL);
            rc = EXIT_RUNTIME;
        } else if (atomic_commit(&a, staff_json(a.f, &plan, &s->shifts, s) == 0) != 0) {
            complain("staff", LV_MSG_E_CANNOT_WRITE_FILE, json, strerror(errno), NULL);
            rc = EXIT_RUNTIME;
        }
    }
    if (rc == EXIT_OK && html) { /* the plan's JSON, as --json writes it, rendered */
        char *doc = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&doc, &len);
        int written = mem ? staff_json(mem, &plan, &s->shifts, s) : -1;
        if (mem && fclose(mem) != 0)
            written = -1;
        if (write_html(html, written == 0 ? doc : NULL, len, lang, "staff", "staff") != 0)
            rc = EXIT_RUNTIME;
        free(doc);
    }
    if (rc == EXIT_OK && !quiet) {
        staff_text(s, &plan, o.from_current);
        if (output)
            say(stdout, LV_MSG_STF_WROTE, output, NULL);
    }
    lv_staff_plan_fini(&plan);
done:
    free(yaml);
    free(shifts_text);
    lv_scenario_free(s);
    lv_diags_fini(&diags);
    return rc;
}

/* explain --json FILE and --html FILE: the day as JSON, and that JSON rendered (one path), each
 * written atomically. Returns EXIT_OK or EXIT_RUNTIME after saying what failed. */
static int explain_files(const struct lv_scenario *s, const struct lv_explain_day *d, bool worst, uint64_t seed,
                         const char *json, const char *html)
{
    if (!json && !html)
        return EXIT_OK;
    char *doc = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&doc, &len);
    int written = mem ? lv_explain_write_json(s, d, worst, (unsigned long long)seed, mem) : -1;
    if (mem && fclose(mem) != 0)
        written = -1;
    int rc = EXIT_OK;
    if (written != 0) {
        complain("explain", LV_MSG_E_OUT_OF_MEMORY, NULL);
        rc = EXIT_RUNTIME;
    }
    if (rc == EXIT_OK && json) {
        struct atomic_file a;
        char why[256];
        if (atomic_open(&a, json, why, sizeof why) != 0) {
            atomic_discard(&a);
            complain("explain", LV_MSG_E_CANNOT_WRITE_FILE, json, why, NULL);
            rc = EXIT_RUNTIME;
        } else if (atomic_commit(&a, fwrite(doc, 1, len, a.f) == len) != 0) {
            complain("explain", LV_MSG_E_CANNOT_WRITE_FILE, json, strerror(errno), NULL);
            rc = EXIT_RUNTIME;
        }
    }
    if (rc == EXIT_OK && html && write_html(html, doc, len, lang, "explain", "explain") != 0)
        rc = EXIT_RUNTIME;
    free(doc);
    return rc;
}

/* lvsim explain [SCENARIO.yaml] [--day DATE|worst] [--centre NAME] [-s SEED] [--set K=V]:
 * one day of the first replication told hour by hour (docs/teaching/). */
static int cmd_explain(int argc, char **argv)
{
    const char *path = NULL, *day_arg = "worst", *centre_arg = NULL, *json = NULL, *html = NULL;
    long long seed = -1;
    static struct overrides ov; /* large; one command line per process */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            return fputs(text(LV_MSG_CLI_USAGE_EXPLAIN), stdout) < 0 ? EXIT_RUNTIME : EXIT_OK;
        bool valued = strcmp(a, "--day") == 0 || strcmp(a, "--centre") == 0 || strcmp(a, "-s") == 0 ||
                      strcmp(a, "--seed") == 0 || strcmp(a, "--set") == 0 || strcmp(a, "--add-staff") == 0 ||
                      strcmp(a, "--json") == 0 || strcmp(a, "--html") == 0;
        if (valued && i + 1 == argc)
            return usage_error("explain", LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        if (strcmp(a, "--day") == 0)
            day_arg = argv[++i];
        else if (strcmp(a, "--json") == 0)
            json = argv[++i];
        else if (strcmp(a, "--html") == 0)
            html = argv[++i];
        else if (strcmp(a, "--centre") == 0)
            centre_arg = argv[++i];
        else if (strcmp(a, "-s") == 0 || strcmp(a, "--seed") == 0) {
            if (parse_count(argv[++i], 0, INT64_MAX, &seed) != 0)
                return usage_error("explain", LV_MSG_CLI_SEED, argv[i], NULL);
        } else if (strcmp(a, "--set") == 0 || strcmp(a, "--add-staff") == 0) {
            int bad = strcmp(a, "--set") == 0 ? add_override(&ov, "explain", argv[i + 1]) : add_staff(&ov, "explain", argv[i + 1]);
            i++;
            if (bad)
                return bad;
        } else if (a[0] == '-' && a[1])
            return usage_error("explain", LV_MSG_CLI_UNKNOWN_OPTION, a, NULL);
        else if (path)
            return usage_error("explain", LV_MSG_CLI_RUN_ONE_FILE, a, NULL);
        else
            path = a;
    }
    const struct planned_output outputs[] = {{"--json", json, false, false}, {"--html", html, false, false}};
    int checked = check_outputs("explain", &path, 1, outputs, 2);
    if (checked != EXIT_OK)
        return checked;
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_scenario *s = load(path, &ov, &diags);
    lv_diags_write(&diags, stderr);
    lv_diags_fini(&diags);
    if (!s)
        return EXIT_USAGE;
    if ((checked = check_outputs_against("explain", s, outputs, 2)) != EXIT_OK) {
        lv_scenario_free(s);
        return checked;
    }
    int rc = EXIT_USAGE;
    long first, last, day = -1;
    int centre = -1;
    char names[512] = "";
    for (int x = 0; x < s->site_count; x++) {
        if (s->sites[x].centre != x)
            continue; /* satellites take no calls of their own */
        if (centre < 0 && !centre_arg)
            centre = x;
        if (centre_arg && strcmp(centre_arg, s->sites[x].name) == 0)
            centre = x;
        size_t at = strlen(names);
        snprintf(names + at, sizeof names - at, "%s'%s'", at ? ", " : "", s->sites[x].name); /* syntax, not a message */
    }
    if (centre < 0) {
        rc = usage_error("explain", LV_MSG_EXP_E_CENTRE, names, centre_arg, NULL);
        goto done;
    }
    if (lv_explain_days(s, &first, &last) == 0) {
        rc = usage_error("explain", LV_MSG_EXP_E_NO_DAYS, NULL);
        goto done;
    }
    if (strcmp(day_arg, "worst") != 0 && (lv_parse_date(day_arg, &day) != 0 || day < first || day > last)) {
        char a[16], b[16];
        lv_format_date(first, a);
        lv_format_date(last, b);
        rc = usage_error("explain", LV_MSG_EXP_E_DAY, a, b, day_arg, NULL);
        goto done;
    }
    struct lv_trace trace;
    lv_trace_init(&trace);
    char error[1024] = "";
    struct lv_run_options o = {.replications = 1, .seed = seed >= 0 ? (uint64_t)seed : s->seed, .jobs = 1,
                               .error = error, .error_size = sizeof error, .lang = lang, .trace = &trace};
    struct lv_results r;
    if (lv_run(s, &o, &r) != LV_OK) {
        fprintf(stderr, "lvsim explain: %s\n", error); /* not a message: the library's, in lang */
        rc = EXIT_RUNTIME;
    } else if (trace.full || trace.no_memory) { /* a day told from part of its log would be wrong */
        lv_results_fini(&r);
        if (trace.full)
            complain("explain", LV_MSG_EXP_E_LOG_FULL, lv_msg_int((long long)trace.limit).s, NULL);
        else
            complain("explain", LV_MSG_E_OUT_OF_MEMORY, NULL);
        rc = EXIT_RUNTIME;
    } else {
        lv_results_fini(&r);
        bool worst = day < 0;
        if (worst)
            day = lv_explain_worst_day(s, &trace, centre);
        static struct lv_explain_day d; /* large; one day per process */
        if (day < 0) {
            complain("explain", LV_MSG_EXP_E_NO_CALLS, NULL);
            rc = EXIT_RUNTIME;
        } else if (lv_explain_day(s, &trace, day, centre, &d) != 0) {
            complain("explain", LV_MSG_E_OUT_OF_MEMORY, NULL);
            rc = EXIT_RUNTIME;
        } else
            rc = explain_files(s, &d, worst, o.seed, json, html);
        if (rc == EXIT_OK)
            rc = lv_explain_write_text(s, &d, worst, lang, stdout) == 0 ? EXIT_OK : EXIT_RUNTIME;
    }
    lv_trace_fini(&trace);
done:
    lv_scenario_free(s);
    return rc;
}

/* The language of the environment, as POSIX picks a locale category's: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty. */
static enum lv_language language_of_environment(void)
{
    static const char *const names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            return lv_language_of_locale(v);
    }
    return LV_LANG_EN;
}

/* --lang L and --csv-dialect D (also as --lang=L), taken out of argv wherever they stand before
 * "--", before or after the command, so every command has them; sets lang and csv_dialect.
 * Returns EXIT_OK, or EXIT_USAGE after saying what is wrong. */
static int take_global_options(int *argc, char **argv)
{
    lang = language_of_environment();
    int kept = 1;
    const char *lang_arg = NULL, *dialect_arg = NULL;
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i], **into = NULL, *value = NULL;
        if (strcmp(a, "--") == 0) { /* the rest are operands */
            while (i < *argc)
                argv[kept++] = argv[i++];
            break;
        }
        static const struct {
            const char *name;
            size_t len;
        } names[] = {{"--lang", 6}, {"--csv-dialect", 13}};
        for (int k = 0; k < 2 && !into; k++)
            if (strncmp(a, names[k].name, names[k].len) == 0 && (a[names[k].len] == '\0' || a[names[k].len] == '=')) {
                into = k == 0 ? &lang_arg : &dialect_arg;
                value = a[names[k].len] == '=' ? a + names[k].len + 1 : NULL;
            }
        if (!into) {
            argv[kept++] = argv[i];
            continue;
        }
        if (!value && i + 1 >= *argc)
            return usage_error(NULL, LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        *into = value ? value : argv[++i];
    }
    argv[kept] = NULL;
    *argc = kept;
    if (lang_arg) {
        int l = lv_language_parse(lang_arg);
        if (l < 0)
            return usage_error(NULL, LV_MSG_CLI_E_LANG, lang_arg, NULL);
        lang = (enum lv_language)l;
    }
    if (dialect_arg) {
        int d = lv_csv_dialect_parse(dialect_arg);
        if (d < 0)
            return usage_error(NULL, LV_MSG_CLI_E_CSV_DIALECT, dialect_arg, NULL);
        csv_dialect = (enum lv_csv_dialect)d;
    }
    return EXIT_OK;
}

#define REPORT_MAX_BYTES (512LL << 20) /* a national year's results JSON is about 30 MB */

/* lvsim report RESULTS.json -o FILE.html [--lang nb|en]: results JSON as an HTML report. */
static int cmd_report(int argc, char **argv)
{
    const char *input = NULL, *output = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            return fputs(text(LV_MSG_HTML_CLI_USAGE_REPORT), stdout) < 0 ? EXIT_RUNTIME : EXIT_OK;
        bool valued = strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0;
        if (valued && i + 1 == argc)
            return usage_error("report", LV_MSG_CLI_NEEDS_VALUE, a, NULL);
        if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)
            output = argv[++i];
        else if (a[0] == '-' && a[1])
            return usage_error("report", LV_MSG_CLI_UNKNOWN_OPTION, a, NULL);
        else if (input)
            return usage_error("report", LV_MSG_CLI_RUN_ONE_FILE, a, NULL);
        else
            input = a;
    }
    if (!input || !output)
        return usage_error("report", LV_MSG_HTML_CLI_E_REPORT_ARGS, NULL);
    const struct planned_output report_output = {"-o", output, false, false};
    int checked = check_outputs("report", &input, 1, &report_output, 1);
    if (checked != EXIT_OK)
        return checked;
    /* opened without blocking (a FIFO would wait for ever), a regular file only, of bounded size */
    struct stat st;
    int fd = open(input, O_RDONLY | O_NONBLOCK);
    bool got = fd >= 0 && fstat(fd, &st) == 0;
    int err = errno;
    if (!got || !S_ISREG(st.st_mode) || st.st_size > REPORT_MAX_BYTES) {
        const char *why = !got ? strerror(err)
                          : S_ISDIR(st.st_mode) ? text(LV_MSG_CLI_A_DIRECTORY)
                          : !S_ISREG(st.st_mode) ? text(LV_MSG_E_FILE_NOT_REGULAR)
                                                 : text(LV_MSG_HTML_CLI_E_TOO_LARGE);
        complain("report", LV_MSG_HTML_CLI_E_READ, input, why, NULL);
        if (fd >= 0)
            close(fd);
        return EXIT_USAGE;
    }
    FILE *in = fdopen(fd, "rb");
    if (!in) {
        complain("report", LV_MSG_HTML_CLI_E_READ, input, strerror(errno), NULL);
        close(fd);
        return EXIT_USAGE;
    }
    size_t len = (size_t)st.st_size;
    char *json = malloc(len + 1);
    if (!json || fread(json, 1, len, in) != len) {
        complain("report", LV_MSG_HTML_CLI_E_READ, input, json ? strerror(errno) : text(LV_MSG_E_OUT_OF_MEMORY), NULL);
        free(json);
        fclose(in);
        return EXIT_USAGE;
    }
    fclose(in);
    json[len] = '\0';
    int rc = write_html(output, json, len, lang, "report", input);
    free(json);
    return rc == 0 ? EXIT_OK : rc == -2 ? EXIT_USAGE : EXIT_RUNTIME;
}

/* lvsim serve: the workbench (docs/workbench.md). The library serves; here the address is printed
 * and the process waits for SIGINT or SIGTERM, blocked in every thread and taken with sigwait, so
 * no handler and no global is needed. */
static int cmd_serve(int argc, char **argv)
{
    static const struct option opts[] = {{"port", required_argument, NULL, 'p'},
                                         {"listen", required_argument, NULL, 'L'},
                                         {"budget", required_argument, NULL, 'b'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"set", required_argument, NULL, 'S'},
                                         {"add-staff", required_argument, NULL, 'A'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    static struct overrides ov; /* large; one command line per process */
    ov.count = 0;
    long long port = 0, budget = 0, jobs = 0;
    const char *listen_at = "127.0.0.1";
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":j:h", opts, NULL)) != -1) {
        switch (c) {
        case 'p':
            if (parse_count(optarg, 0, 65535, &port) != 0)
                return usage_error("serve", LV_MSG_SRV_CLI_E_PORT, optarg, NULL);
            break;
        case 'L': {
            unsigned char addr[16];
            if (inet_pton(AF_INET, optarg, addr) != 1 && inet_pton(AF_INET6, optarg, addr) != 1)
                return usage_error("serve", LV_MSG_SRV_CLI_E_LISTEN, optarg, NULL);
            listen_at = optarg;
            break;
        }
        case 'b':
            if (parse_count(optarg, 1000, 10000000000LL, &budget) != 0)
                return usage_error("serve", LV_MSG_SRV_CLI_E_BUDGET, optarg, NULL);
            break;
        case 'j':
            if (parse_count(optarg, 1, 1024, &jobs) != 0)
                return usage_error("serve", LV_MSG_CLI_JOBS, optarg, NULL);
            break;
        case 'S':
            if (add_override(&ov, "serve", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'A':
            if (add_staff(&ov, "serve", optarg) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'h':
            fputs(text(LV_MSG_SRV_CLI_USAGE), stdout);
            return EXIT_OK;
        case ':':
            return usage_error("serve", LV_MSG_CLI_NEEDS_VALUE, argv[optind - 1], NULL);
        default:
            return usage_error("serve", LV_MSG_CLI_UNKNOWN_OPTION, argv[optind - 1], NULL);
        }
    }
    if (argc - optind > 1)
        return usage_error("serve", LV_MSG_CLI_RUN_ONE_FILE, argv[optind + 1], NULL);
    const char *path = optind < argc ? argv[optind] : NULL;
    struct lv_diags diags;
    lv_diags_init(&diags);
    diags.lang = lang;
    struct lv_serve_options o = {.path = path,
                                 .overrides = ov.item,
                                 .override_count = ov.count,
                                 .budget = (double)budget,
                                 .jobs = (int)(jobs ? jobs : default_jobs()),
                                 .lang = lang};
    struct lv_serve *sv = lv_serve_alloc(&o, &diags);
    if (!sv) {
        lv_diags_write(&diags, stderr);
        lv_diags_fini(&diags);
        return EXIT_USAGE;
    }
    lv_diags_fini(&diags);
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL); /* before the server's threads start: they inherit it */
    char why[256];
    struct lv_serve_http *h = lv_serve_http_start(sv, listen_at, (int)port, why, sizeof why);
    if (!h) {
        complain("serve", LV_MSG_SRV_E_START, listen_at, lv_msg_int(port).s, why, NULL);
        lv_serve_free(sv);
        return EXIT_RUNTIME;
    }
    char url[400];
    /* syntax, not a message: the address to open, with the Host the server takes */
    snprintf(url, sizeof url, "http://%s/?token=%s", lv_serve_host(sv), lv_serve_token(sv));
    say(stdout, LV_MSG_SRV_CLI_URL, url, path ? path : "default", NULL);
    fflush(stdout);
    int sig;
    while (sigwait(&stop, &sig) != 0)
        ;
    lv_serve_http_stop(h);
    lv_serve_free(sv);
    fputs(text(LV_MSG_SRV_CLI_STOPPED), stderr);
    return EXIT_OK;
}

static int dispatch(int argc, char **argv)
{
    if (take_global_options(&argc, argv) != EXIT_OK)
        return EXIT_USAGE;
    if (argc < 2) {
        fputs(text(LV_MSG_CLI_USAGE_MAIN), stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("lvsim %s\n", LV_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(text(LV_MSG_CLI_USAGE_MAIN), stdout);
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
    if (strcmp(cmd, "keys") == 0)
        return cmd_keys(argc - 1, argv + 1);
    if (strcmp(cmd, "fit") == 0)
        return cmd_fit(argc - 1, argv + 1);
    if (strcmp(cmd, "calibrate") == 0)
        return cmd_calibrate(argc - 1, argv + 1);
    if (strcmp(cmd, "erlang") == 0)
        return cmd_erlang(argc - 1, argv + 1);
    if (strcmp(cmd, "explain") == 0)
        return cmd_explain(argc - 1, argv + 1);
    if (strcmp(cmd, "staff") == 0)
        return cmd_staff(argc - 1, argv + 1);
    if (strcmp(cmd, "report") == 0)
        return cmd_report(argc - 1, argv + 1);
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    return usage_error(NULL, LV_MSG_CLI_UNKNOWN_COMMAND, cmd, NULL);
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
        complain(NULL, LV_MSG_CLI_STDOUT, strerror(errno), NULL);
        return rc == EXIT_OK ? EXIT_RUNTIME : rc;
    }
    return rc;
}

int main(int argc, char **argv)
{
    gsl_set_error_handler_off(); /* the library checks what it calls; never let GSL abort */
    return finish_stdout(dispatch(argc, argv));
}
