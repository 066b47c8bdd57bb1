/**
 * Parses the "Route (app)" table that `next build` prints (Next 16 prints no sizes any more, only
 * routes, their rendering kind and some prerendered paths), and picks one concrete URL per route.
 */

export type RouteKind = "static" | "ssg" | "dynamic" | "unknown";

export interface BuiltRoute {
  /** The route pattern, e.g. `/cases/[id]`. */
  route: string;
  kind: RouteKind;
  /** Prerendered paths listed under a dynamic route (without the "[+N more paths]" line). */
  paths: string[];
}

const KIND: Record<string, RouteKind> = { "○": "static", "●": "ssg", ƒ: "dynamic" };

/** Routes in table order. Lines outside the "Route (app)" table are ignored. */
export function parseRouteTable(output: string): BuiltRoute[] {
  const lines = output.split(/\r?\n/);
  const start = lines.findIndex((l) => /^Route \(app\)/.test(l.trim()));
  if (start < 0) return [];
  const routes: BuiltRoute[] = [];
  for (const raw of lines.slice(start + 1)) {
    if (!raw.trim()) {
      if (routes.length) break;
      continue;
    }
    const m = /^([┌├└│ ]+)([○●ƒ])?\s*(\/\S*)/.exec(raw);
    if (!m) continue;
    // Paths under a dynamic route are indented: "│ ├ ● /cases/x", or "  ├ ● …" below the last route.
    const nested = /^(│|\s{2})/.test(m[1]);
    const entry = m[3];
    if (nested && routes.length) routes[routes.length - 1].paths.push(entry);
    else routes.push({ route: entry, kind: m[2] ? KIND[m[2]] : "unknown", paths: [] });
  }
  return routes;
}

/**
 * One URL per page route to load in the browser: the route itself when it has no parameter, else
 * its first prerendered path, else the pattern with every `[param]` replaced by `fallbackParam`.
 * Catch-alls (`[...x]`, route handlers here), metadata files (`/icon.svg`) and `/_not-found` are skipped.
 */
export function concreteUrls(
  routes: readonly BuiltRoute[],
  fallbackParam: string,
): { route: string; url: string }[] {
  const out: { route: string; url: string }[] = [];
  for (const r of routes) {
    // Not pages: the 404 route, catch-all route handlers, metadata files such as /icon.svg.
    if (r.route === "/_not-found" || r.route.includes("[...") || /\.\w+$/.test(r.route)) continue;
    if (!r.route.includes("[")) out.push({ route: r.route, url: r.route });
    else
      out.push({
        route: r.route,
        url: r.paths[0] ?? r.route.replace(/\[[^\]]+\]/g, fallbackParam),
      });
  }
  return out;
}
