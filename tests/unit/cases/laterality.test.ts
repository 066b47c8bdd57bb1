import { describe, expect, it } from "vitest";
import { lateralityFromName, readableName } from "@/lib/domain/names/laterality";
import { kebabId, uniqueIds } from "@/lib/domain/names/structure-id";

describe("lateralityFromName", () => {
  it.each([
    ["Precentral_L", "left"],
    ["Cerebelum_Crus1_R", "right"],
    ["Corticospinal_tract_R", "right"],
    ["Tapetum L", "left"],
    ["Left-Hippocampus", "left"],
    ["Right Amygdala", "right"],
    ["lh.insula", "left"],
    ["R_Insula", "right"],
    ["Thalamus (L)", "left"],
    ["Left and right caudate", "bilateral"],
  ])("%s → %s", (name, side) => expect(lateralityFromName(name)).toBe(side));

  it.each([
    "Vermis_10",
    "Lingual Gyrus",
    "Frontal Pole",
    "G_Frontal_Sup-1",
    "Rectus",
    "Lobule VIII",
  ])("%s has no side", (name) => expect(lateralityFromName(name)).toBeUndefined());
});

describe("readableName", () => {
  it("spells out the side and drops underscores", () => {
    expect(readableName("Frontal_Mid_L")).toBe("Frontal Mid, left");
    expect(readableName("R_Insula")).toBe("Insula, right");
    expect(readableName("Vermis_1_2")).toBe("Vermis 1 2");
    expect(readableName("Planum Polare")).toBe("Planum Polare");
  });
});

describe("kebabId / uniqueIds", () => {
  it("folds accents and punctuation into hyphens", () => {
    expect(kebabId("Heschl's Gyrus (includes H1 and H2)")).toBe("heschls-gyrus-includes-h1-and-h2");
    expect(kebabId("Máscara 1")).toBe("mascara-1");
    expect(kebabId("x")).toBe("structure-x");
  });

  it("keeps the last word of long names so left and right stay distinct", () => {
    const base =
      "Sagittal stratum (include inferior longitidinal fasciculus and inferior fronto-occipital fasciculus)";
    const l = kebabId(`${base}, left`);
    const r = kebabId(`${base}, right`);
    expect(l.length).toBeLessThanOrEqual(80);
    expect(r.length).toBeLessThanOrEqual(80);
    expect(l.endsWith("-left")).toBe(true);
    expect(r.endsWith("-right")).toBe(true);
  });

  it("numbers repeats", () => {
    expect(uniqueIds(["A b", "a-b", "Cc"], new Set(["cc"]))).toEqual(["a-b", "a-b-2", "cc-2"]);
  });
});
