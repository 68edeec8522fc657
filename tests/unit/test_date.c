/* test_date.c — day numbers, weekdays, Easter and Norwegian holidays on known dates. */
#include "suites.h"

#include "lvsim/date.h"
#include "lvsim/units.h"

static long day(const char *text)
{
    long d = 0;
    ck_assert_int_eq(lv_parse_date(text, &d), 0);
    return d;
}

START_TEST(day_numbers_round_trip)
{
    ck_assert_int_eq(day("1970-01-01"), 0);
    ck_assert_int_eq(day("2000-03-01") - day("2000-02-28"), 2); /* 2000 is a leap year */
    ck_assert_int_eq(day("2100-03-01") - day("2100-02-28"), 1); /* 2100 is not */
    for (long d = day("1999-12-01"); d < day("2031-01-01"); d++) {
        char buf[11];
        lv_format_date(d, buf);
        ck_assert_int_eq(day(buf), d);
    }
}
END_TEST

START_TEST(weekdays)
{
    ck_assert_int_eq(lv_weekday(day("2026-01-05")), 0); /* Monday */
    ck_assert_int_eq(lv_weekday(day("2024-05-17")), 4); /* Friday */
    ck_assert_int_eq(lv_weekday(day("2025-12-25")), 3); /* Thursday */
    ck_assert_int_eq(lv_weekday(day("1970-01-01")), 3); /* Thursday */
}
END_TEST

START_TEST(easter_sundays_from_model_md)
{
    ck_assert_int_eq(lv_easter_sunday(2024), day("2024-03-31"));
    ck_assert_int_eq(lv_easter_sunday(2025), day("2025-04-20"));
    ck_assert_int_eq(lv_easter_sunday(2026), day("2026-04-05"));
    ck_assert_int_eq(lv_easter_sunday(2027), day("2027-03-28"));
    ck_assert_int_eq(lv_easter_sunday(2038), day("2038-04-25")); /* latest possible */
    ck_assert_int_eq(lv_easter_sunday(2285), day("2285-03-22")); /* earliest possible */
}
END_TEST

START_TEST(norwegian_holidays_2025)
{
    const char *holidays[] = {"2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21",
                              "2025-05-01", "2025-05-17", "2025-05-29", "2025-06-08", "2025-06-09",
                              "2025-12-25", "2025-12-26"};
    int n = 0;
    for (long d = day("2025-01-01"); d <= day("2025-12-31"); d++)
        n += lv_is_holiday(d, NULL);
    ck_assert_int_eq(n, 12);
    for (int i = 0; i < 12; i++)
        ck_assert_msg(lv_is_holiday(day(holidays[i]), NULL), "%s should be a holiday", holidays[i]);
    ck_assert(!lv_is_holiday(day("2025-04-19"), NULL)); /* Easter Saturday is not */
    ck_assert(!lv_is_holiday(day("2025-12-24"), NULL));
    struct lv_holiday_rules rules = {true, true, NULL, 0};
    ck_assert(lv_is_holiday(day("2025-12-24"), &rules));
    ck_assert(lv_is_holiday(day("2025-12-31"), &rules));
    long extra = day("2025-08-15");
    rules.extra = &extra;
    rules.extra_count = 1;
    ck_assert(lv_is_holiday(extra, &rules));
}
END_TEST

START_TEST(easter_based_holidays_2024_and_2027)
{
    /* 2024: Maundy Thursday 28 Mar, Ascension 9 May, Whit Monday 20 May. */
    ck_assert(lv_is_holiday(day("2024-03-28"), NULL));
    ck_assert(lv_is_holiday(day("2024-05-09"), NULL));
    ck_assert(lv_is_holiday(day("2024-05-20"), NULL));
    /* 2027: Good Friday 26 Mar, Easter Monday 29 Mar, Ascension 6 May, Whit Sunday 16 May. */
    ck_assert(lv_is_holiday(day("2027-03-26"), NULL));
    ck_assert(lv_is_holiday(day("2027-03-29"), NULL));
    ck_assert(lv_is_holiday(day("2027-05-06"), NULL));
    ck_assert(lv_is_holiday(day("2027-05-16"), NULL));
    ck_assert(!lv_is_holiday(day("2027-05-18"), NULL));
}
END_TEST

Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *t = tcase_create("calendar");
    tcase_add_test(t, day_numbers_round_trip);
    tcase_add_test(t, weekdays);
    tcase_add_test(t, easter_sundays_from_model_md);
    tcase_add_test(t, norwegian_holidays_2025);
    tcase_add_test(t, easter_based_holidays_2024_and_2027);
    suite_add_tcase(s, t);
    return s;
}
