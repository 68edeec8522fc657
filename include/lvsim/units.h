/* units.h — the human units of scenario files: durations ("30s", "5m", "1h30m", "100d"),
 * times of day ("HH:MM"), dates ("YYYY-MM-DD") and shares ("0.8" or "80%").
 * Each parser returns 0 on success and -1 on a malformed or out-of-range text. */
#ifndef LVSIM_UNITS_H
#define LVSIM_UNITS_H

/* Duration in seconds. Units d, h, m, s, combinable largest first ("1h30m", "2m30s");
 * decimals allowed ("1.5h"); "0" alone needs no unit. Negative values are rejected. */
int lv_parse_duration(const char *text, double *seconds);

/* Time of day "HH:MM" in minutes since midnight, 0..1440 ("24:00" is allowed as an end). */
int lv_parse_time_of_day(const char *text, int *minutes);

/* Date "YYYY-MM-DD" (years 1900..2999) as days since 1970-01-01 (proleptic Gregorian). */
int lv_parse_date(const char *text, long *days);

/* A share 0..1, written "0.8" or "80%" (percent 0..100). */
int lv_parse_share(const char *text, double *share);

/* A plain finite number (no unit, no percent sign). */
int lv_parse_number(const char *text, double *value);

/* Writes a duration as "1h30m", "2m30s", "45s" into buf (size >= 32). */
void lv_format_duration(double seconds, char *buf, int size);

#endif
