/**
 * Names of the body CT structures (abdomen-ct: TotalSegmentator labels; chest-ct: the 3D Slicer
 * test segmentation), keyed by structure id without its side ("kidney-left" → "kidney",
 * "rib-left-7" → "rib-7"); the side comes from the structure.
 */
import type { NameRow } from "./name-row";

const r = (
  key: string,
  name: string,
  synonyms: string[],
  side?: NameRow["side"],
  concept = key,
): NameRow => ({ key, concept, name, synonyms, ...(side ? { side } : {}) });

const ORDINAL: Record<number, string> = {
  7: "seventh",
  8: "eighth",
  9: "ninth",
  10: "tenth",
  11: "eleventh",
  12: "twelfth",
};
const ROMAN: Record<number, string> = {
  7: "VII",
  8: "VIII",
  9: "IX",
  10: "X",
  11: "XI",
  12: "XII",
};
const rib = (n: number) =>
  r(`rib-${n}`, `${ORDINAL[n]} rib`, [
    `rib ${n}`,
    `${n}th rib`,
    `costa ${ROMAN[n]}`,
    `rib ${ROMAN[n]}`,
  ]);

const vertebra = (level: string, region: string, nth: string) =>
  r(
    `vertebrae-${level.toLowerCase()}`,
    `${level} vertebra`,
    [level, `vertebra ${level}`, `${nth} ${region} vertebra`, `${level} vertebral body`],
    "midline",
  );

export const BODY_NAMES: NameRow[] = [
  r("spleen", "spleen", ["lien"], "none"),
  r("kidney", "kidney", ["ren"]),
  r("gallbladder", "gallbladder", ["gall bladder", "vesica biliaris", "vesica fellea"], "none"),
  r("liver", "liver", ["hepar"], "none"),
  r("stomach", "stomach", ["gaster"], "none"),
  r("pancreas", "pancreas", [], "none"),
  r("adrenal-gland", "adrenal gland", ["suprarenal gland", "adrenal", "glandula suprarenalis"]),
  r("lung-upper-lobe", "upper lobe of the lung", [
    "upper lobe",
    "superior lobe of the lung",
    "upper lung lobe",
  ]),
  r("lung-middle-lobe", "middle lobe of the lung", ["middle lobe", "middle lung lobe"]),
  r("lung-lower-lobe", "lower lobe of the lung", [
    "lower lobe",
    "inferior lobe of the lung",
    "lower lung lobe",
  ]),
  r("small-bowel", "small bowel", ["small intestine", "intestinum tenue"], "none"),
  r("duodenum", "duodenum", [], "none"),
  r("colon", "colon", ["large bowel"], "none"),
  vertebra("L2", "lumbar", "second"),
  vertebra("L1", "lumbar", "first"),
  vertebra("T12", "thoracic", "twelfth"),
  vertebra("T11", "thoracic", "eleventh"),
  r("aorta", "aorta", ["abdominal aorta", "aorta abdominalis"], "none"),
  r("inferior-vena-cava", "inferior vena cava", ["IVC", "vena cava inferior"], "none"),
  r(
    "portal-vein-and-splenic-vein",
    "portal and splenic veins",
    ["portal vein and splenic vein", "splenoportal axis"],
    "none",
  ),
  r("spinal-cord", "spinal cord", ["medulla spinalis", "cord"], "midline"),
  r("autochthon", "deep (autochthonous) back muscles", [
    "autochthonous back muscles",
    "autochthon",
    "erector spinae",
    "paraspinal muscles",
    "intrinsic back muscles",
  ]),
  r("iliopsoas", "iliopsoas muscle", ["iliopsoas", "psoas", "psoas muscle", "psoas major"]),
  ...[7, 8, 9, 10, 11, 12].map(rib),
  r(
    "costal-cartilages",
    "costal cartilages",
    ["costal cartilage", "cartilagines costales"],
    "bilateral",
  ),
  r("ribs", "ribs", ["rib", "costae"], "bilateral"),
  r(
    "cervical-vertebral-column",
    "cervical spine",
    ["cervical vertebral column", "cervical vertebrae", "C-spine"],
    "midline",
  ),
  r(
    "thoracic-vertebral-column",
    "thoracic spine",
    ["thoracic vertebral column", "thoracic vertebrae", "T-spine"],
    "midline",
  ),
  r(
    "lumbar-vertebral-column",
    "lumbar spine",
    ["lumbar vertebral column", "lumbar vertebrae"],
    "midline",
  ),
  r("lung", "lung", ["pulmo"]),
  r("tissue", "tissue", ["soft tissue"], "none"),
];
