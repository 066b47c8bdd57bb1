"use client";
/**
 * Saves the landmarks drawn on the image as an annotation set (annotator name, kind, role and
 * method required; structure existing or new). See scripts/studio/annotations.ts for the checks.
 */
import { useState } from "react";
import type { Vec3 } from "@/lib/domain/geometry";
import type { StructureRow } from "@/scripts/studio/case-data";
import { annotatorKindSchema } from "@/lib/domain/model";
import { postJson } from "./post-json";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export function LandmarkSetForm({
  caseId,
  points,
  rows,
  onClear,
}: {
  caseId: string;
  points: Vec3[];
  rows: StructureRow[];
  onClear: () => void;
}) {
  const [msg, setMsg] = useState<{ ok: boolean; lines: string[] } | null>(null);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? "").trim();
    const newName = get("newStructure");
    const structure = newName ? slug(newName) : get("structure");
    const r = await postJson<{ ok: boolean; file?: string; errors?: string[] }>(
      `/studio/api/cases/${caseId}/annotations`,
      {
        setId: get("setId"),
        annotatorName: get("annotatorName"),
        annotatorKind: get("annotatorKind"),
        annotatorRole: get("annotatorRole"),
        method: get("method"),
        newStructureName: newName || undefined,
        annotations: points.map((point) => ({
          type: "landmark",
          structure,
          point,
          ...(get("label") ? { label: get("label") } : {}),
        })),
      },
    );
    setMsg(
      r.body.ok
        ? { ok: true, lines: [`Saved ${r.body.file}`] }
        : { ok: false, lines: r.body.errors ?? [] },
    );
  }
  const input = "mt-1 w-full rounded bg-slate-900 px-2";
  return (
    <form
      onSubmit={submit}
      aria-label="Landmark set"
      className="space-y-2 rounded border border-slate-800 p-2 text-sm"
    >
      <p>
        {points.length} landmark(s):{" "}
        {points.map((p) => `(${p[0].toFixed(2)}, ${p[1].toFixed(2)}) mm`).join("; ")}
      </p>
      <label className="block">
        Structure{" "}
        <select name="structure" className="rounded bg-slate-900">
          {rows.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        or a new structure name
        <input name="newStructure" className={input} />
      </label>
      <label className="block">
        Label (optional)
        <input name="label" className={input} />
      </label>
      <label className="block">
        Set id
        <input name="setId" className={input} />
      </label>
      <label className="block">
        Annotator name
        <input name="annotatorName" className={input} />
      </label>
      <label className="block">
        Annotator kind{" "}
        <select name="annotatorKind" defaultValue="illustrative" className="rounded bg-slate-900">
          {annotatorKindSchema.options.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="block">
        Annotator role
        <input name="annotatorRole" className={input} />
      </label>
      <label className="block">
        Method
        <input name="method" className={input} />
      </label>
      <button type="submit" className="rounded bg-emerald-700 px-2 py-1">
        Save annotation set
      </button>{" "}
      <button type="button" onClick={onClear} className="rounded bg-slate-800 px-2 py-1">
        Clear points
      </button>
      {msg?.lines.map((l) => (
        <p
          key={l}
          role={msg.ok ? "status" : "alert"}
          className={msg.ok ? "text-emerald-300" : "text-red-300"}
        >
          {l}
        </p>
      ))}
    </form>
  );
}
