#!/bin/sh
# calibrate-centres.sh LVSIM [STEM...] — recalibrates the one unknown of each named-centre scenario
# (scenarios/centres/STEM.yaml: centre.away.share) to its published share answered within 2 minutes,
# and writes the fitted value and its interval into the file. Run from the project root after a
# change to scenarios/default.yaml (which every named centre extends) or to the model; then
# regenerate the national scenario (tools/make-norway.py), which copies these centres.
set -eu
lvsim=${1:?usage: tools/calibrate-centres.sh LVSIM [STEM...]}
shift
[ $# -gt 0 ] || set -- oslo trondheim haugesund karasjok nordfjordeid
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM

published() {
    case $1 in
    oslo) echo 0.21 ;; trondheim) echo 0.29 ;; haugesund) echo 0.77 ;;
    karasjok) echo 0.94 ;; nordfjordeid) echo 0.91 ;;
    *) echo "calibrate-centres.sh: no published share for '$1'" >&2; exit 2 ;;
    esac
}

for stem in "$@"; do
    file=scenarios/centres/$stem.yaml
    target=$(published "$stem")
    "$lvsim" calibrate "$file" --match answered_within_target="$target" \
        --vary centre.away.share=0%..60% -j 2 -o "$out/$stem.yaml" > "$out/$stem.txt"
    # "fitted       centre.away.share = 47.35 % ± 1.30 % (95 %, delta method)"
    fitted=$(sed -n 's/^ *fitted *centre\.away\.share = \([0-9.]*\) % ± \([0-9.]*\) %.*/\1 \2/p' "$out/$stem.txt")
    [ -n "$fitted" ] || { cat "$out/$stem.txt" >&2; echo "calibrate-centres.sh: $stem: no fit" >&2; exit 1; }
    percent=${fitted% *}
    half=${fitted#* }
    value=$(awk -v p="$percent" 'BEGIN { printf "%.4f", p / 100 }')
    shown=$(awk -v p="$percent" -v h="$half" 'BEGIN { printf "%.1f %% ± %.1f points", p, h }')
    awk -v value="$value" -v shown="$shown" -v today="$(date -u +%Y-%m-%d)" '
        /^  away:/ { away = 1 }
        away && /^    share: / && !done { sub(/share: .*/, "share: " value); done = 1 }
        /# fitted .* points/ { sub(/fitted .* points/, "fitted " shown) }
        /CALIBRATED to the published/ { sub(/on [0-9-]+ with/, "on " today " with") }
        { print }' "$file" > "$out/new.yaml"
    cat "$out/new.yaml" > "$file"
    printf '%-13s %s  (%s)\n' "$stem" "$value" "$shown"
done
