/**
 * A minimal valid case-manifest input for unit tests (before `caseManifestSchema.parse`): one
 * NIfTI image on an identity grid of 1 mm voxels, with placeholder provenance and licence. Pass
 * what a test is about (id, modality, dims, structures, annotators, …); the rest is filler.
 */
export function manifestInput(
  over: Record<string, unknown> & { id: string; dims?: [number, number, number] },
): Record<string, unknown> {
  const { dims = [2, 2, 2], ...rest } = over;
  return {
    title: "t",
    modality: "MR",
    bodyRegion: "head",
    description: "d",
    image: { kind: "nifti", file: `/cases/${over.id}/i.nii.gz` },
    grid: { dims, spacing: [1, 1, 1], origin: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] },
    provenance: { source: "s" },
    license: { name: "CC0-1.0" },
    deidentification: "n/a",
    ...rest,
  };
}
