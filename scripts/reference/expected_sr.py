#!/usr/bin/python3
"""Independent reference for the DICOM SR TID 1500 importer tests (pydicom + numpy).

Per SR: observer name, and per Measurement Group: tracking identifier and UID, finding, finding
site, numeric measurements (concept, value, UCUM unit, derivation) and spatial coordinates. SCOORD
(pixel) coordinates are converted to patient LPS mm with the referenced image's geometry: DICOM
puts (0, 0) at the top-left corner of the top-left pixel, so the pixel-centre index is
(column - 0.5, row - 0.5) and world = IPP + (x - 0.5) * colSpacing * rowDir + (y - 0.5) * rowSpacing * colDir.
Usage: /usr/bin/python3 scripts/reference/expected_sr.py > tests/fixtures/importers/expected-sr.json
"""
import json
import os
import sys

import numpy as np
import pydicom

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external")
FILES = ["highdicom-testfiles/sr_document.dcm", "highdicom-testfiles/sr_document_with_multiple_groups.dcm",
         "dcmqi-seg-sr/sr-example/sr.dcm"]
images = {}
for rel in ["highdicom-testfiles/ct_image.dcm"]:
    d = pydicom.dcmread(os.path.join(ROOT, rel), stop_before_pixels=True)
    images[d.SOPInstanceUID] = d


def name(it):
    return it.ConceptNameCodeSequence[0].CodeMeaning if "ConceptNameCodeSequence" in it else ""


def code_value(it):
    return it.ConceptNameCodeSequence[0].CodeValue if "ConceptNameCodeSequence" in it else ""


def to_world(uid, xy):
    d = images[uid]
    o = np.array(d.ImageOrientationPatient, float)
    ipp = np.array(d.ImagePositionPatient, float)
    rs, cs = (float(v) for v in d.PixelSpacing)
    pts = np.array(xy, float).reshape(-1, 2)
    return [list(ipp + (x - 0.5) * cs * o[:3] + (y - 0.5) * rs * o[3:]) for x, y in pts]


def walk(items):
    for it in items:
        yield it
        if "ContentSequence" in it:
            yield from walk(it.ContentSequence)


out = {}
for rel in FILES:
    d = pydicom.dcmread(os.path.join(ROOT, rel))
    observer = ""
    for it in d.ContentSequence:
        if code_value(it) == "121008" and it.ValueType in ("PNAME", "TEXT"):
            observer = str(it.PersonName) if it.ValueType == "PNAME" else str(it.TextValue)
    groups = []
    for it in walk(d.ContentSequence):
        if not (it.ValueType == "CONTAINER" and code_value(it) == "125007"):
            continue
        g = {"trackingId": None, "trackingUid": None, "finding": None, "findingSite": None, "measurements": [], "scoords": []}
        for c in it.ContentSequence:
            cv = code_value(c)
            if cv == "112039":
                g["trackingId"] = c.TextValue
            elif cv == "112040":
                g["trackingUid"] = c.UID
            elif cv == "121071":
                g["finding"] = c.ConceptCodeSequence[0].CodeMeaning
            elif cv in ("363698007", "G-C0E3"):
                g["findingSite"] = c.ConceptCodeSequence[0].CodeMeaning
        for c in walk(it.ContentSequence):
            if c.ValueType == "NUM" and "MeasuredValueSequence" in c and len(c.MeasuredValueSequence):
                mv = c.MeasuredValueSequence[0]
                deriv = None
                for m in c.get("ContentSequence", []):
                    if code_value(m) == "121401":
                        deriv = m.ConceptCodeSequence[0].CodeMeaning
                g["measurements"].append({"name": name(c), "value": float(mv.NumericValue),
                                          "unit": mv.MeasurementUnitsCodeSequence[0].CodeValue, "derivation": deriv})
            if c.ValueType == "SCOORD":
                uid = c.ContentSequence[0].ReferencedSOPSequence[0].ReferencedSOPInstanceUID
                g["scoords"].append({"valueType": "SCOORD", "graphicType": c.GraphicType, "pixels": [float(v) for v in c.GraphicData],
                                     "world": to_world(uid, c.GraphicData)})
            if c.ValueType == "SCOORD3D":
                g["scoords"].append({"valueType": "SCOORD3D", "graphicType": c.GraphicType,
                                     "world": [list(map(float, c.GraphicData[i:i + 3])) for i in range(0, len(c.GraphicData), 3)]})
        groups.append(g)
    out[rel] = {"observer": observer, "groups": groups}
json.dump(out, sys.stdout, indent=1)
print()
