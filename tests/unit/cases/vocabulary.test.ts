import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyVocabulary, displayName } from "@/lib/domain/names/vocabulary";
import { entryFromLabel, nameWithoutSide } from "@/lib/domain/names/vocabulary-from-label";
import { loadCaseFolder } from "@/lib/content/case-store";
import { caseManifestSchema, structureSchema, vocabularySchema } from "@/lib/domain/model";
import { gradeName } from "@/lib/quiz/grade-name";
import { nameItemSchema } from "@/lib/quiz/item-schema";
import { practiceItem } from "@/lib/quiz/practice-set";
import { structureName } from "@/lib/quiz/spatial-context";
import { manifestInput } from "../helpers/manifest-input";

const repo = path.resolve(__dirname, "../../..");

describe("structure vocabulary", () => {
  const manifest = caseManifestSchema.parse({
    ...manifestInput({ id: "c1" }),
    structures: [
      { id: "pre-l", name: "Precentral, left", synonyms: ["Precentral_L"], color: "#000000" },
      { id: "orphan", name: "Orphan", color: "#000000" },
    ],
  });
  const vocabulary = vocabularySchema.parse({
    case: "c1",
    entries: [
      {
        structure: "pre-l",
        concept: "precentral-gyrus",
        name: "precentral gyrus",
        laterality: "left",
        synonyms: ["PrCG"],
      },
      { structure: "ghost", concept: "ghost", name: "ghost", laterality: "none" },
    ],
  });

  it("merges textbook name, concept, side and synonyms, and reports unknown and missing entries", () => {
    const r = applyVocabulary(manifest, vocabulary);
    expect(r.structures[0]).toMatchObject({
      textbookName: "precentral gyrus",
      concept: "precentral-gyrus",
      laterality: "left",
      synonyms: ["Precentral_L", "PrCG"],
    });
    expect(r.problems.map((p) => p.message)).toEqual([
      'unknown structure "ghost" (not in case.json structures)',
      'no entry for structure "orphan"',
    ]);
  });

  it("writes the textbook name with its side in sentences", () => {
    const s = applyVocabulary(manifest, vocabulary).structures;
    expect(displayName(s[0])).toBe("left precentral gyrus");
    expect(displayName(s[1])).toBe("Orphan");
    expect(displayName({ name: "x", textbookName: "insula", laterality: "bilateral" })).toBe(
      "insula (both sides)",
    );
    expect(displayName({ name: "x", textbookName: "vermis", laterality: "midline" })).toBe(
      "vermis",
    );
  });

  it("builds an entry from a label name when no table knows it", () => {
    expect(nameWithoutSide("Frontal_Mid_L")).toBe("Frontal Mid");
    expect(nameWithoutSide("Left Kidney")).toBe("Kidney");
    const e = entryFromLabel(
      structureSchema.parse({
        id: "kidney-left",
        name: "Kidney, left",
        synonyms: ["Left Kidney"],
        color: "#000000",
        codes: [{ scheme: "SNOMED-CT", code: "64033007", meaning: "Kidney" }],
      }),
    );
    expect(e).toMatchObject({
      name: "kidney",
      concept: "kidney",
      laterality: "left",
      synonyms: [],
    });
    expect(e.codes[0].code).toBe("64033007");
  });

  it("colin27: prompts and feedback use textbook names; one concept across atlases", () => {
    const r = loadCaseFolder(path.join(repo, "content/cases/colin27"), repo);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = r.value.manifest.structures;
    const post = s.find((x) => x.id === "postcentral-right")!;
    expect(practiceItem("colin27", "click", post, 90).prompt).toBe(
      "Click the right postcentral gyrus.",
    );
    expect(structureName(s, "postcentral-right")).toBe("right postcentral gyrus");
    const concepts = (id: string) => s.find((x) => x.id === id)?.concept;
    expect(concepts("precentral-left")).toBe("precentral-gyrus");
    expect(concepts("precentral-gyrus")).toBe("precentral-gyrus");
    expect(concepts("insula-right")).toBe(concepts("insular-cortex"));
    expect(concepts("brodmann-area-4")).not.toBe("precentral-gyrus");
  });
});

describe("every structure of every case (524 on 6 December 2026)", () => {
  it("is named correctly by its own display name (what pick-mode choices and feedback show)", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const id of fs.readdirSync(path.join(repo, "content/cases"))) {
      const r = loadCaseFolder(path.join(repo, "content/cases", id), repo);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const s = r.value.manifest.structures;
      for (const x of s) {
        expect(x.textbookName, `${id}/${x.id} has no vocabulary entry`).toBeDefined();
        const item = nameItemSchema.parse({
          id: "name-item",
          type: "name",
          case: id,
          structure: x.id,
          prompt: "Name it",
        });
        checked++;
        if (!gradeName(item, { kind: "name", text: displayName(x) }, s).correct)
          failures.push(`${id}/${x.id}: ${displayName(x)}`);
      }
    }
    const inManifests = fs
      .readdirSync(path.join(repo, "content/cases"))
      .map((id) =>
        JSON.parse(fs.readFileSync(path.join(repo, "content/cases", id, "case.json"), "utf8")),
      )
      .reduce((n: number, m: { structures: unknown[] }) => n + m.structures.length, 0);
    expect(checked).toBe(inManifests);
    expect(checked).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });
});
