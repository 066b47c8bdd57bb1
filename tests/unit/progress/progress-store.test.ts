import { describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/progress/kv-store";
import { ProgressStore, type AttemptInput } from "@/lib/progress/progress-store";
import { V1_KEY } from "@/lib/progress/migrations";
import { ITEM_PREFIX, META_KEY } from "@/lib/progress/schema";

const attempt = (
  itemId: string,
  score: number,
  extra: Partial<AttemptInput> = {},
): AttemptInput => ({
  itemId,
  type: "click",
  prompt: `Click ${itemId}`,
  structure: "hippocampus-l",
  modality: "MR",
  score,
  correct: score >= 50,
  ...extra,
});

describe("ProgressStore", () => {
  it("records attempts and reloads them from storage", () => {
    const kv = new MemoryStore();
    const p = new ProgressStore(kv);
    p.record(attempt("a", 100, { lesson: "l1" }), new Date("2026-01-01T00:00:00Z"));
    p.record(attempt("a", 0, { lesson: "l2" }), new Date("2026-01-02T00:00:00Z"));
    const q = new ProgressStore(kv);
    const rec = q.items.get("a");
    expect(rec?.attempts.map((x) => x.score)).toEqual([100, 0]);
    expect(rec?.lessons.sort()).toEqual(["l1", "l2"]);
    expect(q.cards.get("hippocampus-l|MR")?.card.reps).toBe(2);
    expect(JSON.parse(kv.getItem(META_KEY) ?? "{}")).toEqual({ version: 2 });
  });

  it("a corrupt record loses only itself; other lessons' progress survives", () => {
    const kv = new MemoryStore();
    const p = new ProgressStore(kv);
    p.record(attempt("lesson1-item", 100, { lesson: "lesson-1" }));
    p.record(attempt("lesson2-item", 40, { lesson: "lesson-2" }));
    kv.setItem(ITEM_PREFIX + "lesson2-item", "{not json");
    kv.setItem(ITEM_PREFIX + "bad-shape", JSON.stringify({ itemId: "x", attempts: "nope" }));
    const q = new ProgressStore(kv);
    expect(q.items.get("lesson1-item")?.attempts).toHaveLength(1);
    expect(q.items.has("lesson2-item")).toBe(false);
    expect(q.issues.map((i) => i.key).sort()).toEqual([
      ITEM_PREFIX + "bad-shape",
      ITEM_PREFIX + "lesson2-item",
    ]);
    // and the store keeps working
    q.record(attempt("lesson2-item", 90));
    expect(new ProgressStore(kv).items.get("lesson2-item")?.attempts).toHaveLength(1);
  });

  it("full storage: trims history, then keeps going in memory without throwing", () => {
    const kv = new MemoryStore(1500);
    const p = new ProgressStore(kv);
    for (let i = 0; i < 20; i++)
      p.record(attempt("long", 60), new Date(Date.UTC(2026, 0, 1, 0, i)));
    expect(p.items.get("long")?.attempts.length).toBeLessThanOrEqual(20);
    const stored = JSON.parse(kv.getItem(ITEM_PREFIX + "long") ?? "null");
    expect(stored.attempts.length).toBeGreaterThan(0);
    expect(stored.attempts.length).toBeLessThan(20); // trimmed to the last 5 to fit
    for (let i = 0; i < 30; i++) expect(() => p.record(attempt(`other-${i}`, 10))).not.toThrow();
    expect(p.saveFailed).toBe(true);
    expect(p.items.get("other-29")?.attempts).toHaveLength(1); // still in memory
  });

  it("storage that throws on every call does not break construction", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
      keys: () => {
        throw new Error("SecurityError");
      },
    };
    const p = new ProgressStore(broken);
    expect(() => p.record(attempt("a", 100))).not.toThrow();
    expect(p.items.get("a")?.attempts).toHaveLength(1);
    expect(p.saveFailed).toBe(true);
  });

  it("migrates a version-1 blob, dropping only its bad entries", () => {
    const kv = new MemoryStore();
    kv.setItem(
      V1_KEY,
      JSON.stringify({
        version: 1,
        attempts: [
          { item: "a", score: 80, correct: true, at: "2025-05-01T10:00:00Z" },
          { item: "a", score: 20, correct: false, at: "2025-05-02T10:00:00Z" },
          { item: "b", score: 150, correct: true, at: "2025-05-03T10:00:00Z" },
          { item: "c", score: "x", correct: true, at: "2025-05-03T10:00:00Z" },
          { item: "d", score: 10, correct: false, at: "not a date" },
        ],
      }),
    );
    const p = new ProgressStore(kv);
    expect(p.migration).toMatchObject({ from: 1, to: 2, migratedItems: 2, droppedEntries: 2 });
    expect(p.items.get("a")?.attempts.map((x) => [x.score, x.correct])).toEqual([
      [80, true],
      [20, false],
    ]);
    expect(p.items.get("b")?.attempts[0].score).toBe(100);
    expect(kv.getItem(V1_KEY)).toBeNull();
    // idempotent
    expect(new ProgressStore(kv).migration.migratedItems).toBe(0);
  });

  it("an unparsable version-1 blob is removed and reported, not thrown", () => {
    const kv = new MemoryStore();
    kv.setItem(V1_KEY, "{{{");
    const p = new ProgressStore(kv);
    expect(p.migration.droppedEntries).toBe(1);
    expect(p.items.size).toBe(0);
  });

  it("clear() removes progress keys only", () => {
    const kv = new MemoryStore();
    kv.setItem("unrelated", "keep");
    const p = new ProgressStore(kv);
    p.record(attempt("a", 100));
    p.clear();
    expect(kv.keys().filter((k) => k.startsWith(ITEM_PREFIX))).toEqual([]);
    expect(kv.getItem("unrelated")).toBe("keep");
    expect(new ProgressStore(kv).items.size).toBe(0);
  });
});
