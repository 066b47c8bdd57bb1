/**
 * CSP hashes of inline scripts (lib/security/inline-script-hashes.ts). Expected values were computed
 * independently with Python: base64(hashlib.sha256(text.encode()).digest()) for each script text.
 */
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/lib/security/inline-script-hashes";

describe("inlineScriptHashes", () => {
  it("hashes inline scripts byte for byte (UTF-8) and skips src scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      "<script>alert(1)</script>",
      '<script nonce="x">self.__next_f.push([1,"é"])</script>',
      "<SCRIPT></SCRIPT>",
      "<script>alert(1)</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      "'sha256-dv0JtpxmHXrDI1gjYAA39VMc738BDF21voU1xCV8A70='",
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
  });

  it("gives nothing for a page without inline scripts", () => {
    expect(inlineScriptHashes('<p>x</p><script src="a.js"></script>')).toEqual([]);
  });
});
