#!/bin/sh
# memory.sh LVSIM SOURCE_DIR — peak memory with every output on (-o JSON, --csv, --html) does not
# grow with the horizon: 10 and 40 simulated years of the default scenario, one replication, peak
# resident set within 2 MB of each other and under 32 MB (docs/performance.md, "Memory"). The
# 40-year run's days go through the day store's temporary file, the 10-year run's stay in memory;
# both documents hold every reported day, and the long run's page merges them into months.
# Skipped (exit 77) without GNU time.
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

# peak_kb YEARS: the run's peak resident set in KB
peak_kb() {
    rm -rf "$work/csv$1"
    /usr/bin/time -f %M -o "$work/peak$1" "$lvsim" run -q -r 1 --set horizon=$(($1 * 365))d \
        -o "$work/run$1.json" --csv "$work/csv$1" --html "$work/run$1.html" || fail "$1 years: exit $?"
    tail -1 "$work/peak$1"
}
short=$(peak_kb 10)
long=$(peak_kb 40)
echo "peak resident set: 10 years $short KB, 40 years $long KB"
[ "$long" -le $((short + 2048)) ] || fail "40 years take $long KB, 10 years $short KB: more than 2 MB apart"
[ "$long" -lt 32768 ] || fail "40 years take $long KB, not under 32 MB"
days=$(grep -c '"day_type"' "$work/run40.json")
[ "$days" -eq $((40 * 365 - 1)) ] || fail "the 40-year document has $days days, expected $((40 * 365 - 1))"
lines=$(wc -l < "$work/csv40/days.csv")
[ "$lines" -eq $((40 * 365)) ] || fail "days.csv has $lines lines, expected $((40 * 365))"
grep -q 'Share answered in time, month by month' "$work/run40.html" || fail "the 40-year page does not merge days into months"
grep -q 'Share answered in time, day by day' "$work/run10.html" && fail "the 10-year page draws 3 649 days"
grep -q 'Share answered in time, week by week' "$work/run10.html" || fail "the 10-year page does not merge days into weeks"
[ $failed -eq 0 ] && echo "ok memory"
exit $failed
