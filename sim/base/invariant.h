/* invariant.h (internal) — invariants documented in code, as SQLite's ALWAYS/NEVER: in a debug
 * build (the sanitizer configuration the test suite also runs) a broken invariant aborts at once;
 * in a release build the condition is simply evaluated, so the code after it degrades
 * gracefully instead of failing on a user's run. Our bugs trip these; users' input never does. */
#ifndef LVSIM_INVARIANT_H
#define LVSIM_INVARIANT_H

#include <assert.h>

/* if (LV_NEVER(p == NULL)) return -1;  — p is never NULL, but a release build copes if it is. */
#ifdef NDEBUG
#define LV_ALWAYS(x) (x)
#define LV_NEVER(x) (x)
#define LV_UNREACHABLE(why) ((void)0)
#else
#define LV_ALWAYS(x) ((x) ? 1 : (assert(!"invariant broken: " #x), 0))
#define LV_NEVER(x) ((x) ? (assert(!"invariant broken: never " #x), 1) : 0)
#define LV_UNREACHABLE(why) assert(!(why))
#endif

#endif
