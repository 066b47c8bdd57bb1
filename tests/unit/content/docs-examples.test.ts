/**
 * Every JSON example in docs/quiz-items.md is a valid quiz item of the real content: it parses with
 * the item schema, its case, structure and annotation set exist and hold a reference of the right
 * kind (the content check's own `referenceIssue`), a pinned slice shows the structure in the label
 * file on disk, and its id does not clash with a real item (so a copied example does not either).
 * The item ids and case ids the MDX examples name exist too.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCases } from "@/lib/content/case-store";
import { allQuizItems } from "@/lib/content/quiz-store";
import { readNifti } from "@/lib/io/nifti";
import { isSpatialItem, quizItemSchema } from "@/lib/quiz/item-schema";
import { referenceFor, referenceIssue } from "@/lib/quiz/reference-check";

const doc = fs.readFileSync("docs/quiz-items.md", "utf8");
const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);
const examples = blocks("json").map((text) => JSON.parse(text) as Record<string, unknown>);

/** Voxels of `label` on zero-based slice k of a labelmap under public/. */
function voxelsOnSlice(sitePath: string, label: number, k: number): number {
  const vol = readNifti(new Uint8Array(fs.readFileSync(path.join("public", sitePath))), sitePath);
  if (!vol.ok) throw new Error(vol.issues.map((i) => i.message).join("; "));
  const [nx, ny] = vol.value.grid.dims;
  let n = 0;
  for (let p = k * nx * ny, end = p + nx * ny; p < end; p++) if (vol.value.data[p] === label) n++;
  return n;
}

describe("docs/quiz-items.md examples", () => {
  it("has one JSON example of each of the six item types", () => {
    expect(examples.map((e) => e.type).sort()).toEqual(
      ["box", "click", "landmark", "mcq", "name", "outline"].sort(),
    );
  });

  it.each(examples.map((e) => [String(e.id), e] as const))(
    "%s is a valid item of the real content",
    (_id, raw) => {
      const parsed = quizItemSchema.safeParse(raw);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const item = parsed.data!;
      expect(allQuizItems().has(item.id)).toBe(false);
      if (!isSpatialItem(item)) return;
      const c = allCases().get(item.case);
      expect(c, `case "${item.case}"`).toBeDefined();
      expect(referenceIssue(item, c!)).toBeNull();
      if (item.slice === undefined) return;
      const seg = referenceFor(item, c!)!.annotations.find((a) => a.type === "segmentation");
      expect(seg).toBeDefined();
      if (seg?.type !== "segmentation") return;
      expect(voxelsOnSlice(seg.labelmap, seg.label, item.slice)).toBeGreaterThan(0);
    },
  );

  it("MDX examples name items and cases that exist", () => {
    const mdx = blocks("mdx").join("\n");
    const items = [...mdx.matchAll(/item="([^"]+)"/g)].map((m) => m[1]);
    const cases = [...mdx.matchAll(/case="([^"]+)"/g)].map((m) => m[1]);
    expect(items.length + cases.length).toBeGreaterThan(0);
    for (const id of items) expect(allQuizItems().has(id), id).toBe(true);
    for (const id of cases) expect(allCases().has(id), id).toBe(true);
  });
});
