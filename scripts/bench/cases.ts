/** The built-in cases the bench visits, read from content/cases/<id>/ (case.json + annotations). */
import fs from "node:fs";
import path from "node:path";

export interface BenchCase {
  id: string;
  imageKind: string;
  /** Site path of the main image file (NIfTI/raster), when the case has one. */
  imageFile?: string;
  /** Site paths of labelmap files, in annotation-file order (the viewer shows the first by default). */
  labelmaps: string[];
}

interface Manifest {
  id: string;
  image: { kind: string; file?: string };
}

/** Every case directory with a case.json, sorted by id. */
export function listCases(root: string): BenchCase[] {
  const dir = path.join(root, "content", "cases");
  return fs
    .readdirSync(dir)
    .filter((id) => fs.existsSync(path.join(dir, id, "case.json")))
    .sort()
    .map((id) => {
      const m = JSON.parse(fs.readFileSync(path.join(dir, id, "case.json"), "utf8")) as Manifest;
      const annDir = path.join(dir, id, "annotations");
      const labelmaps = new Set<string>();
      if (fs.existsSync(annDir)) {
        for (const f of fs.readdirSync(annDir).sort()) {
          const text = fs.readFileSync(path.join(annDir, f), "utf8");
          for (const hit of text.matchAll(/"labelmap"\s*:\s*"([^"]+)"/g)) labelmaps.add(hit[1]);
        }
      }
      return { id, imageKind: m.image.kind, imageFile: m.image.file, labelmaps: [...labelmaps] };
    });
}
