#!/usr/bin/python3
"""Expected inter-rater numbers on BU-BIL dataset 2 (5 experts × 2 tools, images P01–P03).

Run from the repository root:  /usr/bin/python3 scripts/golden/make_bubil_expected.py
Reads ../shared/fixtures/external/bubil-multirater (never copied into the repo) and writes
tests/fixtures/golden/bubil-expected.json. Foreground = BLACK: a pixel is foreground when its first
channel is < 128 (the masks hold only 0 and 255). Grid: 1300 × 1030 × 1, spacing 1 (pixels).

Per image: rater names (sorted folder names), pairwise Dice matrix, Fleiss' κ inside the union
bounding box, Cohen's κ between each person's Amira and ImageJ masks, majority-vote and STAPLE
consensus voxel counts, and the full distance metrics for two rater pairs.

"spread" per image (the multi-rater issue's pinned definitions, docs in lib/domain/README.md):
pairwise HD95 (pixels = mm here), τ = median pairwise HD95 rounded up to 0.5 and ≥ 1 pixel,
STAPLE of all raters (binary at 0.5) with sensitivity/specificity, leave-one-out Dice and NSD(τ) of
each rater against the STAPLE of the other nine, the soft-consensus histogram (pixels held by exactly
c raters), "students" = each rater's own mask graded against the STAPLE of all ten (Dice, NSD(τ),
rank among the LOO Dice, pass = Dice ≥ lowest LOO Dice) and the same mask shifted by 2τ pixels
along +i (columns), and the deepest pixel of the regions held by exactly 2, 6 and 10 raters
(centre of the largest inscribed disc, for click tests).
"""
import glob
import json
import os
import sys

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from scipy import ndimage  # noqa: E402

from reference_metrics import cohen_kappa, dice, fleiss_kappa, majority, metrics, staple, union_bbox  # noqa: E402

ROOT = os.path.join("..", "shared", "fixtures", "external", "bubil-multirater", "ExpertsAnnotations_2A")
# Output path: the first argument (tests write to a temporary file), else the committed fixture.
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("tests", "fixtures", "golden", "bubil-expected.json")


def load(path):
    a = np.asarray(Image.open(path))
    if a.ndim == 3:
        a = a[..., 0]
    # (rows, cols) → (i = column, j = row, k) to match the TS i-fastest layout.
    return (a < 128).T[:, :, None].astype(np.uint8)


def shifted(m, s):
    """m moved by s pixels along +i (axis 0), zero-filled."""
    out = np.zeros_like(m)
    out[s:] = m[: m.shape[0] - s]
    return out


def rater_spread(masks):
    n = len(masks)
    hd = [[0.0] * n for _ in range(n)]
    pairs = []
    for a in range(n):
        for b in range(a + 1, n):
            hd[a][b] = hd[b][a] = metrics(masks[a], masks[b], (1.0, 1.0, 1.0), [1])["hd95"]
            pairs.append(hd[a][b])
    med = float(np.median(pairs))
    tau = max(np.ceil(med * 2 - 1e-9) / 2, 1.0)
    st = staple(masks, with_mask=True)
    cons = st["mask"][..., 0:1] if st["mask"].ndim == 3 else st["mask"]
    loo_d, loo_n = [], []
    for r in range(n):
        others = staple([m for i, m in enumerate(masks) if i != r], with_mask=True)["mask"]
        m = metrics(others, masks[r], (1.0, 1.0, 1.0), [tau])
        loo_d.append(m["dice"])
        loo_n.append(m["nsd"][str(tau)])
    counts = np.sum(np.stack(masks), axis=0)[..., 0]
    hist = [0] + [int((counts == c).sum()) for c in range(1, n + 1)]
    students = []
    for r in range(n):
        m = metrics(cons, masks[r], (1.0, 1.0, 1.0), [tau])
        sh = metrics(cons, shifted(masks[r], int(round(2 * tau))), (1.0, 1.0, 1.0), [tau])
        students.append({
            "dice": m["dice"], "nsd": m["nsd"][str(tau)],
            "rank": 1 + sum(1 for d in loo_d if d > m["dice"]), "passed": bool(m["dice"] >= min(loo_d)),
            "shiftedDice": sh["dice"], "shiftedPassed": bool(sh["dice"] >= min(loo_d)),
        })
    points = {}
    for c in (2, 6, 10):
        depth = ndimage.distance_transform_edt(np.pad(counts == c, 1))[1:-1, 1:-1]
        i, j = np.unravel_index(int(np.argmax(depth)), depth.shape)
        points[str(c)] = {"i": int(i), "j": int(j), "depth": float(depth[i, j])}
    return {
        "pairwiseHd95": hd, "medianHd95": med, "tolerance": float(tau),
        "consensusVoxels": int(cons.sum()), "sensitivity": st["sensitivity"], "specificity": st["specificity"],
        "looDice": loo_d, "looNsd": loo_n, "passDice": min(loo_d), "softHistogram": hist,
        "students": students, "clickPoints": points,
    }


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
    spread = rater_spread(masks)
    result["images"][img] = {
        "spread": spread,
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
