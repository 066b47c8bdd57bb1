/**
 * The layering of the code, as ESLint rules (imported by eslint.config.mjs; each lib/* README says
 * the same in words). An arrow points from what may be imported to what may import it:
 *
 *   lib/domain ← lib/io ← {importers, quiz, imaging, privacy, deid, progress, dicomweb, security, class,
 *                         offline}
 *              ← lib/content ← components ← app
 *
 * scripts/ (build-time code) may import anything in lib/; nothing in lib/, components/ or app/
 * imports scripts/. tests/unit/eslint-layers.test.ts lints a throw-away violation of each rule.
 *
 * Import style: inside lib/, relative paths (components/, app/ and tests use the `@/` alias).
 *
 * Runtime: lib/ is pure TypeScript (no React, Next or cornerstone; lib/imaging alone may use
 * cornerstone and is browser-only, so nothing else in lib/ imports it). Node built-ins (fs, path,
 * crypto, …) only in the fs-bound modules listed in FS_BOUND. The `server-only` package is not
 * used for this: it throws when imported outside Next's react-server build, so tsx scripts and
 * Vitest (which import these modules directly) could not load them.
 */

import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The middle tier: each may import lib/domain and lib/io, none of them lib/content. */
export const MIDDLE = [
  "importers",
  "quiz",
  "imaging",
  "privacy",
  "deid",
  "progress",
  "dicomweb",
  "security",
  "class",
  "offline",
];

/** Modules that use Node built-ins (files, paths, crypto): server and build-time code only. */
export const FS_BOUND = [
  "lib/content/calibrate-content.ts",
  "lib/content/case-qc.ts",
  "lib/content/case-store.ts",
  "lib/content/check-content.ts",
  "lib/content/check-lesson-body.ts",
  "lib/content/lesson-files.ts",
  "lib/content/quiz-slices.ts",
  "lib/content/quiz-store.ts",
  "lib/content/rater-spread-file.ts",
  "lib/content/referenced-files.ts",
  "lib/deid/batch.ts",
  "lib/deid/uid-map.ts",
  "lib/deid/walk-tree.ts",
  "lib/importers/dicom/reference-images.ts",
  "lib/importers/index.ts",
  "lib/importers/reader-entries.ts",
  "lib/io/read-nifti-file.ts",
  "lib/privacy/scan-tree.ts",
  "lib/security/inline-script-hashes.ts",
];

const lib = (names) => names.map((n) => `./lib/${n}`);
const ABOVE_CONTENT = ["./components", "./app", "./scripts"];

const zones = [
  {
    target: "./lib/domain",
    from: [...lib(["io", ...MIDDLE, "content"]), ...ABOVE_CONTENT],
    message: "lib/domain is the floor: it imports nothing else of the project.",
  },
  {
    target: "./lib/io",
    from: [...lib([...MIDDLE, "content"]), ...ABOVE_CONTENT],
    message: "lib/io may import only lib/domain.",
  },
  ...MIDDLE.map((m) => ({
    target: `./lib/${m}`,
    from: [...lib(["content"]), ...ABOVE_CONTENT],
    message: `lib/${m} may import lib/domain, lib/io and its own tier, not lib/content or above.`,
  })),
  {
    target: lib(["domain", "io", "content", ...MIDDLE.filter((m) => m !== "imaging")]),
    from: ["./lib/imaging"],
    message: "lib/imaging is browser-only (cornerstone): only components may import it.",
  },
  {
    target: "./lib/content",
    from: ABOVE_CONTENT,
    message: "lib/content may import lib/ only, not components, app or scripts.",
  },
  {
    target: "./components",
    from: "./app",
    message: "components may import lib/ only, not app or scripts.",
  },
  {
    // The studio's client UI (components/studio, served only by `npm run studio`) shares the
    // types of its server code in scripts/studio; nothing else in components imports scripts/.
    target: "./components",
    from: "./scripts",
    except: ["./studio"],
    message: "components may import lib/ only, not app or scripts.",
  },
];

const PURE = [
  {
    group: ["react", "react-*", "next", "next/*"],
    message: "lib/ is pure TypeScript: no React or Next.",
  },
  {
    group: ["@cornerstonejs/*"],
    message: "lib/ must not import cornerstone (only lib/imaging and components/viewer may).",
  },
];
const NODE = {
  group: ["node:*", "fs", "fs/*", "path", "os", "crypto", "child_process", "zlib", "url"],
  message:
    "Node built-ins only in the fs-bound modules (FS_BOUND in config/eslint-layers.mjs): this module must also run in the browser.",
};
/** One import style: lib/ imports lib/ by relative paths (what almost all of lib/ did already). */
const RELATIVE = {
  group: ["@/*"],
  message: "Inside lib/, import other lib/ modules by relative path, not the @/ alias.",
};
const restrict = (patterns) => ["error", { patterns: [...patterns, RELATIVE] }];

/** Flat-config blocks: layer zones for lib/, components/ and app/, and the runtime rules of lib/. */
export const layerRules = [
  {
    files: ["lib/**/*.ts", "components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: { "import-x/no-restricted-paths": ["error", { basePath: ROOT, zones }] },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/imaging/**", ...FS_BOUND],
    rules: { "no-restricted-imports": restrict([...PURE, NODE]) },
  },
  { files: FS_BOUND, rules: { "no-restricted-imports": restrict(PURE) } },
  { files: ["lib/imaging/**/*.ts"], rules: { "no-restricted-imports": restrict([NODE]) } },
];
