/**
 * Serves a Web-standard handler over node:http (the tests' real HTTP server, and a class API
 * without Next). The client key for rate limits is the peer address.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";

type Handler = (req: Request, clientKey: string) => Promise<Response>;

async function toRequest(msg: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const c of msg) chunks.push(c as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(msg.headers)) {
    if (typeof v === "string") headers.set(k, v);
    else if (Array.isArray(v)) headers.set(k, v.join(", "));
  }
  const body = chunks.length && msg.method !== "GET" ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(msg.url ?? "/", origin), { method: msg.method, headers, body });
}

/** Listens on 127.0.0.1:`port` (0 = any free port); resolves with the server and its origin. */
export function serveHandler(
  handler: Handler,
  port = 0,
): Promise<{ server: Server; origin: string }> {
  return new Promise((resolve) => {
    let origin = "";
    const server = createServer((msg, res) => {
      toRequest(msg, origin)
        .then((req) => handler(req, msg.socket.remoteAddress ?? "?"))
        .then(async (r) => {
          res.writeHead(r.status, Object.fromEntries(r.headers));
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch((err: unknown) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(`class server: ${err instanceof Error ? err.message : String(err)}`);
        });
    });
    server.listen(port, "127.0.0.1", () => {
      const addr = server.address();
      origin = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : port}`;
      resolve({ server, origin });
    });
  });
}
