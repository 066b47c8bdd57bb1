#!/usr/bin/python3
"""Independent reference numbers for plane-aware grading (coronal / sagittal items), numpy + nibabel.

From the Colin27 label files alone (world = LPS mm: RAS affine with x, y negated):
- AAL right hippocampus (38), coronal: the slice j with the most voxels (lowest j on ties), the
  voxel nearest its in-plane centroid (world point), and the in-plane distance (mm) from the
  centre of voxel (ci + 20, cj, ck) to the nearest hippocampus pixel of that coronal slice.
- The same slice: a rectangle in (i, k) index space with non-integer edges, its world corners,
  the pixels whose centres lie inside, and their Dice against the hippocampus on that slice.
- JHU body of the corpus callosum (4), sagittal: the slice i with the most voxels, a disc of
  radius 6 mm about its in-plane centroid pixel (pixel centres within 6 mm), and that disc's Dice.
- AAL right insula (30), coronal: the largest slice, its box (voxel extents) in world x and z,
  and the IoU of that box moved 3 mm along x with the box itself.
Usage: /usr/bin/python3 scripts/reference/expected_planes.py > tests/fixtures/planes/expected.json
"""
import json
import os

import nibabel as nib
import numpy as np

REPO = os.path.join(os.path.dirname(__file__), "..", "..")
PUB = os.path.join(REPO, "public", "cases", "colin27")


def load(name):
    img = nib.load(os.path.join(PUB, name))
    return np.asarray(img.dataobj).astype(np.int32), img.affine


def lps(aff, ijk):
    ras = aff @ np.array([*ijk, 1.0])
    return [float(-ras[0]), float(-ras[1]), float(ras[2])]


def largest(mask, axis):
    other = tuple(a for a in range(3) if a != axis)
    counts = mask.sum(axis=other)
    return int(np.argmax(counts)), int(counts.max())


def dice(a, b):
    return float(2 * np.logical_and(a, b).sum() / (a.sum() + b.sum()))


def centroid_pixel(sl):
    """The pixel of a 2D mask nearest its centroid (first in C order on ties)."""
    pts = np.argwhere(sl)
    c = pts.mean(axis=0)
    d = ((pts - c) ** 2).sum(axis=1)
    return [int(v) for v in pts[int(np.argmin(d))]]


aal, aff = load("aal.nii.gz")
jhu, jaff = load("jhu-white-matter.nii.gz")
out = {}

hip = aal == 38
j, n = largest(hip, 1)
sl = hip[:, j, :]  # (i, k)
ci, ck = centroid_pixel(sl)
far = (ci + 20, ck)
pix = np.argwhere(sl)
dist = float(np.sqrt(((pix - np.array(far)) ** 2).sum(axis=1)).min())
i0, i1, k0, k1 = ci - 6.3, ci + 5.7, ck - 4.2, ck + 3.8
rect = np.zeros_like(sl)
rect[int(np.ceil(i0)) : int(np.floor(i1)) + 1, int(np.ceil(k0)) : int(np.floor(k1)) + 1] = True
out["hippocampusCoronal"] = {
    "slice": j,
    "voxels": n,
    "inside": lps(aff, (ci, j, ck)),
    "far": lps(aff, (far[0], j, far[1])),
    "farDistanceMm": dist,
    "rectangle": [lps(aff, (a, j, b)) for a, b in ((i0, k0), (i1, k0), (i1, k1), (i0, k1))],
    "rectanglePixels": int(rect.sum()),
    "rectangleDice": dice(rect, sl),
}

cc = jhu == 4
i, n = largest(cc, 0)
sl = cc[i, :, :]  # (j, k)
cj, ck = centroid_pixel(sl)
jj, kk = np.meshgrid(np.arange(sl.shape[0]), np.arange(sl.shape[1]), indexing="ij")
disc = (jj - cj) ** 2 + (kk - ck) ** 2 <= 36
out["callosumBodySagittal"] = {
    "slice": i,
    "voxels": n,
    "centre": lps(jaff, (i, cj, ck)),
    "discPixels": int(disc.sum()),
    "discDice": dice(disc, sl),
}

ins = aal == 30
j, n = largest(ins, 1)
pts = np.argwhere(ins[:, j, :])
lo = lps(aff, (pts[:, 0].min() - 0.5, j, pts[:, 1].min() - 0.5))
hi = lps(aff, (pts[:, 0].max() + 0.5, j, pts[:, 1].max() + 0.5))
box = {"min": [min(a, b) for a, b in zip(lo, hi)], "max": [max(a, b) for a, b in zip(lo, hi)]}
wx = box["max"][0] - box["min"][0]
wz = box["max"][2] - box["min"][2]
out["insulaCoronalBox"] = {
    "slice": j,
    "box": box,
    "iouMoved3mmX": float((wx - 3) * wz / (2 * wx * wz - (wx - 3) * wz)),
}
print(json.dumps(out, indent=2))
