/** DICOM colour conversion for imported structures (output `#rrggbb` sRGB). */
import { rgbUnitToHex } from "../domain/colour";

/**
 * DICOM "Recommended Display CIELab Value" (PS3.3 C.10.7.1.1: three uint16, L* 0–100 scaled to
 * 0–65535, a* and b* −128–127 scaled to 0–65535) → sRGB `#rrggbb`.
 * CIELab → XYZ uses the D65 reference white (X 0.950456, Y 1, Z 1.088754), then the linear sRGB
 * matrix (IEC 61966-2-1), clamping to [0, 1], and the sRGB transfer curve; channels round to 0–255.
 */
export function dicomLabToHex(lab: readonly number[]): string {
  const L = (lab[0] * 100) / 65535;
  const a = (lab[1] * 255) / 65535 - 128;
  const b = (lab[2] * 255) / 65535 - 128;
  const fy = (L + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const finv = (t: number) => (t > 6 / 29 ? t * t * t : 3 * (6 / 29) ** 2 * (t - 4 / 29));
  const X = 0.950456 * finv(fx);
  const Y = 1.0 * finv(fy);
  const Z = 1.088754 * finv(fz);
  const lin = [
    3.2404542 * X - 1.5371385 * Y - 0.4985314 * Z,
    -0.969266 * X + 1.8760108 * Y + 0.041556 * Z,
    0.0556434 * X - 0.2040259 * Y + 1.0572252 * Z,
  ];
  const gamma = (c: number) => {
    const v = Math.min(1, Math.max(0, c));
    return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
  };
  return rgbUnitToHex(gamma(lin[0]), gamma(lin[1]), gamma(lin[2]));
}
