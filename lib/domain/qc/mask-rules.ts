/**
 * QC rules on one segmentation (a label of a labelmap): empty, islands, holes, outside the image
 * foreground, and side against the midline. Thresholds are {@link QC_LIMITS}.
 */
import type { Annotation } from "../model/annotation-set";
import type { Structure } from "../model/case-manifest";
import type { QcLevel, LabelmapFacts } from "./annotation-qc";

export const QC_LIMITS = {
  /** Islands beyond the expected bodies warn when they hold at least this fraction of voxels. */
  strayFraction: 0.01,
  /** Holes warn when they hold at least this many voxels in all. */
  holeVoxels: 1,
  /** Fraction of a mask outside the foreground: warning from, error from. */
  outsideWarning: 0.05,
  outsideError: 0.5,
  /** A label over both hemispheres warns when one side holds less than this fraction. */
  minSideFraction: 0.1,
};

type Finding = [QcLevel, string, string];
const pct = (f: number) => `${(f * 100).toFixed(f < 0.1 ? 1 : 0)} %`;

function islandFindings(
  label: number,
  voxels: number,
  expected: number,
  f: LabelmapFacts,
): Finding[] {
  const c = f.components;
  const sizes: number[] = [];
  let holes = 0;
  let holeVoxels = 0;
  for (let i = 0; i < c.count; i++) {
    if (c.value[i] === label) sizes.push(c.size[i]);
    else if (c.value[i] === 0 && !c.touchesBorder[i] && c.neighbour[i] === label) {
      holes++;
      holeVoxels += c.size[i];
    }
  }
  sizes.sort((a, b) => b - a);
  const out: Finding[] = [];
  const stray = sizes.slice(expected).reduce((a, b) => a + b, 0);
  if (sizes.length > expected && stray / voxels >= QC_LIMITS.strayFraction)
    out.push([
      "warning",
      "islands",
      `split into ${sizes.length} islands where ${expected === 1 ? "one body is" : `${expected} are`} expected: ${stray} voxels (${pct(stray / voxels)}) outside the largest`,
    ]);
  if (holes && holeVoxels >= QC_LIMITS.holeVoxels)
    out.push([
      "warning",
      "holes",
      `${holes} hole${holes > 1 ? "s" : ""} (${holeVoxels} unlabelled voxels enclosed by the mask)`,
    ]);
  return out;
}

function sideFindings(
  s: Structure | undefined,
  st: { centroidX: number; leftVoxels: number; rightVoxels: number; voxels: number },
  midlineX: number,
): Finding[] {
  const side = s?.laterality;
  const offset = st.centroidX - midlineX; // LPS: > 0 is patient left
  const where = `${Math.abs(offset).toFixed(1)} mm ${offset > 0 ? "left" : "right"} of the midline`;
  if ((side === "left" && offset < 0) || (side === "right" && offset > 0))
    return [["error", "wrong-side", `named ${side} but its centroid lies ${where}`]];
  if (side === "bilateral") {
    const minor = Math.min(st.leftVoxels, st.rightVoxels) / st.voxels;
    if (minor < QC_LIMITS.minSideFraction)
      return [
        [
          "warning",
          "one-side",
          `labelled as covering both sides but ${pct(minor)} of it is on the ${st.leftVoxels < st.rightVoxels ? "left" : "right"} (centroid ${where})`,
        ],
      ];
  }
  return [];
}

/**
 * Findings of segmentation `a` (structure `s`, labelmap facts `f`). Islands: a left, right,
 * midline or side-less structure is expected to be one body, a label over both sides two; an
 * `instance` label is not checked. Side rules run on 3D grids only (a photo has no patient
 * left/right); the midline is the world x `midlineX` (LPS mm).
 */
export function segmentationFindings(
  a: Extract<Annotation, { type: "segmentation" }>,
  s: Structure | undefined,
  f: LabelmapFacts,
  midlineX: number,
  is3d: boolean,
  foregroundChecked = true,
): Finding[] {
  const st = f.stats.get(a.label);
  if (!st) return [["error", "empty", `label ${a.label} has no voxels in ${a.labelmap}`]];
  const out: Finding[] = [];
  if (a.mode === "semantic")
    out.push(...islandFindings(a.label, st.voxels, s?.laterality === "bilateral" ? 2 : 1, f));
  if (foregroundChecked) {
    const outside = st.outsideForeground / st.voxels;
    if (outside >= QC_LIMITS.outsideWarning)
      out.push([
        outside >= QC_LIMITS.outsideError ? "error" : "warning",
        "outside-foreground",
        `${pct(outside)} of the mask lies outside the image foreground`,
      ]);
  }
  if (is3d) out.push(...sideFindings(s, st, midlineX));
  return out;
}
