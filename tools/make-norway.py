#!/usr/bin/env python3
"""make-norway.py — writes scenarios/norway.yaml, the national scenario: 96 legevaktsentraler.

Everything a centre has in common (holidays, demand profiles, call types, patience, redials, the
clinical side, walk-ins, announcement, backup doctor, how time away is taken) is copied from
scenarios/default.yaml, so the national scenario and the default make the same assumptions.

Five centres are real: Oslo, Trondheim, Haugesund, Karasjok and Nordfjordeid, taken as they are
from their named-centre scenarios in scenarios/centres/ (roster, doctors, calibrated time away,
calls per inhabitant), so that the national run shows them at their published shares. The other
91 are synthetic and named so: nine large ones sized like real cities ("Bergen (synthetic)"), the
rest a lognormal ladder of populations ("LV07") scaled so the country has 5.5 million people.

A synthetic centre's phone staff per schedule band is max(1, ceil(peak offered load / u)), where
the offered load is the busiest hour's first attempts × the mean handling time and u, the
occupancy the plan accepts, grows with size and differs from centre to centre by a fixed,
documented sequence (not random):

    u = u0 + u1 * log10(population / 30000) + spread * (frac(i * 0.618034) - 0.5)

Its share of on-duty time away from the phone (breaks, documentation; the default's
`centre.away`) is

    away = a0 + a1 * log10(population / 30000) + a_spread * (frac(i * 0.414214) - 0.5)

In centres under 50 000 people the phone staff are shared nurses (phone and floor work); larger
ones have dedicated operators plus floor nurses (a third, at least one). Doctors: one at night;
by day max(1, population / 100 000), evenings and weekends max(1, population / 60 000), rounded.

The parameters are calibrated so that a simulated year gives the published national figures
(63 % answered within 2 minutes; 37 / 50 / 9 centres at >= 80 / 51-79 / <= 50 %; just under 3.2
million calls): docs/national.md. Run from the project root:
    python3 tools/make-norway.py > scenarios/norway.yaml
Needs python3-yaml (only to regenerate; the scenario is committed).
"""
import argparse
import json
import math
import os
import re

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TOTAL_POPULATION = 5_500_000
CENTRES = 96
# The real centres: named-centre scenario and the population it serves (as its file states).
REAL = [("oslo", "Oslo", 700000), ("trondheim", "Trondheim", 220000), ("haugesund", "Haugesund", 110000),
        ("karasjok", "Karasjok", 2600), ("nordfjordeid", "Nordfjordeid", 25000)]
# Synthetic large centres, sized like the cities whose names they carry (estimates).
LARGE = [("Bergen", 290000), ("Stavanger", 240000), ("Drammen", 170000), ("Kristiansand", 150000),
         ("Fredrikstad", 135000), ("Tønsberg", 120000), ("Ålesund", 95000), ("Hamar", 90000),
         ("Tromsø", 80000)]
BANDS = {"weekdays": [(0, 8), (8, 15), (15, 21), (21, 24)], "weekends": [(0, 8), (8, 21), (21, 24)]}
PLAIN = re.compile(r"^([A-Za-z_][A-Za-z0-9_ .%-]*|[0-9][0-9.]*(%|[hms][0-9hms.]*))$")


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def merged(base, over):
    """extends semantics: mappings merge key by key, everything else is replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = merged(base.get(k), v)
        return out
    return over


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    s = str(v)
    if PLAIN.match(s) and s not in ("true", "false", "null", "yes", "no", "on", "off"):
        return s
    return json.dumps(s, ensure_ascii=False)


def flow(v):
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (k, flow(x)) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    return scalar(v)


def block(v, indent):
    """Mappings of mappings as blocks, lists of mappings one item a line, the rest in flow style."""
    pad = " " * indent
    lines = []
    for k, x in v.items():
        if isinstance(x, dict) and any(isinstance(y, (dict, list)) for y in x.values()):
            lines.append("%s%s:" % (pad, k))
            lines += block(x, indent + 2)
        elif isinstance(x, list) and x and all(isinstance(y, dict) for y in x):
            lines.append("%s%s:" % (pad, k))
            lines += ["%s  - %s" % (pad, flow(y)) for y in x]
        else:
            lines.append("%s%s: %s" % (pad, k, flow(x)))
    return lines


def inverse_normal(p):
    """Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9)."""
    a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
         1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
         6.680131188771972e+01, -1.328068155288572e+01]
    c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
         -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    if p < 0.02425:
        q = math.sqrt(-2 * math.log(p))
        return (((((c[0]*q+c[1])*q+c[2])*q+c[3])*q+c[4])*q+c[5]) / ((((d[0]*q+d[1])*q+d[2])*q+d[3])*q+1)
    if p > 1 - 0.02425:
        return -inverse_normal(1 - p)
    q = p - 0.5
    r = q * q
    return (((((a[0]*r+a[1])*r+a[2])*r+a[3])*r+a[4])*r+a[5])*q / (((((b[0]*r+b[1])*r+b[2])*r+b[3])*r+b[4])*r+1)


def seconds(text):
    """A duration as the scenario files write it (1m30s, 5m, 2h) in seconds."""
    total = 0.0
    for n, unit in re.findall(r"([0-9.]+)\s*([hms])", str(text)):
        total += float(n) * {"h": 3600, "m": 60, "s": 1}[unit]
    return total


def share(v):
    return float(v[:-1]) / 100 if isinstance(v, str) and v.endswith("%") else float(v)


def handling_s(calls):
    """Mean handling time of a first attempt: talk mean + after-call work, weighted by the call mix."""
    total = 0.0
    for t in calls["types"]:
        total += share(t["share"]) * (seconds(t["talk"]["mean"]) + seconds(t.get("after_call", "0s")))
    return total


def ladder(count, population, sigma):
    xs = [math.exp(sigma * inverse_normal((i + 0.5) / count)) for i in range(count)]
    scale = population / sum(xs)
    return [round(x * scale / 100) * 100 for x in sorted(xs, reverse=True)]


def synthetic_centre(name, pop, i, base, args, rate, demand, handling):
    u = max(0.2, args.u0 + args.u1 * math.log10(pop / 30000) + args.spread * (((i + 1) * 0.618034) % 1 - 0.5))
    away = args.a0 + args.a1 * math.log10(pop / 30000) + args.a_spread * (((i + 1) * 0.414214) % 1 - 0.5)
    away = min(0.9, max(0.0, away))
    per_year = rate * pop
    week_weight = 5 + 2 * demand["weekend_factor"]
    operators = []
    for days, bands in BANDS.items():
        profile = demand["profile_weekday" if days == "weekdays" else "profile_weekend"]
        day_calls = per_year / 52.18 / week_weight * (1 if days == "weekdays" else demand["weekend_factor"])
        for lo, hi in bands:
            peak = max(profile[lo:hi]) / sum(profile) * day_calls
            n = max(1, math.ceil(peak * handling / 3600 / u))
            band = {"days": days, "from": "%02d:00" % lo, "to": "%02d:00" % hi}
            if pop < 50000:
                band["shared"] = n
            else:
                band["count"] = n
                band["floor"] = max(1, round(n / 3))
            operators.append(band)
    day, evening = max(1, round(pop / 100000)), max(1, round(pop / 60000))
    doctors = []
    for days, bands in (("weekdays", [(0, 8, 1), (8, 15, day), (15, 23, evening), (23, 24, 1)]),
                        ("weekends", [(0, 8, 1), (8, 23, evening), (23, 24, 1)])):
        doctors += [{"days": days, "from": "%02d:00" % lo, "to": "%02d:00" % hi, "count": n} for lo, hi, n in bands]
    centre = {k: v for k, v in base.items() if k not in ("name", "operators", "doctors")}
    centre = {"name": name, **centre, "operators": operators, "doctors": doctors}
    centre["away"] = merged(base.get("away", {}), {"share": "%.1f%%" % (100 * away)})
    return centre, "%d inhabitants, u = %.2f, away %.1f %%" % (pop, u, 100 * away)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--u0", type=float, default=0.60)
    ap.add_argument("--u1", type=float, default=0.18)
    ap.add_argument("--spread", type=float, default=1.00)
    ap.add_argument("--a0", type=float, default=0.06)
    ap.add_argument("--a1", type=float, default=0.03)
    ap.add_argument("--a-spread", type=float, default=0.30)
    ap.add_argument("--sigma", type=float, default=0.75)
    ap.add_argument("--rate", type=float, default=0.52, help="first attempts per inhabitant and year (synthetic centres)")
    ap.add_argument("--replications", type=int, default=4)
    args = ap.parse_args()

    default = load(os.path.join(ROOT, "scenarios", "default.yaml"))
    demand = default["demand"]
    handling = handling_s(default["calls"])
    real = []
    for stem, name, pop in REAL:
        s = load(os.path.join(ROOT, "scenarios", "centres", stem + ".yaml"))
        centre = merged(default["centre"], s["centre"])
        centre["name"] = name
        real.append((name, pop, centre, s["demand"]["calls_per_year"] / pop, stem))
    small = [p for _, p, _, _, _ in real if p < 80000]
    rest = CENTRES - len(REAL) - len(LARGE)
    fixed = sum(p for _, p, _, _, _ in real) + sum(p for _, p in LARGE)
    pops = ladder(rest, TOTAL_POPULATION - fixed, args.sigma)
    synthetic = [("%s (synthetic)" % n, p) for n, p in LARGE]
    synthetic += [("LV%02d" % (i + 1), p) for i, p in enumerate(pops)]
    assert len(synthetic) + len(real) == CENTRES and len(small) == 2

    out = ["# scenarios/norway.yaml — all 96 legevaktsentraler of Norway (2023), one simulated year.",
           "# Generated by tools/make-norway.py (u0 %.3f, u1 %.3f, spread %.3f, a0 %.3f, a1 %.3f,"
           % (args.u0, args.u1, args.spread, args.a0, args.a1),
           "# a_spread %.3f, sigma %.2f, rate %.3f): do not edit; change the generator, scenarios/default.yaml"
           % (args.a_spread, args.sigma, args.rate),
           "# or scenarios/centres/ and regenerate.",
           "# Five centres are real (from scenarios/centres/), the other 91 synthetic and named so.",
           "# docs/national.md: the rule and the calibration.",
           "name: Norge, 96 legevaktsentraler (5 real, 91 synthetic)",
           "start: 2023-01-02",
           "horizon: 365d",
           "warmup: 1d",
           "replications: %d" % args.replications,
           "seed: 2023"]
    common = {k: default[k] for k in ("target", "interval", "holidays") if k in default}
    out += block(common, 0)
    dem = {k: v for k, v in demand.items() if k != "calls_per_year"}
    dem = {"calls_per_inhabitant": args.rate, **dem}
    out += block({"demand": dem}, 0)
    out += block({k: default[k] for k in ("calls", "clinical", "walk_ins") if k in default}, 0)
    out.append("centres:")
    areas = []
    for name, pop, centre, rate, stem in real:
        out.append("  # real: scenarios/centres/%s.yaml (%d inhabitants, %.3f first attempts each)" % (stem, pop, rate))
        out += ["  - " + block(centre, 4)[0].lstrip()] + block(centre, 4)[1:]
        areas.append({"name": name, "population": pop, "centre": name, "calls_per_inhabitant": round(rate, 6)})
    base = default["centre"]
    for i, (name, pop) in enumerate(synthetic):
        centre, note = synthetic_centre(name, pop, i, base, args, args.rate, demand, handling)
        out.append("  # synthetic: " + note)
        out += ["  - " + block(centre, 4)[0].lstrip()] + block(centre, 4)[1:]
        areas.append({"name": name, "population": pop, "centre": name})
    out.append("areas:")
    out += ["  - " + flow(a) for a in areas]
    print("\n".join(out))


if __name__ == "__main__":
    main()
