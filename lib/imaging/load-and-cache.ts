/**
 * `imageLoader.loadAndCacheImage` without cornerstone's stray rejection: core 5.14's version calls
 * the async `cache.putImageLoadObject` without handling its promise, which re-throws the load error,
 * so every unreadable image also surfaced as an uncaught "Unhandled Promise rejection" on the page
 * (seen with a truncated DICOM file). Here the cache's copy of the rejection is handled; the
 * caller still gets the error from the returned promise and names the file.
 */
import { cache, imageLoader, type Types } from "@cornerstonejs/core";

/** Loads `imageId` into the cornerstone cache; rejects with the loader's error. */
export function loadAndCacheImage(imageId: string): Promise<Types.IImage> {
  const cached = cache.getImageLoadObject(imageId);
  if (cached) return cached.promise;
  const promise = imageLoader.loadImage(imageId);
  cache.putImageLoadObject(imageId, { promise }).catch(() => {
    // Handled by the caller through `promise`; the cache has already dropped the entry.
  });
  return promise;
}
