/* test_units.c — durations, times of day, dates and shares as scenario files write them. */
#include "suites.h"

#include "lvsim/units.h"

START_TEST(durations)
{
    struct {
        const char *text;
        double seconds;
    } ok[] = {{"0", 0},        {"30s", 30},   {"5m", 300},     {"1h30m", 5400}, {"2m30s", 150},
              {"100d", 8640000}, {"1.5h", 5400}, {"1d2h3m4s", 93784}, {"0s", 0}};
    for (unsigned i = 0; i < sizeof ok / sizeof *ok; i++) {
        double s = -1;
        ck_assert_msg(lv_parse_duration(ok[i].text, &s) == 0, "'%s' should parse", ok[i].text);
        ck_assert_double_eq_tol(s, ok[i].seconds, 1e-9);
    }
    const char *bad[] = {"", "5", "m", "5x", "30m1h", "5m5m", "-5m", "5 m", "1e3s", "abc", "5m ", "nan"};
    for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++) {
        double s;
        ck_assert_msg(lv_parse_duration(bad[i], &s) != 0, "'%s' should be refused", bad[i]);
    }
}
END_TEST

START_TEST(times_of_day)
{
    int m;
    ck_assert_int_eq(lv_parse_time_of_day("00:00", &m), 0);
    ck_assert_int_eq(m, 0);
    ck_assert_int_eq(lv_parse_time_of_day("15:30", &m), 0);
    ck_assert_int_eq(m, 930);
    ck_assert_int_eq(lv_parse_time_of_day("24:00", &m), 0);
    ck_assert_int_eq(m, 1440);
    const char *bad[] = {"24:01", "8:00", "08:60", "25:00", "0800", "08:00:00", ""};
    for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(lv_parse_time_of_day(bad[i], &m) != 0, "'%s' should be refused", bad[i]);
}
END_TEST

START_TEST(dates_and_shares)
{
    long d;
    ck_assert_int_eq(lv_parse_date("2024-02-29", &d), 0);
    ck_assert_int_ne(lv_parse_date("2025-02-29", &d), 0);
    ck_assert_int_ne(lv_parse_date("2025-13-01", &d), 0);
    ck_assert_int_ne(lv_parse_date("25-01-01", &d), 0);
    double s;
    ck_assert_int_eq(lv_parse_share("80%", &s), 0);
    ck_assert_double_eq_tol(s, 0.8, 1e-12);
    ck_assert_int_eq(lv_parse_share("0.25", &s), 0);
    ck_assert_double_eq_tol(s, 0.25, 1e-12);
    ck_assert_int_eq(lv_parse_share("100%", &s), 0);
    ck_assert_double_eq_tol(s, 1, 1e-12);
    ck_assert_int_ne(lv_parse_share("101%", &s), 0);
    ck_assert_int_ne(lv_parse_share("1.5", &s), 0);
    ck_assert_int_ne(lv_parse_share("-0.1", &s), 0);
    ck_assert_int_ne(lv_parse_share("%", &s), 0);
    ck_assert_int_ne(lv_parse_share("0x1p-1", &s), 0);
    /* "60 %" as Norwegian typography and lvsim's own output write it: a space, no-break space or
     * narrow no-break space before the sign; one only, and none before the number */
    const char *spaced[] = {"60 %", "60\t%", "60\xc2\xa0%", "60\xe2\x80\xaf%"};
    for (int i = 0; i < 4; i++) {
        s = -1;
        ck_assert_int_eq(lv_parse_share(spaced[i], &s), 0);
        ck_assert_double_eq_tol(s, 0.6, 1e-12);
    }
    ck_assert_int_ne(lv_parse_share("60  %", &s), 0);
    ck_assert_int_ne(lv_parse_share(" %", &s), 0);
    ck_assert_int_ne(lv_parse_share(" 60%", &s), 0);
    ck_assert_int_ne(lv_parse_share("0,6", &s), 0);
}
END_TEST

Suite *units_suite(void)
{
    Suite *s = suite_create("units");
    TCase *t = tcase_create("parse");
    tcase_add_test(t, durations);
    tcase_add_test(t, times_of_day);
    tcase_add_test(t, dates_and_shares);
    suite_add_tcase(s, t);
    return s;
}
