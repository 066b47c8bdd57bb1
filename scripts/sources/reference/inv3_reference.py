#!/usr/bin/python3
"""Independent reference numbers for the built-in head-ct case (Python tarfile + numpy).

Usage: /usr/bin/python3 scripts/sources/reference/inv3_reference.py Cranium.inv3 OUT.json
Reads matrix.dat (int16, shape from main.plist = slices x rows x columns) and mask_N.dat
(uint8, shape + 1 per axis, first slice/row/column dropped, >= 128 inside), and records: shape,
spacing, HU range, voxel counts of each mask, whether each mask equals its stored threshold, and
sample voxel values indexed (column i, row j, slice k).
"""
import json
import plistlib
import sys
import tarfile

import numpy as np

src, out = sys.argv[1], sys.argv[2]
members = {}
with tarfile.open(src, "r:gz") as t:
    for m in t.getmembers():
        if m.isfile():
            members[m.name.split("/")[-1]] = t.extractfile(m).read()
main = plistlib.loads(members["main.plist"])
shape = tuple(main["matrix"]["shape"])
ct = np.frombuffer(members["matrix.dat"], dtype="<i2").reshape(shape)
res = {
    "shape_slices_rows_cols": list(shape),
    "spacing_col_row_slice": main["spacing"],
    "hu_min": int(ct.min()),
    "hu_max": int(ct.max()),
    "masks": {},
    "samples_ijk_hu": [],
}
for key, name in sorted(main["masks"].items()):
    mp = plistlib.loads(members[name])
    mk = np.frombuffer(members[mp["mask_file"]], dtype=np.uint8).reshape(mp["mask_shape"])[1:, 1:, 1:] >= 128
    lo, hi = mp["threshold_range"]
    res["masks"][key] = {
        "threshold": [lo, hi],
        "voxels": int(mk.sum()),
        "equals_threshold": bool(np.array_equal(mk, (ct >= lo) & (ct <= hi))),
    }
rng = np.random.default_rng(6)
for _ in range(20):
    k, j, i = (int(rng.integers(0, n)) for n in shape)
    res["samples_ijk_hu"].append([i, j, k, int(ct[k, j, i])])
json.dump(res, open(out, "w"), indent=1)
print(json.dumps({k: v for k, v in res.items() if k != "samples_ijk_hu"}))
