#!/usr/bin/env python3
"""Figures for the lesson "CT windowing and Hounsfield units" (content/lessons/ct-windowing-hounsfield.mdx).

Renders one axial slice of the built-in head-ct case (public/cases/head-ct/image.nii.gz, from Debian's
invesalius-examples, GPL-2.0-only) in the case's window presets, side by side, in radiological
orientation (anterior at the top, patient's left on the image right), plus a grey-scale ramp that shows
which Hounsfield units each window maps to black and white.

    /usr/bin/python3 scripts/lessons/render-ct-windows.py   # writes public/figures/head-ct-windows.png

Display rule (the usual linear VOI LUT): grey = clip((HU - (L - W/2)) / W, 0, 1) * 255.
"""
import json
import os

import nibabel as nib
import numpy as np
from PIL import Image, ImageDraw

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SLICE_K = 62
WINDOWS = [("Brain", 40, 80), ("Subdural", 75, 215), ("Bone", 600, 2800)]


def window(hu: np.ndarray, level: float, width: float) -> np.ndarray:
    lo = level - width / 2
    return (np.clip((hu - lo) / width, 0, 1) * 255).round().astype(np.uint8)


def main() -> None:
    case = json.load(open(os.path.join(ROOT, "content/cases/head-ct/case.json")))
    presets = {p["name"]: (p["center"], p["width"]) for p in case["windowPresets"]}
    for name, level, width in WINDOWS:
        assert presets[name] == (level, width), f"window {name} differs from the case preset {presets[name]}"
    img = nib.load(os.path.join(ROOT, "public/cases/head-ct/image.nii.gz"))
    assert nib.aff2axcodes(img.affine) == ("L", "A", "S"), nib.aff2axcodes(img.affine)
    hu = np.asarray(img.dataobj)[:, :, SLICE_K].astype(np.float64)
    # i runs to the patient's left (image right), j runs anterior (image top).
    view = hu.T[::-1, :]
    tiles = []
    for name, level, width in WINDOWS:
        t = Image.fromarray(window(view, level, width)).convert("RGB")
        d = ImageDraw.Draw(t)
        d.rectangle([0, 0, 255, 16], fill=(0, 0, 0))
        d.text((4, 3), f"{name}: W {width} / L {level}", fill=(255, 255, 0))
        d.text((4, 240), "R", fill=(255, 255, 0))
        d.text((244, 240), "L", fill=(255, 255, 0))
        tiles.append(t)
    gap = 6
    out = Image.new("RGB", (3 * 256 + 2 * gap, 256), (20, 20, 20))
    for n, t in enumerate(tiles):
        out.paste(t, (n * (256 + gap), 0))
    path = os.path.join(ROOT, "public/figures/head-ct-windows.png")
    out.save(path, optimize=True)
    print(f"wrote {os.path.relpath(path, ROOT)} (axial slice k={SLICE_K})")


if __name__ == "__main__":
    main()
