/**
 * Spaced repetition per structure × modality with ts-fsrs (FSRS), not a hand-rolled scheduler.
 * One card per (structure, modality); every graded answer about that structure reviews the card.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { cardKey, type CardRecord } from "./schema";

/** Fuzz off: the same history always gives the same due date (reproducible, testable). */
const scheduler = fsrs({ enable_fuzz: false });

/**
 * Maps a quiz outcome to an FSRS rating: incorrect → Again; correct with score < 80 → Hard;
 * 80–94 → Good; ≥ 95 → Easy. Scores are 0–100.
 */
export function ratingFor(correct: boolean, score: number): Grade {
  if (!correct) return Rating.Again;
  if (score < 80) return Rating.Hard;
  if (score < 95) return Rating.Good;
  return Rating.Easy;
}

function toCard(r: CardRecord["card"]): Card {
  return {
    ...r,
    due: new Date(r.due),
    last_review: r.last_review ? new Date(r.last_review) : undefined,
    state: r.state,
  };
}

function fromCard(c: Card): CardRecord["card"] {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
  };
}

/**
 * Reviews the card of `structure` × `modality` (a new card when `previous` is undefined) with the
 * rating derived from the answer, at time `now`. Returns the updated card record (new due date).
 */
export function reviewStructure(
  previous: CardRecord | undefined,
  structure: string,
  modality: string,
  outcome: { correct: boolean; score: number },
  now: Date,
): CardRecord {
  const card = previous ? toCard(previous.card) : createEmptyCard(now);
  const next = scheduler.next(card, now, ratingFor(outcome.correct, outcome.score)).card;
  return { key: cardKey(structure, modality), structure, modality, card: fromCard(next) };
}

/** Cards due at `now` (due ≤ now), most overdue first. */
export function dueCards(cards: readonly CardRecord[], now: Date): CardRecord[] {
  return cards
    .filter((c) => Date.parse(c.card.due) <= now.getTime())
    .sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due));
}
