import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { caseManifestSchema } from "@/lib/domain/model";
import { updateVocabulary } from "@/scripts/case-import/vocabulary-file";
import { manifestInput } from "../helpers/manifest-input";

const manifest = (structures: object[]) =>
  caseManifestSchema.parse({
    ...manifestInput({ id: "v1", modality: "CT", bodyRegion: "abdomen" }),
    structures,
  });
const kidneyL = {
  id: "kidney-left",
  name: "Kidney, left",
  synonyms: ["Left Kidney"],
  color: "#000000",
  laterality: "left",
};
const liver = {
  id: "liver",
  name: "Liver",
  color: "#000000",
  codes: [{ scheme: "SRT", code: "T-62000", meaning: "Liver" }],
};

describe("case import writes the vocabulary", () => {
  it("creates entries from labels, keeps curated ones, adds new, drops gone; reruns change nothing", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "vocab-"));
    const dir = "content/cases/v1";
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    const file = path.join(root, dir, "vocabulary.json");
    expect(updateVocabulary(root, dir, manifest([kidneyL]))).toBe("created");
    const first = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(first.entries[0]).toMatchObject({
      name: "kidney",
      laterality: "left",
      concept: "kidney",
    });
    first.entries[0].synonyms = ["ren"]; // curated by hand
    fs.writeFileSync(file, `${JSON.stringify(first, null, 2)}\n`);
    expect(updateVocabulary(root, dir, manifest([kidneyL, liver]))).toBe("updated");
    const second = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(second.entries.map((e: { structure: string }) => e.structure)).toEqual([
      "kidney-left",
      "liver",
    ]);
    expect(second.entries[0].synonyms).toEqual(["ren"]);
    expect(second.entries[1].codes[0].code).toBe("T-62000");
    expect(updateVocabulary(root, dir, manifest([kidneyL, liver]))).toBe("unchanged");
    expect(updateVocabulary(root, dir, manifest([liver]))).toBe("updated");
    expect(JSON.parse(fs.readFileSync(file, "utf8")).entries).toHaveLength(1);
    fs.writeFileSync(file, "{ broken");
    expect(updateVocabulary(root, dir, manifest([liver]))).toBe("invalid");
    expect(fs.readFileSync(file, "utf8")).toBe("{ broken");
  });
});
