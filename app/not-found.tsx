import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page is not in the atlas</h1>
      <p className="mt-4 text-slate-300">
        The link may be old, or the lesson may have been renamed.
      </p>
      <ul className="mt-6 flex justify-center gap-4">
        <li>
          <Link className="text-sky-300 underline" href="/lessons">
            Browse lessons
          </Link>
        </li>
        <li>
          <Link className="text-sky-300 underline" href="/cases">
            See the cases
          </Link>
        </li>
        <li>
          <Link className="text-sky-300 underline" href="/">
            Home
          </Link>
        </li>
      </ul>
    </div>
  );
}
