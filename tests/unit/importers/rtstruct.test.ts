import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dicomReferenceImages, readAnnotationsFile } from "@/lib/importers";
import { parseRtstruct } from "@/lib/importers/dicom/rtstruct";
import type { GridSpec } from "@/lib/domain/model";
import type { ImportedAnnotations } from "@/lib/importers/types";
import { expected, ext, haveExternal } from "./external";

interface ExpRoi {
  name: string;
  color: string;
  contours: Record<string, number>;
  points: Record<string, number>;
  contoursOnCt: number;
  pointsOnCt: number[];
  pixelsOnCt: number;
  voxelsOnVirtualGrid: number;
}
const EXPECTED = expected<{ virtualGrid: GridSpec; rois: ExpRoi[] }>("expected-rtstruct.json");
const RTSS = "dicompyler-rtstruct/rtss.dcm";
const CT = "dicompyler-rtstruct/ct.0.dcm";
const HAVE = haveExternal("RTSTRUCT importer", RTSS, CT);

function voxels(a: ImportedAnnotations): Map<string, number> {
  const m = new Map<string, number>();
  for (const lm of a.labelmaps) {
    const name = new Map(lm.labels.map((l) => [l.value, l.structure]));
    for (const v of lm.data) if (v) m.set(name.get(v)!, (m.get(name.get(v)!) ?? 0) + 1);
  }
  return m;
}

describe.runIf(HAVE)(
  "RTSTRUCT importer on dicompyler rtss.dcm (expected from scripts/reference/expected_rtstruct.py)",
  () => {
    it("without a reference grid: every ROI name and colour, every closed contour as a polygon with all its points", async () => {
      const r = await readAnnotationsFile(ext(RTSS));
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const a = r.value;
      expect(a.structures.map((s) => [s.name, s.color])).toEqual(
        EXPECTED.rois.map((x) => [x.name, x.color]),
      );
      for (const roi of EXPECTED.rois) {
        const polys = a.polygons.filter((p) => p.structure === roi.name);
        expect(polys.length).toBe(roi.contours.CLOSED_PLANAR ?? 0);
        // RTSTRUCT closed contours do not repeat their first vertex, so every stored point is kept.
        expect(polys.reduce((n, p) => n + p.points.length, 0)).toBe(roi.points.CLOSED_PLANAR ?? 0);
      }
      expect(a.labelmaps).toEqual([]);
    });

    it("on the one CT slice present: its contours become polygons + labelmap; the other 437 are reported", async () => {
      const refs = await dicomReferenceImages([ext(CT)]);
      if (!refs.ok) throw new Error(JSON.stringify(refs.issues));
      const r = await readAnnotationsFile(ext(RTSS), {
        referenceGrid: refs.value.grid,
        referenceImages: refs.value.images,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const a = r.value;
      const counts = voxels(a);
      const total = EXPECTED.rois.reduce((n, x) => n + (x.contours.CLOSED_PLANAR ?? 0), 0);
      const onCt = EXPECTED.rois.reduce((n, x) => n + x.contoursOnCt, 0);
      for (const roi of EXPECTED.rois) {
        const polys = a.polygons.filter((p) => p.structure === roi.name);
        expect(polys.map((p) => p.points.length).sort()).toEqual([...roi.pointsOnCt].sort());
        expect(polys.every((p) => p.slice === 0)).toBe(true);
        expect(counts.get(roi.name) ?? 0).toBe(roi.pixelsOnCt);
      }
      expect(a.notes).toContain(
        `${total - onCt} of ${total} closed contours lie on slices absent from the reference image and were not imported`,
      );
    });

    it("on the CT lattice stacked over all contour planes: voxels per ROI equal the Python rasterisation", async () => {
      const r = await readAnnotationsFile(ext(RTSS), { referenceGrid: EXPECTED.virtualGrid });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const counts = voxels(r.value);
      expect(
        Object.fromEntries(EXPECTED.rois.map((x) => [x.name, counts.get(x.name) ?? 0])),
      ).toEqual(Object.fromEntries(EXPECTED.rois.map((x) => [x.name, x.voxelsOnVirtualGrid])));
      expect(r.value.labelmaps.length).toBeGreaterThan(1); // BODY overlaps the organs: separate layers
    });

    it("a truncated copy fails with an issue naming the file", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "imp-rt-"));
      const bytes = readFileSync(ext(RTSS));
      const broken = path.join(dir, "broken-rtss.dcm");
      writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const r = await readAnnotationsFile(broken);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].file).toBe(broken);
        expect(r.issues[0].message).toMatch(/truncated|unreadable/i);
      }
    });
  },
);

describe("RTSTRUCT holes (synthetic, 1 mm pixels, centres at integer mm)", () => {
  const grid: GridSpec = {
    dims: [12, 12, 1],
    spacing: [1, 1, 1],
    origin: [0, 0, 0],
    direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  };
  const flat = (pts: number[][]) => pts.flatMap(([x, y]) => [x, y, 0]);
  const ds = (contours: number[][][]) => ({
    Modality: "RTSTRUCT",
    StructureSetROISequence: [{ ROINumber: 1, ROIName: "Ring" }],
    ROIContourSequence: [
      {
        ReferencedROINumber: 1,
        ROIDisplayColor: [255, 0, 0],
        ContourSequence: contours.map((c) => ({
          ContourGeometricType: "CLOSED_PLANAR",
          ContourData: flat(c),
        })),
      },
    ],
  });
  const outer = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];
  const inner = [
    [3, 3],
    [6, 3],
    [6, 6],
    [3, 6],
  ];

  it("XOR: a separate inner contour is a hole (11×11 − 4×4 pixels; edge pixels count as inside each contour)", () => {
    const r = parseRtstruct(ds([outer, inner]), "xor.dcm", { referenceGrid: grid });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const d = r.value.labelmaps[0].data;
    expect(Array.from(d).filter(Boolean).length).toBe(121 - 16);
    expect(d[4 * 12 + 4]).toBe(0);
    expect(d[3 * 12 + 3]).toBe(0);
    expect(r.value.polygons.map((p) => p.hole ?? false)).toEqual([false, true]);
  });

  it("keyhole: one contour cut in to the hole leaves the hole's interior empty (its edge stays inside)", () => {
    const key = [
      [0, 3],
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 3],
      [3, 3],
      [3, 6],
      [6, 6],
      [6, 3],
      [3, 3],
    ];
    const r = parseRtstruct(ds([key]), "key.dcm", { referenceGrid: grid });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const d = r.value.labelmaps[0].data;
    expect(Array.from(d).filter(Boolean).length).toBe(121 - 4);
    for (const [i, j] of [
      [4, 4],
      [4, 5],
      [5, 4],
      [5, 5],
    ])
      expect(d[j * 12 + i]).toBe(0);
    expect(d[3 * 12 + 3]).toBe(1);
  });
});
