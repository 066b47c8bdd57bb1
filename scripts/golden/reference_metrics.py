"""Independent reference implementation of the pinned grading metrics (numpy + scipy only).

Definitions (issue "Domain core", docs/clarifications.md):
- Dice = 2|A∩B|/(|A|+|B|), IoU = |A∩B|/|A∪B|.
- Boundary voxel: foreground voxel with a face neighbour that is background or outside the grid;
  axes of length 1 are dropped first (a one-slice grid is 2D), so they create no boundary.
  Computed as A & ~binary_erosion(A, cross structuring element, border_value=0).
- d(A→B): scipy.ndimage.distance_transform_edt(~∂B, sampling=spacing) read at ∂A (mm).
- HD, HD95 (np.percentile, linear), ASSD, NSD(τ) with d ≤ τ + 1e-9.
- Empty policy: both empty → 1,1,0,0,0,1; one empty → 0,0,diag,diag,diag,0.
"""
import numpy as np
from scipy import ndimage

NSD_EPS = 1e-9


def grid_diagonal(shape, spacing):
    return float(np.sqrt(sum(((n - 1) * s) ** 2 for n, s in zip(shape, spacing))))


def boundary_distances(a, b, spacing):
    active = [ax for ax, n in enumerate(a.shape) if n > 1]
    shp = [a.shape[ax] for ax in active]
    A = a.astype(bool).reshape(shp)
    B = b.astype(bool).reshape(shp)
    if not active:  # a single voxel: it is its own boundary
        return np.zeros(1), np.zeros(1)
    sp = [float(spacing[ax]) for ax in active]
    st = ndimage.generate_binary_structure(len(active), 1)
    bA = A & ~ndimage.binary_erosion(A, structure=st, border_value=0)
    bB = B & ~ndimage.binary_erosion(B, structure=st, border_value=0)
    dtB = ndimage.distance_transform_edt(~bB, sampling=sp)
    dtA = ndimage.distance_transform_edt(~bA, sampling=sp)
    return dtB[bA], dtA[bB]


def metrics(a, b, spacing, taus):
    a = np.asarray(a) != 0
    b = np.asarray(b) != 0
    ra, rb = int(a.sum()), int(b.sum())
    inter = int((a & b).sum())
    out = {"referenceVoxels": ra, "answerVoxels": rb, "intersectionVoxels": inter}
    if ra == 0 and rb == 0:
        out.update(dice=1.0, iou=1.0, hd=0.0, hd95=0.0, assd=0.0, nsd={str(t): 1.0 for t in taus})
        return out
    if ra == 0 or rb == 0:
        d = grid_diagonal(a.shape, spacing)
        out.update(dice=0.0, iou=0.0, hd=d, hd95=d, assd=d, nsd={str(t): 0.0 for t in taus})
        return out
    dab, dba = boundary_distances(a, b, spacing)
    n = len(dab) + len(dba)
    out.update(
        dice=2 * inter / (ra + rb),
        iou=inter / (ra + rb - inter),
        hd=float(max(dab.max(), dba.max())),
        hd95=float(max(np.percentile(dab, 95), np.percentile(dba, 95))),
        assd=float((dab.sum() + dba.sum()) / n),
        nsd={str(t): float(((dab <= t + NSD_EPS).sum() + (dba <= t + NSD_EPS).sum()) / n) for t in taus},
        referenceBoundaryVoxels=int(len(dab)),
        answerBoundaryVoxels=int(len(dba)),
    )
    return out


def dice(a, b):
    a = np.asarray(a) != 0
    b = np.asarray(b) != 0
    s = a.sum() + b.sum()
    return 1.0 if s == 0 else float(2 * (a & b).sum() / s)


def union_bbox(masks):
    u = np.zeros_like(masks[0], dtype=bool)
    for m in masks:
        u |= m != 0
    if not u.any():
        return None
    idx = np.nonzero(u)
    return tuple(slice(int(i.min()), int(i.max()) + 1) for i in idx)


def fleiss_kappa(masks):
    """Fleiss' kappa (binary) over the voxels of the union bounding box, textbook formula."""
    box = union_bbox(masks)
    if box is None:
        return 1.0, 0
    n = len(masks)
    ones = np.zeros(masks[0][box].shape, dtype=np.int64)
    for m in masks:
        ones += (m[box] != 0).astype(np.int64)
    ones = ones.ravel()
    N = ones.size
    table = np.stack([n - ones, ones], axis=1).astype(np.float64)  # N × 2 category counts
    P_i = ((table ** 2).sum(axis=1) - n) / (n * (n - 1))
    P_bar = P_i.mean()
    p_j = table.sum(axis=0) / (N * n)
    P_e = (p_j ** 2).sum()
    if P_bar == 1.0:
        return 1.0, N
    return float((P_bar - P_e) / (1 - P_e)), N


def cohen_kappa(a, b):
    box = union_bbox([a, b])
    if box is None:
        return 1.0
    x = (a[box] != 0).ravel()
    y = (b[box] != 0).ravel()
    po = float((x == y).mean())
    pa, pb = x.mean(), y.mean()
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if po == 1.0 else float((po - pe) / (1 - pe))


def majority(masks, tie_foreground=False):
    c = sum((m != 0).astype(np.int64) for m in masks)
    n = len(masks)
    return (2 * c > n) | ((2 * c == n) & (c > 0) & tie_foreground)


def staple(masks, init=0.99, tol=1e-8, max_it=200, threshold=0.5, with_mask=False):
    """Per-voxel binary STAPLE EM (Warfield 2004), region = union bbox, fixed prior = mean rater fraction.
    with_mask: also return "mask", the consensus (W >= threshold) on the full grid (bool)."""
    box = union_bbox(masks)
    D = np.stack([(m[box] != 0).ravel() for m in masks], axis=1).astype(np.float64)  # N × R
    R = D.shape[1]
    gamma = D.mean()
    eps = 1e-12
    p = np.full(R, init)
    q = np.full(R, init)

    def e_step(p, q):
        a = gamma * np.prod(np.where(D == 1, p, 1 - p), axis=1)
        b = (1 - gamma) * np.prod(np.where(D == 1, 1 - q, q), axis=1)
        return a / (a + b)

    it = 0
    converged = False
    while it < max_it:
        W = e_step(p, q)
        it += 1
        np_ = np.clip((W[:, None] * D).sum(0) / W.sum(), eps, 1 - eps)
        nq_ = np.clip(((1 - W)[:, None] * (1 - D)).sum(0) / (1 - W).sum(), eps, 1 - eps)
        change = max(np.abs(np_ - p).max(), np.abs(nq_ - q).max())
        p, q = np_, nq_
        if change <= tol:
            converged = True
            break
    W = e_step(p, q)
    extra = {}
    if with_mask:
        full = np.zeros(masks[0].shape, dtype=bool)
        full[box] = (W >= threshold).reshape(full[box].shape)
        extra["mask"] = full
    return {
        **extra,
        "voxels": int((W >= threshold).sum()),
        "sensitivity": p.tolist(),
        "specificity": q.tolist(),
        "prior": float(gamma),
        "iterations": it,
        "converged": converged,
        "probabilitySum": float(W.sum()),
    }
