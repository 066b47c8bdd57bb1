"use client";
/** The viewer's side panel: layers, structures, agreement and the structures on this slice. */
import type { CaseManifest } from "@/lib/domain/model";
import { AgreementPanel } from "./agreement-panel";
import { LayerControls } from "./layer-controls";
import { StructurePanel } from "./structure-panel";
import { NO_IDS } from "./use-overlay-state";
import type { ViewerData } from "./use-viewer-data";

interface Props {
  manifest: CaseManifest;
  data: ViewerData;
  /** Structures on the main viewport's slice. */
  visible: { id: string; name: string }[];
  revealAnnotations: boolean;
  hideNames: boolean;
  highlightStructure?: string;
  onJump: (id: string) => void;
  onAnnounce: (text: string) => void;
  maxHeight: number;
}

export function ViewerSidebar(p: Props) {
  const { manifest } = p;
  const { model, overlay, agreementControls: ag } = p.data;
  const { settings } = overlay;
  const reveal = p.revealAnnotations;
  return (
    <aside
      className="flex min-w-0 flex-col gap-3 overflow-y-auto pr-1"
      style={{ maxHeight: p.maxHeight }}
    >
      <LayerControls
        annotators={[...model.annotators.values()]}
        active={reveal ? settings.annotators : NO_IDS}
        note={reveal ? undefined : "Hidden during this question."}
        onToggle={overlay.toggleAnnotator}
        opacity={settings.opacity}
        onOpacity={(opacity) => overlay.update({ opacity })}
        mode={settings.mode}
        onMode={(mode) => overlay.update({ mode })}
        palette={settings.palette}
        onPalette={(palette) => overlay.update({ palette })}
        disabled={!reveal}
      />
      <StructurePanel
        structures={manifest.structures}
        covered={p.data.layers.covered}
        colors={overlay.colors}
        hidden={p.data.shownHidden}
        setVisible={overlay.setVisible}
        onJump={p.onJump}
        onFocusStructure={p.onAnnounce}
        hideNames={p.hideNames}
        disabled={!reveal || !!p.highlightStructure}
      />
      <AgreementPanel
        targets={ag.targets}
        results={p.data.agreement.results}
        structures={manifest.structures}
        annotators={model.annotators}
        open={ag.open}
        onOpen={ag.setOpen}
        consensus={ag.consensus}
        onConsensus={ag.onConsensus}
        soft={ag.soft}
        onSoft={ag.onSoft}
        spread={ag.spread}
        unit={manifest.image.kind === "raster" && !manifest.image.pixelSpacingMm ? "px" : "mm"}
      />
      <details className="text-sm" id={`${manifest.id}-visible-list`}>
        <summary className="cursor-pointer">Structures on this slice ({p.visible.length})</summary>
        <ul data-testid="visible-structures" className="mt-1 max-h-40 overflow-y-auto">
          {p.visible.map((s) => (
            <li key={s.id}>{p.hideNames ? "?" : s.name}</li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
