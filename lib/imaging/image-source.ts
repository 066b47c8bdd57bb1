/**
 * Loads a case's image into the cornerstone cache, switching on `manifest.image.kind`, and says how
 * to show it: a volume (MPR) or a stack (one viewport). Every failure is an Error whose message names
 * the file and the problem (missing file, unreadable DICOM, wrong grid); `dispose` frees what was
 * cached.
 */
import { cache, volumeLoader } from "@cornerstonejs/core";
import { createNiftiImageIdsAndCacheMetadata } from "@cornerstonejs/nifti-volume-loader";
import type { CaseManifest } from "../domain/model";
import { ensureDicomLoader } from "./cornerstone-init";
import { fetchBytes, type ByteProgress } from "./fetch-bytes";
import { loadAndCacheImage } from "./load-and-cache";
import { checkedNiftiBytes } from "./nifti-bytes";
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

/** One NIfTI file's slices in the cache, shared by every viewer of that file on the page. */
interface NiftiSlices {
  ready: Promise<string[]>;
  /** Byte progress goes to every viewer waiting for this file. */
  listeners: Set<(p: LoadProgress) => void>;
  users: number;
  url: string | null;
}
const niftiByFile = new Map<string, NiftiSlices>();

/**
 * Downloads `file` once (byte progress), decodes and checks it once (checkedNiftiBytes), and gives
 * cornerstone's NIfTI loader the uncompressed bytes through an object URL, so it reads the header
 * and voxels from memory instead of fetching the file twice more and gunzipping it again. An
 * uncompressed URL is needed: the loader takes gzip from the URL ending in `.gz`
 * (cornerstone3D#1827), which an object URL never has.
 *
 * The slices (image ids on that URL) are shared by all viewers of the file; each viewer gets its own
 * volume. The last viewer's `dispose` removes the slices and revokes the URL, which stays valid
 * until then because the loader re-reads it whenever a slice is requested again.
 */
async function loadNifti(
  m: CaseManifest,
  file: string,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadedImage> {
  const label = `image file ${file}`;
  let entry = niftiByFile.get(file);
  if (!entry) {
    const e: NiftiSlices = {
      ready: Promise.resolve([]),
      listeners: new Set(),
      users: 0,
      url: null,
    };
    e.ready = niftiSlices(file, label, m, e);
    niftiByFile.set(file, (entry = e));
  }
  const shared = entry;
  shared.users++;
  shared.listeners.add(onProgress);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    shared.listeners.delete(onProgress);
    if (--shared.users > 0) return;
    if (niftiByFile.get(file) === shared) niftiByFile.delete(file);
    shared.ready.then(
      (ids) => {
        for (const id of ids) if (cache.getImageLoadObject(id)) cache.removeImageLoadObject(id);
        if (shared.url) URL.revokeObjectURL(shared.url);
      },
      () => undefined,
    );
  };
  let imageIds: string[];
  try {
    imageIds = await shared.ready;
  } catch (e) {
    release();
    throw e;
  } finally {
    shared.listeners.delete(onProgress);
  }
  const volumeId = `cornerstoneStreamingImageVolume:case-${m.id}-${++counter}`;
  const dispose = disposer(volumeId, [], release);
  try {
    await volumeLoaded(volumeId, imageIds, label);
  } catch (e) {
    dispose();
    throw e;
  }
  return { kind: "volume", volumeId, imageIds, dispose };
}

/** Download, decode, check, object URL, slice image ids (see loadNifti); on failure, nothing stays. */
async function niftiSlices(
  file: string,
  label: string,
  m: CaseManifest,
  entry: NiftiSlices,
): Promise<string[]> {
  try {
    // One expression, so neither the gzip nor the uncompressed array outlives this statement.
    entry.url = objectUrl(
      await checkedNiftiBytes(
        await fetchBytes(file, label, (p: ByteProgress) => {
          const progress = {
            fraction: p.total ? p.loaded / p.total : null,
            text: `${mb(p.loaded)}${p.total ? ` / ${mb(p.total)}` : ""} MB`,
          };
          for (const l of entry.listeners) l(progress);
        }),
        file,
        label,
        m.grid,
      ),
    );
    const ids = await createNiftiImageIdsAndCacheMetadata({ url: entry.url }).catch(
      (e: unknown) => {
        throw new Error(`${label}: the NIfTI loader could not read the header (${String(e)})`);
      },
    );
    if (!ids?.length) throw new Error(`${label}: the NIfTI loader could not read the header`);
    return ids;
  } catch (e) {
    // A later viewer of this file tries again instead of getting this failure.
    if (niftiByFile.get(file) === entry) niftiByFile.delete(file);
    if (entry.url) URL.revokeObjectURL(entry.url);
    entry.url = null;
    throw e;
  }
}

/** An object URL holding a copy of `bytes` (revoke it with URL.revokeObjectURL). */
function objectUrl(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
}

async function loadDicom(
  m: CaseManifest,
  imageIds: string[],
  label: string,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadedImage> {
  await ensureDicomLoader();
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
    case "dicomweb": {
      // The loader is initialised before the series' metadata is registered with its wadors
      // metadata manager (loadDicom's own call then finds it ready); dicomweb-client and that
      // manager load only for DICOMweb cases.
      await ensureDicomLoader();
      const { dicomwebImageIds } = await import("./dicomweb-image-ids");
      return loadDicom(
        m,
        await dicomwebImageIds(src),
        `DICOMweb series ${src.seriesInstanceUid}`,
        onProgress,
      );
    }
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
