/* main.c — runs every suite; `lvsim_tests SUITE` runs one (e.g. lvsim_tests validation). */
#include "suites.h"

#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/output.h"
#include "lvsim/scenario.h"
#include "lvsim/summary.h"

struct lv_scenario *test_scenario(const char *yaml)
{
    struct lv_diags d;
    lv_diags_init(&d);
    struct lv_scenario *s = lv_scenario_load_string(yaml, strlen(yaml), "test", &d);
    if (!s) {
        lv_diags_write(&d, stderr);
        lv_diags_fini(&d);
        ck_abort_msg("test scenario did not load");
    }
    lv_diags_fini(&d);
    return s;
}

void test_results(struct lv_results *r, const struct lv_scenario *sc, int n)
{
    struct lv_layout l;
    int intervals = (int)(7 * 86400 / sc->interval_s), days = (int)ceil(sc->horizon_s / 86400);
    lv_layout_init(&l, sc, intervals, days);
    *r = (struct lv_results){.scenario = sc, .replications = n, .seed = 42, .interval_count = intervals,
                             .day_count = days, .value_count = l.count};
    size_t cells = (size_t)n * (size_t)l.count;
    r->values = calloc(cells, sizeof *r->values);
    r->weights = malloc(cells * sizeof *r->weights);
    r->events = calloc((size_t)n, sizeof *r->events);
    r->attempts = calloc((size_t)n, sizeof *r->attempts);
    ck_assert(r->values && r->weights && r->events && r->attempts);
    for (size_t i = 0; i < cells; i++)
        r->weights[i] = 1;
    for (int i = 0; i < n; i++) {
        r->events[i] = 1000 + (uint64_t)i;
        r->attempts[i] = 100 + (uint64_t)i;
    }
    /* the days as the other figures: 0 of weight 1 */
    ck_assert_int_eq(lv_day_store_open(&r->days, n, l.day_count, LV_DAY_STORE_MEMORY), 0);
    struct lv_day_value one = {.den = {1, 1, 1, 1, 1, 1}};
    for (int i = 0; i < n; i++)
        for (int d = 0; d < l.day_count; d++)
            ck_assert_int_eq(lv_day_store_write(&r->days, i, d, 1, &one), 0);
}

void test_figure(struct lv_results *r, int index, const double *y, const double *x)
{
    for (int i = 0; i < r->replications; i++) {
        r->values[(size_t)i * (size_t)r->value_count + (size_t)index] = y[i];
        r->weights[(size_t)i * (size_t)r->value_count + (size_t)index] = x[i];
    }
}

char *test_text_of(const struct lv_results *r, const struct lv_summary *s)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(lv_output_text(r, s, f), 0);
    fclose(f);
    return buf;
}

char *test_csv_of(const struct lv_results *r, const struct lv_summary *s, const char *kind)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(lv_output_csv(r, s, kind, f), 0);
    fclose(f);
    return buf;
}

int main(int argc, char **argv)
{
    gsl_set_error_handler_off();
    struct {
        const char *name;
        Suite *(*make)(void);
    } all[] = {{"calendar", calendar_suite}, {"dist", dist_suite},         {"date", date_suite},
               {"units", units_suite},       {"scenario", scenario_suite}, {"model", model_suite},
               {"validation", validation_suite}, {"stats", stats_suite}, {"clinical", clinical_suite}, {"centres", centres_suite},
               {"markov", markov_suite}, {"queue", queue_suite},
               {"rng", rng_suite}, {"yamldoc", yamldoc_suite},
               {"diag", diag_suite}, {"compose", compose_suite},
               {"sweep", sweep_suite}, {"report", report_suite}, {"evaluate", evaluate_suite}, {"messages", messages_suite},
               {"output", output_suite}, {"summary", summary_suite}, {"compare", compare_suite}, {"fit", fit_suite}, {"calibrate", calibrate_suite},
               {"dispatch", dispatch_suite}, {"trace", trace_suite},
               {"shrinkage", shrinkage_suite},
               {"call_handling", call_handling_suite}, {"erlang", erlang_suite}, {"explain", explain_suite},
               {"shifts", shifts_suite}, {"staff", staff_suite}, {"html", html_suite}, {"serve", serve_suite}};
    int n = (int)(sizeof all / sizeof *all);
    SRunner *sr = NULL;
    for (int i = 0; i < n; i++) {
        if (argc > 1 && strcmp(argv[1], all[i].name) != 0)
            continue;
        if (!sr)
            sr = srunner_create(all[i].make());
        else
            srunner_add_suite(sr, all[i].make());
    }
    if (!sr) {
        fprintf(stderr, "unknown suite '%s'\n", argv[1]);
        return 2;
    }
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
