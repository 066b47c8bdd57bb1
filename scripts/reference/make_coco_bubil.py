#!/usr/bin/python3
"""Builds a COCO JSON from the BU-BIL multi-rater cell masks (numpy + skimage, no pycocotools) and
prints the expected numbers for the COCO importer tests.

  /usr/bin/python3 scripts/reference/make_coco_bubil.py OUT.json > tests/fixtures/importers/expected-coco.json

Images P01-P03 (1300 x 1030); one annotation per rater and image (GoldStandard + 10 expert masks,
foreground = black). Raters take turns between the three COCO segmentation encodings: polygon
(skimage find_contours at 0.5 + approximate_polygon 0.75 px, pixel centre = index + 0.5),
uncompressed RLE and compressed RLE (pycocotools' string encoding, re-implemented below). All have
bbox [x, y, w, h] (pixel-edge coordinates), `attributes.annotator`, and 3 keypoints
(centroid v=2, topmost pixel v=1, nucleus v=0 = not labelled). Expected output per annotation:
encoding, mask pixel count, bbox, polygon vertex counts, keypoints.
"""
import json
import os
import sys

import numpy as np
from skimage import io, measure

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external", "bubil-multirater")
EXPERTS = sorted(os.listdir(os.path.join(ROOT, "ExpertsAnnotations_2A")))
RATERS = ["GoldStandard"] + EXPERTS
ENCODINGS = ["polygon", "rle", "compressed-rle"]


def rle_counts(mask):
    """COCO RLE counts: column-major (Fortran) runs, starting with a (possibly empty) run of zeros."""
    flat = mask.flatten(order="F").astype(np.uint8)
    counts, prev, run = [], 0, 0
    for v in flat:
        if v != prev:
            counts.append(run)
            run, prev = 0, v
        run += 1
    counts.append(run)
    return counts


def rle_string(counts):
    """pycocotools rleToString: LEB128-like 5-bit groups, delta against counts[i-2] for i > 2."""
    s = []
    for i, x in enumerate(counts):
        x = int(x)
        if i > 2:
            x -= int(counts[i - 2])
        more = True
        while more:
            c = x & 0x1F
            x >>= 5
            more = (x != -1) if (c & 0x10) else (x != 0)
            if more:
                c |= 0x20
            s.append(chr(c + 48))
    return "".join(s)


def load(path):
    a = io.imread(path)
    if a.ndim == 3:
        a = a[..., 0]
    return a == 0


def mask_path(rater, image):
    if rater == "GoldStandard":
        return os.path.join(ROOT, "GoldStandard", f"seg_{image}.png")
    return os.path.join(ROOT, "ExpertsAnnotations_2A", rater, f"seg_{image}.png")


coco = {"info": {"description": "BU-BIL Dataset 2 cell masks as COCO (generated for importer tests)"},
        "images": [], "categories": [{"id": 1, "name": "cell", "supercategory": "cell",
                                      "keypoints": ["centroid", "top", "nucleus"], "skeleton": [[1, 2]]}],
        "annotations": []}
expected = {"images": [], "annotations": []}
ann_id = 0
for img_id, image in enumerate(["P01", "P02", "P03"], start=1):
    h, w = io.imread(os.path.join(ROOT, "RawImages", f"{image}.png")).shape[:2]
    coco["images"].append({"id": img_id, "file_name": f"{image}.png", "width": int(w), "height": int(h)})
    expected["images"].append({"id": img_id, "file_name": f"{image}.png", "width": int(w), "height": int(h)})
    for r, rater in enumerate(RATERS):
        m = load(mask_path(rater, image))
        assert m.shape == (h, w), (rater, image, m.shape)
        ann_id += 1
        rows, cols = np.nonzero(m)
        bbox = [int(cols.min()), int(rows.min()), int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1)]
        enc = ENCODINGS[r % 3]
        vertices = []
        if enc == "polygon":
            seg = []
            for c in measure.find_contours(np.pad(m, 1).astype(float), 0.5):
                c = measure.approximate_polygon(c - 1, tolerance=0.75)[:-1]  # closed: drop repeated vertex
                if len(c) < 3:
                    continue
                seg.append([float(round(v, 3)) for rc in c for v in (rc[1] + 0.5, rc[0] + 0.5)])
                vertices.append(len(c))
        elif enc == "rle":
            seg = {"counts": rle_counts(m), "size": [int(h), int(w)]}
        else:
            seg = {"counts": rle_string(rle_counts(m)), "size": [int(h), int(w)]}
        top = int(np.argmin(rows))
        kp = [float(round(cols.mean() + 0.5, 3)), float(round(rows.mean() + 0.5, 3)), 2,
              float(cols[top] + 0.5), float(rows[top] + 0.5), 1, 0, 0, 0]
        coco["annotations"].append({"id": ann_id, "image_id": img_id, "category_id": 1, "segmentation": seg,
                                    "area": int(m.sum()), "bbox": bbox, "iscrowd": 0 if enc == "polygon" else 1,
                                    "keypoints": kp, "num_keypoints": 2, "attributes": {"annotator": rater}})
        expected["annotations"].append({"id": ann_id, "image": f"{image}.png", "rater": rater, "encoding": enc,
                                        "pixels": int(m.sum()), "bbox": bbox, "polygonVertices": vertices, "keypoints": kp})
with open(sys.argv[1], "w") as f:
    json.dump(coco, f)
json.dump(expected, sys.stdout, indent=1)
print()
