import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gzipSync } from "fflate";
import { readAnnotationsFile } from "@/lib/importers";
import { parseNrrdAnnotations } from "@/lib/importers/nrrd-labelmap";
import { schemeOf } from "@/lib/importers/codes";
import type { ImportedAnnotations } from "@/lib/importers/types";
import { expected, ext, haveExternal } from "./external";

interface Expected {
  grid: { dims: number[]; spacing: number[]; origin: number[]; direction: number[] };
  layers: number;
  labelCounts: Record<string, number>[];
  segments?: {
    name: string;
    labelValue: number;
    layer: number;
    color: string;
    voxels: number;
    codes: { scheme: string; code: string; meaning: string }[];
    typeModifier: string | null;
  }[];
}
const EXPECTED = expected<Record<string, Expected>>("expected-nrrd.json");

function countsOf(a: ImportedAnnotations): Map<string, number> {
  const m = new Map<string, number>();
  for (const lm of a.labelmaps) {
    const byValue = new Map<number, number>();
    for (const v of lm.data) if (v) byValue.set(v, (byValue.get(v) ?? 0) + 1);
    for (const l of lm.labels)
      m.set(l.structure, (m.get(l.structure) ?? 0) + (byValue.get(l.value) ?? 0));
  }
  return m;
}

const HAVE = haveExternal("nrrd importer", ...Object.keys(EXPECTED));

describe.runIf(HAVE)(
  "NRRD / .seg.nrrd importer on real files (expected from scripts/reference/expected_nrrd.py)",
  () => {
    for (const [rel, exp] of Object.entries(EXPECTED)) {
      it(`${rel}: grid, layers and per-label voxel counts match the Python decoding`, async () => {
        const r = await readAnnotationsFile(ext(rel));
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const a = r.value;
        expect(a.labelmaps.length).toBe(exp.layers);
        const g = a.labelmaps[0].grid;
        expect(g.dims).toEqual(exp.grid.dims);
        g.spacing.forEach((s, i) => expect(s).toBeCloseTo(exp.grid.spacing[i], 6));
        g.origin.forEach((s, i) => expect(s).toBeCloseTo(exp.grid.origin[i], 6));
        g.direction.forEach((s, i) => expect(s).toBeCloseTo(exp.grid.direction[i], 9));
        a.labelmaps.forEach((lm, l) => {
          const counts: Record<string, number> = {};
          for (const v of lm.data) if (v) counts[v] = (counts[v] ?? 0) + 1;
          expect(counts).toEqual(exp.labelCounts[l]);
        });
        if (exp.segments) {
          const counts = countsOf(a);
          expect(a.structures.map((s) => s.name)).toEqual(exp.segments.map((s) => s.name));
          for (const s of exp.segments) {
            const st = a.structures.find((x) => x.name === s.name)!;
            expect(st.color).toBe(s.color);
            expect(counts.get(s.name)).toBe(s.voxels);
            expect(st.codes?.map((c) => [c.scheme, c.code, c.meaning])).toEqual(
              s.codes.map((c) => [schemeOf(c.scheme), c.code, c.meaning]),
            );
            if (s.typeModifier === "right" || s.typeModifier === "left")
              expect(st.laterality).toBe(s.typeModifier);
            const lm = a.labelmaps[s.layer];
            expect(lm.labels).toContainEqual({ value: s.labelValue, structure: s.name });
          }
        }
      });
    }

    it("a truncated copy of the .seg.nrrd fails naming the file and the gzip problem", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "imp-nrrd-"));
      const bytes = readFileSync(ext("slicer-segnrrd/Segmentation.seg.nrrd"));
      const broken = path.join(dir, "broken.seg.nrrd");
      writeFileSync(broken, bytes.subarray(0, bytes.length - 4000));
      const r = await readAnnotationsFile(broken);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].file).toBe(broken);
        expect(r.issues[0].message).toMatch(/gzip|truncated/);
      }
    });
  },
);

describe("NRRD reader on synthetic files", () => {
  const header = (extra: string) =>
    `NRRD0004\ntype: unsigned char\ndimension: 3\nsizes: 2 2 1\nkinds: domain domain domain\n${extra}\n\n`;
  const enc = (s: string) => new TextEncoder().encode(s);
  const cat = (a: Uint8Array, b: Uint8Array) => {
    const o = new Uint8Array(a.length + b.length);
    o.set(a);
    o.set(b, a.length);
    return o;
  };
  const data = new Uint8Array([0, 3, 3, 0]);

  it("RAS space is converted to LPS (x and y of origin and directions negated)", () => {
    const bytes = cat(
      enc(
        header(
          "space: right-anterior-superior\nspace directions: (2,0,0) (0,3,0) (0,0,4)\nspace origin: (10,20,30)\nencoding: raw",
        ),
      ),
      data,
    );
    const r = parseNrrdAnnotations(bytes, "x.nrrd");
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const g = r.value.labelmaps[0].grid;
    expect(g.origin).toEqual([-10, -20, 30]);
    expect(g.spacing).toEqual([2, 3, 4]);
    expect(g.direction).toEqual([-1, 0, 0, 0, -1, 0, 0, 0, 1]);
    expect(r.value.labelmaps[0].labels).toEqual([{ value: 3, structure: "label 3" }]);
  });

  it("raw and gzip encodings decode to the same labels", () => {
    const h =
      "space: left-posterior-superior\nspace directions: (1,0,0) (0,1,0) (0,0,1)\nspace origin: (0,0,0)\nencoding: ";
    const raw = parseNrrdAnnotations(cat(enc(header(h + "raw")), data), "a.nrrd");
    const gz = parseNrrdAnnotations(cat(enc(header(h + "gzip")), gzipSync(data)), "b.nrrd");
    if (!raw.ok || !gz.ok) throw new Error("parse failed");
    expect(Array.from(gz.value.labelmaps[0].data)).toEqual([0, 3, 3, 0]);
    expect(Array.from(raw.value.labelmaps[0].data)).toEqual([0, 3, 3, 0]);
  });

  it("a header announcing more data than present is a clear truncation error", () => {
    const r = parseNrrdAnnotations(
      cat(enc(header("encoding: raw")), data.subarray(0, 2)),
      "short.nrrd",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toMatch(/truncated: 4 samples need 4 bytes/);
  });
});
