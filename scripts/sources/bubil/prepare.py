#!/usr/bin/python3
"""Prepares BU-BIL Dataset 2 (images P01-P03, experts 2A) for `npm run case:import`.

  /usr/bin/python3 scripts/sources/bubil/prepare.py BUBIL_DIR WORK_DIR

BUBIL_DIR is the dataset folder (RawImages/, ExpertsAnnotations_2A/Person{1..5}_{Amira,ImageJ}/;
upstream github.com/tobastin/CS760-Project-Lungs @ 97d69b49, DataSet/Rabbit/BU-BIL_Dataset2, where
Person3_Amira's files are named Seg_P0x.png). Writes to WORK_DIR:
- P0x.png: the raw image as 8-bit greyscale. The source PNG is palette-indexed with a grey palette
  (entry i = (i, i, i)), so the grey value equals the stored index: pixels unchanged.
- Person{n}_{tool}/seg_P0x.png: the expert mask as label values: 1 = foreground, 0 = background. The source
  masks are black (0) foreground on white (255), grey (L) or RGB with equal channels; a pixel is
  foreground when its first channel is < 128 (the files hold only 0 and 255).
Refuses (one line naming the file) a mask whose size differs from its image.
"""
import os
import sys

import numpy as np
from PIL import Image

src, out = sys.argv[1], sys.argv[2]
experts = os.path.join(src, "ExpertsAnnotations_2A")
for img in ["P01", "P02", "P03"]:
    raw = Image.open(os.path.join(src, "RawImages", f"{img}.png"))
    pal = np.array(raw.getpalette() or [], dtype=np.int64).reshape(-1, 3)
    if raw.mode != "P" or not (pal[:, 0] == np.arange(len(pal))).all() or not (pal.T == pal[:, 0]).all():
        sys.exit(f"{img}.png: expected a palette PNG with the identity grey palette")
    os.makedirs(out, exist_ok=True)
    grey = np.asarray(raw, dtype=np.uint8)
    Image.fromarray(grey, "L").save(os.path.join(out, f"{img}.png"))
    for rater in sorted(os.listdir(experts)):
        names = [n for n in os.listdir(os.path.join(experts, rater)) if n.lower() == f"seg_{img.lower()}.png"]
        if len(names) != 1:
            sys.exit(f"{os.path.join(experts, rater)}: no single seg_{img}.png")
        path = os.path.join(experts, rater, names[0])
        a = np.asarray(Image.open(path))
        if a.ndim == 3:
            a = a[..., 0]
        if a.shape != grey.shape:
            sys.exit(f"{path}: mask is {a.shape[1]}x{a.shape[0]}, image is {grey.shape[1]}x{grey.shape[0]}")
        os.makedirs(os.path.join(out, rater), exist_ok=True)
        Image.fromarray(np.where(a < 128, 1, 0).astype(np.uint8), "L").save(os.path.join(out, rater, f"seg_{img}.png"))
print("prepared", out)
