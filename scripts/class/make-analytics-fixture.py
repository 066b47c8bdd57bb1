#!/usr/bin/env python3
"""Writes tests/fixtures/class/attempts.json: a synthetic class (seeded, no real students) of
30 students answering 8 items, with retries, for the analytics check. Ability drives most items;
item "neg" is answered right mostly by weak students (negative discrimination), "easy" by all.

Run: /usr/bin/python3 scripts/class/make-analytics-fixture.py
"""
import json
import random
from pathlib import Path

rng = random.Random(21)
ITEMS = [
    ("click-putamen", "click"), ("click-caudate", "click"), ("landmark-nasion", "landmark"),
    ("mcq-ventricles", "mcq"), ("name-thalamus", "name"), ("name-caudate", "name"),
    ("easy", "mcq"), ("neg", "click"),
]
rows = []
for s in range(30):
    sid = f"s{s:02d}"
    ability = rng.random()
    for item, kind in ITEMS:
        for k in range(rng.choice([1, 1, 1, 2])):
            if item == "easy":
                correct = True
            elif item == "neg":
                correct = rng.random() > ability
            else:
                correct = rng.random() < 0.2 + 0.7 * ability
            if kind in ("click", "landmark"):
                cx, cy = (20.0, -10.0) if correct else (35.0, 5.0)
                answer = {"kind": "point" if kind == "click" else "landmark",
                          "pointMm": [round(cx + rng.gauss(0, 3), 2), round(cy + rng.gauss(0, 3), 2), 12.0],
                          "slice": 90}
            elif kind == "mcq":
                answer = {"kind": "mcq", "selected": [1] if correct else [rng.choice([0, 2, 3])]}
            else:
                answer = {"kind": "name", "structure": None if not correct and rng.random() < 0.2
                          else ("thalamus" if correct else rng.choice(["putamen", "caudate", "putamen"]))}
            rows.append({
                "studentId": sid, "itemId": item, "itemType": kind, "correct": correct,
                "score": 100 if correct else 0, "answer": answer,
                "durationMs": None if rng.random() < 0.1 else rng.randint(2000, 60000),
                "answeredAt": f"2026-03-0{1 + k}T{10 + s % 10:02d}:{rng.randint(0, 59):02d}:00.000Z",
            })
out = Path(__file__).resolve().parents[2] / "tests/fixtures/class/attempts.json"
out.write_text(json.dumps(rows, indent=1) + "\n")
print(f"{out}: {len(rows)} attempts")
