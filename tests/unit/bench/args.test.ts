import { describe, expect, it } from "vitest";
import { parseArgs, resultsPath } from "@/scripts/bench/args";

describe("parseArgs", () => {
  it("defaults to all groups, 5 runs, N = 100 and 300, port 3206", () => {
    const o = parseArgs([]);
    expect(o).toMatchObject({
      full: false,
      groups: [1, 2, 3, 4, 5, 6, 7],
      runs: 5,
      lessonCounts: [100, 300],
      port: 3206,
      skipBuild: false,
      out: "bench/results.json",
    });
  });
  it("--full adds the 1,000-lesson build", () => {
    expect(parseArgs(["--full"]).lessonCounts).toEqual([100, 300, 1000]);
    expect(parseArgs(["--full"]).noBudget).toBe(true);
    expect(parseArgs(["--no-budget"]).noBudget).toBe(true);
  });
  it("reads --only, --runs, --lessons in both spellings and drops unknown groups", () => {
    const o = parseArgs(["--only", "1,3,9", "--runs=7", "--lessons", "20,40"]);
    expect(o.groups).toEqual([1, 3]);
    expect(o.runs).toBe(7);
    expect(o.lessonCounts).toEqual([20, 40]);
  });
  it("rejects unknown options by name", () => {
    expect(() => parseArgs(["--fast"])).toThrow(/unknown option --fast/);
  });
  it("--out keeps an absolute path and resolves a relative one against the repository", () => {
    expect(resultsPath("/work/repo", "/tmp/bench/r.json")).toBe("/tmp/bench/r.json");
    expect(resultsPath("/work/repo", "bench/results.json")).toBe("/work/repo/bench/results.json");
  });
});
