/**
 * Hand-curated names of the AICHA clusters (by their gyrus/sulcus/nucleus prefix) and of the
 * structures of the non-brain cases (keyed by structure id).
 */
import { row, type NameRow } from "./name-row";

/**
 * AICHA (Joliot et al. 2015) regions are clusters of resting-state fMRI connectivity, named by the
 * gyrus (G_), sulcus (S_) or nucleus (N_) they lie in and a number. Prefix → [concept, name].
 */
export const AICHA_PARTS: Record<string, [string, string]> = {
  G_Frontal_Sup: ["superior-frontal-gyrus", "superior frontal gyrus"],
  S_Sup_Frontal: ["superior-frontal-sulcus", "superior frontal sulcus"],
  G_Frontal_Mid: ["middle-frontal-gyrus", "middle frontal gyrus"],
  S_Inf_Frontal: ["inferior-frontal-sulcus", "inferior frontal sulcus"],
  G_Frontal_Inf_Tri: ["pars-triangularis", "pars triangularis of the inferior frontal gyrus"],
  G_Frontal_Sup_Orb: [
    "superior-frontal-gyrus-orbital-part",
    "superior frontal gyrus, orbital part",
  ],
  G_Frontal_Mid_Orb: ["middle-frontal-gyrus-orbital-part", "middle frontal gyrus, orbital part"],
  G_Frontal_Inf_Orb: ["pars-orbitalis", "pars orbitalis of the inferior frontal gyrus"],
  S_Orbital: ["orbital-sulci", "orbital sulci"],
  S_Olfactory: ["olfactory-sulcus", "olfactory sulcus"],
  S_Precentral: ["precentral-sulcus", "precentral sulcus"],
  S_Rolando: ["central-sulcus", "central sulcus"],
  S_Postcentral: ["postcentral-sulcus", "postcentral sulcus"],
  G_Parietal_Sup: ["superior-parietal-lobule", "superior parietal lobule"],
  G_Supramarginal: ["supramarginal-gyrus", "supramarginal gyrus"],
  G_SupraMarginal: ["supramarginal-gyrus", "supramarginal gyrus"],
  G_Angular: ["angular-gyrus", "angular gyrus"],
  G_Parietal_Inf: ["inferior-parietal-gyrus", "inferior parietal gyrus"],
  S_Intraparietal: ["intraparietal-sulcus", "intraparietal sulcus"],
  S_Intraoccipital: ["intraoccipital-sulcus", "intraoccipital sulcus"],
  G_Occipital_Pole: ["occipital-pole", "occipital pole"],
  G_Occipital_Lat: ["lateral-occipital-gyri", "lateral occipital gyri"],
  G_Occipital_Sup: ["superior-occipital-gyrus", "superior occipital gyrus"],
  G_Occipital_Mid: ["middle-occipital-gyrus", "middle occipital gyrus"],
  G_Occipital_Inf: ["inferior-occipital-gyrus", "inferior occipital gyrus"],
  "G_Insula-anterior": ["anterior-insula", "anterior insula"],
  "G_Insula-posterior": ["posterior-insula", "posterior insula"],
  G_Rolandic_Oper: ["central-operculum", "Rolandic operculum"],
  G_Temporal_Sup: ["superior-temporal-gyrus", "superior temporal gyrus"],
  S_Sup_Temporal: ["superior-temporal-sulcus", "superior temporal sulcus"],
  G_Temporal_Mid: ["middle-temporal-gyrus", "middle temporal gyrus"],
  G_Temporal_Inf: ["inferior-temporal-gyrus", "inferior temporal gyrus"],
  G_Temporal_Pole_Sup: [
    "temporal-pole-superior-part",
    "temporal pole, superior temporal gyrus part",
  ],
  G_Temporal_Pole_Mid: ["temporal-pole-middle-part", "temporal pole, middle temporal gyrus part"],
  G_Frontal_Sup_Medial: [
    "superior-frontal-gyrus-medial-part",
    "superior frontal gyrus, medial part",
  ],
  S_Anterior_Rostral: ["anterior-rostral-sulcus", "anterior rostral sulcus"],
  G_Frontal_Med_Orb: [
    "superior-frontal-gyrus-medial-orbital-part",
    "superior frontal gyrus, medial orbital part",
  ],
  G_subcallosal: ["subcallosal-cortex", "subcallosal gyrus"],
  G_Supp_Motor_Area: ["supplementary-motor-area", "supplementary motor area"],
  S_Cingulate: ["cingulate-sulcus", "cingulate sulcus"],
  G_Cingulum_Ant: ["anterior-cingulate-gyrus", "anterior cingulate gyrus"],
  G_Cingulum_Mid: ["middle-cingulate-gyrus", "middle cingulate gyrus"],
  G_Cingulum_Post: ["posterior-cingulate-gyrus", "posterior cingulate gyrus"],
  G_Paracentral_Lobule: ["paracentral-lobule", "paracentral lobule"],
  G_Precuneus: ["precuneus", "precuneus"],
  S_Parietooccipital: ["parieto-occipital-sulcus", "parieto-occipital sulcus"],
  G_Cuneus: ["cuneus", "cuneus"],
  G_Calcarine: ["calcarine-cortex", "calcarine cortex"],
  G_Lingual: ["lingual-gyrus", "lingual gyrus"],
  G_Hippocampus: ["hippocampus", "hippocampus"],
  G_ParaHippocampal: ["parahippocampal-gyrus", "parahippocampal gyrus"],
  G_Fusiform: ["fusiform-gyrus", "fusiform gyrus"],
  N_Amygdala: ["amygdala", "amygdala"],
  N_Caudate: ["caudate-nucleus", "caudate nucleus"],
  N_Pallidum: ["globus-pallidus", "globus pallidus"],
  N_Putamen: ["putamen", "putamen"],
  N_Thalamus: ["thalamus", "thalamus"],
};

const r = row;

/** Structures of the non-brain cases, keyed by structure id (the same id in several cases). */
export const OTHER_NAMES: NameRow[] = [
  r("bone-test-segment", "bone", "bone (test segmentation)", ["bone", "os"], { side: "none" }),
  r(
    "bone-ct-threshold-226-to-3071-hu",
    "bone",
    "bone (CT threshold 226 to 3071 HU)",
    ["bone", "bones", "skull", "os"],
    { side: "none" },
  ),
  r(
    "head-soft-tissue-and-bone-ct-threshold-142-to-2986-hu",
    "head",
    "head: soft tissue and bone (CT threshold −142 to 2986 HU)",
    ["head", "whole head", "soft tissue and bone", "caput"],
    { side: "none" },
  ),
  r("skull", "skull", "skull", ["cranium", "skull bones"], { side: "midline" }),
  r("fetal-head", "fetal-head", "fetal head", ["foetal head", "fetal skull", "head of the fetus"], {
    side: "none",
  }),
  r("vertex", "vertex", "vertex", ["vertex of the skull", "vertex cranii"], { side: "midline" }),
  r("glabella", "glabella", "glabella", [], { side: "midline" }),
  r("nasion", "nasion", "nasion", ["frontonasal suture point"], { side: "midline" }),
  r("opisthocranion", "opisthocranion", "opisthocranion", [], { side: "midline" }),
  r("frontal-sinus", "frontal-sinus", "frontal sinus", ["frontal sinuses", "sinus frontalis"], {
    side: "midline",
  }),
  r(
    "colonic-crypt-gland",
    "colonic-crypt",
    "colonic crypt (gland)",
    ["colonic crypt", "crypt", "colonic gland", "crypt of Lieberkühn", "intestinal gland", "gland"],
    { side: "none" },
  ),
  r("gland-lumen", "gland-lumen", "gland lumen", ["lumen", "crypt lumen", "glandular lumen"], {
    side: "none",
  }),
  r(
    "optic-disc",
    "optic-disc",
    "optic disc",
    ["optic disk", "optic nerve head", "ONH", "discus nervi optici", "optic papilla", "blind spot"],
    { side: "none" },
  ),
  r("fovea", "fovea", "fovea", ["fovea centralis", "foveola"], { side: "none" }),
  r(
    "macula-approximate",
    "macula",
    "macula (approximate)",
    ["macula", "macula lutea", "yellow spot"],
    { side: "none" },
  ),
  r(
    "microaneurysm",
    "microaneurysm",
    "microaneurysm",
    ["microaneurysms", "retinal microaneurysm", "MA"],
    { side: "none" },
  ),
  r(
    "smooth-muscle-cell-outlined",
    "smooth-muscle-cell",
    "smooth muscle cell (outlined)",
    [
      "smooth muscle cell",
      "smooth muscle cells",
      "SMC",
      "myocyte",
      "leiomyocyte",
      "myocytus nonstriatus",
    ],
    { side: "none" },
  ),
];
