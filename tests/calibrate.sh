#!/bin/sh
# calibrate.sh LVSIM SOURCE_DIR — `lvsim calibrate` as users call it: a patience mean known to be
# 6m is recovered from the abandonment its scenario gives (another seed, a wrong start), the
# scenario written loads and holds the value; with growth, from two figures at once; bad input exits 2 with "lvsim calibrate: ..." and
# leaves no output file, an existing output untouched.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

printf 'extends: %s/scenarios/erlang-e5.yaml\nhorizon: 14d\nreplications: 8\ncalls:\n  patience: {dist: exponential, mean: %s}\n' \
    "$src" 6m > "$work/truth.yaml"
printf 'extends: %s/scenarios/erlang-e5.yaml\nhorizon: 14d\nreplications: 8\ncalls:\n  patience: {dist: exponential, mean: %s}\n' \
    "$src" 2m > "$work/base.yaml"
"$lvsim" run "$work/truth.yaml" -r 20 -s 1000 -q -o "$work/truth.json" || fail "truth run: exit $?"
published=$(awk '/"abandoned":/ { on = 1 } on && /"mean":/ { gsub(/[^0-9.e-]/, "", $2); print $2; exit }' "$work/truth.json")
[ -n "$published" ] || fail "no abandoned figure in the truth's JSON"

"$lvsim" calibrate "$work/base.yaml" --match "abandoned=$published" --vary calls.patience.mean=1m..20m \
    -j 2 -o "$work/fitted.yaml" > "$work/report" 2> "$work/err" || fail "calibrate: exit $? $(cat "$work/err")"
grep -q '^Calibration of calls.patience.mean to abandoned' "$work/report" || fail "no title: $(cat "$work/report")"
grep -q 'the target is within the interval' "$work/report" || fail "check run: $(cat "$work/report")"
"$lvsim" check "$work/fitted.yaml" > /dev/null 2>&1 || fail "the fitted scenario does not load"
fitted=$(sed -n 's/.*patience: {dist: exponential, mean: \([0-9.]*\)s}.*/\1/p' "$work/fitted.yaml")
hw=$(sed -n 's/.*= 0:0[0-9]:[0-9][0-9] ± \([0-9.]*\) s (95 %.*/\1/p' "$work/report")
[ -n "$fitted" ] && [ -n "$hw" ] || fail "fitted value or interval not found: $(cat "$work/report")"
awk -v x="$fitted" -v h="$hw" 'BEGIN { exit !(x - h <= 360 && 360 <= x + h) }' ||
    fail "truth 360 s outside the fitted $fitted ± $hw s"

# Two keys to two figures (Broyden): the same truth, growth 1 besides.
within=$(awk '/"answered_within_target":/ { on = 1 } on && /"mean":/ { gsub(/[^0-9.e-]/, "", $2); print $2; exit }' "$work/truth.json")
"$lvsim" calibrate "$work/base.yaml" --match "abandoned=$published" --match "answered_within_target=$within" \
    --vary calls.patience.mean=1m..20m --vary demand.growth=0.8..1.2 -j 2 -o "$work/two.yaml" > "$work/report" 2> "$work/err" ||
    fail "two keys: exit $? $(cat "$work/err")"
[ "$(grep -c 'the target is within the interval' "$work/report")" = 2 ] || fail "two keys: $(cat "$work/report")"
grep -q '^  growth: 0.99\|^  growth: 1.00' "$work/two.yaml" || fail "two keys: growth not near 1: $(grep growth "$work/two.yaml")"
"$lvsim" check "$work/two.yaml" > /dev/null 2>&1 || fail "the two-key scenario does not load"

# Bad input: exit 2, a message naming the fault, no output.
echo "keep me" > "$work/old.yaml"
expect_2() { # WHAT PATTERN ARGS...
    what=$1 pattern=$2
    shift 2
    "$lvsim" calibrate "$@" > "$work/out" 2> "$work/err"
    rc=$?
    [ $rc -eq 2 ] || fail "$what: exit $rc, not 2"
    grep -q -- "$pattern" "$work/err" || fail "$what: $(cat "$work/err")"
    [ ! -s "$work/out" ] || fail "$what: something on stdout"
    [ "$(cat "$work/old.yaml")" = "keep me" ] || fail "$what: the existing output was touched"
}
expect_2 "target outside" "lvsim calibrate: the target abandoned = 50.00 % is outside what the range gives" \
    "$work/base.yaml" --match abandoned=50% --vary calls.patience.mean=1m..20m -r 2 -o "$work/old.yaml"
expect_2 "no range" "lvsim calibrate: --vary 'calls.patience.mean': expected KEY.PATH=LO..HI" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patience.mean -o "$work/old.yaml"
expect_2 "reversed range" "lvsim calibrate: --vary 'calls.patience.mean=20m..1m': the range '20m..1m' must be" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patience.mean=20m..1m -o "$work/old.yaml"
expect_2 "mixed units" "the range '1m..20%' must be" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patience.mean=1m..20% -o "$work/old.yaml"
expect_2 "unknown figure" "'abandonment' is not a headline figure" \
    "$work/base.yaml" --match abandonment=5% --vary calls.patience.mean=1m..20m -o "$work/old.yaml"
expect_2 "not square" "lvsim calibrate: 1 --match but 2 --vary" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patience.mean=1m..20m --vary demand.growth=0.5..2 \
    -o "$work/old.yaml"
expect_2 "integer among several" "an integer key can only be calibrated alone" \
    "$work/base.yaml" --match abandoned=5% --match answered_within_target=90% \
    --vary calls.patience.mean=1m..20m --vary 'centre.operators[0].count=8..16' -o "$work/old.yaml"
expect_2 "two keys unreachable" "lvsim calibrate: the search ended without matching the figures: calls.patience.mean = " \
    "$work/base.yaml" --match abandoned=30% --match answered_within_target=90% \
    --vary calls.patience.mean=1m..20m --vary demand.growth=0.8..1.2 -r 2 -o "$work/old.yaml"
expect_2 "bad key" "lvsim calibrate: --vary 'calls.patiense.mean=1m..20m': unknown key 'patiense' in 'calls' (did you mean 'patience'?)" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patiense.mean=1m..20m -r 2 -o "$work/old.yaml"
expect_2 "bad key in a list item" "unknown key 'shar' in 'centres\[0\].away' (did you mean 'share'?)" \
    "$work/base.yaml" --match abandoned=5% --vary 'centres[0].away.shar=0..50%' -o "$work/old.yaml"
expect_2 "not numeric" "'centre.away.priority' is not a numeric key" \
    "$work/base.yaml" --match abandoned=5% --vary centre.away.priority=1..2 -o "$work/old.yaml"
expect_2 "not its kind" "'calls.patience.mean' takes a duration, but the range '60..600' is not one (e.g. 1m..20m)" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patience.mean=60..600 -o "$work/old.yaml"
expect_2 "fraction on an integer key" "takes a whole number, but the range '8.5..16' is not one" \
    "$work/base.yaml" --match abandoned=5% --vary 'centre.operators[0].count=8.5..16' -o "$work/old.yaml"
expect_2 "no output" "expected BASE.yaml, at least one --match" \
    "$work/base.yaml" --match abandoned=5% --vary calls.patience.mean=1m..20m
ls "$work" | grep -q 'tmp' && fail "a temporary file was left"

# "1..3" on a real key is a real range, not a pair of integers (demand.growth takes fractions).
"$lvsim" calibrate "$work/truth.yaml" --match answered_within_target=0.5 --vary demand.growth=1..3 -r 3 \
    -o "$work/growth.yaml" > "$work/growth" 2>&1 || fail "growth 1..3: exit $? $(cat "$work/growth")"
grep -q 'integer key' "$work/growth" && fail "growth 1..3 was taken for an integer key"
grep -q 'fitted       demand.growth = [0-9]*\.[0-9]' "$work/growth" || fail "growth 1..3: no fractional fit: $(cat "$work/growth")"

# A share inside a list item, by its schema row (calls.types[].callback.share): a known 30 % of
# answered calls called back is recovered from the within-target share it gives.
"$lvsim" run "$work/base.yaml" --set 'calls.types[0].callback.share=30%' -r 20 -s 1000 -q -o "$work/cb.json" ||
    fail "callback truth run: exit $?"
within=$(awk '/"answered_within_target":/ { on = 1 } on && /"mean":/ { gsub(/[^0-9.e-]/, "", $2); print $2; exit }' "$work/cb.json")
"$lvsim" calibrate "$work/base.yaml" --match "answered_within_target=$within" --vary 'calls.types[0].callback.share=0..60%' \
    -j 2 -o "$work/cb.yaml" > "$work/report" 2> "$work/err" || fail "callback share: exit $? $(cat "$work/err")"
line=$(sed -n 's/.*fitted       calls.types\[0\].callback.share = \([0-9.]*\) % ± \([0-9.]*\) %.*/\1 \2/p' "$work/report")
[ -n "$line" ] || fail "callback share: no fitted line: $(cat "$work/report")"
echo "$line" | awk '{ exit !($1 - $2 <= 30 && 30 <= $1 + $2) }' || fail "callback share: 30 % outside $line"
grep -q 'callback: {share: 0\.[0-9]*}' "$work/cb.yaml" || fail "callback share: not written as a share"
"$lvsim" check "$work/cb.yaml" > /dev/null 2>&1 || fail "callback share: the scenario does not load"

# An item the list does not have: the message names the --vary given, not a --set never written.
"$lvsim" calibrate "$src/scenarios/default.yaml" --match answered_within_target=0.8 \
    --vary 'centre.operators[99].count=1..5' -o "$work/none.yaml" > /dev/null 2> "$work/err"
[ $? -eq 2 ] || fail "vary of a missing item: exit status not 2"
grep -q "^--vary 'centre.operators\[99\].count=1': error: 'centre.operators\[99\]' does not exist" "$work/err" ||
    fail "vary of a missing item: $(cat "$work/err")"

# --set changes the base first (every command takes it), and -o keeps it.
"$lvsim" calibrate "$src/scenarios/default.yaml" --match answered_within_target=0.29 --vary demand.growth=1.0..3.0 \
    --set horizon=7d -r 4 -o "$work/set.yaml" > /dev/null 2> "$work/err" || fail "calibrate --set: $(cat "$work/err")"
grep -q '^horizon: 7d' "$work/set.yaml" || fail "calibrate --set: the base's --set is not in the scenario written"

[ $failed -eq 0 ] && echo "calibrate: all checks passed"
exit $((failed > 0))
