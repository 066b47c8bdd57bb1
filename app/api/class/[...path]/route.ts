/**
 * The optional class server's API (server/class/http/router.ts). Off unless the server runs with
 * CLASS_MODE=1, so the static site needs no database; the database code is loaded on the first
 * request only, never at build time.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(req: Request): Promise<Response> {
  if (process.env.CLASS_MODE !== "1")
    return Response.json({ error: "class mode is off" }, { status: 404 });
  const { serveClass } = await import("@/server/class/server");
  const client = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "direct";
  return serveClass(req, process.env.TRUST_FORWARDED_HOST === "1" ? client : "direct");
}

export { handle as GET, handle as POST };
