/**
 * The viewer store notifies only on a real change and merges patches; the button's variant
 * table yields base + chosen (or default) option classes.
 */
import { describe, expect, it } from "vitest";
import { createViewerStore, type ViewerState } from "@/components/viewer/viewer-store";
import { BUTTON, buttonClass } from "@/components/ui/button";

const initial: ViewerState = {
  layout: "single",
  plane: "axial",
  preset: "",
  help: false,
  hover: null,
  announce: "",
};

describe("viewer store", () => {
  it("merges patches and notifies once per change, not for equal values", () => {
    const store = createViewerStore(initial);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set({ help: true });
    store.set({ help: true });
    store.set((s) => ({ layout: s.layout === "single" ? "mpr" : "single" }));
    expect(store.get()).toEqual({ ...initial, help: true, layout: "mpr" });
    expect(calls).toBe(2);
    off();
    store.set({ announce: "x" });
    expect(calls).toBe(2);
    expect(store.get().announce).toBe("x");
  });
});

describe("buttonClass", () => {
  it("uses the defaults, the chosen options and the extra class", () => {
    const d = buttonClass();
    expect(d).toContain(BUTTON.tone.default);
    expect(d).toContain(BUTTON.size.md);
    const p = buttonClass({ tone: "danger", size: "xs", className: "ml-2" });
    expect(p).toContain(BUTTON.tone.danger);
    expect(p).toContain(BUTTON.size.xs);
    expect(p).not.toContain(BUTTON.tone.default);
    expect(p.endsWith(" ml-2")).toBe(true);
  });
});
