#!/bin/sh
# lang.sh LVSIM SOURCE_DIR — languages and spreadsheets (docs/output.md): --lang on every command,
# the default from LC_ALL, LC_MESSAGES, LANG (the first set and not empty), a bad value a usage
# error, diagnostics in Norwegian with their English tag word, and --csv-dialect excel-nb: the
# same run's CSV tables and a sweep's points.csv read back (python csv, ';', decimal comma) to
# exactly the values of the RFC 4180 files, behind a UTF-8 BOM, with CRLF line ends.
set -u
LC_ALL=C; export LC_ALL # English unless a case asks otherwise (env -u LC_ALL ...)
lvsim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
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
# speaks LANGUAGE ENV-ASSIGNMENTS... -- LVSIM-ARGS...: the help printed is in LANGUAGE (nb: "bruk:")
speaks() {
    want=$1
    shift
    assignments=""
    while [ "$1" != "--" ]; do
        assignments="$assignments $1"
        shift
    done
    shift
    out=$(env -u LC_ALL -u LC_MESSAGES -u LANG $assignments "$lvsim" "$@" 2>&1)
    case $want in
    nb) printf '%s\n' "$out" | grep -q '^bruk: lvsim' ;;
    en) printf '%s\n' "$out" | grep -q '^usage: lvsim' ;;
    esac
}

# The default from the environment, as POSIX picks a locale category's.
check "no locale: English" speaks en -- --help
check "LANG=nb_NO.UTF-8" speaks nb LANG=nb_NO.UTF-8 -- --help
check "LANG=nn_NO: Bokmål" speaks nb LANG=nn_NO.UTF-8 -- run --help
check "LANG=no_NO" speaks nb LANG=no_NO -- check --help
check "LANG=nb" speaks nb LANG=nb -- erlang --help
check "LANG=en_GB" speaks en LANG=en_GB.UTF-8 -- --help
check "LANG=sv_SE" speaks en LANG=sv_SE.UTF-8 -- --help
check "LC_ALL before LANG" speaks en LC_ALL=C LANG=nb_NO.UTF-8 -- --help
check "LC_ALL before LC_MESSAGES" speaks nb LC_ALL=nb_NO.UTF-8 LC_MESSAGES=C -- --help
check "LC_MESSAGES before LANG" speaks nb LC_MESSAGES=nb_NO.UTF-8 LANG=C -- --help
check "an empty LC_ALL is skipped" speaks nb LC_ALL= LANG=nb_NO.UTF-8 -- --help
# --lang wins over the environment, before or after the command, as --lang X or --lang=X.
check "--lang en over LANG=nb" speaks en LANG=nb_NO.UTF-8 -- --lang en --help
check "--lang nb after the command" speaks nb -- compare --help --lang nb
check "--lang=nb before the command" speaks nb -- --lang=nb sweep --help
for cmd in run check compare sweep merge default keys fit calibrate erlang staff; do
    check "--lang on $cmd" sh -c "'$lvsim' $cmd --lang nb --help 2>&1 | grep -q '^bruk: lvsim'"
done
# A bad value is a usage error naming it and what is allowed.
check "bad --lang" sh -c "'$lvsim' run --lang de 2> '$work/err'; test \$? -eq 2 &&
    grep -q \"'--lang' must be 'nb' (Norwegian Bokmål) or 'en' (English), got 'de'\" '$work/err'"
check "bad --lang in Norwegian" sh -c "env -u LC_ALL -u LC_MESSAGES LANG=nb_NO.UTF-8 '$lvsim' --lang=xx run 2> '$work/err'; test \$? -eq 2 &&
    grep -q \"'--lang' må være 'nb' (norsk bokmål) eller 'en' (engelsk), fikk 'xx'\" '$work/err'"
check "--lang without a value" sh -c "'$lvsim' run --lang 2> '$work/err'; test \$? -eq 2 && grep -q \"'--lang' needs a value\" '$work/err'"
check "bad --csv-dialect" sh -c "'$lvsim' run --csv-dialect excel 2> '$work/err'; test \$? -eq 2 &&
    grep -q \"got 'excel'\" '$work/err' && grep -q \"'excel-nb'\" '$work/err'"
# After "--" nothing is an option.
check "operands after --" sh -c "'$lvsim' run -- --lang 2> '$work/err'; test \$? -eq 2 && grep -q \"^--lang: error: cannot read\" '$work/err'"

# Diagnostics: the message in Norwegian, the tag word English so editors still find it.
check "diagnostic in nb" sh -c "cd '$src/tests/data/bad' && '$lvsim' check --lang nb area_unknown_centre.yaml 2> '$work/err';
    test \$? -eq 2 && grep -q \"^area_unknown_centre.yaml:8:41: error: ukjent legevakt 'nort' i 'centre' (mente du 'north'?)\$\" '$work/err'"
# The text summary and the calculators in Norwegian numbers.
check "summary in nb" sh -c "'$lvsim' run -r 2 -j 2 --lang nb > '$work/nb.txt' &&
    grep -q '^besvart innen 2 min  *[0-9][0-9]*,[0-9] % ± [0-9]*,[0-9]   mål 80 %' '$work/nb.txt' &&
    grep -q '^innkommende anrop  *[0-9] [0-9][0-9][0-9] ± ' '$work/nb.txt'"
check "erlang in nb" sh -c "'$lvsim' erlang --calls-per-hour 30 --talk 6m --staff 5 --lang nb |
    grep -q '^  besvart innen 2 min (av alle anrop)  *87,9 %\$'"
check "English unchanged" sh -c "'$lvsim' erlang --calls-per-hour 30 --talk 6m --staff 5 |
    grep -q '^  answered within 2 min (of all calls)  *87.9 %\$'"

# The CSV dialects: the same run, both ways, read back to the same values.
check "run --csv rfc4180" "$lvsim" run -r 2 -j 2 -q --csv "$work/rfc" --set horizon=14d
check "run --csv excel-nb" "$lvsim" run -r 2 -j 2 -q --csv "$work/nb" --set horizon=14d --csv-dialect excel-nb
cat > "$work/same.py" <<'EOF'
import csv, io, os, sys
def rows(path, dialect):
    raw = open(path, 'rb').read()
    if dialect == 'excel-nb':
        assert raw.startswith(b'\xef\xbb\xbf'), path + ': no UTF-8 BOM'
        body = raw[3:]
        assert body.count(b'\n') == body.count(b'\r\n') > 0, path + ': not CRLF line ends'
        text = body.decode('utf-8')
        out = []
        for row in csv.reader(io.StringIO(text, newline=''), delimiter=';'):
            out.append([c.replace(',', '.') for c in row])  # decimal comma to point
        return out
    assert not raw.startswith(b'\xef\xbb\xbf') and b'\r' not in raw, path + ': RFC 4180 output changed'
    return list(csv.reader(io.StringIO(raw.decode('utf-8'), newline='')))
a_dir, b_dir = sys.argv[1], sys.argv[2]
names = sorted(os.listdir(a_dir))
assert names == sorted(os.listdir(b_dir)) and names, (names, os.listdir(b_dir))
cells = 0
for name in names:
    a, b = rows(os.path.join(a_dir, name), 'rfc4180'), rows(os.path.join(b_dir, name), 'excel-nb')
    assert a == b, name + ': values differ'
    assert a[0] == b[0] and all(',' not in h and ';' not in h for h in a[0]), name + ': headers'
    cells += sum(len(r) for r in a)
print(len(names), 'files,', cells, 'cells equal')
EOF
check "excel-nb reads back to the rfc4180 values" python3 "$work/same.py" "$work/rfc" "$work/nb"
check "excel-nb has decimal commas" grep -q '^answered_within_target;0,[0-9]*;0,[0-9]*;2' "$work/nb/summary.csv"
# A sweep's points.csv (one axis value with a decimal point), and merge, in both dialects.
cp "$src/tests/data/sweep/fast-base.yaml" "$work/"
cat > "$work/small.yaml" <<'EOF'
name: small sweep
scenario: fast-base.yaml
replications: 2
seed: 3
axes:
  - {key: "centre.operators[0].count", values: [1, 2]}
  - {key: demand.growth, values: [0.5, 1.25]}
metrics: [calls_offered, abandoned, answered_within_target]
EOF
check "sweep rfc4180" "$lvsim" sweep "$work/small.yaml" -o "$work/sweep" -q -j 2
mkdir -p "$work/sweep-rfc" "$work/sweep-nb" "$work/merge-nb"
cp "$work/sweep/points.csv" "$work/sweep-rfc/"
check "sweep excel-nb" "$lvsim" sweep "$work/small.yaml" -o "$work/sweep" -q -j 2 --csv-dialect excel-nb
cp "$work/sweep/points.csv" "$work/sweep-nb/"
check "sweep points.csv reads back the same" python3 "$work/same.py" "$work/sweep-rfc" "$work/sweep-nb"
check "sweep axis value with a decimal comma" grep -q '^[0-9];1;1,25;' "$work/sweep-nb/points.csv"
check "merge excel-nb" "$lvsim" merge "$work/small.yaml" "$work/sweep" -o "$work/merge-nb" --csv-dialect excel-nb
check "merge writes what the sweep wrote" cmp "$work/sweep-nb/points.csv" "$work/merge-nb/points.csv"

echo "lang: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
