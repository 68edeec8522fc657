#!/bin/sh
# bad_input.sh LVSIM DIR — every DIR/*.yaml is a broken scenario with the exact diagnostics
# `lvsim check` must print in DIR/*.expected. check and run must both exit 2, and run must leave
# no output file behind. Each call runs under `timeout` and, where the build allows (not under
# AddressSanitizer), a 1 GiB memory limit, so a hang or a blow-up fails the test.
set -u
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
lvsim=$1
dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit_kb=1048576
(ulimit -v $limit_kb && "$lvsim" --version) > /dev/null 2>&1 || limit_kb=unlimited
limited() { (ulimit -v $limit_kb; exec timeout -s KILL 60 "$lvsim" "$@"); }
passed=0
failed=0
cd "$dir" || exit 1
for f in *.yaml; do
    name=${f%.yaml}
    ok=1
    limited check "$f" > "$work/out" 2> "$work/err"
    rc=$?
    if [ "$rc" -ne 2 ]; then
        echo "FAIL $f: lvsim check exited $rc, want 2"
        ok=0
    elif ! cmp -s "$work/err" "$name.expected"; then
        echo "FAIL $f: messages differ from $name.expected:"
        diff "$name.expected" "$work/err" | head -20
        ok=0
    fi
    limited run "$f" -q -o "$work/$name.json" --csv "$work/$name-csv" > /dev/null 2>&1
    rc=$?
    if [ "$rc" -ne 2 ]; then
        echo "FAIL $f: lvsim run exited $rc, want 2"
        ok=0
    fi
    if [ -e "$work/$name.json" ] || [ -e "$work/$name-csv" ] || ls "$work" | grep -q '\.tmp\.'; then
        echo "FAIL $f: lvsim run left output behind"
        ok=0
    fi
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "bad_input: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
