#!/bin/sh
# golden.sh — fixed-seed golden outputs of the shipped scenarios: each case below is run and its
# text summary, JSON and chosen CSV tables must equal tests/golden/CASE/ byte for byte, so that a
# refactor (a new dispatcher, a report model) proves its results unchanged.
#
# Usage: tests/golden.sh LVSIM SRC            compare (exit 1 and show the diff on any difference)
#        tests/golden.sh --update LVSIM SRC   rewrite tests/golden/ from the current code
#
# Updating is legitimate only when a change is meant to alter results (a model change, a new or
# renamed figure, a changed output layout); say so in the commit message. A refactor must pass
# without it. The runs are made from SRC with relative scenario paths, so the "source" fields do
# not depend on the checkout; the version string is replaced by VERSION, so a release does not
# churn the files. Nothing else is normalised: every number must match.
set -eu
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English

update=0
if [ "${1:-}" = "--update" ]; then
    update=1
    shift
fi
[ $# -eq 2 ] || { echo "usage: $0 [--update] LVSIM SRC" >&2; exit 2; }
lvsim=$1
src=$2
case $lvsim in /*) ;; *) lvsim=$(pwd)/$lvsim ;; esac
cd "$src"
golden=tests/golden
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lvsim-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0

# normalise FILE: the version is the only field allowed to differ.
normalise() {
    sed -e 's/^lvsim [0-9][0-9.]*[^ ]* ·/lvsim VERSION ·/' \
        -e 's/"lvsim_version":\([[:space:]]*\)"[^"]*"/"lvsim_version":\1"VERSION"/' "$1" >"$1.n"
    mv "$1.n" "$1"
}

# golden_case NAME "KEEP" LVSIM-ARGS...: runs lvsim with the arguments (output into $out) and
# keeps summary.txt plus the files named in KEEP (result.json, csv/NAME.csv).
golden_case() {
    name=$1
    keep=$2
    shift 2
    out=$tmp/$name
    mkdir -p "$out/csv"
    if ! "$lvsim" "$@" >"$out/summary.txt" 2>"$out/stderr"; then
        echo "FAIL $name: lvsim $* failed" >&2
        cat "$out/stderr" >&2
        failed=1
        return
    fi
    for f in summary.txt $keep; do
        [ -f "$out/$f" ] || { echo "FAIL $name: $f not written" >&2; failed=1; return; }
        normalise "$out/$f"
    done
    if [ $update -eq 1 ]; then
        rm -rf "${golden:?}/$name"
        for f in summary.txt $keep; do
            mkdir -p "$(dirname "$golden/$name/$f")"
            cp "$out/$f" "$golden/$name/$f"
        done
        echo "updated $golden/$name"
        return
    fi
    # Every golden file must be produced, and nothing kept may lack a golden.
    expected=$(cd "$golden/$name" 2>/dev/null && find . -type f | sed 's|^\./||' | sort)
    produced=$(printf '%s\n' summary.txt $keep | sort)
    if [ "$expected" != "$produced" ]; then
        echo "FAIL $name: golden files differ from the files compared" >&2
        echo "  golden:   $(echo $expected)" >&2
        echo "  compared: $(echo $produced)" >&2
        failed=1
        return
    fi
    same=1
    for f in summary.txt $keep; do
        if ! cmp -s "$golden/$name/$f" "$out/$f"; then
            echo "FAIL $name: $f differs from $golden/$name/$f (first 20 lines of the diff):" >&2
            diff -u "$golden/$name/$f" "$out/$f" | head -20 >&2 || true
            same=0
            failed=1
        fi
    done
    [ $same -eq 0 ] || echo "ok $name"
}

j="-j 2"
# The built-in default scenario: every output, all CSV tables.
golden_case default \
    "result.json csv/summary.csv csv/intervals.csv csv/urgencies.csv csv/sites.csv csv/areas.csv csv/days.csv" \
    run scenarios/default.yaml -r 3 $j -o "$tmp/default/result.json" --csv "$tmp/default/csv"
# Erlang A: a phone queue only, the full 100 days.
golden_case erlang-e5 "result.json" \
    run scenarios/erlang-e5.yaml -r 3 $j -o "$tmp/erlang-e5/result.json"
# Two centres pooled: per centre and per area, and the per-centre interval table.
golden_case pooling-two-centres \
    "result.json csv/sites.csv csv/areas.csv csv/site_intervals.csv" \
    run scenarios/pooling-two-centres.yaml -r 3 $j -o "$tmp/pooling-two-centres/result.json" \
    --csv "$tmp/pooling-two-centres/csv"
# A main centre with three satellites.
golden_case three-satellites "result.json csv/sites.csv csv/areas.csv" \
    run scenarios/three-satellites.yaml -r 3 $j -o "$tmp/three-satellites/result.json" \
    --csv "$tmp/three-satellites/csv"
# All 96 centres for four weeks: the CSV tables (the JSON is 4.6 MB).
golden_case norway \
    "csv/summary.csv csv/intervals.csv csv/urgencies.csv csv/sites.csv csv/areas.csv csv/days.csv csv/site_intervals.csv csv/overloaded_centres.csv" \
    run scenarios/norway.yaml -r 1 --set horizon=28d $j --csv "$tmp/norway/csv"
# A paired comparison with an override (the table; the JSON is 0.9 MB).
golden_case compare-growth "" \
    compare scenarios/default.yaml --set-b demand.growth=1.1 -r 3 $j
# The default scenario in Norwegian: the text summary (words and numbers, "65,4 % ± 11,9") and
# CSV tables for a Norwegian spreadsheet (--csv-dialect excel-nb: BOM, ';', decimal comma, CRLF).
golden_case default-nb "csv/summary.csv csv/days.csv" \
    run scenarios/default.yaml -r 3 $j --lang nb --csv-dialect excel-nb --csv "$tmp/default-nb/csv"
# A comparison in Norwegian.
golden_case compare-growth-nb "" \
    compare scenarios/default.yaml --set-b demand.growth=1.1 -r 3 $j --lang nb
# The HTML report of fixed small results (tests/data/html/): byte-identical pages, both languages.
golden_case html-run-en "report.html" report tests/data/html/run.json -o "$tmp/html-run-en/report.html"
golden_case html-run-nb "report.html" report tests/data/html/run.json --lang nb -o "$tmp/html-run-nb/report.html"
golden_case html-staff "report.html" report tests/data/html/staff.json -o "$tmp/html-staff/report.html"
# One day told (explain --json of the default with queue_capacity 6: busy signals too), both languages.
golden_case html-explain-en "report.html" report tests/data/html/explain.json -o "$tmp/html-explain-en/report.html"
golden_case html-explain-nb "report.html" report tests/data/html/explain.json --lang nb -o "$tmp/html-explain-nb/report.html"

if [ $failed -ne 0 ]; then
    echo "golden outputs differ; if the change is meant to alter results, run" >&2
    echo "  tests/golden.sh --update $lvsim $src   and say why in the commit" >&2
    exit 1
fi
