/**
 * A view of a case: what a lesson points the viewer at (`<CaseViewer case="x" view="…"/>`) and what
 * the case page's URL holds so a view can be shared and reopened exactly. One text form serves
 * both, a URL query: `plane=coronal&slice=101&window=Brain&zoom=1.5&layers=aal,jhu&flash=hippocampus-left`.
 *
 * Keys (all optional):
 * - `layout`: `single` (default) or `mpr` (three views; volumes only);
 * - `plane`: `axial` (default), `coronal` or `sagittal` (volumes only);
 * - `slice`: ONE-BASED slice number along the plane's axis, as the viewer's slice indicator shows
 *   it (files elsewhere are zero-based; this text is what a reader sees and copies);
 * - `window`: a window preset name of the case;
 * - `zoom`: a factor > 0 relative to the fitted view (1 = fit), at most 20;
 * - `layers`: annotator ids whose layers are shown (comma-separated);
 * - `show`: structure ids shown, all others hidden (comma-separated);
 * - `flash`: one structure id, flashed once when its layer has loaded.
 * Parsing never throws: what cannot be read is left out and listed in `problems`.
 */
import type { CaseManifest } from "./case-manifest";

export type ViewPlane = "axial" | "coronal" | "sagittal";

export interface CaseView {
  layout?: "single" | "mpr";
  plane?: ViewPlane;
  /** One-based slice number along the plane's axis. */
  slice?: number;
  window?: string;
  zoom?: number;
  layers?: string[];
  show?: string[];
  flash?: string;
}

const KEYS = ["layout", "plane", "slice", "window", "zoom", "layers", "show", "flash"] as const;
const PLANES: readonly string[] = ["axial", "coronal", "sagittal"];
const list = (v: string) =>
  v
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads a view from query text (with or without the leading `?`). */
export function parseCaseView(query: string): { view: CaseView; problems: string[] } {
  const view: CaseView = {};
  const problems: string[] = [];
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  for (const [key, value] of params) {
    const bad = (why: string) => problems.push(`${key}=${value}: ${why}`);
    if (!(KEYS as readonly string[]).includes(key)) bad(`unknown key (known: ${KEYS.join(", ")})`);
    else if (key === "layout") {
      if (value === "single" || value === "mpr") view.layout = value;
      else bad("must be single or mpr");
    } else if (key === "plane") {
      if (PLANES.includes(value)) view.plane = value as ViewPlane;
      else bad("must be axial, coronal or sagittal");
    } else if (key === "slice") {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1) view.slice = n;
      else bad("must be a whole number from 1 (one-based)");
    } else if (key === "zoom") {
      const z = Number(value);
      if (Number.isFinite(z) && z > 0 && z <= 20) view.zoom = z;
      else bad("must be a number above 0 and at most 20");
    } else if (key === "window") view.window = value;
    else if (key === "flash") view.flash = value;
    else view[key as "layers" | "show"] = list(value);
  }
  return { view, problems };
}

/** The query text of a view, keys in a fixed order, no leading `?` ("" for an empty view). */
export function formatCaseView(view: CaseView): string {
  const p = new URLSearchParams();
  for (const key of KEYS) {
    const v = view[key];
    if (v === undefined || (Array.isArray(v) && !v.length)) continue;
    p.set(key, Array.isArray(v) ? v.join(",") : String(v));
  }
  return p.toString().replaceAll("%2C", ",");
}

const NORMAL_ROW: Record<ViewPlane, 0 | 1 | 2> = { sagittal: 0, coronal: 1, axial: 2 };

/**
 * The grid index axis (0 i, 1 j, 2 k) a plane scrolls through: the one whose direction is closest
 * to the plane's normal (LPS x for sagittal, y for coronal, z for axial).
 */
export function planeAxis(grid: CaseManifest["grid"], plane: ViewPlane): 0 | 1 | 2 {
  const r = NORMAL_ROW[plane];
  const w = [0, 1, 2].map((c) => Math.abs(grid.direction[r * 3 + c]));
  return w[0] >= w[1] && w[0] >= w[2] ? 0 : w[1] >= w[2] ? 1 : 2;
}

/**
 * What in `view` does not fit the case: planes and layouts on 2D images, slices beyond the grid,
 * unknown presets, annotators and structures. Empty when the view can be shown as written.
 */
export function caseViewProblems(view: CaseView, m: CaseManifest): string[] {
  const out: string[] = [];
  const is2d = m.grid.dims[2] === 1;
  if (is2d && view.plane && view.plane !== "axial")
    out.push(`plane=${view.plane}: a 2D image has one plane`);
  if (is2d && view.layout === "mpr") out.push("layout=mpr: a 2D image has one view");
  if (view.slice !== undefined) {
    const count = m.grid.dims[planeAxis(m.grid, view.plane ?? "axial")];
    if (view.slice > count)
      out.push(`slice=${view.slice}: the ${view.plane ?? "axial"} plane has ${count} slices`);
  }
  if (view.window !== undefined && !m.windowPresets.some((p) => p.name === view.window))
    out.push(
      `window=${view.window}: no such preset (${m.windowPresets.map((p) => p.name).join(", ") || "none"})`,
    );
  const annotators = new Set(m.annotators.map((a) => a.id));
  for (const id of view.layers ?? [])
    if (!annotators.has(id)) out.push(`layers: unknown annotator "${id}"`);
  const structures = new Set(m.structures.map((s) => s.id));
  for (const id of [...(view.show ?? []), ...(view.flash ? [view.flash] : [])])
    if (!structures.has(id)) out.push(`unknown structure "${id}"`);
  return out;
}
