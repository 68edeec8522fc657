#!/bin/sh
# docs.sh LVSIM SRC — the examples the documentation marks as tested still do what it says.
# In README.md, docs/*.md and the teaching exercises (docs/teaching/*.md in Norwegian,
# docs/teaching/en/*.md in English), a fenced block whose info string is `sh tested` holds
# commands, each on a line starting with "$ ", and under a command the exact standard output it
# prints (none: the command must exit 0). A block `yaml tested` is a scenario: saved under the name its
# first line gives ("# mine.yaml"; else block-N.yaml) for later commands of the same page, and
# checked with `lvsim check` unless that name holds "sweep". Each page runs in a directory of its
# own with `lvsim` on PATH and the source's scenarios/ as ./scenarios.
# In the teaching exercises every number in the prose with a decimal or a time (65,3, 17.7,
# 16:14) must also stand in a tested block of the same page (a command or its output), so a
# solution cannot quote a figure the test does not check; a number that is an input or the
# reader's own arithmetic is listed in a comment `<!-- not from output: 1,4 2,5 -->`.
set -u
lvsim=$1
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$(cd "$(dirname "$lvsim")" && pwd)/$(basename "$lvsim")" "$work/bin/lvsim"
PATH=$work/bin:$PATH
export PATH
passed=0
failed=0
blocks=0

# run_command DIR CMD EXPECTED_FILE PAGE LINE
run_command() {
    (cd "$1" && timeout 60 sh -c "$2") > "$work/out" 2> "$work/err"
    rc=$?
    if [ -s "$3" ]; then
        if cmp -s "$3" "$work/out"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL $4:$5: \$ $2"
            diff "$3" "$work/out" | head -20
        fi
    elif [ $rc -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $4:$5: \$ $2: exit $rc"
        head -5 "$work/err"
    fi
}

for page in "$src"/README.md "$src"/docs/*.md "$src"/docs/teaching/*.md "$src"/docs/teaching/en/*.md; do
    name=${page#"$src"/}
    dir=$work/page-$(echo "$name" | tr '/.' '__')
    mkdir -p "$dir"
    ln -s "$src/scenarios" "$dir/scenarios"
    # one file per tested block: its kind, first line number, then its lines
    awk -v out="$dir/block" '
        !inside && /^```(sh|yaml) tested[ \t]*$/ {
            inside = 1; n++; kind = substr($1, 4); file = out "-" n
            print kind " " NR > file; next
        }
        inside && /^```[ \t]*$/ { inside = 0; close(file); next }
        inside { print > file }
    ' "$page"
    case $name in
    docs/teaching/*)
        unchecked=$(awk '
            /^<!-- not from output:/ { for (i = 5; i < NF; i++) allowed[$i] = 1; next }
            /^```/ { if (inside) inside = 0; else { inside = 1; tested = ($0 ~ /^```sh tested/) }; next }
            inside { if (tested) { blocks = blocks "\n" $0; gsub(/\./, ",", $0); blocks = blocks "\n" $0 }; next }
            { prose = prose " " $0 }
            END {
                gsub(/`[^`]*`/, "", prose)   # code spans name commands and keys, not results
                while (match(prose, /[0-9]+([.,][0-9]+)+|[0-9]+:[0-9][0-9](:[0-9][0-9])?/)) {
                    number = substr(prose, RSTART, RLENGTH); prose = substr(prose, RSTART + RLENGTH)
                    if (!(number in allowed) && index(blocks, number) == 0) print number
                }
            }' "$page" | sort -u | tr '\n' ' ')
        if [ -n "$unchecked" ]; then
            failed=$((failed + 1))
            echo "FAIL $name: numbers in the prose that no tested block shows: $unchecked"
        else
            passed=$((passed + 1))
        fi
        ;;
    esac
    for block in $(ls "$dir"/block-* 2> /dev/null | sort -t- -k2 -n); do
        blocks=$((blocks + 1))
        read -r kind start < "$block"
        if [ "$kind" = yaml ]; then
            file=$(sed -n '2s/^# *\([A-Za-z0-9_.-]*\.yaml\).*/\1/p' "$block")
            [ -n "$file" ] || file=$(basename "$block").yaml
            sed 1d "$block" > "$dir/$file"
            case $file in
            *sweep*) passed=$((passed + 1)) ;;
            *) run_command "$dir" "lvsim check $file" /dev/null "$name" "$start" ;;
            esac
            continue
        fi
        # commands and what they print
        cmd="" line=0 at=$start
        : > "$work/expected"
        while IFS= read -r text; do
            at=$((at + 1))
            case $text in
            '$ '*)
                [ -n "$cmd" ] && run_command "$dir" "$cmd" "$work/expected" "$name" "$line"
                cmd=${text#'$ '} line=$at
                : > "$work/expected"
                ;;
            *) printf '%s\n' "$text" >> "$work/expected" ;;
            esac
        done <<EOF
$(sed 1d "$block")
EOF
        [ -n "$cmd" ] && run_command "$dir" "$cmd" "$work/expected" "$name" "$line"
    done
done
echo "docs: $blocks tested blocks, $passed checks passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$blocks" -gt 0 ]
