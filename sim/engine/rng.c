/* rng.c — keyed seeding of per-purpose mt19937 generators; see rng.h. */
#include "lvsim/rng.h"

#include <string.h>

/* Layout of GSL's mt19937 state (gsl/rng/mt.c); checked against gsl_rng_size below. */
struct mt_state {
    unsigned long mt[624];
    int mti;
};

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

gsl_rng *lv_rng_alloc(uint64_t seed, uint64_t replication, unsigned stream)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (!r)
        return NULL;
    /* Mix the three keys so neighbouring triples start far apart in SplitMix64's sequence. */
    uint64_t key = seed;
    uint64_t k1 = splitmix64(&key) ^ (replication * 0xD1B54A32D192ED03ULL);
    uint64_t k2 = splitmix64(&k1) ^ ((uint64_t)stream * 0x8CB92BA72F3D8DD7ULL);
    uint64_t x = splitmix64(&k2);
    if (gsl_rng_size(r) == sizeof(struct mt_state)) {
        struct mt_state *s = gsl_rng_state(r);
        for (int i = 0; i < 624; i++)
            s->mt[i] = (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL);
        s->mt[0] |= 0x80000000UL; /* never the all-zero state */
        s->mti = 624;             /* regenerate the block on first use */
    } else {
        gsl_rng_set(r, (unsigned long)(splitmix64(&x) & 0xFFFFFFFFUL));
    }
    return r;
}
