import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dicomReferenceImages, readAnnotationsFile } from "@/lib/importers";
import { schemeOf } from "@/lib/importers/codes";
import type { ImportedAnnotations } from "@/lib/importers/types";
import { expected, ext, haveExternal } from "./external";

interface Code {
  scheme: string;
  code: string;
  meaning: string;
}
interface ExpSeg {
  number: number;
  label: string;
  color: string | null;
  type: Code | null;
  category: Code | null;
  frames: number;
  voxels: number;
  voxelsBySlice: Record<string, number> | null;
}
const EXPECTED =
  expected<Record<string, { frames: number; segments: ExpSeg[] }>>("expected-dicom-seg.json");
const CT = "dcmqi-seg-sr/ct-3slice";
const HAVE = haveExternal("DICOM SEG importer", CT, ...Object.keys(EXPECTED));

/** Voxels per structure (summed over layers) and per (structure, k). */
function tally(a: ImportedAnnotations) {
  const total = new Map<string, number>();
  const bySlice = new Map<string, Record<string, number>>();
  for (const lm of a.labelmaps) {
    const plane = lm.grid.dims[0] * lm.grid.dims[1];
    const name = new Map(lm.labels.map((l) => [l.value, l.structure]));
    lm.data.forEach((v, i) => {
      if (!v) return;
      const s = name.get(v)!;
      total.set(s, (total.get(s) ?? 0) + 1);
      const k = String(Math.floor(i / plane));
      const rec = bySlice.get(s) ?? {};
      rec[k] = (rec[k] ?? 0) + 1;
      bySlice.set(s, rec);
    });
  }
  return { total, bySlice };
}

function hexDiff(a: string, b: string): number {
  return Math.max(
    ...[1, 3, 5].map((i) =>
      Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)),
    ),
  );
}

describe.runIf(HAVE)(
  "DICOM SEG importer on real files (expected from scripts/reference/expected_dicom_seg.py)",
  () => {
    const ctFiles = () => readdirSync(ext(CT)).map((f) => path.join(ext(CT), f));

    for (const [rel, exp] of Object.entries(EXPECTED)) {
      const onCt = exp.segments.some((s) => s.voxelsBySlice);
      it(`${rel}: names, colours, codes and voxel counts per segment${onCt ? " and per CT slice (matched by SOP UID)" : " (own grid)"}`, async () => {
        let ctx = {};
        if (onCt) {
          const refs = await dicomReferenceImages(ctFiles());
          if (!refs.ok) throw new Error(JSON.stringify(refs.issues));
          ctx = { referenceGrid: refs.value.grid, referenceImages: refs.value.images };
        }
        const r = await readAnnotationsFile(ext(rel), ctx);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const a = r.value;
        const { total, bySlice } = tally(a);
        expect(a.structures.map((s) => s.name)).toEqual(exp.segments.map((s) => s.label));
        for (const s of exp.segments) {
          const st = a.structures.find((x) => x.name === s.label)!;
          if (s.color)
            expect(
              hexDiff(st.color!, s.color),
              `${s.label} ${st.color} vs ${s.color}`,
            ).toBeLessThanOrEqual(1);
          const codes = [s.type, s.category]
            .filter((c): c is Code => !!c)
            .map((c) => [schemeOf(c.scheme), c.code, c.meaning]);
          expect(st.codes?.map((c) => [c.scheme, c.code, c.meaning])).toEqual(codes);
          expect(total.get(s.label) ?? 0).toBe(s.voxels);
          if (s.voxelsBySlice) expect(bySlice.get(s.label)).toEqual(s.voxelsBySlice);
        }
        if (onCt)
          expect(a.notes?.[0]).toMatch(
            new RegExp(`${exp.frames} matched by Referenced SOP Instance UID`),
          );
      });
    }

    it("partial_overlaps.dcm: overlapping segments go to separate layers, losing no voxel", async () => {
      const refs = await dicomReferenceImages(ctFiles());
      if (!refs.ok) throw new Error("refs");
      const r = await readAnnotationsFile(ext("dcmqi-seg-sr/liver/partial_overlaps.dcm"), {
        referenceGrid: refs.value.grid,
        referenceImages: refs.value.images,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.value.labelmaps.length).toBeGreaterThan(1);
    });

    it("falls back to the frame position when the SOP UIDs are unknown", async () => {
      const refs = await dicomReferenceImages(ctFiles());
      if (!refs.ok) throw new Error("refs");
      const images = refs.value.images.map((im) => ({ ...im, sopInstanceUid: `9.9.${im.slice}` }));
      const r = await readAnnotationsFile(ext("dcmqi-seg-sr/liver/liver.dcm"), {
        referenceGrid: refs.value.grid,
        referenceImages: images,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(tally(r.value).bySlice.get("Liver")).toEqual(
        EXPECTED["dcmqi-seg-sr/liver/liver.dcm"].segments[0].voxelsBySlice,
      );
      expect(r.value.notes?.[0]).toMatch(/0 matched by Referenced SOP Instance UID, 3 by position/);
    });

    it("a frame whose reference is missing and whose position is off the grid is an error, not a skip", async () => {
      const refs = await dicomReferenceImages(ctFiles().slice(0, 1));
      if (!refs.ok) throw new Error("refs");
      const r = await readAnnotationsFile(ext("dcmqi-seg-sr/liver/liver.dcm"), {
        referenceGrid: refs.value.grid,
        referenceImages: refs.value.images,
      });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0].message).toMatch(/not among the 1 reference images.*lies on no slice/);
    });

    it("a SEG oblique to the reference grid is refused with a clear message", async () => {
      const refs = await dicomReferenceImages(ctFiles());
      if (!refs.ok) throw new Error("refs");
      const c = Math.cos(0.3);
      const s = Math.sin(0.3);
      const g = refs.value.grid;
      const rotated = { ...g, direction: [c, -s, 0, s, c, 0, 0, 0, 1] };
      const r = await readAnnotationsFile(ext("dcmqi-seg-sr/liver/liver.dcm"), {
        referenceGrid: rotated,
        referenceImages: refs.value.images,
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].message).toMatch(/oblique/);
    });

    it("a slide-microscopy SEG (highdicom seg_image_sm_control) is refused with a clear message", async () => {
      const r = await readAnnotationsFile(ext("highdicom-testfiles/seg_image_sm_control.dcm"));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].message).toMatch(/slide-microscopy SEG .* not supported/);
    });

    it("a truncated SEG fails naming the file", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "imp-seg-"));
      const bytes = readFileSync(ext("dcmqi-seg-sr/liver/liver.dcm"));
      const broken = path.join(dir, "broken-seg.dcm");
      writeFileSync(broken, bytes.subarray(0, bytes.length - 50000));
      const r = await readAnnotationsFile(broken);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].file).toBe(broken);
        expect(r.issues[0].message).toMatch(/truncated|unreadable/i);
      }
    });
  },
);
