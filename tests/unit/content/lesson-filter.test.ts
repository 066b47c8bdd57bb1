import { describe, expect, it } from "vitest";
import {
  filterLessons,
  lessonFilterQuery,
  parseLessonFilter,
  type LessonSummary,
} from "@/lib/content/lesson-filter";

const L = (slug: string, over: Partial<LessonSummary>): LessonSummary => ({
  slug,
  title: slug,
  summary: "",
  modalities: ["MR"],
  regions: ["head"],
  difficulty: "intro",
  objectives: [],
  ...over,
});
const lessons = [
  L("mri-cortex", { title: "Cortical anatomy on MRI", objectives: ["Name the gyri"] }),
  L("ct-windows", {
    title: "CT windowing",
    modalities: ["CT"],
    difficulty: "intermediate",
    summary: "Hounsfield units",
  }),
  L("fundus", { title: "The fundus", modalities: ["PHOTO"], regions: ["eye"] }),
];

describe("lesson filter", () => {
  it("parses the URL query, dropping invalid values", () => {
    expect(
      parseLessonFilter({
        modality: "CT",
        difficulty: "expert",
        region: " Head ",
        q: ["window", "x"],
      }),
    ).toEqual({
      modality: "CT",
      difficulty: undefined,
      region: "head",
      q: "window",
    });
  });
  it("combines criteria and requires every search word", () => {
    expect(filterLessons(lessons, { modality: "MR" }).map((l) => l.slug)).toEqual(["mri-cortex"]);
    expect(filterLessons(lessons, { region: "head" }).map((l) => l.slug)).toEqual([
      "mri-cortex",
      "ct-windows",
    ]);
    expect(filterLessons(lessons, { q: "hounsfield CT" }).map((l) => l.slug)).toEqual([
      "ct-windows",
    ]);
    expect(filterLessons(lessons, { q: "gyri" }).map((l) => l.slug)).toEqual(["mri-cortex"]);
    expect(filterLessons(lessons, { q: "gyri", modality: "CT" })).toEqual([]);
  });
  it("round-trips through the query string", () => {
    const f = { modality: "PHOTO" as const, region: "eye", q: "optic disc" };
    expect(
      parseLessonFilter(Object.fromEntries(new URLSearchParams(lessonFilterQuery(f)))),
    ).toEqual({ ...f, difficulty: undefined });
    expect(lessonFilterQuery({})).toBe("");
  });
});
