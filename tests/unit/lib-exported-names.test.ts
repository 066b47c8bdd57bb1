/**
 * One concept, one home: no name exported from lib/ may be *defined* (function, class, interface,
 * type, enum, const/let) in two modules. Re-exports (`export { x } from`) are not definitions.
 * Names that must be defined twice go in ALLOWED with the reason.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Name -> why it may be defined in more than one module of lib/. */
const ALLOWED: Record<string, string> = {};

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

const isExported = (n: ts.Node) =>
  ts.canHaveModifiers(n) &&
  (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Names a module defines and exports (declarations carrying `export`). */
export function exportedDefinitions(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const st of src.statements) {
    if (!isExported(st)) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isInterfaceDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isEnumDeclaration(st)) &&
      st.name
    ) {
      names.push(st.name.text);
    }
  }
  return [...new Set(names)];
}

/** `name: file, file` for every name defined in two or more of the files, minus `allowed`. */
export function duplicateDefinitions(
  files: readonly string[],
  root: string,
  allowed: Record<string, string> = {},
): string[] {
  const where = new Map<string, string[]>();
  for (const f of files)
    for (const n of exportedDefinitions(f))
      where.set(n, [...(where.get(n) ?? []), path.relative(root, f)]);
  return [...where]
    .filter(([n, fs]) => fs.length > 1 && !(n in allowed))
    .map(([n, fs]) => `${n}: ${fs.join(", ")}`);
}

describe("names exported from lib/", () => {
  it("are each defined in one module", () => {
    const root = path.resolve(__dirname, "../..");
    expect(duplicateDefinitions(tsFiles(path.join(root, "lib")), root, ALLOWED)).toEqual([]);
  });

  it("the check finds a name defined twice (and ignores re-exports)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "exported-names-"));
    try {
      writeFileSync(path.join(dir, "a.ts"), "export type Vec3 = [number, number, number];\n");
      writeFileSync(path.join(dir, "b.ts"), "export interface Vec3 {\n  x: number;\n}\n");
      writeFileSync(path.join(dir, "c.ts"), 'export { type Vec3 } from "./a";\n');
      writeFileSync(path.join(dir, "d.ts"), "export const one = 1,\n  two = 2;\n");
      expect(duplicateDefinitions(tsFiles(dir), dir)).toEqual(["Vec3: a.ts, b.ts"]);
      expect(exportedDefinitions(path.join(dir, "d.ts"))).toEqual(["one", "two"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
