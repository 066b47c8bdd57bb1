/**
 * The vertex limits of lib/io/limits.ts applied to imported annotations: one polygon may have at
 * most {@link MAX_POLYGON_VERTICES} vertices and one file's polygons together at most
 * {@link MAX_TOTAL_VERTICES}. A larger outline is refused (it would write an annotation file of
 * hundreds of MB for a shape no quiz can use); simplify it first.
 */
import type { ContentIssue } from "../domain/parse-result";
import { MAX_POLYGON_VERTICES, MAX_TOTAL_VERTICES } from "../io/limits";
import type { ImportedAnnotations } from "./types";

/** Why a polygon of `n` vertices is refused, or null. */
export function polygonVertexProblem(n: number): string | null {
  return n > MAX_POLYGON_VERTICES
    ? `a polygon has ${n.toLocaleString("en-US")} vertices, over the limit of ${MAX_POLYGON_VERTICES.toLocaleString("en-US")} (MAX_POLYGON_VERTICES in lib/io/limits.ts); simplify it first`
    : null;
}

/** Issues (naming `file`) for polygons of `imp` over the limits; empty when within them. */
export function vertexLimitIssues(imp: ImportedAnnotations, file: string): ContentIssue[] {
  let total = 0;
  for (const p of imp.polygons) {
    const why = polygonVertexProblem(p.points.length);
    if (why) return [{ file, field: "polygons", message: `${p.structure}: ${why}` }];
    total += p.points.length;
  }
  if (total > MAX_TOTAL_VERTICES)
    return [
      {
        file,
        field: "polygons",
        message: `the polygons have ${total.toLocaleString("en-US")} vertices together, over the limit of ${MAX_TOTAL_VERTICES.toLocaleString("en-US")} (MAX_TOTAL_VERTICES in lib/io/limits.ts)`,
      },
    ];
  return [];
}
