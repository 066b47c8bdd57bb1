/** What the de-identifier did to one file, for the JSON batch report (no original values in it). */
export interface DeidReport {
  /** Attribute label -> number of occurrences removed (action X, private tags counted separately). */
  removed: Record<string, number>;
  /** Emptied (action Z, or dates outside the table when dates are not shifted). */
  emptied: Record<string, number>;
  /** Replaced with a dummy value (action D). */
  dummied: Record<string, number>;
  /** UIDs replaced consistently (action U). */
  uidsReplaced: Record<string, number>;
  /** Dates moved by the batch's day offset. */
  datesShifted: Record<string, number>;
  /** Dates kept unchanged (`--keep-dates`: real dates, not shifted). */
  datesKept: Record<string, number>;
  /** Private elements removed (incl. private creators). */
  privateRemoved: number;
  /** Private elements kept because they are on the safe list. */
  privateKept: number;
  /** Reasons for manual review (burned-in text possible). Empty = none. */
  flags: string[];
}

/** An empty report. */
export function emptyReport(): DeidReport {
  return {
    removed: {},
    emptied: {},
    dummied: {},
    uidsReplaced: {},
    datesShifted: {},
    datesKept: {},
    privateRemoved: 0,
    privateKept: 0,
    flags: [],
  };
}

/** Adds one occurrence of `label` to a counter map. */
export function count(map: Record<string, number>, label: string): void {
  map[label] = (map[label] ?? 0) + 1;
}
