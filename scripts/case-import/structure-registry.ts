/**
 * The structures and annotators of a case, gathered across annotation files. A structure name seen
 * in two files is one structure (shared id: several annotators drew it); a different name whose
 * kebab-case id collides gets a numeric suffix. Colours come from the file, else from the palette.
 */
import type { Annotator, Structure } from "../../lib/domain/model";
import type { ImportedAnnotations, ImportedAnnotator } from "../../lib/importers/types";
import { lateralityFromName } from "../../lib/domain/names/laterality";
import { paletteColor } from "../../lib/domain/colour";
import { kebabId } from "../../lib/domain/names/structure-id";

export class StructureRegistry {
  readonly structures: Structure[] = [];
  readonly annotators: Annotator[] = [];
  private readonly nameOfId = new Map<string, string>();

  /**
   * Registers the structures of one import; returns name → id for it. Parents must be structures
   * of the same import: otherwise a message is pushed to `errors`.
   */
  addStructures(imp: ImportedAnnotations, file: string, errors: string[]): Map<string, string> {
    const idOf = new Map<string, string>();
    for (const s of imp.structures) {
      const base = kebabId(s.name);
      let id = base;
      for (let n = 2; this.nameOfId.has(id) && this.nameOfId.get(id) !== s.name; n++)
        id = `${base.slice(0, 76)}-${n}`;
      idOf.set(s.name, id);
      if (this.nameOfId.has(id)) continue;
      this.nameOfId.set(id, s.name);
      const lat = s.laterality ?? lateralityFromName(s.name);
      this.structures.push({
        id,
        name: s.name,
        synonyms: s.synonyms ?? [],
        codes: s.codes ?? [],
        color: s.color ?? paletteColor(this.structures.length),
        ...(lat ? { laterality: lat } : {}),
      });
    }
    for (const s of imp.structures) {
      if (!s.parent) continue;
      const st = this.structures.find((x) => x.id === idOf.get(s.name));
      const pid = idOf.get(s.parent);
      if (!pid)
        errors.push(
          `${file}: structure "${s.name}" has parent "${s.parent}" which is not a structure of the file`,
        );
      else if (st && !st.parent) st.parent = pid;
    }
    return idOf;
  }

  /** Registers an annotator (first registration of an id wins); returns its id. */
  addAnnotator(a: ImportedAnnotator): string {
    const id = kebabId(a.name, "annotator");
    if (!this.annotators.some((x) => x.id === id)) {
      this.annotators.push({
        id,
        name: a.name,
        kind: a.kind,
        role: a.role,
        ...(a.citation ? { citation: a.citation } : {}),
        ...(a.method ? { method: a.method } : {}),
      });
    }
    return id;
  }
}
