#!/usr/bin/python3
"""Expected inter-rater numbers on BU-BIL dataset 2 (5 experts × 2 tools, images P01–P03).

Run from the repository root:  /usr/bin/python3 scripts/golden/make_bubil_expected.py
Reads ../shared/fixtures/external/bubil-multirater (never copied into the repo) and writes
tests/fixtures/golden/bubil-expected.json. Foreground = BLACK: a pixel is foreground when its first
channel is < 128 (the masks hold only 0 and 255). Grid: 1300 × 1030 × 1, spacing 1 (pixels).

Per image: rater names (sorted folder names), pairwise Dice matrix, Fleiss' κ inside the union
bounding box, Cohen's κ between each person's Amira and ImageJ masks, majority-vote and STAPLE
consensus voxel counts, and the full distance metrics for two rater pairs.
"""
import glob
import json
import os
import sys

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from reference_metrics import cohen_kappa, dice, fleiss_kappa, majority, metrics, staple, union_bbox  # noqa: E402

ROOT = os.path.join("..", "shared", "fixtures", "external", "bubil-multirater", "ExpertsAnnotations_2A")
OUT = os.path.join("tests", "fixtures", "golden", "bubil-expected.json")


def load(path):
    a = np.asarray(Image.open(path))
    if a.ndim == 3:
        a = a[..., 0]
    # (rows, cols) → (i = column, j = row, k) to match the TS i-fastest layout.
    return (a < 128).T[:, :, None].astype(np.uint8)


raters = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "Person*")))
result = {"raters": raters, "images": {}}
for img in ["P01", "P02", "P03"]:
    masks = [load(os.path.join(ROOT, r, f"seg_{img}.png")) for r in raters]
    n = len(masks)
    pd = [[dice(masks[a], masks[b]) for b in range(n)] for a in range(n)]
    fk, N = fleiss_kappa(masks)
    box = union_bbox(masks)
    ck = {}
    for person in range(1, 6):
        ia = raters.index(f"Person{person}_Amira")
        ij = raters.index(f"Person{person}_ImageJ")
        ck[f"Person{person}"] = cohen_kappa(masks[ia], masks[ij])
    st = staple(masks)
    pair_metrics = {
        "Person1_Amira|Person2_Amira": metrics(masks[raters.index("Person1_Amira")], masks[raters.index("Person2_Amira")], (1.0, 1.0, 1.0), [1, 2]),
        "Person3_ImageJ|Person5_Amira": metrics(masks[raters.index("Person3_ImageJ")], masks[raters.index("Person5_Amira")], (1.0, 1.0, 1.0), [1, 2]),
    }
    result["images"][img] = {
        "voxels": [int(m.sum()) for m in masks],
        "pairwiseDice": pd,
        "meanPairwiseDice": float(np.mean([pd[a][b] for a in range(n) for b in range(a + 1, n)])),
        "fleissKappa": fk,
        "fleissVoxels": N,
        "unionBox": {"min": [s.start for s in box], "max": [s.stop - 1 for s in box]},
        "cohenKappaAmiraVsImageJ": ck,
        "majorityVoxels": int(majority(masks).sum()),
        "staple": st,
        "pairMetrics": pair_metrics,
    }
    print(img, "mean pairwise Dice", round(result["images"][img]["meanPairwiseDice"], 4), "Fleiss", round(fk, 4), "STAPLE", st["voxels"], st["iterations"])

with open(OUT, "w") as f:
    json.dump(result, f, indent=1)
print("wrote", OUT)
