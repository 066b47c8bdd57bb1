/** One entry point: grades any item type with the matching answer kind. */
import type { Structure } from "../domain/model/case-manifest";
import type { GradeResult, QuizAnswer } from "./answer";
import { gradeBox } from "./grade-box";
import { gradeClick } from "./grade-click";
import { gradeLandmark } from "./grade-landmark";
import { gradeMcq } from "./grade-mcq";
import { gradeMeasure, type MeasureGrade } from "./grade-measure";
import { gradeName } from "./grade-name";
import { gradeOutline, type OutlineGrade } from "./grade-outline";
import type { QuizItem } from "./item-schema";
import type { SpatialContext } from "./spatial-context";

const wrongKind = (item: QuizItem, kind: string): GradeResult => ({
  correct: false,
  score: 0,
  feedback: [`A ${kind} answer cannot answer a ${item.type} item.`],
  metrics: {},
});

/**
 * Grades `answer` for `item`. MCQ needs nothing else; `name` needs the vocabulary (`structures`);
 * click/landmark/box/outline/measure need the spatial context (else they grade incorrect with a message).
 * A mismatched answer kind grades incorrect; nothing throws for content the schema accepted.
 */
export function gradeItem(
  item: QuizItem,
  answer: QuizAnswer,
  env: { structures?: readonly Structure[]; spatial?: SpatialContext } = {},
): GradeResult | OutlineGrade | MeasureGrade {
  const ctx = env.spatial;
  const missing = (): GradeResult => ({
    correct: false,
    score: 0,
    feedback: ["The reference annotation is not loaded."],
    metrics: {},
  });
  switch (item.type) {
    case "mcq":
      return answer.kind === "mcq" ? gradeMcq(item, answer) : wrongKind(item, answer.kind);
    case "name":
      return answer.kind === "name"
        ? gradeName(item, answer, env.structures ?? ctx?.structures ?? [])
        : wrongKind(item, answer.kind);
    case "click":
      if (answer.kind !== "point" && answer.kind !== "landmark")
        return wrongKind(item, answer.kind);
      return ctx ? gradeClick(item, answer, ctx) : missing();
    case "landmark":
      if (answer.kind !== "point" && answer.kind !== "landmark")
        return wrongKind(item, answer.kind);
      return ctx ? gradeLandmark(item, answer, ctx) : missing();
    case "box":
      if (answer.kind !== "box") return wrongKind(item, answer.kind);
      return ctx ? gradeBox(item, answer, ctx) : missing();
    case "outline":
      if (answer.kind !== "outline") return wrongKind(item, answer.kind);
      return ctx ? gradeOutline(item, answer, ctx) : missing();
    case "measure":
      if (answer.kind !== "ellipse" && answer.kind !== "line") return wrongKind(item, answer.kind);
      return ctx ? gradeMeasure(item, answer, ctx) : missing();
  }
}
