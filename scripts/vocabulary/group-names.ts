/** Names of the grouping structures of colin27 (lobes and regions that parent the AAL labels). */
import type { NameRow } from "./name-row";

const g = (key: string, name: string, synonyms: string[]): NameRow => ({
  key,
  concept: key,
  name,
  synonyms,
  side: "none",
});

export const GROUP_NAMES: NameRow[] = [
  g("central-region", "central region", ["pericentral region", "sensorimotor cortex"]),
  g("frontal-lobe", "frontal lobe", ["lobus frontalis"]),
  g("temporal-lobe", "temporal lobe", ["lobus temporalis"]),
  g("parietal-lobe", "parietal lobe", ["lobus parietalis"]),
  g("occipital-lobe", "occipital lobe", ["lobus occipitalis"]),
  g("limbic-lobe", "limbic lobe", ["lobus limbicus"]),
  g("insula", "insula", ["insular lobe", "lobus insularis", "insular cortex"]),
  g("subcortical-grey-nuclei", "subcortical grey nuclei", [
    "deep grey nuclei",
    "basal ganglia and thalamus",
    "subcortical gray nuclei",
  ]),
  g("cerebellum", "cerebellum", ["cerebellar hemispheres and vermis"]),
];
