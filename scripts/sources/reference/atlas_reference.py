#!/usr/bin/python3
"""Independent reference numbers for the built-in colin27 case (nibabel + numpy, not the project's TS).

Usage: /usr/bin/python3 scripts/sources/reference/atlas_reference.py TEMPLATES_DIR OUT.json
  TEMPLATES_DIR = <unpacked mricron-data>/usr/share/mricron/templates

For each atlas: the label names of its table (first column = value, second = name; the tables this
project wrote for Brodmann and Harvard-Oxford are read from scripts/sources/labels/), the atlas
resampled nearest-neighbour onto the ch2 grid with nibabel's affines (index = floor(x + 0.5 + 1e-9),
outside = 0), then: how many named labels occur, and the voxel count of every label value.
"""
import json
import sys

import nibabel as nib
import numpy as np

TEMPLATES, OUT = sys.argv[1], sys.argv[2]
ATLASES = {
    "aal": ("aal.nii.gz", f"{TEMPLATES}/aal.nii.txt"),
    "harvard-oxford": ("HarvardOxford-cort-maxprob-thr0-1mm.nii.gz", "scripts/sources/labels/harvard-oxford-cortical.txt"),
    "brodmann": ("brodmann.nii.gz", "scripts/sources/labels/brodmann.txt"),
    "jhu-white-matter": ("JHU-WhiteMatter-labels-1mm.nii.gz", f"{TEMPLATES}/JHU-WhiteMatter-labels-1mm.nii.txt"),
    "aicha": ("AICHAmc.nii.gz", f"{TEMPLATES}/AICHAmc.nii.txt"),
}


def names(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t") if "\t" in line else line.split()
        v = int(parts[0])
        if v > 0:
            out[v] = parts[1].strip()
    return out


ref = nib.load(f"{TEMPLATES}/ch2.nii.gz")
shape = ref.shape
ii, jj, kk = np.meshgrid(*[np.arange(n) for n in shape], indexing="ij")
vox = np.stack([ii.ravel(), jj.ravel(), kk.ravel(), np.ones(ii.size)])
world = ref.affine @ vox
result = {"ch2": {"shape": list(shape), "axcodes": list(nib.aff2axcodes(ref.affine))}, "atlases": {}}
for set_id, (fname, table) in ATLASES.items():
    img = nib.load(f"{TEMPLATES}/{fname}")
    data = np.asanyarray(img.dataobj).astype(np.int64)
    on_grid = img.shape == shape and np.allclose(img.affine, ref.affine)
    if on_grid:
        out = data
    else:
        src = np.linalg.inv(img.affine) @ world
        idx = np.floor(src[:3] + 0.5 + 1e-9).astype(np.int64)
        inside = np.all((idx >= 0) & (idx < np.array(img.shape)[:, None]), axis=0)
        flat = np.zeros(idx.shape[1], dtype=np.int64)
        flat[inside] = data[idx[0, inside], idx[1, inside], idx[2, inside]]
        out = flat.reshape(shape)
    labels = names(table)
    values, counts = np.unique(out[out > 0], return_counts=True)
    present = [int(v) for v in values]
    result["atlases"][set_id] = {
        "file": fname,
        "onCh2Grid": bool(on_grid),
        "namesInTable": len(labels),
        "namedLabelsPresent": len([v for v in present if v in labels]),
        "unnamedValuesPresent": [v for v in present if v not in labels],
        "voxelsPerLabel": {str(int(v)): int(c) for v, c in zip(values, counts)},
    }
json.dump(result, open(OUT, "w"), indent=1, sort_keys=True)
print(json.dumps({k: (v["onCh2Grid"], v["namesInTable"], v["namedLabelsPresent"]) for k, v in result["atlases"].items()}))
