import Link from "next/link";
import type { LessonFilter } from "@/lib/content/lesson-filter";
import { DIFFICULTY_LABELS, MODALITY_LABELS } from "@/lib/content/labels";
import { AutoSubmit } from "./auto-submit";

/**
 * Filter form for /lessons. A plain GET form: the filters live in the URL query, so the view works
 * without JavaScript and can be shared; with JavaScript, changing a select submits at once.
 */
export function LessonFilters({ filter, regions }: { filter: LessonFilter; regions: string[] }) {
  const select = "rounded border border-slate-700 bg-slate-900 px-2 py-1.5 text-sm";
  return (
    <form
      method="get"
      action="/lessons"
      role="search"
      aria-label="Filter lessons"
      className="flex flex-wrap items-end gap-3"
    >
      <AutoSubmit />
      <label className="flex flex-col text-sm">
        <span className="text-slate-300">Search</span>
        <input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          placeholder="e.g. hippocampus"
          className={`${select} w-56`}
        />
      </label>
      <label className="flex flex-col text-sm">
        <span className="text-slate-300">Modality</span>
        <select name="modality" defaultValue={filter.modality ?? ""} className={select}>
          <option value="">All</option>
          {Object.entries(MODALITY_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        <span className="text-slate-300">Region</span>
        <select name="region" defaultValue={filter.region ?? ""} className={select}>
          <option value="">All</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        <span className="text-slate-300">Difficulty</span>
        <select name="difficulty" defaultValue={filter.difficulty ?? ""} className={select}>
          <option value="">All</option>
          {Object.entries(DIFFICULTY_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-600"
      >
        Apply
      </button>
      <Link href="/lessons" className="px-2 py-1.5 text-sm text-slate-300 underline">
        Clear
      </Link>
    </form>
  );
}
