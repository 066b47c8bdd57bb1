"use client";
/**
 * Items by pointing: for the selected structure, pick an item type; the studio drafts the item
 * (slice, reference set, tolerance from the case), shows its calibration live, lets the educator
 * edit the prompt and tolerance (recalibrated on each change) and saves it to the case's
 * quizzes/studio.json. Saving an item with an existing id replaces it in place.
 */
import { useState } from "react";
import { CalibrationTable, type CalibrationJson } from "./calibration-table";
import { postJson } from "./post-json";

const TYPES = ["click", "outline", "name", "landmark", "box"] as const;

type Item = Record<string, unknown>;

export function ItemAuthor({ caseId, structure }: { caseId: string; structure: string }) {
  const [type, setType] = useState<(typeof TYPES)[number]>("click");
  const [item, setItem] = useState<Item | null>(null);
  const [cal, setCal] = useState<CalibrationJson | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState("");
  const url = `/studio/api/cases/${caseId}/items`;
  async function draft() {
    setSaved("");
    const r = await postJson<{ item?: Item; calibration?: CalibrationJson; errors?: string[] }>(
      url,
      { action: "draft", structure, type },
    );
    setItem(r.body.item ?? null);
    setCal(r.body.calibration ?? null);
    setErrors(r.body.errors ?? []);
  }
  async function edit(next: Item) {
    setItem(next);
    setSaved("");
    const r = await postJson<{ calibration?: CalibrationJson; errors?: string[] }>(url, {
      action: "calibrate",
      item: next,
    });
    setCal(r.body.calibration ?? null);
    setErrors(r.body.errors ?? []);
  }
  async function save() {
    const r = await postJson<{ file?: string; errors?: string[] }>(url, { action: "save", item });
    setErrors(r.body.errors ?? []);
    if (r.body.file) setSaved(`Saved ${String(item?.id)} to ${r.body.file}`);
  }
  const tolKey =
    type === "click" || type === "landmark"
      ? "toleranceMm"
      : type === "outline"
        ? "passDice"
        : type === "box"
          ? "passIou"
          : "";
  return (
    <section aria-labelledby="items-h" className="space-y-2">
      <h2 id="items-h" className="text-lg font-semibold">
        Item by pointing
      </h2>
      <p className="text-sm">
        Structure: <strong data-testid="item-structure">{structure || "none"}</strong>
      </p>
      <label className="text-sm">
        Item type{" "}
        <select
          aria-label="Item type"
          value={type}
          onChange={(e) => setType(e.target.value as typeof type)}
          className="rounded bg-slate-900"
        >
          {TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>{" "}
      <button
        type="button"
        onClick={draft}
        disabled={!structure}
        className="rounded bg-sky-700 px-2 py-1 text-sm"
      >
        Draft item
      </button>
      {item && (
        <div className="space-y-2 rounded border border-slate-800 p-2">
          <p className="text-xs text-slate-400">
            id {String(item.id)} · {String(item.type)}
          </p>
          <label className="block text-sm">
            Prompt
            <input
              aria-label="Prompt"
              value={String(item.prompt ?? "")}
              onChange={(e) => void edit({ ...item, prompt: e.target.value })}
              className="mt-1 w-full rounded bg-slate-900 px-2"
            />
          </label>
          {tolKey && (
            <label className="block text-sm">
              {tolKey === "toleranceMm"
                ? "Tolerance (mm)"
                : tolKey === "passDice"
                  ? "Pass Dice (0–1, empty: calibrated default)"
                  : "Pass IoU (0–1)"}
              <input
                aria-label="Tolerance"
                type="number"
                step="any"
                value={item[tolKey] === undefined ? "" : String(item[tolKey])}
                onChange={(e) => {
                  const next = { ...item };
                  if (e.target.value === "") delete next[tolKey];
                  else next[tolKey] = Number(e.target.value);
                  void edit(next);
                }}
                className="mt-1 w-32 rounded bg-slate-900 px-2"
              />
            </label>
          )}
          {cal && <CalibrationTable c={cal} />}
          <button type="button" onClick={save} className="rounded bg-emerald-700 px-2 py-1 text-sm">
            Save item
          </button>
        </div>
      )}
      {errors.map((e) => (
        <p key={e} role="alert" className="text-xs text-red-300">
          {e}
        </p>
      ))}
      {saved && (
        <p role="status" className="text-sm text-emerald-300">
          {saved}
        </p>
      )}
      {saved && (
        <p className="text-sm">
          <a
            href={`/quiz/${String(item?.id)}`}
            target="_blank"
            rel="noreferrer"
            className="underline"
          >
            Try it as a student
          </a>{" "}
          (the real quiz view and grader)
        </p>
      )}
    </section>
  );
}
