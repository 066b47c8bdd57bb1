/**
 * HTTP security headers for every route, and the Content-Security-Policy builder that proxy.ts
 * uses for pages.
 *
 * CSP: cornerstone3d decodes images in Web Workers and compiles its codecs from WebAssembly, so the
 * policy allows `'wasm-unsafe-eval'` (WebAssembly compilation only) and `worker-src blob: 'self'`.
 * No `'unsafe-eval'` and no `'unsafe-inline'` for scripts in production: proxy.ts adds to each
 * page the sha256 hashes of a prerendered page's inline scripts, or a per-request nonce for pages
 * rendered on demand (docs/security.md gives the measurements behind that choice). Next.js dev
 * mode (React Refresh, no proxy policy) needs `'unsafe-eval'` and inline scripts, so `dev` adds
 * both.
 */

/**
 * The CSP header value.
 * @param {{ dev: boolean, scriptSources?: string[] }} opts scriptSources: extra `script-src`
 *   sources such as `'sha256-…'` or `'nonce-…'` (quoted as CSP wants them).
 * @returns {string}
 */
export function contentSecurityPolicy({ dev, scriptSources = [] }) {
  const script = [
    "'self'",
    ...scriptSources,
    "'wasm-unsafe-eval'",
    ...(dev ? ["'unsafe-inline'", "'unsafe-eval'"] : []),
  ].join(" ");
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * @param {boolean} dev
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(dev) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Browsers honour HSTS only on HTTPS responses (ignored on http://localhost). Two years, as
    // hstspreload.org asks; `preload` is left to the operator (it is hard to undo).
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ];
}
