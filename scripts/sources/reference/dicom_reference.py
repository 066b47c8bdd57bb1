#!/usr/bin/python3
"""Independent reference for case:import's DICOM series input (pydicom + numpy).

Usage: /usr/bin/python3 scripts/sources/reference/dicom_reference.py CT_SERIES_DIR SEG.dcm OUT.json
Sorts the slices along the normal of Image Orientation (Patient), applies Rescale Slope/Intercept
and records the LPS origin, spacing, sample voxel values (i = column, j = row, k = slice) and, for
the SEG, the number of foreground pixels per slice k (frames mapped by Referenced SOP Instance UID).
"""
import json
import os
import sys

import numpy as np
import pydicom

series, seg_path, out = sys.argv[1], sys.argv[2], sys.argv[3]
ds = [pydicom.dcmread(os.path.join(series, f)) for f in sorted(os.listdir(series))]
ori = np.array(ds[0].ImageOrientationPatient, dtype=float)
normal = np.cross(ori[:3], ori[3:])
ds.sort(key=lambda d: float(np.dot(np.array(d.ImagePositionPatient, dtype=float), normal)))
vol = np.stack([d.pixel_array * float(getattr(d, "RescaleSlope", 1)) + float(getattr(d, "RescaleIntercept", 0)) for d in ds])
pos = [np.array(d.ImagePositionPatient, dtype=float) for d in ds]
uid_to_k = {d.SOPInstanceUID: k for k, d in enumerate(ds)}
seg = pydicom.dcmread(seg_path)
frames = seg.pixel_array.reshape(-1, seg.Rows, seg.Columns)
per_k = {}
for f, fg in enumerate(seg.PerFrameFunctionalGroupsSequence):
    uid = fg.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID
    k = uid_to_k[uid]
    per_k[str(k)] = per_k.get(str(k), 0) + int(frames[f].sum())
rng = np.random.default_rng(6)
samples = []
for _ in range(20):
    k, j, i = (int(rng.integers(0, n)) for n in vol.shape)
    samples.append([i, j, k, float(vol[k, j, i])])
res = {
    "dims": [int(ds[0].Columns), int(ds[0].Rows), len(ds)],
    "spacing": [float(ds[0].PixelSpacing[1]), float(ds[0].PixelSpacing[0]), float(np.dot(pos[1] - pos[0], normal))],
    "origin": [float(v) for v in pos[0]],
    "samples_ijk_value": samples,
    "seg_foreground_per_slice": per_k,
}
json.dump(res, open(out, "w"), indent=1)
print(json.dumps({k: v for k, v in res.items() if k != "samples_ijk_value"}))
