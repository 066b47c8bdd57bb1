import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCase } from "@/lib/content/case-store";
import { QuizSet } from "@/components/quiz";

export const metadata: Metadata = { title: "Practice" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * A practice set generated from a case's structures: `?seed=…&n=…&types=click,name,outline&under=…&plane=coronal`.
 * The same URL gives the same set (seeded), so a link can be shared.
 */
export default async function PracticePage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Search>;
}) {
  const { caseId } = await params;
  const q = await searchParams;
  const c = getCase(caseId);
  if (!c) notFound();
  const seed = one(q.seed) ?? "default";
  const n = Number(one(q.n) ?? 10);
  const count = Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 10;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Practice: {c.manifest.title}</h1>
      <p className="text-sm text-slate-300">
        Seed “{seed}”: share this page&apos;s address and others get the same {count} questions.{" "}
        <Link
          className="underline"
          href={`/practice/${caseId}?seed=${encodeURIComponent(`${seed}-next`)}&n=${count}${one(q.types) ? `&types=${one(q.types)}` : ""}`}
        >
          New set
        </Link>
      </p>
      <QuizSet
        case={caseId}
        seed={seed}
        count={count}
        types={one(q.types)}
        under={one(q.under)}
        plane={one(q.plane)}
      />
    </div>
  );
}
