/* rng.h — one GSL generator per stochastic purpose, seeded from (seed, replication, stream).
 * Streams are numbered for ever: a new purpose gets a new number at the end, so existing
 * streams, and therefore common random numbers between scenario variants, never shift. */
#ifndef LVSIM_RNG_H
#define LVSIM_RNG_H

#include <gsl/gsl_rng.h>
#include <stdint.h>

enum lv_stream {
    LV_STREAM_ARRIVALS = 0,   /* first-attempt arrival times */
    LV_STREAM_DAY_FACTOR = 1, /* day-to-day demand multiplier */
    LV_STREAM_CALL_TYPE = 2,  /* call type and priority lane of an episode */
    LV_STREAM_TALK = 3,       /* talk time */
    LV_STREAM_AFTER_CALL = 4, /* after-call work */
    LV_STREAM_PATIENCE = 5,   /* patience of each attempt */
    LV_STREAM_REDIAL = 6,     /* redial decision and delay */
    LV_STREAM_WALK_INS = 7,   /* walk-in arrival times and their urgency */
    LV_STREAM_URGENCY = 8,    /* urgency of clinical calls */
    LV_STREAM_DISPOSITION = 9,
    LV_STREAM_PATIENT_TRAVEL = 10, /* travel to the centre and no-shows */
    LV_STREAM_DOCTOR = 11,    /* consultation, callback and call-out durations, call-out decision */
    LV_STREAM_HOME_VISIT = 12,
    LV_STREAM_FLOOR = 13,     /* triage, assist decision and duration, red arrivals */
    LV_STREAM_BACKUP = 14,    /* backup doctor activation delay */
    LV_STREAM_AREA = 15,      /* the area a first attempt or walk-in comes from */
    LV_STREAM_SATELLITE = 16, /* travel to satellites, work-ups and video consultations */
    LV_STREAM_AWAY = 17,      /* when pieces of time away from the phone arise */
    LV_STREAM_AWAY_PIECE = 18, /* how long each piece lasts */
    LV_STREAM_CALLBACK = 19,  /* outbound callbacks: whether an answered call leads to one, its delay and talk */
    LV_STREAM_AMK = 20,       /* AMK conferences on red calls: whether a call has one, and its length */
    LV_STREAM_CONSULT = 21,   /* consulting the doctor during a call: whether a call has one, and its length */
    LV_STREAM_COUNT
};

/* Streams drawn in an order that staffing changes (answers, redials, doctors, floor work, time
 * away) are kept per centre by the model, so that a change at one centre leaves the draws of the
 * others as they were (common random numbers across centres). The centre at site 0 draws them
 * from the replication's mt19937 streams, as a one-centre scenario always did; every other centre
 * from its own taus2 streams (lv_rng_cell_start) keyed stream + LV_STREAM_CENTRE_STRIDE × its
 * site index. */
#define LV_STREAM_CENTRE_STRIDE 256u

#define LV_RNG_NAME "mt19937"

/* Allocates an mt19937 generator whose whole 624-word state is filled from a SplitMix64
 * sequence keyed by (seed, replication, stream), so distinct triples give distinct,
 * uncorrelated streams (GSL's own seeding would keep only 32 bits). NULL on out of memory. */
gsl_rng *lv_rng_alloc(uint64_t seed, uint64_t replication, unsigned stream);
/* Restarts a generator of lv_rng_alloc or lv_rng_cell_start as they would start it. */
void lv_rng_reseed(gsl_rng *r, uint64_t seed, uint64_t replication, unsigned stream);

/* An array of small generators for the many streams kept per centre: each cell holds a taus2
 * generator (L'Ecuyer's maximally equidistributed combined Tausworthe, period 2^88) and its
 * 96-bit state in one 64-byte cache line. Drawing from a generator of gsl_rng_alloc reads two
 * separately allocated blocks (the generator, then its state); with 2 000 centres those were two
 * cache misses a draw. */
struct lv_rng_cell;
/* n cells, not yet started; NULL on out of memory. Free with lv_rng_cells_free. */
struct lv_rng_cell *lv_rng_cells_alloc(size_t n);
void lv_rng_cells_free(struct lv_rng_cell *cells);
/* Starts cell i with its state filled from (seed, replication, stream) as lv_rng_alloc fills
 * mt19937's, and returns its generator (valid until the cells are freed; never gsl_rng_free it). */
gsl_rng *lv_rng_cell_start(struct lv_rng_cell *cells, size_t i, uint64_t seed, uint64_t replication,
                           unsigned stream);

#endif
