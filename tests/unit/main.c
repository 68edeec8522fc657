/* main.c — runs every suite; `lvsim_tests SUITE` runs one (e.g. lvsim_tests validation). */
#include "suites.h"

#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvsim/scenario.h"

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
               {"sweep", sweep_suite}, {"report", report_suite}, {"evaluate", evaluate_suite},
               {"dispatch", dispatch_suite}};
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
