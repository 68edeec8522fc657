#!/bin/sh
# staff_cli.sh LVSIM SOURCE_DIR — `lvsim staff` as users call it, on the stationary test centre
# (tests/data/staff/stationary.yaml, where Erlang A needs 5 operators all week): the plan asks 5 in
# every interval, PLAN.yaml is a scenario that `lvsim run` accepts and that meets the target on
# other seeds, --from-current never lowers the roster, the week form runs, two centres (separate and
# pooled) are each planned and meet the target per centre on fresh seeds, and what it cannot plan
# or parse exits 2 with "lvsim staff:". Few replications (-r 10) so that it stays fast.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
scenario="$src/tests/data/staff/stationary.yaml"

"$lvsim" staff "$scenario" -r 10 -j 2 -o "$work/plan.yaml" --json "$work/plan.json" > "$work/out" 2> "$work/err" ||
    fail "plan: exit $? $(cat "$work/err")"
grep -q 'Nurse-hours per week as operators: now 840.0' "$work/out" || fail "text: $(cat "$work/out")"
grep -q 'wrote the plan as a scenario' "$work/out" || fail "text: no 'wrote'"
# every interval's requirement: Erlang A's 5
tr '{' '\n' < "$work/plan.json" | sed -n 's/.*"required": \([0-9]*\).*/\1/p' > "$work/required"
[ "$(wc -l < "$work/required")" -eq 28 ] || fail "json: $(wc -l < "$work/required") intervals, want 28"
[ "$(sort -u "$work/required")" = 5 ] || fail "json: requirements $(sort -u "$work/required" | tr '\n' ' ')"
grep -q '"failing": 0' "$work/plan.json" || fail "json: intervals failing on fresh seeds"
ls "$work" | grep -q tmp && fail "a temporary file was left behind"

# the plan is a complete scenario: it runs, and meets the target on seeds the search never saw
"$lvsim" check "$work/plan.yaml" > /dev/null 2>&1 || fail "check plan.yaml: $("$lvsim" check "$work/plan.yaml" 2>&1)"
"$lvsim" run "$work/plan.yaml" -r 10 -s 4242 -j 2 > "$work/run" 2>&1 || fail "run plan.yaml: exit $?"
grep -q 'answered within 1 min .*MET' "$work/run" || fail "run plan.yaml: $(head -4 "$work/run")"
grep -q 'meeting target *28 of 28' "$work/run" || fail "run plan.yaml: $(grep 'meeting' "$work/run")"

# --from-current: never below the roster (4 before noon, 6 after)
"$lvsim" staff "$scenario" -r 10 -j 2 --from-current --json "$work/fc.json" > /dev/null 2>&1 || fail "from-current: exit $?"
tr '{' '\n' < "$work/fc.json" | sed -n 's/.*"current": \([0-9]*\).*"required": \([0-9]*\).*/\1 \2/p' |
    awk '$2 < $1 { bad = 1 } END { exit bad }' || fail "from-current lowered an interval"
grep -q 'Nurse-hours per week as operators: now 840.0' "$work/out" || fail "from-current text"

# an abandonment cap of 3 %: Erlang A's 5 operators lose 4.9 %, 6 lose 1.9 %
"$lvsim" staff "$scenario" -r 10 -j 2 --abandon-max 3% --json "$work/ab.json" > /dev/null 2>&1 || fail "abandon cap: exit $?"
[ "$(tr '{' '\n' < "$work/ab.json" | sed -n 's/.*"required": \([0-9]*\).*/\1/p' | sort -u)" = 6 ] ||
    fail "abandon cap: $(tr '{' '\n' < "$work/ab.json" | sed -n 's/.*"required": \([0-9]*\).*/\1/p' | sort -u | tr '\n' ' ')"

# the week form runs and says so
"$lvsim" staff "$scenario" -r 10 -j 2 --form week > "$work/week" 2>&1 || fail "week: exit $? $(cat "$work/week")"
grep -q 'the whole week' "$work/week" || fail "week: $(head -3 "$work/week")"

# the day form (chance-constrained) reports each weekday's share of days meeting the target
"$lvsim" staff "$scenario" -r 10 -j 2 --form day --probability 80% > "$work/day" 2>&1 || fail "day: exit $? $(cat "$work/day")"
grep -q 'on at least 80 % of days' "$work/day" || fail "day: $(head -3 "$work/day")"
grep -q 'Days meeting the target, Monday to Sunday: now Mon' "$work/day" || fail "day: no days line"

# one centre written as a list of one ('centres:'): the plan replaces that centre's operators
sed -e 's/^centre:$/centres:/' -e 's/^  name: Stationary$/  - name: Stationary/' -e 's/^  announcement:/    announcement:/' \
    -e 's/^  operators:/    operators:/' -e 's/^    - {days/      - {days/' "$scenario" > "$work/list.yaml"
grep -q '^centres:' "$work/list.yaml" || fail "list form: sed did not make one"
"$lvsim" staff "$work/list.yaml" -r 10 -j 2 -o "$work/list-plan.yaml" > /dev/null 2>&1 || fail "list form: exit $?"
grep -q 'count: 5' "$work/list-plan.yaml" || fail "list form: $(grep -A2 operators "$work/list-plan.yaml")"
"$lvsim" check "$work/list-plan.yaml" > /dev/null 2>&1 || fail "list form: the plan does not check"

# two centres (scenarios/pooling-two-centres.yaml, separate queues, and pooled): every centre
# planned, each centre's operators replaced in PLAN.yaml, and on seeds the search never saw every
# centre meets the target over the week and has no interval significantly below it
two="$src/scenarios/pooling-two-centres.yaml"
sed -e 's/^# routing: .*variant B.*/routing:/' -e 's/^#   pools:/  pools:/' -e 's/^#   transfer: 5s$/  transfer: 5s/' "$two" |
    awk '/^  transfer: 5s$/ { if (seen++) { print "#" substr($0, 2); next } } { print }' > "$work/pooled.yaml"
grep -q '^  pools:' "$work/pooled.yaml" || fail "pooled: sed did not make one"
for variant in "$two" "$work/pooled.yaml"; do
    name=$(basename "$variant" .yaml)
    "$lvsim" staff "$variant" -r 10 -j 2 -o "$work/$name-plan.yaml" --json "$work/$name.json" > "$work/$name.out" 2>&1 ||
        fail "$name: exit $? $(cat "$work/$name.out")"
    grep -q '^Nordby: operator-hours a week now 266.0' "$work/$name.out" || fail "$name: $(grep -i nordby "$work/$name.out")"
    grep -q '^Sørby: operator-hours a week now 266.0' "$work/$name.out" || fail "$name: $(grep -i sørby "$work/$name.out")"
    [ "$(grep -c '"centre": 0, "day"' "$work/$name.json")" -eq 168 ] || fail "$name: centre 0 intervals"
    [ "$(grep -c '"centre": 1, "day"' "$work/$name.json")" -eq 168 ] || fail "$name: centre 1 intervals"
    [ "$(grep -c '^ *operators:' "$work/$name-plan.yaml")" -eq 2 ] || fail "$name: $(grep -c operators "$work/$name-plan.yaml") operators lists"
    "$lvsim" staff "$work/$name-plan.yaml" -r 10 -j 2 -s 4242 --from-current --max-iterations 1 --json "$work/$name-check.json" \
        > /dev/null 2>&1 || fail "$name: check of the plan: exit $?"
    # the plan as the roster on seed 4242: each interval's 95 % interval not wholly below 80 %
    tr '{' '\n' < "$work/$name-check.json" | sed -n 's/.*"current_within": \([0-9.e-]*\), "current_within_ci95": \([0-9.e-]*\).*/\1 \2/p' |
        awk '$1 + $2 < 0.8 { bad++ } END { exit bad > 0 }' || fail "$name: an interval below the target on seed 4242"
    "$lvsim" run "$work/$name-plan.yaml" -r 10 -s 4243 -j 2 > "$work/$name.run" 2>&1 || fail "$name: run: exit $?"
    grep -q 'centres  *2 of 2 meet the target' "$work/$name.run" || fail "$name: $(grep centres "$work/$name.run")"
done

# what it cannot plan or parse: exit 2, named
expect2() {
    what=$1
    shift
    "$lvsim" staff "$@" > "$work/o" 2> "$work/e"
    rc=$?
    [ "$rc" -eq 2 ] || fail "$what: exit $rc, want 2"
    grep -q '^lvsim staff: ' "$work/e" || grep -q 'error:' "$work/e" || fail "$what: $(cat "$work/e")"
}
expect2 "bad form" "$scenario" --form daily
expect2 "bad abandon cap" "$scenario" --abandon-max 0
expect2 "bad probability" "$scenario" --form day --probability 100%
expect2 "one replication" "$scenario" -r 1
expect2 "bad iterations" "$scenario" --max-iterations 0
grep -q "max-iterations' must be" "$work/e" || fail "bad iterations: $(cat "$work/e")"
expect2 "no file" -r 10
expect2 "unknown option" "$scenario" --shifts x.yaml
"$lvsim" staff --help | grep -q 'usage: lvsim staff' || fail "help"

# an output that cannot be written: exit 1, nothing left
mkdir "$work/dir"
"$lvsim" staff "$scenario" -r 2 -j 2 --max-iterations 2 -o "$work/dir" > /dev/null 2>&1
[ $? -eq 1 ] || fail "writing to a directory should fail with exit 1"

# the week form with several centres: each centre's own week must meet the target; a centre that
# already does (Sørby) keeps its roster, the one made short (Nordby, 1 operator 08-15) gets more
"$lvsim" staff "$src/scenarios/pooling-two-centres.yaml" --form week -r 10 -j 2 \
    --set 'centres[0].operators[1].count=1' --json "$work/wk.json" > "$work/wk" 2>&1 || fail "week, two centres: exit $? $(cat "$work/wk")"
tr '{' '\n' < "$work/wk.json" | sed -n 's/^"centre": [0-9]*, "name": "\([^"]*\)", "current_hours_per_week": \([0-9.]*\), "plan_hours_per_week": \([0-9.]*\), .*"plan_week_within": \([0-9.e-]*\).*/\1 \2 \3 \4/p' > "$work/wk.c"
[ "$(wc -l < "$work/wk.c")" -eq 2 ] || fail "week, two centres: centres $(cat "$work/wk.c")"
awk '$4 < 0.8 { bad = 1 } $1 == "Nordby" && !($3 > $2) { bad = 1 } $1 == "Sørby" && $3 != $2 { bad = 1 } END { exit bad }' "$work/wk.c" ||
    fail "week, two centres: $(tr '\n' ';' < "$work/wk.c")"
"$lvsim" staff "$src/scenarios/pooling-two-centres.yaml" --form day -r 10 > "$work/dy" 2>&1
[ $? -eq 2 ] && grep -q 'for the day form, plan a centre from a scenario of its own' "$work/dy" || fail "day, two centres: $(cat "$work/dy")"

# a centre with no calls of its own (it only helps a pool) does not hold the week form back
"$lvsim" staff "$src/tests/data/staff/helper-centre.yaml" --form week --abandon-max 20% -r 10 -j 2 > "$work/hc" 2>&1 ||
    fail "helper centre: exit $?"
grep -q '^Search: 1 simulations .*the week meets the target' "$work/hc" || fail "helper centre: $(grep '^Search' "$work/hc")"

[ "$failed" -eq 0 ] && echo "staff_cli: ok" || echo "staff_cli: $failed failure(s)"
[ "$failed" -eq 0 ]
