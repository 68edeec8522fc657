#!/bin/sh
# sweep.sh LVSIM SOURCE_DIR — sweeps as planners and analysts run them: a single run, the same
# sweep sliced three ways under GNU parallel and merged (byte for byte the same), resume after
# kill -9 (nothing lost, nothing duplicated), and refusals that leave results untouched.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src"/tests/data/sweep/*.yaml "$work"/
cd "$work" || exit 1
passed=0
failed=0
check() {
    name=$1
    shift
    if "$@" > log 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        sed 's/^/    /' log | head -20
    fi
}

check "single run" "$lvsim" sweep sweep.yaml -o single -j 2 -q
check "12 points" sh -c "test \$(wc -l < single/points.csv) -eq 13"
check "list shows all done" sh -c "test \$('$lvsim' sweep sweep.yaml -o single --list | grep -c 'done\$') -eq 12"

# Three slices under GNU parallel into one directory, then merge.
command -v parallel > /dev/null || echo "FAIL GNU parallel is not installed (tools/install-deps.sh installs it)"
check "parallel slices" parallel --will-cite --joblog jobs.log "$lvsim" sweep sweep.yaml -o sliced -q -j 1 --shard {}/3 ::: 1 2 3
check "joblog has three successful jobs" sh -c "test \$(awk 'NR > 1 && \$7 == 0' jobs.log | wc -l) -eq 3"
check "three part files" sh -c "test \$(ls sliced/part-*.jsonl | wc -l) -eq 3"
check "merge" "$lvsim" merge sweep.yaml sliced -o merged
check "merged csv equals single run" cmp single/points.csv merged/points.csv
check "merged json equals single run" cmp single/points.json merged/points.json
# The same from separate directories, as if from three machines.
check "slices on separate machines" parallel --will-cite "$lvsim" sweep sweep.yaml -o host{} -q -j 1 --shard {}/3 ::: 1 2 3
check "merge of three directories" "$lvsim" merge sweep.yaml host1 host2 host3 -o merged3
check "equals single run" cmp single/points.json merged3/points.json
# points.json: typed axis values; slices merged give the same bytes
check "numbers are JSON numbers" grep -Eq '"centre.operators\[0\].count":[[:space:]]3,$' single/points.json
check "no number as a string" sh -c "! grep -Eq '\"(centre.operators\[0\].count|demand.growth)\":[[:space:]]\"' single/points.json"
check "typed sweep" "$lvsim" sweep typed.yaml -o typed -q
check "typed values" sh -c "grep -Eq '\"holidays.christmas_eve\":[[:space:]]true,' typed/points.json && grep -Eq '\"warmup\":[[:space:]]\"2d\",' typed/points.json && grep -Eq '\"demand.growth\":[[:space:]]0.5e1$' typed/points.json && grep -q '^1,false,2d,0.5e1,' typed/points.csv"
check "typed slices merged" sh -c "'$lvsim' sweep typed.yaml -o typed2 -q --runs 0-0 && '$lvsim' sweep typed.yaml -o typed2 -q --runs 1-1 && '$lvsim' merge typed.yaml typed2 -o typed2 && cmp typed/points.json typed2/points.json && cmp typed/points.csv typed2/points.csv"
check "add-staff as an axis and in set" sh -c "'$lvsim' sweep add-staff.yaml -o add-staff -q && grep -q '^1,all 00:00-24:00 +2,' add-staff/points.csv && awk -F, 'NR == 2 { a = \$5 } NR == 3 { b = \$5 } END { exit !(b > a) }' add-staff/points.csv"
check "merge with a slice missing fails" sh -c "! '$lvsim' merge sweep.yaml host1 host2 -o partial 2> err && grep -q 'have no results' err && test ! -e partial/points.csv"
check "resume with GNU parallel --resume" parallel --will-cite --joblog jobs.log --resume "$lvsim" sweep sweep.yaml -o sliced -q -j 1 --shard {}/3 ::: 1 2 3

# start_sweep DIR RECORDS : the sweep into DIR in the background (its pid in $pid, its stderr in
# DIR.err), returning once DIR holds RECORDS finished points (or after 5 s)
start_sweep() {
    "$lvsim" sweep sweep.yaml -o "$1" -q -j 1 2> "$1.err" &
    pid=$!
    i=0
    while [ "$i" -lt 500 ] && [ "$(cat "$1"/part-*.jsonl 2> /dev/null | wc -l)" -lt "$2" ]; do
        sleep 0.01
        i=$((i + 1))
    done
}

# kill -9 in the middle, plus a torn last line: the rerun completes without duplicates.
start_sweep killed 3
kill -9 "$pid" 2> /dev/null
wait "$pid" 2> /dev/null
check "killed before the end" sh -c "n=\$(cat killed/part-*.jsonl | wc -l); test \$n -ge 1 && test \$n -lt 12 && test ! -e killed/points.csv"
printf '{"sweep":"torn by a kill' >> killed/part-0-11.jsonl
check "rerun after kill" "$lvsim" sweep sweep.yaml -o killed -q -j 2
check "no point twice" sh -c "test \$(grep -c . killed/part-0-11.jsonl) -eq 12 && test \$(grep -o '\"point\":[0-9]*' killed/part-*.jsonl | sort | uniq -d | wc -l) -eq 0"
check "resumed result equals single run" cmp single/points.json killed/points.json
# Ctrl-C (SIGINT): the points under way are saved, the message says how many and how to go on,
# exit 130; the same command then completes the sweep.
start_sweep stopped 1
kill -INT "$pid"
wait "$pid"
echo $? > stopped.rc
check "interrupted: exit 130" grep -qx 130 stopped.rc
check "interrupted: says what is saved" sh -c "n=\$(grep -c . stopped/part-0-11.jsonl) && test \$n -lt 12 && grep -q \"^lvsim sweep: interrupted: \$n of 12 points are saved in stopped; run the same command again to run the \$((12 - n)) left\$\" stopped.err"
check "interrupted: no points.csv yet" test ! -e stopped/points.csv
check "interrupted: the same command resumes" "$lvsim" sweep sweep.yaml -o stopped -q -j 1
check "interrupted: result equals single run" cmp single/points.json stopped/points.json
check "a finished sweep reruns nothing" sh -c "cp killed/part-0-11.jsonl before && '$lvsim' sweep sweep.yaml -o killed -q && cmp before killed/part-0-11.jsonl"

# Another sweep's directory is refused, and nothing in it changes.
check "other sweep refused with exit 2" sh -c "ls -l single > before.ls; md5sum single/* > before.md5; '$lvsim' sweep other.yaml -o single -q 2> err; test \$? -eq 2 && grep -q 'different sweep' err && md5sum -c before.md5 > /dev/null && ls -l single | cmp -s - before.ls"
check "bad list index in an axis" sh -c "'$lvsim' sweep bad-axis.yaml -o bad -q 2> err; test \$? -eq 2 && grep -q \"bad-axis.yaml:4:49: axis 1, value 'centre.operators\\[3\\].count=3': error: 'centre.operators\\[3\\]' does not exist\" err && test ! -e bad"
# A bad value among many: reported at its line and column, checked before the points are built.
{ echo "scenario: base.yaml"; echo "axes:"; echo "  - key: demand.growth"; echo "    values:"
  seq 1 999 | sed 's/^/      - /'; echo "      - 1001"; seq 1002 1100 | sed 's/^/      - /'; } > many.yaml
check "bad value among many: its line and column" sh -c "'$lvsim' sweep many.yaml -o bad -q 2> err; test \$? -eq 2 && grep -q \"^many.yaml:1004:9: axis 1, value 'demand.growth=1001': error: 'growth' must be\" err && test ! -e bad"
check "bad key and value in axes" sh -c "'$lvsim' sweep bad-value.yaml -o bad -q 2> err; test \$? -eq 2 && grep -q \"did you mean 'growth'\" err && test ! -e bad"
# --set joins the sweep's identity: results with and without it never mix.
check "sweep with --set" "$lvsim" sweep sweep.yaml -o withset -q --set 'calls.patience={dist: exponential, mean: 8m}'
check "differs from the plain sweep" sh -c "! cmp -s single/points.csv withset/points.csv"
check "plain sweep refused in its directory" sh -c "'$lvsim' sweep sweep.yaml -o withset -q 2> err; test \$? -eq 2"
check "merge needs the same --set" sh -c "'$lvsim' merge sweep.yaml withset -o m4 --set 'calls.patience={dist: exponential, mean: 8m}' && cmp withset/points.csv m4/points.csv"
check "bad --set in a sweep" sh -c "'$lvsim' sweep sweep.yaml -o bad -q --set demand.calls_per_hour=-5 2> err; test \$? -eq 2 && test ! -e bad"
check "bad shard" sh -c "'$lvsim' sweep sweep.yaml --shard 4/3 -q; test \$? -eq 2"

# A base scenario's `extends` parent changes: old results no longer belong to the sweep.
mkdir ext
printf 'extends: %s/scenarios/default.yaml\nhorizon: 3d\nwarmup: 1d\n' "$src" > ext/parent.yaml
printf 'extends: parent.yaml\nname: child\n' > ext/child.yaml
printf 'scenario: child.yaml\nreplications: 2\naxes:\n  - {key: demand.growth, values: [1, 1.5, 2, 2.5]}\nmetrics: [calls_offered, answered_within_target]\n' > ext/sw.yaml
check "extends: first half" "$lvsim" sweep ext/sw.yaml -q --runs 0-1
sed 's/horizon: 3d/horizon: 5d/' ext/parent.yaml > ext/p2 && mv ext/p2 ext/parent.yaml
check "extends: a changed parent is another sweep (exit 2)" sh -c "'$lvsim' sweep ext/sw.yaml -q --runs 2-3 2> err; test \$? -eq 2 && grep -q 'different sweep' err && test ! -e ext/sw-results/points.csv"
# An unreadable base scenario: at the `scenario:` value, with the system's reason.
printf 'scenario: nothere.yaml\naxes:\n  - {key: demand.growth, values: [1]}\n' > nobase.yaml
check "unreadable base: line, column and reason" sh -c "'$lvsim' sweep nobase.yaml -q 2> err; test \$? -eq 2 && grep -q \"^nobase.yaml:1:11: error: cannot read the base scenario 'nothere.yaml': No such file or directory\" err"

# Invalid values and points beyond the 5 000 loads checked before the run. Every axis's values
# are checked in turn, so a short axis after a long one is still reported at its line and column;
# a combination found invalid only as it runs is named (file, axis, point, reason), exit 2, and a
# directory made for it alone is removed.
printf 'scenario: default\nreplications: 2\nset: ["horizon=3d"]\naxes:\n  - {key: demand.growth, from: 0.5, to: 3, step: 0.0005}\n  - {key: warmup, values: [1d, 3d]}\n' > late.yaml
check "a short axis after a long one: checked before the run" sh -c "'$lvsim' sweep late.yaml -q -o late 2> err; test \$? -eq 2 && grep -q \"^late.yaml:6:32: axis 2, value 'warmup=3d': error: 'warmup' must be shorter than 'horizon'\" err && test ! -e late"
printf 'scenario: default\nreplications: 2\nset: ["horizon=3d", "warmup=1d"]\naxes:\n  - {key: demand.growth, from: 0.5, to: 3, step: 0.0005}\n  - {key: warmup, values: [1d, 2d]}\n  - {key: horizon, values: [3d, 1.5d]}\n' > late2.yaml
check "an invalid point found running: named, exit 2, no directory" sh -c "'$lvsim' sweep late2.yaml -q --runs 3-5 -o late2 2> err; test \$? -eq 2 && grep -q \"^lvsim sweep: error: point 3 is not a valid scenario (.*): late2.yaml: axis 2, point 3: 'warmup=2d': 'warmup' must be shorter than 'horizon'\" err && test ! -e late2"
check "an invalid point found running: a directory that existed stays" sh -c "mkdir late3 && '$lvsim' sweep late2.yaml -q --runs 3-5 -o late3 2> err; test \$? -eq 2 && test -d late3"

# A value twice in an axis (numerically: YAML reads [1.0, 1,1] as 1.0, 1, 1) would run one point
# twice: refused at the repeat's line and column, naming both.
printf 'scenario: default\naxes:\n  - {key: demand.growth, values: [1.0, 1,1, 1.2]}\n' > dup.yaml
check "a value twice in an axis: refused where it repeats" sh -c "'$lvsim' sweep dup.yaml -q -o dup 2> err; test \$? -eq 2 && grep -q \"^dup.yaml:3:40: error: axis 1: value '1' is the same as '1.0' at line 3, column 35: each value once\" err && test ! -e dup"
printf 'scenario: default\naxes:\n  - {key: demand.growth, values: [2, 1.5, 3, 1.50]}\n' > dup2.yaml
check "a value twice in an axis: as numbers" sh -c "'$lvsim' sweep dup2.yaml -q -o dup 2> err; test \$? -eq 2 && grep -q \"^dup2.yaml:3:46: error: axis 1: value '1.50' is the same as '1.5'\" err"

echo "sweep: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
