import { describe, expect, it } from "vitest";
import { shiftDa, shiftDt } from "@/lib/deid/date-shift";

describe("date shifting", () => {
  it("crosses month, leap-day and year boundaries (hand-computed)", () => {
    expect(shiftDa("20200228", 1)).toBe("20200229");
    expect(shiftDa("20200228", 2)).toBe("20200301");
    expect(shiftDa("20210101", -1)).toBe("20201231");
    expect(shiftDa("20200101\\20200201", 31)).toBe("20200201\\20200303");
  });
  it("keeps the time part of DT and normalises legacy dotted dates", () => {
    expect(shiftDt("20200228123456.5+0100", 1)).toBe("20200229123456.5+0100");
    expect(shiftDa("1997.04.24", 1)).toBe("19970425");
    expect(shiftDa("garbage", 1)).toBe("");
  });
});
