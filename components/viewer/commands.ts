/**
 * The viewer's commands, written once: the keyboard handler (`commandForKey`), the shortcut sheet
 * (`help-sheet.tsx`), the toolbar buttons (`viewer-toolbar.tsx`) and README's key list
 * (`readmeKeyList`, checked by tests/unit/components/viewer-commands.test.ts) all read this table.
 */

/** What a command may do to the viewer; built by `use-viewer-actions.ts`. */
export interface CommandContext {
  /** Zero-based slice index and slice count of the main viewport, or null before it is ready. */
  slice: () => { index: number; count: number } | null;
  goTo: (index: number) => void;
  /** Pan by canvas CSS pixels. */
  pan: (dx: number, dy: number) => void;
  /** Zoom by a factor (> 1 enlarges). */
  zoom: (factor: number) => void;
  reset: () => void;
  openHelp: () => void;
  toggleLayout: () => void;
  toggleFillOutline: () => void;
  /** Show (true) or hide (false) every structure. */
  showAll: (visible: boolean) => void;
  nextPreset: () => void;
}

/** A toolbar button that runs its command as if `key` had been pressed. */
export interface ToolbarEntry {
  key: string;
  text: string;
  ariaLabel?: string;
  /** Usable while the image loads (the help sheet is). */
  whileLoading?: boolean;
}

export interface ViewerCommand {
  id: string;
  /** What it does, as the shortcut sheet says it. */
  label: string;
  /** `KeyboardEvent.key` values that run it. */
  keys: readonly string[];
  /** Only with Shift held (other commands run with or without it: "?" and "+" need Shift). */
  shift?: boolean;
  /** The keys as the shortcut sheet shows them. */
  keyText: string;
  /** README's short form. */
  readme: string;
  toolbar?: readonly ToolbarEntry[];
  /** Runs the command; `key` is the key pressed (or the toolbar entry's). */
  run: (c: CommandContext, key: string) => void;
}

const PAN: Record<string, [number, number]> = {
  ArrowUp: [0, -10],
  ArrowDown: [0, 10],
  ArrowLeft: [-10, 0],
  ArrowRight: [10, 0],
};
const STEP: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 };

function step(c: CommandContext, key: string) {
  const s = c.slice();
  if (s) c.goTo(s.index + STEP[key]);
}

export const COMMANDS: readonly ViewerCommand[] = [
  {
    id: "slice-step",
    label: "next / previous slice",
    keys: ["ArrowUp", "ArrowDown"],
    keyText: "↑ / ↓",
    readme: "↑/↓ slice",
    run: step,
  },
  {
    id: "slice-page",
    label: "10 slices forward / back",
    keys: ["PageUp", "PageDown"],
    keyText: "Page Up / Page Down",
    readme: "PgUp/PgDn ±10",
    run: step,
  },
  {
    id: "slice-ends",
    label: "first / last slice",
    keys: ["Home", "End"],
    keyText: "Home / End",
    readme: "Home/End first/last",
    run: (c, key) => {
      const s = c.slice();
      if (s) c.goTo(key === "Home" ? 0 : s.count - 1);
    },
  },
  {
    id: "zoom",
    label: "zoom in / out",
    keys: ["+", "=", "-"],
    keyText: "+ / −",
    readme: "+/− zoom",
    toolbar: [
      { key: "+", text: "+", ariaLabel: "Zoom in" },
      { key: "-", text: "−", ariaLabel: "Zoom out" },
    ],
    run: (c, key) => c.zoom(key === "-" ? 0.8 : 1.25),
  },
  {
    id: "pan",
    label: "pan",
    keys: Object.keys(PAN),
    shift: true,
    keyText: "Shift + arrows",
    readme: "Shift+arrows pan",
    run: (c, key) => c.pan(...PAN[key]),
  },
  {
    id: "reset",
    label: "reset view",
    keys: ["r"],
    keyText: "r",
    readme: "`r` reset",
    toolbar: [{ key: "r", text: "Reset" }],
    run: (c) => c.reset(),
  },
  {
    id: "next-window",
    label: "next window preset",
    keys: ["w"],
    keyText: "w",
    readme: "`w` next window",
    run: (c) => c.nextPreset(),
  },
  {
    id: "layout",
    label: "switch layout (one view / three views)",
    keys: ["l"],
    keyText: "l",
    readme: "`l` layout",
    run: (c) => c.toggleLayout(),
  },
  {
    id: "fill-outline",
    label: "fill or outline",
    keys: ["o"],
    keyText: "o",
    readme: "`o` fill/outline",
    run: (c) => c.toggleFillOutline(),
  },
  {
    id: "show-hide-all",
    label: "show all / hide all structures",
    keys: ["a", "h"],
    keyText: "a / h",
    readme: "`a`/`h` show/hide all",
    run: (c, key) => c.showAll(key === "a"),
  },
  {
    id: "help",
    label: "this help",
    keys: ["?"],
    keyText: "?",
    readme: "`?` help",
    toolbar: [{ key: "?", text: "?", ariaLabel: "Keyboard shortcuts", whileLoading: true }],
    run: (c) => c.openHelp(),
  },
];

/** Pointer and touch gestures (handled by the cornerstone tool group, not by commands). */
export const GESTURES: readonly [string, string][] = [
  ["Mouse", "left drag: window/level · right drag: zoom · middle drag: pan · wheel: scroll"],
  ["Touch", "one finger: scroll · pinch: zoom · two fingers: pan · tap: name the structure"],
];

/** The command a key runs: Shift-only commands first when Shift is held; undefined if none. */
export function commandForKey(key: string, shift: boolean): ViewerCommand | undefined {
  const matches = COMMANDS.filter((c) => c.keys.includes(key) && (!c.shift || shift));
  return matches.find((c) => c.shift) ?? matches[0];
}

/** README's key list: "↑/↓ slice, …, `?` help." */
export function readmeKeyList(): string {
  return `${COMMANDS.map((c) => c.readme).join(", ")}.`;
}
