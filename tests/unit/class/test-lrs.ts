/**
 * A small Learning Record Store for the tests, over real HTTP: POST `/xapi/statements` with a
 * JSON array, Basic auth and the `X-Experience-API-Version` header (xAPI 1.0.3 §7); answers 200
 * with the ids; an id it already has with other content is a 409 Conflict, identical content is
 * accepted again. `failNext` makes the next requests answer 503.
 */
import { createServer, type Server } from "node:http";

export interface TestLrs {
  endpoint: string;
  statements: Map<string, unknown>;
  requests: number;
  failNext: number;
  close(): void;
}

export function startTestLrs(user: string, password: string): Promise<TestLrs> {
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  const lrs: TestLrs = {
    endpoint: "",
    statements: new Map(),
    requests: 0,
    failNext: 0,
    close: () => undefined,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      lrs.requests += 1;
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.url !== "/xapi/statements" || req.method !== "POST")
        return send(404, { error: "not found" });
      if (req.headers.authorization !== auth) return send(401, { error: "auth" });
      if (!req.headers["x-experience-api-version"]) return send(400, { error: "version header" });
      if (lrs.failNext > 0) {
        lrs.failNext -= 1;
        return send(503, { error: "unavailable" });
      }
      const batch = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string }[];
      for (const s of batch) {
        const had = lrs.statements.get(s.id);
        if (had !== undefined && JSON.stringify(had) !== JSON.stringify(s))
          return send(409, { error: s.id });
      }
      for (const s of batch) lrs.statements.set(s.id, s);
      send(
        200,
        batch.map((s) => s.id),
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      lrs.endpoint = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/xapi/`;
      lrs.close = () => server.close();
      resolve(lrs);
    }),
  );
}
