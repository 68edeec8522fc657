#!/bin/sh
# national.sh LVSIM SOURCE_DIR — the national scenario (scenarios/norway.yaml, docs/national.md)
# against the published 2023 figures (MODEL.md §5), with the file's own year and replications:
# 63 +- 1 % of calls answered within 2 minutes; 37 / 50 / 9 centres at >= 80 / 51-79 / <= 50 %,
# each count within 3; just under 3.2 million calls; and its five real centres, copied from
# scenarios/centres/, within 5 points of their published 2022 shares, as in tests/centres.sh.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

"$lvsim" run "$src/scenarios/norway.yaml" -j 2 -q -o "$work/n.json" --csv "$work/csv" 2> "$work/err" ||
    { echo "FAIL run: $(cat "$work/err")"; exit 1; }

metric() { awk -F, -v m="$1" '$1 == m { print $2 }' "$work/csv/summary.csv"; }
share=$(metric answered_within_target)
calls=$(metric calls_offered)
echo "national: $share answered within 2 min, $calls calls offered in 364 days"
awk -v s="$share" 'BEGIN { exit !(s >= 0.62 && s <= 0.64) }' || fail "national share $share is not 63 +- 1 %"
awk -v c="$calls" 'BEGIN { y = c * 365 / 364; exit !(y >= 3.0e6 && y < 3.2e6) }' ||
    fail "$calls calls offered is not 'just under 3.2 million' a year"

# "centres_by_band": { "meeting_target": 37, "above_50_percent": 50, "at_most_50_percent": 9 }
band() { awk -v k="\"$1\":" '$1 == k { gsub(/[^0-9]/, "", $2); print $2; exit }' "$work/n.json"; }
for b in meeting_target:37 above_50_percent:50 at_most_50_percent:9; do
    key=${b%%:*} published=${b#*:}
    got=$(band "$key")
    echo "centres $key: $got (published $published)"
    [ -n "$got" ] && awk -v g="$got" -v p="$published" 'BEGIN { d = g - p; if (d < 0) d = -d; exit !(d <= 3) }' ||
        fail "centres $key: $got is more than 3 from the published $published"
done

# sites.csv: name, kind, calls_offered_per_day, its ci95, answered_within_target, ...
for c in Oslo:0.21 Trondheim:0.29 Haugesund:0.77 Karasjok:0.94 Nordfjordeid:0.91; do
    name=${c%%:*} published=${c#*:}
    got=$(awk -F, -v n="$name" '$1 == n { print $5 }' "$work/csv/sites.csv")
    echo "$name: $got (published $published)"
    [ -n "$got" ] && awk -v g="$got" -v p="$published" 'BEGIN { d = g - p; if (d < 0) d = -d; exit !(d <= 0.05) }' ||
        fail "$name: $got is more than 5 points from the published $published"
done

[ $failed -eq 0 ] && echo "national: all checks passed"
exit $((failed > 0))
