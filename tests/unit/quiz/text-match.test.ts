import { judgeName } from "@/lib/quiz/name-verdict";
import { describe, expect, it } from "vitest";
import { damerauLevenshtein } from "@/lib/quiz/damerau-levenshtein";
import { allowedTypos, matchName, normaliseName } from "@/lib/quiz/text-match";

describe("damerauLevenshtein (hand-computed distances)", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "abc", 0],
    ["kitten", "sitting", 3],
    ["ca", "ac", 1], // one transposition
    ["hippocampus", "hipocampus", 1], // one deletion
    ["hippocampus", "hippocmapus", 1], // adjacent transposition
    ["thalamus", "thalamsu", 1],
    ["abcdef", "badcfe", 3],
  ])("%s → %s = %d", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });
  it("stops early above max", () => {
    expect(damerauLevenshtein("abcdefgh", "zzzzzzzz", 2)).toBe(3);
  });
});

describe("normaliseName", () => {
  it("drops case, accents and punctuation", () => {
    expect(normaliseName("  Gyrus  Précentral-L. ")).toBe("gyrus precentral l");
  });
});

describe("matchName", () => {
  const hippo = ["Left hippocampus", "Hippocampus L", "hippocampal formation (left)"];
  it("accepts the name and synonyms in any case and word order", () => {
    expect(matchName("left hippocampus", hippo).matched).toBe(true);
    expect(matchName("HIPPOCAMPUS, LEFT", hippo).matched).toBe(true);
    expect(matchName("Left hippocampal formation", hippo).accepted).toBe(
      "hippocampal formation (left)",
    );
  });
  it("accepts typos within the length-scaled threshold", () => {
    // "hippocampus" = 11 letters → 2 typos allowed
    expect(matchName("left hipocampus", hippo)).toMatchObject({ matched: true, distance: 1 });
    expect(matchName("left hipocmapus", hippo)).toMatchObject({ matched: true, distance: 2 });
    expect(matchName("left hpcmpus", hippo).matched).toBe(false); // 3 deletions + ... > 2
  });
  it("never swaps laterality", () => {
    expect(matchName("right hippocampus", hippo).matched).toBe(false);
    expect(matchName("hippocampus", hippo).matched).toBe(false);
    expect(matchName("hippocampus R", hippo).matched).toBe(false);
  });
  it("short names must be exact", () => {
    expect(allowedTypos(3)).toBe(0);
    expect(matchName("MCA", ["ACA"]).matched).toBe(false);
    expect(matchName("aca", ["ACA"]).matched).toBe(true);
  });
  it("threshold edges: 1 typo up to 8 letters, 2 up to 14", () => {
    expect(allowedTypos(4)).toBe(0);
    expect(allowedTypos(5)).toBe(1);
    expect(allowedTypos(8)).toBe(1);
    expect(allowedTypos(9)).toBe(2);
    expect(allowedTypos(14)).toBe(2);
    expect(allowedTypos(15)).toBe(3);
    expect(matchName("thalamsu", ["thalamus"]).matched).toBe(true); // 8 letters, 1 transposition
    expect(matchName("thlamsu", ["thalamus"]).matched).toBe(false); // 2 edits > 1
  });
  it("numbers and one- or two-letter tokens must match exactly", () => {
    expect(matchName("Brodmann area 6", ["Brodmann area 4"]).matched).toBe(false);
    expect(matchName("Brodman area 4", ["Brodmann area 4"]).matched).toBe(true);
    expect(matchName("segment b", ["segment a"]).matched).toBe(false);
    expect(matchName("V2", ["V1"]).matched).toBe(false);
  });
  it("empty answer never matches", () => {
    expect(matchName("  ", hippo).matched).toBe(false);
  });
  it("qualifier words tell neighbours apart: never a typo of each other, abbreviations equal", () => {
    // "sup" → "mid" is 3 edits, within the 3 allowed for a long name: without the qualifier rule
    // the neighbouring AAL region would be accepted (caught by the item calibration).
    expect(matchName("Temporal Pole Sup", ["Temporal_Pole_Mid"]).matched).toBe(false);
    expect(matchName("temporal pole sup", ["superior temporal pole"]).matched).toBe(true);
    expect(matchName("superoir temporal gyrus", ["superior temporal gyrus"]).matched).toBe(true);
    expect(matchName("descending colon", ["ascending colon"]).matched).toBe(false);
    expect(matchName("forceps major", ["forceps minor"]).matched).toBe(false);
    expect(matchName("inferior frontal gyrus", ["middle frontal gyrus"]).matched).toBe(false);
  });
  it("a structure is not named by its neighbour's name, even with the spaces taken out", () => {
    const mid = {
      id: "temporal-pole-mid-right",
      name: "Temporal Pole Mid, right",
      synonyms: ["middle temporal pole", "Temporal_Pole_Mid"],
      codes: [],
      color: "#000000",
      laterality: "right" as const,
    };
    expect(judgeName("Temporal Pole Sup, right", mid).kind).toBe("no-match");
    expect(judgeName("temporal pole mid right", mid).kind).toBe("ok");
    expect(judgeName("right middle temporalpole", mid).kind).toBe("ok");
  });
});
