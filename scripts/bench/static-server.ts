/**
 * A tiny static file server on 127.0.0.1 for the peer page: `/` and its assets from one folder,
 * `/cases/*` from public/cases (the same files the site serves). HTML/JS are gzip-compressed when
 * the client accepts it (as `next start` does); .gz files are sent as they are.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".gz": "application/gzip",
  ".nii": "application/octet-stream",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Maps a request path to a file under `pageDir` or `casesDir`, refusing `..` escapes. */
export function resolveStatic(urlPath: string, pageDir: string, casesDir: string): string | null {
  const p = decodeURIComponent(urlPath.split("?")[0]);
  const [base, rel] = p.startsWith("/cases/")
    ? [casesDir, p.slice("/cases/".length)]
    : [pageDir, p === "/" ? "index.html" : p.slice(1)];
  const file = path.resolve(base, rel);
  return file.startsWith(path.resolve(base) + path.sep) ? file : null;
}

export function startStaticServer(
  pageDir: string,
  casesDir: string,
  port: number,
): Promise<StaticServer> {
  const gz = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const file = resolveStatic(req.url ?? "/", pageDir, casesDir);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    const ext = path.extname(file);
    const headers: http.OutgoingHttpHeaders = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    };
    let body: Buffer = fs.readFileSync(file);
    if (
      (ext === ".html" || ext === ".js") &&
      /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    ) {
      if (!gz.has(file)) gz.set(file, zlib.gzipSync(body));
      body = gz.get(file) as Buffer;
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    );
  });
}
