#!/bin/sh
# sweep_shared.sh LVSIM SOURCE_DIR SEAL — many lvsim processes sharing one result directory, and
# damaged part files: the GNU parallel shard recipe loses nothing, a second writer of a slice and
# a different sweep are refused, a damaged or forged record is skipped with a warning (and rerun),
# and --shard/--runs are parsed strictly. SEAL (tests/sweep_seal.c) gives forged records a valid
# checksum, so that only the field checks can catch them.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
seal=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
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
command -v parallel > /dev/null || echo "FAIL GNU parallel is not installed (tools/install-deps.sh installs it)"

# The documented recipe, ten times: 8 shards of 2,000 fast points, 2 at a time, one directory.
# (LVSIM_RECIPE_RUNS: fewer under the sanitizers, where one run takes about 13 s.)
runs=${LVSIM_RECIPE_RUNS:-10}
recipe() {
    i=1
    while [ "$i" -le "$runs" ]; do
        rm -rf recipe
        parallel --will-cite -j 2 "$lvsim" sweep fast.yaml -o recipe -q -j 1 --shard {}/8 ::: 1 2 3 4 5 6 7 8 ||
            { echo "run $i: a shard failed"; return 1; }
        "$lvsim" merge fast.yaml recipe -o recipe || { echo "run $i: merge failed"; return 1; }
        rows=$(($(wc -l < recipe/points.csv) - 1))
        [ "$rows" -eq 2000 ] || { echo "run $i: $rows points"; return 1; }
        i=$((i + 1))
    done
}
start=$(date +%s)
check "shard recipe $runs times: nothing lost" recipe
echo "shard recipe: $runs runs of 2,000 points in $(($(date +%s) - start)) s"

# A starting shard never touches another shard's file, even one with a torn last line (as a
# record being written looks to a reader).
"$lvsim" sweep sweep.yaml -o torn -q -j 1 --shard 1/3 > /dev/null 2>&1
printf '{"sweep":"half a rec' >> torn/part-0-3.jsonl
cp torn/part-0-3.jsonl torn-before
check "another shard's torn line left alone" sh -c "'$lvsim' sweep sweep.yaml -o torn -q -j 1 --shard 2/3 && cmp torn-before torn/part-0-3.jsonl"
check "its own torn line cut off on resume" sh -c "'$lvsim' sweep sweep.yaml -o torn -q -j 1 --shard 1/3 && test \$(grep -c . torn/part-0-3.jsonl) -eq 4 && test \$(tail -c 1 torn/part-0-3.jsonl | wc -l) -eq 1"

# Two different sweeps started at once into one new directory: one runs, the other is refused
# before it writes anything.
race() {
    i=1
    while [ "$i" -le 5 ]; do
        "$lvsim" sweep sweep.yaml -o race$i -q -j 1 2> err-a &
        a=$!
        "$lvsim" sweep other.yaml -o race$i -q -j 1 2> err-b &
        b=$!
        wait $a
        ra=$?
        wait $b
        rb=$?
        if [ $ra -eq 0 ] && [ $rb -eq 2 ]; then
            grep -q 'different sweep' err-b && [ "$(wc -l < race$i/points.csv)" -eq 13 ] &&
                [ "$(ls race$i/part-*)" = "race$i/part-0-11.jsonl" ] || { echo "run $i: B"; cat err-b; return 1; }
        elif [ $ra -eq 2 ] && [ $rb -eq 0 ]; then
            grep -q 'different sweep' err-a && [ "$(wc -l < race$i/points.csv)" -eq 3 ] &&
                [ "$(ls race$i/part-*)" = "race$i/part-0-1.jsonl" ] || { echo "run $i: A"; cat err-a; return 1; }
        else
            echo "run $i: exit statuses $ra and $rb"
            cat err-a err-b
            return 1
        fi
        i=$((i + 1))
    done
}
check "two different sweeps at once: the second refused" race

# The same slice started twice: the second is refused while the first runs, which completes.
slow="fast.yaml -o twice -q -j 1 --set horizon=10d --runs 0-499"
# shellcheck disable=SC2086
"$lvsim" sweep $slow 2> err-first &
pid=$!
i=0
while [ "$i" -lt 1000 ] && [ "$(cat twice/part-*.jsonl 2> /dev/null | wc -l)" -lt 1 ]; do
    sleep 0.01
    i=$((i + 1))
done
# Freeze the first while the second tries, so the test does not depend on how fast it runs.
kill -STOP $pid
check "same slice twice: the second refused" sh -c "! '$lvsim' sweep $slow 2> err && grep -q 'another lvsim is writing .*part-0-499.jsonl' err"
kill -CONT $pid
wait $pid
first=$?
check "the first completes" sh -c "test $first -eq 0 && test \$(grep -c . twice/part-0-499.jsonl) -eq 500 && test \$(grep -o '\"point\":[0-9]*' twice/part-0-499.jsonl | sort -u | wc -l) -eq 500"

# Damaged records, in a copy of a finished 12-point sweep.
"$lvsim" sweep sweep.yaml -o single -q -j 2 > /dev/null 2>&1
fresh() { rm -rf "$1" && cp -r single "$1" && rm "$1"/points.*; }
fresh garbage
sed -i '6i this is not a record' garbage/part-0-11.jsonl
check "garbage line: the rest kept, one warning" sh -c "'$lvsim' merge sweep.yaml garbage -o garbage 2> err && test \$(grep -c 'skipped' err) -eq 1 && grep -q '^lvsim merge: warning: garbage/part-0-11.jsonl:6: skipped a damaged record' err && cmp single/points.csv garbage/points.csv"
fresh edited
sed -i '3s/"mean":\([0-9]\)/"mean":9\1/' edited/part-0-11.jsonl
check "edited figure detected" sh -c "! '$lvsim' merge sweep.yaml edited -o edited 2> err && grep -q 'edited/part-0-11.jsonl:3: skipped a damaged record (checksum mismatch)' err && grep -q '1 of 12 points have no results' err"
check "edited record rerun on resume" sh -c "'$lvsim' sweep sweep.yaml -o edited -q 2> err && grep -q ':3: skipped' err && test \$(grep -c . edited/part-0-11.jsonl) -eq 13 && cmp single/points.csv edited/points.csv"
# Records with the right hash and checksum but wrong contents (a number, an object or null for an
# axis value; a point out of the run table; values of another point; a figure missing).
fresh forged
# Point 0's record: with -j 2 points finish, and are appended, in either order.
grep '"point":0,' single/part-0-11.jsonl > good
{
    sed 's/"centre.operators\[0\].count":"3"/"centre.operators[0].count":3/' good
    sed 's/"centre.operators\[0\].count":"3"/"centre.operators[0].count":{"a":1}/' good
    sed 's/"centre.operators\[0\].count":"3"/"centre.operators[0].count":null/' good
    sed 's/"point":0,/"point":1e9,/' good
    sed 's/"point":0,/"point":-1,/' good
    sed 's/"point":0,/"point":1,/' good
    sed 's/,"abandoned":{[^}]*}//' good
    sed 's/"n":4/"n":4.5/' good
} | "$seal" > bad
cat bad forged/part-0-11.jsonl > part && mv part forged/part-0-11.jsonl
check "forged records checked: no crash" sh -c "'$lvsim' merge sweep.yaml forged -o forged 2> err && test \$(grep -c 'skipped a damaged record' err) -eq 8 && cmp single/points.csv forged/points.csv"
check "forged records: sweep does not crash" sh -c "'$lvsim' sweep sweep.yaml -o forged -q 2> err && grep -q 'forged/part-0-11.jsonl:1: skipped a damaged record' err"
check "forged record alone: the point is missing" sh -c "rm -rf lone && cp -r single lone && rm lone/points.* && head -1 bad > lone/part-0-11.jsonl && ! '$lvsim' merge sweep.yaml lone -o lone 2> err && grep -q '12 of 12 points' err"
# Forged records with a valid checksum but figures no run can give: means beside n 0, a negative
# share, a share above 1, a negative interval.
fresh impossible
{
    sed 's/"n":4}/"n":0}/g' good
    sed 's/"answered_within_target":{"mean":[^,]*,/"answered_within_target":{"mean":-50,/' good
    sed 's/"answered_within_target":{"mean":[^,]*,/"answered_within_target":{"mean":1.5,/' good
    sed 's/"ci95":[0-9][^,]*,/"ci95":-1,/' good
} | "$seal" > bad2
cat bad2 impossible/part-0-11.jsonl > part && mv part impossible/part-0-11.jsonl
check "impossible figures skipped" sh -c "'$lvsim' merge sweep.yaml impossible -o impossible 2> err && test \$(grep -c 'skipped a damaged record (a figure no run can give' err) -eq 4 && cmp single/points.csv impossible/points.csv"
check "impossible figures alone: the point is missing" sh -c "rm -rf lone2 && cp -r single lone2 && rm lone2/points.* && cp bad2 lone2/part-0-11.jsonl && ! '$lvsim' merge sweep.yaml lone2 -o lone2 2> err && grep -q '12 of 12 points' err"
# Part files that are not regular files: refused at once by name, never read or waited on.
fresh dev
ln -s /dev/zero dev/part-99-99.jsonl
check "device part file: merge refuses at once" sh -c "timeout 20 '$lvsim' merge sweep.yaml dev -o dev 2> err; test \$? -eq 1 && grep -q \"cannot read 'dev/part-99-99.jsonl': a device, not a regular file\" err && test ! -e dev/points.csv"
check "device part file: --list fails" sh -c "timeout 20 '$lvsim' sweep sweep.yaml -o dev --list > out 2> err; test \$? -eq 1 && grep -q 'a device, not a regular file' err"
check "device part file: sweep fails" sh -c "timeout 20 '$lvsim' sweep sweep.yaml -o dev -q 2> err; test \$? -eq 1 && grep -q 'a device, not a regular file' err"
fresh fifo
mkfifo fifo/part-5-5.jsonl
check "FIFO part file: merge refuses without waiting" sh -c "timeout 20 '$lvsim' merge sweep.yaml fifo -o fifo 2> err; test \$? -eq 1 && grep -q 'a pipe (FIFO), not a regular file' err"
# The slice's own part file as a link: never written through (a file outside the directory).
fresh owned
echo victim > victim
rm owned/part-0-11.jsonl
ln -s "$PWD/victim" owned/part-0-11.jsonl
check "own part file a link: refused, target untouched" sh -c "'$lvsim' sweep sweep.yaml -o owned -q 2> err; test \$? -eq 1 && grep -q \"'owned/part-0-11.jsonl' is a symbolic link\" err && test \"\$(cat victim)\" = victim"
rm owned/part-0-11.jsonl
ln -s /dev/zero owned/part-0-11.jsonl
check "own part file a link to a device: refused at once" sh -c "timeout 20 '$lvsim' sweep sweep.yaml -o owned -q 2> err; test \$? -eq 1 && grep -q 'is a symbolic link' err"
# A line longer than any record is skipped as damaged; a file longer than the run table's
# records can make is refused; neither is read into memory whole.
fresh long
{ head -c 300000 /dev/zero | tr '\0' x; echo; cat long/part-0-11.jsonl; } > part && mv part long/part-0-11.jsonl
check "overlong line skipped" sh -c "'$lvsim' merge sweep.yaml long -o long 2> err && grep -q 'long/part-0-11.jsonl:1: skipped a damaged record (longer than any record can be' err && cmp single/points.csv long/points.csv"
fresh huge
truncate -s 20G huge/part-7-7.jsonl
check "huge part file refused" sh -c "timeout 20 '$lvsim' merge sweep.yaml huge -o huge 2> err; test \$? -eq 1 && grep -q \"cannot read 'huge/part-7-7.jsonl': the file is larger than\" err"
# An older lvsim's directory (no format 2, records without checksums) is refused, untouched.
fresh old
sed -i '/"format"/d' old/sweep.json
sed -i 's/,"check":"[0-9a-f]*"}$/}/' old/part-0-11.jsonl
check "old format refused" sh -c "md5sum old/* > before.md5; '$lvsim' sweep sweep.yaml -o old -q 2> err; test \$? -eq 2 && grep -q 'older lvsim' err && md5sum -c before.md5 > /dev/null"

# --shard and --runs: digits only, within the run table (12 points), usage error otherwise.
bad_slice() {
    for arg in "--shard 9223372036854775807/9223372036854775807" "--shard 1/0" "--shard 0/3" "--shard 4/3" \
        "--shard 1/1000001" "--shard +1/3" "--shard 1/3x" "--shard 1/" "--shard /3" "--shard ' 1/3'" "--shard 1/-3" \
        "--runs 0-12" "--runs -1" "--runs 3-2" "--runs 99999999999999999999" "--runs 1-" "--runs +1-2" \
        "--runs 0x1" "--runs ''"; do
        eval "'$lvsim' sweep sweep.yaml -o slices --list $arg" > /dev/null 2> err
        rc=$?
        [ $rc -eq 2 ] || { echo "$arg: exit status $rc"; return 1; }
    done
    [ ! -e slices ]
}
# A quantile beyond the histogram's cap is censored in the sweep's tables as in run's: points.json
# adds "censored": true, "censored_n": k, points.csv writes the bound ">14400" and no interval.
cat > cens.yaml <<'EOF'
scenario: default
replications: 2
set: ["horizon=3d", "warmup=1d", "calls.patience={dist: exponential, mean: 1000h}"]
axes:
  - {key: demand.growth, values: [1, 10]}
metrics: [answer_time_p90_s, calls_offered]
EOF
check "censored quantile: sweep" "$lvsim" sweep cens.yaml -q -o cens
check "censored quantile: points.csv" grep -q '^1,10,>14400,,' cens/points.csv
check "censored quantile: points.json" sh -c "tr -d ' \t\n' < cens/points.json | grep -q '\"answer_time_p90_s\":{\"mean\":14400,\"ci95\":0,\"n\":2,\"censored\":true,\"censored_n\":2}'"
# A record of an lvsim before (without the censored fields) is still read; a bad censored_n is not.
mkdir oldrec badcens && cp cens/sweep.json oldrec/ && cp cens/sweep.json badcens/
{
    grep '"point":0,' cens/part-0-1.jsonl
    grep '"point":1,' cens/part-0-1.jsonl | sed 's/,"censored":true,"censored_n":2//'
} | "$seal" > oldrec/part-0-1.jsonl
check "record without censored fields: read" sh -c "'$lvsim' merge cens.yaml oldrec -o oldrec 2> err && ! grep -q damaged err && grep -q '^1,10,14400,0,' oldrec/points.csv"
grep '"point":1,' cens/part-0-1.jsonl | sed 's/"censored_n":2/"censored_n":3/' | "$seal" > badcens/part-0-1.jsonl
check "censored_n above n: damaged" sh -c "'$lvsim' merge cens.yaml badcens -o badcens 2> err; grep -q 'skipped a damaged record' err"
# A write that fails (a full disk, a file-size limit) says which file and the system's reason,
# never "Success"; a failed merge leaves no new directory behind.
check "file-size limit: append names the file and the reason" sh -c "(trap '' XFSZ; ulimit -f 1; exec '$lvsim' sweep sweep.yaml -q -j 2 -o limited) 2> err; test \$? -eq 1 && grep -q \"^lvsim sweep: error: cannot append results to 'limited/part-0-11.jsonl': File too large\" err"
fresh limited2
check "file-size limit: points.json named with the reason" sh -c "(trap '' XFSZ; ulimit -f 1; exec '$lvsim' sweep sweep.yaml -q -o limited2) 2> err; test \$? -eq 1 && grep -q \"cannot write 'limited2/points.json': File too large\" err"
check "file-size limit: a failed merge leaves no directory" sh -c "(trap '' XFSZ; ulimit -f 1; exec '$lvsim' merge sweep.yaml single -o limited3) 2> err; test \$? -eq 1 && grep -q \"cannot write 'limited3/points.json': File too large\" err && test ! -e limited3"
check "bad --shard and --runs: exit 2" bad_slice
check "good --shard and --runs" sh -c "! '$lvsim' sweep sweep.yaml --list --shard 1/13 | grep -q '^[0-9]' && '$lvsim' sweep sweep.yaml -o empty -q --shard 1/13 && test ! -e empty && '$lvsim' sweep sweep.yaml --list --shard 12/12 | grep -q '^11' && '$lvsim' sweep sweep.yaml --list --runs 5 | grep -c '^[0-9]' | grep -qx 1 && '$lvsim' sweep sweep.yaml --list --runs 0-11 | grep -c '^[0-9]' | grep -qx 12"

echo "sweep_shared: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
