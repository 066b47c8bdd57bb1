import type { Metadata } from "next";
import { allCases } from "@/lib/content/case-store";
import { ReviewView } from "@/components/quiz/review-view";
import { lessonItemLists } from "@/components/quiz/lesson-item-lists";

export const metadata: Metadata = { title: "Review my mistakes" };

export default function ReviewPage() {
  const names: Record<string, string> = {};
  for (const c of allCases().values())
    for (const s of c.manifest.structures) names[s.id] ??= s.name;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Review my mistakes</h1>
      <ReviewView structureNames={names} lessons={lessonItemLists()} />
    </div>
  );
}
