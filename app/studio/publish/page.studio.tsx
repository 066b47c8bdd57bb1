/** /studio/publish — the publish check panel. */
import { PublishPanel } from "@/components/studio/publish-panel";

export const dynamic = "force-dynamic";

export default function StudioPublish() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Publish check</h1>
      <p className="text-slate-300">
        Runs the content check (with item calibration and annotation QC) and the privacy gate over
        all content — the gates of `npm run build` — and lists what changed. Commit the changes with
        git yourself when it passes.
      </p>
      <PublishPanel />
    </div>
  );
}
