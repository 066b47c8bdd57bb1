import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readAnnotationsFile } from "@/lib/importers";
import { IMPORTER_READERS, looksLikeCoco } from "@/lib/importers/reader-entries";
import { ext, haveExternal } from "./external";

describe("readAnnotationsFile dispatch", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "imp-dispatch-"));

  it("a missing file is an issue naming it", async () => {
    const f = path.join(dir, "nope.dcm");
    const r = await readAnnotationsFile(f);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        file: f,
        message: expect.stringMatching(/cannot read the file/),
      });
  });

  it("an unknown format is an issue listing the supported ones", async () => {
    const f = path.join(dir, "x.bin");
    writeFileSync(f, "hello");
    const r = await readAnnotationsFile(f);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0].message).toMatch(/expected DICOM SEG\/RTSTRUCT\/SR, NRRD or COCO JSON/);
  });

  it("plain annotation JSON is not taken for COCO by the CLI entries", () => {
    const coco = path.join(dir, "c.json");
    writeFileSync(coco, JSON.stringify({ images: [], annotations: [], categories: [] }));
    const plain = path.join(dir, "p.json");
    writeFileSync(
      plain,
      JSON.stringify({
        id: "set",
        annotator: "a",
        annotations: [{ type: "landmark", structure: "x", point: [0, 0, 0] }],
      }),
    );
    expect(looksLikeCoco(coco)).toBe(true);
    expect(looksLikeCoco(plain)).toBe(false);
    expect(IMPORTER_READERS.find((e) => e.matches(plain))).toBeUndefined();
  });

  it.runIf(haveExternal("dispatch", "dcmqi-seg-sr/ct-3slice/01.dcm"))(
    "a DICOM image that is not an annotation object is refused by Modality",
    async () => {
      const r = await readAnnotationsFile(ext("dcmqi-seg-sr/ct-3slice/01.dcm"));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0]).toMatchObject({
          field: "Modality",
          message: expect.stringMatching(/Modality 'CT' is not an annotation format/),
        });
    },
  );
});
