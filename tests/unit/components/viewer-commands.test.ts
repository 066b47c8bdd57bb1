/**
 * The viewer's command table: README's key list is the table's, every key reaches exactly one
 * command, and keys do what the shortcut sheet says (a recording context stands in for the viewer).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMMANDS,
  commandForKey,
  readmeKeyList,
  type CommandContext,
} from "@/components/viewer/commands";

function recorder(index = 5, count = 20) {
  const calls: string[] = [];
  const c: CommandContext = {
    slice: () => ({ index, count }),
    goTo: (i) => calls.push(`goTo ${i}`),
    pan: (dx, dy) => calls.push(`pan ${dx},${dy}`),
    zoom: (f) => calls.push(`zoom ${f}`),
    reset: () => calls.push("reset"),
    openHelp: () => calls.push("help"),
    toggleLayout: () => calls.push("layout"),
    toggleFillOutline: () => calls.push("fill-outline"),
    showAll: (v) => calls.push(`showAll ${v}`),
    nextPreset: () => calls.push("next-preset"),
  };
  return { c, calls };
}

function press(key: string, shift = false): string[] {
  const { c, calls } = recorder();
  commandForKey(key, shift)?.run(c, key);
  return calls;
}

describe("viewer commands", () => {
  it("README lists the keys of the command table", () => {
    const readme = fs.readFileSync("README.md", "utf8").replace(/\s+/g, " ");
    expect(readme).toContain(readmeKeyList());
  });
  it("each key and Shift state reaches the command that declares it", () => {
    for (const cmd of COMMANDS)
      for (const k of cmd.keys) expect(commandForKey(k, !!cmd.shift)?.id).toBe(cmd.id);
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("keys do what the sheet says", () => {
    expect(press("ArrowUp")).toEqual(["goTo 6"]);
    expect(press("ArrowDown")).toEqual(["goTo 4"]);
    expect(press("ArrowUp", true)).toEqual(["pan 0,-10"]);
    expect(press("ArrowLeft")).toEqual([]);
    expect(press("PageDown")).toEqual(["goTo -5"]);
    expect(press("End")).toEqual(["goTo 19"]);
    expect(press("Home")).toEqual(["goTo 0"]);
    expect(press("=")).toEqual(["zoom 1.25"]);
    expect(press("+", true)).toEqual(["zoom 1.25"]);
    expect(press("-")).toEqual(["zoom 0.8"]);
    expect(press("?", true)).toEqual(["help"]);
    expect(press("h")).toEqual(["showAll false"]);
    expect(press("a")).toEqual(["showAll true"]);
    expect(press("x")).toEqual([]);
  });
  it("toolbar entries name keys of their own command", () => {
    for (const cmd of COMMANDS)
      for (const t of cmd.toolbar ?? []) expect(cmd.keys).toContain(t.key);
  });
});
