import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { heatBins, itemAnswers } from "@/lib/class/analytics/answers";
import { itemFlags, itemStatsCsv, classStructureMastery } from "@/lib/class/analytics/flags";
import { itemStats, type AttemptRow } from "@/lib/class/analytics/item-stats";

const FIXTURE = "tests/fixtures/class/attempts.json";
const rows = JSON.parse(readFileSync(FIXTURE, "utf8")) as AttemptRow[];

interface Ref {
  attempts: number;
  students: number;
  difficulty: number;
  discrimination: number | null;
  medianTimeS: number | null;
  optionRates?: Record<string, number>;
  wrongNames?: Record<string, number>;
  pointsRight?: number;
  pointsWrong?: number;
}
/** numpy / scipy over the same attempts (scripts/class/analytics-reference.py). */
const ref = JSON.parse(
  execFileSync("/usr/bin/python3", ["scripts/class/analytics-reference.py", FIXTURE], {
    encoding: "utf8",
  }),
) as Record<string, Ref>;

describe("class item analytics against the Python reference", () => {
  const stats = itemStats(rows);
  const answers = itemAnswers(rows);

  it("matches difficulty, point-biserial discrimination, median time and counts per item", () => {
    expect(stats.map((s) => s.itemId)).toEqual(Object.keys(ref).sort());
    for (const s of stats) {
      const r = ref[s.itemId];
      expect([s.attempts, s.students]).toEqual([r.attempts, r.students]);
      expect(s.difficulty).toBeCloseTo(r.difficulty, 12);
      if (r.discrimination === null) expect(s.discrimination).toBeNull();
      else expect(s.discrimination).toBeCloseTo(r.discrimination, 10);
      if (r.medianTimeS === null) expect(s.medianTimeS).toBeNull();
      else expect(s.medianTimeS).toBeCloseTo(r.medianTimeS, 9);
    }
  });

  it("matches MCQ option rates, wrong names and right/wrong click counts", () => {
    for (const a of answers) {
      const r = ref[a.itemId];
      if (r.optionRates) {
        const got = Object.fromEntries(Object.entries(a.optionRates ?? {}).map(([k, v]) => [k, v]));
        expect(Object.keys(got).sort()).toEqual(Object.keys(r.optionRates).sort());
        for (const k of Object.keys(got)) expect(got[k]).toBeCloseTo(r.optionRates[k], 12);
      }
      if (r.wrongNames) {
        const got = Object.fromEntries(
          (a.wrongNames ?? []).map((w) => [String(w.structure), w.count]),
        );
        expect(got).toEqual(r.wrongNames);
        const counts = (a.wrongNames ?? []).map((w) => w.count);
        expect(counts).toEqual([...counts].sort((x, y) => y - x));
      }
      if (r.pointsRight !== undefined) {
        expect(a.points?.filter((p) => p.correct).length).toBe(r.pointsRight);
        expect(a.points?.filter((p) => !p.correct).length).toBe(r.pointsWrong);
      }
    }
  });

  it("flags the item everyone passes and the one with negative discrimination", () => {
    const byId = new Map(stats.map((s) => [s.itemId, s]));
    expect(itemFlags(byId.get("easy")!)).toEqual(["all-pass"]);
    expect(ref.neg.discrimination).toBeLessThan(0);
    expect(itemFlags(byId.get("neg")!)).toContain("negative-discrimination");
    expect(itemFlags({ ...byId.get("neg")!, students: 4 })).toEqual([]);
    const csv = itemStatsCsv(stats).split("\r\n");
    expect(csv[0]).toBe(
      "item_id,item_type,attempts,students,difficulty,discrimination,median_time_s,flags",
    );
    expect(csv.find((l) => l.startsWith("easy,"))).toMatch(/,all-pass$/);
    expect(csv).toHaveLength(stats.length + 2);
  });

  it("bins clicks by hand-checked squares and computes structure mastery", () => {
    const pts = [
      { xMm: 1, yMm: 1, zMm: 0, slice: 0, correct: true },
      { xMm: 4.9, yMm: 0.1, zMm: 0, slice: 0, correct: true },
      { xMm: -0.1, yMm: 7, zMm: 0, slice: 0, correct: false },
    ];
    const bins = heatBins(pts, 5);
    expect([...bins.right]).toEqual([["0,0", 2]]);
    expect([...bins.wrong]).toEqual([["-1,1", 1]]);
    const items = new Map([
      ["click-caudate", { structure: "caudate", modality: "MR" }],
      ["name-caudate", { structure: "caudate", modality: "MR" }],
    ]);
    const m = classStructureMastery(rows, items);
    // Both items have 30 first attempts; reference difficulties are their proportions correct.
    const expected =
      (ref["click-caudate"].difficulty * 30 + ref["name-caudate"].difficulty * 30) / 60;
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ structure: "caudate", modality: "MR", attempts: 60 });
    expect(m[0].mastery).toBeCloseTo(expected, 12);
  });
});
