#!/usr/bin/python3
"""Independent reference for the NIfTI label map importer tests (nibabel + numpy): per file the
LPS grid (nibabel affine with x and y negated) and the voxel count of every non-zero label.
Usage: /usr/bin/python3 scripts/reference/expected_nifti.py > tests/fixtures/importers/expected-nifti.json
"""
import json
import os
import sys

import nibabel as nib
import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external")
out = {}
for rel in ["totalseg-ct/example_seg.nii.gz", "totalseg-ct/example_seg_mr.nii.gz"]:
    img = nib.load(os.path.join(ROOT, rel))
    data = np.asarray(img.dataobj)
    aff = img.affine.copy()
    aff[:2] *= -1
    spacing = np.linalg.norm(aff[:3, :3], axis=0)
    out[rel] = {"dims": list(map(int, data.shape[:3])), "spacing": [float(s) for s in spacing],
                "origin": [float(v) for v in aff[:3, 3]],
                "labelCounts": {str(int(v)): int(c) for v, c in zip(*np.unique(data, return_counts=True)) if v != 0}}
json.dump(out, sys.stdout, indent=1)
print()
