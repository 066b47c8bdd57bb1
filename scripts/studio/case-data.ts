/**
 * What the studio shows of one case: its structures (names, synonyms, size, best slice, QC
 * findings, which annotators drew each) and which structures lie under a pointed position. Reads
 * content/ and public/ under `root` with the same loaders as the content check (loadCaseFolder,
 * labelmapStats, caseQc) and the viewer's hit test (structuresAt).
 */
import path from "node:path";
import { loadCaseFolder, type LoadedCase } from "../../lib/content/case-store";
import { caseQc } from "../../lib/content/case-qc";
import { labelmapStats } from "../../lib/content/quiz-slices";
import { readNiftiFile } from "../../lib/io/read-nifti-file";
import { buildOverlayModel } from "../../lib/imaging/overlay-model";
import { structuresAt, type LabelLayerData } from "../../lib/imaging/structures-at";
import type { Vec3 } from "../../lib/domain/geometry";

export interface StructureRow {
  id: string;
  name: string;
  synonyms: string[];
  /** Annotator ids that annotated the structure (more than one: multi-rater). */
  annotators: string[];
  /** Labelmap voxels of the structure in its first segmentation (0 for shapes only). */
  voxels: number;
  /** Size in mm² (2D cases) or mm³ (volumes) from `voxels` and the grid spacing. */
  size: number;
  sizeUnit: "mm²" | "mm³";
  /** Zero-based k of the slice where it is largest, when known. */
  bestSlice?: number;
  /** QC findings about it (level and message). */
  qc: { level: string; message: string }[];
}

/** Loads case `id` under `root`; `null` with the problems when it does not validate. */
export function loadStudioCase(
  root: string,
  id: string,
): { ok: true; value: LoadedCase } | { ok: false; errors: string[] } {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return { ok: false, errors: [`"${id}" is not a case id`] };
  const r = loadCaseFolder(path.join(root, "content", "cases", id), root);
  return r.ok
    ? r
    : { ok: false, errors: r.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`) };
}

/** One row per structure of the manifest, in manifest order. */
export function structureRows(root: string, c: LoadedCase): StructureRow[] {
  const pub = path.join(root, "public");
  const g = c.manifest.grid;
  const flat = g.dims[2] === 1;
  const voxelSize = flat ? g.spacing[0] * g.spacing[1] : g.spacing[0] * g.spacing[1] * g.spacing[2];
  const qc = caseQc(c, root);
  return c.manifest.structures.map((s) => {
    let voxels = 0;
    let bestSlice: number | undefined;
    const annotators: string[] = [];
    for (const set of c.annotationSets)
      for (const a of set.annotations) {
        if (a.structure !== s.id) continue;
        if (!annotators.includes(set.annotator)) annotators.push(set.annotator);
        if (a.type === "segmentation" && bestSlice === undefined) {
          const st = labelmapStats(a.labelmap, pub)?.get(a.label);
          if (st) {
            voxels = st.voxels;
            bestSlice = st.largestSlice;
          }
        }
      }
    return {
      id: s.id,
      name: s.name,
      synonyms: s.synonyms ?? [],
      annotators,
      voxels,
      size: Math.round(voxels * voxelSize * 10) / 10,
      sizeUnit: flat ? "mm²" : "mm³",
      bestSlice,
      qc: qc.findings
        .filter((f) => f.structure === s.id)
        .map((f) => ({ level: f.level, message: f.message })),
    };
  });
}

/** Structure ids under world point `p` (mm), labelmaps and shapes of every set (viewer rules). */
export function structuresUnder(root: string, c: LoadedCase, p: Vec3): string[] {
  const model = buildOverlayModel(c.manifest, c.annotationSets);
  const layers: LabelLayerData[] = [];
  for (const ref of model.layers) {
    const r = readNiftiFile(path.join(root, "public", ref.file));
    if (r.ok) layers.push({ ref, data: r.volume.data });
  }
  const hits = structuresAt(c.manifest.grid, p, layers, model.shapes);
  return [...new Set(hits.map((h) => h.structureId))];
}
