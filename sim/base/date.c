/* date.c — day-number arithmetic (Howard Hinnant's civil algorithms) and Norwegian holidays. */
#include "lvsim/date.h"


long lv_days_from_civil(int year, int month, int day)
{
    long y = year - (month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void lv_civil_from_days(long z, int *year, int *month, int *day)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = m;
    *day = d;
}

int lv_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int lv_weekday(long days)
{
    /* 1970-01-01 was a Thursday (3 with Monday = 0). */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

long lv_easter_sunday(int year)
{
    /* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return lv_days_from_civil(year, month, day);
}

bool lv_is_holiday(long days, const struct lv_holiday_rules *rules)
{
    int y, m, d;
    lv_civil_from_days(days, &y, &m, &d);
    if ((m == 1 && d == 1) || (m == 5 && (d == 1 || d == 17)) || (m == 12 && (d == 25 || d == 26)))
        return true;
    if (rules) {
        if ((rules->christmas_eve && m == 12 && d == 24) || (rules->new_years_eve && m == 12 && d == 31))
            return true;
        for (int i = 0; i < rules->extra_count; i++)
            if (rules->extra[i] == days)
                return true;
    }
    if (m < 3 || m > 6)
        return false;
    long offset = days - lv_easter_sunday(y);
    /* Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension, Whit Sunday, Whit Monday */
    return offset == -3 || offset == -2 || offset == 0 || offset == 1 || offset == 39 ||
           offset == 49 || offset == 50;
}

void lv_format_date(long days, char *buf)
{
    int y, m, d;
    lv_civil_from_days(days, &y, &m, &d);
    /* Digit by digit: years 0..9999, so the text is always 10 characters. */
    y = ((y % 10000) + 10000) % 10000;
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = '\0';
}
