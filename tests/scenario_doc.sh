#!/bin/sh
# scenario_doc.sh LVSIM [DOC] [--check] — the key reference of docs/scenario.md is generated:
# the text between its BEGIN/END marker comments is what `LVSIM keys --markdown` prints. Without
# --check the file is rewritten in place; with --check it is compared and the script exits 1 when
# it differs, saying how to regenerate it. POSIX sh and awk only.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=${1:?usage: scenario_doc.sh LVSIM [DOC] [--check]}
doc=${2:-docs/scenario.md}
check=${3:-}
begin='<!-- BEGIN lvsim keys --markdown'
end='<!-- END lvsim keys --markdown -->'
tmp=$(mktemp) && ref=$(mktemp) || exit 1
trap 'rm -f "$tmp" "$ref"' EXIT
"$lvsim" keys --markdown > "$ref" || { echo "scenario_doc: '$lvsim keys --markdown' failed" >&2; exit 1; }
grep -q "^$begin" "$doc" && grep -q "^$end" "$doc" || { echo "scenario_doc: $doc has no BEGIN/END markers" >&2; exit 1; }
awk -v begin="$begin" -v end="$end" -v ref="$ref" '
    index($0, begin) == 1 { print; while ((getline line < ref) > 0) print line; skip = 1; next }
    index($0, end) == 1 { skip = 0 }
    !skip { print }' "$doc" > "$tmp" || exit 1
if [ "$check" = "--check" ]; then
    if ! cmp -s "$doc" "$tmp"; then
        echo "FAIL: the key reference in $doc is not what 'lvsim keys --markdown' prints:"
        diff "$doc" "$tmp" | head -30
        echo "regenerate it: cmake --build build && sh tests/scenario_doc.sh build/lvsim docs/scenario.md"
        exit 1
    fi
    echo "ok: $doc's key reference is up to date"
    exit 0
fi
cat "$tmp" > "$doc"
