/* run.c — lv_run: an evaluator (evaluate.c) built, run once and freed, so a single run and a
 * thousand staffing variants take the same code path and give the same numbers; see run.h. */
#include "lvsim/run.h"
#include "lvsim/evaluate.h"

#include <string.h>

int lv_run(const struct lv_scenario *s, const struct lv_run_options *o, struct lv_results *out)
{
    memset(out, 0, sizeof *out);
    struct lv_evaluator *e = lv_evaluator_alloc(s, o);
    if (!e)
        return o->replications < 1 ? LV_INVALID : LV_NO_MEMORY;
    int rc = lv_evaluator_run(e, out);
    if (rc == LV_OK)
        out->scenario = s; /* the evaluator's copy goes with it; the caller's is the same scenario */
    lv_evaluator_free(e);
    return rc;
}
