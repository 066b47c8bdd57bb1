"use client";
/**
 * Generated sets: choose the item types, a count and a seed and preview the questions a
 * `<QuizSet>` with those props generates (each with its pass mark and margin), plus the tag to
 * paste into a lesson. The same seed always gives the same questions.
 */
import { useState } from "react";
import type { CalibrationJson } from "./calibration-table";
import { postJson } from "./post-json";

interface Generated {
  item: { id: string; type: string; structure?: string; prompt: string };
  calibration: CalibrationJson;
}

export function GeneratedSetPreview({ caseId }: { caseId: string }) {
  const [seed, setSeed] = useState("lesson");
  const [count, setCount] = useState(5);
  const [types, setTypes] = useState("click,name");
  const [r, setR] = useState<{ items?: Generated[]; tag?: string; errors?: string[] } | null>(null);
  async function preview() {
    const res = await postJson<{ items?: Generated[]; tag?: string; errors?: string[] }>(
      `/studio/api/cases/${caseId}/items`,
      { action: "generate", seed, count, types },
    );
    setR(res.body);
  }
  const input = "ml-1 rounded bg-slate-900 px-2";
  return (
    <section aria-labelledby="gen-h" className="space-y-2 text-sm">
      <h2 id="gen-h" className="text-lg font-semibold">
        Generated set
      </h2>
      <label className="block">
        Types
        <input
          aria-label="Set types"
          value={types}
          onChange={(e) => setTypes(e.target.value)}
          className={input}
        />
      </label>
      <label className="block">
        Count
        <input
          aria-label="Set count"
          type="number"
          min={1}
          max={50}
          value={count}
          onChange={(e) => setCount(Number(e.target.value))}
          className={`${input} w-20`}
        />
      </label>
      <label className="block">
        Seed
        <input
          aria-label="Set seed"
          value={seed}
          onChange={(e) => setSeed(e.target.value)}
          className={input}
        />
      </label>
      <button type="button" onClick={preview} className="rounded bg-sky-700 px-2 py-1">
        Preview questions
      </button>
      {r?.errors?.map((e) => (
        <p key={e} role="alert" className="text-red-300">
          {e}
        </p>
      ))}
      {r?.items && (
        <div data-testid="generated-set">
          <code className="block text-xs">{r.tag}</code>
          <ol className="list-decimal pl-5">
            {r.items.map((g) => (
              <li key={g.item.id} data-item={g.item.id}>
                {g.item.prompt}{" "}
                <span className="text-xs text-slate-400">
                  ({g.item.type}; pass mark {g.calibration.passMark}, margin{" "}
                  {g.calibration.margin ?? "—"}
                  {g.calibration.problems.length ? `; ${g.calibration.problems.join("; ")}` : ""})
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
