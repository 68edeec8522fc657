#!/usr/bin/python3
"""serve_browser.py — the workbench in a real browser (docs/workbench.md): starts `lvsim serve`,
opens its address in headless Chromium (network off but loopback, as tests/html_check.py), adds a
nurse on Monday 17:00-18:00 in the grid, runs, and checks that the hour's share answered within
target changed as the paired comparison says — the page's A, B and B - A equal those of
`lvsim compare --add-staff` of the same change, and the hour is marked better exactly when the
difference exceeds twice its interval; then switches to Norwegian, downloads the edited scenario
and has `lvsim check` accept it. With --screenshot FILE it saves a picture of the page after the run.
Usage: serve_browser.py LVSIM [--screenshot FILE]   Exit 0 pass, 1 fail, 77 when Chromium is absent.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


# Chromium, chromedriver and selenium as tests/html_check.py starts them; skipped without them.
if not (shutil.which("chromium") or os.access("/usr/lib/chromium/chromium", os.X_OK)) or \
        not (shutil.which("chromedriver") or os.access("/usr/lib/chromium/chromedriver", os.X_OK)):
    print("serve_browser: chromium and chromium-driver are absent: skipped", file=sys.stderr)
    sys.exit(77)
try:
    from selenium.webdriver.common.by import By
except ImportError:
    print("serve_browser: python3-selenium is absent: skipped", file=sys.stderr)
    sys.exit(77)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import html_check  # noqa: E402  (after the checks above: it exits 2 without Chromium)

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


def wait_until(what, ready, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        try:
            v = ready()
            if v:
                return v
        except Exception:  # the page may be between states
            pass
        time.sleep(0.05)
    raise RuntimeError("timed out waiting for " + what)


def browser(downloads):
    """html_check's browser with loopback reachable (lvsim serve), its downloads saved in downloads."""
    d = html_check.browser(window="1280,1500", loopback=True)
    d.command_executor._commands["cdp"] = ("POST", "/session/$sessionId/goog/cdp/execute")
    d.execute("cdp", {"cmd": "Browser.setDownloadBehavior", "params": {"behavior": "allow", "downloadPath": downloads}})
    return d


def main():
    lvsim = os.path.abspath(sys.argv[1])
    shot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    tmp = tempfile.mkdtemp(prefix="serve_browser-")
    server = subprocess.Popen([lvsim, "serve", "--port", "0", "--lang", "en"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    d = None
    try:
        line = server.stdout.readline()
        m = re.search(r"(http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{32})", line)
        if not m:
            raise RuntimeError("lvsim serve printed no address: " + line + server.stderr.read())
        url = m.group(1)
        d = browser(tmp)
        d.get(url)
        wait_until("the grid", lambda: d.find_elements(By.CSS_SELECTOR, "#grid td[data-day='0'][data-k='17']"))
        check(d.find_element(By.TAG_NAME, "h1").text == "Planner's workbench", "English title")
        cell = lambda: d.find_element(By.CSS_SELECTOR, "#grid td[data-day='0'][data-k='17']")
        before = int(cell().get_attribute("data-count"))
        cell().click()
        check(d.find_element(By.ID, "selection").text.endswith("17:00–18:00"), "selection shown")
        d.find_element(By.ID, "add").click()
        wait_until("the edit", lambda: int(cell().get_attribute("data-count")) == before + 1)
        edits = [e.text for e in d.find_elements(By.CSS_SELECTOR, "#edits code")]
        check(edits == ["add-staff=mon 17:00-18:00 +1"], "the edit as --add-staff: %r" % edits)
        # the hours around were not touched: the band was split
        check(int(d.find_element(By.CSS_SELECTOR, "#grid td[data-day='0'][data-k='16']").get_attribute("data-count")) <= before,
              "the band split at 17:00")
        d.find_element(By.ID, "run").click()
        wait_until("the run", lambda: d.find_elements(By.ID, "selected-hour") and cell().get_attribute("data-diff"), 60)
        a, b, diff, ci = (float(cell().get_attribute(k)) for k in ("data-a", "data-b", "data-diff", "data-ci"))
        # the same change on the command line: the same seeds, so the same numbers
        cmp_json = os.path.join(tmp, "cmp.json")
        subprocess.run([lvsim, "compare", "default", "--add-staff", "mon 17:00-18:00 +1", "-q", "-o", cmp_json], check=True)
        row = [r for r in json.load(open(cmp_json))["intervals"] if r["weekday"] == "Mon" and r["start"] == "17:00"][0]
        w = row["answered_within_target"]
        for name, page, cli in (("A", a, w["a"]["mean"]), ("B", b, w["b"]["mean"]), ("B - A", diff, w["b_minus_a"]["mean"]),
                                ("its interval", ci, w["b_minus_a"]["ci95"])):
            check(abs(page - cli) < 1e-9, "Mon 17:00 %s: page %r, lvsim compare %r" % (name, page, cli))
        check(abs((b - a) - diff) < 1e-9, "B - A is B minus A")
        check(diff > 2 * ci, "one more nurse at Mon 17:00 clearly raises the hour's share (%.3f ± %.3f)" % (diff, ci))
        check("better" in (cell().get_attribute("class") or ""), "the hour is marked better")
        check(d.execute_script("return document.getElementById('report').shadowRoot.querySelectorAll('svg').length") > 0,
              "the report's charts are drawn")
        if shot:
            d.set_window_size(1280, 1500)
            d.save_screenshot(shot)
        # Norwegian
        d.find_element(By.ID, "lang").click()
        wait_until("Norwegian", lambda: d.execute_script("return document.documentElement.lang") == "nb"
                   and d.find_element(By.TAG_NAME, "h1").text == "Planleggerens arbeidsbenk")
        wait_until("the report in Norwegian", lambda: "Laget av lvsim" in d.execute_script(
            "return document.getElementById('report').shadowRoot.textContent"), 60)
        check(d.find_element(By.CSS_SELECTOR, "#grid tbody tr:first-child th").text == "man", "weekdays in Norwegian")
        # download the edited scenario; lvsim check accepts it and it holds the change
        d.find_element(By.ID, "dl-scenario").click()
        path = os.path.join(tmp, "scenario.yaml")
        wait_until("the download", lambda: os.path.exists(path) and os.path.getsize(path) > 0)
        time.sleep(0.3)
        r = subprocess.run([lvsim, "check", path], capture_output=True, text=True)
        check(r.returncode == 0, "lvsim check of the download: %s" % r.stderr)
        run_dl = subprocess.run([lvsim, "run", path, "-q", "-o", os.path.join(tmp, "dl.json")])
        check(run_dl.returncode == 0, "lvsim run of the download")
        dl = json.load(open(os.path.join(tmp, "dl.json")))
        hour = [r for r in dl["intervals"] if r["weekday"] == "Mon" and r["start"] == "17:00"][0]
        check(abs(hour["answered_within_target"]["mean"] - b) < 1e-9, "the download runs as B")
        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, "console errors: %r" % errors)
        # several centres: time away is set for the chosen one, named by number ("]" or "=" may be
        # in a name), and the loader takes the edit
        src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scenarios", "pooling-two-centres.yaml")
        two = subprocess.Popen([lvsim, "serve", src, "--port", "0", "--lang", "en"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        try:
            m2 = re.search(r"(http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{32})", two.stdout.readline())
            check(m2 is not None, "lvsim serve of two centres printed its address")
            if m2:
                d.get(m2.group(1))
                wait_until("two centres", lambda: len(d.find_elements(By.CSS_SELECTOR, "#centre option")) == 2)
                from selenium.webdriver.support.ui import Select
                Select(d.find_element(By.ID, "centre")).select_by_index(1)
                away = d.find_element(By.ID, "away")
                away.clear()
                away.send_keys("0.3")
                d.find_element(By.ID, "away-apply").click()
                wait_until("the edit", lambda: d.find_elements(By.CSS_SELECTOR, "#edits code"))
                edits = [e.text for e in d.find_elements(By.CSS_SELECTOR, "#edits code")]
                check(edits == ["centres[1].away.share=0.3"], "time away of the second centre: %r" % edits)
                time.sleep(0.5)  # the check of the edit
                check(d.find_element(By.ID, "errors").get_attribute("hidden") is not None,
                      "the edit is accepted: %r" % d.find_element(By.ID, "error-text").text)
        finally:
            two.terminate()
            two.wait(timeout=10)
    finally:
        if d:
            html_check.quit_browser(d)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            failures.append("lvsim serve did not stop on SIGTERM")
        shutil.rmtree(tmp, ignore_errors=True)
    if server.returncode != 0:
        failures.append("lvsim serve exited %r on SIGTERM" % server.returncode)
    if failures:
        print("serve_browser: %d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("serve_browser: edit, run, paired figures, Norwegian and download all work in Chromium")
    return 0


if __name__ == "__main__":
    sys.exit(main())
