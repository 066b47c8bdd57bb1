"use client";
/** Export progress to a JSON file, import it back (merged), or clear it. Never breaks the page. */
import { useRef, useState } from "react";
import { exportProgress, importProgress, tooLarge } from "@/lib/progress/export-import";
import { MAX_IMPORT_BYTES } from "@/lib/progress/schema";
import { notifyProgress, progressStore } from "./progress-client";
import { Button, buttonClass } from "@/components/ui/button";

export function ProgressControls() {
  const [message, setMessage] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onExport = () => {
    const text = JSON.stringify(exportProgress(progressStore()), null, 1);
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "atlas-progress.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage("Progress exported as atlas-progress.json.");
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    // Checked before reading: a huge file is refused without loading it into memory.
    const r =
      file.size > MAX_IMPORT_BYTES
        ? { ok: false as const, issues: [tooLarge(file.name, file.size)] }
        : importProgress(progressStore(), await file.text(), file.name);
    setMessage(
      r.ok
        ? r.unsaved > 0
          ? `Imported ${r.items} items and ${r.cards} review cards, but browser storage is full: ${r.unsaved} records are kept only until this page is closed. Export your progress to keep it.`
          : `Imported ${r.items} items and ${r.cards} review cards.`
        : `Not imported: ${r.issues
            .map((i) => `${i.field || "file"}: ${i.message}`)
            .slice(0, 3)
            .join("; ")}`,
    );
    notifyProgress();
    if (fileRef.current) fileRef.current.value = "";
  };
  const onClear = () => {
    if (!window.confirm("Delete all your quiz progress on this device?")) return;
    progressStore().clear();
    notifyProgress();
    setMessage("Progress cleared.");
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={onExport} data-testid="progress-export">
        Export progress
      </Button>
      <label className={buttonClass({ className: "cursor-pointer" })}>
        Import progress
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          data-testid="progress-import"
          onChange={(e) => void onImport(e.target.files?.[0])}
        />
      </label>
      <Button tone="danger" onClick={onClear} data-testid="progress-clear">
        Clear progress
      </Button>
      {message && (
        <p role="status" className="w-full text-sm text-slate-300" data-testid="progress-message">
          {message}
        </p>
      )}
    </div>
  );
}
