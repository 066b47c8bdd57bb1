import { describe, expect, it } from "vitest";
import { Rating, State } from "ts-fsrs";
import { dueCards, ratingFor, reviewStructure } from "@/lib/progress/scheduler";
import { MemoryStore } from "@/lib/progress/kv-store";
import { ProgressStore } from "@/lib/progress/progress-store";

const DAY = 86_400_000;

describe("scheduler (ts-fsrs)", () => {
  it("maps outcomes to FSRS ratings at the documented edges", () => {
    expect(ratingFor(false, 100)).toBe(Rating.Again);
    expect(ratingFor(true, 79)).toBe(Rating.Hard);
    expect(ratingFor(true, 80)).toBe(Rating.Good);
    expect(ratingFor(true, 94)).toBe(Rating.Good);
    expect(ratingFor(true, 95)).toBe(Rating.Easy);
  });

  it("a correct answer pushes the due date further than a wrong one", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const good = reviewStructure(undefined, "s", "MR", { correct: true, score: 100 }, now);
    const bad = reviewStructure(undefined, "s", "MR", { correct: false, score: 0 }, now);
    expect(Date.parse(good.card.due) - now.getTime()).toBeGreaterThanOrEqual(DAY); // Easy: days
    expect(Date.parse(bad.card.due) - now.getTime()).toBeLessThan(DAY / 24); // Again: minutes
    expect(good.card.state).toBe(State.Review);
    expect(good.key).toBe("s|MR");
  });

  it("successive correct reviews grow the interval; a lapse is counted", () => {
    let t = new Date("2026-03-01T12:00:00Z");
    let card = reviewStructure(undefined, "s", "CT", { correct: true, score: 100 }, t);
    const intervals: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = new Date(card.card.due);
      const next = reviewStructure(card, "s", "CT", { correct: true, score: 100 }, t);
      intervals.push(Date.parse(next.card.due) - t.getTime());
      card = next;
    }
    expect(intervals[1]).toBeGreaterThan(intervals[0]);
    expect(intervals[2]).toBeGreaterThan(intervals[1]);
    const lapsed = reviewStructure(
      card,
      "s",
      "CT",
      { correct: false, score: 0 },
      new Date(card.card.due),
    );
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.state).toBe(State.Relearning);
  });

  it("dueCards lists overdue cards, most overdue first; separate cards per modality", () => {
    const p = new ProgressStore(new MemoryStore());
    const t0 = new Date("2026-03-01T12:00:00Z");
    p.record(
      {
        itemId: "a",
        type: "click",
        prompt: "",
        structure: "s",
        modality: "MR",
        score: 0,
        correct: false,
      },
      t0,
    );
    p.record(
      {
        itemId: "b",
        type: "click",
        prompt: "",
        structure: "s",
        modality: "CT",
        score: 100,
        correct: true,
      },
      t0,
    );
    expect(p.cards.size).toBe(2);
    const soon = new Date(t0.getTime() + 60 * 60_000);
    expect(dueCards([...p.cards.values()], soon).map((c) => c.key)).toEqual(["s|MR"]);
    const later = new Date(t0.getTime() + 365 * DAY);
    expect(dueCards([...p.cards.values()], later).map((c) => c.key)).toEqual(["s|MR", "s|CT"]);
  });
});
