/* sweep.h — parameter sweeps: a base scenario, axes of values for scenario keys (a full grid or
 * zipped), replications per point. The run table (points in a fixed order) is deterministic and
 * addressable, so a sweep can be sliced over processes or machines; each slice appends one JSON
 * line per finished point to its own part file in the result directory, and the final tables
 * are written from the union of part files, so a sliced and merged sweep equals a single run
 * byte for byte. Seeds depend only on (seed, replication, stream), never on the slice. */
#ifndef LVSIM_SWEEP_H
#define LVSIM_SWEEP_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "lvsim/diag.h"
#include "lvsim/output.h"
#include "lvsim/scenario.h"

#define LV_SWEEP_MAX_AXES 8
#define LV_SWEEP_MAX_OVERRIDE 1024 /* bytes of one "key=value" (an axis value or a set entry) */

struct lv_sweep_axis {
    char key[256];
    int count;
    char **values; /* owned, YAML texts */
    int *line, *column; /* owned, [count]: where each value is written in the sweep file (1-based;
                         * a from/to/step range: the axis's own position, for every value) */
};

struct lv_sweep {
    char *file;           /* the sweep file */
    char *scenario_path;  /* resolved against the sweep file; NULL for the built-in default */
    char *output_dir;     /* resolved against the sweep file */
    char name[128];
    int replications;
    uint64_t seed;
    bool zip;             /* axes advance together instead of a full grid */
    int axis_count;
    struct lv_sweep_axis axes[LV_SWEEP_MAX_AXES];
    int set_count;
    char **set;           /* "path=value" applied to every point */
    int metric_count;
    int metrics[64];      /* enum lv_headline values kept in the results, each once */
    int point_count;
    uint64_t hash;        /* of the sweep file and the texts of the base scenario's files (the
                           * file and each it extends), and --set options */
    enum lv_language lang; /* of its messages (errors, warnings): the diagnostics' language at load */
    enum lv_csv_dialect csv_dialect; /* of points.csv (RFC 4180 after load); not part of the identity */
};

struct lv_sweep *lv_sweep_load(const char *path, struct lv_diags *diags);
void lv_sweep_free(struct lv_sweep *s);

/* Adds a "path=value" override for every point (as the file's `set`); it becomes part of the
 * sweep's identity (hash). Returns 0, or -1 on out of memory. */
int lv_sweep_add_set(struct lv_sweep *s, const char *override);

/* Index into each axis's values for point `point` (grid: the last axis varies fastest). */
void lv_sweep_point(const struct lv_sweep *s, int point, int value_index[LV_SWEEP_MAX_AXES]);

/* The scenario of a point, validated; diagnostics name the sweep file and the axis. */
struct lv_scenario *lv_sweep_scenario(const struct lv_sweep *s, int point, struct lv_diags *diags);

/* Checks every axis value once (the other axes at their first value; the axes in turns), with
 * diagnostics at the value's line and column in the sweep file, then loads the points' scenarios
 * (5 000 loads in all), so bad axes and bad combinations are reported before anything runs. */
int lv_sweep_check(const struct lv_sweep *s, struct lv_diags *diags);

/* Result directory. Functions return 0, or a negative status with a message in err (size n).
 * Many processes may share one directory: each slice appends to its own part file and holds an
 * exclusive lock on it while it runs; everyone else only reads it. Records that fail their
 * checksum or do not match the run table are skipped (their points count as not done) and
 * reported through the optional warnings callback, as "FILE:LINE: message"; the library never
 * prints. */
#define LV_SWEEP_MISMATCH (-2) /* the directory holds another sweep's results or format: untouched */
#define LV_SWEEP_BUSY (-3)     /* another process is writing this slice's part file */
#define LV_SWEEP_STOPPED (-4)  /* *stop was set: the points under way finished and were saved */
#define LV_SWEEP_INVALID (-5)  /* a point's scenario is invalid (beyond those lv_sweep_check loads);
                                * the message names the sweep file, the axis, the point and why */
#define LV_SWEEP_FORMAT 2      /* the part-file format (sweep.json's "format"): records with a checksum */

struct lv_sweep_warnings {
    void (*warn)(void *context, const char *message);
    void *context;
};

/* Creates dir if needed and claims it for this sweep: creating its manifest (sweep.json) is
 * exclusive, so of two different sweeps started at once into one directory, the second gets
 * LV_SWEEP_MISMATCH before it writes anything. */
int lv_sweep_open_dir(const struct lv_sweep *s, const char *dir, char *err, size_t n);

/* Marks in done[point] the points with a valid record in dir's part files. Changes nothing; a
 * last line without its newline (being written, or torn by a kill) is not read. */
int lv_sweep_scan(const struct lv_sweep *s, const char *dir, bool *done, const struct lv_sweep_warnings *w,
                  char *err, size_t n);

struct lv_sweep_progress {
    void (*report)(void *context, int done, int total); /* or NULL */
    void *context;
    /* or NULL; once *stop is non-zero (a signal handler may set it) no further point starts, the
     * points under way finish and are saved, and lv_sweep_run returns LV_SWEEP_STOPPED */
    const volatile sig_atomic_t *stop;
};

/* Runs the unfinished points of [first, last] on `jobs` threads, appending to dir's part file of
 * that slice, part-FIRST-LAST.jsonl. Returns LV_SWEEP_BUSY if another process holds that file's
 * lock. Before appending it cuts a torn last line (of a killed run) off that file, and only
 * that file. */
int lv_sweep_run(const struct lv_sweep *s, const char *dir, int first, int last, int jobs,
                 const struct lv_sweep_progress *progress, const struct lv_sweep_warnings *w, char *err, size_t n);

/* Removes dir if it holds nothing but this sweep's manifest and an empty part file of the slice
 * [first, last] (what lv_sweep_open_dir and a run that saved no point leave). For a directory
 * the caller created: one that held anything before, or holds any result, is kept. Returns 0 if
 * removed. */
int lv_sweep_discard_dir(const struct lv_sweep *s, const char *dir, int first, int last);

/* Reads the part files of the input directories and, if every point is there, writes
 * points.csv and points.json into out_dir (atomically). *missing is set to the number of points
 * without results (then nothing is written). */
int lv_sweep_finish(const struct lv_sweep *s, const char *const *dirs, int dir_count, const char *out_dir,
                    const struct lv_sweep_warnings *w, int *missing, char *err, size_t n);

#endif
