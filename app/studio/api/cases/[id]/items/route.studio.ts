/**
 * POST /studio/api/cases/<id>/items
 * - `{ action: "draft", structure, type }` → `{ item, calibration }` (the drafted item, calibrated);
 * - `{ action: "calibrate", item }` → `{ calibration }` or `{ errors }`;
 * - `{ action: "save", item }` → `{ file, calibration }` or `{ errors }` (nothing written);
 * - `{ action: "generate", seed, count, types }` → `{ items }`: the generated set a
 *   `<QuizSet case seed count types>` tag would show, each item calibrated.
 */
import path from "node:path";
import { generatedSet } from "@/lib/content/generated-sets";
import { guarded, json, readJsonBody } from "@/scripts/studio/guard";
import { loadStudioCase } from "@/scripts/studio/case-data";
import {
  calibrate,
  DRAFT_TYPES,
  draftItem,
  parseItem,
  saveItem,
  type DraftType,
} from "@/scripts/studio/items";

export const dynamic = "force-dynamic";

/** JSON with Infinity as null (as items:calibrate --json prints it). */
const out = (v: unknown, status = 200) =>
  json(
    JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x === Infinity ? null : x))) as unknown,
    status,
  );

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
    const b = body.value as { action?: string; structure?: string; type?: string; item?: unknown };
    if (b.action === "draft") {
      if (!DRAFT_TYPES.includes(b.type as DraftType))
        return json({ errors: [`type: one of ${DRAFT_TYPES.join(", ")}`] }, 400);
      const item = draftItem(c.value, String(b.structure ?? ""), b.type as DraftType);
      const p = parseItem(item, c.value);
      if (!p.ok) return json({ item, errors: p.errors }, 422);
      return out({ item, calibration: calibrate(root, c.value, p.value) });
    }
    if (b.action === "calibrate") {
      const p = parseItem(b.item, c.value);
      if (!p.ok) return json({ errors: p.errors }, 422);
      return out({ calibration: calibrate(root, c.value, p.value) });
    }
    if (b.action === "save") {
      const r = saveItem(root, c.value, b.item);
      return r.ok ? out(r) : json(r, 422);
    }
    if (b.action === "generate") {
      const g = body.value as { seed?: unknown; count?: unknown; types?: unknown };
      const props = {
        seed: String(g.seed ?? "default") || "default",
        count: Math.min(50, Math.max(1, Number(g.count) || 5)),
        types: typeof g.types === "string" && g.types ? g.types : undefined,
      };
      const items = generatedSet(c.value, props, path.join(root, "public")).map((item) => ({
        item,
        calibration: calibrate(root, c.value, item),
      }));
      return out({
        items,
        tag: `<QuizSet case="${c.value.manifest.id}" seed="${props.seed}" count={${props.count}}${props.types ? ` types="${props.types}"` : ""} />`,
      });
    }
    return json({ errors: ['action: "draft", "calibrate", "save" or "generate"'] }, 400);
  });
}
