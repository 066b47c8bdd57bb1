/**
 * The imaged body of a greyscale volume: voxels brighter than `fraction` of the way from the
 * darkest value to the 99th percentile (robust to a few hot voxels). For CT (−1024 … ~1500 HU) the
 * default 0.1 puts the cut near −770 HU: air out, skin and fat in.
 */
export function foregroundThreshold(values: ArrayLike<number>, fraction = 0.1): number {
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < values.length; p++) {
    const v = values[p];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return min;
  const bins = 1024;
  const hist = new Uint32Array(bins);
  const scale = (bins - 1) / (max - min);
  for (let p = 0; p < values.length; p++) hist[Math.floor((values[p] - min) * scale)]++;
  let acc = 0;
  let b = 0;
  for (; b < bins && acc < 0.99 * values.length; b++) acc += hist[b];
  const p99 = min + b / scale;
  return min + fraction * (p99 - min);
}

/** 1 where the value is above {@link foregroundThreshold}, else 0. */
export function foregroundMask(values: ArrayLike<number>, fraction = 0.1): Uint8Array {
  const t = foregroundThreshold(values, fraction);
  const out = new Uint8Array(values.length);
  for (let p = 0; p < values.length; p++) out[p] = values[p] > t ? 1 : 0;
  return out;
}
