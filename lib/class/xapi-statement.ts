/**
 * The xAPI 1.0.3 statement recorded for one class attempt.
 *
 * - actor: the pseudonymous account `{ homePage: <site>, name: <student id> }` (no name, no mail);
 * - verb: ADL `passed` when the attempt is correct, `failed` when not;
 * - object: the item as an Activity whose IRI is `<site>/items/<item id>`, type cmi.interaction;
 * - result: score (raw 0–100, scaled 0–1), success, completion, ISO-8601 duration, and the
 *   spatial answer in millimetres (world LPS) under the extension {@link SPATIAL_EXT};
 * - context: the class as grouping activity; statement id = attempt id, so a resend is a no-op.
 */
import type { ClassAttempt } from "./attempt-schema";

export const VERBS = {
  answered: "http://adlnet.gov/expapi/verbs/answered",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
} as const;

/** Extension IRI path (under the site) holding the answer in world mm. */
export const SPATIAL_EXT_PATH = "/xapi/extensions/spatial-answer-mm";

export interface XapiStatement {
  id: string;
  actor: { objectType: "Agent"; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: "Activity";
    id: string;
    definition: { type: string; name: Record<string, string>; interactionType: string };
  };
  result: {
    score: { raw: number; min: 0; max: 100; scaled: number };
    success: boolean;
    completion: true;
    duration?: string;
    extensions: Record<string, unknown>;
  };
  context: { contextActivities: { grouping: { id: string; objectType: "Activity" }[] } };
  timestamp: string;
}

/** ISO-8601 duration of `ms` milliseconds, e.g. 12_500 → "PT12.5S". */
export function isoDuration(ms: number): string {
  return `PT${Math.round(ms) / 1000}S`;
}

/** The item's activity IRI under `site` (no trailing slash needed). */
export function itemIri(site: string, itemId: string): string {
  return `${site.replace(/\/+$/, "")}/items/${encodeURIComponent(itemId)}`;
}

/**
 * Builds the statement for `attempt` by student `studentId` in class `cohortId`; `site` is the
 * class server's public base URL.
 */
export function attemptStatement(
  attempt: ClassAttempt,
  studentId: string,
  cohortId: string,
  site: string,
): XapiStatement {
  const base = site.replace(/\/+$/, "");
  const verb = attempt.correct ? "passed" : "failed";
  const interaction = attempt.itemType === "mcq" ? "choice" : "other";
  return {
    id: attempt.id,
    actor: { objectType: "Agent", account: { homePage: base, name: studentId } },
    verb: { id: VERBS[verb], display: { "en-US": verb } },
    object: {
      objectType: "Activity",
      id: itemIri(base, attempt.itemId),
      definition: {
        type: "http://adlnet.gov/expapi/activities/cmi.interaction",
        name: { "en-US": attempt.itemId },
        interactionType: interaction,
      },
    },
    result: {
      score: { raw: attempt.score, min: 0, max: 100, scaled: attempt.score / 100 },
      success: attempt.correct,
      completion: true,
      ...(attempt.durationMs === null ? {} : { duration: isoDuration(attempt.durationMs) }),
      extensions: { [`${base}${SPATIAL_EXT_PATH}`]: attempt.answer },
    },
    context: {
      contextActivities: {
        grouping: [
          { id: `${base}/classes/${encodeURIComponent(cohortId)}`, objectType: "Activity" },
        ],
      },
    },
    timestamp: attempt.answeredAt,
  };
}
