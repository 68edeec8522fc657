/* compare.c — paired differences of two runs; see compare.h. Each side is a ratio-of-sums
 * estimate, and the difference's interval is the delta method's on the paired residuals. */
#include "lvsim/compare.h"
#include "lvsim/summary.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define CONFIDENCE 0.95

void lv_compare_figure(struct lv_estimator *e, double *col, const struct lv_results *a, int ka,
                       const struct lv_results *b, int kb, struct lv_estimate *fa, struct lv_estimate *fb,
                       struct lv_estimate *paired)
{
    int n = a->replications;
    double *ya = col, *xa = col + n, *yb = col + 2 * n, *xb = col + 3 * n;
    for (int i = 0; i < n; i++) {
        size_t ia = (size_t)i * (size_t)a->value_count + (size_t)ka, ib = (size_t)i * (size_t)b->value_count + (size_t)kb;
        ya[i] = a->values[ia];
        xa[i] = a->weights[ia];
        yb[i] = b->values[ib];
        xb[i] = b->weights[ib];
    }
    *fa = lv_estimate_ratio(e, ya, xa);
    *fb = lv_estimate_ratio(e, yb, xb);
    *paired = lv_estimate_ratio_difference(e, ya, xa, yb, xb);
}

int lv_compare(const struct lv_results *a, const struct lv_results *b, struct lv_comparison *out)
{
    memset(out, 0, sizeof *out);
    if (a->replications != b->replications || a->interval_count != b->interval_count || a->replications < 1)
        return -1;
    int n = a->replications;
    out->interval_count = a->interval_count;
    int prefix = LV_HEADLINE_COUNT + a->interval_count * LV_INTERVAL_METRIC_COUNT; /* common to both layouts */
    out->shrinkage_at = prefix;
    out->call_handling_at = prefix + LV_SHRINKAGE_METRIC_COUNT;
    out->count = out->call_handling_at + LV_CALL_HANDLING_METRIC_COUNT;
    out->a = calloc((size_t)out->count, sizeof *out->a);
    out->b = calloc((size_t)out->count, sizeof *out->b);
    out->paired = calloc((size_t)out->count, sizeof *out->paired);
    out->unpaired_half_width = calloc((size_t)out->count, sizeof *out->unpaired_half_width);
    size_t m = (size_t)n;
    double *col = malloc(4 * m * sizeof *col);
    struct lv_estimator e;
    bool have_estimator = lv_estimator_init(&e, n, CONFIDENCE) == 0;
    if (!out->a || !out->b || !out->paired || !out->unpaired_half_width || !col || !have_estimator) {
        free(col);
        if (have_estimator)
            lv_estimator_fini(&e);
        lv_comparison_fini(out);
        return -1;
    }
    struct lv_layout layout, lb; /* the shrinkage figures sit after each run's own sites and days */
    lv_layout_init(&layout, a->scenario, a->interval_count, a->day_count);
    lv_layout_init(&lb, b->scenario, b->interval_count, b->day_count);
    double *ya = col, *xa = col + m, *yb = col + 2 * m, *xb = col + 3 * m;
    for (int k = 0; k < out->count; k++) {
        int ka = k < prefix                  ? k
                 : k < out->call_handling_at ? lv_layout_shrinkage(&layout, k - prefix)
                                             : lv_layout_call_handling(&layout, k - out->call_handling_at);
        int kb = k < prefix                  ? k
                 : k < out->call_handling_at ? lv_layout_shrinkage(&lb, k - prefix)
                                             : lv_layout_call_handling(&lb, k - out->call_handling_at);
        lv_compare_figure(&e, col, a, ka, b, kb, &out->a[k], &out->b[k], &out->paired[k]); /* fills ya.. xb */
        if (k < prefix && lv_layout_capped(&layout, k)) { /* a quantile beyond the histogram's cap on either side */
            out->a[k].censored = lv_censored(ya, xa, n, LV_HIST_CAP_S);
            out->b[k].censored = lv_censored(yb, xb, n, LV_HIST_CAP_S);
            for (int i = 0; i < n; i++)
                out->paired[k].censored += lv_censored(ya + i, xa + i, 1, LV_HIST_CAP_S) ||
                                           lv_censored(yb + i, xb + i, 1, LV_HIST_CAP_S);
        }
        const struct lv_estimate *ea = &out->a[k], *eb = &out->b[k];
        double va = ea->n > 1 ? ea->sd * ea->sd / ea->n : NAN, vb = eb->n > 1 ? eb->sd * eb->sd / eb->n : NAN;
        double df = (va + vb) * (va + vb) / (va * va / (ea->n - 1) + vb * vb / (eb->n - 1));
        out->unpaired_half_width[k] = va + vb > 0 ? gsl_cdf_tdist_Pinv(0.5 + CONFIDENCE / 2, df) * sqrt(va + vb)
                                                  : (isfinite(va + vb) ? 0 : NAN);
    }
    lv_estimator_fini(&e);
    free(col);
    return 0;
}

void lv_comparison_fini(struct lv_comparison *c)
{
    free(c->a);
    free(c->b);
    free(c->paired);
    free(c->unpaired_half_width);
    memset(c, 0, sizeof *c);
}
