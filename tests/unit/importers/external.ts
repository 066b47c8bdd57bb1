/** Where the shared real-world test files live, and whether they are present on this machine. */
import { existsSync } from "node:fs";
import path from "node:path";

export const EXTERNAL = path.resolve(__dirname, "../../../../shared/fixtures/external");

/** Absolute path of a file under `../shared/fixtures/external/`. */
export const ext = (rel: string) => path.join(EXTERNAL, rel);

/** True when all `rels` exist; otherwise prints once why the suite is skipped. */
export function haveExternal(suite: string, ...rels: string[]): boolean {
  const missing = rels.filter((r) => !existsSync(ext(r)));
  if (missing.length) {
    console.warn(
      `[${suite}] SKIPPED: missing external test data ${missing.join(", ")} (expected under ${EXTERNAL})`,
    );
    return false;
  }
  return true;
}

/** Loads a committed expected-*.json written by scripts/reference/*.py. */
export function expected<T>(name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.resolve(__dirname, "../../fixtures/importers", name)) as T;
}
