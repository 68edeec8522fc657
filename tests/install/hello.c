/* hello.c — a program built against the installed lvsim (headers, liblvsim.a and lvsim.pc) by
 * tests/install.sh: loads the built-in default scenario shortened to two days, runs one
 * replication and prints the version, the scenario's name and the calls simulated. */
#include <stdio.h>

#include "lvsim/diag.h"
#include "lvsim/run.h"
#include "lvsim/scenario.h"
#include "lvsim/version.h"

int main(void)
{
    struct lv_diags diags;
    struct lv_override horizon = {.path = "horizon", .value = "2d", .text = "horizon=2d", .label = NULL};
    struct lv_results results;
    struct lv_run_options options = {.replications = 1, .seed = 1, .jobs = 1};
    struct lv_scenario *s;
    int status = 1;

    lv_diags_init(&diags);
    s = lv_scenario_load(NULL, lv_default_scenario_text(), "default", &horizon, 1, &diags);
    if (s == NULL) {
        lv_diags_write(&diags, stderr);
        goto done;
    }
    if (lv_run(s, &options, &results) != LV_OK) {
        fprintf(stderr, "hello: the run failed\n");
        goto done;
    }
    printf("lvsim %s · %s · %llu attempts\n", LV_VERSION, s->name, (unsigned long long)results.attempts[0]);
    status = results.attempts[0] > 0 ? 0 : 1;
    lv_results_fini(&results);
done:
    lv_scenario_free(s);
    lv_diags_fini(&diags);
    return status;
}
