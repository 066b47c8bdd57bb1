#!/usr/bin/python3
"""Independent reference for the RTSTRUCT importer tests (pydicom + numpy).

Per ROI: name, display colour, contour count and total contour points per geometric type, the
contours lying on the one CT slice present (ct.0.dcm; plane distance < 0.25 slice thickness) with
their pixel count on that slice, and the pixel count on a "virtual" grid: the CT's pixel lattice
(cropped to the contours' extent) stacked at the slice thickness from the lowest contour plane.
Rasterisation rule (the atlas' documented rule): a pixel belongs to a contour when its centre is
inside it (even-odd) or on its edge (distance <= 1e-7 pixel); the contours of one ROI on one slice
are combined by XOR (holes). Usage:
  /usr/bin/python3 scripts/reference/expected_rtstruct.py > tests/fixtures/importers/expected-rtstruct.json
"""
import json
import os
import sys

import numpy as np
import pydicom

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external", "dicompyler-rtstruct")
EPS = 1e-7


def raster(nx, ny, poly):
    """Boolean ny x nx mask: pixel centres (i, j) inside (even-odd) or on the edge of poly (pixel coords)."""
    poly = np.asarray(poly, dtype=float)
    x0, y0 = np.floor(poly.min(0)).astype(int) - 1
    x1, y1 = np.ceil(poly.max(0)).astype(int) + 1
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, nx - 1), min(y1, ny - 1)
    out = np.zeros((ny, nx), bool)
    if x1 < x0 or y1 < y0:
        return out
    J, I = np.mgrid[y0:y1 + 1, x0:x1 + 1].astype(float)
    inside = np.zeros(I.shape, bool)
    edge = np.zeros(I.shape, bool)
    n = len(poly)
    for a in range(n):
        ax, ay = poly[a]
        bx, by = poly[a - 1]
        dx, dy = bx - ax, by - ay
        l2 = dx * dx + dy * dy
        t = np.clip(((I - ax) * dx + (J - ay) * dy) / l2, 0, 1) if l2 > 0 else np.zeros(I.shape)
        edge |= (ax + t * dx - I) ** 2 + (ay + t * dy - J) ** 2 <= EPS * EPS
        crosses = (ay > J) != (by > J)
        with np.errstate(divide="ignore", invalid="ignore"):
            xc = ax + (J - ay) * (bx - ax) / (by - ay)
        inside ^= crosses & (I < xc)
    out[y0:y1 + 1, x0:x1 + 1] = (inside & (n >= 3)) | edge
    return out


ct = pydicom.dcmread(os.path.join(ROOT, "ct.0.dcm"), stop_before_pixels=True)
rs = pydicom.dcmread(os.path.join(ROOT, "rtss.dcm"))
ori = np.array(ct.ImageOrientationPatient, float)
row, col = ori[:3], ori[3:]
normal = np.cross(row, col)
pos = np.array(ct.ImagePositionPatient, float)
sr, sc = (float(v) for v in ct.PixelSpacing)  # between rows, between columns
thick = float(ct.SliceThickness)
names = {int(r.ROINumber): str(r.ROIName) for r in rs.StructureSetROISequence}

all_pts = np.concatenate([np.array(c.ContourData, float).reshape(-1, 3)
                          for rc in rs.ROIContourSequence for c in rc.get("ContourSequence", [])])
ii = (all_pts - pos) @ row / sc
jj = (all_pts - pos) @ col / sr
dd = (all_pts - pos) @ normal
i0, j0 = int(np.floor(ii.min())) - 1, int(np.floor(jj.min())) - 1
nx, ny = int(np.ceil(ii.max())) + 2 - i0, int(np.ceil(jj.max())) + 2 - j0
d0 = dd.min()
ks = (dd - d0) / thick
assert np.abs(ks - np.round(ks)).max() < 1e-3, "contour planes are not on a lattice of the slice thickness"
nz = int(np.round(ks.max())) + 1
vorigin = pos + i0 * sc * row + j0 * sr * col + d0 * normal
vgrid = {"dims": [nx, ny, nz], "spacing": [sc, sr, thick], "origin": list(vorigin),
         "direction": [row[0], col[0], normal[0], row[1], col[1], normal[1], row[2], col[2], normal[2]]}

rois = []
for rc in rs.ROIContourSequence:
    n = int(rc.ReferencedROINumber)
    contours = list(rc.get("ContourSequence", []))
    by_type, points = {}, {}
    on_ct, on_ct_points = [], []
    per_slice = {}
    for c in contours:
        t = str(c.ContourGeometricType)
        p = np.array(c.ContourData, float).reshape(-1, 3)
        by_type[t] = by_type.get(t, 0) + 1
        points[t] = points.get(t, 0) + len(p)
        if t != "CLOSED_PLANAR":
            continue
        d = (p - pos) @ normal
        if abs(d.mean()) < 0.25 * thick:
            on_ct.append(p)
            on_ct_points.append(len(p))
        k = int(np.round(((p - pos) @ normal - d0).mean() / thick))
        px = np.stack([(p - vorigin) @ row / sc, (p - vorigin) @ col / sr], 1)
        m = raster(nx, ny, px)
        per_slice[k] = per_slice[k] ^ m if k in per_slice else m
    ct_mask = np.zeros((int(ct.Rows), int(ct.Columns)), bool)
    for p in on_ct:
        px = np.stack([(p - pos) @ row / sc, (p - pos) @ col / sr], 1)
        ct_mask ^= raster(int(ct.Columns), int(ct.Rows), px)
    rois.append({"number": n, "name": names[n], "color": "#%02x%02x%02x" % tuple(int(v) for v in rc.ROIDisplayColor),
                 "contours": by_type, "points": points, "contoursOnCt": len(on_ct), "pointsOnCt": on_ct_points,
                 "pixelsOnCt": int(ct_mask.sum()), "voxelsOnVirtualGrid": int(sum(m.sum() for m in per_slice.values())),
                 "slicesOnVirtualGrid": len(per_slice)})
json.dump({"ctSopInstanceUid": str(ct.SOPInstanceUID), "virtualGrid": vgrid, "rois": rois}, sys.stdout, indent=1)
print()
