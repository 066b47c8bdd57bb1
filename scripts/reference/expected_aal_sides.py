#!/usr/bin/python3
"""Independent reference for the QC side rule: centroid of AAL Precentral_L (label 1) and
Precentral_R (label 2) in patient LPS mm, computed with nibabel from the NIfTI affine (RAS).
Run: /usr/bin/python3 scripts/reference/expected_aal_sides.py  (prints one JSON line)."""
import json
import nibabel as nib
import numpy as np

img = nib.load("public/cases/colin27/aal.nii.gz")
data = np.asarray(img.dataobj)
out = {}
for label in (1, 2):
    ijk = np.argwhere(data == label)
    ras = nib.affines.apply_affine(img.affine, ijk).mean(axis=0)
    out[label] = round(float(-ras[0]), 2)  # LPS x = -RAS x; > 0 is patient left
print(json.dumps(out))
