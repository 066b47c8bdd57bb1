#!/usr/bin/python3
"""Writes the hostile inputs of the de-identification and privacy-gate security tests.

usage: /usr/bin/python3 tests/unit/security/make_hostile_files.py deid|gate OUT_DIR

Written with Debian's pydicom / nibabel / Pillow / tifffile (not with the project's own DICOM
writer), so the fixtures do not share the code under test. Every identifying value is made up:
the person "Doe^Jane", MRN-778899, the host ris.example-hospital.org, the AE title JDOE_WS.

deid: DICOM files that leaked through `npm run deid`:
  meta-leak.dcm        identity in the file meta group (0002,0016/0017/0026/0100/0102)
  un-sequence.dcm      an unknown public tag stored as UN holding a whole implicit-VR sequence
                       with PatientName / PatientID / a UID
  no-sop-instance.dcm  no SOP Instance UID in the data set; the original UID only in the meta
  person-names.dcm     PN and text attributes outside the old gate's fixed list
gate: a planted-PHI site tree (public/...) for `npm run privacy:check`; see plant_gate().
"""
import io
import os
import struct
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
import tifffile
from PIL import Image
from pydicom.datadict import DicomDictionary
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

NAME, MRN, HOST, AE = "Doe^Jane", "MRN-778899", "ris.example-hospital.org", "JDOE_WS"
ORIG_SOP = "1.2.826.0.1.3680043.2.1125.777.1"
NESTED_UID = "1.2.826.0.1.3680043.2.1125.777.2"
UNKNOWN_TAG = 0x00189999  # an even-group tag no dictionary defines
assert UNKNOWN_TAG not in DicomDictionary


def ct(sop=ORIG_SOP, deidentified=False) -> Dataset:
    ds = Dataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    if sop:
        ds.SOPInstanceUID = sop
    ds.StudyDate = "20200228"
    ds.Modality = "CT"
    ds.PatientName = "" if deidentified else NAME
    ds.PatientID = "" if deidentified else MRN
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.2.1125.777.10"
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.2.1125.777.11"
    ds.Rows, ds.Columns, ds.BitsAllocated, ds.BitsStored, ds.HighBit = 2, 2, 16, 16, 15
    ds.SamplesPerPixel, ds.PixelRepresentation, ds.PhotometricInterpretation = 1, 0, "MONOCHROME2"
    ds.PixelData = struct.pack("<4H", 1, 2, 3, 4)
    if deidentified:
        ds.StudyDate = ""
        ds.PatientIdentityRemoved = "YES"
        ds.LongitudinalTemporalInformationModified = "REMOVED"
    return ds


def meta(ds: Dataset, media_sop=None) -> FileMetaDataset:
    m = FileMetaDataset()
    m.MediaStorageSOPClassUID = ds.SOPClassUID
    m.MediaStorageSOPInstanceUID = media_sop or ds.SOPInstanceUID
    m.TransferSyntaxUID = ExplicitVRLittleEndian
    m.ImplementationClassUID = "1.2.826.0.1.3680043.2.1125.777.99"
    m.ImplementationVersionName = "HOSP_PACS"
    return m


def leaky_meta(m: FileMetaDataset) -> None:
    m.SourceApplicationEntityTitle = AE
    m.add_new(0x00020017, "AE", AE)  # Sending Application Entity Title
    m.add_new(0x00020026, "UR", f"http://{HOST}/jane-doe")  # Source Presentation Address
    m.PrivateInformationCreatorUID = "1.2.826.0.1.3680043.2.1125.777.98"
    m.PrivateInformation = f"{NAME} {MRN}".encode()


def save(ds: Dataset, path: Path, preamble=True) -> None:
    ds.is_little_endian, ds.is_implicit_VR = True, False
    if preamble:
        ds.preamble = b"\0" * 128
        ds.save_as(path, write_like_original=False)
    else:
        ds.save_as(path, write_like_original=True)  # no preamble, no file meta: a bare data set


def implicit_sequence_bytes() -> bytes:
    """One item (defined length) holding PatientName, PatientID and a UID, Implicit VR LE."""
    def el(tag, value: bytes) -> bytes:
        if len(value) % 2:
            value += b" " if not value[:1].isdigit() else b"\0"
        return struct.pack("<HHI", tag >> 16, tag & 0xFFFF, len(value)) + value
    body = el(0x00100010, NAME.encode()) + el(0x00100020, MRN.encode()) + el(0x00081155, NESTED_UID.encode())
    return struct.pack("<HHI", 0xFFFE, 0xE000, len(body)) + body


def make_deid(out: Path) -> None:
    ds = ct()
    ds.file_meta = meta(ds)
    leaky_meta(ds.file_meta)
    save(ds, out / "meta-leak.dcm")

    ds = ct("1.2.826.0.1.3680043.2.1125.777.3")
    ds.add(DataElement(UNKNOWN_TAG, "UN", implicit_sequence_bytes()))
    ds.file_meta = meta(ds)
    save(ds, out / "un-sequence.dcm")

    ds = ct(sop=None)
    ds.file_meta = meta(ds, media_sop=ORIG_SOP)
    save(ds, out / "no-sop-instance.dcm")

    ds = ct("1.2.826.0.1.3680043.2.1125.777.4")
    ds.ContentCreatorName = NAME
    ds.PatientComments = f"Jane Doe, {MRN}"
    item = Dataset()
    item.VerifyingObserverName = NAME
    item.VerificationDateTime = "20200228120000"
    ds.VerifyingObserverSequence = Sequence([item])
    ds.file_meta = meta(ds)
    save(ds, out / "person-names.dcm")


def nifti_bytes() -> bytes:
    img = nib.Nifti1Image(np.zeros((2, 2, 2), np.uint8), np.eye(4))
    img.header["intent_name"] = b"Doe^Jane"
    img.header["db_name"] = MRN.encode()
    return img.to_bytes()


def plant_gate(out: Path) -> None:
    """A site tree under OUT/public: every file below must be named by the gate."""
    pub = out / "public" / "cases" / "x"
    (pub / ".hidden").mkdir(parents=True)
    outside = out / "outside"
    outside.mkdir()

    raw = ct()
    raw.file_meta = meta(raw)
    save(raw, pub / ".hidden" / "raw.dcm")  # hidden folder
    save(ct("1.2.826.0.1.3680043.2.1125.777.5"), pub / "slice", preamble=False)  # no preamble, no suffix
    raw = ct("1.2.826.0.1.3680043.2.1125.777.6")
    raw.file_meta = meta(raw)
    save(raw, outside / "linked-target.dcm")
    os.symlink(outside / "linked-target.dcm", pub / "linked.dcm")  # symbolic link out of the tree
    os.symlink(pub, pub / "loop")  # a link loop must not hang the gate
    os.symlink(outside / "missing.dcm", pub / "broken.dcm")  # broken link

    clean = ct("1.2.826.0.1.3680043.2.1125.777.7", deidentified=True)  # de-identified data set...
    clean.file_meta = meta(clean)
    leaky_meta(clean.file_meta)  # ...with an identifying file meta group
    save(clean, pub / "meta-leak.dcm")
    names = ct("1.2.826.0.1.3680043.2.1125.777.8", deidentified=True)
    names.ContentCreatorName = NAME
    names.PatientComments = f"Jane Doe, {MRN}"
    names.file_meta = meta(names)
    save(names, pub / "content-creator.dcm")
    blob = ct("1.2.826.0.1.3680043.2.1125.777.9", deidentified=True)
    blob.add(DataElement(UNKNOWN_TAG, "UN", implicit_sequence_bytes()))
    blob.file_meta = meta(blob)
    save(blob, pub / "un-blob.dcm")

    (pub / "label.nii").write_bytes(nifti_bytes())
    (pub / "seg.nrrd").write_bytes(
        b"NRRD0004\n# Complete NRRD file format specification at:\n# http://teem.sourceforge.net/nrrd/format.html\n"
        b"# scanned for Doe^Jane\ntype: uint8\ndimension: 1\nsizes: 1\nencoding: raw\n"
        b"content: Jane Doe head CT\n0010|0020:=MRN-778899\n\n\0"
    )
    tifffile.imwrite(pub / "slide.tif", np.zeros((4, 4), np.uint8), description=f"Aperio |Filename = {NAME}", metadata=None,
                     extratags=[(315, "s", 0, "Dr. Smith", True), (269, "s", 0, f"{MRN}.svs", True)])
    exif = Image.Exif()
    exif[0x013B] = "Jane Doe"  # Artist
    buf = io.BytesIO()
    Image.new("L", (4, 4)).save(buf, "WEBP", exif=exif.tobytes())
    (pub / "photo.webp").write_bytes(buf.getvalue())
    (pub / "batch.deid-report.json").write_text('{"dateShiftDays": -30, "entries": []}\n')


if __name__ == "__main__":
    mode, target = sys.argv[1], Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    {"deid": make_deid, "gate": plant_gate}[mode](target)
