"use client";
/** The keyboard shortcut sheet (`?`). A native <dialog> so focus is trapped and Escape closes it. */
import { useEffect, useRef } from "react";

export const SHORTCUTS: [string, string][] = [
  ["↑ / ↓", "next / previous slice"],
  ["Page Up / Page Down", "10 slices forward / back"],
  ["Home / End", "first / last slice"],
  ["+ / −", "zoom in / out"],
  ["Shift + arrows", "pan"],
  ["r", "reset view"],
  ["w", "next window preset"],
  ["l", "switch layout (one view / three views)"],
  ["o", "fill or outline"],
  ["a / h", "show all / hide all structures"],
  ["?", "this help"],
  ["Mouse", "left drag: window/level · right drag: zoom · middle drag: pan · wheel: scroll"],
  ["Touch", "one finger: scroll · pinch: zoom · two fingers: pan · tap: name the structure"],
];

export function HelpSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="viewer-help-title"
      className="m-auto max-w-lg rounded-lg border border-slate-600 bg-slate-900 p-4 text-slate-100 backdrop:bg-black/60"
    >
      <h2 id="viewer-help-title" className="mb-2 text-lg font-semibold">
        Viewer shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-mono text-sky-300">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={onClose}
        className="mt-3 rounded border border-slate-600 px-3 py-1 focus-visible:outline-2 focus-visible:outline-sky-300"
        autoFocus
      >
        Close
      </button>
    </dialog>
  );
}
