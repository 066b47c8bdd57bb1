/**
 * The generated table (lib/deid/table/annex-e-basic.json) matches its transcription
 * (table-e1-1.tsv), names its edition, and holds rows of PS3.15 Table E.1-1 that the privacy of a
 * published case depends on (actions read from the standard's table by hand).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { PROFILE_EDITION, profileRow, profileRows } from "@/lib/deid/annex-e-table";

describe("Annex E table as data", () => {
  it("is generated from the transcription: same tags, same actions", () => {
    const tsv = fs
      .readFileSync("lib/deid/table/table-e1-1.tsv", "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split("\t"));
    const fromTsv = new Map(tsv.map(([tag, action]) => [tag!, action!]));
    expect(profileRows().length).toBe(fromTsv.size);
    for (const r of profileRows()) expect(r.action).toBe(fromTsv.get(r.tag));
  });

  it("names its edition", () => {
    expect(PROFILE_EDITION).toMatch(/PS3\.15 20\d\d[a-e]/);
  });

  it("has the identity rows a teaching site relies on", () => {
    const action = (tag: number) => profileRow(tag)?.action;
    expect(action(0x00100010)).toBe("Z"); // Patient's Name
    expect(action(0x00100020)).toBe("Z"); // Patient ID
    expect(action(0x00100030)).toBe("Z"); // Patient's Birth Date
    expect(action(0x00080050)).toBe("Z"); // Accession Number
    expect(action(0x00080081)).toBe("X"); // Institution Address
    expect(action(0x00081050)).toBe("X"); // Performing Physician's Name
    expect(action(0x00080018)).toBe("U"); // SOP Instance UID
    expect(action(0x00081155)).toBe("U"); // Referenced SOP Instance UID
    expect(action(0x00200052)).toBe("U"); // Frame of Reference UID
    expect(action(0x30060024)).toBe("U"); // Referenced Frame of Reference UID (RTSTRUCT)
    expect(action(0x00081140)).toBe("X/Z/U*"); // Referenced Image Sequence
    expect(action(0x60023000)).toBe("X"); // Overlay Data, repeating group 60xx
    expect(action(0x00180050)).toBeUndefined(); // Slice Thickness: not listed, kept
  });
});
