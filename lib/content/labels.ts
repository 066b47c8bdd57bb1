/** Human labels of modality codes and difficulty levels, for the UI. */
import type { Modality } from "../domain/model/primitives";
import type { Difficulty } from "./lesson-frontmatter";

export const MODALITY_LABELS: Record<Modality, string> = {
  MR: "MRI",
  CT: "CT",
  XR: "Radiograph",
  US: "Ultrasound",
  PATH: "Pathology",
  PHOTO: "Photography (fundus)",
  MICRO: "Cell microscopy",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  intro: "Introductory",
  intermediate: "Intermediate",
  advanced: "Advanced",
};

export const ANNOTATOR_KIND_LABELS: Record<string, string> = {
  "expert-atlas": "expert atlas",
  clinician: "clinician",
  trainee: "trainee",
  researcher: "researcher (not a clinician)",
  crowd: "crowd",
  algorithm: "algorithm",
  illustrative: "illustrative (not expert)",
};
