#!/bin/sh
# trace.sh LVSIM SOURCE_DIR — `lvsim run --trace` as users call it: the JSON is byte-identical
# with and without a trace, the trace is lvsim fit's call log (the fit reads it and the fitted
# scenario loads), a scenario with several centres gets a 'centre' column that fit ignores, and a
# target that is not a regular file is refused before the run, leaving nothing behind.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

"$lvsim" run --set horizon=28d -r 3 -j 2 -q -o "$work/plain.json" || fail "plain run: exit $?"
"$lvsim" run --set horizon=28d -r 3 -j 2 -q -o "$work/traced.json" --trace "$work/trace.csv" || fail "traced run: exit $?"
cmp -s "$work/plain.json" "$work/traced.json" || fail "the JSON differs with --trace"
[ "$(head -1 "$work/trace.csv")" = "arrival,wait_s,talk_s,outcome,caller,type" ] || fail "header: $(head -1 "$work/trace.csv")"
grep -Eq '^2026-01-05T[0-9:]{8},[0-9]+\.[0-9]{3},[0-9]+\.[0-9]{3},answered,[0-9]+,clinical$' "$work/trace.csv" ||
    fail "no answered clinical row in the expected form"
grep -Eq '^[0-9T:-]{19},[0-9.]+,,abandoned,[0-9]+,(clinical|short)$' "$work/trace.csv" || fail "no abandoned row"
"$lvsim" run --set horizon=28d -r 1 -j 1 -q --trace "$work/trace1.csv" || fail "one replication: exit $?"
cmp -s "$work/trace.csv" "$work/trace1.csv" || fail "the trace depends on replications or jobs"
"$lvsim" fit "$work/trace.csv" -o "$work/fitted.yaml" > "$work/report" 2> "$work/err" || fail "fit: $(cat "$work/err")"
"$lvsim" check "$work/fitted.yaml" > /dev/null 2>&1 || fail "the fitted scenario does not load"

"$lvsim" run "$src/scenarios/pooling-two-centres.yaml" --set horizon=7d -r 1 -q --trace "$work/two.csv" ||
    fail "two centres: exit $?"
[ "$(head -1 "$work/two.csv")" = "arrival,wait_s,talk_s,outcome,caller,type,centre" ] || fail "two centres: header"
"$lvsim" fit "$work/two.csv" -o "$work/two.yaml" > /dev/null 2> "$work/err" || fail "two centres: fit: $(cat "$work/err")"

mkdir "$work/dir"
"$lvsim" run --set horizon=7d -r 1 -q -o "$work/out.json" --trace "$work/dir" > /dev/null 2> "$work/err"
[ $? -eq 1 ] || fail "directory: exit status not 1"
grep -q "cannot write '$work/dir'" "$work/err" || fail "directory: $(cat "$work/err")"
[ ! -e "$work/out.json" ] || fail "directory: the run went ahead"
"$lvsim" run --set horizon=7d -r 1 -q --trace /dev/null > /dev/null 2>&1
[ $? -eq 1 ] || fail "/dev/null: exit status not 1"
ls "$work" | grep -q 'tmp' && fail "a temporary file was left"

[ "$failed" -eq 0 ] && echo "trace: all passed"
exit "$failed"
