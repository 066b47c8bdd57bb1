import { describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/progress/kv-store";
import { ProgressStore } from "@/lib/progress/progress-store";
import { exportProgress, importProgress } from "@/lib/progress/export-import";
import { MAX_IMPORT_BYTES } from "@/lib/progress/schema";
import { lessonMastery, mistakes, structureMastery } from "@/lib/progress/mastery";

function sample(): ProgressStore {
  const p = new ProgressStore(new MemoryStore());
  p.record(
    {
      itemId: "a",
      type: "click",
      prompt: "A",
      structure: "s1",
      modality: "MR",
      score: 100,
      correct: true,
      lesson: "l",
    },
    new Date("2026-01-01T00:00:00Z"),
  );
  p.record(
    {
      itemId: "b",
      type: "name",
      prompt: "B",
      structure: "s1",
      modality: "MR",
      score: 0,
      correct: false,
      lesson: "l",
    },
    new Date("2026-01-02T00:00:00Z"),
  );
  p.record(
    { itemId: "c", type: "mcq", prompt: "C", score: 50, correct: false },
    new Date("2026-01-03T00:00:00Z"),
  );
  return p;
}

describe("export / import", () => {
  it("export → clear → import restores the same records", () => {
    const p = sample();
    const text = JSON.stringify(exportProgress(p, new Date("2026-02-01T00:00:00Z")));
    const before = { items: [...p.items.values()], cards: [...p.cards.values()] };
    p.clear();
    expect(p.items.size).toBe(0);
    const r = importProgress(p, text);
    expect(r).toEqual({ ok: true, items: 3, cards: 1, unsaved: 0 });
    expect([...p.items.values()].sort((x, y) => x.itemId.localeCompare(y.itemId))).toEqual(
      before.items,
    );
    expect([...p.cards.values()]).toEqual(before.cards);
  });

  it("import merges attempt histories without losing existing ones", () => {
    const p = sample();
    const text = JSON.stringify(exportProgress(p));
    p.record(
      { itemId: "a", type: "click", prompt: "A", score: 10, correct: false },
      new Date("2026-01-05T00:00:00Z"),
    );
    importProgress(p, text);
    expect(p.items.get("a")?.attempts.map((x) => x.score)).toEqual([100, 10]);
  });

  it("rejects a bad file whole, naming the file, and leaves progress untouched", () => {
    const p = sample();
    const r = importProgress(p, '{"format":"other"}', "mine.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].file).toBe("mine.json");
    expect(importProgress(p, "not json").ok).toBe(false);
    expect(p.items.size).toBe(3);
  });
});

describe("import limits (issue 15, LOW)", () => {
  const exportText = (p: ProgressStore) =>
    JSON.stringify(exportProgress(p, new Date("2026-02-01T00:00:00Z")));

  it("refuses a file over 5 MB before parsing it, leaving progress untouched", () => {
    const p = sample();
    const padded = exportText(sample()).replace("{", "{" + " ".repeat(MAX_IMPORT_BYTES));
    expect(JSON.parse(padded).format).toBe("teaching-atlas-progress"); // valid, only too big
    p.clear();
    const r = importProgress(p, padded, "big.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: "big.json", message: /at most 5\.0 MB/ });
    expect(p.items.size).toBe(0);
  });

  it.each([
    ["exportedAt", "Jan 1 2026"],
    ["exportedAt", "2026"],
    ["exportedAt", "2026-01-01"],
    ["exportedAt", "2026-01-01T00:00:00+02:00"],
    ["exportedAt", "2026-02-30T00:00:00.000Z"],
    ["items.0.attempts.0.at", "1 January 2026 10:00"],
    ["cards.0.card.due", "tomorrow 2026"],
  ])("refuses a non-ISO date in %s (%j)", (field, value) => {
    const data = JSON.parse(exportText(sample())) as Record<string, unknown>;
    const path = field.split(".");
    let o = data as Record<string, unknown>;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[path.at(-1)!] = value;
    const p = new ProgressStore(new MemoryStore());
    const r = importProgress(p, JSON.stringify(data), "dates.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toContain(field);
    expect(p.items.size).toBe(0);
  });

  it("says how many records stayed unsaved when storage is full", () => {
    const text = exportText(sample());
    const p = new ProgressStore(new MemoryStore(300));
    const r = importProgress(p, text);
    expect(r).toMatchObject({ ok: true, items: 3, cards: 1 });
    if (r.ok) expect(r.unsaved).toBeGreaterThan(0);
    expect(p.saveFailed).toBe(true);
  });
});

describe("mastery", () => {
  it("lesson mastery = mean latest score, unattempted count 0", () => {
    const p = sample();
    // a: 100 (correct), b: 0 → (100 + 0) / 2 = 50; one correct.
    expect(lessonMastery(p.items, ["a", "b"])).toEqual({
      mastery: 50,
      answered: 2,
      mastered: 1,
      total: 2,
    });
    // zz never attempted: (100 + 0) / 2 = 50, not 100.
    expect(lessonMastery(p.items, ["a", "zz"])).toEqual({
      mastery: 50,
      answered: 1,
      mastered: 1,
      total: 2,
    });
    expect(lessonMastery(p.items, [])).toEqual({ mastery: 0, answered: 0, mastered: 0, total: 0 });
  });
  it("lesson mastery runs over the full item list, not the answered items", () => {
    const p = sample();
    // a 100, b 0, c 50, d and e unanswered: (100 + 0 + 50 + 0 + 0) / 5 = 30 (answered only: 50).
    expect(lessonMastery(p.items, ["a", "b", "c", "d", "e"])).toEqual({
      mastery: 30,
      answered: 3,
      mastered: 1,
      total: 5,
    });
    // Duplicates count once: {a, d} → 100 / 2 = 50.
    expect(lessonMastery(p.items, ["a", "d", "a"]).mastery).toBe(50);
  });
  it("structure mastery groups by structure × modality", () => {
    expect(structureMastery(sample().items.values())).toEqual([
      { structure: "s1", modality: "MR", mastery: 50, items: 2 },
    ]);
  });
  it("mistakes = latest attempt incorrect, newest first", () => {
    expect(mistakes(sample().items.values()).map((r) => r.itemId)).toEqual(["c", "b"]);
  });
});
