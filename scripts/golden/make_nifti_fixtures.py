#!/usr/bin/python3
"""Tiny NIfTI-1 fixtures written by nibabel, with the values nibabel reads back, for the TS reader.

Run from the repository root:  /usr/bin/python3 scripts/golden/make_nifti_fixtures.py
Writes tests/fixtures/golden/nifti/*.nii(.gz) and tests/fixtures/golden/nifti/expected.json.

Each entry of expected.json has: shape (i, j, k[, t]), datatype (numpy name of the stored type),
values (scaled values as nibabel's get_fdata gives them, flattened i-fastest = Fortran order),
affine_ras (the affine the TS reader must choose: sform, else qform, else NIfTI method 1 which is
diag(pixdim) with zero offset — nibabel's own fallback differs, so that one is computed here),
zooms, descrip, aux_file, sform_code, qform_code, big_endian.
Independent of the TypeScript code under test: only numpy + nibabel.
"""
import gzip
import json
import os

import nibabel as nib
import numpy as np

OUT = os.path.join("tests", "fixtures", "golden", "nifti")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20260127)


def rot(ax, ay, az):
    cx, sx, cy, sy, cz, sz = np.cos(ax), np.sin(ax), np.cos(ay), np.sin(ay), np.cos(az), np.sin(az)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return rz @ ry @ rx


def affine_of(spacing, r=np.eye(3), offset=(0.0, 0.0, 0.0)):
    a = np.eye(4)
    a[:3, :3] = r @ np.diag(spacing)
    a[:3, 3] = offset
    return a


entries = {}


def save(name, data, affine, *, sform=2, qform=0, slope=None, inter=None, descrip="", aux="",
         big_endian=False, units=None):
    """Writes header + data by hand through nibabel's header object, then reads it back with nib.load."""
    end = ">" if big_endian else "<"
    hdr = nib.Nifti1Header(endianness=end)
    hdr.set_data_dtype(data.dtype)
    hdr.set_data_shape(data.shape)
    nsp = min(data.ndim, 3)
    zooms = list(np.linalg.norm(affine[:3, :3], axis=0)[:nsp]) + [1.0] * (data.ndim - nsp)
    hdr.set_zooms(zooms)
    if qform:
        hdr.set_qform(affine, code=qform)  # also sets pixdim[0] = qfac and the zooms
    else:
        hdr.set_qform(None, code=0)
    if sform:
        hdr.set_sform(affine, code=sform)
    else:
        hdr.set_sform(None, code=0)
    if slope is not None:
        hdr["scl_slope"] = slope
        hdr["scl_inter"] = inter
    else:
        hdr["scl_slope"] = 1.0
        hdr["scl_inter"] = 0.0
    hdr["descrip"] = descrip
    hdr["aux_file"] = aux
    if units:
        hdr.set_xyzt_units(xyz=units)
    hdr["vox_offset"] = 352
    path = os.path.join(OUT, name)
    payload = hdr.binaryblock + b"\0" * 4 + data.astype(data.dtype.newbyteorder(end)).tobytes(order="F")
    if name.endswith(".gz"):
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(payload)
    else:
        with open(path, "wb") as f:
            f.write(payload)
    back = nib.load(path)
    h = back.header
    if h["sform_code"] > 0:
        aff = back.get_sform()
    elif h["qform_code"] > 0:
        aff = back.get_qform()
    else:
        z = [float(x) for x in h["pixdim"][1:4]]
        aff = np.diag(z + [1.0])
    unit = {"meter": 1000.0, "micron": 0.001}.get(units or "mm", 1.0)
    aff = aff.copy()
    aff[:3, :] *= unit
    assert back.shape == data.shape
    entries[name] = {
        "shape": list(back.shape),
        "datatype": str(h.get_data_dtype().newbyteorder("=").name),
        "values": [float(v) for v in np.asarray(back.get_fdata(), dtype=np.float64).ravel(order="F")],
        "affine_ras": aff.ravel().tolist(),
        "zooms_mm": [float(z) * unit for z in h.get_zooms()[:3]] + [1.0] * (3 - min(3, len(back.shape))),
        "descrip": descrip,
        "aux_file": aux,
        "sform_code": int(h["sform_code"]),
        "qform_code": int(h["qform_code"]),
        "big_endian": h.endianness == ">",
    }


shape = (5, 4, 3)
sp = (0.8, 1.1, 2.5)
base = affine_of(sp, np.eye(3), (-10.0, 20.5, 3.25))
oblique = affine_of(sp, rot(0.3, -0.2, 0.5), (12.0, -7.5, 40.0))

save("uint8.nii.gz", rng.integers(0, 256, shape).astype(np.uint8), base, descrip="uint8 labels", aux="aux.lut")
save("int8.nii.gz", rng.integers(-128, 128, shape).astype(np.int8), base)
save("int16.nii.gz", rng.integers(-3000, 3000, shape).astype(np.int16), oblique, qform=1, descrip="oblique int16")
save("uint16.nii.gz", rng.integers(0, 65536, shape).astype(np.uint16), base)
save("int32.nii.gz", rng.integers(-(2**31), 2**31 - 1, shape).astype(np.int32), base)
save("uint32.nii.gz", rng.integers(0, 2**32 - 1, shape, dtype=np.uint64).astype(np.uint32), base)
save("float32.nii.gz", rng.normal(0, 100, shape).astype(np.float32), base)
save("float64.nii.gz", rng.normal(0, 100, shape).astype(np.float64), base)
save("float32-plain.nii", rng.normal(0, 1, shape).astype(np.float32), oblique)
save("int16-scaled.nii.gz", rng.integers(-100, 100, shape).astype(np.int16), base, slope=0.5, inter=-10.0)
save("int16-bigendian.nii.gz", rng.integers(-3000, 3000, shape).astype(np.int16), oblique, big_endian=True)
save("float64-bigendian.nii", rng.normal(0, 1, shape).astype(np.float64), base, big_endian=True)
# qform only (sform_code 0): the reader must rebuild the affine from the quaternion, incl. qfac = -1.
flip = affine_of(sp, rot(0.1, 0.7, -0.4) @ np.diag([1, 1, -1]), (1.0, 2.0, 3.0))
save("qform-only.nii.gz", rng.integers(0, 10, shape).astype(np.uint8), flip, sform=0, qform=1)
# neither transform: NIfTI method 1.
save("no-xform.nii.gz", rng.integers(0, 10, shape).astype(np.uint8), np.diag([0.5, 0.75, 3.0, 1.0]), sform=0, qform=0)
# 2D image (shape 6 x 4), oblique in-plane.
save("2d.nii.gz", rng.integers(0, 3, (6, 4)).astype(np.uint8), affine_of((0.3, 0.3, 1.0), rot(0, 0, 0.25), (5, 5, 0)))
# 4D: two frames.
save("4d.nii.gz", rng.integers(0, 50, (3, 2, 2, 2)).astype(np.int16), base)
# spatial units in micrometres: the reader converts to mm.
save("micron.nii.gz", rng.integers(0, 5, shape).astype(np.uint8), affine_of((300.0, 300.0, 1000.0)), units="micron")

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(entries, f, indent=1)
print(f"wrote {len(entries)} fixtures to {OUT}")
