import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readAnnotationsFile } from "@/lib/importers";
import { expected, ext, haveExternal } from "./external";

interface Exp {
  dims: number[];
  spacing: number[];
  origin: number[];
  labelCounts: Record<string, number>;
}
const EXPECTED = expected<Record<string, Exp>>("expected-nifti.json");
const HAVE = haveExternal("NIfTI label map importer", ...Object.keys(EXPECTED));

describe.runIf(HAVE)(
  "NIfTI label maps (TotalSegmentator multi-label; expected from scripts/reference/expected_nifti.py)",
  () => {
    for (const [rel, exp] of Object.entries(EXPECTED)) {
      it(`${rel}: grid and voxel count of every label equal nibabel's`, async () => {
        const r = await readAnnotationsFile(ext(rel));
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const lm = r.value.labelmaps[0];
        expect(lm.grid.dims).toEqual(exp.dims);
        lm.grid.spacing.forEach((s, i) => expect(s).toBeCloseTo(exp.spacing[i], 5));
        lm.grid.origin.forEach((s, i) => expect(s).toBeCloseTo(exp.origin[i], 4));
        const counts: Record<string, number> = {};
        for (const v of lm.data) if (v) counts[v] = (counts[v] ?? 0) + 1;
        expect(counts).toEqual(exp.labelCounts);
        expect(lm.labels.map((l) => l.value)).toEqual(Object.keys(exp.labelCounts).map(Number));
      });
    }

    it("a truncated copy fails naming the file", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "imp-nii-"));
      const broken = path.join(dir, "broken.nii.gz");
      const bytes = readFileSync(ext("totalseg-ct/example_seg.nii.gz"));
      writeFileSync(broken, bytes.subarray(0, bytes.length >> 1));
      const r = await readAnnotationsFile(broken);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0]).toMatchObject({
          file: broken,
          message: expect.stringMatching(/gzip|truncated/),
        });
    });
  },
);
