#!/usr/bin/python3
"""Independent reference for the QC island and hole rules (scipy.ndimage, face connectivity):
islands of Harvard-Oxford label 5 (pars triangularis) and voxels outside its two largest, and the
enclosed background of the head-ct bone threshold mask (holes not touching the volume border).
Run: /usr/bin/python3 scripts/reference/expected_qc_components.py  (prints one JSON line)."""
import json
import nibabel as nib
import numpy as np
from scipy import ndimage as ndi

ho = np.asarray(nib.load("public/cases/colin27/harvard-oxford.nii.gz").dataobj) == 5
lab, n = ndi.label(ho)
sizes = np.sort(np.bincount(lab.ravel())[1:])[::-1]
bone = np.asarray(nib.load("public/cases/head-ct/bone-threshold.nii.gz").dataobj) > 0
bg, _ = ndi.label(~bone)
faces = [bg[0], bg[-1], bg[:, 0], bg[:, -1], bg[:, :, 0], bg[:, :, -1]]
border = set(np.unique(np.concatenate([f.ravel() for f in faces])).tolist())
counts = np.bincount(bg.ravel())
holes = [i for i in range(1, len(counts)) if i not in border]
print(json.dumps({
    "hoIslands": int(n), "hoStray": int(sizes[2:].sum()),
    "boneHoles": len(holes), "boneHoleVoxels": int(counts[holes].sum()),
}))
