/* test_clinical.c — the clinical side: the doctor queue against Cobham's formula for the
 * non-preemptive priority M/G/1 queue, conservation of every call and patient, floor work taking
 * shared nurses off the phone (direction and size), dedicated operators untouched by walk-ins,
 * the backup doctor, disposition shares, and the exact timing of waits. */
#include "suites.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lvsim/run.h"
#include "lvsim/summary.h"

static void run(const struct lv_scenario *s, int reps, bool keep, struct lv_results *r)
{
    struct lv_run_options o = {.replications = reps, .seed = s->seed, .jobs = 2, .keep_reps = keep};
    ck_assert_int_eq(lv_run(s, &o, r), 0);
}

/* One replication's own value of a metric (numerator / weight). */
static double value(const struct lv_results *r, int rep, int index) { return lv_results_value(r, rep, index); }

static struct lv_layout layout_of(const struct lv_results *r)
{
    struct lv_layout l;
    lv_layout_init(&l, r->scenario, r->interval_count, r->day_count);
    return l;
}

/* Phone side kept trivial (every clinical call ends in nurse advice): the doctor sees only
 * walk-ins, a Poisson stream of 3 an hour in three classes (20/30/50 %), triaged in no time by
 * plentiful floor nurses; one doctor, exponential consultations of 12 minutes. Cobham:
 * W_k = W0 / ((1 - σ_{k-1})(1 - σ_k)), W0 = Σ λ_i E[S_i²] / 2. */
START_TEST(doctor_queue_matches_cobham)
{
    struct lv_scenario *s = test_scenario(
        "horizon: 400d\nwarmup: 10d\nseed: 17\n"
        "demand: {calls_per_hour: 10}\n"
        "calls:\n  types: [{name: c, share: 100%, clinical: true, talk: 1m}]\n"
        "clinical:\n"
        "  dispositions: {all: {red: {advice: 100%}, yellow: {advice: 100%}, green: {advice: 100%}}}\n"
        "  consultation: {dist: exponential, mean: 12m}\n"
        "  assist: {share: 0, duration: 0}\n"
        "walk_ins: {share: 0.3, triage: 0, urgency: {red: 20%, yellow: 30%, green: 50%}}\n"
        "centre:\n"
        "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3, floor: 3}]\n"
        "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n");
    struct lv_results r;
    run(s, 10, false, &r);
    struct lv_layout l = layout_of(&r);
    double lambda = 3.0 / 3600, es2 = 2 * 720.0 * 720.0, share[3] = {0.2, 0.3, 0.5};
    double w0 = lambda * es2 / 2, sigma_prev = 0;
    for (int u = 0; u < 3; u++) {
        double sigma = sigma_prev + lambda * share[u] * 720;
        double exact = w0 / ((1 - sigma_prev) * (1 - sigma));
        sigma_prev = sigma;
        double w[10];
        for (int i = 0; i < 10; i++)
            w[i] = value(&r, i, lv_layout_urgency(&l, u, LV_U_WAIT_MEAN));
        struct lv_estimate e = lv_estimate_of(w, 10, 0.99);
        fprintf(stderr, "cobham %-6s exact %.1f s, simulated %.1f ± %.1f s\n", lv_urgency_name((enum lv_urgency)u),
                exact, e.mean, e.half_width);
        ck_assert_msg(fabs(e.mean - exact) <= e.half_width, "%s: exact %g outside %g ± %g",
                      lv_urgency_name((enum lv_urgency)u), exact, e.mean, e.half_width);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

static const char *clinical_centre =
    "horizon: 28d\nseed: 4\n"
    "demand: {calls_per_year: 75000}\n"
    "calls:\n"
    "  types:\n"
    "    - {name: clinical, share: 60%, clinical: true, talk: {dist: lognormal, mean: 5m, sd: 3m}, after_call: 1m30s}\n"
    "    - {name: short, share: 40%, talk: {dist: exponential, mean: 2m}}\n"
    "  patience: {dist: weibull, mean: 8m, shape: 1.2}\n"
    "  redial: {probability: 70%, delay: {dist: exponential, mean: 5m}}\n"
    "clinical: {}\n"
    "walk_ins: {share: 0.06}\n"
    "centre:\n"
    "  announcement: 30s\n"
    "  operators:\n"
    "    - {days: all, from: \"00:00\", to: \"08:00\", count: 1, shared: 1}\n"
    "    - {days: all, from: \"08:00\", to: \"23:00\", count: 2, floor: 1, shared: 1}\n"
    "    - {days: all, from: \"23:00\", to: \"24:00\", count: 1, shared: 1}\n"
    "  doctors:\n"
    "    - {days: all, from: \"00:00\", to: \"15:00\", count: 1}\n"
    "    - {days: all, from: \"15:00\", to: \"23:00\", count: 2}\n"
    "    - {days: all, from: \"23:00\", to: \"24:00\", count: 1}\n"
    "  backup: {activation: 30m, queue_above: 5, red_busy: true, release_at: 0}\n";

/* in with its first `from` replaced by `to`, into out. */
static void replace_once(char *out, size_t size, const char *in, const char *from, const char *to)
{
    const char *cut = strstr(in, from);
    ck_assert_ptr_nonnull(cut);
    snprintf(out, size, "%.*s%s%s", (int)(cut - in), in, to, cut + strlen(from));
}

/* One replication's ledger, over the whole run (drain included): every call attempt is answered,
 * abandoned or refused (busy signal); every episode ends once; every answered clinical call has
 * one disposition; every booked patient comes or does not; every task queued for a doctor or a
 * floor nurse is done, and doctors spend exactly the service time drawn. Returns the answered
 * clinical calls. */
static uint64_t check_ledger(const struct lv_scenario *s, const struct lv_ledger *g)
{
    uint64_t attempts = 0, answered = 0, clinical = 0, disposed = 0, consults = 0, callbacks = 0, visits = 0;
    for (int t = 0; t < s->type_count; t++) {
        ck_assert_uint_eq(g->attempts[t], g->answered[t] + g->abandoned[t] + g->busy_signals[t]);
        attempts += g->attempts[t];
        answered += g->answered[t];
        if (s->types[t].clinical)
            clinical += g->answered[t];
    }
    ck_assert_uint_eq(attempts - g->redials, answered + g->gave_up); /* episodes */
    for (int u = 0; u < 3; u++) {
        for (int d = 0; d < LV_DISPOSITIONS; d++)
            disposed += g->dispositions[u][d];
        consults += g->dispositions[u][LV_DISP_CONSULTATION];
        callbacks += g->dispositions[u][LV_DISP_CALLBACK];
        visits += g->dispositions[u][LV_DISP_HOME_VISIT];
    }
    ck_assert_uint_eq(disposed, clinical);
    ck_assert_uint_eq(consults, g->no_shows + g->patients_arrived);
    ck_assert_uint_eq(g->doctor_tasks_queued, g->patients_arrived + callbacks + visits + g->call_outs + g->walk_ins);
    ck_assert_uint_eq(g->doctor_tasks_done, g->doctor_tasks_queued);
    ck_assert_uint_eq(g->floor_tasks_done, g->floor_tasks_queued);
    ck_assert_msg(fabs(g->doctor_work_s - g->doctor_service_s) <= 1e-9 * g->doctor_service_s,
                  "doctors worked %.3f s for %.3f s of service", g->doctor_work_s, g->doctor_service_s);
    return clinical;
}

/* Every call attempt is answered or abandoned; every episode ends once; every answered clinical
 * call has one disposition; every booked patient comes or does not; every task queued for a
 * doctor or a floor nurse is done, and doctors spend exactly the service time drawn. Counted
 * over the whole run, drain included; the second time with red pre-emption and an on-call backup. */
START_TEST(every_call_and_patient_is_accounted_for)
{
    char step[4096], yaml[4096];
    replace_once(step, sizeof step, clinical_centre, "clinical: {}", "clinical: {red_preempts: true}");
    replace_once(yaml, sizeof yaml, step, "release_at: 0}",
                 "release_at: 0, on_call: [{days: weekends, from: \"00:00\", to: \"24:00\"}]}");
    struct lv_scenario *s = test_scenario(_i ? yaml : clinical_centre);
    ck_assert(s->clinical.red_preempts == (_i == 1) && s->sites[0].backup.has_on_call == (_i == 1));
    struct lv_results r;
    run(s, 4, true, &r);
    for (int i = 0; i < 4; i++) {
        const struct lv_ledger *g = &r.reps[i].ledger;
        ck_assert_uint_gt(check_ledger(s, g), 1000);
        ck_assert(_i == 1 ? g->preemptions > 0 : g->preemptions == 0);
        ck_assert_uint_gt(g->walk_ins, 100);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Urgency and disposition draws follow the configured shares: chi-square over the ledger. */
START_TEST(dispositions_follow_their_shares)
{
    struct lv_scenario *s = test_scenario(clinical_centre);
    struct lv_results r;
    run(s, 4, true, &r);
    double by_urgency[3] = {0}, cells[3][LV_DISPOSITIONS] = {{0}}, total = 0;
    for (int i = 0; i < 4; i++)
        for (int u = 0; u < 3; u++)
            for (int d = 0; d < LV_DISPOSITIONS; d++) {
                cells[u][d] += (double)r.reps[i].ledger.dispositions[u][d];
                by_urgency[u] += (double)r.reps[i].ledger.dispositions[u][d];
                total += (double)r.reps[i].ledger.dispositions[u][d];
            }
    double chi2 = 0;
    for (int u = 0; u < 3; u++)
        chi2 += pow(by_urgency[u] - total * s->clinical.urgency[u], 2) / (total * s->clinical.urgency[u]);
    ck_assert_msg(gsl_cdf_chisq_Q(chi2, 2) > 0.001, "urgency chi-square %g", chi2);
    /* The default tables are the same in every period, so the periods pool. */
    for (int u = 0; u < 3; u++) {
        double c2 = 0;
        int df = -1;
        for (int d = 0; d < LV_DISPOSITIONS; d++) {
            double p = s->clinical.disposition[LV_DAY][u][d];
            if (p == 0) {
                ck_assert_double_eq(cells[u][d], 0);
                continue;
            }
            c2 += pow(cells[u][d] - by_urgency[u] * p, 2) / (by_urgency[u] * p);
            df++;
        }
        ck_assert_msg(gsl_cdf_chisq_Q(c2, df) > 0.001, "%s dispositions chi-square %g on %d df",
                      lv_urgency_name((enum lv_urgency)u), c2, df);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Two shared nurses do all the phone and floor work. Quadrupling walk-ins must lower the share
 * answered within 2 minutes, and the phone time lost must equal the floor work they bring: a
 * 10-minute triage each, and for the default 30 % of their consultations a 10-minute assist, so
 * walk-ins a day × 13 min. Paired replications (common random numbers). */
static const char *shared_fmt =
    "horizon: 60d\nseed: 8\n"
    "demand: {calls_per_hour: 8}\n"
    "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: {dist: exponential, mean: 4m}}]\n"
    "  patience: {dist: exponential, mean: 10m}\n"
    "clinical:\n"
    "  dispositions: {all: {red: {advice: 100%%}, yellow: {advice: 100%%}, green: {advice: 100%%}}}\n"
    "walk_ins: {share: %s, triage: {dist: exponential, mean: 10m}}\n"
    "centre:\n"
    "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d, floor: %d, shared: %d}]\n"
    "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 4}]\n";

START_TEST(floor_work_takes_shared_nurses_off_the_phone)
{
    char yaml[2048];
    snprintf(yaml, sizeof yaml, shared_fmt, "0.05", 0, 0, 2);
    struct lv_scenario *low = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, shared_fmt, "0.2", 0, 0, 2);
    struct lv_scenario *high = test_scenario(yaml);
    struct lv_results a, b;
    run(low, 10, false, &a);
    run(high, 10, false, &b);
    double drop[10], lost[10];
    for (int i = 0; i < 10; i++) {
        drop[i] = value(&a, i, LV_M_WITHIN_TARGET) - value(&b, i, LV_M_WITHIN_TARGET);
        lost[i] = value(&b, i, LV_M_PHONE_HOURS_LOST) - value(&b, i, LV_M_WALK_INS_PER_DAY) * (10.0 + 0.3 * 10.0) / 60;
    }
    struct lv_estimate d = lv_estimate_of(drop, 10, 0.99), e = lv_estimate_of(lost, 10, 0.99);
    fprintf(stderr, "shared nurses: within 2 min drops %.3f ± %.3f; hours lost minus floor work %.3f ± %.3f\n",
            d.mean, d.half_width, e.mean, e.half_width);
    ck_assert_msg(d.mean - d.half_width > 0.01, "more floor work did not lower the phone share: %g ± %g", d.mean,
                  d.half_width);
    ck_assert_msg(fabs(e.mean) <= e.half_width, "phone hours lost differ from the floor work by %g ± %g", e.mean,
                  e.half_width);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(low);
    lv_scenario_free(high);
}
END_TEST

/* With dedicated operators and separate floor nurses, walk-ins must not touch the phone: the
 * phone figures are identical, replication by replication, with and without walk-ins. */
START_TEST(dedicated_operators_ignore_walk_ins)
{
    char yaml[2048];
    snprintf(yaml, sizeof yaml, shared_fmt, "0", 2, 1, 0);
    struct lv_scenario *none = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, shared_fmt, "0.3", 2, 1, 0);
    struct lv_scenario *many = test_scenario(yaml);
    struct lv_results a, b;
    run(none, 5, false, &a);
    run(many, 5, false, &b);
    for (int i = 0; i < 5; i++) {
        ck_assert_double_eq(value(&a, i, LV_M_CALLS_OFFERED), value(&b, i, LV_M_CALLS_OFFERED));
        ck_assert_double_eq(value(&a, i, LV_M_WITHIN_TARGET), value(&b, i, LV_M_WITHIN_TARGET));
        ck_assert_double_eq(value(&a, i, LV_M_ANSWER_MEAN), value(&b, i, LV_M_ANSWER_MEAN));
        ck_assert(value(&b, i, LV_M_NURSE_FLOOR_SHARE) > 0.01);
        ck_assert_double_eq(value(&b, i, LV_M_PHONE_HOURS_LOST), 0);
    }
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(none);
    lv_scenario_free(many);
}
END_TEST

/* A backup doctor called when more than 3 tasks wait shortens the waits; without one, nobody
 * is called. */
START_TEST(backup_doctor_is_called_and_helps)
{
    const char *fmt = "horizon: 60d\nseed: 12\n"
                      "demand: {calls_per_hour: 10}\n"
                      "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: 1m}]\n"
                      "clinical:\n  dispositions: {all: {red: {callback: 100%%}, yellow: {callback: 100%%}, green: {callback: 100%%}}}\n"
                      "  callback: {dist: exponential, mean: 5m}\n"
                      "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 4}]\n"
                      "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n%s";
    char yaml[2048];
    snprintf(yaml, sizeof yaml, fmt, "");
    struct lv_scenario *alone = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, fmt, "  backup: {activation: 20m, queue_above: 3, release_at: 0}\n");
    struct lv_scenario *backed = test_scenario(yaml);
    struct lv_results a, b;
    run(alone, 10, false, &a);
    run(backed, 10, false, &b);
    double gain[10];
    for (int i = 0; i < 10; i++) {
        ck_assert(isnan(value(&a, i, LV_M_BACKUP_ACTIVATIONS)));
        ck_assert(value(&b, i, LV_M_BACKUP_ACTIVATIONS) > 0);
        ck_assert(value(&b, i, LV_M_BACKUP_HOURS) > 0);
        gain[i] = value(&a, i, LV_M_DOCTOR_WAIT_MEAN) - value(&b, i, LV_M_DOCTOR_WAIT_MEAN);
    }
    struct lv_estimate e = lv_estimate_of(gain, 10, 0.99);
    ck_assert_msg(e.mean - e.half_width > 0, "backup did not shorten waits: %g ± %g", e.mean, e.half_width);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(alone);
    lv_scenario_free(backed);
}
END_TEST

/* With plenty of idle doctors, the time from the end of the call to a consultation is exactly the
 * patient's travel, the wait at the centre 0, and a home visit's response exactly the doctor's
 * travel out: the definitions, checked to the second. */
START_TEST(waits_are_measured_from_the_end_of_the_call)
{
    const char *fmt = "horizon: 20d\nseed: 2\n"
                      "demand: {calls_per_hour: 4}\n"
                      "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: 3m}]\n"
                      "clinical:\n  dispositions: {all: {red: {%s: 100%%}, yellow: {%s: 100%%}, green: {%s: 100%%}}}\n"
                      "  travel: 30m\n  no_show: 0\n  home_visit: {travel: 20m, on_site: 30m}\n"
                      "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 4}]\n"
                      "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 40}]\n";
    char yaml[2048];
    snprintf(yaml, sizeof yaml, fmt, "consultation", "consultation", "consultation");
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_results r;
    run(s, 2, false, &r);
    struct lv_layout l = layout_of(&r);
    for (int u = 0; u < 3; u++) {
        ck_assert_double_eq_tol(value(&r, 0, lv_layout_urgency(&l, u, LV_U_WAIT_MEAN)), 1800, 1e-6);
        ck_assert_double_eq_tol(value(&r, 0, lv_layout_urgency(&l, u, LV_U_TRAVEL_MEAN)), 1800, 1e-6);
        ck_assert_double_eq_tol(value(&r, 0, lv_layout_urgency(&l, u, LV_U_CENTRE_WAIT_MEAN)), 0, 1e-6);
    }
    ck_assert_double_eq_tol(value(&r, 0, LV_M_TRAVEL_MEAN), 1800, 1e-6);
    ck_assert_double_eq_tol(value(&r, 0, LV_M_CENTRE_WAIT_MEAN), 0, 1e-6);
    /* seen at once on arrival, though 30 min after the call (more than red_within's 20 min) */
    ck_assert_double_eq_tol(value(&r, 0, LV_M_RED_SEEN_WITHIN), 1, 1e-12);
    lv_results_fini(&r);
    lv_scenario_free(s);
    snprintf(yaml, sizeof yaml, fmt, "home_visit", "home_visit", "home_visit");
    s = test_scenario(yaml);
    run(s, 2, false, &r);
    ck_assert_double_eq_tol(value(&r, 0, LV_M_HOME_RESPONSE_MEAN), 1200, 1e-6);
    ck_assert(isnan(value(&r, 0, LV_M_RED_SEEN_WITHIN))); /* nobody is seen at the centre */
    ck_assert(isnan(value(&r, 0, LV_M_CENTRE_WAIT_MEAN)));
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Two shared nurses, calls that end in advice, busy walk-ins (so the doctor sees walk-ins only,
 * and their wait for a doctor includes the wait for triage). Floor first must answer fewer calls
 * within 2 minutes than phone first and get walk-ins to the doctor sooner; red floor first must
 * get red walk-ins seen sooner than phone first. Paired replications. */
START_TEST(shared_priority_rules_shift_work_as_documented)
{
    const char *fmt = "horizon: 60d\nseed: 21\n"
                      "demand: {calls_per_hour: 9}\n"
                      "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: {dist: exponential, mean: 4m}}]\n"
                      "  patience: {dist: exponential, mean: 10m}\n"
                      "clinical:\n"
                      "  dispositions: {all: {red: {advice: 100%%}, yellow: {advice: 100%%}, green: {advice: 100%%}}}\n"
                      "  assist: {share: 0, duration: 0}\n"
                      "walk_ins: {share: 0.2, triage: {dist: exponential, mean: 10m}, urgency: {red: 20%%, yellow: 30%%, green: 50%%}}\n"
                      "centre:\n"
                      "  shared_priority: %s\n"
                      "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 0, shared: 2}]\n"
                      "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 4}]\n";
    static const char *rules[3] = {"phone_first", "floor_first", "red_floor_first"};
    struct lv_results r[3];
    struct lv_scenario *s[3];
    for (int k = 0; k < 3; k++) {
        char yaml[2048];
        snprintf(yaml, sizeof yaml, fmt, rules[k]);
        s[k] = test_scenario(yaml);
        run(s[k], 10, false, &r[k]);
    }
    struct lv_layout l = layout_of(&r[0]);
    double phone[10], walk[10], red[10];
    for (int i = 0; i < 10; i++) {
        phone[i] = value(&r[0], i, LV_M_WITHIN_TARGET) - value(&r[1], i, LV_M_WITHIN_TARGET);
        walk[i] = value(&r[0], i, LV_M_DOCTOR_WAIT_MEAN) - value(&r[1], i, LV_M_DOCTOR_WAIT_MEAN);
        red[i] = value(&r[0], i, lv_layout_urgency(&l, LV_RED, LV_U_WAIT_MEAN)) -
                 value(&r[2], i, lv_layout_urgency(&l, LV_RED, LV_U_WAIT_MEAN));
    }
    struct lv_estimate p = lv_estimate_of(phone, 10, 0.99), w = lv_estimate_of(walk, 10, 0.99),
                       d = lv_estimate_of(red, 10, 0.99);
    fprintf(stderr, "phone_first vs floor_first: +%.3f ± %.3f within 2 min, walk-ins wait %.0f ± %.0f s longer; "
                    "red walk-ins wait %.0f ± %.0f s longer than with red_floor_first\n",
            p.mean, p.half_width, w.mean, w.half_width, d.mean, d.half_width);
    ck_assert_msg(p.mean - p.half_width > 0, "phone_first did not answer more calls in time");
    ck_assert_msg(w.mean - w.half_width > 0, "floor_first did not get walk-ins seen sooner");
    ck_assert_msg(d.mean - d.half_width > 0, "red_floor_first did not get red walk-ins seen sooner");
    for (int k = 0; k < 3; k++) {
        lv_results_fini(&r[k]);
        lv_scenario_free(s[k]);
    }
}
END_TEST

/* Red pre-emption (clinical.red_preempts) on Cobham's queue above: one doctor, walk-ins only.
 * Red patients interrupt green and yellow consultations, which resume later, so red patients see
 * a queue of red patients alone: with preemptive resume the red wait is the M/G/1 one,
 * W_red = λ_red E[S²] / (2 (1 − ρ_red)), against Cobham's non-preemptive 491 s when off. The
 * doctors' work is conserved: the time they spend, piece by piece, is the service time drawn. */
START_TEST(red_patients_preempt_consultations)
{
    const char *fmt = "horizon: 400d\nwarmup: 10d\nseed: 17\n"
                      "demand: {calls_per_hour: 10}\n"
                      "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: 1m}]\n"
                      "clinical:\n"
                      "  dispositions: {all: {red: {advice: 100%%}, yellow: {advice: 100%%}, green: {advice: 100%%}}}\n"
                      "  consultation: {dist: exponential, mean: 12m}\n"
                      "  assist: {share: 0, duration: 0}\n"
                      "  red_preempts: %s\n"
                      "walk_ins: {share: 0.3, triage: 0, urgency: {red: 20%%, yellow: 30%%, green: 50%%}}\n"
                      "centre:\n"
                      "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3, floor: 3}]\n"
                      "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n";
    char yaml[2048];
    snprintf(yaml, sizeof yaml, fmt, "true");
    struct lv_scenario *on = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, fmt, "false");
    struct lv_scenario *off = test_scenario(yaml);
    struct lv_results a, b;
    run(on, 10, true, &a);
    run(off, 10, false, &b);
    struct lv_layout l = layout_of(&a);
    double lambda_red = 0.2 * 3.0 / 3600, es2 = 2 * 720.0 * 720.0;
    double exact = lambda_red * es2 / (2 * (1 - lambda_red * 720));
    double w[10], w_off[10], green[10];
    for (int i = 0; i < 10; i++) {
        w[i] = value(&a, i, lv_layout_urgency(&l, LV_RED, LV_U_CENTRE_WAIT_MEAN));
        w_off[i] = value(&b, i, lv_layout_urgency(&l, LV_RED, LV_U_CENTRE_WAIT_MEAN));
        green[i] = value(&a, i, lv_layout_urgency(&l, LV_GREEN, LV_U_CENTRE_WAIT_MEAN));
        const struct lv_ledger *g = &a.reps[i].ledger;
        ck_assert(g->preemptions > 0);
        ck_assert_uint_eq(g->doctor_tasks_queued, g->doctor_tasks_done); /* each once, however often interrupted */
        ck_assert_msg(fabs(g->doctor_work_s - g->doctor_service_s) <= 1e-9 * g->doctor_service_s,
                      "doctors worked %.3f s for %.3f s of service", g->doctor_work_s, g->doctor_service_s);
        ck_assert(value(&a, i, LV_M_PREEMPTIONS) > 0);
    }
    ck_assert(isnan(value(&b, 0, LV_M_PREEMPTIONS)));
    struct lv_estimate e = lv_estimate_of(w, 10, 0.99), e_off = lv_estimate_of(w_off, 10, 0.99),
                       e_green = lv_estimate_of(green, 10, 0.99);
    fprintf(stderr, "red pre-emption: red wait exact %.1f s, simulated %.1f ± %.1f s (off %.1f ± %.1f s); green %.1f s\n",
            exact, e.mean, e.half_width, e_off.mean, e_off.half_width, e_green.mean);
    ck_assert_msg(fabs(e.mean - exact) <= e.half_width, "red wait %g ± %g, exact %g", e.mean, e.half_width, exact);
    ck_assert(e.mean + e.half_width < e_off.mean - e_off.half_width);
    ck_assert(e.mean < e_green.mean);
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_scenario_free(on);
    lv_scenario_free(off);
}
END_TEST

/* centre.backup.on_call: a backup doctor whose trigger fires all the time (one doctor, a long
 * queue), on call on Sundays only, in a run of Monday to Saturday, is never called; on call at
 * nights and weekends, it is called less often than round the clock, and still called. */
START_TEST(backup_is_called_only_when_on_call)
{
    const char *fmt = "start: 2026-01-05\nhorizon: %s\nwarmup: 0s\nseed: 8\n"
                      "demand: {calls_per_hour: 8}\n"
                      "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: 1m}]\n"
                      "clinical:\n"
                      "  dispositions: {all: {red: {advice: 100%%}, yellow: {advice: 100%%}, green: {advice: 100%%}}}\n"
                      "  consultation: {dist: exponential, mean: 15m}\n"
                      "  assist: {share: 0, duration: 0}\n"
                      "walk_ins: {share: 0.4, triage: 0}\n"
                      "centre:\n"
                      "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3, floor: 3}]\n"
                      "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]\n"
                      "  backup:\n    activation: 20m\n    queue_above: 1\n%s";
    const char *bands[] = {
        "    on_call: [{days: sun, from: \"00:00\", to: \"24:00\"}]\n",
        "",
        "    on_call:\n"
        "      - {days: [mon, tue, wed, thu, fri], from: \"00:00\", to: \"08:00\"}\n"
        "      - {days: [mon, tue, wed, thu, fri], from: \"23:00\", to: \"24:00\"}\n"
        "      - {days: [sat, sun], from: \"00:00\", to: \"24:00\"}\n",
    };
    double per_week[3];
    for (int k = 0; k < 3; k++) {
        char yaml[2048];
        snprintf(yaml, sizeof yaml, fmt, k == 0 ? "6d" : "28d", bands[k]);
        struct lv_scenario *s = test_scenario(yaml);
        struct lv_results r;
        run(s, 4, true, &r);
        if (k == 0) {
            for (int i = 0; i < 4; i++) {
                ck_assert_uint_eq(r.reps[i].backup_activations, 0);
                ck_assert_double_eq_tol(value(&r, i, LV_M_BACKUP_HOURS), 0, 1e-12);
            }
        }
        per_week[k] = 0;
        for (int i = 0; i < 4; i++)
            per_week[k] += value(&r, i, LV_M_BACKUP_ACTIVATIONS) / 4;
        lv_results_fini(&r);
        lv_scenario_free(s);
    }
    fprintf(stderr, "backup on call: %.1f activations a week round the clock, %.1f nights and weekends\n",
            per_week[1], per_week[2]);
    ck_assert(per_week[2] > 0);
    ck_assert(per_week[2] < 0.8 * per_week[1]);
}
END_TEST


/* Everything at once in a small loaded centre: red pre-emption, a backup doctor with on-call
 * bands and both triggers, no doctor at all before 07:00, consults with max_hold (clinical and
 * not), AMK conferences on every red call, time away taken first, outbound callbacks, walk-ins,
 * shared nurses, and a satellite whose nurse answers calls and consults the centre's doctor.
 * Over the whole run (drain included) every call, patient and task is accounted for, doctors
 * spend exactly the service time drawn, no more doctors are busy than present and no more phone
 * nurses than on duty, in any interval; one thread or two give the same bits. */
static const char *everything_at_once =
    "start: 2026-01-05\nhorizon: 14d\nwarmup: 1d\nseed: 5\n"
    "demand: {calls_per_year: 60000}\n"
    "calls:\n"
    "  types:\n"
    "    - name: clinical\n"
    "      share: 70%\n"
    "      clinical: true\n"
    "      talk: {dist: lognormal, mean: 5m, sd: 3m}\n"
    "      after_call: 1m\n"
    "      callback: {share: 20%, delay: {dist: exponential, mean: 20m}, talk: {dist: exponential, mean: 4m}}\n"
    "      consult: {share: 25%, duration: {dist: exponential, mean: 4m}, max_hold: 2m}\n"
    "    - {name: short, share: 30%, talk: {dist: exponential, mean: 2m}, consult: {share: 10%, duration: 3m, max_hold: 5m}}\n"
    "  patience: {dist: weibull, mean: 8m, shape: 1.2}\n"
    "  redial: {probability: 70%, delay: {dist: exponential, mean: 5m}}\n"
    "clinical:\n"
    "  urgency: {red: 25%, yellow: 35%, green: 40%}\n"
    "  red_preempts: true\n"
    "  amk_conference: {share: 100%, duration: {dist: lognormal, mean: 4m, sd: 2m}}\n"
    "  call_out: {probability: 50%, duration: {dist: lognormal, mean: 40m, sd: 20m}}\n"
    "walk_ins: {share: 0.15}\n"
    "centre:\n"
    "  name: Small\n"
    "  announcement: 30s\n"
    "  operators:\n"
    "    - {days: all, from: \"00:00\", to: \"08:00\", count: 1, shared: 1}\n"
    "    - {days: all, from: \"08:00\", to: \"15:00\", count: 1, floor: 1, shared: 1}\n"
    "    - {days: all, from: \"15:00\", to: \"23:00\", count: 1, shared: 2}\n"
    "    - {days: all, from: \"23:00\", to: \"24:00\", count: 1, shared: 1}\n"
    "  doctors:\n"
    "    - {days: all, from: \"00:00\", to: \"07:00\", count: 0}\n"
    "    - {days: all, from: \"07:00\", to: \"15:00\", count: 1}\n"
    "    - {days: all, from: \"15:00\", to: \"23:00\", count: 2}\n"
    "    - {days: all, from: \"23:00\", to: \"24:00\", count: 1}\n"
    "  backup:\n"
    "    activation: {dist: exponential, mean: 20m}\n"
    "    queue_above: 2\n"
    "    red_busy: true\n"
    "    release_at: 1\n"
    "    on_call:\n"
    "      - {days: weekdays, from: \"00:00\", to: \"09:00\"}\n"
    "      - {days: weekdays, from: \"17:30\", to: \"24:00\"}\n"
    "      - {days: weekends, from: \"10:00\", to: \"20:00\"}\n"
    "  away: {share: 0.3, piece: {dist: exponential, mean: 10m}, priority: away_first}\n"
    "satellites:\n"
    "  - {name: Nes, centre: Small, answer_calls: true,\n"
    "     nurses: [{days: all, from: \"00:00\", to: \"08:00\", count: 0}, {days: all, from: \"08:00\", to: \"20:00\", count: 1},\n"
    "              {days: all, from: \"20:00\", to: \"24:00\", count: 0}]}\n"
    "areas:\n"
    "  - {name: Small, population: 40000, centre: Small}\n"
    "  - {name: Nes, population: 10000, centre: Small, satellite: Nes, satellite_travel: 10m}\n";

START_TEST(everything_at_once_keeps_the_books)
{
    struct lv_scenario *s = test_scenario(everything_at_once);
    enum { REPS = 6 };
    struct lv_results r, r1;
    struct lv_run_options o = {.replications = REPS, .seed = s->seed, .jobs = 2, .keep_reps = true};
    ck_assert_int_eq(lv_run(s, &o, &r), 0);
    o.jobs = 1;
    ck_assert_int_eq(lv_run(s, &o, &r1), 0);
    size_t n = (size_t)r.replications * (size_t)r.value_count;
    ck_assert(memcmp(r.values, r1.values, n * sizeof *r.values) == 0);
    ck_assert(memcmp(r.weights, r1.weights, n * sizeof *r.weights) == 0);
    for (int i = 0; i < REPS; i++) {
        const struct lv_rep_result *x = &r.reps[i];
        const struct lv_ledger *g = &x->ledger;
        check_ledger(s, g);
        uint64_t satellite = 0;
        for (int u = 0; u < 3; u++)
            satellite += g->satellite_patients[u];
        /* every feature did something */
        ck_assert_uint_gt(g->preemptions, 0);
        ck_assert_uint_gt(x->backup_activations, 0);
        ck_assert_uint_gt(x->backup_red_activations, 0);
        ck_assert_uint_gt(x->consults_asked, 0);
        ck_assert_uint_gt(x->consults_not_reached, 0);
        ck_assert_uint_gt(x->consults, x->consults_asked); /* some found no doctor on duty */
        ck_assert_uint_ge(x->consults_asked, x->consults_not_reached);
        ck_assert_uint_eq(x->amk_conferences, x->urgency[LV_RED].calls);
        ck_assert_uint_gt(x->callbacks, 0);
        ck_assert_uint_gt(g->walk_ins, 0);
        ck_assert_uint_gt(satellite, 0);
        ck_assert_uint_gt(x->sites[0].video_consultations, 0);
        for (int k = 0; k < x->interval_count; k++) {
            const struct lv_interval_stats *iv = &x->intervals[k];
            double tol = 1e-9 * (iv->time_s + 1);
            ck_assert_msg(iv->doctor_busy_area <= iv->doctor_present_area + tol, "rep %d interval %d: doctors busy %.3f of %.3f",
                          i, k, iv->doctor_busy_area, iv->doctor_present_area);
            ck_assert(iv->busy_area + iv->away_area + iv->shared_floor_area <= iv->present_area + tol);
            ck_assert(iv->busy_area >= -tol && iv->away_area >= -tol);
        }
        ck_assert(x->intervals[0].away_area >= 0);
        double busy = 0, present = 0;
        for (int xi = 0; xi < x->site_count; xi++) {
            busy += x->sites[xi].level_area[LV_L_DOCTORS_BUSY];
            present += x->sites[xi].level_area[LV_L_DOCTORS] + x->sites[xi].level_area[LV_L_BACKUP];
        }
        ck_assert(busy <= present * (1 + 1e-12));
    }
    lv_results_fini(&r);
    lv_results_fini(&r1);
    lv_scenario_free(s);
}
END_TEST

/* The task pool grows (it starts at 256) while a doctor starts a consultation and queues its
 * assisting nurse's task: every call is red and booked for a consultation, seen at once by one of
 * 100 doctors (10 hours each), with an assist and a red reception for the one floor nurse (10 hours
 * each), so nothing ends and each patient adds three tasks in turn: patient, assist, reception. The
 * 257th task, the pool full, is the 86th assist. The consultation goes on with the task it had:
 * under the sanitizer build a stale pointer there is a use after free. */
START_TEST(consultation_starts_while_the_task_pool_grows)
{
    const char *flat = "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
    char yaml[2048];
    snprintf(yaml, sizeof yaml,
             "start: 2025-01-06\nhorizon: 2d\nwarmup: 0s\nseed: 3\n"
             "demand: {calls_per_year: 35000, profile_weekday: %s, profile_weekend: %s}\n"
             "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: 1s}]\n  patience: none\n"
             "clinical:\n"
             "  urgency: {red: 100%%, yellow: 0%%, green: 0%%}\n"
             "  dispositions: {all: {red: {consultation: 100%%}, yellow: {advice: 100%%}, green: {advice: 100%%}}}\n"
             "  travel: 0s\n  no_show: 0\n"
             "  consultation: 10h\n  assist: {share: 100%%, duration: 10h}\n  red_arrival: 10h\n"
             "centre:\n"
             "  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3, floor: 1}]\n"
             "  doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 100}]\n",
             flat, flat);
    struct lv_scenario *s = test_scenario(yaml);
    struct lv_results r;
    run(s, 2, true, &r);
    for (int i = 0; i < 2; i++) {
        const struct lv_ledger *g = &r.reps[i].ledger;
        ck_assert_uint_gt(g->patients_arrived, 100);
        ck_assert_uint_eq(g->doctor_tasks_done, g->patients_arrived);
        ck_assert_uint_eq(g->floor_tasks_done, 2 * g->patients_arrived);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

Suite *clinical_suite(void)
{
    Suite *s = suite_create("clinical");
    TCase *t = tcase_create("clinical");
    tcase_set_timeout(t, 600);
    tcase_add_test(t, doctor_queue_matches_cobham);
    tcase_add_loop_test(t, every_call_and_patient_is_accounted_for, 0, 2);
    tcase_add_test(t, dispositions_follow_their_shares);
    tcase_add_test(t, floor_work_takes_shared_nurses_off_the_phone);
    tcase_add_test(t, dedicated_operators_ignore_walk_ins);
    tcase_add_test(t, backup_doctor_is_called_and_helps);
    tcase_add_test(t, waits_are_measured_from_the_end_of_the_call);
    tcase_add_test(t, red_patients_preempt_consultations);
    tcase_add_test(t, backup_is_called_only_when_on_call);
    tcase_add_test(t, shared_priority_rules_shift_work_as_documented);
    tcase_add_test(t, everything_at_once_keeps_the_books);
    tcase_add_test(t, consultation_starts_while_the_task_pool_grows);
    suite_add_tcase(s, t);
    return s;
}
