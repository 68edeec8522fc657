/* date.h — civil dates as day numbers (days since 1970-01-01) and Norwegian public holidays.
 * The simulation runs on real dates; Easter-based holidays come from the Gregorian computus. */
#ifndef LVSIM_DATE_H
#define LVSIM_DATE_H

#include <stdbool.h>

long lv_days_from_civil(int year, int month, int day);
void lv_civil_from_days(long days, int *year, int *month, int *day);
int lv_days_in_month(int year, int month);

/* Day of week, 0 = Monday .. 6 = Sunday. */
int lv_weekday(long days);

/* Easter Sunday of a year (Gregorian), as a day number. */
long lv_easter_sunday(int year);

/* Which optional days count as holidays besides the statutory ones. */
struct lv_holiday_rules {
    bool christmas_eve;   /* 24 Dec */
    bool new_years_eve;   /* 31 Dec */
    const long *extra;    /* further holiday day numbers, borrowed */
    int extra_count;
};

/* True for Norwegian public holidays: 1 Jan, Maundy Thursday, Good Friday, Easter Sunday and
 * Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, 25 and 26 Dec, plus the
 * optional days in rules (rules may be NULL). */
bool lv_is_holiday(long days, const struct lv_holiday_rules *rules);

/* Writes "YYYY-MM-DD" into buf (size >= 11). */
void lv_format_date(long days, char *buf);

#endif
