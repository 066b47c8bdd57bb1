/**
 * Test-only file server for viewer fixtures that must never sit in public/ (the privacy gate
 * rightly refuses unreadable files there): serves tests/fixtures/viewer-cases/<id>/files/<name>,
 * e.g. the deliberately corrupt images written by tests/e2e/helpers/corrupt-cases.ts. Ids and
 * names are checked against strict patterns (no `/`, no `..`); anything else is a 404.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export const dynamic = "force-dynamic";

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ id: string; name: string }> },
): Promise<Response> {
  const { id, name } = await params;
  if (!/^[a-z0-9-]+$/.test(id) || !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9]+)+$/.test(name))
    return new Response("not found", { status: 404 });
  const file = path.join(process.cwd(), "tests/fixtures/viewer-cases", id, "files", name);
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      headers: { "content-type": "application/octet-stream", "cache-control": "no-store" },
    });
  } catch {
    return new Response("not found", { status: 404 });
  }
}
