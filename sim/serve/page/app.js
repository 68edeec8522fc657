// app.js — the workbench's page (docs/workbench.md): the roster as a grid, edits as the overrides
// `lvsim --set` and `--add-staff` take, and the JSON API of lvsim serve. Every word shown comes from
// the server (GET /api/state, the message catalogue); every request carries the token.
"use strict";
(function () {
  const params = new URLSearchParams(location.search);
  const token = params.get("token") || "";
  const dayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays"];
  const st = {lang: params.get("lang") || "", strings: {}, scenario: null, edits: [], grid: null,
              sel: null, anchor: null, centre: 0, run: null, runEdits: null, least: null, yaml: "", busy: false};
  const $ = (id) => document.getElementById(id);
  const t = (key) => st.strings[key] || key;

  async function api(method, path, body) {
    const init = {method: method, headers: {"X-Lvsim-Token": token}};
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const resp = await fetch(path, init);
    let data = null;
    try { data = await resp.json(); } catch (e) { data = {error: String(resp.status)}; }
    return {status: resp.status, data: data};
  }

  function applyStrings() {
    document.documentElement.lang = st.lang;
    document.querySelectorAll("[data-msg]").forEach((el) => { el.textContent = t(el.dataset.msg); });
    document.title = t("title") + " — lvsim";
  }

  function fmtSeconds(x) { // "0,17" on the Norwegian page
    return new Intl.NumberFormat(st.lang === "nb" ? "nb-NO" : "en-GB", {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(x);
  }

  function fmtNumber(x, signed) {
    if (x === null || x === undefined) return "–";
    const nf = new Intl.NumberFormat(st.lang === "nb" ? "nb-NO" : "en-GB",
                                     {minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: signed ? "always" : "auto"});
    return nf.format(100 * x);
  }
  function fmtShare(x) { return fmtNumber(x) + " %"; }
  // a difference of shares, in percentage points
  function fmtPoints(d) { return fmtNumber(d.mean, true) + " ± " + fmtNumber(d.ci95) + " " + t("points"); }
  function clock(min) { return String(Math.floor(min / 60)).padStart(2, "0") + ":" + String(min % 60).padStart(2, "0"); }

  function request(extra) {
    return Object.assign({edits: st.edits.slice(), lang: st.lang, centre: st.centre}, extra || {});
  }

  // ---- the grid ----
  function renderGrid() {
    const g = st.grid, table = $("grid");
    if (!g) return;
    const step = g.interval_minutes, n = g.days[0].count.length;
    const changes = st.run && sameEdits(st.runEdits) && st.runCentre === st.centre ? st.run.intervals : null;
    const adds = st.least ? st.least.add : null;
    let html = "<thead><tr><th></th>";
    for (let k = 0; k < n; k++) html += "<th>" + (k * step % 60 === 0 ? String(k * step / 60).padStart(2, "0") : "") + "</th>";
    html += "</tr></thead><tbody>";
    g.days.forEach((day, d) => {
      html += "<tr><th>" + escapeHtml(day.name) + "</th>";
      for (let k = 0; k < n; k++) {
        let cls = [], attrs = "", title = day.name + " " + clock(k * step) + "–" + clock((k + 1) * step) + ": " + day.count[k];
        if (st.sel && d >= st.sel.d0 && d <= st.sel.d1 && k >= st.sel.k0 && k <= st.sel.k1) cls.push("sel");
        if (changes && d < 7) {
          const h = changes[d * n + k];
          if (h) {
            if (h.changed) cls.push(h.difference.mean > 0 ? "better" : "worse");
            attrs = ' data-a="' + h.a.mean + '" data-b="' + h.b.mean + '" data-diff="' + h.difference.mean +
                    '" data-ci="' + h.difference.ci95 + '" data-changed="' + h.changed + '"';
            title += "\n" + t("within") + ": " + fmtShare(h.a.mean) + " → " + fmtShare(h.b.mean) + " (" +
                     fmtPoints(h.difference) + "; " +
                     t(h.changed ? "changed" : "unchanged") + ")";
          }
        }
        let extra = "";
        if (day.shared[k] || day.floor[k]) extra = '<span class="extra">' + (day.shared[k] ? "+" + day.shared[k] : "") + (day.floor[k] ? "/" + day.floor[k] : "") + "</span>";
        let plus = "";
        if (adds && d < 7 && adds[d][k] > 0) plus = '<span class="plus">+' + adds[d][k] + "</span>";
        html += '<td data-day="' + d + '" data-k="' + k + '" data-count="' + day.count[k] + '"' + attrs +
                (cls.length ? ' class="' + cls.join(" ") + '"' : "") + ' title="' + escapeHtml(title) + '">' +
                day.count[k] + extra + plus + "</td>";
      }
      html += "</tr>";
    });
    table.innerHTML = html + "</tbody>";
    showSelection();
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
  }

  function showSelection() {
    const s = st.sel;
    if (!s || !st.grid) { $("selection").textContent = t("nothing_selected"); return; }
    const step = st.grid.interval_minutes, days = st.grid.days;
    $("selection").textContent = (s.d0 === s.d1 ? days[s.d0].name : days[s.d0].name + "–" + days[s.d1].name) +
      " " + clock(s.k0 * step) + "–" + clock((s.k1 + 1) * step);
  }

  $("grid").addEventListener("click", (ev) => {
    const td = ev.target.closest("td");
    if (!td) return;
    const d = Number(td.dataset.day), k = Number(td.dataset.k);
    if (ev.shiftKey && st.anchor && (d === 7) === (st.anchor.d === 7)) {
      st.sel = {d0: Math.min(d, st.anchor.d), d1: Math.max(d, st.anchor.d), k0: Math.min(k, st.anchor.k), k1: Math.max(k, st.anchor.k)};
    } else {
      st.anchor = {d: d, k: k};
      st.sel = {d0: d, d1: d, k0: k, k1: k};
    }
    renderGrid();
    if (st.run && sameEdits(st.runEdits)) renderResults();
  });

  function staffEdit(delta) {
    const s = st.sel;
    if (!s || !st.grid) return;
    const step = st.grid.interval_minutes;
    const days = s.d0 === 7 ? "holidays" : (s.d0 === s.d1 ? dayCodes[s.d0] : dayCodes[s.d0] + "-" + dayCodes[s.d1]);
    let edit = "add-staff=" + days + " " + clock(s.k0 * step) + "-" + clock((s.k1 + 1) * step) + " " + (delta > 0 ? "+1" : "-1");
    const role = $("role").value;
    if (role) edit += " " + role;
    if (st.scenario.centres.length > 1) edit += " @" + st.scenario.centres[st.centre];
    addEdit(edit);
  }
  $("add").addEventListener("click", () => staffEdit(1));
  $("remove").addEventListener("click", () => staffEdit(-1));

  // ---- edits ----
  function setEdit(prefix, edit) {
    st.edits = st.edits.filter((e) => !e.startsWith(prefix));
    addEdit(edit);
  }
  function addEdit(edit) { st.edits.push(edit); st.least = null; editsChanged(); }

  function centreKey() {
    /* by number: a centre's name may hold "]" or "=" */
    return st.scenario.centre_key === "centre" ? "centre" : "centres[" + st.centre + "]";
  }
  $("growth-apply").addEventListener("click", () => setEdit("demand.growth=", "demand.growth=" + $("growth").value));
  $("away-apply").addEventListener("click", () => { const k = centreKey() + ".away.share="; setEdit(k, k + $("away").value); });
  $("period-apply").addEventListener("click", () => setEdit("demand.periods=",
    "demand.periods=[{from: " + $("period-from").value + ", to: " + $("period-to").value + ", factor: " + $("period-factor").value + "}]"));
  function resetFields() { // the scenario's own values, for the centre chosen
    $("growth").value = st.scenario.growth;
    $("away").value = (st.scenario.away_shares || [])[st.centre] ?? st.scenario.away_share;
  }
  $("clear").addEventListener("click", () => { st.edits = []; st.least = null; resetFields(); editsChanged(); });

  function renderEdits() {
    const ol = $("edits");
    ol.innerHTML = "";
    st.edits.forEach((e, i) => {
      const li = document.createElement("li"), code = document.createElement("code"), b = document.createElement("button");
      code.textContent = e;
      b.type = "button";
      b.textContent = t("undo");
      b.addEventListener("click", () => { st.edits.splice(i, 1); st.least = null; editsChanged(); });
      li.append(code, b);
      ol.append(li);
    });
    $("no-edits").hidden = st.edits.length > 0;
    $("stale").hidden = !st.run || sameEdits(st.runEdits);
  }

  function sameEdits(list) { return list && list.length === st.edits.length && list.every((e, i) => e === st.edits[i]); }

  // the changes' errors (as lvsim check says them), or why a run or plan was not started
  function showErrors(data, notStarted) {
    const box = $("errors");
    if (!data) { box.hidden = true; return; }
    box.hidden = false;
    box.querySelector("p").textContent = t(notStarted && !data.errors ? "not_started" : "errors");
    $("error-text").textContent = data.errors ? data.errors.map((e) => e.text).join("") : data.error;
  }

  async function editsChanged() {
    renderEdits();
    const r = await api("POST", "/api/check", request());
    if (r.status === 200) {
      st.grid = r.data.grid;
      st.yaml = r.data.yaml;
      showErrors(null);
      const w = $("warnings");
      w.hidden = !(r.data.warnings && r.data.warnings.length);
      w.textContent = w.hidden ? "" : r.data.warnings.join("\n");
    } else {
      showErrors(r.data);
    }
    renderGrid();
  }

  // ---- run, least, cancel ----
  function setBusy(busy, what) {
    st.busy = busy;
    $("run").disabled = $("least").disabled = busy;
    $("cancel").disabled = !busy;
    $("status").textContent = busy ? t("running") : "";
  }

  // again: the last run's edits and centre (a new language, or another centre's figures), not the
  // edits made since, which the page marks as not run yet
  async function run(again) {
    if (st.busy) return;
    setBusy(true);
    const edits = again ? st.runEdits.slice() : st.edits.slice(), centre = st.centre;
    const r = await api("POST", "/api/run", request({edits: edits, centre: centre}));
    setBusy(false);
    if (r.status !== 200) { showErrors(r.data, true); return; }
    showErrors(null);
    st.run = r.data;
    st.runEdits = edits;
    st.runCentre = centre;
    st.grid = r.data.grid;
    $("status").textContent = t("seconds").replace("{1}", fmtSeconds(r.data.seconds));
    renderResults();
    renderGrid();
    renderEdits();
  }
  $("run").addEventListener("click", () => run(false));

  $("least").addEventListener("click", async () => {
    if (st.busy) return;
    setBusy(true);
    const r = await api("POST", "/api/staff", request());
    setBusy(false);
    if (r.status !== 200) { showErrors(r.data, true); return; }
    showErrors(null);
    st.least = r.data;
    $("least-box").hidden = false;
    $("least-text").textContent = r.data.edits.length ? r.data.text : t("least_none");
    $("least-apply").hidden = !r.data.edits.length;
    $("status").textContent = t("seconds").replace("{1}", fmtSeconds(r.data.seconds));
    renderGrid();
  });
  $("least-apply").addEventListener("click", () => {
    if (!st.least) return;
    const add = st.least.edits;
    st.least = null;
    $("least-box").hidden = true;
    st.edits = st.edits.concat(add);
    editsChanged();
  });
  $("cancel").addEventListener("click", () => api("POST", "/api/cancel", {}));

  function renderResults() {
    const r = st.run;
    if (!r) return;
    $("results").hidden = false;
    const tb = $("summary").tBodies[0];
    tb.innerHTML = "";
    const row = (label, a, b, d, changed) => {
      const tr = document.createElement("tr");
      [label, fmtShare(a.mean), fmtShare(b.mean), fmtPoints(d), changed].forEach((x) => {
        const td = document.createElement("td"); td.textContent = x; tr.append(td);
      });
      return tr;
    };
    const scope = r.scope ? " (" + r.scope + ")" : ""; // several centres: the chosen one's own callers
    tb.append(row(t("within") + ", " + t("week") + scope, r.week.a, r.week.b, r.week.difference, ""));
    if (st.sel && st.sel.d0 < 7) {
      const n = st.grid.days[0].count.length, h = r.intervals[st.sel.d0 * n + st.sel.k0];
      if (h) {
        const tr = row(t("within") + ", " + st.grid.days[st.sel.d0].name + " " + h.from + "–" + h.to + scope, h.a, h.b, h.difference,
                       t(h.changed ? "changed" : "unchanged"));
        tr.id = "selected-hour";
        tr.dataset.a = h.a.mean; tr.dataset.b = h.b.mean; tr.dataset.diff = h.difference.mean; tr.dataset.ci = h.difference.ci95;
        tb.append(tr);
      }
    }
    // the report's own page, its style kept to itself
    const host = $("report");
    const root = host.shadowRoot || host.attachShadow({mode: "open"});
    root.innerHTML = r.html;
    $("dl-report").disabled = $("dl-tables").disabled = false;
  }

  // ---- downloads: made from what the server sent ----
  function download(name, type, text) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], {type: type}));
    a.download = name;
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  $("dl-scenario").addEventListener("click", () => download("scenario.yaml", "application/yaml", st.yaml));
  $("dl-report").addEventListener("click", () => st.run && download("report.html", "text/html", st.run.html));
  $("dl-tables").addEventListener("click", () => {
    if (!st.run) return;
    download("summary.csv", "text/csv", st.run.csv.summary);
    setTimeout(() => download("intervals.csv", "text/csv", st.run.csv.intervals), 300);
  });

  // ---- language and start ----
  async function load(lang) {
    const r = await api("GET", "/api/state" + (lang ? "?lang=" + encodeURIComponent(lang) : ""));
    if (r.status !== 200) { document.body.textContent = r.data.error; return; }
    st.lang = r.data.lang;
    st.strings = r.data.strings;
    st.scenario = r.data.scenario;
    applyStrings();
    $("scenario-name").textContent = st.scenario.name;
    const sel = $("centre");
    if (!sel.options.length) {
      st.scenario.centres.forEach((c, i) => { const o = document.createElement("option"); o.value = i; o.textContent = c; sel.append(o); });
      $("growth").value = st.scenario.growth;
      $("away").value = st.scenario.away_share;
    }
    $("centre-box").hidden = st.scenario.centres.length < 2;
    if (!st.grid) st.grid = r.data.grid;
  }
  $("centre").addEventListener("change", async () => {
    st.centre = Number($("centre").value);
    st.sel = null;
    $("away").value = (st.scenario.away_shares || [])[st.centre] ?? st.scenario.away_share;
    await editsChanged();
    if (st.run) await run(true); // the grid shows this centre's own figures
  });
  $("lang").addEventListener("click", async () => {
    await load(st.lang === "nb" ? "en" : "nb");
    renderEdits();
    await editsChanged();
    if (st.run) await run(true); // the same results in the other language
  });

  load(st.lang).then(() => editsChanged());
})();
