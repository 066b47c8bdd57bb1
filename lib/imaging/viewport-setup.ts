/**
 * Enables viewports for a loaded case image on the shared engine (volume: one viewport per
 * orientation; stack: one viewport) and returns a `dispose` that disables exactly those viewports.
 */
import { Enums, type RenderingEngine, type Types } from "@cornerstonejs/core";
import type { LoadedImage } from "./image-source";
import { uniqueId } from "./rendering-engine";

export type Orientation = "axial" | "coronal" | "sagittal";

export interface MountedViewports {
  ids: string[];
  get: (n: number) => Types.IViewport | undefined;
  dispose: () => void;
}

const AXIS: Record<Orientation, Enums.OrientationAxis> = {
  axial: Enums.OrientationAxis.AXIAL,
  coronal: Enums.OrientationAxis.CORONAL,
  sagittal: Enums.OrientationAxis.SAGITTAL,
};

/**
 * Mounts one viewport per element. For a stack image only the first element is used.
 * `initialIndex` is the stack image index to open on (ignored for volumes).
 */
export async function mountViewports(
  engine: RenderingEngine,
  elements: HTMLDivElement[],
  orientations: Orientation[],
  image: LoadedImage,
  initialIndex = 0,
): Promise<MountedViewports> {
  const ids: string[] = [];
  const dispose = () => {
    for (const id of ids)
      if (!engine.hasBeenDestroyed && engine.getViewport(id)) engine.disableElement(id);
    ids.length = 0;
  };
  try {
    if (image.kind === "volume" && image.volumeId) {
      for (const [n, element] of elements.entries()) {
        const id = uniqueId(`vp-${orientations[n]}-`);
        engine.enableElement({
          viewportId: id,
          element,
          type: Enums.ViewportType.ORTHOGRAPHIC,
          defaultOptions: { orientation: AXIS[orientations[n]], background: [0, 0, 0] },
        });
        ids.push(id);
        const vp = engine.getViewport(id) as Types.IVolumeViewport;
        await vp.setVolumes([{ volumeId: image.volumeId }]);
        vp.render();
      }
    } else {
      const id = uniqueId("vp-stack-");
      engine.enableElement({
        viewportId: id,
        element: elements[0],
        type: Enums.ViewportType.STACK,
        defaultOptions: { background: [0, 0, 0] },
      });
      ids.push(id);
      const vp = engine.getViewport(id) as Types.IStackViewport;
      await vp.setStack(image.imageIds, Math.min(initialIndex, image.imageIds.length - 1));
      vp.render();
    }
  } catch (e) {
    dispose();
    throw e;
  }
  const own = [...ids];
  return {
    ids: own,
    get: (n) => (engine.hasBeenDestroyed ? undefined : engine.getViewport(own[n])),
    dispose,
  };
}
