#!/bin/sh
# check-layers.sh [SOURCE_DIR] — the library's dependencies point down only.
# The library is layered (LAYERS below, lowest first); sim/<layer>/ holds a layer's sources and
# internal headers, include/lvsim/<module>.h the public headers, each assigned a layer by MODULES.
# Every #include "..." in sim/ and include/lvsim/ must name a header of the same or a lower layer,
# public headers must not include internal ones, and the modules of one layer must not include
# each other in a cycle. Tools (thin main()s) may include any public header but no internal one;
# tests may include anything (a unit test may reach an internal header) and are not checked.
# POSIX sh and awk only (a fresh Debian has no python3). Exit 0, or 1 with file:line messages.

LAYERS="base engine scenario model report study serve"

# Public header include/lvsim/<module>.h -> its layer. A new public header must be added here.
MODULES="
diag base
date base
units base
messages base
version base
calendar engine
rng engine
dist engine
stats engine
override scenario
scenario scenario
model model
trace model
summary report
compare report
explain report
output report
html report
report report
run study
evaluate study
sweep study
fit study
calibrate study
erlang study
shifts study
staff study
serve serve
"

root=${1:-.}
cd "$root" || { echo "check-layers: cannot enter '$root'" >&2; exit 1; }
if [ ! -d sim ] || [ ! -d include/lvsim ]; then
    echo "check-layers: '$root' has no sim/ or include/lvsim/" >&2
    exit 1
fi

# Every file the check covers, one a line; what is where it should not be is reported by awk.
files=$(find sim include/lvsim tools -type f \( -name '*.c' -o -name '*.h' \) 2>/dev/null | LC_ALL=C sort)
if [ -z "$files" ]; then
    echo "check-layers: no sources under '$root'" >&2
    exit 1
fi
missing_readme=""
for d in sim/*/; do
    d=${d%/}
    [ -f "$d/README.md" ] || missing_readme="$missing_readme $d"
done

# Lines "FILE<TAB>LINE<TAB>TARGET" for each #include "TARGET", then "FILE<TAB>0<TAB>" for each file
# (so files without includes are still checked for where they live).
{
    for f in $files; do
        printf '%s\t0\t\n' "$f"
        awk -v f="$f" '/^[ \t]*#[ \t]*include[ \t]*"/ {
            t = $0; sub(/^[^"]*"/, "", t); sub(/".*$/, "", t); printf "%s\t%d\t%s\n", f, FNR, t }' "$f"
    done
} | awk -F '\t' -v layers="$LAYERS" -v modules="$MODULES" -v missing_readme="$missing_readme" '
function fail(msg) { print msg; errors++ }
# The layer and module of a checked file; "" (after a message) if it is misplaced.
function place(f,    n, p) {
    n = split(f, p, "/")
    if (p[1] == "tools")
        return "client"
    if (p[1] == "include") {
        mod = p[3]; sub(/\.h$/, "", mod)
        if (!(mod in layer_of)) {
            fail(f ": public header of module \047" mod "\047, which is not in the module map of tools/check-layers.sh")
            return ""
        }
        return layer_of[mod]
    }
    if (n != 3 || !(p[2] in rank)) {
        fail(f ": not in a layer folder (sim/<layer>/, layers: " layers ")")
        return ""
    }
    mod = p[3]; sub(/\.[ch]$/, "", mod)
    return p[2]
}
# A DFS over the same-layer module graph; prints each cycle found once.
function visit(m,    i, j, k, a, b, path) {
    colour[m] = 1
    stack[++depth] = m
    for (k = 1; k <= nout[m]; k++) {
        i = out[m, k]
        if (colour[i] == 1) {
            path = i
            for (j = depth; j >= 1 && stack[j] != i; j--) ;
            for (; j <= depth; j++) path = path " -> " ((j < depth) ? stack[j + 1] : i)
            fail("cycle between modules of layer \047" layer_of_node[m] "\047: " path)
            for (j = depth; j >= 1 && stack[j] != i; j--) ;
            for (; j <= depth; j++) {
                a = stack[j]; b = (j < depth) ? stack[j + 1] : i
                print "    " where[a, b] ": \047" a "\047 includes \047" b "\047"
            }
        } else if (colour[i] == 0)
            visit(i)
    }
    depth--
    colour[m] = 2
}
BEGIN {
    nl = split(layers, L, " ")
    for (i = 1; i <= nl; i++) rank[L[i]] = i
    nm = split(modules, M, "\n")
    for (i = 1; i <= nm; i++) {
        if (split(M[i], w, " ") != 2) continue
        if (!(w[2] in rank)) { fail("tools/check-layers.sh: module \047" w[1] "\047 is in unknown layer \047" w[2] "\047"); continue }
        layer_of[w[1]] = w[2]
    }
    n = split(missing_readme, R, " ")
    for (i = 1; i <= n; i++) fail(R[i] "/: no README.md saying what the layer holds and what it may include")
}
{
    file = $1; line = $2; target = $3
    if (!(file in seen)) { seen[file] = 1; files++; flayer[file] = place(file); fmod[file] = mod }
    if (line == 0 || flayer[file] == "") next
    includes++
    from = flayer[file]
    n = split(target, p, "/")
    if (from == "client") {
        if (n == 2 && (p[1] in rank))
            fail(file ":" line ": includes the internal header \047" target "\047; tools use the public headers (lvsim/X.h)")
        next
    }
    if (n == 2 && p[1] == "lvsim") {
        tmod = p[2]; sub(/\.h$/, "", tmod)
        if (!(tmod in layer_of)) {
            fail(file ":" line ": includes \047" target "\047, a public header not in the module map of tools/check-layers.sh")
            next
        }
        to = layer_of[tmod]
    } else if (n == 2 && (p[1] in rank)) {
        if (file ~ /^include\//) {
            fail(file ":" line ": public header includes the internal header \047" target "\047")
            next
        }
        tmod = p[2]; sub(/\.h$/, "", tmod)
        to = p[1]
        if (system("test -f sim/" target) != 0) {
            fail(file ":" line ": includes \047" target "\047, which is not sim/" target)
            next
        }
    } else {
        fail(file ":" line ": includes \047" target "\047: write public headers as \"lvsim/X.h\", internal ones as \"<layer>/X.h\"")
        next
    }
    if (rank[to] > rank[from]) {
        fail(file ":" line ": \047" file "\047 includes \047" target "\047 from a higher layer \047" to "\047 (\047" file "\047 is in \047" from "\047; layers from the bottom: " layers ")")
        next
    }
    if (to == from && tmod != fmod[file]) {
        a = fmod[file]
        if (!((a, tmod) in where)) {
            where[a, tmod] = file ":" line
            out[a, ++nout[a]] = tmod
            layer_of_node[a] = from
            layer_of_node[tmod] = to
        }
        nodes[a] = 1
    }
}
END {
    for (m in nodes) if (colour[m] == 0) visit(m)
    if (errors) {
        print "check-layers: " errors " problem(s); dependencies must point down the layers: " layers
        exit 1
    }
    print "check-layers: " files " files, " includes " includes, layers " layers ": dependencies point down"
}'
