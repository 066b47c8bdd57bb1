/**
 * Prints which browser the run uses, so a CI log says it plainly, and writes the corrupt-image
 * fixtures (read at request time by /dev/fixture-files, so a reused build or server sees them too).
 */
import { chromiumPath } from "../../config/chromium";
import { buildCorruptCases } from "./helpers/corrupt-cases";

export default function globalSetup(): void {
  console.log(`[e2e] browser: ${chromiumPath() ?? "Playwright's bundled Chromium"}`);
  console.log(`[e2e] corrupt image fixtures written: ${buildCorruptCases().join(", ")}`);
}
