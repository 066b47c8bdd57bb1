/** The allow-list of the /dicom-web proxy (lib/dicomweb/proxy-path.ts), on decoded segments. */
import { describe, expect, it } from "vitest";
import { classifyDicomwebPath } from "@/lib/dicomweb/proxy-path";

const st = "2.25.1";
const se = `studies/${st}/series/2.25.2`;
const sop = `${se}/instances/2.25.3`;
const split = (p: string) => p.split("/");

describe("classifyDicomwebPath", () => {
  it.each([
    ["studies", undefined, true],
    ["series", undefined, true],
    ["instances", undefined, true],
    [`studies/${st}`, st, false],
    [`studies/${st}/metadata`, st, false],
    [`studies/${st}/series`, st, true],
    [`studies/${st}/instances`, st, true],
    [se, st, false],
    [`${se}/metadata`, st, false],
    [`${se}/thumbnail`, st, false],
    [`${se}/instances`, st, true],
    [sop, st, false],
    [`${sop}/rendered`, st, false],
    [`${sop}/frames/1`, st, false],
    [`${sop}/frames/1,2,3`, st, false],
    [`${sop}/frames/2/rendered`, st, false],
    [`${sop}/bulk/7fe00010`, st, false],
    [`${sop}/bulkdata/00081111/0/7FE00010`, st, false],
  ])("allows %s (study %s, search %s)", (p, study, search) => {
    expect(classifyDicomwebPath(split(p))).toEqual({ ok: true, study, search });
  });

  it.each([
    ["..\\system"],
    ["..\\app", "explorer.html"],
    ["studies", "..\\..\\system"],
    ["studies", ".."],
    ["studies", "."],
    ["studies", "%2e%2e"],
    ["studies", "a/b"],
    ["studies", "a b"],
    ["studies", "a\u0000"],
    ["studies", st, "series", "x", "instances", "y", "frames", "1,a"],
    ["studies", ""],
  ])("refuses a bad segment in %j with 400", (...segments: string[]) => {
    expect(classifyDicomwebPath(segments)).toMatchObject({ ok: false, status: 400 });
  });

  it.each([
    [""],
    ["system"],
    ["servers"],
    ["patients"],
    [`series/2.25.2`],
    [`instances/2.25.3/file`],
    [`studies/${st}/archive`],
    [`studies/${st}/media`],
    [`${se}/unknown`],
    [`${sop}/frames`],
    [`${sop}/frames/0`],
    [`${sop}/frames/1/metadata`],
    [`${sop}/bulk`],
    [`${sop}/bulk/xyz`],
    [`${sop}/metadata/more`],
  ])("refuses %s with 404", (p) => {
    expect(classifyDicomwebPath(p === "" ? [] : split(p))).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});
