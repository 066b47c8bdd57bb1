import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { allQuizItems } from "@/lib/content/quiz-store";
import { Quiz } from "@/components/quiz";
import { findItem } from "@/components/quiz/resolve-item";

/** Stored items are pre-rendered; generated practice items (`gen-…`) render on demand. */
export function generateStaticParams() {
  return [...allQuizItems().keys()].map((id) => ({ id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const item = findItem((await params).id);
  return item ? { title: item.prompt } : {};
}

export default async function QuizItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!findItem(id)) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Quiz</h1>
      <Quiz item={id} />
    </div>
  );
}
