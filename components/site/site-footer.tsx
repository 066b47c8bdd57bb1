import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-800 py-6 text-center text-sm text-slate-400">
      Open-source teaching atlas. Every case states its source, licence and annotators —{" "}
      <Link href="/about" className="underline hover:text-slate-200">
        licences and how grading works
      </Link>
      .
    </footer>
  );
}
