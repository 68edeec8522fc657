/* rng.c — keyed seeding of per-purpose mt19937 generators; see rng.h. */
#include "lvsim/rng.h"

#include <stdlib.h>
#include <string.h>

/* Layouts of GSL's mt19937 and taus2 states (gsl/rng/mt.c, taus.c); checked against gsl_rng_size
 * below. */
struct mt_state {
    unsigned long mt[624];
    int mti;
};
struct taus_state {
    unsigned long s1, s2, s3;
};

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

void lv_rng_reseed(gsl_rng *r, uint64_t seed, uint64_t replication, unsigned stream)
{
    /* Mix the three keys so neighbouring triples start far apart in SplitMix64's sequence. */
    uint64_t key = seed;
    uint64_t k1 = splitmix64(&key) ^ (replication * 0xD1B54A32D192ED03ULL);
    uint64_t k2 = splitmix64(&k1) ^ ((uint64_t)stream * 0x8CB92BA72F3D8DD7ULL);
    uint64_t x = splitmix64(&k2);
    if (r->type == gsl_rng_mt19937 && gsl_rng_size(r) == sizeof(struct mt_state)) {
        struct mt_state *s = gsl_rng_state(r);
        for (int i = 0; i < 624; i++)
            s->mt[i] = (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL);
        s->mt[0] |= 0x80000000UL; /* never the all-zero state */
        s->mti = 624;             /* regenerate the block on first use */
    } else if (r->type == gsl_rng_taus2 && gsl_rng_size(r) == sizeof(struct taus_state)) {
        /* each component must exceed 1, 7 and 15 (L'Ecuyer 1996): the top bits are kept random */
        struct taus_state *s = gsl_rng_state(r);
        s->s1 = (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL) | 0x80000000UL;
        s->s2 = (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL) | 0x80000000UL;
        s->s3 = (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL) | 0x80000000UL;
    } else {
        gsl_rng_set(r, (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL));
    }
}

gsl_rng *lv_rng_alloc(uint64_t seed, uint64_t replication, unsigned stream)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (r)
        lv_rng_reseed(r, seed, replication, stream);
    return r;
}

/* gsl_rng is GSL's public pair (type, state); gsl_rng_alloc allocates the two apart, a cell keeps
 * them on one line. */
struct lv_rng_cell {
    _Alignas(64) gsl_rng rng;
    struct taus_state state;
};

struct lv_rng_cell *lv_rng_cells_alloc(size_t n)
{
    if (n == 0 || n > SIZE_MAX / sizeof(struct lv_rng_cell) || gsl_rng_size(&(gsl_rng){gsl_rng_taus2, NULL}) != sizeof(struct taus_state))
        return NULL; /* the second: a GSL whose taus2 state is not the one lv_rng_reseed fills */
    return aligned_alloc(_Alignof(struct lv_rng_cell), n * sizeof(struct lv_rng_cell));
}

void lv_rng_cells_free(struct lv_rng_cell *cells) { free(cells); }

gsl_rng *lv_rng_cell_start(struct lv_rng_cell *cells, size_t i, uint64_t seed, uint64_t replication,
                           unsigned stream)
{
    struct lv_rng_cell *c = &cells[i];
    c->rng.type = gsl_rng_taus2;
    c->rng.state = &c->state;
    lv_rng_reseed(&c->rng, seed, replication, stream);
    return &c->rng;
}
