/**
 * The service worker, as a function whose source text app/sw.js/route.ts serves. It runs in the
 * ServiceWorkerGlobalScope, so it references nothing outside its body: the build id and the cache
 * rule (lib/offline/cache-rule.ts) come in as arguments.
 *
 * One cache per build (`atlas-<build id>`): a new deployment serves a new worker script (the build
 * id is in it), which installs, takes over open pages and deletes every older `atlas-*` cache, so
 * cached pages and chunks of two builds never mix. Pages post the URLs of resources they loaded
 * before the worker controlled them (`{ type: "cache", urls }`); the worker caches those that its
 * rule allows and it does not hold yet.
 */
import type { cacheRule as CacheRule } from "@/lib/offline/cache-rule";

interface WaitEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchLikeEvent extends WaitEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface Scope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", l: (e: WaitEvent) => void): void;
  addEventListener(type: "fetch", l: (e: FetchLikeEvent) => void): void;
  addEventListener(type: "message", l: (e: WaitEvent & { data: unknown }) => void): void;
}

export function serviceWorker(version: string, rule: typeof CacheRule): void {
  const sw = self as unknown as Scope;
  const CACHE = `atlas-${version}`;
  const open = () => caches.open(CACHE);
  /** Keeps a full (200), same-origin response; partial (206) or opaque ones are not cacheable. */
  const keep = (key: Request | string, res: Response) => {
    if (res.status === 200 && res.type === "basic") {
      void open()
        .then((c) => c.put(key, res))
        .catch(() => undefined);
    }
  };
  const fetchAndKeep = (req: Request) =>
    fetch(req).then((res) => {
      keep(req, res.clone());
      return res;
    });
  const cached = (req: Request | string) => open().then((c) => c.match(req, { ignoreVary: true }));

  sw.addEventListener("install", (e) => e.waitUntil(sw.skipWaiting()));
  sw.addEventListener("activate", (e) => {
    e.waitUntil(
      caches
        .keys()
        .then((keys) =>
          Promise.all(
            keys.filter((k) => k.startsWith("atlas-") && k !== CACHE).map((k) => caches.delete(k)),
          ),
        )
        .then(() => sw.clients.claim()),
    );
  });
  sw.addEventListener("fetch", (e) => {
    const req = e.request;
    const url = new URL(req.url);
    if (url.origin !== sw.location.origin) return;
    const how = rule(url.pathname, url.search, req.method, req.headers.get("RSC") === "1");
    if (how === "bypass") return;
    if (how === "cache-first") {
      e.respondWith(cached(req).then((hit) => hit ?? fetchAndKeep(req)));
      return;
    }
    e.respondWith(
      fetchAndKeep(req).catch(() => cached(req).then((hit) => hit ?? Response.error())),
    );
  });
  sw.addEventListener("message", (e) => {
    const data = e.data as { type?: string; urls?: unknown } | null;
    if (data?.type !== "cache" || !Array.isArray(data.urls)) return;
    const jobs = data.urls
      .filter((u): u is string => typeof u === "string")
      .map((u) => new URL(u, sw.location.href))
      .filter((u) => u.origin === sw.location.origin)
      .filter((u) => rule(u.pathname, u.search, "GET", false) !== "bypass")
      .map((u) =>
        cached(u.href).then((hit) =>
          hit ? undefined : fetchAndKeep(new Request(u.href)).catch(() => undefined),
        ),
      );
    e.waitUntil(Promise.all(jobs));
  });
}
