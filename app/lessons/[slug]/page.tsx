import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { lessonBySlug, publishedLessons } from "@/lib/content/lessons";
import { LessonView } from "@/components/lessons/lesson-view";

export const dynamicParams = false;

export function generateStaticParams() {
  return publishedLessons().map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string }>;
}): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const lesson = lessonBySlug((await params).slug);
  if (!lesson) notFound();
  return <LessonView lesson={lesson} />;
}
