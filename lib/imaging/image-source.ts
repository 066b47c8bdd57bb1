/**
 * Loads a case's image into the cornerstone cache, switching on `manifest.image.kind`, and says how
 * to show it: a volume (MPR) or a stack (one viewport). Every failure is an Error whose message names
 * the file and the problem (missing file, unreadable DICOM, wrong grid); `dispose` frees what was
 * cached.
 */
import { cache, volumeLoader } from "@cornerstonejs/core";
import { createNiftiImageIdsAndCacheMetadata } from "@cornerstonejs/nifti-volume-loader";
import type { CaseManifest } from "@/lib/domain/model";
import { dicomwebImageIds } from "./dicomweb-image-ids";
import { fetchBytes, type ByteProgress } from "./fetch-bytes";
import { loadAndCacheImage } from "./load-and-cache";
import { readNifti } from "@/lib/io";
import { gridMismatch } from "./grid-check";
import {
  registerRasterGeometry,
  RASTER_SCHEME,
  unregisterRasterGeometry,
} from "./raster-image-loader";

export interface LoadedImage {
  kind: "volume" | "stack";
  /** Set for volumes. */
  volumeId?: string;
  imageIds: string[];
  /** Removes the volume/images this load put in the cache. Idempotent. */
  dispose: () => void;
}

export interface LoadProgress {
  /** 0–1 when known. */
  fraction: number | null;
  /** e.g. "1.2 / 3.5 MB" or "12 / 40 slices". */
  text: string;
}

const abs = (p: string) => new URL(p, window.location.origin).href;
const mb = (n: number) => (n / 1e6).toFixed(1);
let counter = 0;

function disposer(
  volumeId: string | undefined,
  imageIds: string[],
  extra?: () => void,
): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (volumeId && cache.getVolumeLoadObject(volumeId)) cache.removeVolumeLoadObject(volumeId);
    for (const id of imageIds) if (cache.getImageLoadObject(id)) cache.removeImageLoadObject(id);
    extra?.();
  };
}

function volumeLoaded(volumeId: string, imageIds: string[], label: string): Promise<void> {
  return volumeLoader.createAndCacheVolume(volumeId, { imageIds }).then(
    (volume) =>
      new Promise<void>((resolve, reject) => {
        const v = volume as unknown as {
          load: (cb: (e: { success?: boolean; framesProcessed?: number }) => void) => void;
        };
        v.load((e) =>
          e.success === false
            ? reject(new Error(`${label}: some slices could not be decoded`))
            : resolve(),
        );
      }),
  );
}

async function loadNifti(
  m: CaseManifest,
  file: string,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadedImage> {
  const label = `image file ${file}`;
  const bytes = await fetchBytes(file, label, (p: ByteProgress) =>
    onProgress({
      fraction: p.total ? p.loaded / p.total : null,
      text: `${mb(p.loaded)}${p.total ? ` / ${mb(p.total)}` : ""} MB`,
    }),
  );
  const r = readNifti(bytes, file);
  if (!r.ok)
    throw new Error(`${label}: unreadable NIfTI (${r.issues.map((i) => i.message).join("; ")})`);
  const bad = gridMismatch(r.value.grid, m.grid);
  if (bad) throw new Error(`${label}: wrong grid — ${bad}`);
  const imageIds = await createNiftiImageIdsAndCacheMetadata({ url: abs(file) });
  if (!imageIds?.length) throw new Error(`${label}: the NIfTI loader could not read the header`);
  const volumeId = `cornerstoneStreamingImageVolume:case-${m.id}-${++counter}`;
  const dispose = disposer(volumeId, imageIds);
  try {
    await volumeLoaded(volumeId, imageIds, label);
  } catch (e) {
    dispose();
    throw e;
  }
  return { kind: "volume", volumeId, imageIds, dispose };
}

async function loadDicom(
  m: CaseManifest,
  imageIds: string[],
  label: string,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadedImage> {
  let n = 0;
  const release = disposer(undefined, imageIds);
  try {
    for (const [i, id] of imageIds.entries()) {
      try {
        await loadAndCacheImage(id);
      } catch (e) {
        const reason =
          e instanceof Error
            ? e.message
            : String((e as { error?: unknown })?.error ?? "decode failed");
        throw new Error(
          `${label}: unreadable DICOM at slice ${i + 1} (${id.replace(/^\w+:/, "")}): ${reason}`,
        );
      }
      onProgress({ fraction: ++n / imageIds.length, text: `${n} / ${imageIds.length} slices` });
    }
  } catch (e) {
    release();
    throw e;
  }
  if (imageIds.length < 2) return { kind: "stack", imageIds, dispose: release };
  const volumeId = `cornerstoneStreamingImageVolume:case-${m.id}-${++counter}`;
  await volumeLoaded(volumeId, imageIds, label);
  return { kind: "volume", volumeId, imageIds, dispose: disposer(volumeId, imageIds) };
}

/** Loads the image of `m`; `onProgress` gets byte (NIfTI) or slice (DICOM) progress. */
export async function loadCaseImage(
  m: CaseManifest,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadedImage> {
  const src = m.image;
  switch (src.kind) {
    case "nifti":
      return loadNifti(m, src.file, onProgress);
    case "dicom-series":
      return loadDicom(
        m,
        src.files.map((f) => `wadouri:${abs(f)}`),
        `DICOM series of ${m.id}`,
        onProgress,
      );
    case "dicomweb":
      return loadDicom(
        m,
        await dicomwebImageIds(src),
        `DICOMweb series ${src.seriesInstanceUid}`,
        onProgress,
      );
    case "raster": {
      const id = `${RASTER_SCHEME}:${abs(src.file)}`;
      registerRasterGeometry(id, m.grid);
      try {
        await loadAndCacheImage(id);
      } catch (e) {
        unregisterRasterGeometry(id);
        throw e instanceof Error
          ? new Error(`image file ${src.file}: ${e.message.replace(`${src.file}: `, "")}`)
          : e;
      }
      onProgress({ fraction: 1, text: "decoded" });
      return {
        kind: "stack",
        imageIds: [id],
        dispose: disposer(undefined, [id], () => unregisterRasterGeometry(id)),
      };
    }
  }
}
