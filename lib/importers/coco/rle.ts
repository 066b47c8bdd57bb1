/**
 * COCO run-length encoded masks. Runs alternate background/foreground starting with background and
 * walk the h × w mask in column-major order (pixel (x, y) is run position y + h·x).
 * Compressed RLE strings are pycocotools' `rleToString` format: each count is written in 5-bit
 * groups (little end first) as characters offset by 48, bit 0x20 = more groups follow, bit 0x10 of
 * the last group = sign; counts after the second are stored as differences to the count two back.
 */

/**
 * Decodes a pycocotools compressed RLE string into run lengths, or an error text. A count that is
 * not a safe integer (a string of many continuation characters) is refused here; negative runs and
 * run totals are checked by {@link rleToMask}.
 */
export function decodeRleString(s: string): number[] | string {
  const counts: number[] = [];
  let p = 0;
  while (p < s.length) {
    let x = 0;
    let k = 0;
    let more = true;
    while (more) {
      if (p >= s.length) return `compressed RLE ends inside a number at character ${p}`;
      const c = s.charCodeAt(p) - 48;
      if (c < 0 || c > 63) return `invalid character '${s[p]}' in compressed RLE at ${p}`;
      x += (c & 0x1f) * 2 ** (5 * k);
      more = (c & 0x20) !== 0;
      p++;
      k++;
      if (!more && c & 0x10) x -= 2 ** (5 * k); // sign-extend
    }
    if (counts.length > 2) x += counts[counts.length - 2];
    if (!Number.isSafeInteger(x)) return `compressed RLE count ${counts.length} is out of range`;
    counts.push(x);
  }
  return counts;
}

/**
 * Row-major (i fastest: index x + w·y) 0/1 mask of `counts` on an h × w image, or an error text
 * when a run is negative or not an integer, or the runs do not cover exactly h·w pixels. Every run
 * is checked before the mask is allocated or filled, so a hostile run (negative, or 10^15 long and
 * balanced by a negative one) is refused at once instead of looping for hours.
 */
export function rleToMask(counts: readonly number[], h: number, w: number): Uint8Array | string {
  let total = 0;
  for (let r = 0; r < counts.length; r++) {
    const n = counts[r];
    if (!(Number.isInteger(n) && n >= 0)) return `RLE run ${r} is ${n} (runs must be integers ≥ 0)`;
    total += n;
  }
  if (total !== h * w)
    return `RLE runs cover ${total} pixels, the mask size ${h}×${w} needs ${h * w}`;
  const out = new Uint8Array(h * w);
  let t = 0;
  for (let r = 0; r < counts.length; r++) {
    const n = counts[r];
    if (r % 2 === 1) {
      for (let q = t; q < t + n; q++) {
        const y = q % h;
        const x = (q - y) / h;
        out[x + w * y] = 1;
      }
    }
    t += n;
  }
  return out;
}
