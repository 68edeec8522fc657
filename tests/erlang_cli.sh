#!/bin/sh
# erlang_cli.sh LVSIM SOURCE_DIR — `lvsim erlang` as users call it: every row of the Erlang
# reference table through --staff --json agrees to 1e-5; --target returns the fewest staff (its
# table shows c−1 missing and c meeting); bad input exits 2 with "lvsim erlang: error:" naming
# the option. POSIX sh and awk only.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

# A JSON member's number from the first object on stdin (the top level comes before "table").
member() { sed -e 's/"table".*//' | tr ',' '\n' | sed -n "s/.*\"$1\": *\\([-0-9.e+]*\\).*/\\1/p" | head -n 1; }
close() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = -d; m = b < 0 ? -b : b; if (m < 1) m = 1; exit !(a != "" && d <= 1e-5 * m) }'; }

rows=0
tail -n +2 "$src/tests/data/erlang_reference.csv" > "$work/rows"
while IFS=, read -r name per_hour service staff patience within sl p_wait p_abandon asa; do
    rows=$((rows + 1))
    p=none
    [ -n "$patience" ] && p="${patience}s"
    "$lvsim" erlang --calls-per-hour "$per_hour" --talk "${service}s" --patience "$p" --staff "$staff" \
        --within "${within}s" --json > "$work/out" 2> "$work/err" || { fail "$name: exit $? $(cat "$work/err")"; continue; }
    for pair in "answered_within $sl" "p_wait $p_wait" "p_abandon $p_abandon" "asa_s $asa"; do
        set -- $pair
        got=$(member "$1" < "$work/out")
        close "$got" "$2" || fail "$name: $1 $got, reference $2"
    done
done < "$work/rows"
[ "$rows" -ge 15 ] || fail "only $rows reference rows read"

# The text form: people's units, no scientific notation.
"$lvsim" erlang --calls-per-hour 100 --talk 6m --patience 5m --staff 12 > "$work/text" 2>&1 || fail "text: exit $?"
grep -q 'answered within 2 min (of all calls) *91.3 %' "$work/text" || fail "text: $(cat "$work/text")"
grep -q 'mean answer time (answered calls) *0:15' "$work/text" || fail "text: no m:ss answer time"
grep -q '[0-9]e[-+][0-9]' "$work/text" && fail "text: scientific notation"

# --target: the fewest staff; the table shows the cliff (E5/E6: 11 staff give 85.9 %, 10 do not reach 80 %).
"$lvsim" erlang --calls-per-hour 100 --talk 6m --patience 5m --target 80% > "$work/target" 2>&1 || fail "target: exit $?"
grep -q 'within 2 min: 11$' "$work/target" || fail "target: $(cat "$work/target")"
grep -q '^ *10 .*misses$' "$work/target" || fail "target: c-1 not shown missing"
grep -q '^ *11 .*meets$' "$work/target" || fail "target: c not shown meeting"
"$lvsim" erlang --calls-per-hour 100 --talk 6m --patience 5m --target 80% --abandon-max 5% > "$work/cap" 2>&1
grep -q 'hung up: 13$' "$work/cap" || fail "abandon cap: $(cat "$work/cap")"
# After-call work adds to the handling time: 5m talk + 1m after-call is E4's 6 minutes.
"$lvsim" erlang --calls-per-hour 100 --talk 5m --after-call 1m --staff 12 --json > "$work/out" 2>&1
close "$(member answered_within < "$work/out")" 0.769276 || fail "after-call: $(cat "$work/out")"

# Bad input: exit 2, the option named, what is allowed said.
bad() {
    want=$1
    shift
    "$lvsim" erlang "$@" > "$work/out" 2> "$work/err"
    st=$?
    [ "$st" -eq 2 ] || fail "$*: exit $st, not 2"
    [ ! -s "$work/out" ] || fail "$*: something on stdout"
    grep -q "^lvsim erlang: error: .*$want" "$work/err" || fail "$*: $(cat "$work/err")"
}
bad "'--calls-per-hour' must be" --calls-per-hour -3 --talk 6m
bad "'--calls-per-hour' must be" --calls-per-hour lots --talk 6m
bad "'--talk' must be a duration" --calls-per-hour 10 --talk 6 --staff 2
bad "'--patience' must be" --calls-per-hour 10 --talk 6m --patience 0s
bad "'--staff' must be a whole number" --calls-per-hour 10 --talk 6m --staff 2.5
bad "'--target' must be a share" --calls-per-hour 10 --talk 6m --target 120%
bad "'--abandon-max' must be a share" --calls-per-hour 10 --talk 6m --abandon-max -1%
bad "'--within' must be a duration" --calls-per-hour 10 --talk 6m --within soon
bad "not both" --calls-per-hour 10 --talk 6m --staff 2 --target 80%
bad "with --target" --calls-per-hour 10 --talk 6m --staff 2 --abandon-max 5%
bad "queue grows without bound" --calls-per-hour 100 --talk 6m --staff 10
bad "expected --calls-per-hour and --talk" --talk 6m
bad "unknown option '--staf'" --calls-per-hour 10 --talk 6m --staf 2
bad "needs a value" --calls-per-hour 10 --talk

"$lvsim" erlang --help | grep -q '^usage: lvsim erlang' || fail "--help"
[ "$failed" -eq 0 ] || { echo "$failed failure(s)"; exit 1; }
echo "erlang_cli: $rows reference rows and the bad inputs as expected"
