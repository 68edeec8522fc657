#!/bin/sh
# html.sh — the HTML report end to end (docs/output.md, "HTML report"): the default scenario's
# run in en and nb, a comparison, a staffing plan, a sweep and an explained day (en, nb) are rendered and opened in headless
# Chromium with the network disabled (tests/html_check.py): no console error, no request, every
# chart drawn, the key texts of each language, and the numbers shown equal to the JSON's. Then:
# `run --html` gives the same bytes as `report` of the JSON run -o wrote (one path), rendering is
# deterministic, and bad input is refused with exit 2 and nothing written.
# Needs chromium, chromium-driver and python3-selenium (tools/install-deps.sh): fails without.
# Usage: tests/html.sh LVSIM SRC
set -u
lvsim=$1
src=$2
py=/usr/bin/python3
[ -x "$py" ] || py=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lvsim-html.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0
fail() {
    echo "FAIL: $*" >&2
    failed=1
}

cd "$tmp" || exit 1
"$lvsim" run -r 3 --seed 1 -q -o run.json --html run-en.html || fail "run --html"
"$lvsim" report run.json --lang nb -o run-nb.html || fail "report --lang nb"
"$lvsim" compare default --set-b 'centre.operators[2].count=4' -r 3 --seed 1 -q -o cmp.json --html cmp.html \
    || fail "compare --html"
# Only losses: the reading names the largest loss, never a "largest gain" of -22 points.
"$lvsim" compare default --set-b demand.growth=1.3 -r 10 --seed 1 -q --html loss.html || fail "compare of growth"
grep -q 'Largest loss: ' loss.html || fail "a comparison with only losses does not name its largest loss"
grep -q 'Largest gain: [^,]*, -' loss.html && fail "a loss called the largest gain"
"$lvsim" staff "$src/scenarios/default.yaml" -r 2 --seed 1 --json staff.json --html staff.html --lang nb >/dev/null \
    || fail "staff --html"
cat >sweep.yaml <<EOF
name: operators x growth
scenario: $src/scenarios/default.yaml
replications: 2
seed: 1
axes:
  - {key: "centre.operators[2].count", values: [2, 4]}
  - {key: demand.growth, values: [1.0, 1.2]}
metrics: [answered_within_target, abandoned]
EOF
# Days across a new year keep their year in the day chart's labels ("01-06" would come twice).
"$lvsim" run -q -r 2 --set horizon=730d --html two-years.html || fail "a two-year run"
grep -q '>2027-01-0[0-9]<\|>2026-12-[0-9][0-9]<' two-years.html || fail "a two-year day chart labels its days without the year"
"$lvsim" run -q -r 2 --set horizon=28d --html month.html || fail "a 28-day run"
grep -q '>01-06<' month.html || fail "a day chart within one year no longer labels MM-DD"
"$lvsim" sweep sweep.yaml -o sweep -q || fail "sweep"
# A sweep whose 90th percentile is beyond the histogram's cap: the page writes it as points.csv
# does, "> 14400", never as a plain (or scientific) number.
printf '%s\n' 'scenario: default' 'replications: 2' \
    'set: ["horizon=3d", "warmup=1d", "calls.patience={dist: exponential, mean: 1000h}"]' \
    'metrics: [answer_time_p90_s]' 'axes:' '  - {key: demand.growth, values: [1, 10]}' > censored.yaml
"$lvsim" sweep censored.yaml -o censored -q && "$lvsim" report censored/points.json -o censored.html || fail "censored sweep"
grep -q 'data-value="14400">&gt; 14400<' censored.html || fail "a censored sweep figure is not written '> 14400'"
grep -q 'e+0' censored.html && fail "a sweep page writes a number in scientific notation"
printf '%s\n' 'scenario: default' 'replications: 2' 'set: ["horizon=2d", "warmup=1d"]' 'axes:' \
    '  - {key: demand.growth, values: [1.04, 1.5]}' > comma.yaml
"$lvsim" sweep comma.yaml -o comma -q && "$lvsim" report comma/points.json --lang nb -o comma.html || fail "comma sweep"
grep -q '>1,04<' comma.html && ! grep -q '>1\.04<' comma.html || fail "a Norwegian sweep page writes 1.04 with a point"
"$lvsim" report sweep/points.json -o sweep.html || fail "report of a sweep"
"$lvsim" explain --set centre.queue_capacity=6 --json day.json --html day-en.html >/dev/null || fail "explain --html"
"$lvsim" report day.json --lang nb -o day-nb.html || fail "report of an explained day"
"$lvsim" report day.json -o again.html && cmp -s day-en.html again.html || fail "explain --html differs from report of its JSON"

# One path: the page run --html wrote is the page of the JSON run -o wrote; twice the same bytes.
"$lvsim" report run.json -o again.html && cmp -s run-en.html again.html || fail "run --html differs from report of its JSON"
"$lvsim" report run.json -o again.html && cmp -s run-en.html again.html || fail "rendering twice differs"
grep -q '<html lang="nb">' run-nb.html || fail "nb page without lang=nb"
grep -q '<html lang="en">' run-en.html || fail "en page without lang=en"
grep -q "B − A" cmp.html || fail "the comparison without B − A"

# In the browser. The run's pages: their texts and every number against the JSON.
"$py" "$src/tests/html_check.py" run-en.html=run.json run-nb.html=run.json --pdf run.pdf \
    --expect "en:Key figures" --expect "en:answered within 2 min" --expect "en:The week hour by hour" \
    --expect "en:callers who hung up" --expect "en:urgency red" \
    --expect "nb:Hovedtall" --expect "nb:besvart innen 2 min" --expect "nb:Uken time for time" \
    --expect "nb:innringere som la på" --expect "nb:legevaktsentral" --expect "nb:hastegrad rød" \
    --expect "nb:sykebesøk" --expect "nb:bakvakt" || fail "run pages in the browser"
[ -s run.pdf ] && head -c 5 run.pdf | grep -q '%PDF-' || fail "the page does not print"
"$py" "$src/tests/html_check.py" cmp.html=cmp.json staff.html=staff.json sweep.html=sweep/points.json \
    --expect "en:Made by lvsim" --expect "nb:Bemanningsplan" --expect "nb:Laget av lvsim" \
    || fail "compare, staff and sweep pages in the browser"
"$py" "$src/tests/html_check.py" day-en.html=day.json day-nb.html=day.json \
    --expect "en:The day's timeline" --expect "en:The queue peaked at" --expect "en:Hour by hour" \
    --expect "en:busy signal" --expect "nb:Dagens tidslinje" --expect "nb:Køen var lengst med" \
    --expect "nb:Time for time" --expect "nb:opptattsignal" || fail "explained day in the browser"

# Bad input: exit 2, a message naming the file and the place, nothing written or replaced.
printf '{\n "summary": {,\n}\n' >bad.json
echo keep >out.html
"$lvsim" report bad.json -o out.html 2>err.txt
[ $? -eq 2 ] || fail "bad JSON: exit status not 2"
grep -q "bad.json: not valid JSON at line 2, column 1[45]" err.txt || fail "bad JSON: message: $(cat err.txt)"
[ "$(cat out.html)" = keep ] || fail "bad JSON replaced the output"
echo '{"x": 1}' >other.json
"$lvsim" report other.json -o new.html 2>err.txt
[ $? -eq 2 ] && [ ! -e new.html ] || fail "JSON of no lvsim command: not refused"
"$lvsim" report missing.json -o new.html 2>err.txt
[ $? -eq 2 ] && [ ! -e new.html ] && grep -q "missing.json" err.txt || fail "missing input: not refused"
"$lvsim" report run.json --lang xx -o new.html 2>err.txt
[ $? -eq 2 ] && [ ! -e new.html ] || fail "--lang xx: not refused"
"$lvsim" report run.json 2>err.txt
[ $? -eq 2 ] || fail "report without -o: not refused"
"$lvsim" report run.json -o /dev/null 2>err.txt
[ $? -eq 1 ] && [ -c /dev/null ] || fail "a device as output: not refused"
ls ./*.tmp.* >/dev/null 2>&1 && fail "temporary files left behind"
# a FIFO as input is refused at once, not waited on
mkfifo fifo.json
timeout 10 "$lvsim" report fifo.json -o fifo.html 2>err.txt
[ $? -eq 2 ] && grep -q "fifo.json.*not a regular file" err.txt && [ ! -e fifo.html ] || fail "a FIFO as input: $(cat err.txt)"

# An overloaded run: a censored quantile (a lower bound, docs/output.md) is shown as the text shows
# it, "> 4:00:00", and a value beyond a chart's axis is marked there, not clipped silently.
"$lvsim" run --set demand.growth=3 --set horizon=7d -r 2 --seed 1 -q --html over.html || fail "overloaded run --html"
grep 'summary.home_visit_response_p90_s' over.html | grep -q '&gt; 4:00:00' \
    || fail "a censored home-visit 90th percentile shown as exact"
grep -q '<title>90th percentile: &gt; 4:00:00</title>' over.html || fail "a censored wait's chart label shown as exact"
grep -q 'class="beyond' over.html || fail "values beyond the axis clipped without a mark"

# Overload warnings: the page says what the text's first lines say, in a box under the title, for
# one centre's overloaded hours and for overloaded centres of many, in both languages.
warning_matches() { # TEXT HTML: the text's second line is the page's warning, words for words
    want=$(sed -n 2p "$1" | sed 's/  */ /g')
    got=$(grep -A1 'class="warning"' "$2" | sed -n 2p | sed 's/<[^>]*>//g; s/: / /')
    [ -n "$want" ] && [ "$want" = "$got" ]
}
"$lvsim" run -r 2 --seed 1 --set horizon=7d --set calls.patience=none \
    --set 'centre.operators=[{days: all, from: "00:00", to: "24:00", count: 1, floor: 1}]' --html one.html >one.txt \
    || fail "an overloaded centre's run --html"
warning_matches one.txt one.html || fail "the page of an overloaded run does not warn as the text does"
"$lvsim" run "$src/scenarios/norway.yaml" --set horizon=14d -r 2 --lang nb -o norway.json >norway.txt \
    || fail "norway run"
"$lvsim" report norway.json --lang nb -o norway.html || fail "report of norway"
warning_matches norway.txt norway.html || fail "the page of overloaded centres does not warn as the text does"
grep -q 'class="warning"' run-en.html && fail "a run that drains warns of overload"

# A comparison of 3 replications names no hours that changed, as the text does (give -r 10 or more),
# and colours no bar better or worse.
grep -q '3 replications are too few to tell which hours of the week changed; give -r 10 or more' cmp.html \
    || fail "a comparison of 3 replications tells hours apart"
grep 'class="diff"' cmp.html | grep -q 'fill="#2166ac"\|fill="#b35806"' && fail "a comparison of 3 replications colours hours"

# The heat map's worst hour is the text's first worst hour (one that stands out from the week, not
# merely the lowest), and where none stands out it says so as the text does.
"$lvsim" run -r 3 --seed 1 >run.txt || fail "run"
worst=$(grep '^worst hours' run.txt | sed 's/^worst hours *//; s/,.*//')
hours=$(echo "$worst" | awk '{print $2}')
share=$(echo "$worst" | awk '{print $3 " " $4}')
[ -n "$hours" ] && grep -q "Worst hour: [A-Za-z]* $hours, $share answered" run-en.html \
    || fail "the page's worst hour is not the text's ($worst)"
grep -q '^verste timer *ingen skiller seg ut' norway.txt && grep -q 'Verste timer: ingen skiller seg ut' norway.html \
    || fail "the page names a worst hour where the text says none stands out"

# The comparison says what B is: --set-b's changes in the JSON (b_changes), the page and the text.
grep -q '"b_changes":[[:space:]]*"centre.operators\[2\].count=4"' cmp.json || fail "the comparison's JSON without b_changes"
grep -q '<p class="changes">B&#39;s changes: centre.operators\[2\].count=4' cmp.html || fail "the comparison page does not say what B is"
"$lvsim" compare default --set-b 'centre.operators[2].count=4' --add-staff 'sat 10:00-14:00 +1' -r 2 --seed 1 \
    >cmp.txt || fail "compare"
grep -q "^B's changes: centre.operators\[2\].count=4; add-staff=sat 10:00-14:00 +1\$" cmp.txt \
    || fail "the comparison's text does not say what B is"

# The explained day's footer says the page is one day of one replication, not means with intervals.
grep -q '<footer>[^<]*one day of one replication' day-en.html || fail "the explained day's footer does not say it is one day"
grep -q '<footer>[^<]*mean over replications' day-en.html && fail "the explained day's footer speaks of means over replications"
grep -q '<footer>[^<]*én dag av én replikasjon' day-nb.html || fail "the explained day's nb footer does not say it is one day"

# Numbers: a seed is an identifier (no thousands separator), no needless ".0" in calls a day, hours
# a week or the comparison's axis.
grep -q 'frø 2023' norway.html || fail "the nb page writes the seed 2023 with a thousands separator"
grep -q '>[0-9  ]*[0-9]\{3\},0<' norway.html && fail "calls a day of 100 or more with a needless ,0"
grep -q '>[+-]\{0,1\}[0-9]*\.0</text>' cmp.html && fail "the comparison's axis labels with a needless .0"
grep -q 'hours_per_week" data-value="[^"]*">[0-9  ]*[0-9]\{3\},0<' staff.html && fail "hours a week with a needless ,0"

# Each legend's swatch is drawn as its line: the same colour, width and dashes (the traffic chart's
# doctors and shared nurses, the staffing plan's lines).
"$py" - run-en.html staff.html <<'PYEOF' || fail "a legend swatch not drawn as its line"
import re, sys
bad = 0
for path in sys.argv[1:]:
    page = open(path, encoding="utf-8").read()
    def style(tag):
        return tuple(re.search(r'%s="([^"]*)"' % a, tag).group(1) if re.search(r'%s="([^"]*)"' % a, tag) else ""
                     for a in ("stroke", "stroke-width", "stroke-dasharray"))
    lines = {m.group(1): style(m.group(0)) for m in re.finditer(r'<polyline class="series" data-series="([^"]*)"[^>]*', page)}
    legends = {m.group(1): style(m.group(0)) for m in re.finditer(r'<line class="legend" data-series="([^"]*)"[^>]*', page)}
    for key, want in lines.items():
        if legends.get(key) != want:
            print("%s: %s drawn %s, its legend %s" % (path, key, want, legends.get(key)), file=sys.stderr)
            bad = 1
    if not lines:
        print("%s: no series lines" % path, file=sys.stderr)
        bad = 1
sys.exit(bad)
PYEOF

[ $failed -eq 0 ] && echo "html: every report renders, checks in Chromium, and bad input is refused"
exit $failed
