import { describe, expect, it } from "vitest";
import { cacheRule } from "@/lib/offline/cache-rule";

const cases: [string, string, string, boolean, string][] = [
  ["/_next/static/chunks/abc123.js", "", "GET", false, "cache-first"],
  ["/cases/colin27/image.nii.gz", "", "GET", false, "cache-first"],
  ["/cases/colin27/labels/aal.nii.gz", "", "GET", false, "cache-first"],
  ["/cases/colin27", "", "GET", false, "network-first"],
  ["/lessons/cortical-anatomy-axial-mri", "", "GET", false, "network-first"],
  ["/", "", "GET", false, "network-first"],
  ["/lessons/x", "?_rsc=1a2b", "GET", false, "bypass"],
  ["/lessons/x", "", "GET", true, "bypass"],
  ["/lessons/x", "", "POST", false, "bypass"],
  ["/dicom-web/studies", "", "GET", false, "bypass"],
  ["/dicom-web", "", "GET", false, "bypass"],
  ["/api/anything", "", "GET", false, "bypass"],
  ["/dev/viewer", "", "GET", false, "bypass"],
  ["/sw.js", "", "GET", false, "bypass"],
  ["/_next/image", "?url=x", "GET", false, "bypass"],
  ["/developer-notes", "", "GET", false, "network-first"],
];

describe("cacheRule", () => {
  it.each(cases)("%s%s %s rsc=%s → %s", (p, s, m, rsc, want) => {
    expect(cacheRule(p, s, m, rsc)).toBe(want);
  });

  it("works when rebuilt from its source text, as the service worker embeds it", () => {
    const rebuilt = new Function(`return (${cacheRule.toString()})`)() as typeof cacheRule;
    for (const [p, s, m, rsc, want] of cases) expect(rebuilt(p, s, m, rsc)).toBe(want);
  });
});
