"use client";
/**
 * Registers the offline service worker (/sw.js, app/sw.js/route.ts) in production builds and
 * tells it which same-origin files this page loaded (resource timing entries, and the page's own
 * URL on every client-side navigation), so files fetched before the worker controlled the page are
 * cached too. The worker decides what it keeps (lib/offline/cache-rule.ts). Renders nothing; a
 * browser without service workers, or one that refuses the registration, just stays online-only.
 */
import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** Posts URLs to the active worker once there is one; no-op without service workers. */
function tellWorker(urls: string[]): void {
  if (urls.length === 0) return;
  void navigator.serviceWorker.ready
    .then((reg) => reg.active?.postMessage({ type: "cache", urls }))
    .catch(() => undefined);
}

const enabled = () => process.env.NODE_ENV === "production" && "serviceWorker" in navigator;

export function OfflineSupport(): null {
  const pathname = usePathname();

  useEffect(() => {
    if (!enabled()) return;
    let observer: PerformanceObserver | undefined;
    // After the load event, so installing the worker does not compete with the page's own loading.
    const register = () =>
      navigator.serviceWorker
        .register("/sw.js")
        .then(() => {
          observer = new PerformanceObserver((list) =>
            tellWorker(list.getEntries().map((entry) => entry.name)),
          );
          observer.observe({ type: "resource", buffered: true });
        })
        .catch(() => undefined);
    if (document.readyState === "complete") void register();
    else window.addEventListener("load", () => void register(), { once: true });
    return () => observer?.disconnect();
  }, []);

  useEffect(() => {
    if (enabled()) tellWorker([window.location.href]);
  }, [pathname]);

  return null;
}
