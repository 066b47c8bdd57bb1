/**
 * The studio's server side on real files: the request guard, "New case" from HC18 files through
 * the same import and privacy gate as the CLIs (bad input writes nothing), the structure browser's
 * size against the Python mask count (scripts/reference/expected_hc18.py), and saving items and a
 * drawn set twice keeps their ids.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestProblem, MAX_REQUEST_BYTES } from "@/scripts/studio/guard";
import { importCaseFromForm } from "@/scripts/studio/import-case";
import { loadStudioCase, structureRows, structuresUnder } from "@/scripts/studio/case-data";
import { draftItem, saveItem, studioItems } from "@/scripts/studio/items";
import { saveDrawnSet } from "@/scripts/studio/annotations";
import { expected, ext, haveExternal } from "../importers/external";

const req = (headers: Record<string, string>, method = "POST") =>
  new Request("http://127.0.0.1:3200/studio/api/cases", { method, headers });

describe("request guard", () => {
  it("accepts the studio's own origin on loopback, refuses others naming them", () => {
    expect(
      requestProblem(req({ host: "127.0.0.1:3200", origin: "http://127.0.0.1:3200" })),
    ).toBeNull();
    expect(requestProblem(req({ host: "127.0.0.1:3200" }, "GET"))).toBeNull();
    expect(
      requestProblem(req({ host: "127.0.0.1:3200", origin: "http://evil.example" })),
    ).toContain('Origin "http://evil.example" is not the studio\'s own');
    expect(requestProblem(req({ host: "127.0.0.1:3200" }))).toContain('Origin "(none)"');
    expect(requestProblem(req({ host: "atlas.example:3200" }, "GET"))).toContain(
      "only on 127.0.0.1",
    );
    const big = req({
      host: "127.0.0.1:3200",
      origin: "http://127.0.0.1:3200",
      "content-length": String(MAX_REQUEST_BYTES + 1),
    });
    expect(requestProblem(big)).toContain("the limit is 1024 MB per upload");
  });
});

const HC18 = "hc18-ultrasound";
const DICOM = "dicompyler-rtstruct/ct.0.dcm";
const HAVE = haveExternal("studio new case", `${HC18}/000_HC.png`, DICOM);
const SPACING = 0.0691358041432;

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "studio-unit-"));
  fs.mkdirSync(path.join(root, "config"));
  fs.copyFileSync(
    "config/privacy-allowlist.json",
    path.join(root, "config/privacy-allowlist.json"),
  );
  return root;
}

function form(id: string, image: string, mask?: string): FormData {
  const f = new FormData();
  const text: Record<string, string> = {
    id,
    title: "HC18 image 000_HC",
    description: "A fetal head ultrasound image.",
    modality: "US",
    region: "head",
    license: "CC-BY-4.0",
    source: "HC18 training set",
    deidentification: "Public challenge data.",
    "pixel-spacing": `${SPACING},${SPACING}`,
    "structure-name": "Fetal head",
    "set-id": "sonographer",
    "annotator-name": "HC18 sonographer",
    "annotator-kind": "clinician",
    "annotator-role": "Trained sonographer",
  };
  for (const [k, v] of Object.entries(text)) f.set(k, v);
  const file = (p: string) => new File([new Uint8Array(fs.readFileSync(ext(p)))], path.basename(p));
  f.set("image", file(image));
  if (mask) f.set("annotations", file(mask));
  return f;
}

const listing = (root: string) => fs.readdirSync(root).sort();

describe.runIf(HAVE)("New case from real files", () => {
  it("a DICOM naming a patient is refused naming the tag; nothing is written", async () => {
    const root = tempRoot();
    const r = await importCaseFromForm(root, form("bad-dicom", DICOM));
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.errors.map((e) => `${e.field}|${e.message}`);
    expect(lines).toContain(
      "image|ct.0.dcm: (0010,0010) Patient's Name: identifying attribute has a value (privacy gate: nothing was saved)",
    );
    expect(listing(root)).toEqual(["config"]);
  });

  it("a mask on another grid is refused naming both grids; nothing is written", async () => {
    const root = tempRoot();
    const r = await importCaseFromForm(
      root,
      form("bad-grid", `${HC18}/000_HC.png`, `${HC18}/500_HC_Annotation.png`),
    );
    expect(r.ok ? [] : r.errors).toEqual([
      {
        field: "annotations",
        message: "500_HC_Annotation.png: the mask is 788×545 but the reference grid is 800×540×1",
      },
    ]);
    expect(listing(root)).toEqual(["config"]);
  });

  it("an HC18 PNG and mask become a case; size = Python's mask count; items and sets keep ids", async () => {
    const root = tempRoot();
    const r = await importCaseFromForm(
      root,
      form("hc18-000", `${HC18}/000_HC.png`, `${HC18}/000_HC_Annotation.png`),
    );
    expect(r).toMatchObject({ ok: true, id: "hc18-000" });
    expect(listing(root)).toEqual(["config", "content", "public"]);
    const c = loadStudioCase(root, "hc18-000");
    if (!c.ok) throw new Error(c.errors.join("\n"));
    const pixels =
      expected<Record<string, { maskPixels: number }>>("expected-hc18.json")["000_HC.png"]
        .maskPixels;
    const [row] = structureRows(root, c.value);
    expect(row).toMatchObject({
      id: "fetal-head",
      voxels: pixels,
      sizeUnit: "mm²",
      annotators: ["hc18-sonographer"],
    });
    expect(row.size).toBeCloseTo(pixels * SPACING * SPACING, 1);
    expect(structuresUnder(root, c.value, [409 * SPACING, 378 * SPACING, 0])).toEqual([
      "fetal-head",
    ]);
    expect(structuresUnder(root, c.value, [5 * SPACING, 5 * SPACING, 0])).toEqual([]);

    const item = draftItem(c.value, "fetal-head", "click");
    expect(saveItem(root, c.value, item)).toMatchObject({ ok: true });
    expect(
      saveItem(root, c.value, { ...item, prompt: "Click inside the fetal skull." }),
    ).toMatchObject({ ok: true });
    expect(studioItems(root, "hc18-000").map((i) => [i.id, i.prompt])).toEqual([
      ["hc18-000-fetal-head-click", "Click inside the fetal skull."],
    ]);

    const drawn = (name: string) => ({
      setId: "educator",
      annotatorName: name,
      annotatorKind: "illustrative",
      annotatorRole: "Teacher",
      method: "By eye",
      annotations: [{ type: "landmark", structure: "fetal-head", point: [28, 26, 0] }],
    });
    expect(saveDrawnSet(root, c.value, drawn("First Name"))).toMatchObject({ ok: true });
    const again = loadStudioCase(root, "hc18-000");
    if (!again.ok) throw new Error(again.errors.join("\n"));
    expect(saveDrawnSet(root, again.value, drawn("Another Name"))).toMatchObject({ ok: true });
    const set = JSON.parse(
      fs.readFileSync(path.join(root, "content/cases/hc18-000/annotations/educator.json"), "utf8"),
    );
    expect([set.id, set.annotator]).toEqual(["educator", "first-name"]);

    // A landmark of a new structure: the structure and its vocabulary entry are added together.
    const centre = { ...drawn("First Name"), setId: "centre", newStructureName: "Head centre" };
    centre.annotations = [{ type: "landmark", structure: "head-centre", point: [28, 26, 0] }];
    expect(saveDrawnSet(root, again.value, centre)).toMatchObject({ ok: true });
    const withCentre = loadStudioCase(root, "hc18-000");
    expect(
      withCentre.ok ? withCentre.value.manifest.structures.map((x) => x.id) : withCentre.errors,
    ).toEqual(["fetal-head", "head-centre"]);
  });
});
