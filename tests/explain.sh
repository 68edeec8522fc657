#!/bin/sh
# explain.sh LVSIM SOURCE_DIR — `lvsim explain` (docs/teaching/): the default's worst day told in
# 24 hour lines and a closing sentence, the hours' calls adding up to the title's; a given day;
# a day outside the measured window, an unknown centre and no whole day exit 2 naming what is
# allowed; several centres tell the one named; --json and --html (the JSON's hours add up to the
# text's calls; a bad output path exits 1 with nothing written).
set -u
lvsim=$1
src=$2
export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

"$lvsim" explain > "$work/o" 2> "$work/e" || fail "default: exit $? $(cat "$work/e")"
grep -q 'the worst day of the first replication' "$work/o" || fail "default: title $(head -1 "$work/o")"
[ "$(grep -c '^[0-2][0-9]:00–[0-2][0-9]:00  ' "$work/o")" -eq 24 ] || fail "default: not 24 hour lines"
grep -q '^The busiest hour was ' "$work/o" || fail "default: no closing sentence"
title=$(sed -n '1s/.*: \([0-9]*\) calls, .*/\1/p' "$work/o")
sum=$(sed -n 's/^[0-2][0-9]:00–[0-2][0-9]:00  \([0-9]*\) calls.*/\1/p' "$work/o" | awk '{ s += $1 } END { print s }')
[ -n "$title" ] && [ "$title" = "$sum" ] || fail "default: title says $title calls, the hours $sum"

"$lvsim" explain --day 2026-01-07 > "$work/d" 2>&1 || fail "--day: exit $?"
grep -q '^Legevaktsentralen, Wednesday 2026-01-07: ' "$work/d" || fail "--day: $(head -1 "$work/d")"

"$lvsim" explain --day 2026-01-05 > "$work/w" 2>&1
[ $? -eq 2 ] && grep -q "'--day' must be 'worst' or a date from 2026-01-06 to 2026-02-01" "$work/w" || fail "warm-up day: $(cat "$work/w")"
"$lvsim" explain --day yesterday > "$work/w" 2>&1
[ $? -eq 2 ] || fail "--day yesterday: not exit 2"
"$lvsim" explain --set horizon=36h > "$work/w" 2>&1
[ $? -eq 2 ] && grep -q 'no whole day after its warm-up' "$work/w" || fail "no day: $(cat "$work/w")"

"$lvsim" explain "$src/scenarios/pooling-two-centres.yaml" --centre Sørby > "$work/c" 2>&1 || fail "--centre: exit $?"
grep -q '^Sørby, ' "$work/c" || fail "--centre: $(head -1 "$work/c")"
"$lvsim" explain "$src/scenarios/pooling-two-centres.yaml" --centre Midtby > "$work/c" 2>&1
[ $? -eq 2 ] && grep -q "'Nordby', 'Sørby'" "$work/c" || fail "bad centre: $(cat "$work/c")"

# --json and --html: the JSON's hours add up to the text's title; a bad path exits 1, nothing written.
"$lvsim" explain --json "$work/day.json" --html "$work/day.html" > "$work/t" 2> "$work/e" || fail "--json: exit $? $(cat "$work/e")"
cmp -s "$work/t" "$work/o" || fail "--json changed the text"
grep -q '^{"kind": "explain", ' "$work/day.json" || fail "--json: not an explain document"
jsum=$(tr -d '\n' < "$work/day.json" | grep -o '"hour": [0-9]*, "from": "[0-9:]*", "to": "[0-9:]*", "attempts": [0-9]*' |
    sed 's/.*"attempts": //' | awk '{ s += $1; n++ } END { print n, s }')
[ "$jsum" = "24 $title" ] || fail "--json: hours and calls '$jsum', the text says $title calls"
grep -q "\"attempts\": $title, " "$work/day.json" || fail "--json: the day's sum is not $title"
grep -q '<svg[^>]*id="svg-timeline"' "$work/day.html" || fail "--html: no timeline chart"
"$lvsim" explain --json "$work/no/such/dir/day.json" > "$work/t" 2> "$work/e"
[ $? -eq 1 ] && [ ! -s "$work/t" ] && grep -q 'no/such/dir/day.json' "$work/e" || fail "--json bad path: $(cat "$work/e")"
"$lvsim" explain --html "$work/no/such/dir/day.html" > "$work/t" 2> "$work/e"
[ $? -eq 1 ] && [ ! -s "$work/t" ] || fail "--html bad path: $(cat "$work/e")"
[ "$(find "$work" -name 'day*' | wc -l)" -eq 2 ] || fail "a bad path left files: $(ls -R "$work")"
"$lvsim" explain --json > "$work/t" 2>&1
[ $? -eq 2 ] || fail "--json without a file: not exit 2"

[ "$failed" -eq 0 ] && echo "explain: all passed"
exit "$failed"
