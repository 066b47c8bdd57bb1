/**
 * The built client JS: gzip size per file (zlib level 6, what `next start`'s compression sends),
 * which files hold cornerstone (the viewer's code), and the scripts an HTML page references.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** Strings that only cornerstone3d's bundled code contains (event names and loader schemes). */
export const CORNERSTONE_MARKERS = [
  "CORNERSTONE_IMAGE_RENDERED",
  "cornerstoneStreamingImageVolume",
];

export interface ChunkInfo {
  /** URL path, e.g. `/_next/static/chunks/233.abc.js`. */
  url: string;
  bytes: number;
  gzipBytes: number;
  cornerstone: boolean;
}

/** Reads every .js file under `<distDir>/static`, keyed by URL path. */
export function readChunks(distDir: string): Map<string, ChunkInfo> {
  const out = new Map<string, ChunkInfo>();
  const root = path.join(distDir, "static");
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) {
        const buf = fs.readFileSync(p);
        const text = buf.toString("latin1");
        const url = `/_next/static/${path.relative(root, p).split(path.sep).join("/")}`;
        out.set(url, {
          url,
          bytes: buf.length,
          gzipBytes: zlib.gzipSync(buf, { level: 6 }).length,
          cornerstone: CORNERSTONE_MARKERS.some((m) => text.includes(m)),
        });
      }
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

/**
 * Script URLs an HTML document references (`<script src>` and `<link rel="preload" as="script">`),
 * in order, deduplicated. `<script nomodule>` (Next's legacy polyfills, 39.6 kB gz) is left out:
 * browsers that run modules — every browser the site supports — never fetch it.
 */
export function scriptsInHtml(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"?]+\.js)(\?[^"]*)?"[^>]*>/g))
    if (!/\bnomodule\b/i.test(m[0])) urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"?]+\.js)(\?[^"]*)?"[^>]*>/g))
    if (/as="script"|rel="modulepreload"/.test(m[0])) urls.push(m[1]);
  return [
    ...new Set(
      urls.map((u) => decodeURIComponent(u.replace(/^https?:\/\/[^/]+/, "").split("?")[0])),
    ),
  ];
}

/** Sum of a field over the known chunks among `urls` (unknown URLs count 0). */
export function sumChunks(
  chunks: Map<string, ChunkInfo>,
  urls: readonly string[],
  field: "bytes" | "gzipBytes",
): number {
  return urls.reduce((s, u) => s + (chunks.get(u)?.[field] ?? 0), 0);
}
