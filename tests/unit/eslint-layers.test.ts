/**
 * The layer rules of config/eslint-layers.mjs fire: each throw-away violation below is linted with
 * the project's ESLint config (as if the file lived at `file`) and must be reported by its rule,
 * and an allowed import must pass.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return r.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const CASES: { name: string; file: string; code: string; rule: string; says: RegExp }[] = [
  {
    name: "domain imports io",
    file: "lib/domain/tmp-violation.ts",
    code: 'import { crc32 } from "../io/gunzip";\nexport const c = crc32;\n',
    rule: "import-x/no-restricted-paths",
    says: /lib\/domain is the floor/,
  },
  {
    name: "io imports quiz",
    file: "lib/io/tmp-violation.ts",
    code: 'import { gradeMcq } from "../quiz/grade-mcq";\nexport const g = gradeMcq;\n',
    rule: "import-x/no-restricted-paths",
    says: /lib\/io may import only lib\/domain/,
  },
  {
    name: "quiz imports content",
    file: "lib/quiz/tmp-violation.ts",
    code: 'import { scanJsxTags } from "../content/mdx-scan";\nexport const s = scanJsxTags;\n',
    rule: "import-x/no-restricted-paths",
    says: /lib\/quiz may import lib\/domain, lib\/io/,
  },
  {
    name: "quiz imports browser-only imaging",
    file: "lib/quiz/tmp-violation.ts",
    code: 'import { structuresAt } from "../imaging/structures-at";\nexport const s = structuresAt;\n',
    rule: "import-x/no-restricted-paths",
    says: /lib\/imaging is browser-only/,
  },
  {
    name: "content imports components",
    file: "lib/content/tmp-violation.ts",
    code: 'import { structureColors } from "@/components/viewer/palette";\nexport const s = structureColors;\n',
    rule: "import-x/no-restricted-paths",
    says: /lib\/content may import lib\/ only/,
  },
  {
    name: "components import scripts",
    file: "components/tmp-violation.ts",
    code: 'import { renderDrr } from "@/scripts/build-time/drr-image";\nexport const d = renderDrr;\n',
    rule: "import-x/no-restricted-paths",
    says: /components may import lib\/ only/,
  },
  {
    name: "a browser-safe lib module imports node:fs",
    file: "lib/quiz/tmp-violation.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    rule: "no-restricted-imports",
    says: /Node built-ins only in the fs-bound modules/,
  },
  {
    name: "lib/imaging imports node:fs",
    file: "lib/imaging/tmp-violation.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    rule: "no-restricted-imports",
    says: /Node built-ins only/,
  },
  {
    name: "an fs-bound module imports React",
    file: "lib/content/case-store.ts",
    code: 'import { useState } from "react";\nexport const u = useState;\n',
    rule: "no-restricted-imports",
    says: /no React or Next/,
  },
  {
    name: "lib/ imports lib/ through the @/ alias",
    file: "lib/quiz/tmp-violation.ts",
    code: 'import { linearIndex } from "@/lib/domain/geometry/grid";\nexport const l = linearIndex;\n',
    rule: "no-restricted-imports",
    says: /relative path, not the @\/ alias/,
  },
];

describe("ESLint layer rules", () => {
  for (const c of CASES) {
    it(`reports: ${c.name}`, async () => {
      const found = await ruleIds(c.file, c.code);
      expect(
        found.some((m) => m.startsWith(`${c.rule}:`) && c.says.test(m)),
        found.join("\n"),
      ).toBe(true);
    });
  }
  it("lets a module import its floors", async () => {
    const code =
      'import { crc32 } from "../io/gunzip";\nimport { linearIndex } from "../domain/geometry/grid";\nexport const x = [crc32, linearIndex];\n';
    expect(await ruleIds("lib/quiz/tmp-allowed.ts", code)).toEqual([]);
  });
});
