#!/usr/bin/env python3
"""tests/many_centres.py N [HORIZON] - a scenario of N copies of one small centre, each with its own
area of 20 000 inhabitants, on stdout: for measuring memory and cost per centre (docs/performance.md,
"Memory"; tests/memory.sh). Calls per inhabitant as in scenarios/norway.yaml."""
import sys

n = int(sys.argv[1])
horizon = sys.argv[2] if len(sys.argv) > 2 else "28d"
print(f"""name: {n} small centres
start: 2026-01-05
horizon: {horizon}
warmup: 1d
replications: 1
seed: 1
demand: {{calls_per_inhabitant: 0.52, day_variation: 0.10}}
calls:
  types:
    - {{name: all, share: 100%, talk: {{dist: lognormal, mean: 4m, sd: 2m}}, after_call: 1m}}
  patience: {{dist: weibull, mean: 8m, shape: 1.2}}
  redial: {{probability: 70%, delay: {{dist: exponential, mean: 5m}}}}
centres:""")
for i in range(n):
    print(f"""  - name: Centre {i + 1}
    operators:
      - {{days: all, from: "00:00", to: "08:00", count: 1}}
      - {{days: all, from: "08:00", to: "24:00", count: 2}}""")
print("areas:")
for i in range(n):
    print(f"  - {{name: Area {i + 1}, population: 20000, centre: Centre {i + 1}}}")
