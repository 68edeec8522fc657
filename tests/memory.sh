#!/bin/sh
# memory.sh LVSIM SOURCE_DIR — peak memory with every output on (-o JSON, --csv, --html) does not
# grow with the horizon: 10 and 40 simulated years of the default scenario, one replication, peak
# resident set within 2 MB of each other and under 32 MB (docs/performance.md, "Memory"). The
# 40-year run's days go through the day store's temporary file, the 10-year run's stay in memory;
# both documents hold every reported day, and the long run's page merges them into months. With
# --trace as well (kept a chunk at a time, the rest in sorted runs on disk), 2 and 8 years: within
# 2 MB (a trace kept whole grows 5 MB a year), and the longer log has four times the lines.
# Skipped (exit 77) without GNU time, and for a sanitizer build (its shadow memory is not lvsim's).
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
if ! /usr/bin/time -f %M true >/dev/null 2>&1; then
    echo "SKIP: GNU time (/usr/bin/time -f) is not installed"
    exit 77
fi

if grep -q __asan_init "$lvsim" 2>/dev/null; then
    echo "SKIP: a sanitizer build"
    exit 77
fi

# peak_kb YEARS [OPTION...]: the run's peak resident set in KB
peak_kb() {
    years=$1
    shift
    rm -rf "$work/csv$years"
    /usr/bin/time -f %M -o "$work/peak$years" "$lvsim" run -q -r 1 --set horizon=$((years * 365))d \
        -o "$work/run$years.json" --csv "$work/csv$years" --html "$work/run$years.html" "$@" || fail "$years years: exit $?"
    tail -1 "$work/peak$years"
}
short=$(peak_kb 10)
long=$(peak_kb 40)
echo "peak resident set: 10 years $short KB, 40 years $long KB"
[ "$long" -le $((short + 2048)) ] || fail "40 years take $long KB, 10 years $short KB: more than 2 MB apart"
[ "$long" -lt 32768 ] || fail "40 years take $long KB, not under 32 MB"
# (beyond 732 days the document also has the page's months as day_periods: not counted)
days=$(grep '"day_type"' "$work/run40.json" | grep -vc '"day_type":[[:space:]]*"\(week\|month\|year\)"')
periods=$(grep -c '"day_type":[[:space:]]*"month"' "$work/run40.json")
[ "$periods" -eq 480 ] || fail "the 40-year document has $periods months in day_periods, expected 480"
[ "$days" -eq $((40 * 365 - 1)) ] || fail "the 40-year document has $days days, expected $((40 * 365 - 1))"
lines=$(wc -l < "$work/csv40/days.csv")
[ "$lines" -eq $((40 * 365)) ] || fail "days.csv has $lines lines, expected $((40 * 365))"
grep -q 'Share answered in time, month by month' "$work/run40.html" || fail "the 40-year page does not merge days into months"
grep -q 'Share answered in time, day by day' "$work/run10.html" && fail "the 10-year page draws 3 649 days"
grep -q 'Share answered in time, week by week' "$work/run10.html" || fail "the 10-year page does not merge days into weeks"
short=$(peak_kb 2 --trace "$work/trace2.csv")
long=$(peak_kb 8 --trace "$work/trace8.csv")
echo "with --trace: 2 years $short KB, 8 years $long KB"
[ "$long" -le $((short + 2048)) ] || fail "with --trace, 8 years take $long KB, 2 years $short KB: more than 2 MB apart"
lines2=$(wc -l < "$work/trace2.csv")
lines8=$(wc -l < "$work/trace8.csv")
[ $((lines8 * 10)) -gt $((lines2 * 38)) ] && [ $((lines8 * 10)) -lt $((lines2 * 42)) ] ||
    fail "the 8-year trace has $lines8 lines, the 2-year one $lines2: not about four times"
[ $failed -eq 0 ] && echo "ok memory"
exit $failed
