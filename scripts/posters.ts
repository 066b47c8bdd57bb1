/**
 * Writes the viewer posters (lib/imaging/poster.ts) of every NIfTI case to public/posters/<id>.png:
 * the opening view (axial, middle slice, first window preset, the first annotator's labelmaps in
 * the case colours, fill 0.45 + outline, as `useOverlayState` opens). Run by `npm run build` and
 * the e2e build, so a poster is never older than its case files; the output is deterministic
 * (same input bytes, same PNG). Other image kinds get no poster (their viewer shows the skeleton).
 * Each file is written to a temporary name and renamed, so a failure leaves no half-written poster.
 * Usage: tsx scripts/posters.ts [ROOT]   (ROOT defaults to the repository root)
 */
import fs from "node:fs";
import path from "node:path";
import { casesDir, loadCaseFolder } from "../lib/content/case-store";
import { formatIssues } from "../lib/domain/parse-result";
import { encodePngImage } from "../lib/io/raster";
import { readNifti } from "../lib/io";
import { DEFAULT_OVERLAY_OPACITY, layerLut } from "../lib/imaging/layer-lut";
import { labelSliceStats } from "../lib/imaging/label-stats";
import { buildOverlayModel } from "../lib/imaging/overlay-model";
import { posterUrl } from "../lib/imaging/poster";
import { renderPoster } from "./build-time/poster-render";

const root = path.resolve(process.argv[2] ?? process.cwd());
const started = Date.now();

/** Reads a site file (`/cases/...`) from public/; exits naming the file when it is unreadable. */
function readNiftiFile(site: string) {
  const file = path.join(root, "public", site);
  if (!fs.existsSync(file)) fail(`${file}: missing`);
  const r = readNifti(new Uint8Array(fs.readFileSync(file)), file);
  if (!r.ok) fail(formatIssues(r.issues));
  return r.value;
}

function fail(msg: string): never {
  console.error(`posters: ${msg}`);
  process.exit(1);
}

let written = 0;
for (const dir of fs.readdirSync(casesDir(path.join(root, "content"))).sort()) {
  const loaded = loadCaseFolder(path.join(casesDir(path.join(root, "content")), dir), root);
  if (!loaded.ok) fail(formatIssues(loaded.issues));
  const { manifest, annotationSets } = loaded.value;
  const preset = manifest.windowPresets[0];
  if (manifest.image.kind !== "nifti" || !preset) continue;
  const img = readNiftiFile(manifest.image.file);
  const model = buildOverlayModel(manifest, annotationSets);
  const first = [...model.annotators.keys()][0];
  const colors = new Map(manifest.structures.map((s) => [s.id, s.color]));
  const layers = model.layers
    .filter((l) => l.annotatorId === first)
    .map((ref) => {
      const data = readNiftiFile(ref.file).data;
      const maxLabel = labelSliceStats(data, manifest.grid.dims).maxLabel;
      const lut = layerLut(ref, maxLabel, colors, new Set(), undefined, null);
      return { data, style: { lut, fillAlpha: DEFAULT_OVERLAY_OPACITY, outline: true } };
    });
  const w = Math.max(1, preset.width);
  const p = renderPoster({
    grid: manifest.grid,
    data: img.data,
    window: [preset.center - w / 2, preset.center + w / 2],
    layers,
  });
  const out = path.join(root, "public", posterUrl(manifest.id));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.tmp`, encodePngImage(p.width, p.height, p.rgb, 3));
  fs.renameSync(`${out}.tmp`, out);
  written++;
}
console.log(`posters: ${written} written (${((Date.now() - started) / 1000).toFixed(1)} s).`);
