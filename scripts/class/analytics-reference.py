#!/usr/bin/env python3
"""Independent reference for the class item analytics (lib/class/analytics): reads attempts
JSON, prints per item (first attempt per student) difficulty, point-biserial discrimination
against the rest score (scipy.stats.pointbiserialr), median time (numpy), attempts, MCQ option rates, wrong-name counts and
right/wrong point counts, as JSON.

Run: /usr/bin/python3 scripts/class/analytics-reference.py tests/fixtures/class/attempts.json
"""
import json
import sys

import numpy as np
from scipy.stats import pointbiserialr

rows = json.load(open(sys.argv[1]))
first = {}
for r in sorted(rows, key=lambda r: r["answeredAt"]):
    first.setdefault((r["itemId"], r["studentId"]), r)
students = sorted({s for _, s in first})
items = sorted({i for i, _ in first})
right = {s: sum(first[(i, s)]["correct"] for i in items if (i, s) in first) for s in students}
total = {s: sum(1 for i in items if (i, s) in first) for s in students}
out = {}
for i in items:
    fs = [first[(i, s)] for s in students if (i, s) in first]
    x, y = [], []
    for r in fs:
        s = r["studentId"]
        if total[s] < 2:
            continue
        x.append(int(r["correct"]))
        y.append((right[s] - int(r["correct"])) / (total[s] - 1))
    disc = None
    if len(x) >= 3 and np.var(x) > 0 and np.var(y) > 0:
        disc = float(pointbiserialr(x, y).statistic)
    times = [r["durationMs"] / 1000 for r in fs if r["durationMs"] is not None]
    out[i] = {
        "attempts": sum(1 for r in rows if r["itemId"] == i),
        "students": len(fs),
        "difficulty": float(np.mean([r["correct"] for r in fs])),
        "discrimination": disc,
        "medianTimeS": float(np.median(times)) if times else None,
    }
    kinds = {r["answer"]["kind"] for r in fs}
    if "mcq" in kinds:
        opts = [o for r in fs for o in r["answer"]["selected"]]
        out[i]["optionRates"] = {str(o): opts.count(o) / len(fs) for o in sorted(set(opts))}
    if "name" in kinds:
        wrong = [r["answer"]["structure"] for r in fs if not r["correct"]]
        out[i]["wrongNames"] = {("null" if w is None else w): wrong.count(w) for w in set(wrong)}
    if kinds & {"point", "landmark"}:
        out[i]["pointsRight"] = sum(r["correct"] for r in fs)
        out[i]["pointsWrong"] = sum(not r["correct"] for r in fs)
print(json.dumps(out))
