/** POST /studio/api/cases/<id>/point `{ point: [x, y, z] }` (world mm) → the structures under it. */
import { guarded, json, readJsonBody } from "@/scripts/studio/guard";
import { loadStudioCase, structuresUnder } from "@/scripts/studio/case-data";

export const dynamic = "force-dynamic";

export async function POST(
  req: Request,
  ctx: { params: Promise<{ id: string }> },
): Promise<Response> {
  return guarded(req, async () => {
    const { id } = await ctx.params;
    const c = loadStudioCase(process.cwd(), id);
    if (!c.ok) return json({ error: c.errors.join("\n") }, 404);
    const body = await readJsonBody(req);
    const p = body.ok ? (body.value as { point?: unknown }).point : undefined;
    if (
      !Array.isArray(p) ||
      p.length !== 3 ||
      !p.every((v) => typeof v === "number" && Number.isFinite(v))
    )
      return json({ error: "point: three numbers (world mm) expected" }, 400);
    return json({
      structures: structuresUnder(process.cwd(), c.value, p as [number, number, number]),
    });
  });
}
