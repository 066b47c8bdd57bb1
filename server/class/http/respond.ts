/** JSON responses and cookie helpers for the class API. */
import { SESSION_COOKIE, SESSION_MS } from "../auth/sessions";

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}

export function problem(status: number, message: string): Response {
  return json({ error: message }, status);
}

/** The session cookie (HttpOnly, SameSite=Lax; Secure when the site is https). */
export function sessionCookie(token: string, secure: boolean): string {
  const flags = `Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_MS / 1000}`;
  return `${SESSION_COOKIE}=${token}; ${flags}${secure ? "; Secure" : ""}`;
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

/** Parses a JSON body of at most `limit` bytes; null when absent, malformed or too large. */
export async function readJson(req: Request, limit = 2_000_000): Promise<unknown> {
  const text = await req.text();
  if (text.length > limit) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
