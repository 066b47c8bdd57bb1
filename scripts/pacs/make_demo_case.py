#!/usr/bin/python3
"""Writes the ct-seg-dicomweb case from the de-identified CT slices + SEG (see build-demo-case.sh).

Reads every .dcm under OUT (argv[1]) with pydicom: CT images sorted by position along the slice
normal become content/cases/ct-seg-dicomweb/dicom/ct-<k>.dcm, the SEG becomes .../dicom/seg.dcm.
The SEG frames are placed on the CT grid through their Referenced SOP Instance UIDs (so this also
checks that the de-identified SEG still points at the de-identified CT) and written as a NIfTI
labelmap (RAS affine from the LPS geometry: x_ras = -x_lps, y_ras = -y_lps) for the viewer overlay.
"""
import json
import shutil
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom

ID = "ct-seg-dicomweb"
ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content/cases" / ID
PUBLIC = ROOT / "public/cases" / ID


def main() -> None:
    files = sorted(Path(sys.argv[1]).rglob("*.dcm"))
    ds = [(f, pydicom.dcmread(f)) for f in files]
    cts = [(f, d) for f, d in ds if d.Modality == "CT"]
    seg_file, seg = next((f, d) for f, d in ds if d.Modality == "SEG")
    iop = np.array(cts[0][1].ImageOrientationPatient, dtype=float)
    normal = np.cross(iop[:3], iop[3:])
    cts.sort(key=lambda fd: float(np.dot(np.array(fd[1].ImagePositionPatient, dtype=float), normal)))
    rows, cols = int(cts[0][1].Rows), int(cts[0][1].Columns)
    sy, sx = (float(v) for v in cts[0][1].PixelSpacing)
    ipps = [np.array(d.ImagePositionPatient, dtype=float) for _, d in cts]
    sz = float(np.dot(ipps[1] - ipps[0], normal))
    origin = ipps[0]
    index = {str(d.SOPInstanceUID): k for k, (_, d) in enumerate(cts)}

    label = np.zeros((cols, rows, len(cts)), dtype=np.uint8)  # [i = column, j = row, k]
    frames = seg.pixel_array.reshape((-1, rows, cols))
    for n, fg in enumerate(seg.PerFrameFunctionalGroupsSequence):
        ref = str(fg.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID)
        if ref not in index:
            raise SystemExit(f"SEG frame {n + 1} references {ref}, which is not one of the de-identified CT slices")
        label[:, :, index[ref]] |= (frames[n].T > 0).astype(np.uint8)

    direction = np.column_stack([iop[:3], iop[3:], normal])  # columns = i, j, k axes in LPS
    lps = np.eye(4)
    lps[:3, :3] = direction * np.array([sx, sy, sz])
    lps[:3, 3] = origin
    ras = np.diag([-1.0, -1.0, 1.0, 1.0]) @ lps
    img = nib.Nifti1Image(label, ras)
    img.set_sform(ras, code=1)
    img.set_qform(ras, code=1)
    img.header["descrip"] = b""
    shutil.rmtree(CONTENT / "dicom", ignore_errors=True)
    (CONTENT / "dicom").mkdir(parents=True)
    (CONTENT / "annotations").mkdir(exist_ok=True)
    PUBLIC.mkdir(parents=True, exist_ok=True)
    for k, (f, _) in enumerate(cts):
        shutil.copy(f, CONTENT / "dicom" / f"ct-{k + 1}.dcm")
    shutil.copy(seg_file, CONTENT / "dicom" / "seg.dcm")
    nib.save(img, PUBLIC / "seg-bone.nii.gz")

    ct0 = cts[0][1]
    grid = {
        "dims": [cols, rows, len(cts)],
        "spacing": [sx, sy, round(sz, 6)],
        "origin": [round(float(v), 6) for v in origin],
        "direction": [round(float(v), 9) for v in direction.flatten()],
    }
    case = json.loads((CONTENT / "case.json").read_text()) if (CONTENT / "case.json").exists() else {}
    case.update(
        {
            "id": ID,
            "image": {
                "kind": "dicomweb",
                "baseUrl": "/dicom-web",
                "studyInstanceUid": str(ct0.StudyInstanceUID),
                "seriesInstanceUid": str(ct0.SeriesInstanceUID),
            },
            "grid": grid,
        }
    )
    (CONTENT / "case.json").write_text(json.dumps(case, indent=2) + "\n")
    print(json.dumps({"grid": grid, "labelVoxelsPerSlice": label.sum(axis=(0, 1)).tolist(), "study": str(ct0.StudyInstanceUID)}))


if __name__ == "__main__":
    main()
