#!/usr/bin/python3
"""Independent check of `npm run deid` output with pydicom (Debian python3-pydicom).

usage: /usr/bin/python3 scripts/deid/verify_deid.py IN_DIR OUT_DIR [REPORT.json]
(REPORT.json defaults to OUT_DIR.deid-report.json, where `npm run deid` writes it.)

Reads the batch report (input -> output pairs), then for every pair, walking input and output
data sets in parallel (same tag path, sequences item by item), checks against the Basic Profile
actions read from lib/deid/table/table-e1-1.tsv (not from the TypeScript code):
  X  -> absent from the output;  Z -> absent or empty;  D -> absent, empty or different;
  U  -> changed, and the original -> new mapping is one-to-one across ALL files of the batch;
  no private (odd group) element left; no non-empty DA/DT left unless (0028,0303) is MODIFIED;
  Patient Identity Removed = YES, De-identification Method, code 113100 in its code sequence,
  Longitudinal Temporal Information Modified present; pixel data byte-identical;
  every Referenced SOP Instance UID that named an input instance names that instance's new UID;
  files with Burned In Annotation = YES / modality US / secondary capture are under needs-review/;
  the output's File Meta group holds only version, media storage SOP class/instance UIDs (the
  instance UID equal to the SOP Instance UID, never the input's when the input's was replaced or
  absent from the data set), transfer syntax and implementation UID/version name;
  no element of VR UN is left (an unknown attribute's opaque bytes can hide a whole sequence);
  every PN element at every depth is empty or a dummy;
  no patient name/ID or meta AE title/address of the input occurs anywhere in the output's bytes.
Prints one JSON line of counts; exit 1 with the list of failures when anything is wrong.
"""
import json
import re
import sys
from pathlib import Path

import pydicom
from pydicom.sequence import Sequence

ROOT = Path(__file__).resolve().parents[2]
DUMMIES = {"ANONYMIZED", "19000101", "19000101000000", "000000", "0", "000Y"}  # any dummy is acceptable for D
DUMMY_DATE = "19000101"  # the profile's dummy date (action D) carries no information
ACTIONS = {}
for line in (ROOT / "lib/deid/table/table-e1-1.tsv").read_text().splitlines():
    if line and not line.startswith("#"):
        tag, action, _ = line.split("\t")
        ACTIONS[tag] = action


def action_of(tag: int):
    hexs = f"{tag:08x}"
    if hexs in ACTIONS:
        return ACTIONS[hexs]
    for mask, action in ACTIONS.items():
        if "x" in mask and all(m == "x" or m == h for m, h in zip(mask, hexs)):
            return action
    return None


def text(elem) -> str:
    v = elem.value
    if v is None:
        return ""
    if isinstance(v, (list, pydicom.multival.MultiValue)):
        return "\\".join(str(x) for x in v)
    return str(v)


META_ALLOWED = {0x00020000, 0x00020001, 0x00020002, 0x00020003, 0x00020010, 0x00020012, 0x00020013}
IDENTITY_KEYWORDS = ("PatientName", "PatientID", "OtherPatientIDs", "OtherPatientNames", "PatientBirthName",
                     "PatientMotherBirthName", "AccessionNumber")


def identity_strings(ds_in) -> set:
    """The patient's names and IDs in the input, and its meta AE titles/addresses (other person
    names are checked as PN elements of the output: a placeholder such as "Enter text" in an
    observer name may rightly occur as report text elsewhere)."""
    found = set()
    for elem in list(ds_in.iterall()) + list(ds_in.file_meta):
        if elem.keyword in IDENTITY_KEYWORDS or elem.tag in (0x00020016, 0x00020017, 0x00020018, 0x00020026):
            for part in text(elem).split("\\"):
                part = part.strip()
                if len(part) >= 5 and part.upper() not in DUMMIES:
                    found.add(part.encode("latin-1", "replace"))
    return found


def check_meta_un_pn(entry, ds_in, ds_out, out_bytes, failures) -> None:
    """File meta rebuilt, no UN element, every PN empty, no input identity value in the bytes."""
    name = entry["input"]
    for elem in ds_out.file_meta:
        if int(elem.tag) not in META_ALLOWED:
            failures.append(f"{name}: file meta {elem.tag} {elem.keyword} copied into the output")
    in_media = str(ds_in.file_meta.get("MediaStorageSOPInstanceUID", "")) if "file_meta" in dir(ds_in) else ""
    out_media = str(ds_out.file_meta.get("MediaStorageSOPInstanceUID", ""))
    if in_media and out_media == in_media:
        failures.append(f"{name}: Media Storage SOP Instance UID kept from the input")
    if out_media and out_media != str(ds_out.get("SOPInstanceUID", "")):
        failures.append(f"{name}: Media Storage SOP Instance UID differs from SOP Instance UID")
    for elem in ds_out.iterall():
        if elem.VR == "UN" and not elem.tag.is_private:
            failures.append(f"{name}: unknown attribute {elem.tag} kept as UN")
        if elem.VR == "PN" and text(elem).strip() and text(elem).strip().upper() not in DUMMIES:
            failures.append(f"{name}: person name {elem.tag} {elem.keyword} has a value")
    for value in identity_strings(ds_in):
        if value in out_bytes:
            failures.append(f"{name}: identifying input value {value[:3]!r}... occurs in the output bytes")


def main() -> int:
    in_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    report = json.loads(Path(sys.argv[3] if len(sys.argv) > 3 else f"{out_dir}.deid-report.json").read_text())
    failures, uid_map, reverse = [], {}, {}
    counts = {"files": 0, "x_checked": 0, "z_checked": 0, "d_checked": 0, "u_checked": 0, "refs_checked": 0, "flagged": 0}
    sop_map, outputs = {}, []

    def walk(ds_in, ds_out, path, where, shifted):
        for elem in ds_in:
            tag = int(elem.tag)
            label = f"{where} {path}({tag >> 16:04X},{tag & 0xFFFF:04X})"
            out = ds_out.get(elem.tag) if ds_out is not None else None
            if elem.tag.is_private:
                continue  # checked on the output side
            action = action_of(tag)
            if action is None:
                if elem.VR == "SQ" and out is not None:
                    for i, (a, b) in enumerate(zip(elem.value, out.value)):
                        walk(a, b, f"{path}({tag >> 16:04X},{tag & 0xFFFF:04X})[{i}].", where, shifted)
                continue
            if action == "X":
                counts["x_checked"] += 1
                if out is not None:
                    failures.append(f"{label}: action X but still present")
            elif action in ("Z", "X/Z"):
                counts["z_checked"] += 1
                if out is not None and ((out.VR == "SQ" and len(out.value)) or (out.VR != "SQ" and text(out))):
                    if not (shifted and elem.VR in ("DA", "DT")):
                        failures.append(f"{label}: action {action} but not empty")
            elif action in ("D", "X/D", "Z/D", "X/Z/D"):
                counts["d_checked"] += 1
                if out is not None and elem.VR != "SQ" and text(elem) and text(out) == text(elem) and text(out) not in DUMMIES:
                    failures.append(f"{label}: action {action} but value unchanged ({elem.VR})")
                if out is not None and elem.VR == "SQ":
                    for i, (a, b) in enumerate(zip(elem.value, out.value)):
                        walk(a, b, f"{path}({tag >> 16:04X},{tag & 0xFFFF:04X})[{i}].", where, shifted)
            elif action in ("U", "X/Z/U*"):
                if elem.VR == "SQ":
                    if out is not None:
                        for i, (a, b) in enumerate(zip(elem.value, out.value)):
                            walk(a, b, f"{path}({tag >> 16:04X},{tag & 0xFFFF:04X})[{i}].", where, shifted)
                    continue
                counts["u_checked"] += 1
                for old, new in zip(text(elem).split("\\"), text(out).split("\\") if out is not None else []):
                    if not old:
                        continue
                    if old == new:
                        failures.append(f"{label}: UID not replaced")
                    if uid_map.setdefault(old, new) != new:
                        failures.append(f"{label}: UID {old[:12]}... mapped to two different new UIDs")
                    if reverse.setdefault(new, old) != old:
                        failures.append(f"{label}: two original UIDs share new UID {new}")

    for entry in report["entries"]:
        if "output" not in entry:
            continue
        counts["files"] += 1
        src, dst = in_dir / entry["input"], out_dir / entry["output"]
        try:
            ds_in = pydicom.dcmread(src, force=True)
            ds_out = pydicom.dcmread(dst)
        except Exception as e:  # noqa: BLE001 - any read failure is a verification failure
            failures.append(f"{dst}: pydicom cannot read output: {e}")
            continue
        shifted = ds_out.get("LongitudinalTemporalInformationModified", "") == "MODIFIED"
        walk(ds_in, ds_out, "", entry["input"], shifted)
        check_meta_un_pn(entry, ds_in, ds_out, dst.read_bytes(), failures)
        if "SOPInstanceUID" in ds_in and "SOPInstanceUID" in ds_out:
            sop_map[ds_in.SOPInstanceUID] = ds_out.SOPInstanceUID
            if ds_out.file_meta.get("MediaStorageSOPInstanceUID") != ds_out.SOPInstanceUID:
                failures.append(f"{entry['input']}: Media Storage SOP Instance UID differs from SOP Instance UID")
        outputs.append((entry, ds_in, ds_out))
        for elem in ds_out.iterall():
            if elem.tag.is_private:
                failures.append(f"{entry['input']}: private tag {elem.tag} left")
            if elem.VR in ("DA", "DT") and text(elem) and not shifted and not text(elem).startswith(DUMMY_DATE):
                failures.append(f"{entry['input']}: date {elem.tag} {elem.keyword} left but dates not shifted")
        if ds_out.get("PatientIdentityRemoved") != "YES":
            failures.append(f"{entry['input']}: Patient Identity Removed is not YES")
        if not ds_out.get("DeidentificationMethod"):
            failures.append(f"{entry['input']}: De-identification Method missing")
        codes = [i.CodeValue for i in ds_out.get("DeidentificationMethodCodeSequence", [])]
        if "113100" not in codes:
            failures.append(f"{entry['input']}: 113100 missing from De-identification Method Code Sequence")
        if ds_out.get("LongitudinalTemporalInformationModified") not in ("REMOVED", "MODIFIED"):
            failures.append(f"{entry['input']}: Longitudinal Temporal Information Modified missing")
        if "PixelData" in ds_in and ds_in.get("PixelData") != ds_out.get("PixelData"):
            failures.append(f"{entry['input']}: pixel data changed")
        sop_class = str(ds_in.get("SOPClassUID", ""))
        needs = ds_in.get("BurnedInAnnotation", "") == "YES" or ds_in.get("Modality", "") == "US" or re.fullmatch(r"1\.2\.840\.10008\.5\.1\.4\.1\.1\.7(\.[1-4])?", sop_class) is not None
        if needs:
            counts["flagged"] += 1
        if needs != entry["output"].startswith("needs-review"):
            failures.append(f"{entry['input']}: review flag {needs} but output at {entry['output']}")

    for entry, ds_in, ds_out in outputs:
        refs_in = [e for e in ds_in.iterall() if e.keyword == "ReferencedSOPInstanceUID"]
        refs_out = [e for e in ds_out.iterall() if e.keyword == "ReferencedSOPInstanceUID"]
        for a, b in zip(refs_in, refs_out):
            if a.value in sop_map:
                counts["refs_checked"] += 1
                if b.value != sop_map[a.value]:
                    failures.append(f"{entry['input']}: reference to {a.value} does not point at its de-identified instance")
    counts["uids_mapped"] = len(uid_map)
    counts["failures"] = len(failures)
    for f in failures[:200]:
        print("FAIL", f, file=sys.stderr)
    print(json.dumps(counts))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
