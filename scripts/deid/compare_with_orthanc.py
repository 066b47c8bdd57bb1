#!/usr/bin/python3
"""Compares `npm run deid` with Orthanc's own anonymizer on the same inputs.

usage: /usr/bin/python3 scripts/deid/compare_with_orthanc.py IN_DIR OUT_DIR ORTHANC_STATE_DIR > result.json

For every input that `npm run deid` de-identified (OUT_DIR.deid-report.json), uploads the ORIGINAL to
the running Orthanc (started by `npm run pacs:up`, admin credential from its state dir), asks
`POST /instances/{id}/anonymize` with {"DicomVersion": "2021b"}, then walks input, our output and
Orthanc's output in parallel (same tag path) and classifies what each tool did to every input element:
kept, emptied, changed (dummy or new UID), removed. Prints a JSON summary of the disagreements,
grouped by tag and by (ours, orthanc) outcome, plus attributes each tool ADDED.
"""
import io
import json
import sys
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

import pydicom


def request(url, auth, data=None, ctype="application/dicom"):
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    req.add_header("Authorization", auth)
    if data is not None:
        req.add_header("Content-Type", ctype)
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def text(e):
    v = e.value
    if isinstance(v, (list, pydicom.multival.MultiValue)):
        return "\\".join(str(x) for x in v)
    return "" if v is None else str(v)


def outcome(a, b):
    if b is None:
        return "removed"
    if (a.VR == "SQ" and len(a.value) == 0) or (a.VR != "SQ" and not text(a)):
        return "kept-empty" if ((b.VR == "SQ" and len(b.value) == 0) or (b.VR != "SQ" and not text(b))) else "filled"
    if a.VR == "SQ":
        return "kept" if len(b.value) == len(a.value) else ("emptied" if len(b.value) == 0 else "changed")
    if not text(b) and text(a):
        return "emptied"
    return "kept" if (b.value == a.value) else "changed"


def walk(a_ds, ours, orth, path, out):
    for a in a_ds:
        tag = f"({a.tag.group:04X},{a.tag.element:04X})"
        o = ours.get(a.tag) if ours is not None else None
        t = orth.get(a.tag) if orth is not None else None
        key = f"{path}{tag} {a.keyword or ('private' if a.tag.is_private else '?')}"
        out.append((key, a.VR, outcome(a, o), outcome(a, t)))
        if a.VR == "SQ" and o is not None and t is not None and o.VR == "SQ" and t.VR == "SQ":
            for i, (x, y, z) in enumerate(zip(a.value, o.value, t.value)):
                walk(x, y, z, f"{tag}[].", out)


def main():
    in_dir, out_dir, state_dir = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    state = json.loads((state_dir / "state.json").read_text())
    base, auth = f"http://127.0.0.1:{state['port']}", state["adminAuth"]
    report = json.loads(Path(f"{out_dir}.deid-report.json").read_text())
    rows, added_ours, added_orth, failures, files = [], Counter(), Counter(), [], 0
    for entry in report["entries"]:
        if "output" not in entry:
            continue
        src = in_dir / entry["input"]
        try:
            up = json.loads(request(f"{base}/instances", auth, src.read_bytes()))
            anon = request(f"{base}/instances/{up['ID']}/anonymize", auth, json.dumps({"DicomVersion": "2021b"}).encode(), "application/json")
            orth = pydicom.dcmread(io.BytesIO(anon))
            a = pydicom.dcmread(src, force=True)
            ours = pydicom.dcmread(out_dir / entry["output"])
        except Exception as e:  # noqa: BLE001 - recorded per file
            failures.append(f"{entry['input']}: {e}")
            continue
        files += 1
        walk(a, ours, orth, "", rows)
        added_ours.update(f"({e.tag.group:04X},{e.tag.element:04X}) {e.keyword}" for e in ours if e.tag not in a)
        added_orth.update(f"({e.tag.group:04X},{e.tag.element:04X}) {e.keyword}" for e in orth if e.tag not in a)
    diff = defaultdict(Counter)
    agree = 0
    for key, vr, o, t in rows:
        if o == t:
            agree += 1
        else:
            diff[key][f"ours={o} orthanc={t}"] += 1
    print(json.dumps({
        "files": files,
        "elementsCompared": len(rows),
        "agree": agree,
        "disagree": len(rows) - agree,
        "byOutcome": Counter(f"ours={o} orthanc={t}" for _, _, o, t in rows if o != t).most_common(),
        "byTag": {k: dict(v) for k, v in sorted(diff.items(), key=lambda kv: -sum(kv[1].values()))},
        "addedByOurs": dict(added_ours),
        "addedByOrthanc": dict(added_orth),
        "orthancFailures": failures,
    }, indent=1))


if __name__ == "__main__":
    main()
