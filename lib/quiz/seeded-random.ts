/**
 * Seeded pseudo-random numbers, so a shared practice link (`?seed=…`) gives the same set on every
 * machine. Not for anything security-related.
 */

/** 32-bit FNV-1a hash of a string (UTF-16 code units), as an unsigned integer. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mulberry32 generator: returns a function giving floats in [0, 1), fully determined by `seed`
 * (a string is hashed with {@link hashSeed}; a number is taken modulo 2^32).
 */
export function mulberry32(seed: string | number): () => number {
  let a = (typeof seed === "string" ? hashSeed(seed) : seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `list` (Fisher–Yates driven by `random`); the input is not modified. */
export function seededShuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
