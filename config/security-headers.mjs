/**
 * HTTP security headers for every route.
 *
 * CSP: cornerstone3d decodes images in Web Workers and compiles its codecs from WebAssembly, so the
 * policy allows `'wasm-unsafe-eval'` (WebAssembly compilation only) and `worker-src blob: 'self'`.
 * It does not allow `'unsafe-eval'` in production. Next.js dev mode (React Refresh) needs
 * `'unsafe-eval'`, so it is added only when `dev` is true. `'unsafe-inline'` for scripts is needed by
 * Next's inline bootstrap scripts of statically rendered pages (no per-request nonce on static pages).
 * @param {boolean} dev
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(dev) {
  const script = ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", dev ? "'unsafe-eval'" : ""]
    .filter(Boolean)
    .join(" ");
  const csp = [
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
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Browsers honour HSTS only on HTTPS responses (ignored on http://localhost). Two years, as
    // hstspreload.org asks; `preload` is left to the operator (it is hard to undo).
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ];
}
