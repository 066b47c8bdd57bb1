"use client";
/** The keyboard shortcut sheet (`?`). A native <dialog> so focus is trapped and Escape closes it. */
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { COMMANDS, GESTURES } from "./commands";

/** The sheet's rows: the command table's keys, then the pointer gestures. */
const ROWS: [string, string][] = [
  ...COMMANDS.map((c): [string, string] => [c.keyText, c.label]),
  ...GESTURES,
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
        {ROWS.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-mono text-sky-300">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <Button onClick={onClose} className="mt-3" autoFocus>
        Close
      </Button>
    </dialog>
  );
}
