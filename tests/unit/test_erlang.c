/* test_erlang.c — the Erlang calculator against the exact reference table, the closed forms of
 * M/M/1 and Erlang C, Little's law and the abandonment identity, the limits of patience, the
 * monotonicity in staff that the inverse relies on, the inverse's minimality, and large systems. */
#include "suites.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

#include "lvsim/erlang.h"

static struct lv_erlang_result compute(double per_hour, double handling_s, double patience_s, double within_s,
                                       int staff)
{
    struct lv_erlang_system s = {per_hour, handling_s, patience_s, within_s, staff};
    struct lv_erlang_result r;
    ck_assert_int_eq(lv_erlang_compute(&s, &r), LV_ERLANG_OK);
    return r;
}

/* got within tol of want (relative above 1, absolute below); row names a reference row or "". */
static void near_in(const char *row, const char *what, double got, double want, double tol)
{
    ck_assert_msg(fabs(got - want) <= tol * fmax(1, fabs(want)), "%s %s: got %.9g, want %.9g (tolerance %g)", row,
                  what, got, want, tol);
}

static void near(const char *what, double got, double want, double tol)
{
    near_in("", what, got, want, tol);
}

START_TEST(reference_table)
{
    struct erlang_reference_row rows[32];
    int n = erlang_reference_read(rows, 32);
    ck_assert_int_ge(n, 15);
    for (int i = 0; i < n; i++) {
        const struct erlang_reference_row *w = &rows[i];
        double patience = isinf(w->patience_s) ? 0 : w->patience_s;
        struct lv_erlang_result r = compute(w->per_hour, w->service_s, patience, w->within_s, w->operators);
        near_in(w->name, "sl", r.answered_within, w->sl, 1e-5);
        near_in(w->name, "p_wait", r.p_wait, w->p_wait, 1e-5);
        near_in(w->name, "p_abandon", r.p_abandon, w->p_abandon, 1e-5);
        near_in(w->name, "asa_s", r.asa_s, w->asa_s, 1e-5);
    }
}
END_TEST

/* M/M/1: P(wait) = ρ, Wq = ρ/(μ − λ), P(W > t) = ρ·e^(−(μ−λ)t), Lq = ρ²/(1 − ρ). */
START_TEST(mm1_closed_forms)
{
    double per_hour = 8, h = 400, tau = 120, lambda = per_hour / 3600, mu = 1 / h, rho = lambda / mu;
    struct lv_erlang_result r = compute(per_hour, h, 0, tau, 1);
    near("p_wait", r.p_wait, rho, 1e-12);
    near("asa", r.asa_s, rho / (mu - lambda), 1e-12);
    near("sl", r.answered_within, 1 - rho * exp(-(mu - lambda) * tau), 1e-12);
    near("lq", r.mean_queue, rho * rho / (1 - rho), 1e-12);
    near("occupancy", r.occupancy, rho, 1e-12);
}
END_TEST

/* P(wait) by the textbook formula, summed directly (fine for small c), and Little's law. */
START_TEST(erlang_c_formula)
{
    const double loads[] = {0.5, 2, 7.5, 19};
    for (int i = 0; i < 4; i++)
        for (int c = (int)loads[i] + 1; c <= (int)loads[i] + 6; c++) {
            double a = loads[i], term = 1, below = 0;
            for (int k = 0; k < c; k++) {
                below += term;
                term *= a / (k + 1);
            }
            double top = term * c / (c - a); /* a^c/c! · c/(c − a) */
            double h = 300, per_hour = a / h * 3600;
            struct lv_erlang_result r = compute(per_hour, h, 0, 60, c);
            near("erlang c", r.p_wait, top / (below + top), 1e-12);
            near("little", r.mean_queue, per_hour / 3600 * r.mean_wait_s, 1e-12);
            near("asa = mean wait", r.asa_s, r.mean_wait_s, 1e-12);
        }
}
END_TEST

/* Erlang A: Little's law, abandonment = θ·Lq/λ (every waiting caller abandons at rate θ), the
 * stationary probabilities summed directly on a short chain, and the carried load below c. */
START_TEST(erlang_a_identities)
{
    const double patience[] = {30, 120, 600, 3600};
    for (int i = 0; i < 4; i++)
        for (int c = 2; c <= 14; c += 3) {
            double per_hour = 60, h = 420, lambda = per_hour / 3600, theta = 1 / patience[i];
            struct lv_erlang_result r = compute(per_hour, h, patience[i], 120, c);
            near("little", r.mean_queue, lambda * r.mean_wait_s, 1e-10);
            near("abandon", r.p_abandon, theta * r.mean_queue / lambda, 1e-10);
            ck_assert(r.occupancy <= 1 && r.occupancy > 0);
            ck_assert(r.answered_within <= 1 - r.p_abandon + 1e-12);
            /* Direct: π_n ∝ Π λ/rate(n), summed far into the tail. */
            double p = 1, total = 0, waiting = 0, queue = 0;
            for (int n = 0; n < 5000; n++) {
                total += p;
                if (n >= c) {
                    waiting += p;
                    queue += (n - c) * p;
                }
                double down = (n + 1 <= c ? n + 1 : c) / h + (n + 1 > c ? (n + 1 - c) * theta : 0);
                p *= lambda / down;
            }
            near("p_wait direct", r.p_wait, waiting / total, 1e-10);
            near("lq direct", r.mean_queue, queue / total, 1e-10);
        }
}
END_TEST

/* Patience → 0: every caller who finds all staff busy leaves at once, Erlang B's loss system.
 * Patience → ∞ below saturation: Erlang C. */
START_TEST(patience_limits)
{
    double per_hour = 100, h = 360, a = per_hour / 3600 * h;
    for (int c = 8; c <= 16; c += 4) {
        struct lv_erlang_result impatient = compute(per_hour, h, 1e-6, 120, c);
        double term = 1, sum = 1;
        for (int k = 1; k <= c; k++) {
            term *= a / k;
            sum += term;
        }
        double b = term / sum;
        near("abandon -> erlang b", impatient.p_abandon, b, 1e-6);
        near("within -> 1 - b", impatient.answered_within, 1 - b, 1e-6);
        near("asa -> 0", impatient.asa_s, 0, 1e-5);

        if (c > a) {
            struct lv_erlang_result patient = compute(per_hour, h, 1e12, 120, c); /* converges as θ */
            struct lv_erlang_result erlang_c = compute(per_hour, h, 0, 120, c);
            near("sl -> erlang c", patient.answered_within, erlang_c.answered_within, 1e-6);
            near("p_wait -> erlang c", patient.p_wait, erlang_c.p_wait, 1e-6);
            near("asa -> erlang c", patient.asa_s, erlang_c.asa_s, 1e-6);
            ck_assert(patient.p_abandon < 1e-6);
        }
    }
}
END_TEST

/* Every added staff member answers more calls sooner: the inverse's bisection relies on it. */
START_TEST(monotone_in_staff)
{
    const double patience[] = {0, 60, 300};
    for (int i = 0; i < 3; i++) {
        struct lv_erlang_result prev = {0};
        bool first = true;
        for (int c = 1; c <= 40; c++) {
            struct lv_erlang_system s = {300, 330, patience[i], 120, c};
            struct lv_erlang_result r;
            enum lv_erlang_status st = lv_erlang_compute(&s, &r);
            if (st == LV_ERLANG_UNSTABLE)
                continue;
            ck_assert_int_eq(st, LV_ERLANG_OK);
            if (!first) {
                ck_assert_msg(r.answered_within > prev.answered_within, "sl not rising at c=%d", c);
                ck_assert_msg(r.p_wait < prev.p_wait, "p_wait not falling at c=%d", c);
                ck_assert_msg(r.p_abandon <= prev.p_abandon, "abandon not falling at c=%d", c);
                ck_assert_msg(r.asa_s < prev.asa_s || patience[i] > 0, "asa not falling at c=%d", c);
            }
            prev = r;
            first = false;
        }
    }
}
END_TEST

/* The inverse returns a staffing that meets the target and one fewer that does not. */
START_TEST(inverse_is_minimal)
{
    const double per_hour[] = {4, 20, 100, 300, 3000};
    const double patience[] = {0, 120, 600};
    const struct lv_erlang_target targets[] = {{0.8, 1}, {0.95, 1}, {0.5, 1}, {0.8, 0.02}};
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 4; k++) {
                struct lv_erlang_system s = {per_hour[i], 360, patience[j], 120, 0};
                struct lv_erlang_result r;
                int c = 0;
                ck_assert_int_eq(lv_erlang_staff_for(&s, &targets[k], &c, &r), LV_ERLANG_OK);
                ck_assert(lv_erlang_meets(&r, &targets[k]));
                s.staff = c;
                struct lv_erlang_result again;
                ck_assert_int_eq(lv_erlang_compute(&s, &again), LV_ERLANG_OK);
                ck_assert(again.answered_within == r.answered_within);
                if (c > 1) {
                    s.staff = c - 1;
                    enum lv_erlang_status st = lv_erlang_compute(&s, &again);
                    ck_assert(st == LV_ERLANG_UNSTABLE || (st == LV_ERLANG_OK && !lv_erlang_meets(&again, &targets[k])));
                }
            }
}
END_TEST

/* λ = 3000 calls an hour of 6 minutes (300 erlang) and c near 330, and 1000 staff: finite, sane
 * and fast. */
START_TEST(large_systems)
{
    clock_t start = clock();
    struct lv_erlang_result r;
    const double patience[] = {0, 300};
    for (int i = 0; i < 2; i++) {
        for (int c = 305; c <= 340; c += 5) {
            r = compute(3000, 360, patience[i], 120, c);
            ck_assert(isfinite(r.asa_s) && r.answered_within > 0.8 && r.answered_within < 1);
            ck_assert(r.p_wait > 0 && r.p_wait < 1 && r.occupancy < 1);
        }
        r = compute(10000, 324, patience[i], 20, 1000); /* 900 erlang */
        ck_assert(isfinite(r.asa_s) && r.answered_within > 0.5 && r.answered_within < 1);
        struct lv_erlang_system s = {3000, 360, patience[i], 120, 0};
        struct lv_erlang_target t = {0.8, 1};
        int c = 0;
        ck_assert_int_eq(lv_erlang_staff_for(&s, &t, &c, &r), LV_ERLANG_OK);
        /* With patience, an overloaded system answers quickly those who stay: c/a ≥ 80 % is all
         * it takes (242), the abandon share is what a cap must guard against. */
        ck_assert_msg(c >= 0.8 * 300 && c < 330, "%d staff for 80 %% of 300 erlang", c);
    }
    struct lv_erlang_system capped = {3000, 360, 300, 120, 0};
    struct lv_erlang_target t = {0.8, 0.05};
    int c = 0;
    ck_assert_int_eq(lv_erlang_staff_for(&capped, &t, &c, &r), LV_ERLANG_OK);
    ck_assert(r.p_abandon <= 0.05 && c > 242);
    /* Overloaded Erlang A: half the load carried, the rest abandons. */
    r = compute(600, 360, 300, 120, 30);
    ck_assert(r.p_abandon > 0.45 && r.occupancy > 0.99 && r.occupancy <= 1);
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    ck_assert_msg(seconds < 2, "large systems took %.2f s", seconds);
}
END_TEST

START_TEST(bad_input)
{
    struct lv_erlang_result r;
    struct lv_erlang_system ok = {100, 360, 0, 120, 12};
    struct lv_erlang_system s = ok;
    s.calls_per_hour = 0;
    ck_assert_int_eq(lv_erlang_compute(&s, &r), LV_ERLANG_BAD_INPUT);
    s = ok;
    s.handling_s = NAN;
    ck_assert_int_eq(lv_erlang_compute(&s, &r), LV_ERLANG_BAD_INPUT);
    s = ok;
    s.patience_s = -1;
    ck_assert_int_eq(lv_erlang_compute(&s, &r), LV_ERLANG_BAD_INPUT);
    s = ok;
    s.staff = 0;
    ck_assert_int_eq(lv_erlang_compute(&s, &r), LV_ERLANG_BAD_INPUT);
    s = ok;
    s.staff = 10; /* 10 erlang on 10 staff */
    ck_assert_int_eq(lv_erlang_compute(&s, &r), LV_ERLANG_UNSTABLE);
    int c;
    struct lv_erlang_target full = {1, 1}, none = {0.8, 0};
    ck_assert_int_eq(lv_erlang_staff_for(&ok, &full, &c, &r), LV_ERLANG_BAD_INPUT);
    ck_assert_int_eq(lv_erlang_staff_for(&ok, &none, &c, &r), LV_ERLANG_BAD_INPUT);
}
END_TEST

Suite *erlang_suite(void)
{
    Suite *s = suite_create("erlang");
    TCase *t = tcase_create("erlang");
    tcase_add_test(t, reference_table);
    tcase_add_test(t, mm1_closed_forms);
    tcase_add_test(t, erlang_c_formula);
    tcase_add_test(t, erlang_a_identities);
    tcase_add_test(t, patience_limits);
    tcase_add_test(t, monotone_in_staff);
    tcase_add_test(t, inverse_is_minimal);
    tcase_add_test(t, large_systems);
    tcase_add_test(t, bad_input);
    suite_add_tcase(s, t);
    return s;
}
