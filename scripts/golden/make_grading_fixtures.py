#!/usr/bin/python3
"""Golden mask pairs + expected metrics for the TypeScript grading code.

Run from the repository root:  /usr/bin/python3 scripts/golden/make_grading_fixtures.py
Writes tests/fixtures/golden/grading/<case>-{ref,ans}.nii.gz (uint8, written by nibabel) and
tests/fixtures/golden/grading/expected.json. Metrics come from reference_metrics.py (numpy/scipy),
never from the code under test. Masks are random (seeded) so nobody chose their shape.

Also writes a multi-label map on an oblique grid with click points and their expected voxel,
label and distance to the nearest voxel of label 1 (brute force over voxel centres in LPS mm).
"""
import json
import os
import sys

import nibabel as nib
import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.dirname(__file__))
from reference_metrics import metrics  # noqa: E402

OUT = os.path.join("tests", "fixtures", "golden", "grading")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(424242)
TAUS = [0, 1, 2, 3.5]


def blob(shape, sigma, frac, seed_noise=None):
    noise = rng.normal(size=shape) if seed_noise is None else seed_noise
    sm = ndimage.gaussian_filter(noise, sigma=sigma, mode="constant")
    t = np.quantile(sm, 1 - frac)
    return (sm > t).astype(np.uint8), noise


def perturbed(noise, shape, sigma, frac, amount):
    return blob(shape, sigma, frac, noise + amount * rng.normal(size=shape))[0]


def save(path, data, spacing, affine=None):
    if affine is None:
        affine = np.diag(list(spacing) + [1.0])
        affine[:3, 3] = [-12.5, 30.0, 7.25]
    img = nib.Nifti1Image(data.astype(np.uint8), affine)
    img.header.set_zooms(spacing[: data.ndim])
    img.header.set_xyzt_units("mm")
    nib.save(img, path)


cases = {}


def case(name, ref, ans, spacing, note):
    shape = ref.shape
    save(os.path.join(OUT, f"{name}-ref.nii.gz"), ref, spacing)
    save(os.path.join(OUT, f"{name}-ans.nii.gz"), ans, spacing)
    m = metrics(ref, ans, spacing, TAUS)
    cases[name] = {"note": note, "dims": list(shape), "spacing": list(spacing), **m}


# Random 3D blobs, anisotropic spacing.
shp = (24, 20, 12)
sp = (0.7, 1.3, 2.5)
r, noise = blob(shp, (2.0, 1.5, 1.0), 0.2)
a = perturbed(noise, shp, (2.0, 1.5, 1.0), 0.2, 0.6)
case("blobs3d-aniso", r, a, sp, "random smooth blobs, anisotropic spacing")

# Random 3D blobs, isotropic, answer shifted by 2 voxels along i.
shp = (30, 28, 26)
r, noise = blob(shp, 2.5, 0.15)
a = np.roll(perturbed(noise, shp, 2.5, 0.15, 0.3), 2, axis=0)
case("blobs3d-shifted", r, a, (1.0, 1.0, 1.0), "blobs, answer shifted 2 voxels")

# 2D grid (one slice) with a large slice thickness that must not matter.
shp = (40, 32, 1)
r, noise = blob(shp, (3.0, 3.0, 0), 0.3)
a = perturbed(noise, shp, (3.0, 3.0, 0), 0.3, 0.8)
case("blobs2d", r, a, (0.5, 0.8, 3.0), "one-slice grid, spacing_k = 3 ignored")

# Singleton middle axis: 20 × 1 × 15.
shp = (20, 1, 15)
r, noise = blob(shp, (2.0, 0, 2.0), 0.35)
a = perturbed(noise, shp, (2.0, 0, 2.0), 0.35, 0.7)
case("singleton-j", r, a, (0.9, 5.0, 1.1), "axis j of length 1")

# 1D line.
shp = (30, 1, 1)
r = np.zeros(shp, np.uint8)
r[5:14] = 1
r[20:23] = 1
a = np.zeros(shp, np.uint8)
a[7:18] = 1
case("line1d", r, a, (0.5, 1.0, 1.0), "one-dimensional grid")

# Empty cases.
shp = (10, 9, 8)
b3, _ = blob(shp, 1.5, 0.2)
z = np.zeros(shp, np.uint8)
case("empty-reference", z, b3, (1.0, 1.5, 2.0), "reference empty")
case("empty-answer", b3, z, (1.0, 1.5, 2.0), "answer empty")
case("both-empty", z, z, (1.0, 1.5, 2.0), "both empty")
z2 = np.zeros((12, 7, 1), np.uint8)
b2 = z2.copy()
b2[3:6, 2:4] = 1
case("empty-2d", z2, b2, (0.4, 0.6, 5.0), "reference empty on a 2D grid (diagonal in-plane)")

# One-voxel masks.
shp = (9, 8, 7)
o1 = np.zeros(shp, np.uint8)
o1[2, 3, 1] = 1
o2 = np.zeros(shp, np.uint8)
o2[6, 1, 5] = 1
case("one-voxel-apart", o1, o2, (1.0, 2.0, 3.0), "single voxels far apart")
case("one-voxel-same", o1, o1.copy(), (1.0, 2.0, 3.0), "identical single voxels")
bb, _ = blob(shp, 1.2, 0.25)
case("blob-vs-one-voxel", bb, o2, (1.0, 2.0, 3.0), "blob vs a single voxel")

# Touching the grid borders.
shp = (16, 14, 10)
full = np.ones(shp, np.uint8)
slab = np.zeros(shp, np.uint8)
slab[:6] = 1
case("full-vs-slab", full, slab, (0.8, 0.8, 1.6), "whole grid vs a slab touching 5 faces")
tb, noise = blob(shp, 1.0, 0.6)
tb2 = perturbed(noise, shp, 1.0, 0.6, 0.5)
case("border-blobs", tb, tb2, (0.8, 0.8, 1.6), "large blobs touching every face")

# Identical masks and a ring (hole) shape.
shp = (25, 25, 1)
yy, xx = np.mgrid[0:25, 0:25]
rr = np.hypot(xx - 12, yy - 12)
ring = ((rr <= 10) & (rr >= 5)).T[:, :, None].astype(np.uint8)
disk = (rr <= 9).T[:, :, None].astype(np.uint8)
case("ring-vs-disk", ring, disk, (0.6, 0.6, 2.0), "ring with a hole vs a disk")
case("identical", tb, tb.copy(), (0.8, 0.8, 1.6), "identical masks")

# Multi-label maps (labels 1, 2, 5) for the CLI's --label option.
shp = (22, 18, 9)
lab_r = np.zeros(shp, np.uint8)
lab_a = np.zeros(shp, np.uint8)
for lbl, frac in [(1, 0.15), (2, 0.1), (5, 0.05)]:
    m, nz = blob(shp, 1.5, frac)
    m2 = perturbed(nz, shp, 1.5, frac, 0.5)
    lab_r[(m == 1) & (lab_r == 0)] = lbl
    lab_a[(m2 == 1) & (lab_a == 0)] = lbl
sp = (1.2, 1.0, 2.2)
save(os.path.join(OUT, "labels-ref.nii.gz"), lab_r, sp)
save(os.path.join(OUT, "labels-ans.nii.gz"), lab_a, sp)
labels = {}
for lbl in [1, 2, 5]:
    labels[str(lbl)] = metrics(lab_r == lbl, lab_a == lbl, sp, TAUS)
labels["nonzero"] = metrics(lab_r != 0, lab_a != 0, sp, TAUS)

# Multi-label map on an oblique grid, and clicks.
shp = (15, 13, 8)
c = np.cos(0.35)
s = np.sin(0.35)
rot = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]]) @ np.array([[1, 0, 0], [0, np.cos(0.2), -np.sin(0.2)], [0, np.sin(0.2), np.cos(0.2)]])
sp = np.array([0.9, 1.1, 2.0])
aff = np.eye(4)
aff[:3, :3] = rot @ np.diag(sp)
aff[:3, 3] = [20.0, -15.0, 5.0]
pm = np.zeros(shp, np.uint8)
m1, _ = blob(shp, 1.5, 0.12)
m2, _ = blob(shp, 1.5, 0.12)
pm[m2 == 1] = 2
pm[m1 == 1] = 1
save(os.path.join(OUT, "points-labels.nii.gz"), pm, tuple(sp), affine=aff)
aff = nib.load(os.path.join(OUT, "points-labels.nii.gz")).affine  # as stored (float32 sform)
ijk = np.stack(np.meshgrid(*[np.arange(n) for n in shp], indexing="ij"), -1).reshape(-1, 3)
world_ras = ijk @ aff[:3, :3].T + aff[:3, 3]
lps = world_ras * np.array([-1, -1, 1])
lab_flat = pm.reshape(-1)
inv = np.linalg.inv(aff)
points = []
for _ in range(25):
    ijkc = rng.uniform(-1, np.array(shp)) if rng.uniform() < 0.9 else rng.uniform(-3, np.array(shp) + 2)
    ras = aff[:3, :3] @ ijkc + aff[:3, 3]
    p_lps = ras * np.array([-1, -1, 1])
    cont = (inv[:3, :3] @ ras + inv[:3, 3])
    vox = np.floor(cont + 0.5).astype(int)
    inside = bool(np.all(vox >= 0) and np.all(vox < np.array(shp)))
    label = int(pm[tuple(vox)]) if inside else None
    d = np.sqrt(((lps[lab_flat == 1] - p_lps) ** 2).sum(1))
    points.append({
        "pointMm": p_lps.tolist(),
        "voxel": vox.tolist() if inside else None,
        "label": label,
        "distanceToLabel1Mm": 0.0 if label == 1 else float(d.min()),
    })

# Crop edges (added later, with their own generator so the cases above keep their bytes): masks
# touching the grid border, where the union box and the NSD tolerance margin reach past the grid,
# and a pair far apart (more than 24 voxels) where the boundary-band search must fall back to the
# full distance transform.
rng = np.random.default_rng(20261206)
shp = (28, 24, 14)
r, noise = blob(shp, (2.0, 1.5, 1.0), 0.25)
a = perturbed(noise, shp, (2.0, 1.5, 1.0), 0.25, 0.5)
r[0, :, :] |= r[1, :, :]  # make sure both masks touch the faces i = 0, j = ny-1 and k = 0
r[:, -1, :] |= r[:, -2, :]
r[:, :, 0] |= r[:, :, 1]
a = np.roll(a, -1, axis=0)  # shifted one voxel toward i = 0; the wrapped slab is cleared
a[-1, :, :] = 0
a[0, :4, :3] = 1
a[:, -1, :4] = 1
case("crop-edges", r, a, (0.6, 0.9, 2.0), "masks touching the grid border, margin clipped")
shp = (10, 60, 36)
far_r = np.zeros(shp, np.uint8)
far_r[0:6, 0:5, 0:3] = 1
far_a = np.zeros(shp, np.uint8)
far_a[4:10, 50:60, 30:36] = 1
far_a[3:8, 2:6, 1:4] = 1
case("far-apart", far_r, far_a, (0.5, 0.5, 0.5), "parts of the answer far (> 24 voxels) from the reference")

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump({"taus": TAUS, "cases": cases, "labels": labels, "points": points}, f, indent=1)
print(f"wrote {len(cases)} cases to {OUT}")
