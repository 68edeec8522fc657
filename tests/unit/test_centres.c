/* test_centres.c — several centres: the pooling law against Erlang C, overflow with T = 0 equal
 * to pooling and with T = ∞ equal to separate queues, conservation per centre and area, and
 * satellites that only receive the urgencies they take. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lvsim/model.h"
#include "lvsim/run.h"
#include "lvsim/summary.h"

static void run(const struct lv_scenario *s, int reps, bool keep, struct lv_results *r)
{
    struct lv_run_options o = {.replications = reps, .seed = s->seed, .jobs = 2, .keep_reps = keep};
    ck_assert_int_eq(lv_run(s, &o, r), 0);
}

/* One replication's own value of a metric (numerator / weight). */
static double value(const struct lv_results *r, int rep, int index) { return lv_results_value(r, rep, index); }

/* Two M/M/6 centres of 50 calls/h (6 min calls, no abandonment). Pooled they are one M/M/12 at
 * 100 calls/h: row E4 of the Erlang reference (exact sl 0.769276, asa 80.88988 s). */
static const char *pair =
    "horizon: 200d\nwarmup: 2d\nseed: 31\n"
    "demand: {calls_per_hour: %d}\n"
    "calls:\n  types: [{name: all, share: 100%%, talk: {dist: exponential, mean: 6m}}]\n"
    "centres:\n"
    "  - {name: north, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 6}]}\n"
    "  - {name: south, operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 6}]}\n"
    "areas:\n"
    "  - {name: a, population: %d, centre: north}\n"
    "  - {name: b, population: %d, centre: south}\n"
    "%s";

static struct lv_scenario *pair_scenario(int per_hour, int pop_a, int pop_b, const char *routing)
{
    char yaml[4096];
    snprintf(yaml, sizeof yaml, pair, per_hour, pop_a, pop_b, routing);
    return test_scenario(yaml);
}

START_TEST(pooling_two_centres_matches_erlang_c)
{
    struct lv_scenario *pooled = pair_scenario(100, 1, 1, "routing: {pools: [[north, south]]}\n");
    struct lv_scenario *separate = pair_scenario(100, 1, 1, "");
    struct lv_results p, q;
    run(pooled, 10, false, &p);
    run(separate, 10, false, &q);
    double sl[10], asa[10], gain[10];
    for (int i = 0; i < 10; i++) {
        sl[i] = value(&p, i, LV_M_WITHIN_TARGET);
        asa[i] = value(&p, i, LV_M_ANSWER_MEAN);
        gain[i] = sl[i] - value(&q, i, LV_M_WITHIN_TARGET);
    }
    struct lv_estimate e_sl = lv_estimate_of(sl, 10, 0.99), e_asa = lv_estimate_of(asa, 10, 0.99),
                       e_gain = lv_estimate_of(gain, 10, 0.99);
    fprintf(stderr, "pooled: sl %.4f ± %.4f (exact 0.769276), asa %.2f ± %.2f s (exact 80.88988); "
                    "pooling gains %.3f ± %.3f\n",
            e_sl.mean, e_sl.half_width, e_asa.mean, e_asa.half_width, e_gain.mean, e_gain.half_width);
    ck_assert(fabs(e_sl.mean - 0.769276) <= e_sl.half_width);
    ck_assert(fabs(e_asa.mean - 80.88988) <= e_asa.half_width);
    ck_assert_msg(e_gain.mean - e_gain.half_width > 0, "pooling did not beat separate queues");
    lv_results_fini(&p);
    lv_results_fini(&q);
    lv_scenario_free(pooled);
    lv_scenario_free(separate);
}
END_TEST

/* Only north has callers (50 an hour), so a one-way overflow from north to south covers every
 * call. With T = 0 and no own-first rule it must behave exactly like pooling the two; with T
 * beyond any wait (a day; waits here are minutes) exactly like separate queues. */
START_TEST(overflow_limits_equal_pooling_and_separate)
{
    struct lv_scenario *pool = pair_scenario(50, 1, 0, "routing: {pools: [[north, south]]}\n");
    struct lv_scenario *t0 = pair_scenario(50, 1, 0, "routing: {overflow: [{from: north, to: south, after: 0s, own_first: false}]}\n");
    struct lv_scenario *sep = pair_scenario(50, 1, 0, "");
    struct lv_scenario *tinf = pair_scenario(50, 1, 0, "routing: {overflow: [{from: north, to: south, after: 1d}]}\n");
    struct lv_results a, b, c, d;
    run(pool, 4, false, &a);
    run(t0, 4, false, &b);
    run(sep, 4, false, &c);
    run(tinf, 4, false, &d);
    for (int i = 0; i < 4; i++) {
        ck_assert_double_eq(value(&a, i, LV_M_CALLS_OFFERED), value(&b, i, LV_M_CALLS_OFFERED));
        ck_assert_double_eq(value(&a, i, LV_M_WITHIN_TARGET), value(&b, i, LV_M_WITHIN_TARGET));
        ck_assert_double_eq(value(&a, i, LV_M_ANSWER_MEAN), value(&b, i, LV_M_ANSWER_MEAN));
        ck_assert_double_eq(value(&c, i, LV_M_WITHIN_TARGET), value(&d, i, LV_M_WITHIN_TARGET));
        ck_assert_double_eq(value(&c, i, LV_M_ANSWER_MEAN), value(&d, i, LV_M_ANSWER_MEAN));
        ck_assert(value(&a, i, LV_M_WITHIN_TARGET) > value(&c, i, LV_M_WITHIN_TARGET)); /* 12 vs 6 operators */
    }
    lv_results_fini(&a);
    lv_results_fini(&b);
    lv_results_fini(&c);
    lv_results_fini(&d);
    lv_scenario_free(pool);
    lv_scenario_free(t0);
    lv_scenario_free(sep);
    lv_scenario_free(tinf);
}
END_TEST

/* Calls offered per centre and per area add up to the total; each centre's calls are answered or
 * abandoned; the calls a centre answered for a partner are the calls the partner had answered
 * elsewhere. */
START_TEST(conservation_per_centre_and_area)
{
    struct lv_scenario *s = pair_scenario(90, 2, 1, "routing: {overflow: [{from: north, to: south, after: 20s}], transfer: 5s}\n"
                                                "  \n");
    struct lv_results r;
    run(s, 3, true, &r);
    for (int i = 0; i < 3; i++) {
        const struct lv_rep_result *rep = &r.reps[i];
        struct lv_interval_stats t;
        lv_rep_result_total(rep, &t);
        uint64_t by_site = 0, by_area = 0;
        for (int x = 0; x < rep->site_count; x++) {
            by_site += rep->sites[x].offered;
            ck_assert_uint_eq(rep->sites[x].offered, rep->sites[x].answered + rep->sites[x].abandoned);
        }
        for (int a = 0; a < rep->area_count; a++) {
            by_area += rep->areas[a].offered;
            ck_assert_uint_eq(rep->areas[a].offered, rep->areas[a].answered + rep->areas[a].abandoned);
        }
        ck_assert_uint_eq(by_site, t.offered);
        ck_assert_uint_eq(by_area, t.offered);
        /* Each centre's hours of the week add up to its totals. */
        for (int x = 0; x < rep->site_count; x++) {
            uint64_t offered = 0, within = 0, abandoned = 0;
            for (int k = 0; k < rep->interval_count; k++) {
                offered += rep->site_intervals[x * rep->interval_count + k].offered;
                within += rep->site_intervals[x * rep->interval_count + k].within_target;
                abandoned += rep->site_intervals[x * rep->interval_count + k].abandoned;
            }
            ck_assert_uint_eq(offered, rep->sites[x].offered);
            ck_assert_uint_eq(within, rep->sites[x].within_target);
            ck_assert_uint_eq(abandoned, rep->sites[x].abandoned); /* 0 here: no patience */
        }
        ck_assert_uint_gt(rep->sites[0].answered_elsewhere, 100);
        ck_assert_uint_eq(rep->sites[0].answered_elsewhere, rep->sites[1].answered_for_others);
        ck_assert_uint_eq(rep->sites[1].answered_elsewhere, 0); /* south's calls never overflow */
        /* Areas keep their share of the calls: about 2:1. */
        double share = (double)rep->areas[0].offered / (double)t.offered;
        ck_assert_msg(fabs(share - 2.0 / 3) < 0.01, "area a has %.4f of the calls", share);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* Two centres that share nothing (no pool, no overflow) with redials, floor work, time away and
 * doctors: a change of one centre's staffing must leave the other's results bit for bit as they
 * were, since the draws whose order staffing changes are kept per centre (common random numbers
 * across centres, which lvsim staff and compare rely on). */
static const char *independent_fmt =
    "horizon: 30d\nwarmup: 1d\nseed: 12\n"
    "demand: {calls_per_year: 150000}\n"
    "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: {dist: lognormal, mean: 5m, sd: 3m},\n"
    "                    callback: {share: 10%%, delay: 30m, talk: 4m}}]\n"
    "  patience: {dist: weibull, mean: 4m, shape: 1.2}\n"
    "  redial: {probability: 70%%, delay: {dist: exponential, mean: 5m}}\n"
    "clinical: {}\n"
    "centres:\n"
    "  - name: north\n"
    "    operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 2, floor: 1}]\n"
    "    doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n"
    "    away: {share: 20%%, piece: 10m}\n"
    "  - name: south\n"
    "    operators: [{days: all, from: \"00:00\", to: \"24:00\", count: %d, floor: 1}]\n"
    "    doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n"
    "    away: {share: 20%%, piece: 10m}\n"
    "areas:\n"
    "  - {name: a, population: 1, centre: north}\n"
    "  - {name: b, population: 1, centre: south}\n";

START_TEST(other_centres_keep_their_random_numbers)
{
    struct lv_results r[2];
    for (int v = 0; v < 2; v++) {
        char yaml[4096];
        snprintf(yaml, sizeof yaml, independent_fmt, v ? 3 : 1);
        struct lv_scenario *s = test_scenario(yaml);
        run(s, 2, true, &r[v]);
        lv_scenario_free(s);
    }
    for (int i = 0; i < 2; i++) {
        const struct lv_site_stats *a = &r[0].reps[i].sites[0], *b = &r[1].reps[i].sites[0];
        ck_assert_uint_gt(a->offered, 1000);
        ck_assert_uint_eq(a->offered, b->offered);
        ck_assert_uint_eq(a->answered, b->answered);
        ck_assert_uint_eq(a->within_target, b->within_target);
        ck_assert_uint_eq(a->abandoned, b->abandoned);
        ck_assert(memcmp(a, b, sizeof *a) == 0); /* every figure of north, clinical side included */
        /* each centre's hours of the week hold its abandoned calls (lvsim staff --abandon-max) */
        for (int x = 0; x < 2; x++) {
            const struct lv_rep_result *rep = &r[0].reps[i];
            uint64_t abandoned = 0;
            for (int k = 0; k < rep->interval_count; k++)
                abandoned += rep->site_intervals[x * rep->interval_count + k].abandoned;
            ck_assert_uint_gt(abandoned, 0);
            ck_assert_uint_eq(abandoned, rep->sites[x].abandoned);
        }
        /* south did change: one operator against three */
        ck_assert_uint_lt(r[0].reps[i].sites[1].within_target * 10, r[1].reps[i].sites[1].within_target * 9);
    }
    lv_results_fini(&r[0]);
    lv_results_fini(&r[1]);
}
END_TEST

static const char *satellite_fmt =
    "horizon: 40d\nseed: 6\n"
    "demand: {calls_per_year: 60000, satellite_factor: %s}\n"
    "calls:\n  types: [{name: c, share: 100%%, clinical: true, talk: {dist: exponential, mean: 4m}}]\n"
    "clinical: {}\n"
    "centres:\n"
    "  - name: main\n"
    "    operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 3, floor: 1}]\n"
    "    doctors: [{days: all, from: \"00:00\", to: \"24:00\", count: 2}]\n"
    "satellites:\n"
    "  - {name: fjord, centre: main, nurses: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}], urgencies: [%s]}\n"
    "areas:\n"
    "  - {name: town, population: 80000, centre: main, travel: {dist: lognormal, median: 15m, p90: 30m}}\n"
    "  - {name: valley, population: 20000, centre: main, satellite: fjord,\n"
    "     travel: {dist: lognormal, median: 60m, p90: 90m}, satellite_travel: 10m}\n";

/* A satellite taking green patients gets no red or yellow ones; one taking yellow too gets
 * both, never red. Its patients are seen by video, saving travel; the contact-rate factor
 * lowers the valley's calls. */
START_TEST(satellites_take_only_their_urgencies)
{
    char yaml[4096];
    snprintf(yaml, sizeof yaml, satellite_fmt, "1.0", "green");
    struct lv_scenario *green = test_scenario(yaml);
    snprintf(yaml, sizeof yaml, satellite_fmt, "0.85", "green, yellow");
    struct lv_scenario *both = test_scenario(yaml);
    struct lv_results g, b;
    run(green, 2, true, &g);
    run(both, 2, true, &b);
    struct lv_layout l;
    lv_layout_init(&l, green, g.interval_count, g.day_count);
    for (int i = 0; i < 2; i++) {
        const struct lv_ledger *lg = &g.reps[i].ledger, *lb = &b.reps[i].ledger;
        ck_assert_uint_gt(lg->satellite_patients[LV_GREEN], 50);
        ck_assert_uint_eq(lg->satellite_patients[LV_YELLOW], 0);
        ck_assert_uint_eq(lg->satellite_patients[LV_RED], 0);
        ck_assert_uint_gt(lb->satellite_patients[LV_YELLOW], 50);
        ck_assert_uint_eq(lb->satellite_patients[LV_RED], 0);
        ck_assert_uint_eq(lg->doctor_tasks_queued, lg->doctor_tasks_done);
        ck_assert_uint_eq(lg->floor_tasks_queued, lg->floor_tasks_done);
        ck_assert(g.reps[i].sites[0].video_consultations > 0);
        ck_assert(value(&g, i, lv_layout_area(&l, 1, LV_A_TRAVEL_SAVED_HOURS_PER_DAY)) > 0);
        ck_assert_double_eq(value(&g, i, lv_layout_area(&l, 0, LV_A_SATELLITE_PATIENTS_PER_DAY)), 0);
        /* valley calls: 20 % of the demand, 17 % after the factor (0.2 × 0.85 / (0.8 + 0.17)) */
        double vg = (double)g.reps[i].areas[1].offered / (double)(g.reps[i].areas[0].offered + g.reps[i].areas[1].offered);
        double vb = (double)b.reps[i].areas[1].offered / (double)(b.reps[i].areas[0].offered + b.reps[i].areas[1].offered);
        ck_assert_msg(fabs(vg - 0.2) < 0.015 && fabs(vb - 0.17 / 0.97) < 0.015, "valley shares %g %g", vg, vb);
    }
    lv_results_fini(&g);
    lv_results_fini(&b);
    lv_scenario_free(green);
    lv_scenario_free(both);
}
END_TEST

/* Demand per inhabitant: 100 000 people at 0.5 calls and 50 000 at their own 1.0 make 100 000
 * first attempts a year, half from each area. */
START_TEST(calls_per_inhabitant_by_area)
{
    struct lv_scenario *s = test_scenario(
        "horizon: 28d\nseed: 3\n"
        "demand: {calls_per_inhabitant: 0.5}\n"
        "calls:\n  types: [{name: all, share: 100%, talk: 2m}]\n"
        "centre:\n  operators: [{days: all, from: \"00:00\", to: \"24:00\", count: 20}]\n"
        "areas:\n  - {name: town, population: 100000}\n  - {name: coast, population: 50000, calls_per_inhabitant: 1.0}\n");
    ck_assert_double_eq_tol(s->demand.calls_per_year, 100000, 1e-6);
    ck_assert_double_eq_tol(s->areas[0].weight, 0.5, 1e-12);
    struct lv_model *m = lv_model_alloc(s);
    double year = 0;
    for (int d = 0; d < 365; d++)
        year += lv_model_expected_calls(m, d);
    ck_assert_double_eq_tol(year, 100000, 1e-6);
    lv_model_free(m);
    struct lv_results r;
    run(s, 2, true, &r);
    for (int i = 0; i < 2; i++) {
        double share = (double)r.reps[i].areas[0].offered / (double)(r.reps[i].areas[0].offered + r.reps[i].areas[1].offered);
        ck_assert_msg(fabs(share - 0.5) < 0.02, "town has %g of the calls", share);
    }
    lv_results_fini(&r);
    lv_scenario_free(s);
}
END_TEST

/* A satellite staffed 08-20 gets patients only while open: those booked at night go to the
 * centre (they used to wait at the closed satellite for the morning nurse). */
START_TEST(closed_satellite_takes_no_patients)
{
    char yaml[4096];
    snprintf(yaml, sizeof yaml, satellite_fmt, "1.0", "green");
    char *night = strstr(yaml, "nurses: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]");
    ck_assert_ptr_nonnull(night);
    const char *open = "nurses: [{days: all, from: \"00:00\", to: \"08:00\", count: 0}, "
                       "{days: all, from: \"08:00\", to: \"20:00\", count: 1}, {days: all, from: \"20:00\", to: \"24:00\", count: 0}]";
    char patched[4096];
    snprintf(patched, sizeof patched, "%.*s%s%s", (int)(night - yaml), yaml, open,
             night + strlen("nurses: [{days: all, from: \"00:00\", to: \"24:00\", count: 1}]"));
    struct lv_scenario *day = test_scenario(patched), *always = test_scenario(yaml);
    struct lv_results d, a;
    run(day, 2, true, &d);
    run(always, 2, true, &a);
    for (int i = 0; i < 2; i++) {
        uint64_t open_only = d.reps[i].ledger.satellite_patients[LV_GREEN], all = a.reps[i].ledger.satellite_patients[LV_GREEN];
        ck_assert_uint_gt(open_only, 20);
        /* 12 of 24 hours open, but most calls come by day: fewer patients, more than a third */
        ck_assert_msg(open_only < all * 9 / 10 && open_only > all / 3, "%llu of %llu", (unsigned long long)open_only,
                      (unsigned long long)all);
    }
    lv_results_fini(&d);
    lv_results_fini(&a);
    lv_scenario_free(day);
    lv_scenario_free(always);
}
END_TEST

Suite *centres_suite(void)
{
    Suite *s = suite_create("centres");
    TCase *t = tcase_create("centres");
    tcase_set_timeout(t, 600);
    tcase_add_test(t, pooling_two_centres_matches_erlang_c);
    tcase_add_test(t, overflow_limits_equal_pooling_and_separate);
    tcase_add_test(t, conservation_per_centre_and_area);
    tcase_add_test(t, satellites_take_only_their_urgencies);
    tcase_add_test(t, calls_per_inhabitant_by_area);
    tcase_add_test(t, other_centres_keep_their_random_numbers);
    tcase_add_test(t, closed_satellite_takes_no_patients);
    suite_add_tcase(s, t);
    return s;
}
