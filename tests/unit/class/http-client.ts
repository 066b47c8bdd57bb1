/** A minimal browser for the class API tests: keeps the session cookie and the CSRF token. */
export class ClassClient {
  cookie = "";
  csrf = "";
  constructor(readonly origin: string) {}

  async call(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(`${this.origin}/api/class/${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        origin: this.origin,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { "x-csrf-token": this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const data = (await res.json()) as Record<string, unknown>;
    if (typeof data.csrf === "string") this.csrf = data.csrf;
    return { status: res.status, data };
  }
}

/** An attempt as a device would send it. */
export function attempt(
  id: string,
  itemId: string,
  correct: boolean,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    itemId,
    itemType: "click",
    correct,
    score: correct ? 100 : 0,
    answer: { kind: "point", pointMm: [10.5, -20, 33], slice: 12 },
    durationMs: 4200,
    answeredAt: "2026-03-01T10:00:00.000Z",
    ...extra,
  };
}
