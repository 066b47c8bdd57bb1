import { describe, expect, it } from "vitest";
import { measureReadout } from "@/components/viewer/measure-readout";

describe("measureReadout (live value beside a measurement being drawn)", () => {
  it("a caliper line: its length in mm (3-4-5 triangle)", () => {
    expect(
      measureReadout("line", [
        [0, 0, 0],
        [3, 4, 0],
      ]),
    ).toBe("5.0 mm");
  });
  it("an ellipse: the axis first, then circumference (Ramanujan II) and area", () => {
    expect(
      measureReadout("ellipse", [
        [0, 0, 0],
        [6, 0, 0],
      ]),
    ).toBe("axis 6.0 mm");
    // a = 3, b = 2: P = 15.865 mm (by hand in ellipse.test.ts), area 6π = 18.85 mm².
    expect(
      measureReadout("ellipse", [
        [0, 0, 0],
        [6, 0, 0],
        [3, 2, 0],
      ]),
    ).toBe("circumference 15.9 mm, area 19 mm²");
  });
  it("nothing for other modes or unfinished drawings", () => {
    expect(measureReadout("outline", [[0, 0, 0]])).toBeNull();
    expect(measureReadout("line", [[0, 0, 0]])).toBeNull();
  });
});
