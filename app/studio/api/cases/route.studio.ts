/** POST /studio/api/cases — "New case": multipart form of scripts/studio/import-case.ts. */
import { guarded, json } from "@/scripts/studio/guard";
import { importCaseFromForm } from "@/scripts/studio/import-case";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  return guarded(req, async () => {
    let form: FormData;
    try {
      form = await req.formData();
    } catch (e) {
      return json(
        {
          ok: false,
          errors: [{ field: "", message: `not a form upload: ${(e as Error).message}` }],
        },
        400,
      );
    }
    const r = await importCaseFromForm(process.cwd(), form);
    return json(r, r.ok ? 200 : 422);
  });
}
