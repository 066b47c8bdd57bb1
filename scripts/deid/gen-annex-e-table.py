#!/usr/bin/python3
"""Generates lib/deid/table/annex-e-basic.json and lib/deid/table/vr-dictionary.json offline.

Input: lib/deid/table/table-e1-1.tsv, a transcription of the "Basic Prof." column of DICOM PS3.15
Table E.1-1 (edition named in its header). Every row is checked against pydicom's data dictionary
(Debian python3-pydicom, offline): the tag must exist (or be a repeating-group mask), and its VR is
taken from that dictionary. The VR dictionary (tag -> first VR) is what the TypeScript parser uses
for Implicit VR files.

Run: /usr/bin/python3 scripts/deid/gen-annex-e-table.py && npx prettier --write lib/deid/table/*.json
(re-run after editing the TSV; prettier keeps `npm run format:check` green).
"""
import json
import re
import sys
from pathlib import Path

import pydicom
from pydicom.datadict import DicomDictionary, RepeatersDictionary

ROOT = Path(__file__).resolve().parents[2]
TSV = ROOT / "lib/deid/table/table-e1-1.tsv"
OUT = ROOT / "lib/deid/table/annex-e-basic.json"
VR_OUT = ROOT / "lib/deid/table/vr-dictionary.json"
ACTIONS = {"D", "Z", "X", "K", "C", "U", "X/Z", "X/D", "Z/D", "X/Z/D", "X/Z/U*"}


def first_vr(vr: str) -> str:
    vr = vr.split(" or ")[0]
    return "OW" if vr == "ox" else ("US" if vr == "xs" else vr)


def repeater_vr(mask: str):
    for key, entry in RepeatersDictionary.items():
        if key.lower() == mask.lower():
            return first_vr(entry[0]), entry[2]
    return None, None


def main() -> int:
    header = [l[2:].rstrip() for l in TSV.read_text().splitlines() if l.startswith("# ")]
    edition = next((l for l in header if l.startswith("Edition:")), "Edition: unknown")
    rows, errors, seen = [], [], set()
    for n, line in enumerate(TSV.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append(f"line {n}: expected 3 tab-separated columns")
            continue
        tag, action, name = parts
        if not re.fullmatch(r"[0-9a-fx]{8}", tag):
            errors.append(f"line {n}: bad tag {tag}")
            continue
        if action not in ACTIONS:
            errors.append(f"line {n}: bad action {action}")
        if tag in seen:
            errors.append(f"line {n}: duplicate tag {tag}")
        seen.add(tag)
        if "x" in tag:
            vr, keyword = repeater_vr(tag)
            if tag == "50xxxxxx":
                vr, keyword = "OB", "CurveData"
        else:
            entry = DicomDictionary.get(int(tag, 16))
            vr, keyword = (first_vr(entry[0]), entry[4]) if entry else (None, None)
        if vr is None and tag not in ("00001000", "00001001"):
            print(f"note: {tag} {name} not in pydicom {pydicom.__version__} dictionary", file=sys.stderr)
        rows.append({"tag": tag, "action": action, "name": name, "keyword": keyword or "", "vr": vr or "UN"})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    doc = {
        "standard": "DICOM PS3.15 Annex E, Table E.1-1, Basic Application Level Confidentiality Profile",
        "edition": edition.removeprefix("Edition: "),
        "generatedBy": "scripts/deid/gen-annex-e-table.py from lib/deid/table/table-e1-1.tsv",
        "vrSource": f"pydicom {pydicom.__version__} data dictionary",
        "rows": sorted(rows, key=lambda r: r["tag"]),
    }
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    vrs = {f"{k:08x}": first_vr(v[0]) for k, v in DicomDictionary.items() if v[0]}
    for mask, entry in RepeatersDictionary.items():
        vrs[mask.lower()] = first_vr(entry[0])
    VR_OUT.write_text(json.dumps({"source": f"pydicom {pydicom.__version__}", "vr": dict(sorted(vrs.items()))}) + "\n")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}; {len(vrs)} VRs -> {VR_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
