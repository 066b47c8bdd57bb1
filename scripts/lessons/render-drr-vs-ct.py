#!/usr/bin/env python3
"""Figure for the lesson "Radiograph vs CT" (content/lessons/radiograph-vs-ct-drr.mdx).

Left: the midsagittal slice (column i = 130, the midline used for the case's landmarks) of the built-in
head-ct case in a bone window (W 2800 / L 600), resampled to square 0.957 mm pixels with bilinear
interpolation along z (1.5 mm slices). Right: the lateral DRR of the skull-drr-lateral case, unchanged.
Both are shown with the face on the right and the vertex at the top, at the same pixel size, so every
structure of the slice can be found on the projection. Source: Debian invesalius-examples (GPL-2.0-only).

    /usr/bin/python3 scripts/lessons/render-drr-vs-ct.py   # writes public/figures/ct-slice-vs-drr-lateral.png
"""
import os

import nibabel as nib
import numpy as np
from PIL import Image, ImageDraw

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MID_I = 130
LEVEL, WIDTH = 600, 2800


def main() -> None:
    img = nib.load(os.path.join(ROOT, "public/cases/head-ct/image.nii.gz"))
    assert nib.aff2axcodes(img.affine) == ("L", "A", "S"), nib.aff2axcodes(img.affine)
    dy, dz = float(img.header.get_zooms()[1]), float(img.header.get_zooms()[2])
    sag = np.asarray(img.dataobj)[MID_I, :, :].astype(np.float64)  # (j, k): j anterior, k superior
    nz = sag.shape[1]
    rows = int(round((nz - 1) * dz / dy)) + 1
    zs = np.arange(rows) * dy / dz
    k0 = np.floor(zs).astype(int).clip(0, nz - 1)
    k1 = (k0 + 1).clip(0, nz - 1)
    f = zs - k0
    res = sag[:, k0] * (1 - f) + sag[:, k1] * f  # (j, rows)
    view = res.T[::-1, :]  # rows: superior at the top; columns: anterior (face) on the right
    grey = (np.clip((view - (LEVEL - WIDTH / 2)) / WIDTH, 0, 1) * 255).round().astype(np.uint8)
    left = Image.fromarray(grey).convert("RGB")
    right = Image.open(os.path.join(ROOT, "public/cases/skull-drr-lateral/image.png")).convert("RGB")
    h = max(left.height, right.height)
    gap = 6
    out = Image.new("RGB", (left.width + gap + right.width, h + 18), (20, 20, 20))
    out.paste(left, (0, 18))
    out.paste(right, (left.width + gap, 18))
    d = ImageDraw.Draw(out)
    d.text((4, 3), "CT: one midsagittal slice (bone window)", fill=(255, 255, 0))
    d.text((left.width + gap + 4, 3), "DRR: every slice summed (synthetic)", fill=(255, 255, 0))
    # Shown twice as large (bicubic) so that the lesson page displays it at a readable size.
    out = out.resize((out.width * 2, out.height * 2), Image.BICUBIC)
    path = os.path.join(ROOT, "public/figures/ct-slice-vs-drr-lateral.png")
    out.save(path, optimize=True)
    print(f"wrote {os.path.relpath(path, ROOT)} ({left.width}x{left.height} + {right.width}x{right.height})")


if __name__ == "__main__":
    main()
