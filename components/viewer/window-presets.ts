/** Window/level presets (centre and width in stored units: HU for CT). */
import type { CaseManifest } from "@/lib/domain/model";

export interface WindowPreset {
  name: string;
  center: number;
  width: number;
}

/** Common CT windows (head and body); values as in standard radiology teaching. */
export const CT_PRESETS: WindowPreset[] = [
  { name: "CT brain", center: 40, width: 80 },
  { name: "Subdural", center: 75, width: 215 },
  { name: "Bone", center: 600, width: 2800 },
  { name: "Lung", center: -600, width: 1500 },
  { name: "Soft tissue", center: 50, width: 400 },
  { name: "Liver", center: 60, width: 160 },
];

/**
 * Presets offered for a case: the manifest's own, then the CT presets for CT whose name the
 * manifest does not already use (case-insensitive; "Brain" also hides "CT brain"). "Auto" is
 * offered separately.
 */
export function presetsFor(m: CaseManifest): WindowPreset[] {
  const key = (n: string) => n.toLowerCase().replace(/^ct /, "");
  const own = new Set(m.windowPresets.map((p) => key(p.name)));
  return [
    ...m.windowPresets,
    ...(m.modality === "CT" ? CT_PRESETS.filter((p) => !own.has(key(p.name))) : []),
  ];
}
