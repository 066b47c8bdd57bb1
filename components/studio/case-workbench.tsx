"use client";
/**
 * One case in the studio: the structure browser, the image to point at (a click picks the
 * structure under it, with the viewer's hit test on the server), landmark drawing saved as an
 * annotation set, and item authoring with live calibration (item-author.tsx).
 * Raster (2D) cases show their image here; volumes show the structure list and item authoring.
 */
import { useState } from "react";
import type { GridSpec } from "@/lib/domain/model";
import { indexToWorld, type Vec3 } from "@/lib/domain/geometry";
import type { StructureRow } from "@/scripts/studio/case-data";
import { StructureBrowser } from "./structure-browser";
import { ItemAuthor } from "./item-author";
import { LandmarkSetForm } from "./landmark-set-form";
import { GeneratedSetPreview } from "./generated-set-preview";
import { postJson } from "./post-json";

export interface WorkbenchProps {
  caseId: string;
  /** Site path of a raster image, or undefined for volumes. */
  imageUrl?: string;
  grid: GridSpec;
  rows: StructureRow[];
}

export function CaseWorkbench({ caseId, imageUrl, grid, rows }: WorkbenchProps) {
  const [structure, setStructure] = useState(rows[0]?.id ?? "");
  const [mode, setMode] = useState<"point" | "landmark">("point");
  const [hit, setHit] = useState<string>("");
  const [landmarks, setLandmarks] = useState<Vec3[]>([]);
  async function onImageClick(e: React.MouseEvent<HTMLImageElement>) {
    const img = e.currentTarget;
    const r = img.getBoundingClientRect();
    // Continuous pixel coordinate (0 = left edge) → index (0 = centre of the first pixel).
    const i = ((e.clientX - r.left) * img.naturalWidth) / r.width - 0.5;
    const j = ((e.clientY - r.top) * img.naturalHeight) / r.height - 0.5;
    const p = indexToWorld(grid, [i, j, 0]);
    if (mode === "landmark") {
      setLandmarks((l) => [...l, p]);
      return;
    }
    setHit("Looking…");
    let found: string[];
    try {
      const res = await postJson<{ structures?: string[]; error?: string }>(
        `/studio/api/cases/${caseId}/point`,
        { point: p },
      );
      if (res.body.error) throw new Error(res.body.error);
      found = res.body.structures ?? [];
    } catch (err) {
      setHit(`Could not look up the structures: ${(err as Error).message}`);
      return;
    }
    setHit(
      found.length ? `Under the pointer: ${found.join(", ")}` : "No structure under the pointer",
    );
    if (found[0]) setStructure(found[0]);
  }
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-3">
        {imageUrl ? (
          <>
            <div role="radiogroup" aria-label="Pointer mode" className="flex gap-2 text-sm">
              {(["point", "landmark"] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  role="radio"
                  aria-checked={mode === m}
                  onClick={() => setMode(m)}
                  className={`rounded px-2 py-1 ${mode === m ? "bg-sky-800" : "bg-slate-800"}`}
                >
                  {m === "point" ? "Point at a structure" : "Draw landmark"}
                </button>
              ))}
            </div>
            {/* eslint-disable-next-line @next/next/no-img-element -- the case image at its own pixel size, read by pointer position */}
            <img
              src={imageUrl}
              alt={`Case ${caseId}`}
              data-testid="studio-image"
              onClick={onImageClick}
              className="w-full cursor-crosshair"
            />
            <p role="status" className="text-sm text-slate-300">
              {hit}
            </p>
            {mode === "landmark" && (
              <LandmarkSetForm
                caseId={caseId}
                points={landmarks}
                rows={rows}
                onClear={() => setLandmarks([])}
              />
            )}
          </>
        ) : (
          <p className="text-sm text-slate-400">Volume case: pick a structure from the list.</p>
        )}
      </div>
      <div className="space-y-6">
        <StructureBrowser rows={rows} selected={structure} onSelect={setStructure} />
        <ItemAuthor caseId={caseId} structure={structure} />
        <GeneratedSetPreview caseId={caseId} />
      </div>
    </div>
  );
}
