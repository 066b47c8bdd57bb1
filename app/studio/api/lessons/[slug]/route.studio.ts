/**
 * POST /studio/api/lessons/<slug> `{ text, save }` — checks the draft as the content check would
 * (`{ issues }`, each with `line N` when it has one); with `save: true` and no issues, writes
 * content/lessons/<slug>.mdx.
 */
import { guarded, json, readJsonBody } from "@/scripts/studio/guard";
import { checkLessonDraft, saveLesson } from "@/scripts/studio/lessons";

export const dynamic = "force-dynamic";

export async function POST(
  req: Request,
  ctx: { params: Promise<{ slug: string }> },
): Promise<Response> {
  return guarded(req, async () => {
    const { slug } = await ctx.params;
    const body = await readJsonBody(req);
    if (!body.ok) return json({ issues: [{ file: "", field: "", message: body.error }] }, 400);
    const b = body.value as { text?: unknown; save?: unknown };
    const text = typeof b.text === "string" ? b.text : "";
    if (b.save === true) {
      const r = saveLesson(process.cwd(), slug, text);
      return json(
        r.ok ? { ok: true, file: r.file, issues: [] } : { ok: false, issues: r.issues },
        r.ok ? 200 : 422,
      );
    }
    return json({ ok: true, issues: checkLessonDraft(process.cwd(), slug, text) });
  });
}
