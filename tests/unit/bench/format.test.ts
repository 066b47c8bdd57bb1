import { describe, expect, it } from "vitest";
import { fmtBytes, fmtMs, fmtRatio, table } from "@/scripts/bench/format";

describe("number formats", () => {
  it("prints ms below 10 s, seconds above, and a dash for NaN", () => {
    expect(fmtMs(1234.4)).toBe("1234 ms");
    expect(fmtMs(12_345)).toBe("12.3 s");
    expect(fmtMs(NaN)).toBe("—");
  });
  it("prints decimal byte units", () => {
    expect(fmtBytes(999)).toBe("999 B");
    expect(fmtBytes(1500)).toBe("1.5 kB");
    expect(fmtBytes(3_477_605)).toBe("3.48 MB");
  });
  it("prints ratios with two decimals", () => {
    expect(fmtRatio(1.234)).toBe("1.23×");
    expect(fmtRatio(NaN)).toBe("—");
  });
});

describe("table", () => {
  it("aligns text left and numeric columns right under a rule", () => {
    const t = table(
      ["page", "ms"],
      [
        ["/a", "5 ms"],
        ["/long", "1234 ms"],
      ],
    );
    expect(t.split("\n")).toEqual([
      "page        ms",
      "-----  -------",
      "/a        5 ms",
      "/long  1234 ms",
    ]);
  });
  it("fills missing cells", () => {
    expect(table(["a", "b"], [["x"]]).split("\n")[2]).toBe("x");
  });
});
