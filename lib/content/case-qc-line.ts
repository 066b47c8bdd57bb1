import type { QcSummary } from "../domain/qc/annotation-qc";

/** One line of a QC summary: "445 structures, 0 errors, 78 warnings" (prefixed "id: " when given). */
export function qcLine(q: QcSummary, id?: string): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  const line = `${n(q.structures, "structure")}, ${n(q.errors, "error")}, ${n(q.warnings, "warning")}`;
  return id ? `${id}: ${line}` : line;
}
