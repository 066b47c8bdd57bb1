import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dicomReferenceImages, readAnnotationsFile, type ImportContext } from "@/lib/importers";
import { parseSr } from "@/lib/importers/dicom/sr";
import type { ImportedAnnotationsWithMeasurements } from "@/lib/importers/measurements";
import { expected, ext, haveExternal } from "./external";

interface ExpGroup {
  trackingId: string | null;
  trackingUid: string | null;
  finding: string | null;
  findingSite: string | null;
  measurements: { name: string; value: number; unit: string; derivation: string | null }[];
  scoords: { valueType: string; graphicType: string; world: number[][] }[];
}
const EXPECTED =
  expected<Record<string, { observer: string; groups: ExpGroup[] }>>("expected-sr.json");
const CT = "highdicom-testfiles/ct_image.dcm";
const HAVE = haveExternal("SR TID1500 importer", CT, ...Object.keys(EXPECTED));

const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 4));

describe.runIf(HAVE)(
  "SR TID1500 importer on real files (expected from scripts/reference/expected_sr.py)",
  () => {
    for (const [rel, exp] of Object.entries(EXPECTED)) {
      it(`${rel}: groups, tracking ids, finding sites, measurements and coordinates`, async () => {
        const refs = await dicomReferenceImages([ext(CT)]);
        if (!refs.ok) throw new Error(JSON.stringify(refs.issues));
        const ctx: ImportContext = { referenceImages: refs.value.images };
        const r = await readAnnotationsFile(ext(rel), ctx);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const a = r.value as ImportedAnnotationsWithMeasurements;
        expect(a.notes?.[0]).toMatch(new RegExp(`${exp.groups.length} measurement group`));
        if (exp.observer) expect(a.annotator?.name).toBe(exp.observer.replace(/\^+/g, " "));
        const expMeas = exp.groups.flatMap((g) =>
          g.measurements.map((m) => ({
            trackingId: g.trackingId ?? undefined,
            trackingUid: g.trackingUid ?? undefined,
            findingSite: g.findingSite ?? undefined,
            name: m.name,
            value: m.value,
            unit: m.unit,
            derivation: m.derivation ?? undefined,
          })),
        );
        expect(a.measurements.map(({ structure: _s, ...m }) => m)).toEqual(
          expMeas.map((m) =>
            Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)),
          ),
        );
        for (const g of exp.groups) {
          const name = g.finding ?? g.trackingId!;
          expect(a.structures.map((s) => s.name)).toContain(name);
          for (const s of g.scoords) {
            if (s.graphicType === "POINT") {
              const lm = a.landmarks.find((l) => l.structure === name)!;
              close(lm.point, s.world[0]);
              expect(lm.label).toBe(g.trackingId);
            } else if (s.graphicType === "CIRCLE") {
              const poly = a.polygons.find((p) => p.structure === name)!;
              const [c, e] = s.world;
              const radius = Math.hypot(e[0] - c[0], e[1] - c[1], e[2] - c[2]);
              expect(poly.points.length).toBe(64);
              for (const p of poly.points)
                expect(Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2])).toBeCloseTo(radius, 6);
              close(
                poly.points.reduce<number[]>((m, p) => m.map((v, i) => v + p[i] / 64), [0, 0, 0]),
                c,
              );
            } else {
              const poly = a.polygons.find((p) => p.structure === name)!;
              expect(poly.points.length).toBe(s.world.length);
              poly.points.forEach((p, i) => close(p, s.world[i]));
            }
          }
        }
      });
    }

    it("dcmqi sr.dcm: the measured SEG segment is named in the notes", async () => {
      const r = await readAnnotationsFile(ext("dcmqi-seg-sr/sr-example/sr.dcm"));
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.value.notes).toContain(
        "primary tumor: measured on segment 1 of SEG 1.2.276.0.7230010.3.1.4.8323329.18591.1440001312.777033",
      );
    });

    it("a SCOORD whose image is not given is an error naming the group and the UID", async () => {
      const rel = "highdicom-testfiles/sr_document_with_multiple_groups.dcm";
      const r = await readAnnotationsFile(ext(rel));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0].message).toMatch(
          /measurement group 2 \('LungNodule0001'\): SCOORD references image 1\.3\.6\.1\.4\.1\.5962\.1\.1\.1\.1\.1\.20040119072730\.12322/,
        );
    });

    it("a truncated SR fails naming the file", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "imp-sr-"));
      const bytes = readFileSync(ext("dcmqi-seg-sr/sr-example/sr.dcm"));
      const broken = path.join(dir, "broken-sr.dcm");
      writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const r = await readAnnotationsFile(broken);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].file).toBe(broken);
        expect(r.issues[0].message).toMatch(/truncated|unreadable/i);
      }
    });
  },
);

describe("SR SCOORD 0.5-pixel convention (synthetic)", () => {
  const ctx: ImportContext = {
    referenceImages: [
      {
        sopInstanceUid: "1.2.3",
        positionMm: [100, 200, 30],
        orientation: [1, 0, 0, 0, 1, 0],
        pixelSpacingMm: [2, 0.5],
      },
    ],
  };
  const sr = (graphic: number[]) => ({
    Modality: "SR",
    ContentSequence: [
      {
        ValueType: "CONTAINER",
        ConceptNameCodeSequence: [
          { CodeValue: "125007", CodingSchemeDesignator: "DCM", CodeMeaning: "Measurement Group" },
        ],
        ContentSequence: [
          {
            ValueType: "TEXT",
            ConceptNameCodeSequence: [{ CodeValue: "112039", CodeMeaning: "Tracking Identifier" }],
            TextValue: "tip",
          },
          {
            ValueType: "SCOORD",
            GraphicType: "POINT",
            GraphicData: graphic,
            ContentSequence: [
              {
                ValueType: "IMAGE",
                ReferencedSOPSequence: [{ ReferencedSOPInstanceUID: "1.2.3" }],
              },
            ],
          },
        ],
      },
    ],
  });

  it("(0.5, 0.5) is the centre of the top-left pixel, i.e. Image Position (Patient)", () => {
    const r = parseSr(sr([0.5, 0.5]), "p.dcm", ctx);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.landmarks[0].point).toEqual([100, 200, 30]);
  });

  it("(0, 0) is the pixel corner: half a pixel up-left of the centre (column spacing 0.5, row spacing 2)", () => {
    const r = parseSr(sr([0, 0]), "p.dcm", ctx);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.landmarks[0].point).toEqual([99.75, 199, 30]);
    const r2 = parseSr(sr([4.5, 2.5]), "p.dcm", ctx);
    if (!r2.ok) throw new Error("parse");
    expect(r2.value.landmarks[0].point).toEqual([102, 204, 30]);
  });
});
