#!/usr/bin/python3
"""Independent reference for the DICOM SEG importer tests (pydicom + numpy + skimage).

For each SEG: per segment the label, sRGB colour of Recommended Display CIELab Value (skimage
lab2rgb, D65), type/category codes, frame count, total voxel count, voxels per referenced SOP
Instance UID, and (when the source CT is present) voxels per slice index k of that CT sorted along
the slice normal. Usage:
  /usr/bin/python3 scripts/reference/expected_dicom_seg.py > tests/fixtures/importers/expected-dicom-seg.json
"""
import glob
import json
import os
import sys

import numpy as np
import pydicom
from skimage.color import lab2rgb

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external")
FILES = {
    "dcmqi-seg-sr/liver/liver.dcm": "dcmqi-seg-sr/ct-3slice",
    "dcmqi-seg-sr/liver/partial_overlaps.dcm": "dcmqi-seg-sr/ct-3slice",
    "dcmqi-seg-sr/sr-example/seg.dcm": None,
    "highdicom-testfiles/seg_image_ct_binary.dcm": None,
    "highdicom-testfiles/seg_image_ct_binary_overlap.dcm": None,
    "highdicom-testfiles/seg_image_cr_binary.dcm": None,
}


def colour(lab):
    L = lab[0] / 65535 * 100
    a = lab[1] / 65535 * 255 - 128
    b = lab[2] / 65535 * 255 - 128
    rgb = lab2rgb(np.array([[[L, a, b]]]), illuminant="D65")[0, 0]
    return "#" + "".join("%02x" % int(np.floor(c * 255 + 0.5)) for c in np.clip(rgb, 0, 1))


def code(seq):
    if seq is None or len(seq) == 0:
        return None
    c = seq[0]
    return {"scheme": c.CodingSchemeDesignator, "code": c.CodeValue, "meaning": c.CodeMeaning}


def ct_slices(folder):
    ds = [pydicom.dcmread(f, stop_before_pixels=True) for f in sorted(glob.glob(os.path.join(ROOT, folder, "*.dcm")))]
    o = np.array(ds[0].ImageOrientationPatient, dtype=float)
    n = np.cross(o[:3], o[3:])
    ds.sort(key=lambda d: float(np.dot(n, np.array(d.ImagePositionPatient, dtype=float))))
    return {d.SOPInstanceUID: k for k, d in enumerate(ds)}


out = {}
for rel, ct in FILES.items():
    d = pydicom.dcmread(os.path.join(ROOT, rel))
    px = d.pixel_array
    if px.ndim == 2:
        px = px[None]
    kmap = ct_slices(ct) if ct else None
    segs = {}
    for s in d.SegmentSequence:
        segs[s.SegmentNumber] = {
            "number": int(s.SegmentNumber),
            "label": str(s.SegmentLabel),
            "color": colour(list(s.RecommendedDisplayCIELabValue)) if "RecommendedDisplayCIELabValue" in s else None,
            "type": code(s.get("SegmentedPropertyTypeCodeSequence")),
            "category": code(s.get("SegmentedPropertyCategoryCodeSequence")),
            "algorithmType": str(s.get("SegmentAlgorithmType", "")),
            "frames": 0, "voxels": 0, "voxelsByReference": {}, "voxelsBySlice": {} if kmap else None,
        }
    for f, pf in enumerate(d.PerFrameFunctionalGroupsSequence):
        n = int(pf.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        count = int((px[f] > 0).sum())
        s = segs[n]
        s["frames"] += 1
        s["voxels"] += count
        uid = pf.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID
        s["voxelsByReference"][uid] = s["voxelsByReference"].get(uid, 0) + count
        if kmap:
            k = str(kmap[uid])
            s["voxelsBySlice"][k] = s["voxelsBySlice"].get(k, 0) + count
    out[rel] = {"rows": int(d.Rows), "columns": int(d.Columns), "frames": int(px.shape[0]),
                "segmentationType": str(d.SegmentationType), "contentCreatorName": str(d.get("ContentCreatorName", "")),
                "segments": list(segs.values())}
json.dump(out, sys.stdout, indent=1)
print()
