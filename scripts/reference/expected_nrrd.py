#!/usr/bin/python3
"""Independent reference for the NRRD / Slicer .seg.nrrd importer tests.

Parses NRRD headers by hand (no pynrrd here), decodes raw/gzip payloads with numpy and prints, per
file: the LPS grid (origin = centre of voxel 0, spacing, direction columns), label voxel counts and,
for .seg.nrrd, each segment's name, label value, layer, colour (#rrggbb, round(v*255)), voxel count
and terminology codes. Usage: /usr/bin/python3 scripts/reference/expected_nrrd.py > tests/fixtures/importers/expected-nrrd.json
"""
import gzip
import json
import os
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "fixtures", "external")
FILES = [
    "slicer-segnrrd/Segmentation.seg.nrrd",
    "slicer-segnrrd/SegmentationOverlapping.seg.nrrd",
    "pyradiomics-brain-mr/brain1_label.nrrd",
    "pyradiomics-brain-mr/breast1_label.nrrd",
    "dcmqi-seg-sr/liver/liver_seg.nrrd",
]
DTYPES = {"unsigned char": "u1", "uchar": "u1", "uint8": "u1", "char": "i1", "int8": "i1", "short": "i2",
          "int16": "i2", "unsigned short": "u2", "ushort": "u2", "uint16": "u2", "int": "i4", "int32": "i4",
          "unsigned int": "u4", "uint": "u4", "uint32": "u4", "float": "f4", "double": "f8"}


def read(path):
    raw = open(path, "rb").read()
    end = raw.index(b"\n\n")
    header, payload = raw[:end].decode("latin-1"), raw[end + 2:]
    fields, kv = {}, {}
    for line in header.split("\n")[1:]:
        if line.startswith("#") or not line.strip():
            continue
        if ":=" in line:
            k, v = line.split(":=", 1)
            kv[k] = v
        else:
            k, v = line.split(":", 1)
            fields[k.strip()] = v.strip()
    if fields.get("encoding") in ("gzip", "gz"):
        payload = gzip.decompress(payload)
    sizes = [int(s) for s in fields["sizes"].split()]
    endian = "<" if fields.get("endian", "little") == "little" else ">"
    data = np.frombuffer(payload, dtype=np.dtype(endian + DTYPES[fields["type"]]), count=int(np.prod(sizes)))
    data = data.reshape(sizes[::-1])  # C order: last NRRD axis slowest
    return fields, kv, sizes, data


def vec(s):
    return [float(x) for x in s.strip("() ").split(",")]


def grid_of(fields, sizes):
    kinds = fields.get("kinds", "").split()
    dirs = fields["space directions"].split()
    spatial = [i for i, d in enumerate(dirs) if d != "none"]
    cols = [vec(dirs[i]) for i in spatial]
    origin = vec(fields["space origin"])
    space = fields.get("space", "left-posterior-superior")
    if space in ("right-anterior-superior", "RAS"):
        flip = np.array([-1, -1, 1])
    elif space in ("left-posterior-superior", "LPS"):
        flip = np.array([1, 1, 1])
    else:
        raise SystemExit("unhandled space " + space)
    cols = [list(np.array(c) * flip) for c in cols]
    origin = list(np.array(origin) * flip)
    spacing = [float(np.linalg.norm(c)) for c in cols]
    direction = [[cols[c][r] / spacing[c] for c in range(3)] for r in range(3)]
    return {"dims": [sizes[i] for i in spatial], "spacing": spacing, "origin": origin,
            "direction": [v for row in direction for v in row], "listAxis": kinds.index("list") if "list" in kinds else None}


def hex_colour(s):
    return "#" + "".join("%02x" % int(np.floor(float(v) * 255 + 0.5)) for v in s.split())


def codes_of(tags):
    for tag in tags.split("|"):
        if tag.startswith("TerminologyEntry:"):
            parts = tag[len("TerminologyEntry:"):].split("~")
            out = []
            for p in (parts[2], parts[1]):  # type first, then category
                scheme, code, meaning = p.split("^")
                if code:
                    out.append({"scheme": scheme, "code": code, "meaning": meaning})
            mod = parts[3].split("^")
            return out, (mod[2].lower() if len(mod) == 3 and mod[2] else None)
    return [], None


result = {}
for rel in FILES:
    fields, kv, sizes, data = read(os.path.join(ROOT, rel))
    grid = grid_of(fields, sizes)
    entry = {"grid": {k: grid[k] for k in ("dims", "spacing", "origin", "direction")}}
    if grid["listAxis"] is not None:
        # numpy axes are reversed; the list axis (NRRD axis 0) is the last numpy axis.
        layers = [data[..., l] for l in range(sizes[0])]
    else:
        layers = [data]
    entry["layers"] = len(layers)
    entry["labelCounts"] = [
        {str(int(v)): int(c) for v, c in zip(*np.unique(layer, return_counts=True)) if v != 0} for layer in layers
    ]
    segs = []
    i = 0
    while f"Segment{i}_ID" in kv:
        p = f"Segment{i}_"
        layer = int(kv.get(p + "Layer", "0"))
        value = int(kv.get(p + "LabelValue", str(i + 1)))
        codes, modifier = codes_of(kv.get(p + "Tags", ""))
        segs.append({"name": kv[p + "Name"], "labelValue": value, "layer": layer,
                     "color": hex_colour(kv[p + "Color"]), "voxels": int((layers[layer] == value).sum()),
                     "codes": codes, "typeModifier": modifier})
        i += 1
    if segs:
        entry["segments"] = segs
    result[rel] = entry
json.dump(result, sys.stdout, indent=1)
print()
