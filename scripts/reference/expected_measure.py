#!/usr/bin/python3
"""Independent reference for the measure items (numpy, scipy, nibabel, skimage from Debian).

1. Ellipse perimeters by Ramanujan's second approximation (numpy) and the exact value
   (4a·E(e²), scipy.special.ellipe) for a few semi-axis pairs.
2. For each HC18 case: the ellipse of the sonographer's filled mask (the committed labelmap
   public/cases/hc18-NNN/sonographer.nii.gz) by second moments (numpy; each pixel's own variance
   spacing²/12 added) and skimage regionprops' axis lengths (pixels, no pixel-variance term), its
   Ramanujan-II perimeter in mm, and the CSV head circumference
   (scripts/sources/hc18/training_set_pixel_size_and_HC.csv).
Usage: /usr/bin/python3 scripts/reference/expected_measure.py > tests/fixtures/golden/expected-measure.json
"""
import csv
import json
import math
import os
import sys

import nibabel as nib
import numpy as np
from scipy.special import ellipe
from skimage.measure import regionprops

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def ramanujan2(a, b):
    h = (a - b) ** 2 / (a + b) ** 2
    return math.pi * (a + b) * (1 + 3 * h / (10 + math.sqrt(4 - 3 * h)))


def exact(a, b):
    a, b = max(a, b), min(a, b)
    return 4 * a * ellipe(1 - (b / a) ** 2)


perimeters = [{"a": a, "b": b, "ramanujan2": ramanujan2(a, b), "exact": float(exact(a, b))}
              for a, b in [(1, 1), (3, 2), (10, 5), (40, 30), (100, 1)]]

with open(os.path.join(ROOT, "scripts/sources/hc18/training_set_pixel_size_and_HC.csv")) as f:
    rows = list(csv.DictReader(f))
cases = {}
for r in rows:
    n = r["filename"][:3]
    img = nib.load(os.path.join(ROOT, f"public/cases/hc18-{n}/sonographer.nii.gz"))
    m = np.asarray(img.dataobj)[:, :, 0] == 1  # (i, j) = (column, row)
    sx, sy = (float(v) for v in img.header.get_zooms()[:2])
    i, j = np.nonzero(m)
    x, y = i * sx, j * sy
    cx, cy = x.mean(), y.mean()
    c = np.cov(np.vstack([x - cx, y - cy]), bias=True) + np.diag([sx * sx / 12, sy * sy / 12])
    w, v = np.linalg.eigh(c)
    a, b = 2 * math.sqrt(w[1]), 2 * math.sqrt(w[0])
    angle = math.atan2(v[1, 1], v[0, 1])
    angle = angle - math.pi if angle > math.pi / 2 else angle + math.pi if angle <= -math.pi / 2 else angle
    rp = regionprops(m.astype(np.uint8))[0]
    cases[f"hc18-{n}"] = {
        "pixelSizeMm": float(r["pixel size(mm)"]), "csvHcMm": float(r["head circumference (mm)"]),
        "maskPixels": int(m.sum()), "center": [cx, cy], "semiAxes": [a, b], "angle": angle,
        "perimeterMm": ramanujan2(a, b), "areaMm2": math.pi * a * b,
        "regionpropsAxesPx": [rp.axis_major_length / 2, rp.axis_minor_length / 2],
    }
json.dump({"perimeters": perimeters, "hc18": cases}, sys.stdout, indent=1)
print()
