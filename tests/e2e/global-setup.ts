/** Prints which browser the run uses, so a CI log says it plainly. */
import { chromiumPath } from "../../config/chromium";

export default function globalSetup(): void {
  console.log(`[e2e] browser: ${chromiumPath() ?? "Playwright's bundled Chromium"}`);
}
