/**
 * The error map's codes on their own, so a page can colour an error map without loading the
 * grading code (the quiz's spatial stage imports only this file).
 */
/** Codes of `errorMap` (feedback.ts). */
export const ERROR_CODES = {
  /** Neither mask. */
  none: 0,
  /** Both: correctly segmented. */
  agree: 1,
  /** Answer only: over-segmented (false positive). */
  over: 2,
  /** Reference only: under-segmented (missed, false negative). */
  under: 3,
  /**
   * Multi-rater only: the answer differs from the consensus where the raters themselves disagree
   * (some but not all raters hold the voxel) — inside the raters' uncertainty band.
   */
  disputed: 4,
} as const;
