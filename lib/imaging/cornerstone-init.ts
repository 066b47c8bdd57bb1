/**
 * Initialises cornerstone3d (core, tools, DICOM/NIfTI/raster loaders) exactly once per page load.
 * Concurrent callers share one promise; a failure is remembered and rethrown (the viewer shows it).
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
import { init as dicomLoaderInit } from "@cornerstonejs/dicom-image-loader";
import { cornerstoneNiftiImageLoader } from "@cornerstonejs/nifti-volume-loader";
import { rasterImageLoader, RASTER_SCHEME } from "./raster-image-loader";

let ready: Promise<void> | null = null;

async function doInit(): Promise<void> {
  await coreInit();
  toolsInit();
  // Decoding runs in one worker: the machines this targets have 2 cores.
  dicomLoaderInit({ maxWebWorkers: 1 });
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
