#!/usr/bin/python3
"""Independent reference numbers for the abdomen-ct and chest-ct cases (nibabel + numpy, and a
minimal NRRD reader written here; not the project's TypeScript).

Usage: /usr/bin/python3 scripts/sources/reference/product_ct_reference.py EXT_DIR OUT.json
  EXT_DIR = ../shared/fixtures/external (totalseg-ct/, slicer-segnrrd/)

For each case: the image grid in LPS (dims i, j, k; spacing; origin of voxel (0,0,0); direction
columns), voxel values at a few fixed indices, and for every label value its name (TotalSegmentator
v2 table / Segment*_Name of the .seg.nrrd) and voxel count.
"""
import gzip
import json
import sys

import nibabel as nib
import numpy as np

EXT, OUT = sys.argv[1], sys.argv[2]
SAMPLES = [(0, 0, 0), (60, 50, 15), (30, 70, 5), (100, 20, 25), (64, 64, 17)]


def nrrd(path):
    raw = open(path, "rb").read()
    head, _, body = raw.partition(b"\n\n")
    fields = {}
    for line in head.decode("latin-1").splitlines()[1:]:
        if line.startswith("#"):
            continue
        if ":=" in line:
            k, v = line.split(":=", 1)
        else:
            k, v = line.split(": ", 1)
        fields[k.strip()] = v.strip()
    sizes = [int(x) for x in fields["sizes"].split()]
    dtype = {"short": "<i2", "unsigned char": "u1", "signed short": "<i2", "int16": "<i2", "int": "<i4"}[fields["type"]]
    data = np.frombuffer(gzip.decompress(body), dtype=dtype).reshape(sizes[::-1]).transpose(2, 1, 0)
    dirs = [[float(v) for v in d.strip("()").split(",")] for d in fields["space directions"].split()]
    origin = [float(v) for v in fields["space origin"].strip("()").split(",")]
    assert fields["space"] == "left-posterior-superior"
    return data, dirs, origin, fields


def grid_from_nifti(img):
    a = img.affine.copy()
    a[:2] *= -1  # RAS -> LPS
    sp = [float(np.linalg.norm(a[:3, c])) for c in range(3)]
    direction = [[float(a[r, c] / sp[c]) for c in range(3)] for r in range(3)]
    return {"dims": list(img.shape[:3]), "spacing": sp, "origin": [float(v) for v in a[:3, 3]], "direction": direction}


def counts(labels, names):
    out = {}
    for v, n in zip(*np.unique(labels, return_counts=True)):
        if v:
            out[names[int(v)]] = int(n)
    return out


ts_names = {}
for line in open("scripts/sources/labels/totalsegmentator-v2.txt", encoding="utf-8"):
    if line[0].isdigit():
        v, n = line.rstrip("\n").split("\t")
        ts_names[int(v)] = n
ct = nib.load(f"{EXT}/totalseg-ct/example_ct_sm.nii.gz")
seg = np.asarray(nib.load(f"{EXT}/totalseg-ct/example_seg.nii.gz").dataobj)
ctd = np.asarray(ct.dataobj)
abdomen = {
    "grid": grid_from_nifti(ct),
    "samples_ijk_hu": [[i, j, k, int(ctd[i, j, k])] for i, j, k in SAMPLES if k < ctd.shape[2]],
    "voxels_per_name": counts(seg, ts_names),
}

img, dirs, origin, _ = nrrd(f"{EXT}/slicer-segnrrd/CTChest4.nrrd")
lab, _, _, f = nrrd(f"{EXT}/slicer-segnrrd/Segmentation.seg.nrrd")
seg_names = {}
for k, v in f.items():
    if k.startswith("Segment") and k.endswith("_LabelValue"):
        seg_names[int(v)] = f[k.replace("_LabelValue", "_Name")]
sp = [float(np.linalg.norm(d)) for d in dirs]
chest = {
    "grid": {
        "dims": list(img.shape),
        "spacing": sp,
        "origin": origin,
        "direction": [[dirs[c][r] / sp[c] for c in range(3)] for r in range(3)],
    },
    "samples_ijk_hu": [[i, j, k, int(img[i, j, k])] for i, j, k in SAMPLES],
    "voxels_per_name": counts(lab, seg_names),
}
json.dump({"abdomen-ct": abdomen, "chest-ct": chest}, open(OUT, "w"), indent=1)
print(f"wrote {OUT}")
