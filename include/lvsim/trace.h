/* trace.h — every call attempt of one replication, as the call log that `lvsim fit` reads
 * (docs/output.md, "The trace"). The caller owns a struct lv_trace and hands it to a replication
 * (lv_replication_set_trace, model.h) or to lv_run (lv_run_options.trace: replication 0); the
 * model appends one compact record as each attempt ends, and lv_trace_write_csv writes the log.
 * Recording never changes what a replication draws or counts: results are the same with or
 * without a trace. Memory: 48 bytes an attempt, at most LV_TRACE_MAX_RECORDS attempts; or, for a
 * trace that is only written (lv_trace_stream), at most a chunk of them: the rest wait in sorted
 * runs in a temporary file and are merged as the log is written. */
#ifndef LVSIM_TRACE_H
#define LVSIM_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lvsim/scenario.h"

/* The most attempts a trace keeps: lvsim fit's limit (LV_CALLLOG_MAX_ROWS, fit.h), so every
 * complete trace can be fitted. A year of the default scenario is about 100 000. */
#define LV_TRACE_MAX_RECORDS 5000000L

/* How an attempt ended. A busy signal (the queue was full, queue_capacity) is written to the log
 * as 'busy' with a wait of 0: the caller heard the line was busy and hung up, never waiting. */
enum lv_trace_outcome { LV_TRACE_ANSWERED, LV_TRACE_ABANDONED, LV_TRACE_BUSY };

/* One call attempt. Times in seconds from 00:00 of the scenario's start date. */
struct lv_trace_record {
    double arrival_s;   /* the attempt came in (before the centre's announcement) */
    double wait_s;      /* from entering the queue to the answer (a transfer included) or the hang-up */
    double talk_s;      /* answered: the talk (after-call work excluded); otherwise 0 */
    double episode_s;   /* the caller's first attempt entered the queue: shared by its redials */
    uint32_t caller;    /* set by lv_trace_finish: 1, 2, ... in the order of the callers' first attempts */
    uint16_t type;      /* index into the scenario's call types */
    uint16_t centre;    /* site index of the centre whose queue the attempt joined */
    uint8_t outcome;    /* enum lv_trace_outcome */
};

/* A growable array of records, owned by the caller (init/fini). The model appends attempts that
 * came in before the horizon, however late in the drain they end; attempts still waiting when
 * the replication stops, and redials after the horizon, are not recorded. */
struct lv_trace_spill;
struct lv_trace {
    struct lv_trace_record *records;
    size_t count, capacity;
    size_t chunk;   /* 0: every record stays in records (lvsim explain reads them); else the most kept
                     * in memory, the others spilled (lv_trace_stream) */
    size_t spilled; /* records written to the temporary file */
    struct lv_trace_spill *spill; /* owned, or NULL */
    size_t limit;   /* most records kept; lv_trace_init sets LV_TRACE_MAX_RECORDS */
    bool full;      /* more attempts than limit came: the trace is incomplete (the run is not) */
    bool no_memory; /* a record could not be stored: the trace is incomplete (the run is not) */
};

void lv_trace_init(struct lv_trace *t);
void lv_trace_fini(struct lv_trace *t);
/* Empties the trace, keeping its memory (a replication does this as it starts). */
void lv_trace_reset(struct lv_trace *t);

/* Keeps at most `chunk` records in memory from now on (0: all): when the model has that many it
 * calls lv_trace_spill. For a trace only written out (lvsim run --trace); records then holds only
 * the last chunk, and lv_trace_write_csv reads the rest from the temporary file. */
void lv_trace_stream(struct lv_trace *t, size_t chunk);
/* Writes the records, ordered by episode, as a run to the temporary file (made on first use) and
 * empties the array. 0, or -1 when the file cannot be made or written. */
int lv_trace_spill(struct lv_trace *t);

/* Orders the records by arrival and numbers the callers (the record's caller). lv_run calls it
 * after the run. No allocation, unless records were spilled: they are then merged through a second
 * temporary file (sorted runs by arrival); a failure then sets no_memory. */
void lv_trace_finish(struct lv_trace *t);

/* Writes the finished trace as CSV for scenario s (the one simulated): the header
 * arrival,wait_s,talk_s,outcome,caller,type, plus a column centre when s has several centres.
 * Returns 0, or -1 on a write error. */
int lv_trace_write_csv(const struct lv_trace *t, const struct lv_scenario *s, FILE *out);

#endif
