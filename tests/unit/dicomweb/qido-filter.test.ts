/** QIDO answers are cut down to the published studies (lib/dicomweb/qido-filter.ts). */
import { describe, expect, it } from "vitest";
import { filterQidoToStudies } from "@/lib/dicomweb/qido-filter";

const ds = (study?: unknown) =>
  study === undefined
    ? { "00080060": { vr: "CS", Value: ["CT"] } }
    : { "0020000D": { vr: "UI", Value: [study] } };

describe("filterQidoToStudies", () => {
  it("keeps published studies only and drops results without a study UID", () => {
    const kept = filterQidoToStudies(
      [ds("1.2"), ds("9.9"), ds(), ds(12), ds("1.2")],
      new Set(["1.2"]),
    );
    expect(kept).toEqual([ds("1.2"), ds("1.2")]);
  });
  it("refuses what is not an array of datasets", () => {
    expect(filterQidoToStudies({ a: 1 }, new Set())).toBeNull();
    expect(filterQidoToStudies([1, 2], new Set())).toBeNull();
    expect(filterQidoToStudies([[ds("1.2")]], new Set(["1.2"]))).toBeNull();
  });
});
