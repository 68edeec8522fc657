/* test_calendar.c — ordering by (time, priority, insertion) and cancel through handles. */
#include "suites.h"

#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "lvsim/calendar.h"

START_TEST(orders_by_time_priority_then_insertion)
{
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 4), 0);
    lv_calendar_push(&c, 5.0, 1, 0, 1);
    lv_calendar_push(&c, 5.0, 0, 0, 2); /* same time, higher priority */
    lv_calendar_push(&c, 1.0, 9, 0, 3);
    lv_calendar_push(&c, 5.0, 1, 0, 4); /* same time and priority as 1: after it */
    lv_calendar_push(&c, 5.0, 1, 0, 5);
    uint32_t expected[] = {3, 2, 1, 4, 5};
    struct lv_event e;
    for (int i = 0; i < 5; i++) {
        ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
        ck_assert_uint_eq(e.data, expected[i]);
    }
    ck_assert_int_eq(lv_calendar_pop(&c, &e), -1);
    lv_calendar_fini(&c);
}
END_TEST

START_TEST(equal_times_fire_in_insertion_order_across_growth)
{
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 16), 0);
    for (uint32_t i = 0; i < 5000; i++) /* forces several capacity doublings */
        ck_assert_uint_ne(lv_calendar_push(&c, 42.0, 3, 0, i), LV_EVENT_NONE);
    struct lv_event e;
    for (uint32_t i = 0; i < 5000; i++) {
        ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
        ck_assert_uint_eq(e.data, i);
    }
    lv_calendar_fini(&c);
}
END_TEST

START_TEST(cancel_removes_exactly_that_event)
{
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 16), 0);
    lv_event_id ids[100];
    for (uint32_t i = 0; i < 100; i++)
        ids[i] = lv_calendar_push(&c, (double)((i * 37) % 100), 0, 0, i);
    for (uint32_t i = 0; i < 100; i += 3)
        ck_assert_int_eq(lv_calendar_cancel(&c, ids[i]), 0);
    ck_assert_int_eq(lv_calendar_cancel(&c, ids[0]), -1); /* already cancelled */
    struct lv_event e;
    double last = -1;
    int popped = 0;
    while (lv_calendar_pop(&c, &e) == 0) {
        ck_assert(e.data % 3 != 0);
        ck_assert(e.time >= last);
        last = e.time;
        popped++;
    }
    ck_assert_int_eq(popped, 66);
    lv_calendar_fini(&c);
}
END_TEST

/* Random pushes, pops and cancels checked against a brute-force reference; width > 0 buckets
 * the calendar. Times are drawn from `spread` whole numbers (many ties) plus, with `far`, some
 * far beyond the ring of buckets and some at +infinity. */
static void random_operations(double width, double spread, bool far)
{
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 16), 0);
    lv_calendar_set_width(&c, width);
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    enum { N = 4000 };
    static double time_of[N];
    static int pending[N];
    static lv_event_id handle[N];
    uint32_t next = 0;
    double now = 0; /* the model never schedules before the last event popped */
    for (int step = 0; step < 20000; step++) {
        double u = gsl_rng_uniform(r);
        if (u < 0.5 && next < N) {
            double v = gsl_rng_uniform(r);
            time_of[next] = now + floor(gsl_rng_uniform(r) * spread);
            if (far && v < 0.05)
                time_of[next] = now + 1e6 * (1 + floor(gsl_rng_uniform(r) * 3)); /* past the ring */
            else if (far && v < 0.06)
                time_of[next] = INFINITY;
            handle[next] = lv_calendar_push(&c, time_of[next], 0, 0, next);
            pending[next] = 1;
            next++;
        } else if (u < 0.7 && next > 0) {
            uint32_t k = (uint32_t)gsl_rng_uniform_int(r, next);
            ck_assert_int_eq(lv_calendar_cancel(&c, handle[k]) == 0, pending[k]);
            pending[k] = 0;
        } else {
            int best = -1, count = 0;
            for (uint32_t k = 0; k < next; k++) {
                count += pending[k];
                if (pending[k] && (best < 0 || time_of[k] < time_of[best]))
                    best = (int)k; /* the earliest, first inserted among ties */
            }
            ck_assert_uint_eq(lv_calendar_size(&c), (uint32_t)count);
            struct lv_event e;
            if (best < 0) {
                ck_assert_int_eq(lv_calendar_pop(&c, &e), -1);
                continue;
            }
            ck_assert(lv_calendar_next_time(&c) == time_of[best]);
            ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
            ck_assert_uint_eq(e.data, (uint32_t)best);
            pending[best] = 0;
            if (isfinite(e.time))
                now = e.time;
        }
    }
    gsl_rng_free(r);
    lv_calendar_fini(&c);
}

START_TEST(random_operations_match_reference)
{
    random_operations(0, 50, false);
}
END_TEST

/* The same with buckets: narrow (most events in buckets), wide (most in the heap), and with
 * events past the ring of buckets and at +infinity (the overflow list, and the jump to it when
 * nothing nearer is left). */
START_TEST(buckets_keep_the_order)
{
    random_operations(1.0, 50, false);
    random_operations(0.3, 5000, false);
    random_operations(100.0, 50, false);
    random_operations(1.0, 50, true);
    random_operations(7.0, 3000, true);
}
END_TEST

/* An event just below a window's end must not wait in the next window's bucket: with width 0.1,
 * 1.7 / 0.1 rounds to 17 while window 16 ends at 17 * 0.1 = 1.7000000000000002, so an event at
 * 1.7 pushed early belongs to window 16; it must come out before one at 1.7 pushed later. */
START_TEST(rounding_at_a_window_edge_keeps_the_order)
{
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 16), 0);
    lv_calendar_set_width(&c, 0.1);
    lv_calendar_push(&c, 1.7, 0, 0, 1);  /* placed while window 0 is current */
    lv_calendar_push(&c, 1.65, 0, 0, 2); /* brings window 16 */
    struct lv_event e;
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 2);
    lv_calendar_push(&c, 1.7, 0, 0, 3); /* same time, later: after 1 */
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 1);
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 3);
    lv_calendar_fini(&c);
}
END_TEST

/* Window k's start as computed, t = k * width, holds an event pushed while window `from` was
 * current (into a bucket of the ring) with a low priority; window k - 1 is brought by an event at
 * t - 1; then an event of time t and a higher priority must come out first. Returns after checking. */
static void edge_keeps_the_order(double width, long k, long from)
{
    const double t = (double)k * width;
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 16), 0);
    lv_calendar_set_width(&c, width);
    struct lv_event e;
    lv_calendar_push(&c, (double)from * width, 0, 0, 9); /* brings window `from` */
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 9);
    lv_calendar_push(&c, t, 5, 0, 1);     /* into a bucket of the ring */
    lv_calendar_push(&c, t - 1, 0, 0, 2); /* window k - 1 */
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 2);
    lv_calendar_push(&c, t, 0, 0, 3); /* same time, higher priority: before 1 */
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 3);
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    ck_assert_uint_eq(e.data, 1);
    lv_calendar_fini(&c);
}

/* The other way: t / width rounds down below k + 1 while t is already window k + 1's start
 * ((k + 1) * width as computed). Placed in window k, the event came out before an event of its
 * time and a higher priority pushed while window k was current. */
START_TEST(rounding_down_at_a_window_edge_keeps_the_order)
{
    const double width = 148.78978454510295;
    ck_assert(floor(15520 * width / width) == 15519); /* the case: the quotient says window 15519 */
    edge_keeps_the_order(width, 15520, 15000);
}
END_TEST

/* The window is first guessed as t times 1 / width; the guess may fall one short: for this width
 * 99914 * width times 1 / width is 99913.99999999999. The event belongs to window 99914 (it is that
 * window's start as computed), so it must still come out after a later-pushed event of its time
 * and a higher priority. Fails without the upward correction in place(). */
START_TEST(a_guess_one_short_is_corrected)
{
    const double width = 432.77274023437434;
    ck_assert((long)(99914 * width * (1 / width)) == 99913); /* the case: the guess is one short */
    edge_keeps_the_order(width, 99914, 99500);
}
END_TEST

/* A width is taken only while the calendar is empty, and nonsense widths are ignored. */
START_TEST(width_only_while_empty)
{
    struct lv_calendar c;
    ck_assert_int_eq(lv_calendar_init(&c, 16), 0);
    lv_calendar_set_width(&c, -1);
    lv_calendar_set_width(&c, INFINITY);
    lv_calendar_set_width(&c, NAN);
    ck_assert(c.width == 0);
    lv_calendar_push(&c, 5.0, 0, 0, 1);
    lv_calendar_set_width(&c, 1.0);
    ck_assert(c.width == 0);
    struct lv_event e;
    ck_assert_int_eq(lv_calendar_pop(&c, &e), 0);
    lv_calendar_set_width(&c, 1.0);
    ck_assert(c.width == 1.0);
    lv_calendar_fini(&c);
}
END_TEST

Suite *calendar_suite(void)
{
    Suite *s = suite_create("calendar");
    TCase *t = tcase_create("core");
    tcase_add_test(t, orders_by_time_priority_then_insertion);
    tcase_add_test(t, equal_times_fire_in_insertion_order_across_growth);
    tcase_add_test(t, cancel_removes_exactly_that_event);
    tcase_add_test(t, random_operations_match_reference);
    tcase_add_test(t, buckets_keep_the_order);
    tcase_add_test(t, width_only_while_empty);
    tcase_add_test(t, rounding_at_a_window_edge_keeps_the_order);
    tcase_add_test(t, rounding_down_at_a_window_edge_keeps_the_order);
    tcase_add_test(t, a_guess_one_short_is_corrected);
    suite_add_tcase(s, t);
    return s;
}
