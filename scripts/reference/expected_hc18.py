#!/usr/bin/python3
"""Independent reference for the HC18 ultrasound case test (numpy + skimage).

Per image: size, pixel size (mm, from the HC18 CSV), foreground pixels of the filled annotation
mask (any channel >= 128), and the head circumference of an ellipse fitted to the mask boundary
(Ramanujan's approximation x pixel size) next to the CSV value, and that ellipse (centre, semi-axes,
angle; used by the test as a student's click and outline answers).
Usage: /usr/bin/python3 scripts/reference/expected_hc18.py > tests/fixtures/importers/expected-hc18.json
"""
import csv
import json
import math
import os
import sys

import numpy as np
from skimage import io, measure

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external", "hc18-ultrasound")
with open(os.path.join(ROOT, "training_set_pixel_size_and_HC.full.csv")) as f:
    table = {r["filename"]: r for r in csv.DictReader(f)}
out = {}
for name in sorted(os.listdir(ROOT)):
    if not name.endswith("HC.png"):
        continue
    img = io.imread(os.path.join(ROOT, name))
    m = io.imread(os.path.join(ROOT, name.replace(".png", "_Annotation.png")))
    fg = (m if m.ndim == 2 else m[..., :3].max(-1)) >= 128
    contour = max(measure.find_contours(fg.astype(float), 0.5), key=len)
    e = measure.EllipseModel()
    e.estimate(contour[:, ::-1])
    xc, yc, a, b, theta = (float(v) for v in e.params)
    ramanujan = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
    px = float(table[name]["pixel size(mm)"])
    out[name] = {"width": int(img.shape[1]), "height": int(img.shape[0]), "pixelSizeMm": px, "maskPixels": int(fg.sum()),
                 "fittedHcMm": round(ramanujan * px, 2), "csvHcMm": float(table[name]["head circumference (mm)"]),
                 # skimage index coordinates: x = column, y = row, pixel centres at integers.
                 "ellipse": {"xc": round(xc, 4), "yc": round(yc, 4), "a": round(a, 4), "b": round(b, 4), "theta": round(theta, 6)}}
json.dump(out, sys.stdout, indent=1)
print()
