/**
 * Initialises cornerstone3d (core, tools, NIfTI/raster loaders) exactly once per page load, and the
 * DICOM loader only when a DICOM case needs it (`ensureDicomLoader`): its code (dicom-parser, the
 * codec glue) and its decoding worker are not downloaded, parsed or started for NIfTI and raster
 * cases. Concurrent callers share one promise; a failure is remembered and rethrown (the viewer
 * shows it).
 */
import {
  cornerstoneStreamingImageVolumeLoader,
  imageLoader,
  init as coreInit,
  volumeLoader,
} from "@cornerstonejs/core";
import {
  init as toolsInit,
  addTool,
  PanTool,
  StackScrollTool,
  WindowLevelTool,
  ZoomTool,
} from "@cornerstonejs/tools";
import { cornerstoneNiftiImageLoader } from "@cornerstonejs/nifti-volume-loader";
import { rasterImageLoader, RASTER_SCHEME } from "./raster-image-loader";

let ready: Promise<void> | null = null;
let dicomReady: Promise<void> | null = null;

async function doInit(): Promise<void> {
  await coreInit();
  toolsInit();
  imageLoader.registerImageLoader(
    "nifti",
    cornerstoneNiftiImageLoader as unknown as Parameters<typeof imageLoader.registerImageLoader>[1],
  );
  imageLoader.registerImageLoader(RASTER_SCHEME, rasterImageLoader);
  volumeLoader.registerUnknownVolumeLoader(
    cornerstoneStreamingImageVolumeLoader as unknown as Parameters<
      typeof volumeLoader.registerUnknownVolumeLoader
    >[0],
  );
  volumeLoader.registerVolumeLoader(
    "cornerstoneStreamingImageVolume",
    cornerstoneStreamingImageVolumeLoader as unknown as Parameters<
      typeof volumeLoader.registerVolumeLoader
    >[1],
  );
  for (const tool of [WindowLevelTool, PanTool, ZoomTool, StackScrollTool]) addTool(tool);
}

/** Resolves when cornerstone3d is ready; safe to call from every viewer, any number of times. */
export function ensureCornerstone(): Promise<void> {
  if (!ready) ready = doInit();
  return ready;
}

/**
 * Resolves when cornerstone3d and its DICOM image loader (wadouri/wadors schemes, one decoding
 * worker) are ready. The loader's code is fetched on the first call only.
 */
export function ensureDicomLoader(): Promise<void> {
  if (!dicomReady)
    dicomReady = ensureCornerstone().then(async () => {
      const { init } = await import("@cornerstonejs/dicom-image-loader");
      // Decoding runs in one worker: the machines this targets have 2 cores.
      init({ maxWebWorkers: 1 });
    });
  return dicomReady;
}
