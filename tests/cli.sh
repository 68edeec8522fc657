#!/bin/sh
# cli.sh LVSIM SOURCE_DIR — the lvsim command as users call it: exit statuses, help, the embedded
# default, byte-identical JSON for any thread count, CSV tables, and no partial output files.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # check NAME COMMAND... : the command must succeed
    name=$1
    shift
    if "$@" > "$work/log" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        sed 's/^/    /' "$work/log" | head -20
    fi
}
status() { # status WANT COMMAND... : the command must exit with WANT
    want=$1
    shift
    "$@" > /dev/null 2>&1
    [ $? -eq "$want" ]
}

# The version is set in one place, project(lvsim VERSION ...) in CMakeLists.txt.
project_version=$(sed -n 's/^project(lvsim VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
check "version" sh -c "'$lvsim' --version | grep -qx 'lvsim $project_version'"
check "help" sh -c "'$lvsim' --help | grep -q 'usage: lvsim'"
check "run help" sh -c "'$lvsim' run --help | grep -q -- '--replications'"
check "check help" sh -c "'$lvsim' check --help | grep -q 'usage: lvsim check'"
check "no command is a usage error" status 2 "$lvsim"
# worst hours: only hours below the week by more than twice their interval (none on a constant rate)
for seed in 1 2 3; do
    check "worst hours: a constant-rate week names none (seed $seed)" sh -c "'$lvsim' run '$src/scenarios/erlang-e5.yaml' -r 10 -s $seed | grep -q '^worst hours *none stands out'"
done
check "worst hours: the default's evenings stand out" sh -c "'$lvsim' run -r 10 | grep -Eq '^worst hours *(Mon|Tue|Wed|Thu|Fri|Sat|Sun) 2[12]:00'"
# check: warnings for valid input likely not meant (a call type's patience shadowing the common
# one), naming both places; exit 0; run's results are the same; --verbose shows what each type runs with
warn=$src/tests/data/warn
check "warning: patience one level too deep" sh -c "'$lvsim' check '$warn/patience_slip.yaml' 2>&1 | grep -q '^$warn/patience_slip.yaml:11:17: warning: call type .admin. has its own .patience. and .calls.patience. is not given'"
check "warning: names both places" sh -c "'$lvsim' check '$warn/patience_shadow.yaml' 2>&1 | grep -q '^$warn/patience_shadow.yaml:12:17: warning: .*replaces .calls.patience. (given at $warn/patience_shadow.yaml:4:13)'"
check "warnings keep exit 0" status 0 "$lvsim" check "$warn/patience_slip.yaml" "$warn/patience_shadow.yaml"
check "no warning on the shipped scenarios" sh -c "! '$lvsim' check '$src'/scenarios/*.yaml 2>&1 | grep -q warning"
check "run does not warn" sh -c "'$lvsim' run '$warn/patience_slip.yaml' -r 2 -q 2>&1 | wc -c | grep -qx 0"
check "check --verbose: effective values per type" sh -c "'$lvsim' check -v '$warn/patience_slip.yaml' 2> /dev/null | grep -qx \"  call type 'medical': share 70 %, talk lognormal mean 6m00s, after call mean 0s, patience none: never hangs up (calls.patience)\" && '$lvsim' check --verbose '$warn/patience_shadow.yaml' 2> /dev/null | grep -qx \"  call type 'admin': share 30 %, talk deterministic mean 2m00s, after call mean 0s, patience exponential 4m00s (its own)\""
check "unknown command" status 2 "$lvsim" frobnicate
check "unknown option" status 2 "$lvsim" run --frobnicate
check "bad replications" status 2 "$lvsim" run -r 0
check "bad jobs" status 2 "$lvsim" run -j x
check "missing file" status 2 "$lvsim" run "$work/nonexistent.yaml"
check "default is the shipped file" sh -c "'$lvsim' default | cmp -s - '$src/scenarios/default.yaml'"
check "default passes check" sh -c "'$lvsim' default > '$work/d.yaml' && '$lvsim' check '$work/d.yaml'"
check "shipped scenarios pass check" "$lvsim" check "$src"/scenarios/*.yaml

# Same seed: identical JSON whatever the number of threads.
check "run -j 1" "$lvsim" run -r 4 -s 7 -j 1 -q -o "$work/j1.json"
check "run -j 2" "$lvsim" run -r 4 -s 7 -j 2 -q -o "$work/j2.json"
check "json identical for -j 1 and -j 2" cmp "$work/j1.json" "$work/j2.json"
check "other seed differs" sh -c "'$lvsim' run -r 4 -s 8 -q -o '$work/s8.json' && ! cmp -s '$work/j1.json' '$work/s8.json'"
version=$("$lvsim" --version | sed 's/^lvsim //')
check "json names seed, generator, version" sh -c "grep -q '\"seed\":[[:space:]]*7' '$work/j1.json' && grep -q '\"generator\":[[:space:]]*\"mt19937\"' '$work/j1.json' && grep -q '\"lvsim_version\":[[:space:]]*\"$version\"' '$work/j1.json'"
check "json has 168 intervals" sh -c "test \$(grep -c '\"weekday\":' '$work/j1.json') -eq 168"
check "no temporary files left" sh -c "! ls '$work' | grep -q '\.tmp\.'"

# Summary text and CSV tables.
check "summary" sh -c "'$lvsim' run -r 3 --csv '$work/csv' > '$work/summary.txt' && grep -q 'answered within 2 min' '$work/summary.txt' && grep -q 'worst hours' '$work/summary.txt'"
check "csv files" sh -c "test -s '$work/csv/summary.csv' && test -s '$work/csv/intervals.csv' && test -s '$work/csv/days.csv'"
check "intervals.csv has a header and 168 rows" sh -c "test \$(wc -l < '$work/csv/intervals.csv') -eq 169"
check "days.csv has one row per measured day" sh -c "test \$(wc -l < '$work/csv/days.csv') -eq 28"
check "csv rows have equal field counts" sh -c "awk -F, 'FNR==1{n=NF} NF!=n{exit 1}' '$work/csv/intervals.csv' '$work/csv/days.csv'"
check "quiet prints nothing" sh -c "test -z \"\$('$lvsim' run -r 2 -q)\""

# The national scenario: 96 centres, a year, in seconds; tables of centres and areas.
check "national scenario" sh -c "'$lvsim' run '$src/scenarios/norway.yaml' -r 1 --csv '$work/nat' > '$work/nat.txt' && grep -q 'centres .* of 96 meet the target' '$work/nat.txt'"
check "sites.csv has 96 centres" sh -c "test \$(grep -c ',centre,' '$work/nat/sites.csv') -eq 96"
check "areas.csv has 96 areas" sh -c "test \$(wc -l < '$work/nat/areas.csv') -eq 97"
check "site_intervals.csv has 96 x 168 rows" sh -c "test \$(wc -l < '$work/nat/site_intervals.csv') -eq 16129"
check "one centre writes no site_intervals.csv" sh -c "test ! -e '$work/csv/site_intervals.csv'"
check "a healthy run writes no overloaded.csv" sh -c "test ! -e '$work/csv/overloaded.csv'"
check "an overloaded run names its hours and writes overloaded.csv" sh -c "'$lvsim' run -r 2 --set 'calls.patience=none' --set 'centre.operators=[{days: all, from: \"00:00\", to: \"24:00\", count: 1, floor: 1}]' --csv '$work/over' > '$work/over.txt' && grep -q '^overloaded .*the queue does not drain' '$work/over.txt' && test \$(wc -l < '$work/over/overloaded.csv') -gt 1 && head -1 '$work/over/overloaded.csv' | grep -q '^weekday,start,end,answer_time_p90_s'"

# Overrides: bad ones are exit 2 with the override named, and leave no output.
check "override out of range" sh -c "! '$lvsim' run -q -o '$work/ov.json' --set centre.operators[1].count=-1 2> '$work/ov.err' && grep -q \"^--set 'centre.operators\\[1\\].count=-1': error: 'count' must be\" '$work/ov.err' && test ! -e '$work/ov.json'"
check "override of a missing list item" status 2 "$lvsim" run --set centre.operators[99].count=1
check "override of an unknown key" sh -c "'$lvsim' check '$src/scenarios/default.yaml' --set demand.growht=1.1 2>&1 | grep -q \"did you mean 'growth'\""
check "override changes the result" sh -c "'$lvsim' run -r 2 -q -o '$work/o1.json' && '$lvsim' run -r 2 -q -o '$work/o2.json' --set demand.growth=1.3 && ! cmp -s '$work/o1.json' '$work/o2.json'"

# The worked sweep is valid and has 40 points.
check "worked sweep lists 40 points" sh -c "test \$('$lvsim' sweep '$src/scenarios/sweeps/evening-growth.yaml' --list -o '$work/ev' | wc -l) -eq 41"

# default --set prints the composed scenario; running it equals running the override.
check "default with --set renders a valid scenario" sh -c "'$lvsim' default --set 'centre.operators[2].count=9' > '$work/d9.yaml' && '$lvsim' run '$work/d9.yaml' -r 2 -q -o '$work/d9.json' && '$lvsim' run -r 2 -q -o '$work/o9.json' --set 'centre.operators[2].count=9' && grep -v '\"source\"' '$work/d9.json' > '$work/d9.cut' && grep -v '\"source\"' '$work/o9.json' | cmp -s - '$work/d9.cut'"
check "default with a bad --set" status 2 "$lvsim" default --set centre.operators[2].count=-9

# Paired comparison.
check "compare with --set-b" sh -c "'$lvsim' compare default -r 4 --set-b 'centre.operators[2].count=1' -o '$work/cmp.json' > '$work/cmp.txt' && grep -q '^verdict: B answers .* fewer calls within 2 min than A' '$work/cmp.txt' && grep -q '\"b_minus_a\"' '$work/cmp.json'"
check "compare needs B" status 2 "$lvsim" compare default
# The compare table as run writes figures (issue 13): no scientific notation, times as m:ss with
# signed m:ss differences, counts with thousands, no scenario key in a label; the hours that
# changed most named; --csv holds the JSON's numbers, a line per figure.
"$lvsim" compare default -r 40 --set-b 'centre.operators[2].count=3' -o "$work/cmp3.json" --csv "$work/cmpcsv" > "$work/cmp3.txt" 2>&1
check "compare: no exponents" sh -c "! grep -E '[0-9]e[+-]?[0-9]' '$work/cmp3.txt'"
check "compare: times" grep -Eq '^mean answer time +[0-9]+:[0-9][0-9] +[0-9]+:[0-9][0-9] +-[0-9]+:[0-9][0-9] ± [0-9]+:[0-9][0-9]' "$work/cmp3.txt"
check "compare: counts" grep -Eq '^calls offered +[0-9] [0-9]{3} +[0-9] [0-9]{3} ' "$work/cmp3.txt"
check "compare: shares" grep -Eq '^answered within target +[0-9.]+ % +[0-9.]+ % +\+[0-9.]+ ± [0-9.]+ ' "$work/cmp3.txt"
check "compare: no key names" sh -c "! grep -q 'red_within' '$work/cmp3.txt' && grep -q '^red seen within 20 min ' '$work/cmp3.txt'"
check "compare: the hours that gained" grep -Eq '^hours that gained most in the share within 2 min .*: (Mon|Tue|Wed|Thu|Fri) (1[5-9]|20):00' "$work/cmp3.txt"
check "compare: csv tables" sh -c "ls '$work/cmpcsv' | tr '\n' ' ' | grep -qx 'call_handling.csv intervals.csv shrinkage.csv summary.csv '"
check "compare: csv equals json" python3 -c "
import csv, json, sys
j = json.load(open('$work/cmp3.json'))['summary']
rows = list(csv.DictReader(open('$work/cmpcsv/summary.csv')))
assert len(rows) == len(j), (len(rows), len(j))
for r in rows:
    f = j[r['metric']]
    for col, x in (('a', f['a']['mean']), ('b', f['b']['mean']), ('b_minus_a', f['b_minus_a']['mean'])):
        assert r[col] != '' and abs(float(r[col]) - x) <= 1e-9 * max(1, abs(x)), (r['metric'], col, r[col], x)
"
check "compare: csv intervals" sh -c "[ \$(wc -l < '$work/cmpcsv/intervals.csv') -gt 168 ] && head -1 '$work/cmpcsv/intervals.csv' | grep -qx 'weekday,start,end,metric,a,a_ci95,b,b_ci95,b_minus_a,b_minus_a_ci95,unpaired_ci95'"

# Output into a directory that does not exist: runtime failure, nothing left behind.
check "unwritable output" status 1 "$lvsim" run -r 2 -q -o "$work/no/such/dir/out.json"

# An overloaded scenario (one operator one minute a week, no patience, no queue_capacity) stops
# with a clear error naming the centre and the simulated time, exit 1, no output, well inside 1 GiB
# of address space (not under AddressSanitizer, which reserves terabytes of it) and a minute.
limit="ulimit -v 1048576;"
case "$(ldd "$lvsim" 2>/dev/null)" in *libasan*) limit="" ;; esac
check "overloaded run stops with a clear error" sh -c "($limit timeout 60 '$lvsim' run '$src/tests/data/overload/overloaded.yaml' -o '$work/over.json' --csv '$work/over-csv' 2> '$work/over.err'); test \$? -eq 1 && grep -q \"^lvsim run: replication 1: the queue of centre 'tiny' has 1 048 576 waiting callers at 16:25 on day 44 of the simulation (2026-02-17): .*set the centre's queue_capacity\$\" '$work/over.err' && test ! -e '$work/over.json' && test ! -e '$work/over-csv'"
busy="--set centre.queue_capacity=50 --set horizon=20d --set calls.patience=10m --set calls.redial.probability=50% --set calls.redial.delay=5m"
check "busy signals: json identical for -j 1 and -j 2" sh -c "'$lvsim' run '$src/tests/data/overload/overloaded.yaml' -r 3 -j 1 $busy -q -o '$work/b1.json' && '$lvsim' run '$src/tests/data/overload/overloaded.yaml' -r 3 -j 2 $busy -q -o '$work/b2.json' && cmp '$work/b1.json' '$work/b2.json' && grep -q '\"busy\":' '$work/b1.json'"
check "a queue capacity keeps it running" sh -c "($limit timeout 60 '$lvsim' run '$src/tests/data/overload/overloaded.yaml' -r 1 --set centre.queue_capacity=1000 > '$work/cap.txt') && grep -q '^abandoned .*, busy 100.0 %' '$work/cap.txt'"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
