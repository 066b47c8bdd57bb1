/**
 * Mastery tables of the review page: per structure × modality (attempted items), and per lesson
 * over the lesson's full item list (unanswered items count 0).
 */
import Link from "next/link";
import { lessonMastery, structureMastery } from "@/lib/progress/mastery";
import type { ItemRecord } from "@/lib/progress/schema";
import type { LessonItemList } from "./lesson-item-lists";
import { ReviewTable, type ReviewColumn } from "./review-table";

const STRUCTURE_COLUMNS: readonly ReviewColumn[] = [
  { label: "Structure", align: "left" },
  { label: "Modality", align: "left" },
  { label: "Mastery", align: "right" },
];

const LESSON_COLUMNS: readonly ReviewColumn[] = [
  { label: "Lesson", align: "left" },
  { label: "Answered", align: "right" },
  { label: "Correct", align: "right" },
  { label: "Mastery", align: "right" },
];

export function ReviewMastery({
  items,
  lessons,
  name,
}: {
  items: ReadonlyMap<string, ItemRecord>;
  lessons: readonly LessonItemList[];
  /** Display name of a structure id. */
  name: (id: string) => string;
}) {
  return (
    <>
      <ReviewTable columns={STRUCTURE_COLUMNS} className="mt-2" testId="review-mastery">
        {structureMastery(items.values()).map((m) => (
          <tr key={`${m.structure}|${m.modality}`}>
            <td className="pr-4">{name(m.structure)}</td>
            <td className="pr-4">{m.modality}</td>
            <td className="text-right">{m.mastery} %</td>
          </tr>
        ))}
      </ReviewTable>
      <ReviewTable columns={LESSON_COLUMNS} className="mt-4" testId="review-lesson-mastery">
        {lessons.map((l) => {
          const m = lessonMastery(items, l.itemIds);
          return (
            <tr key={l.slug} data-lesson={l.slug} data-mastery={m.mastery}>
              <td className="pr-4">
                <Link className="underline" href={`/lessons/${l.slug}`}>
                  {l.title}
                </Link>
              </td>
              <td className="pr-4 text-right">
                {m.answered} of {m.total}
              </td>
              <td className="pr-4 text-right">{m.mastered}</td>
              <td className="text-right">{m.mastery} %</td>
            </tr>
          );
        })}
      </ReviewTable>
    </>
  );
}
