#!/bin/sh
# fit_cli.sh LVSIM SOURCE_DIR — `lvsim fit` as users call it: the sample log fits, the scenario it
# writes loads, a faulty log exits 2 with file:line:column and leaves no output file (not even a
# temporary), and an existing output survives a failed run unchanged.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

"$lvsim" fit "$src/tests/data/fit/sample.csv" -o "$work/fitted.yaml" > "$work/report" 2> "$work/err" || fail "sample: exit $?"
grep -q '^  calls_per_year' "$work/report" || fail "sample: no calls_per_year in the report"
grep -q 'Kaplan' "$work/report" || fail "sample: no Kaplan-Meier curve in the report"
"$lvsim" check "$work/fitted.yaml" > /dev/null 2>&1 || fail "the fitted scenario does not load"
"$lvsim" fit "$src/tests/data/fit/sample.csv" --scenario "$src/scenarios/pooling-two-centres.yaml" \
    -o "$work/pooled.yaml" > /dev/null 2>&1 || fail "with --scenario: exit $?"
"$lvsim" check "$work/pooled.yaml" > /dev/null 2>&1 || fail "the fitted pooled scenario does not load"
grep -q 'centres:' "$work/pooled.yaml" || fail "--scenario: the base's centres were not kept"

grep -Eq '^      1800 s +— \(nobody waited this long\) +0\.[0-9]{4}$' "$work/report" ||
    fail "sample: the Kaplan-Meier curve beyond the longest wait is not marked as not estimable"

# Busy signals: counted and reported with their share, never a patience; the base's capacity said.
{ cat "$src/tests/data/fit/sample.csv"; printf '2026-03-23T10:00:00,0,,busy,x1\n2026-03-23T10:01:00,0,0,busy,x2\n'; } > "$work/busy.csv"
"$lvsim" fit "$work/busy.csv" -o "$work/busy.yaml" > "$work/report" 2> "$work/err" || fail "busy: $(cat "$work/err")"
grep -q '^busy signals: 2 attempts found the queue full' "$work/report" || fail "busy: no busy line"
grep -q 'the base has no queue_capacity' "$work/report" || fail "busy: the missing capacity is not said"
grep -q '^patience (m:ss): 558 abandoned, 5895 answered' "$work/report" || fail "busy: busy rows entered the patience"
sed 's/^  queue_capacity: none /  queue_capacity: 3 /' "$src/scenarios/default.yaml" > "$work/cap.yaml"
"$lvsim" fit "$work/busy.csv" --scenario "$work/cap.yaml" -o "$work/busy.yaml" > "$work/report" 2> "$work/err" ||
    fail "busy with capacity: $(cat "$work/err")"
grep -q 'queue_capacity is kept from the base (1 centres with one, the smallest 3)' "$work/report" ||
    fail "busy: the base's capacity is not said"
grep -q 'queue_capacity: 3' "$work/busy.yaml" || fail "busy: the base's capacity was not kept"

printf 'arrival;wait_s;talk_s;outcome\n2026-01-05T08:00:00;12,5;300;answered\n2026-01-05T08:01:00;-4;;abandoned\n' > "$work/bad.csv"
echo "keep me" > "$work/old.yaml"
"$lvsim" fit "$work/bad.csv" -o "$work/old.yaml" > "$work/out" 2> "$work/err"
[ $? -eq 2 ] || fail "bad log: exit status not 2"
grep -q "bad.csv:3:21: error: 'wait_s' must be a number" "$work/err" || fail "bad log: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "bad log: something on stdout"
[ "$(cat "$work/old.yaml")" = "keep me" ] || fail "bad log: the existing output was touched"
ls "$work" | grep -q 'tmp' && fail "bad log: a temporary file was left"
"$lvsim" fit "$work/bad.csv" > /dev/null 2>&1
[ $? -eq 2 ] || fail "no -o: exit status not 2"
"$lvsim" fit "$work/missing.csv" -o "$work/x.yaml" > /dev/null 2>&1
[ $? -eq 2 ] || fail "missing log: exit status not 2"
[ ! -e "$work/x.yaml" ] || fail "missing log: output written"
# A type name that is not plain text (bytes that are not UTF-8, an escape sequence) is refused at
# its field, and a diagnostic never passes a control character to the terminal.
printf 'arrival,wait_s,talk_s,outcome,caller,type\n2026-01-05T08:00:00,0,300,answered,1,all\n2026-01-05T08:01:00,0,200,answered,2,\377\376\n2026-01-05T08:02:00,0,200,answered,3,"x\033[31mred"\n' > "$work/types.csv"
"$lvsim" fit "$work/types.csv" -o "$work/types.yaml" > "$work/out" 2> "$work/err"
[ $? -eq 2 ] || fail "type names not plain text: exit status not 2"
grep -q "types.csv:3:38: error: this call type's name is not plain text" "$work/err" || fail "non-UTF-8 type: $(cat "$work/err")"
grep -q "types.csv:4:38: error: this call type's name is not plain text" "$work/err" || fail "escape in a type: $(cat "$work/err")"
grep -q "$(printf '\033')" "$work/err" && fail "a diagnostic passed an escape character through"
[ ! -e "$work/types.yaml" ] || fail "type names not plain text: output written"
mkfifo "$work/fifo"
timeout 10 "$lvsim" fit "$work/fifo" -o "$work/x.yaml" > /dev/null 2> "$work/err"
[ $? -eq 2 ] || fail "a FIFO as the log: exit status not 2 (a hang gives 124)"
grep -q "fifo: error: cannot read the call log: a pipe (FIFO), not a regular file" "$work/err" || fail "FIFO: $(cat "$work/err")"
timeout 10 "$lvsim" fit "$work" -o "$work/x.yaml" > /dev/null 2> "$work/err"
[ $? -eq 2 ] || fail "a directory as the log: exit status not 2"

[ "$failed" -eq 0 ] && echo "fit_cli: all passed"
exit "$failed"
