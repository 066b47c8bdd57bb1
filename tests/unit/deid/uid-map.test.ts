import { describe, expect, it } from "vitest";
import { UidMap } from "@/lib/deid/uid-map";

describe("UidMap", () => {
  it("is a function of (salt, uid), ignores padding, differs across salts, and fits the UI VR", () => {
    const m = new UidMap("s1");
    const a = m.map("1.2.3");
    expect(m.map("1.2.3\0")).toBe(a);
    expect(m.map("1.2.4")).not.toBe(a);
    expect(new UidMap("s1").map("1.2.3")).toBe(a);
    expect(new UidMap("s2").map("1.2.3")).not.toBe(a);
    expect(a).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(m.mapMulti("1.2.3\\1.2.4")).toBe(`${a}\\${m.map("1.2.4")}`);
  });
});
