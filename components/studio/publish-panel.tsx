"use client";
/** The publish check panel: runs every gate (scripts/studio/publish.ts) and lists the outcome. */
import { useEffect, useState } from "react";
import type { PublishReport } from "@/scripts/studio/publish";
import { postJson } from "./post-json";

export function PublishPanel() {
  const [r, setR] = useState<PublishReport | null>(null);
  const [busy, setBusy] = useState(false);
  // Set once hydrated: a click before that would do nothing (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  async function run() {
    setBusy(true);
    setR((await postJson<PublishReport>("/studio/api/publish", {})).body);
    setBusy(false);
  }
  return (
    <div className="space-y-3 text-sm" data-testid="publish-panel" data-ready={String(ready)}>
      <button type="button" onClick={run} disabled={busy} className="rounded bg-sky-700 px-3 py-1">
        {busy ? "Checking…" : "Run publish check"}
      </button>
      {r && (
        <div data-testid="publish-report" data-ok={String(r.ok)}>
          <p role="status" className={r.ok ? "text-emerald-300" : "text-red-300"}>
            {r.ok ? "Publish check passed" : "Publish check failed"}
          </p>
          <ul>
            {r.summary.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          {r.problems.map((p) => (
            <p key={p} role="alert" className="text-red-300">
              {p}
            </p>
          ))}
          <h3 className="mt-2 font-semibold">Annotation QC</h3>
          <ul className="text-xs">
            {r.qc.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <h3 className="mt-2 font-semibold">Changed files (git status; commit them yourself)</h3>
          <pre className="text-xs">{r.changed.join("\n") || "(nothing changed)"}</pre>
          <h3 className="mt-2 font-semibold">What a student will see</h3>
          <ul className="text-xs">
            {r.pages.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
