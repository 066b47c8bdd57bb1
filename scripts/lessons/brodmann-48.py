#!/usr/bin/env python3
"""Numbers for the "template artefact" paragraph of content/lessons/when-experts-disagree.mdx.

Counts the voxels of label 48 of the Colin27 Brodmann template (public/cases/colin27/brodmann.nii.gz,
from Debian's mricron-data) and which AAL regions (public/cases/colin27/aal.nii.gz, same grid) they
fall in, and the share of AAL's Heschl's gyrus (labels 79, 80) that carries label 48.

    /usr/bin/python3 scripts/lessons/brodmann-48.py

Printed on 6 Dec 2026: 158164 voxels (the largest label of the template); outside any AAL region
54181, insula 23199, Rolandic operculum 16484, superior temporal gyrus 15311, putamen 10202,
supramarginal gyrus 9961, inferior frontal pars triangularis 7847 and opercularis 7558; Heschl's
gyrus in label 48: 94.3 %.
"""
import json
import os

import nibabel as nib
import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def load(name):
    return np.asarray(nib.load(os.path.join(ROOT, "public/cases/colin27", name)).dataobj).astype(int)


brodmann = load("brodmann.nii.gz")
aal = load("aal.nii.gz")
with open(os.path.join(ROOT, "content/cases/colin27/annotations/aal.json")) as f:
    names = {a["label"]: a["structure"] for a in json.load(f)["annotations"]}
sizes = {int(v): int(n) for v, n in zip(*np.unique(brodmann, return_counts=True)) if v}
in48 = brodmann == 48
print(f"label 48: {int(in48.sum())} voxels; largest label: {max(sizes, key=sizes.get)}")
values, counts = np.unique(aal[in48], return_counts=True)
for v, n in sorted(zip(values, counts), key=lambda x: -x[1])[:10]:
    print(f"  {names.get(int(v), 'outside AAL'):28s} {int(n)}")
heschl = np.isin(aal, [79, 80])
print(f"Heschl's gyrus (AAL 79, 80) in label 48: {100 * (brodmann[heschl] == 48).mean():.1f} %")
