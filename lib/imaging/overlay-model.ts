/**
 * What a case's annotation sets ask the viewer to draw, in plain data: one labelmap layer per
 * (annotation set, labelmap file), the vector shapes (polygons, boxes, landmarks), and which
 * annotators cover each structure.
 */
import type { Annotation, AnnotationSet, Annotator, CaseManifest } from "../domain/model";

export interface LabelmapLayerRef {
  /** Stable key `<setId>::<file>`. */
  key: string;
  setId: string;
  annotatorId: string;
  /** Site path under public/ (e.g. `/cases/x/aal.nii.gz`). */
  file: string;
  /** Label value -> structure id. */
  labels: Map<number, string>;
}

export type ShapeAnnotation = Exclude<Annotation, { type: "segmentation" }>;

export interface ShapeRef {
  key: string;
  setId: string;
  annotatorId: string;
  annotation: ShapeAnnotation;
}

export interface OverlayModel {
  layers: LabelmapLayerRef[];
  shapes: ShapeRef[];
  /** Structure id -> annotator ids with at least one annotation of it (in set order). */
  coverage: Map<string, string[]>;
  /** Annotator id -> annotator (unknown ids get a placeholder naming the id). */
  annotators: Map<string, Annotator>;
}

/** Builds the overlay model; annotations of unknown structures are kept (the panel shows the id). */
export function buildOverlayModel(
  manifest: CaseManifest,
  sets: readonly AnnotationSet[],
): OverlayModel {
  const layers = new Map<string, LabelmapLayerRef>();
  const shapes: ShapeRef[] = [];
  const coverage = new Map<string, string[]>();
  const annotators = new Map(manifest.annotators.map((a) => [a.id, a]));
  for (const set of sets) {
    if (!annotators.has(set.annotator)) {
      annotators.set(set.annotator, {
        id: set.annotator,
        name: set.annotator,
        role: "unknown annotator",
        kind: "illustrative",
      });
    }
    set.annotations.forEach((a, n) => {
      const cov = coverage.get(a.structure) ?? [];
      if (!cov.includes(set.annotator)) cov.push(set.annotator);
      coverage.set(a.structure, cov);
      if (a.type === "segmentation") {
        const key = `${set.id}::${a.labelmap}`;
        const layer = layers.get(key) ?? {
          key,
          setId: set.id,
          annotatorId: set.annotator,
          file: a.labelmap,
          labels: new Map(),
        };
        layer.labels.set(a.label, a.structure);
        layers.set(key, layer);
      } else {
        shapes.push({
          key: `${set.id}::${n}`,
          setId: set.id,
          annotatorId: set.annotator,
          annotation: a,
        });
      }
    });
  }
  return { layers: [...layers.values()], shapes, coverage, annotators };
}

/** Human label of an annotator for the layer switch, e.g. "AAL (expert atlas: AAL)". */
export function annotatorLabel(a: Annotator): string {
  return `${a.name} (${a.role})`;
}
