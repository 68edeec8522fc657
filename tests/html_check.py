#!/usr/bin/python3
"""html_check.py — opens lvsim HTML reports in headless Chromium (selenium) with the network
disabled and checks them: no console errors, no request but the file itself, every chart's <svg>
present, non-empty and of non-zero rendered size, the given texts present, and (with --json) the
numbers shown equal to those of the results JSON the report was made from.

Usage:
  html_check.py [--expect LANG:TEXT]... FILE.html[=RESULTS.json]...   (one browser for all pages)
  html_check.py --screenshot OUT.png [--pdf OUT.pdf] FILE.html        (a full-page picture; a print)
Exit 0 when every check passes, 1 otherwise (with the failures listed), 2 on bad usage or when
Chromium or selenium is missing: the test fails rather than skips.
"""
import argparse
import base64
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def fail_setup(why):
    print("html_check: " + why, file=sys.stderr)
    sys.exit(2)


try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
except ImportError:
    fail_setup("python3-selenium is not installed (tools/install-deps.sh installs it)")


def find(names):
    for n in names:
        for d in os.environ.get("PATH", "").split(os.pathsep) + ["/usr/bin", "/usr/lib/chromium"]:
            p = os.path.join(d, n)
            if os.access(p, os.X_OK):
                return p
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, ready):
    for _ in range(200):
        try:
            if ready():
                return
        except OSError:
            pass
        time.sleep(0.05)
    fail_setup("%s did not start" % what)


def browser(window="1000,1200", loopback=False):
    """Chromium and chromedriver started here and joined over 127.0.0.1, never "localhost": a
    minimal Debian (debootstrap minbase, a container) may have no /etc/hosts, and then "localhost"
    does not resolve, which is how selenium's Service and chromedriver's own launch reach them.
    loopback: pages may reach 127.0.0.1 (tests/serve_browser.py's lvsim serve); else nothing."""
    chrome = find(["chromium", "chromium-browser", "google-chrome"])
    driver = find(["chromedriver"])
    if not chrome or not driver:
        fail_setup("chromium and chromium-driver are needed (tools/install-deps.sh installs them)")
    profile = tempfile.mkdtemp(prefix="html_check-")
    devtools = free_port()
    flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             # no network: every request goes to a proxy that is not there (loopback included
             # unless asked: a proxy is bypassed for loopback by default)
             "--proxy-server=127.0.0.1:9"] + ([] if loopback else ["--proxy-bypass-list=<-loopback>"]) + [
             "--disable-background-networking", "--disable-component-update", "--no-first-run",
             "--disable-sync", "--disable-default-apps", "--window-size=" + window,
             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=%d" % devtools,
             "--user-data-dir=" + profile, "about:blank"]
    procs = [subprocess.Popen([chrome] + flags, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    wait_for("chromium", lambda: urllib.request.urlopen("http://127.0.0.1:%d/json/version" % devtools, timeout=1).read())
    port = free_port()
    procs.append(subprocess.Popen([driver, "--port=%d" % port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    url = "http://127.0.0.1:%d" % port
    wait_for("chromedriver", lambda: urllib.request.urlopen(url + "/status", timeout=1).read())
    o = webdriver.ChromeOptions()
    o.debugger_address = "127.0.0.1:%d" % devtools
    o.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Remote(command_executor=url, options=o)
    d.helper_processes, d.helper_profile = procs, profile  # stopped by quit_browser
    return d


def quit_browser(d):
    try:
        d.quit()
    finally:
        for p in reversed(d.helper_processes):
            p.terminate()
            p.wait(timeout=10)
        shutil.rmtree(d.helper_profile, ignore_errors=True)


def shown_number(text, lang):
    """The first number of a text as shown: '64,5 %' (nb) or '64.5 %' (en), spaces as thousands."""
    t = text.replace("\u2009", "").replace("\u202f", "").replace("\xa0", "")
    m = re.search(r"[-+\u2212]?\d[\d ]*(?:[.,]\d+)?", t)
    if not m:
        return None
    s = m.group(0).replace(" ", "").replace("\u2212", "-")
    if lang == "nb" or ("," in s and "." not in s):
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def close(a, b, rel=1e-5, absolute=1e-9):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(absolute, rel * max(abs(a), abs(b)))


def estimate(obj, key):
    v = obj.get(key) if isinstance(obj, dict) else None
    return v.get("mean") if isinstance(v, dict) else None


GATHER = """
const q = s => Array.from(document.querySelectorAll(s));
const d = (e, a) => e.getAttribute(a);
return {
  lang: document.documentElement.lang,
  body: document.body.textContent,
  charts: q('svg.chart').map(s => { const b = s.getBoundingClientRect();
                                     return {id: s.id, w: b.width, h: b.height, n: s.childElementCount}; }),
  cells: q('#svg-heatmap g.cell').map(g => ({k: +d(g, 'data-k'), empty: d(g, 'class').includes('empty'),
      v: d(g, 'data-value'), text: g.querySelector('text') ? g.querySelector('text').textContent : null,
      dot: !!g.querySelector('circle')})),
  bars: q('#svg-traffic rect.bar').map(b => ({k: +d(b, 'data-k'), v: d(b, 'data-value')})),
  days: q('#svg-days g.day').map(g => ({date: d(g, 'data-date'), v: d(g, 'data-value')})),
  keys: q('td[data-key]').map(t => ({key: d(t, 'data-key'), v: d(t, 'data-value'), text: t.textContent})),
  diffs: q('g.diff').map(g => ({k: +d(g, 'data-k'), v: d(g, 'data-value')})),
  bands: q('rect.band').map(b => ({k: +d(b, 'data-k'), required: d(b, 'data-required'), planned: d(b, 'data-planned')})),
  bins: q('g.bin').map(g => ({table: d(g, 'data-table'), key: d(g, 'data-key'), v: d(g, 'data-value')})),
  points: q('g.point').map(g => ({point: +d(g, 'data-point'), v: d(g, 'data-value')})),
  hours: q('#svg-timeline g.hour').map(g => ({hour: +d(g, 'data-hour'), attempts: d(g, 'data-attempts'),
      within: d(g, 'data-within'), late: d(g, 'data-late'), abandoned: d(g, 'data-abandoned'), busy: d(g, 'data-busy'),
      height: Array.from(g.querySelectorAll('rect')).reduce((s, r) => s + r.getBBox().height, 0)})),
  phones: q('#svg-timeline g.phone').map(g => ({from: d(g, 'data-from-min'), to: d(g, 'data-to-min'), v: d(g, 'data-value')})),
  queue: q('#svg-timeline path.queue').map(x => d(x, 'data-max')),
  reading: q('#timeline .reading').map(x => x.textContent).join(''),
  lines: q('table.hours tr').map(r => ({hour: +d(r, 'data-hour'), time: r.querySelector('th').textContent,
      text: r.querySelector('td').textContent})),
};
"""


def num(x):
    return None if x in (None, "nan", "-nan") else float(x)


def shown_close(text, lang, want, scale, problems, what):
    """The number shown in text equals want * scale within the rounding of its format."""
    if want is None:
        return
    if re.search(r"\d:\d\d", text):  # m:ss or h:mm:ss
        parts = [int(x) for x in re.findall(r"\d+", text.split("\u00b1")[0])]
        shown = sum(v * 60 ** i for i, v in enumerate(reversed(parts)))
        ok = abs(shown - want) <= 0.51
    else:
        shown = shown_number(text, lang)
        w = want * scale
        ok = shown is not None and abs(shown - w) <= 0.051 + 0.006 * abs(w)
    if not ok:
        problems.append("%s shown as %r, JSON %s" % (what, text, want))


def check_numbers(g, doc, problems):
    """The page's numbers (gathered by GATHER) against the JSON; returns how many were compared."""
    lang, n = g["lang"], 0
    if "axes" in doc and "results" in doc:  # a sweep
        figures = doc["results"][0]["figures"]
        key = "answered_within_target" if "answered_within_target" in figures else next(iter(figures))
        for p in g["points"]:
            want = doc["results"][p["point"]]["figures"][key]["mean"]
            if not close(num(p["v"]), want):
                problems.append("sweep point %d: page %s, JSON %s" % (p["point"], p["v"], want))
            n += 1
        return n
    if doc.get("kind") == "explain":  # one day told
        return check_explain(g, doc, problems)
    if "plan_hours_per_week" in doc:  # a staffing plan
        for b in g["bands"]:
            iv = doc["intervals"][b["k"]]
            for k in ("required", "planned"):
                if not close(num(b[k]), iv[k]):
                    problems.append("staff interval %d %s: page %s, JSON %s" % (b["k"], k, b[k], iv[k]))
                n += 1
        for t in g["keys"]:
            want = doc.get(t["key"])
            if not close(num(t["v"]), want):
                problems.append("%s: page %s, JSON %s" % (t["key"], t["v"], want))
            shown_close(t["text"], lang, want, 100 if "%" in t["text"] else 1, problems, t["key"])
            n += 1
        return n
    if "a" in doc and "b" in doc:  # a comparison
        for x in g["diffs"]:
            want = doc["intervals"][x["k"]]["answered_within_target"]["b_minus_a"]["mean"]
            if not close(num(x["v"]), want):
                problems.append("difference %d: page %s, JSON %s" % (x["k"], x["v"], want))
            n += 1
        for t in g["keys"]:
            _, key, _ = t["key"].split(".")
            want = doc["summary"][key]["b_minus_a"]["mean"]
            if not close(num(t["v"]), want):
                problems.append("%s: page %s, JSON %s" % (t["key"], t["v"], want))
            if key.endswith("_s"):  # a time: "-0:07 ± 0:02"
                shown_close(t["text"].lstrip("+-"), lang, abs(want), 1, problems, key)
                if t["text"][:1] != ("-" if want < 0 else "+") and round(want) != 0:
                    problems.append("%s shown as %r, JSON %s: wrong sign" % (key, t["text"], want))
                n += 1
                continue
            scale = 1 if key in ("calls_per_day", "operators_mean") else 100
            shown = shown_number(t["text"], lang)  # "+1.23 ± 0.45": decimals follow the interval
            m = re.search(r"[.,](\d+)", t["text"].split("\u00b1")[0])
            half_unit = 0.5 * 10 ** -(len(m.group(1)) if m else 0)
            if shown is None or abs(shown - want * scale) > half_unit + 1e-9 * abs(want * scale):
                problems.append("%s shown as %r, JSON %s" % (key, t["text"], want))
            n += 1
        return n
    iv, target = doc["intervals"], doc["target"]["share"]  # a run
    for c in g["cells"]:
        e = iv[c["k"]]
        want = estimate(e, "answered_within_target")
        if c["empty"]:
            if want is not None and (estimate(e, "calls_offered_per_week") or 0) > 0:
                problems.append("heatmap %d grey, but it has calls" % c["k"])
            continue
        if not close(num(c["v"]), want):
            problems.append("heatmap %d: page %s, JSON %s" % (c["k"], c["v"], want))
        if c["text"] is not None:
            shown = shown_number(c["text"], lang)
            if shown is None or abs(shown - want * 100) > 0.5 + 1e-9:
                problems.append("heatmap %d shows %r, JSON %s" % (c["k"], c["text"], want))
        ci = e["answered_within_target"]["ci95"]
        if ci is not None and c["dot"] != (abs(want - target) <= ci):
            problems.append("heatmap %d: marked %s, yet |share - target| <= ci95 is %s" % (c["k"], c["dot"], not c["dot"]))
        n += 1
    for b in g["bars"]:
        want = estimate(iv[b["k"]], "calls_offered_per_week")
        if not close(num(b["v"]), want):
            problems.append("calls bar %d: page %s, JSON %s" % (b["k"], b["v"], want))
        n += 1
    for b in g["bins"]:
        want = estimate(doc[b["table"]], b["key"])
        if not close(num(b["v"]), want):
            problems.append("%s %s: page %s, JSON %s" % (b["table"], b["key"], b["v"], want))
        n += 1
    if "answer_times" in doc and len(g["bins"]) != 2 * len(doc["answer_times"]):
        problems.append("answer-time bins: %d bars for %d bins" % (len(g["bins"]), len(doc["answer_times"])))
    days = {x["date"]: x for x in doc.get("days", [])}
    for x in g["days"]:
        want = estimate(days[x["date"]], "answered_within_target")
        if not close(num(x["v"]), want):
            problems.append("day %s: page %s, JSON %s" % (x["date"], x["v"], want))
        n += 1
    for t in g["keys"]:
        key = t["key"]
        want = estimate(doc["summary"], key.split(".", 1)[1]) if key.startswith("summary.") else doc.get(key)
        if want is None:
            continue
        if not close(num(t["v"]), want):
            problems.append("%s: page %s, JSON %s" % (key, t["v"], want))
        shown_close(t["text"], lang, want, 100 if "%" in t["text"] else 1, problems, key)
        n += 1
    return n


def check_explain(g, doc, problems):
    """An explained day: every hour's bar, the roster's bands, the queue's top, the hour lines and
    the key figures against the JSON; the bars' heights in proportion to their calls."""
    lang, n, hours = g["lang"], 0, doc["hours"]
    if len(g["hours"]) != 24 or len(g["lines"]) != 24:
        problems.append("explain: %d hour bars and %d hour lines, not 24" % (len(g["hours"]), len(g["lines"])))
    per_call = None
    for b in g["hours"]:
        x = hours[b["hour"]]
        for k in ("attempts", "within", "late", "abandoned", "busy"):
            if not close(num(b[k]), x[k]):
                problems.append("hour %d %s: page %s, JSON %s" % (b["hour"], k, b[k], x[k]))
            n += 1
        if x["within"] + x["late"] + x["abandoned"] + x["busy"] != x["attempts"]:
            problems.append("hour %d: the parts do not add up to its calls" % b["hour"])
        if x["attempts"] > 0:  # a bar's height is its calls times one scale
            per_call = per_call or b["height"] / x["attempts"]
            if abs(b["height"] - per_call * x["attempts"]) > 0.5:
                problems.append("hour %d: bar %.1f px high for %d calls" % (b["hour"], b["height"], x["attempts"]))
        elif b["height"] > 0:
            problems.append("hour %d: a bar without calls" % b["hour"])
    if sum(x["attempts"] for x in hours) != doc["attempts"]:
        problems.append("explain: the hours' calls do not add up to the day's")
    if len(g["phones"]) != len(doc["roster"]):
        problems.append("explain: %d phone bands for %d roster bands" % (len(g["phones"]), len(doc["roster"])))
    for b, r in zip(g["phones"], doc["roster"]):
        if not (close(num(b["from"]), r["from_min"]) and close(num(b["to"]), r["to_min"]) and close(num(b["v"]), r["phone"])):
            problems.append("phone band %s: page %s, JSON %s" % (r["from"], b, r))
        n += 1
    if len(doc["queue_per_minute"]) != 1440 or g["queue"] != [str(max(doc["queue_per_minute"]))]:
        problems.append("queue: page top %s, JSON %s" % (g["queue"], max(doc["queue_per_minute"])))
    n += 1
    w = doc["worst_queue_hour"]
    if w >= 0 and hours[w]["queue_max"] >= 2 and shown_number(g["reading"], lang) != hours[w]["queue_max"]:
        problems.append("reading %r: not the longest queue %s" % (g["reading"], hours[w]["queue_max"]))
    for li in g["lines"]:
        m = re.match(r"(\d+) ", li["text"])
        x = hours[li["hour"]]
        if li["time"] != x["from"] + "\u2013" + x["to"] or not m or int(m.group(1)) != x["attempts"]:
            problems.append("hour line %d: %r, JSON %s calls" % (li["hour"], li["text"], hours[li["hour"]]["attempts"]))
        n += 1
    for t in g["keys"]:
        want = doc.get(t["key"])
        if not close(num(t["v"]), want):
            problems.append("%s: page %s, JSON %s" % (t["key"], t["v"], want))
        shown_close(t["text"], lang, want, 1, problems, t["key"])
        n += 1
    return n


def check_page(d, path, json_path, expects, problems):
    url = "file://" + os.path.abspath(path)
    d.get(url)
    g = d.execute_script(GATHER)
    for e in d.get_log("browser"):
        if e.get("level") == "SEVERE":
            problems.append("console: " + e.get("message", ""))
    for e in d.get_log("performance"):
        m = json.loads(e["message"])["message"]
        if m.get("method") == "Network.requestWillBeSent":
            u = m["params"]["request"]["url"]
            if u != url and not u.startswith("data:"):
                problems.append("network request: " + u)
    if not g["charts"]:
        problems.append("no chart")
    for c in g["charts"]:
        if c["w"] <= 0 or c["h"] <= 0 or c["n"] < 3:
            problems.append("chart %s empty or of no size: %s" % (c["id"], c))
    for lang, text in expects:
        if lang == g["lang"] and text not in g["body"]:
            problems.append("%s text missing: %r" % (lang, text))
    n = 0
    if json_path:
        with open(json_path, encoding="utf-8") as f:
            n = check_numbers(g, json.load(f), problems)
        if n == 0:
            problems.append("no number compared with the JSON")
    return len(g["charts"]), n


def main():
    ap = argparse.ArgumentParser(description="Checks lvsim HTML reports in headless Chromium.")
    ap.add_argument("pages", nargs="+", metavar="FILE.html[=RESULTS.json]")
    ap.add_argument("--expect", action="append", default=[], metavar="LANG:TEXT",
                    help="a text every page in language LANG must hold")
    ap.add_argument("--screenshot", metavar="PNG", help="a full-page picture of the first page")
    ap.add_argument("--pdf", metavar="PDF", help="the first page printed (A4)")
    a = ap.parse_args()
    expects = [tuple(e.split(":", 1)) for e in a.expect]
    pages = [p.split("=", 1) if "=" in p else (p, None) for p in a.pages]
    for html, _ in pages:
        if not os.path.isfile(html):
            fail_setup("no file " + html)
    d = browser()
    failed = False
    try:
        for i, (html, js) in enumerate(pages):
            problems = []
            charts, n = check_page(d, html, js, expects, problems)
            if i == 0 and a.screenshot:
                h = d.execute_script("return document.documentElement.scrollHeight")
                d.set_window_size(1000, min(max(h + 40, 600), 16000))
                d.save_screenshot(a.screenshot)
                d.set_window_size(1000, 1200)
            if i == 0 and a.pdf:
                with open(a.pdf, "wb") as f:
                    f.write(base64.b64decode(d.print_page()))
            for p in problems[:40]:
                print("FAIL %s: %s" % (html, p), file=sys.stderr)
            failed = failed or bool(problems)
            if not problems:
                print("ok %s: %d charts, %d numbers equal to the JSON" % (html, charts, n))
    finally:
        quit_browser(d)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
