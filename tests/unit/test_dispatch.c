/* test_dispatch.c — the dispatch step (model.c): work that one assignment brings is given out in
 * the same event. A consultation's assisting nurse starts with the consultation even while calls
 * wait; the backup doctor is called exactly when a red task finds every doctor busy; and the
 * floor work and doctor tasks queued are all done. */
#include "suites.h"

#include <math.h>
#include <stdio.h>

#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"

static void run(const struct lv_scenario *s, int reps, struct lv_results *r)
{
    struct lv_run_options o = {.replications = reps, .seed = s->seed, .jobs = 2, .keep_reps = true};
    ck_assert_int_eq(lv_run(s, &o, r), 0);
}

/* Every answered call ends in a consultation that needs an assisting nurse for exactly as long as
 * the doctor (10 minutes); one doctor, so patients queue and each consultation starts when the
 * previous one ends; plenty of floor nurses; too few operators, so calls are waiting most of the
 * time. The assist is floor work queued by the doctor's assignment: the dispatch step must give
 * it to a floor nurse at once, not at the next nurse event. Then in every interval of the week
 * the floor nurses' busy time equals the doctor's, to rounding. */
START_TEST(assist_starts_with_the_consultation_while_calls_wait)
{
    struct lv_scenario *s = test_scenario(
        "horizon: 28d\nwarmup: 2d\nseed: 8\n"
        "demand: {calls_per_hour: 5}\n"
        "calls:\n  types: [{name: c, share: 100%, clinical: true, talk: 12m}]\n"
        "  patience: {dist: exponential, mean: 20m}\n"
        "clinical:\n"
        "  urgency: {red: 10%, yellow: 40%, green: 50%}\n"
        "  dispositions: {all: {red: {consultation: 100%}, yellow: {consultation: 100%}, green: {consultation: 100%}}}\n"
        "  travel: {dist: exponential, mean: 20m}\n  no_show: 0\n"
        "  consultation: 10m\n  assist: {share: 100%, duration: 10m}\n  red_arrival: 0\n"
        "centre:\n"
        "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 1, floor: 12}]\n"
        "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n");
    struct lv_results r;
    run(s, 3, &r);
    for (int i = 0; i < 3; i++) {
        const struct lv_rep_result *rep = &r.reps[i];
        struct lv_interval_stats total;
        lv_rep_result_total(rep, &total);
        ck_assert_msg(total.queue_area > 0.3 * total.time_s, "calls should wait most of the time: %g of %g",
                      total.queue_area, total.time_s);
        ck_assert(total.doctor_busy_area > 0.5 * total.time_s);
        for (int k = 0; k < rep->interval_count; k++) {
            const struct lv_interval_stats *iv = &rep->intervals[k];
            ck_assert_msg(fabs(iv->floor_busy_area - iv->doctor_busy_area) <= 1e-6 * (1 + iv->doctor_busy_area),
                          "replication %d interval %d: nurses assisted %.3f s, doctor consulted %.3f s", i, k,
                          iv->floor_busy_area, iv->doctor_busy_area);
        }
        /* Red patients' reception (zero time) and the assists: all floor work queued is done. */
        ck_assert_uint_eq(rep->ledger.floor_tasks_queued, rep->ledger.floor_tasks_done);
        ck_assert_uint_eq(rep->ledger.doctor_tasks_queued, rep->ledger.doctor_tasks_done);
        ck_assert_uint_eq(rep->ledger.floor_tasks_queued,
                          rep->ledger.doctor_tasks_done + rep->ledger.dispositions[LV_RED][LV_DISP_CONSULTATION]);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Red callbacks of 20 minutes; the backup doctor (red_busy only) is called when a red task
 * finds every doctor busy. With 30 doctors that never happens; with one it does, and never more
 * often than red tasks had to wait (a task that found a doctor free has no wait). */
START_TEST(backup_called_only_when_a_red_task_finds_every_doctor_busy)
{
    const char *fmt = "horizon: 28d\nseed: 5\n"
                      "demand: {calls_per_hour: 4}\n"
                      "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: 3m}]\n"
                      "clinical:\n  urgency: {red: 100%%, yellow: 0, green: 0}\n"
                      "  dispositions: {all: {red: {callback: 100%%}, yellow: {callback: 100%%}, green: {callback: 100%%}}}\n"
                      "  callback: 20m\n"
                      "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 4}]\n"
                      "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: %d}]\n"
                      "  backup: {activation: 30m, red_busy: true, release_at: 0}\n";
    char yaml[2048];
    snprintf(yaml, sizeof yaml, fmt, 30);
    struct lv_scenario *many = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, fmt, 1);
    struct lv_scenario *one = test_scenario(yaml);
    struct lv_results a, b;
    run(many, 2, &a);
    run(one, 2, &b);
    for (int i = 0; i < 2; i++) {
        const struct lv_urgency_stats *red_a = &a.reps[i].urgency[LV_RED], *red_b = &b.reps[i].urgency[LV_RED];
        ck_assert_uint_eq(a.reps[i].backup_activations, 0);
        ck_assert_double_eq_tol(red_a->wait_sum, 0, 1e-9); /* nobody waited for a doctor */
        ck_assert_uint_gt(b.reps[i].backup_activations, 10);
        /* An activation needs a red task that waited; the backup, once on duty, takes the next. */
        ck_assert_uint_le(b.reps[i].backup_activations, red_b->contacts - red_b->wait_hist.n[0]);
        ck_assert_uint_eq(b.reps[i].ledger.doctor_tasks_queued, b.reps[i].ledger.doctor_tasks_done);
    }
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(many);
    lv_scenario_free(one);
}
END_TEST

Suite *dispatch_suite(void)
{
    Suite *s = suite_create("dispatch");
    TCase *t = tcase_create("dispatch");
    tcase_set_timeout(t, 120);
    tcase_add_test(t, assist_starts_with_the_consultation_while_calls_wait);
    tcase_add_test(t, backup_called_only_when_a_red_task_finds_every_doctor_busy);
    suite_add_tcase(s, t);
    return s;
}
