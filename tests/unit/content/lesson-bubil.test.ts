/**
 * The numbers of "Ten outlines of one cell" are the output of scripts/lessons/bubil-numbers.ts
 * (tests/fixtures/lessons/bubil-numbers.json), and that output is what the script computes now.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imageNumbers } from "@/scripts/lessons/bubil-numbers";

const ROOT = path.resolve(__dirname, "../../..");
/** The lesson with every run of white space (line breaks included) as one space. */
const body = fs
  .readFileSync(path.join(ROOT, "content/lessons/ten-outlines-of-one-cell.mdx"), "utf8")
  .replace(/\s+/g, " ");
const fixture = JSON.parse(
  fs.readFileSync(path.join(ROOT, "tests/fixtures/lessons/bubil-numbers.json"), "utf8"),
) as Record<string, ReturnType<typeof imageNumbers>>;
const f3 = (x: number) => x.toFixed(3);
const row = (cells: string[]) =>
  cells.map((c) => `\\s*${c.replace(/[.,]/g, "\\$&")}\\s*`).join("\\|");

describe("numbers quoted in 'Ten outlines of one cell'", () => {
  it("the committed JSON is what the script computes (P02; settling table up to k = 3)", () => {
    const e = fixture["bubil-p02"];
    expect(imageNumbers("bubil-p02", 3)).toEqual({ ...e, settle: e.settle.slice(0, 3) });
  }, 60_000);

  it.each(["p01", "p02", "p03"])("image %s: every table row is the script's output", (p) => {
    const n = fixture[`bubil-${p}`];
    const img = p.toUpperCase();
    const d = n.pairwiseDice;
    expect(body).toMatch(
      new RegExp(`\\|\\s*${img}\\s*\\|${row([f3(d.min), f3(d.max), f3(d.mean)])}\\|`),
    );
    expect(body).toMatch(
      new RegExp(
        `\\|\\s*${img}\\s*\\|${row([f3(n.samePersonMean), f3(n.differentPeopleMean)])}\\|`,
      ),
    );
    const mv = n.majorityPixels.toLocaleString("en-US");
    const st = n.staplePixels.toLocaleString("en-US");
    expect(body).toMatch(
      new RegExp(`\\|\\s*${img}\\s*\\|${row([mv, st, f3(n.majorityVsStapleDice)])}\\|`),
    );
    expect(n.majorityOnlyPixels).toBe(0); // "every majority-vote pixel is also in the STAPLE consensus"
  });

  it("the STAPLE-only pixels, the spread numbers and the settling table", () => {
    const p1 = fixture["bubil-p01"];
    expect(body).toContain(
      `STAPLE adds ${p1.stapleOnlyPixels} pixels, each held by ${p1.stapleOnlyRaters.join(" or ")} raters`,
    );
    expect(body).toContain(
      `adds ${fixture["bubil-p02"].stapleOnlyPixels} and ${fixture["bubil-p03"].stapleOnlyPixels} pixels that exactly 5`,
    );
    expect(body).toContain(
      `from ${f3(p1.leaveOneOut.min)} (Person 1, Amira) to ${f3(p1.leaveOneOut.max)}`,
    );
    expect(p1.leaveOneOut.lowest).toBe("person1-amira");
    expect(body).toContain(
      `${fixture["bubil-p01"].leaveOneOut.toleranceMm} pixels on P01, ${fixture["bubil-p02"].leaveOneOut.toleranceMm} on P02, ${fixture["bubil-p03"].leaveOneOut.toleranceMm} on P03`,
    );
    for (const k of [1, 2, 3, 5, 8]) {
      const at = (id: string) => fixture[id].settle[k - 1];
      const cells = [
        String(k),
        f3(at("bubil-p01").mean),
        f3(at("bubil-p01").min),
        f3(at("bubil-p02").mean),
        f3(at("bubil-p03").mean),
      ];
      expect(body).toMatch(new RegExp(`\\|${row(cells)}\\|`));
    }
    const outlier = (id: string) => {
      const o = fixture[id].leaveOneOut.outliers;
      expect(o).toHaveLength(1);
      return o[0].replace(
        /person(\d)-(amira|imagej)/,
        (_, n, t) => `Person ${n} (${t === "amira" ? "Amira" : "ImageJ"})`,
      );
    };
    expect(body).toContain(
      `${outlier("bubil-p01")} on P01, ${outlier("bubil-p02")} on P02 and ${outlier("bubil-p03")} on P03`,
    );
    expect(p1.imagejLargerFor).toBe(4);
    expect(fixture["bubil-p02"].imagejLargerFor).toBe(1);
    expect(body).toContain("for 4 of 5 people on P01, but for only 1 of 5 on P02");
  });
});
