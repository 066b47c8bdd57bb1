/** POST /studio/api/cases/<id>/annotations — saves a drawn annotation set (scripts/studio/annotations.ts). */
import { guarded, json, readJsonBody } from "@/scripts/studio/guard";
import { loadStudioCase } from "@/scripts/studio/case-data";
import { saveDrawnSet, type DrawnSetInput } from "@/scripts/studio/annotations";

export const dynamic = "force-dynamic";

export async function POST(
  req: Request,
  ctx: { params: Promise<{ id: string }> },
): Promise<Response> {
  return guarded(req, async () => {
    const root = process.cwd();
    const c = loadStudioCase(root, (await ctx.params).id);
    if (!c.ok) return json({ errors: c.errors }, 404);
    const body = await readJsonBody(req);
    if (!body.ok) return json({ errors: [body.error] }, 400);
    const b = body.value as Partial<DrawnSetInput>;
    const input: DrawnSetInput = {
      setId: String(b.setId ?? ""),
      annotatorName: String(b.annotatorName ?? ""),
      annotatorKind: String(b.annotatorKind ?? ""),
      annotatorRole: String(b.annotatorRole ?? ""),
      method: String(b.method ?? ""),
      description: b.description ? String(b.description) : undefined,
      annotations: Array.isArray(b.annotations) ? b.annotations : [],
      newStructureName: b.newStructureName ? String(b.newStructureName) : undefined,
    };
    const r = saveDrawnSet(root, c.value, input);
    return json(r, r.ok ? 200 : 422);
  });
}
