/**
 * Consistent UID replacement (action U): the same original UID always maps to the same new UID
 * for one salt, in every file of a batch, so references (SEG → images, RTSTRUCT → frame of
 * reference, SR → instances) stay intact. New UIDs are `2.25.<decimal of 128 bits of
 * SHA-256(salt | uid)>` (PS3.5 B.2 UUID-derived form, at most 44 characters).
 */
import { createHash, randomBytes } from "node:crypto";

export class UidMap {
  private readonly seen = new Map<string, string>();
  /** `salt`: keep it secret (it makes the mapping irreversible); default is random per run. */
  constructor(private readonly salt: string = randomBytes(16).toString("hex")) {}

  /** New UID for `uid` (surrounding NUL/space padding ignored). Empty input stays empty. */
  map(uid: string): string {
    const key = uid.replace(/[\0 ]+$/g, "").trim();
    if (!key) return "";
    let out = this.seen.get(key);
    if (!out) {
      const digest = createHash("sha256").update(`${this.salt}|${key}`).digest("hex");
      out = `2.25.${BigInt(`0x${digest.slice(0, 32)}`).toString(10)}`;
      this.seen.set(key, out);
    }
    return out;
  }

  /** Maps a multi-valued (backslash-separated) UI value. */
  mapMulti(value: string): string {
    return value
      .split("\\")
      .map((u) => this.map(u))
      .join("\\");
  }

  /** Originals mapped so far → new UIDs (for the batch report; never publish it). */
  entries(): [string, string][] {
    return [...this.seen.entries()];
  }
}
