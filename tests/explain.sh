#!/bin/sh
# explain.sh LVSIM SOURCE_DIR — `lvsim explain` (docs/teaching/): the default's worst day told in
# 24 hour lines and a closing sentence, the hours' calls adding up to the title's; a given day;
# a day outside the measured window, an unknown centre and no whole day exit 2 naming what is
# allowed; several centres tell the one named.
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

[ "$failed" -eq 0 ] && echo "explain: all passed"
exit "$failed"
