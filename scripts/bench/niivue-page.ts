/**
 * The peer page: a minimal NiiVue viewer (axial slice, image + labelmap overlay) bundled with esbuild
 * into bench/tmp/niivue/. Not part of the site; the bench serves it itself (`static-server.ts`).
 * Query: `?image=/cases/…nii.gz&label=/cases/…nii.gz`. The labelmap gets a fixed display range
 * (1–120, trusted) as a NiiVue user would set for an atlas: without it NiiVue spent a further
 * ~6–13 s (busy 2-core machine) computing a robust range before showing the overlay.
 */
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const ENTRY = `import { Niivue } from "@niivue/niivue";
const q = new URLSearchParams(location.search);
const nv = new Niivue({
  backColor: [0, 0, 0, 1],
  crosshairWidth: 0,
  crosshairColor: [0, 0, 0, 0],
  show3Dcrosshair: false,
  isColorbar: false,
  isOrientCube: false,
  loadingText: "",
  logLevel: "error",
});
// The bench probe checks the canvas right after each draw (the same moment it checks ours).
const draw = nv.drawScene.bind(nv);
nv.drawScene = (...a) => { const r = draw(...a); if (window.__benchCheck) window.__benchCheck(); return r; };
(async () => {
  await nv.attachTo("gl");
  nv.setSliceType(nv.sliceTypeAxial);
  const vols = [{ url: q.get("image") }];
  if (q.get("label")) vols.push({ url: q.get("label"), colormap: "warm", opacity: 0.45, cal_min: 1, cal_max: 120, trustCalMinMax: true });
  await nv.loadVolumes(vols);
  window.__niivueLoaded = performance.now();
})();
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NiiVue peer (bench)</title>
<style>html,body{margin:0;background:#000}#wrap{width:800px;height:480px}</style></head>
<body><div id="wrap"><canvas id="gl"></canvas></div><script src="./niivue-bench.js"></script></body></html>
`;

export interface PeerBundle {
  dir: string;
  /** Size of the minified bundle, bytes (before gzip). */
  jsBytes: number;
}

/** Writes index.html and the minified bundle into `dir` (created/overwritten). */
export async function buildNiivuePage(root: string, dir: string): Promise<PeerBundle> {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), HTML);
  const out = path.join(dir, "niivue-bench.js");
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    outfile: out,
    logLevel: "silent",
  });
  return { dir, jsBytes: fs.statSync(out).size };
}
