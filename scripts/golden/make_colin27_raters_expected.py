#!/usr/bin/python3
"""Expected raters' spread of the Colin27 atlas pairs (AAL vs Harvard-Oxford split at x = 0 mm).

Run from the repository root:  /usr/bin/python3 scripts/golden/make_colin27_raters_expected.py
Writes tests/fixtures/golden/colin27-raters-expected.json, checked to 1e-6 by
tests/unit/domain/agreement/colin27-raters.test.ts against `npm run rater-spread`'s file and
against the TypeScript box / landmark spread.

Independent of the TypeScript code: the split is redone here from the source labelmap
public/cases/colin27/harvard-oxford.nii.gz (RAS x of the voxel centre from the NIfTI affine;
x <= 0 mm left, label L; x > 0 mm right, label L + 100), never read from harvard-oxford-split.nii.gz.
Pairs: every annotation of content/cases/colin27/annotations/harvard-oxford-split.json with the AAL
structure of the same vocabulary concept and side. Per pair, on the whole 181 × 217 × 181 grid
(1 mm, masks cropped to their union box + 2 voxels, which changes no distance):
- Dice, HD95 (mm) of AAL vs HO; τ = HD95 rounded up to 0.5 mm, >= 1 mm (median of one pair);
- STAPLE of both (reference_metrics.staple), sensitivity / specificity; consensus voxel count;
- leave-one-out: each rater vs the other (STAPLE of one mask = the mask): Dice and NSD(τ);
- box spread on the slice where the AAL structure is largest (ties: lowest k): each rater's box =
  voxel extents of its mask on the slice; LOO IoU = IoU(box of r, box of the other); 2D IoU in mm;
- landmark spread of the two masks' centroids (world LPS mm, from case.json's grid): LOO distance =
  distance between the two points (mean of the others = the other point), tolerance = the largest,
  rounded up to 0.5 mm, >= 1 mm.
"""
import json
import math
import os
import sys

import nibabel as nib
import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from reference_metrics import metrics, staple  # noqa: E402

CASE = os.path.join("content", "cases", "colin27")
PUB = os.path.join("public", "cases", "colin27")
# Output path: the first argument (tests write to a temporary file), else the committed fixture.
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("tests", "fixtures", "golden", "colin27-raters-expected.json")


def load(name):
    img = nib.load(os.path.join(PUB, name))
    return np.asarray(img.dataobj).astype(np.int32), img.affine


aal, _ = load("aal.nii.gz")
ho, affine = load("harvard-oxford.nii.gz")
ras_x = affine[0, 0] * np.arange(ho.shape[0]) + affine[0, 3]
left = (ras_x <= 0)[:, None, None]
ho_split = np.where(ho > 0, np.where(left, ho, ho + 100), 0)

vocab = {e["structure"]: e for e in json.load(open(os.path.join(CASE, "vocabulary.json")))["entries"]}
aal_set = json.load(open(os.path.join(CASE, "annotations", "aal.json")))["annotations"]
split_set = json.load(open(os.path.join(CASE, "annotations", "harvard-oxford-split.json")))["annotations"]
grid = json.load(open(os.path.join(CASE, "case.json")))["grid"]
origin, direction = np.array(grid["origin"], float), np.array(grid["direction"], float).reshape(3, 3)


def key(sid):
    e = vocab[sid]
    return (e["concept"], e["laterality"])


def crop(*ms):
    idx = np.argwhere(np.logical_or.reduce(ms))
    lo = np.maximum(idx.min(0) - 2, 0)
    hi = np.minimum(idx.max(0) + 3, ms[0].shape)
    sl = tuple(slice(a, b) for a, b in zip(lo, hi))
    return [m[sl] for m in ms]


def box2d(m2):
    idx = np.argwhere(m2)
    if not len(idx):
        return None
    return idx.min(0) - 0.5, idx.max(0) + 0.5


def iou2d(a, b):
    if a is None or b is None:
        return 0.0
    lo, hi = np.maximum(a[0], b[0]), np.minimum(a[1], b[1])
    inter = float(np.prod(np.clip(hi - lo, 0, None)))
    va, vb = float(np.prod(a[1] - a[0])), float(np.prod(b[1] - b[0]))
    return inter / (va + vb - inter)


def round_up_half(v, floor=1.0):
    return max(math.ceil(v * 2 - 1e-9) / 2, floor)


pairs = []
for s in split_set:
    peer = next(a for a in aal_set if a["type"] == "segmentation" and key(a["structure"]) == key(s["structure"]))
    A = aal == peer["label"]
    H = ho_split == s["label"]
    a, h = crop(A, H)
    m = metrics(a, h, (1.0, 1.0, 1.0), [])
    tau = round_up_half(m["hd95"])
    loo = [metrics(h, a, (1.0, 1.0, 1.0), [tau]), metrics(a, h, (1.0, 1.0, 1.0), [tau])]
    st = staple([a, h], with_mask=True)
    k = int(np.argmax(A.sum(axis=(0, 1))))
    boxes = [box2d(A[:, :, k]), box2d(H[:, :, k])]
    iou = iou2d(boxes[0], boxes[1])
    cents = [origin + direction @ np.argwhere(M).mean(0) for M in (A, H)]
    d = float(np.linalg.norm(cents[0] - cents[1]))
    pairs.append({
        "structure": peer["structure"], "structures": [peer["structure"], s["structure"]],
        "dice": m["dice"], "hd95": m["hd95"], "tolerance": tau,
        "consensusVoxels": int(st["mask"].sum()), "sensitivity": st["sensitivity"], "specificity": st["specificity"],
        "looDice": [x["dice"] for x in loo], "looNsd": [x["nsd"][str(tau)] for x in loo],
        "box": {"slice": k, "looIou": [iou, iou], "passIou": iou},
        "landmark": {"points": [c.tolist() for c in cents], "looDistanceMm": [d, d], "toleranceMm": round_up_half(d)},
    })
    print(peer["structure"], round(m["dice"], 4), round(m["hd95"], 3), tau, "box IoU", round(iou, 4), "centroid d", round(d, 3))

with open(OUT, "w") as f:
    json.dump({"pairs": pairs}, f, indent=1)
print("wrote", OUT, len(pairs), "pairs")
