#!/usr/bin/python3
"""Independent reference numbers for the item-calibration tests (numpy + scipy + skimage + nibabel).

Recomputes, from the files alone, the probe numbers of the planted traps of issue 14:
- Harvard-Oxford insular cortex (label 2) on axial slice 70: Dice of the reference dilated / eroded
  by one pixel (4-connected cross), of its larger side alone, of AAL's insulae (29 + 30) and of
  AAL's left insula; and the pixels of the two sides (parts' centroids left / right of column 90).
- Head CT bone threshold on slice 26: IoU (continuous, voxel extents) of the box of its largest
  8-connected part against the box of the whole mask, and the skull box in world LPS mm.
- AAL right hippocampus (label 38) on slice 57: its box size in mm (x across, y front to back).
- Colin27 AAL right thalamus (label 78) on slice 77: deepest interior pixel (scipy EDT maximum,
  lowest linear index i + nx*j on ties).
- Fundus optic disc: the disc margin measured on the image (green channel, vessels removed by a
  grey closing with a disc of radius 12, Gaussian sigma 4; along 72 rays from the bright centre the
  steepest fall of brightness; ellipse fitted to the 80 % best-fitting edge points); its bounding box.
Usage: /usr/bin/python3 scripts/reference/expected_calibration.py > tests/fixtures/calibration/expected.json
       npx prettier --write tests/fixtures/calibration/expected.json
"""
import json
import os

import nibabel as nib
import numpy as np
from scipy import ndimage as ndi
from skimage import filters, io, measure, morphology

REPO = os.path.join(os.path.dirname(__file__), "..", "..")
PUB = os.path.join(REPO, "public", "cases")
CROSS = ndi.generate_binary_structure(2, 1)
EIGHT = np.ones((3, 3), bool)


def vol(path):
    return np.asarray(nib.load(os.path.join(PUB, path)).dataobj)


def dice(a, b):
    s = a.sum() + b.sum()
    return 1.0 if s == 0 else float(2 * (a & b).sum() / s)


def parts(m):
    lab, n = ndi.label(m, structure=EIGHT)
    sizes = ndi.sum(m, lab, range(1, n + 1))
    return lab, n, sizes


def box_of(m, spacing):
    ii, jj = np.nonzero(m)
    return np.array([ii.min() - 0.5, jj.min() - 0.5]) * spacing, np.array([ii.max() + 0.5, jj.max() + 0.5]) * spacing


def iou(a, b):
    inter = np.prod(np.clip(np.minimum(a[1], b[1]) - np.maximum(a[0], b[0]), 0, None))
    va, vb = np.prod(a[1] - a[0]), np.prod(b[1] - b[0])
    return float(inter / (va + vb - inter))


out = {}
ho = vol("colin27/harvard-oxford.nii.gz")[:, :, 70]
aal70 = vol("colin27/aal.nii.gz")[:, :, 70]
ins = ho == 2
lab, n, sizes = parts(ins)
total = ins.sum()
side = {"left": 0, "right": 0}
biggest_side = None
for p in range(1, n + 1):
    if sizes[p - 1] < 0.1 * total:
        continue
    ci = np.nonzero(lab == p)[0].mean()
    # LPS x = 90 - i on this grid: i < 90 is patient left (x > 0).
    side["left" if ci < 90 else "right"] += int(sizes[p - 1])
largest = lab == (int(np.argmax(sizes)) + 1)
out["hoInsula"] = {
    "slice": 70,
    "dilated": dice(ins, ndi.binary_dilation(ins, CROSS)),
    "eroded": dice(ins, ndi.binary_erosion(ins, CROSS)),
    "largestPartAlone": dice(ins, largest),
    "aalBothInsulae": dice(ins, (aal70 == 29) | (aal70 == 30)),
    "aalLeftInsula": dice(ins, aal70 == 29),
    "sides": side,
}

bone = vol("head-ct/bone-threshold.nii.gz")[:, :, 26] > 0
sp = np.array([0.9570311903953552, 0.9570311903953552])
lab, n, sizes = parts(bone)
skull = lab == (int(np.argmax(sizes)) + 1)
full_box, skull_box = box_of(bone, sp), box_of(skull, sp)
i0, j0 = np.nonzero(skull)[0].min(), np.nonzero(skull)[1].min()
i1, j1 = np.nonzero(skull)[0].max(), np.nonzero(skull)[1].max()
# World LPS of the grid (content/cases/head-ct/case.json): x = -122.0215 + 0.957 i, y = 122.0215 - 0.957 j.
ox, oy = -122.02147674560547, 122.02147674560547
out["headCtBone"] = {
    "slice": 26,
    "parts": int(n),
    "largestPartIou": iou(skull_box, full_box),
    "skullIndexBox": [int(i0), int(j0), int(i1), int(j1)],
    "skullBoxLps": {
        "min": [ox + sp[0] * (i0 - 0.5), oy - sp[1] * (j1 + 0.5)],
        "max": [ox + sp[0] * (i1 + 0.5), oy - sp[1] * (j0 - 0.5)],
    },
}

hip = vol("colin27/aal.nii.gz")[:, :, 57] == 38
ii, jj = np.nonzero(hip)
out["hippocampusRight"] = {"slice": 57, "widthMm": int(ii.max() - ii.min() + 1), "heightMm": int(jj.max() - jj.min() + 1)}

th = vol("colin27/aal.nii.gz")[:, :, 77] == 78
d = ndi.distance_transform_edt(th)
flat = d.T.ravel()  # linear index i + nx*j (i fastest)
best = int(np.argmax(flat))  # first maximum = lowest index
out["thalamusRightDeepest"] = {"slice": 77, "i": best % th.shape[0], "j": best // th.shape[0], "depth": float(flat[best])}

im = io.imread(os.path.join(PUB, "retina-fundus", "image.jpg")).astype(float)
r0, c0 = 450, 50
g = im[r0:900, c0:500, 1]
sm = filters.gaussian(morphology.closing(g, morphology.disk(12)), 4, preserve_range=True)
cy, cx = 652 - r0, 237 - c0  # bright centre of the disc (Otsu region centroid, rounded)
pts = []
for a in np.deg2rad(np.arange(0, 360, 5)):
    rs = np.arange(30, 160)
    ys, xs = cy + rs * np.sin(a), cx + rs * np.cos(a)
    ok = (ys >= 0) & (ys < sm.shape[0] - 1) & (xs >= 0) & (xs < sm.shape[1] - 1)
    v = sm[ys[ok].round().astype(int), xs[ok].round().astype(int)]
    k = int(np.argmin(np.gradient(v)))
    pts.append((xs[ok][k] + c0, ys[ok][k] + r0))
pts = np.array(pts)
e = measure.EllipseModel()
e.estimate(pts)
res = np.abs(e.residuals(pts))
e.estimate(pts[res < np.percentile(res, 80)])
xc, yc, a, b, t = e.params
tt = np.linspace(0, 2 * np.pi, 3600)
X = xc + a * np.cos(tt) * np.cos(t) - b * np.sin(tt) * np.sin(t)
Y = yc + a * np.cos(tt) * np.sin(t) + b * np.sin(tt) * np.cos(t)
out["opticDisc"] = {
    "centre": [float(xc), float(yc)],
    "box": {"min": [float(X.min()), float(Y.min())], "max": [float(X.max()), float(Y.max())]},
}
print(json.dumps(out, indent=1))
