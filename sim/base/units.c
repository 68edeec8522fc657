/* units.c — parsers for the human units of scenario files; see units.h. */
#include "lvsim/units.h"
#include "lvsim/date.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lv_parse_number(const char *text, double *value)
{
    if (!text || !*text || isspace((unsigned char)*text))
        return -1;
    char *end;
    double v = strtod(text, &end);
    if (end == text || *end != '\0' || !isfinite(v))
        return -1;
    /* strtod accepts hex floats and "inf"; scenario numbers are plain decimals. */
    for (const char *p = text; *p; p++)
        if (!(isdigit((unsigned char)*p) || *p == '.' || *p == '-' || *p == '+' || *p == 'e' ||
              *p == 'E'))
            return -1;
    *value = v;
    return 0;
}

int lv_parse_duration(const char *text, double *seconds)
{
    if (!text || !*text)
        return -1;
    if (strcmp(text, "0") == 0) {
        *seconds = 0;
        return 0;
    }
    static const char units[] = "dhms";
    static const double factor[] = {86400, 3600, 60, 1};
    const char *p = text;
    double total = 0;
    int last_unit = -1;
    while (*p) {
        /* A plain decimal: digits with at most one point (no sign, exponent or hex). */
        const char *q = p;
        int digits = 0, points = 0;
        for (; isdigit((unsigned char)*q) || *q == '.'; q++) {
            digits += *q != '.';
            points += *q == '.';
        }
        if (digits == 0 || points > 1)
            return -1;
        char *end;
        double v = strtod(p, &end);
        if (end != q || !isfinite(v))
            return -1;
        const char *u = *end ? strchr(units, *end) : NULL;
        if (!u)
            return -1;
        int unit = (int)(u - units);
        if (unit <= last_unit) /* units must appear once, largest first */
            return -1;
        last_unit = unit;
        total += v * factor[unit];
        p = end + 1;
    }
    if (!isfinite(total))
        return -1;
    *seconds = total;
    return 0;
}

int lv_parse_time_of_day(const char *text, int *minutes)
{
    if (!text || strlen(text) != 5 || text[2] != ':')
        return -1;
    for (int i = 0; i < 5; i++)
        if (i != 2 && !isdigit((unsigned char)text[i]))
            return -1;
    int h = (text[0] - '0') * 10 + (text[1] - '0');
    int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    *minutes = h * 60 + m;
    return 0;
}

int lv_parse_date(const char *text, long *days)
{
    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)text[i]))
            return -1;
    int y = atoi(text), m = atoi(text + 5), d = atoi(text + 8);
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > lv_days_in_month(y, m))
        return -1;
    *days = lv_days_from_civil(y, m, d);
    return 0;
}

int lv_parse_share(const char *text, double *share)
{
    if (!text || !*text)
        return -1;
    size_t n = strlen(text);
    double v;
    if (text[n - 1] == '%') {
        char buf[64];
        n--;
        /* "60 %", as Norwegian typography (and lvsim's own output) writes it: a space, a no-break
         * space (U+00A0) or a narrow one (U+202F) before the sign */
        if (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
            n--;
        else if (n > 2 && memcmp(text + n - 2, "\xc2\xa0", 2) == 0)
            n -= 2;
        else if (n > 3 && memcmp(text + n - 3, "\xe2\x80\xaf", 3) == 0)
            n -= 3;
        if (n >= sizeof buf)
            return -1;
        memcpy(buf, text, n);
        buf[n] = '\0';
        if (lv_parse_number(buf, &v) != 0 || v < 0 || v > 100)
            return -1;
        v /= 100;
    } else if (lv_parse_number(text, &v) != 0 || v < 0 || v > 1) {
        return -1;
    }
    *share = v;
    return 0;
}

void lv_format_duration(double seconds, char *buf, int size)
{
    if (!(seconds >= 0) || !isfinite(seconds)) {
        snprintf(buf, (size_t)size, "-");
        return;
    }
    long s = lround(seconds);
    long h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (h)
        snprintf(buf, (size_t)size, "%ldh%02ldm", h, m);
    else if (m)
        snprintf(buf, (size_t)size, "%ldm%02lds", m, sec);
    else
        snprintf(buf, (size_t)size, "%lds", sec);
}
