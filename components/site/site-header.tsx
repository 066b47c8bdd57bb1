import Link from "next/link";

const links = [
  { href: "/lessons", label: "Lessons" },
  { href: "/cases", label: "Cases" },
  { href: "/review", label: "Review" },
  { href: "/about", label: "About" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-800 bg-slate-900/80">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="font-semibold tracking-tight text-sky-300">
          Teaching Atlas
        </Link>
        <ul className="flex flex-wrap gap-4 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-slate-200 hover:text-white">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
