/** POST /studio/api/publish — runs the publish check (scripts/studio/publish.ts) over the content. */
import { guarded, json } from "@/scripts/studio/guard";
import { publishCheck } from "@/scripts/studio/publish";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  return guarded(req, () => json(publishCheck(process.cwd())));
}
