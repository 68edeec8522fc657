#!/bin/sh
# abuse.sh LVSIM SOURCE_DIR — hostile input and output faults, as a careful user or an attacker
# would try them. Every input case runs under `timeout` and, where the build allows (not under
# AddressSanitizer, which reserves terabytes of address space), a 1 GiB memory limit: it must
# end with exit 2 and a file:line:column diagnostic, never a crash, a hang or a memory blow-up.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
e5=$src/scenarios/erlang-e5.yaml

limit_kb=1048576
slow=1
if ! (ulimit -v $limit_kb && "$lvsim" --version) > /dev/null 2>&1; then
    limit_kb=unlimited
    slow=6 # sanitizers run several times slower
    echo "abuse: this build cannot run under ulimit -v (sanitizers); time limits only, $slow times longer"
fi

fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [ -s "$work/err" ] && head -c 2000 "$work/err" | sed 's/^/    /'
}
pass() { passed=$((passed + 1)); }

# refused NAME SECONDS PATTERN ARGS... : lvsim ARGS exits 2 within SECONDS under the memory
# limit, printing PATTERN (grep -E) on stderr.
refused() {
    name=$1 seconds=$2 pattern=$3
    shift 3
    (ulimit -v $limit_kb; exec timeout -s KILL $((seconds * slow)) "$lvsim" "$@") > "$work/out" 2> "$work/err"
    rc=$?
    if [ $rc -ne 2 ]; then
        fail "$name: exit $rc, want 2"
    elif ! grep -Eq -- "$pattern" "$work/err"; then
        fail "$name: stderr lacks /$pattern/"
    else
        pass
    fi
}

# repeat TEXT COUNT SEPARATOR : TEXT written COUNT times, separated (no newline)
repeat() { awk -v t="$1" -v n="$2" -v s="$3" 'BEGIN { for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? s : ""), t }'; }

# exits NAME WANT COMMAND... : the shell command exits WANT
exits() {
    name=$1 want=$2
    shift 2
    "$@" > "$work/out" 2> "$work/err"
    rc=$?
    if [ $rc -eq "$want" ]; then pass; else fail "$name: exit $rc, want $want"; fi
}

# ---- aliases, depth, size ----
refused "self alias in --set" 10 "cycle" check "$e5" --set 'x=&a [*a]'
printf 'extends: %s\na: &d {growth: *d}\n' "$e5" > "$work/cycle.yaml"
refused "self alias through extends" 10 "^$work/cycle.yaml:2:4: error: .*cycle" check "$work/cycle.yaml"
{ printf 'extends: %s\nx: ' "$e5"; repeat '[' 60001 ''; repeat ']' 60001 ''; echo; } > "$work/deep.yaml"
refused "list nested 60 001 deep through extends" 10 "deep.yaml:2:[0-9]+: error: .*nested more than 64" check "$work/deep.yaml"
{
    printf 'extends: %s\na: &a [x,x,x,x,x,x,x,x,x,x]\n' "$e5"
    previous=a
    for name in b c d e f g h i j; do
        printf '%s: &%s [%s]\n' $name $name "$(repeat "*$previous" 10 ,)"
        previous=$name
    done
} > "$work/bomb.yaml"
refused "alias bomb through extends" 10 "bomb.yaml:[0-9]+:[0-9]+: error: aliases here expand to more than" check "$work/bomb.yaml"
printf 'extends: %s\n' "$work/bomb.yaml" > "$work/bomb-child.yaml"
refused "alias bomb as a base" 10 "bomb.yaml:[0-9]+:[0-9]+: error: aliases" check "$work/bomb-child.yaml"
refused "alias bomb in --set" 10 "aliases here expand" check "$e5" --set "demand.growth=$(sed -n '2,$p' "$work/bomb.yaml" | tr '\n' ' ' | sed 's/^a: /[/; s/ [b-j]: /, /g; s/$/]/')"

# ---- floods of errors ----
{ printf 'extends: %s\nholidays:\n  extra: [' "$e5"; repeat xxxxxxxxxxxxxxxx 900000 ,; echo ']'; } > "$work/longline.yaml"
refused "a 15 MB line with 900 000 bad dates" 30 "longline.yaml:3:[0-9]+: error: 'extra' must hold dates" check "$work/longline.yaml"
grep -q "^lvsim: 899950 more errors not shown" "$work/err" && pass || fail "long line: the count of errors not shown"
lines=$(wc -l < "$work/err")
[ "$lines" -le 151 ] && pass || fail "long line: $lines lines of diagnostics, want at most 151"
[ "$(wc -c < "$work/err")" -lt 30000 ] && pass || fail "long line: the source line is not cut to a window"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "unknown_key_%d: 1\n", i }' > "$work/keys.yaml"
refused "20 000 unknown keys" 10 "keys.yaml:1001:1: error: a mapping may hold at most 1000 keys" check "$work/keys.yaml"
awk 'BEGIN { for (i = 0; i < 999; i++) printf "unknown_key_%d: 1\n", i }' > "$work/keys.yaml"
refused "999 unknown keys" 10 "keys.yaml:1:1: error: unknown key 'unknown_key_0'" check "$work/keys.yaml"
grep -Eq "^lvsim: 9[0-9]{2} more errors not shown" "$work/err" && pass || fail "999 unknown keys: the count of errors not shown"
# Known keys repeated: each duplicate is found in one pass, not by rescanning the mapping.
awk 'BEGIN { print "axes: [{key: demand.growth, values: [1]}]"; for (i = 0; i < 998; i++) print "seed: 1" }' > "$work/seeds.yaml"
refused "998 repeated keys in a sweep" 10 "seeds.yaml:3:1: error: duplicate key 'seed'" sweep "$work/seeds.yaml" --list
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "k%d: 1\n", i; for (i = 0; i < 200000; i++) print "seed: 1" }' > "$work/many.yaml"
refused "200 000 unknown and 200 000 repeated keys" 10 "many.yaml:1001:1: error: a mapping may hold at most 1000 keys" check "$work/many.yaml"
printf 'demand: {calls_per_hour: 10}\r\rx: 1\0\r' > "$work/cr-nul.yaml"
refused "NUL byte after CR line ends" 10 "cr-nul.yaml:3:5: error: the file contains a NUL byte" check "$work/cr-nul.yaml"
{ printf 'x: ['; repeat '[]' 300000 ,; printf ']\ny: '; repeat a 4000000 ' '; echo; } > "$work/big.yaml"
refused "a 14 MB file of empty lists" 30 "big.yaml:1:1: error: unknown key 'x' in the scenario" check "$work/big.yaml"
head -c 17000000 /dev/zero | tr '\0' 'a' > "$work/huge.yaml"
refused "a file over 16 MiB" 10 "larger than 16 MiB" check "$work/huge.yaml"

# ---- what is silently ignored elsewhere ----
printf 'demand: {calls_per_hour: 10}\n\0demand: {calls_per_hour: -5}\n' > "$work/nul.yaml"
refused "NUL byte" 10 "nul.yaml:2:1: error: the file contains a NUL byte" check "$work/nul.yaml"
printf 'extends: %s\n---\ndemand: {calls_per_hour: -5}\n' "$e5" > "$work/docs.yaml"
refused "second document" 10 "docs.yaml:2:1: error: a second YAML document" check "$work/docs.yaml"
refused "second document in --set" 10 "second YAML document" check "$e5" --set 'demand.growth=1
---
2'
refused "negative-zero list index" 10 "'\[-0\]' is not a list index" check "$e5" --set 'centre.operators[-0].count=3'
refused "list index with a space" 10 "'\[ 0\]' is not a list index" check "$e5" --set 'centre.operators[ 0].count=3'
refused "huge list index" 10 "does not exist" check "$e5" --set 'centre.operators[99999999999999999999].count=3'
refused "seed too large" 10 "'seed' must be" check "$e5" --set 'seed=99999999999999999999999'

# ---- --add-staff: a parser of its own ----
refused "add-staff huge change" 10 "is not a change of staff" check "$e5" --add-staff 'all 00:00-24:00 +99999999999999999999'
refused "add-staff above the most" 10 "add-staff 'all 00:00-24:00 \+10000'.*'count' must be" check "$e5" --add-staff 'all 00:00-24:00 +10000'
refused "add-staff negative zero" 10 "is not a change of staff" check "$e5" --add-staff 'mon 10:00-11:00 -0'
refused "add-staff days with NUL-like junk" 10 "is not a day" check "$e5" --add-staff "$(printf 'mon\001 10:00-11:00 +1')"
refused "add-staff trailing comma" 10 "is not a day" check "$e5" --add-staff 'mon, 10:00-11:00 +1'
refused "add-staff reversed range of one day" 10 "is not a span" check "$e5" --add-staff 'mon 24:00-24:00 +1'
refused "add-staff too long" 10 "too long" check "$e5" --add-staff "mon 10:00-11:00 +1 $(repeat x 2000 '')"
refused "add-staff as a --set value" 10 "is not a day" check "$e5" --set 'add-staff=[1, 2] 10:00-11:00 +1'
refused "add-staff with no scenario mapping" 10 "error" check "$work/docs.yaml" --add-staff 'mon 10:00-11:00 +1'
# 60 changes (a command line holds at most 63 overrides), each splitting Monday's bands again: bounded, and every one applied
many_changes() {
    i=0
    set --
    while [ $i -lt 60 ]; do
        set -- "$@" --add-staff "mon $(printf '%02d' $((i % 24))):00-$(printf '%02d' $((i % 24 + 1))):00 +1"
        i=$((i + 1))
    done
    "$lvsim" default "$@" | grep -c "days: \[mon\]"
}
exits "add-staff 60 changes" 0 many_changes
grep -qx 24 "$work/out" || fail "add-staff 60 changes: Monday not split into 24 bands: $(cat "$work/out")"

# ---- files that are not files ----
mkfifo "$work/fifo.yaml"
printf 'extends: fifo.yaml\n' > "$work/to-fifo.yaml"
refused "extends names a FIFO" 10 "to-fifo.yaml:1:10: error: 'extends' names 'fifo.yaml', which cannot be read: a pipe" check "$work/to-fifo.yaml"
refused "a FIFO as the scenario" 10 "a pipe" check "$work/fifo.yaml"
printf 'extends: /dev/zero\n' > "$work/to-zero.yaml"
refused "extends names /dev/zero" 10 "to-zero.yaml:1:10: error: .*a device" check "$work/to-zero.yaml"
printf 'extends: /\n' > "$work/to-dir.yaml"
refused "extends names a directory" 10 "to-dir.yaml:1:10: error: .*a directory" check "$work/to-dir.yaml"

# ---- sweep files: the scenario's reader and checks ----
cat > "$work/sweep-dup.yaml" <<EOF
scenario: $e5
replications: 2
replications: 3
axes:
  - {key: "centre.operators[0].count", values: [3, 4]}
EOF
refused "duplicate key in a sweep" 10 "sweep-dup.yaml:3:1: error: duplicate key 'replications'" sweep "$work/sweep-dup.yaml" --list
cat > "$work/sweep-axis.yaml" <<EOF
scenario: $e5
axes:
  - {key: "centre.operators[0].count", values: [3, 4]}
  - {key: "centre.operators[0].count", valuse: [5]}
EOF
refused "misspelt key in a sweep axis" 10 "did you mean 'values'" sweep "$work/sweep-axis.yaml" --list
cat > "$work/sweep-twice.yaml" <<EOF
scenario: $e5
axes:
  - {key: "centre.operators[0].count", values: [3, 4]}
  - {key: "centre.operators[0].count", values: [5]}
EOF
refused "the same axis twice" 10 "axis 2 varies 'centre.operators\[0\].count', which axis 1 varies already" sweep "$work/sweep-twice.yaml" --list
cat > "$work/sweep-seed.yaml" <<EOF
scenario: $e5
seed: 99999999999999999999999
axes:
  - {key: "centre.operators[0].count", values: [3, 4]}
EOF
refused "sweep seed too large" 10 "sweep-seed.yaml:2:7: error: 'seed' must be an integer from 0 to" sweep "$work/sweep-seed.yaml" --list
cat > "$work/sweep-alias.yaml" <<EOF
scenario: $e5
axes:
  - {key: demand.growth, values: ["&a [*a]"]}
EOF
refused "self alias as a sweep value" 10 "cycle" sweep "$work/sweep-alias.yaml" -o "$work/sweep-alias-out" -q

# ---- a valid scenario that would grow without bound, as a sweep point ----
cat > "$work/sweep-overload.yaml" <<EOF
scenario: $src/tests/data/overload/overloaded.yaml
replications: 2
axes:
  - {key: demand.growth, values: [1, 2]}
EOF
(ulimit -v $limit_kb; exec timeout -s KILL $((60 * slow)) "$lvsim" sweep "$work/sweep-overload.yaml" -o "$work/overload-out" -q) \
    > "$work/out" 2> "$work/err"
rc=$?
[ $rc -eq 1 ] && grep -q "^lvsim sweep: error: point 0 could not be simulated: replication 1: the queue of centre 'tiny'" "$work/err" && pass ||
    fail "overloaded sweep point: exit $rc, want 1 with the centre named"

# ---- output faults ----
if [ -w /dev/full ]; then
    exits "run to /dev/full" 1 sh -c "'$lvsim' run '$e5' -r 2 > /dev/full"
    grep -q "cannot write to standard output" "$work/err" && pass || fail "run to /dev/full: message"
    exits "compare to /dev/full" 1 sh -c "'$lvsim' compare '$e5' -r 2 --set-b centre.operators[0].count=6 > /dev/full"
    exits "default --set to /dev/full" 1 sh -c "'$lvsim' default --set seed=3 > /dev/full"
    exits "default to /dev/full" 1 sh -c "'$lvsim' default > /dev/full"
    cat > "$work/sweep-ok.yaml" <<EOF
scenario: $e5
axes:
  - {key: "centre.operators[0].count", values: [3, 4]}
EOF
    exits "sweep --list to /dev/full" 1 sh -c "'$lvsim' sweep '$work/sweep-ok.yaml' --list > /dev/full"
fi
if mknod "$work/null" c 1 3 2> /dev/null; then
    exits "-o onto a device node" 1 "$lvsim" run "$e5" -r 2 -q -o "$work/null"
    [ -c "$work/null" ] && pass || fail "-o replaced the device node"
    grep -q "it is a device" "$work/err" && pass || fail "-o device: message"
else
    echo "abuse: cannot mknod here (not root); the device-node case is skipped"
fi
mkfifo "$work/out.fifo"
exits "-o onto a FIFO" 1 "$lvsim" run "$e5" -r 2 -q -o "$work/out.fifo"
[ -p "$work/out.fifo" ] && pass || fail "-o replaced the FIFO"
ln -s /dev/null "$work/devlink"
exits "-o onto a link to a device" 1 "$lvsim" run "$e5" -r 2 -q -o "$work/devlink"
[ -L "$work/devlink" ] && pass || fail "-o replaced the link to a device"
: > "$work/target.json"
ln -s target.json "$work/link.json"
exits "-o through a symlink" 0 "$lvsim" run "$e5" -r 2 -q -o "$work/link.json"
[ -L "$work/link.json" ] && [ -s "$work/target.json" ] && pass || fail "-o through a symlink: link kept, target written"
exits "--csv onto a file" 1 "$lvsim" run "$e5" -r 2 -q --csv "$work/target.json"
mkdir -p "$work/csv-blocked/intervals.csv"
exits "--csv with a directory in the way" 1 "$lvsim" run "$e5" -r 2 -q --csv "$work/csv-blocked"
[ ! -e "$work/csv-blocked/summary.csv" ] && pass || fail "--csv left a partial set (summary.csv without intervals.csv)"
# A file-size limit makes a write fail half-way: no directory and no file may be left.
exits "--csv on a full disk" 1 sh -c "trap '' XFSZ; ulimit -f 8; exec '$lvsim' run '$e5' -r 2 -q --csv '$work/csv-full'"
[ ! -e "$work/csv-full" ] && pass || fail "--csv on a full disk left $(ls "$work/csv-full" 2>/dev/null | tr '\n' ' ')"
exits "-o on a full disk" 1 sh -c "trap '' XFSZ; ulimit -f 8; exec '$lvsim' run '$e5' -r 2 -q -o '$work/full.json'"
[ -z "$(ls "$work" | grep 'full.json')" ] && pass || fail "-o on a full disk left a file"


# ---- outputs checked before the work: an input, two outputs of one name, a missing folder ----
cp "$e5" "$work/mine.yaml"
exits "-o naming the scenario" 2 "$lvsim" run "$work/mine.yaml" -r 1 -q -o "$work/mine.yaml"
cmp -s "$e5" "$work/mine.yaml" && pass || fail "-o replaced the scenario it read"
grep -q "is a file this command reads" "$work/err" && pass || fail "-o naming the scenario: no reason given"
printf 'extends: mine.yaml\nhorizon: 2h\nwarmup: 0s\n' > "$work/child.yaml"
exits "-o naming the scenario a child extends" 2 "$lvsim" run "$work/child.yaml" -r 1 -q -o "$work/mine.yaml"
exits "staff --json naming the scenario a child extends" 2 "$lvsim" staff "$work/child.yaml" -r 2 --json "$work/mine.yaml"
cmp -s "$e5" "$work/mine.yaml" && pass || fail "an output replaced the scenario a child extends"
ln -s mine.yaml "$work/mine-link.yaml"
exits "-o naming the scenario through a link" 2 "$lvsim" run "$work/mine-link.yaml" -r 1 -q -o "$work/mine.yaml"
exits "staff --json naming its scenario" 2 "$lvsim" staff "$work/mine.yaml" -r 2 --json "$work/mine.yaml"
cmp -s "$e5" "$work/mine.yaml" && pass || fail "staff --json replaced the scenario it read"
# staff -o writes a whole scenario: planning in place is allowed (the top file only)
cp "$e5" "$work/plan.yaml"
exits "staff -o planning in place" 0 "$lvsim" staff "$work/plan.yaml" -r 2 -q -o "$work/plan.yaml"
"$lvsim" check "$work/plan.yaml" > /dev/null 2>&1 && ! cmp -s "$e5" "$work/plan.yaml" && pass ||
    fail "staff -o in place did not leave the planned scenario"
# --csv out/ (a folder yet to be made, written with its slash) and a -o inside a --csv folder
exits "--csv with a trailing slash" 0 "$lvsim" run "$e5" -r 1 -q --csv "$work/slash-csv/"
[ -s "$work/slash-csv/summary.csv" ] && pass || fail "--csv out/ did not write its tables"
mkdir "$work/real" && ln -s real "$work/linkdir"
exits "-o inside the --csv folder" 2 "$lvsim" run "$e5" -r 1 -q --csv "$work/linkdir" -o "$work/real/summary.csv"
exits "compare -o naming scenario B" 2 "$lvsim" compare "$e5" "$work/mine.yaml" -r 1 -q -o "$work/mine.yaml"
"$lvsim" run "$e5" -r 1 -q -o "$work/r.json" 2>/dev/null
exits "report -o naming its results" 2 "$lvsim" report "$work/r.json" -o "$work/r.json"
exits "-o and --html of one name" 2 "$lvsim" run "$e5" -r 1 -q -o "$work/same.out" --html "$work/./same.out"
[ ! -e "$work/same.out" ] && pass || fail "-o and --html of one name: a file was written"
grep -q "both name" "$work/err" && pass || fail "-o and --html of one name: no reason given"
exits "--trace into a missing folder, with other outputs" 1 "$lvsim" run "$e5" -r 1 -q --html "$work/ok.html" \
    --csv "$work/ok-csv" --trace "$work/no-such-folder/t.csv"
[ ! -e "$work/ok.html" ] && [ ! -e "$work/ok-csv" ] && pass || fail "a failed output left the others written"

# The replications' figures are bounded (LV_MAX_RESULT_BYTES): refused before simulating, exit 2.
exits "replications past the figures' bound" 2 "$lvsim" run "$src/scenarios/norway.yaml" -q --set horizon=1h --set warmup=0s -r 60000
grep -q "'replications' is 60000: .* so at most [0-9]* replications" "$work/err" && pass || fail "too many replications: no reason given"
# ---- report of long and bloated results ----
# A 100-year run's JSON (36 600 days): report walks its arrays once (it took 33 s when it indexed
# them in loops) and draws run --html's page, the days merged into years, byte for byte.
"$lvsim" run "$e5" -q --set horizon=878400h --set warmup=0s --set demand.calls_per_hour=0.01 -r 2 \
    -o "$work/long.json" --html "$work/long-run.html" 2> "$work/err" && pass || fail "the 100-year run"
exits "report of a 100-year run" 0 sh -c "ulimit -v $limit_kb; exec timeout -s KILL $((20 * slow)) \"\$0\" report \"\$1\" -o \"\$2\"" \
    "$lvsim" "$work/long.json" "$work/long.html"
cmp -s "$work/long-run.html" "$work/long.html" && pass || fail "report of a 100-year run differs from its run --html"
grep -q 'year by year' "$work/long.html" && pass || fail "report of a 100-year run does not merge its days into years"
# A run's 168 intervals repeated 600 times, its days 100 times: refused, not rendered for minutes.
if command -v python3 > /dev/null; then
    python3 - "$src/tests/data/html/run.json" "$work" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for name, key, times in (("intervals", "intervals", 600), ("days", "days", 100)):
    bloated = dict(doc)
    bloated[key] = doc[key] * times
    json.dump(bloated, open(sys.argv[2] + "/bloated-" + name + ".json", "w"))
PY
    refused "report of 600 weeks of intervals" 10 "'intervals' has 100800 entries where such a document has at most 168" \
        report "$work/bloated-intervals.json" -o "$work/bloated.html"
    refused "report of days repeated" 10 "'days' has 800 entries where such a document has at most 10" \
        report "$work/bloated-days.json" -o "$work/bloated.html"
    [ ! -e "$work/bloated.html" ] && pass || fail "a refused report wrote its page"
fi

echo "abuse: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
