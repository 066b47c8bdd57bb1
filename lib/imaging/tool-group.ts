/**
 * One tool group per viewer: W/L on left drag, zoom on right drag, pan on middle drag, slice scroll
 * on the wheel; touch: one finger scrolls, two fingers pinch-zoom and pan.
 */
import {
  Enums as ToolEnums,
  PanTool,
  StackScrollTool,
  ToolGroupManager,
  WindowLevelTool,
  ZoomTool,
} from "@cornerstonejs/tools";
import { uniqueId } from "./rendering-engine";

const { MouseBindings } = ToolEnums;

export interface ViewerTools {
  /** `navigate`: left drag = W/L. `draw`: left button left to the viewer's drawing layer. */
  setMode: (mode: "navigate" | "draw", lockSlice: boolean) => void;
  dispose: () => void;
}

/** Creates the tool group and adds the viewports (ids on engine `engineId`). */
export function createViewerTools(viewportIds: string[], engineId: string): ViewerTools {
  const id = uniqueId("tg-");
  const group = ToolGroupManager.createToolGroup(id);
  if (!group) throw new Error(`tool group ${id} could not be created`);
  group.addTool(StackScrollTool.toolName);
  group.addTool(ZoomTool.toolName, { pinchToZoom: true, pan: true });
  group.addTool(WindowLevelTool.toolName);
  group.addTool(PanTool.toolName);
  for (const vp of viewportIds) group.addViewport(vp, engineId);
  const setMode: ViewerTools["setMode"] = (mode, lockSlice) => {
    // Order matters: for one finger, cornerstone picks the first active tool (in the order each
    // tool was first given a mode) whose binding has numTouchPoints 1 *or* the primary mouse
    // button. StackScroll must precede WindowLevel, or a one-finger drag windows the image.
    group.setToolPassive(StackScrollTool.toolName);
    group.setToolPassive(WindowLevelTool.toolName);
    if (mode === "navigate")
      group.setToolActive(WindowLevelTool.toolName, {
        bindings: [{ mouseButton: MouseBindings.Primary }],
      });
    group.setToolActive(ZoomTool.toolName, {
      bindings: [{ mouseButton: MouseBindings.Secondary }, { numTouchPoints: 2 }],
    });
    group.setToolActive(PanTool.toolName, { bindings: [{ mouseButton: MouseBindings.Auxiliary }] });
    if (!lockSlice) {
      group.setToolActive(StackScrollTool.toolName, {
        bindings: [
          { mouseButton: MouseBindings.Wheel },
          ...(mode === "navigate" ? [{ numTouchPoints: 1 }] : []),
        ],
      });
    }
  };
  setMode("navigate", false);
  return {
    setMode,
    dispose: () => {
      if (ToolGroupManager.getToolGroup(id)) ToolGroupManager.destroyToolGroup(id);
    },
  };
}
