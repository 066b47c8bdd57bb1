/** The case-list thumbnail: a ≤ 256-pixel PNG of the mid-axial slice (volumes) or of the raster. */
import { downscale, encodePngImage } from "../../lib/io/raster";
import { percentileWindow, renderPlane } from "../build-time/render-plane";
import type { LoadedImage } from "./image-input";

/** PNG bytes of the thumbnail; volumes use `window` [low, high] or the 1st–99.5th percentile. */
export function makeThumbnail(img: LoadedImage, window?: [number, number]): Uint8Array {
  if (img.kind === "raster") {
    const small = downscale(img.raster, 256);
    return encodePngImage(small.width, small.height, small.data, img.raster.channels);
  }
  const win = window ?? percentileWindow(img.data, 1, 99.5, img.data[0]);
  const p = renderPlane(img, "axial", { window: win });
  const small = downscale({ width: p.width, height: p.height, data: p.rgb, channels: 3 }, 256);
  return encodePngImage(small.width, small.height, small.data, 3);
}
