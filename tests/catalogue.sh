#!/bin/sh
# catalogue.sh — user-facing texts come from the message catalogue (sim/base/messages.c). In the
# files below no diagnostic is made from a format string (lv_diags_add, lv__error_at: use the
# catalogue's lv_diags_msg and lv__error_msg), and no call that prints or formats a text (the
# printf family, fputs, puts) holds an English word in a string literal. Words of syntax are
# allowed: file names, JSON and CSV keys, option names, the program's name and commands. A
# statement building input or output syntax carries the comment "syntax, not a message" on it or
# on the line above ("not a message" also marks lv__error_at passing on its caller's text).
# Usage: catalogue.sh SOURCE_DIR
set -u
src=${1:?usage: catalogue.sh SOURCE_DIR}
files="sim/base/yamldoc.c sim/base/diag.c sim/scenario/scenario.c sim/scenario/schema.c sim/base/date.c sim/base/units.c sim/scenario/compose.c
       sim/scenario/override.c sim/model/model.c sim/study/sweep.c sim/study/fit.c sim/study/run.c sim/study/evaluate.c tools/lvsim.c tools/bench.c
       sim/report/summary.c sim/report/report.c sim/report/figures.c sim/report/output.c sim/report/compare.c"
status=0
for f in $files; do
    awk -v file="$f" '
    BEGIN { calls = "(^|[^A-Za-z0-9_])(v?s?n?f?printf|fputs|puts|perror|lv_diags_add|lv__error_at)[ \t]*\\(" }
    {
        line = $0
        # block comments (a text that opens one is never in a literal in these files)
        if (in_comment) {
            if (index(line, "*/") == 0) next
            line = substr(line, index(line, "*/") + 2); in_comment = 0
        }
        marker = index(line, "not a message") > 0
        while ((c = index(line, "/*")) > 0) {
            rest = substr(line, c + 2)
            if ((e = index(rest, "*/")) == 0) { line = substr(line, 1, c - 1); in_comment = 1; break }
            line = substr(line, 1, c - 1) substr(rest, e + 2)
        }
        if (line ~ /^[ \t]*#/) next
        if (!collecting && line ~ calls && line !~ /^(void|static|int|char)[ \t]/) {
            collecting = 1; start = NR; stmt = ""; exempt = marked_before
        }
        marked_before = marker
        if (collecting) {
            stmt = stmt line "\n"; exempt = exempt || marker
            if (line ~ /;[ \t]*$/ || line ~ /\{[ \t]*$/) { collecting = 0; check(stmt, start, exempt) }
        }
    }
    function check(s, at, exempt,    lits, t, words, w, n, i, bad) {
        if (exempt) return
        if (s ~ /(^|[^A-Za-z0-9_])(lv_diags_add|lv__error_at)[ \t]*\(/) {
            printf "%s:%d: a diagnostic from a format string; use lv_diags_msg or lv__error_msg\n", file, at
            failed = 1
        }
        lits = ""
        while (match(s, /"([^"\\]|\\.)*"/)) {
            lits = lits " " substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, RSTART + RLENGTH)
        }
        gsub(/\\./, " ", lits)                                   # escapes: \n, \t, \"
        gsub(/%[-+ #0-9.*]*(hh|h|ll|l|L|z|j|t)?[a-zA-Z%]/, " ", lits) # conversions
        gsub(/--[A-Za-z][-A-Za-z]*/, " ", lits)                  # option names
        n = split(lits, words, /[^A-Za-z0-9_]+/)
        bad = ""
        for (i = 1; i <= n; i++) {
            w = words[i]
            if (length(w) < 2 || w ~ /[0-9_]/) continue             # identifiers, keys like ci95
            if (w ~ /^(lvsim|run|check|compare|sweep|merge|default)$/) continue  # the program, its commands
            if (w ~ /^(tmp|XXXXXX|csv|json|jsonl|part|points|point|status)$/) continue  # file names, keys
            bad = bad " " w
        }
        if (bad != "") { printf "%s:%d: English in a literal (%s ); use the catalogue\n", file, at, bad; failed = 1 }
    }
    END { exit failed }' "$src/$f" || status=1
done
[ $status = 0 ] && echo "catalogue: no English literal in the converted files"
exit $status
