/**
 * Colour helpers, the one home for them: `#rrggbb` sRGB conversions, and the palette for structures
 * that their source gives no colour (deterministic and well separated).
 */

/** `#rrggbb` from 0–255 components (values are clamped and rounded). */
export function rgbToHex(r: number, g: number, b: number): string {
  const h = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, "0");
  return `#${h(r)}${h(g)}${h(b)}`;
}

/** `#rrggbb` from 0–1 channel values (e.g. Slicer colours): each channel = round(v·255), clamped. */
export function rgbUnitToHex(r: number, g: number, b: number): string {
  return rgbToHex(r * 255, g * 255, b * 255);
}

/** Components 0–255 of a `#rrggbb` colour. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** HSL (hue in degrees, saturation and lightness 0–1) to `#rrggbb`. */
export function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return rgbToHex(f(0), f(8), f(4));
}

/**
 * The `index`-th palette colour (index ≥ 0): hues step by the golden angle (≈137.5°) so neighbours
 * differ strongly; lightness alternates between 0.5 and 0.62 every colour, saturation stays 0.75.
 */
export function paletteColor(index: number): string {
  const hue = (index * 137.50776405) % 360;
  return hslToHex(hue, 0.75, index % 2 === 0 ? 0.5 : 0.62);
}

/** True when a colour is too dark to be seen on a black image (max component < 40). */
export function isTooDark(hex: string): boolean {
  return Math.max(...hexToRgb(hex)) < 40;
}
