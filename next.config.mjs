// Build and dev run with webpack (`next build --webpack`): with cornerstone3d the default Turbopack
// build hangs at "Creating an optimized production build" (vercel/next.js#97399, fix unreleased).
import { withContentlayer } from "next-contentlayer2";
import { securityHeaders } from "./config/security-headers.mjs";

// E2E builds (playwright.config sets NEXT_PUBLIC_E2E=1) add the test hooks (`window.__caseViewer`,
// `window.__quiz`) and the pages named `page.e2e.tsx` (/dev/*); the production build has neither
// (checked by scripts/check-production-build.ts).
const e2e = process.env.NEXT_PUBLIC_E2E === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run studio` (STUDIO=1) adds the authoring studio's pages and route handlers
  // (app/studio/**/page.studio.tsx, route.studio.ts); any other build has none of them.
  pageExtensions: [
    ...["tsx", "ts", "jsx", "js"],
    ...(e2e ? ["e2e.tsx", "e2e.ts"] : []),
    ...(process.env.STUDIO === "1" ? ["studio.tsx", "studio.ts"] : []),
  ],
  // Always defined, so `process.env.NEXT_PUBLIC_E2E === "1"` is a build-time constant and the
  // hook code is removed from production bundles.
  env: { NEXT_PUBLIC_E2E: e2e ? "1" : "" },
  reactStrictMode: true,
  // Type errors are caught by `npm run typecheck` (part of `npm run check` and `npm test`), once for
  // the whole repository; the build does not repeat it (and would rewrite tsconfig per NEXT_DIST_DIR).
  typescript: { ignoreBuildErrors: true },
  // Separate build folders let several builds (e.g. tests and benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The class server's database drivers (app/api/class) load from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  webpack: (config, { isServer }) => {
    if (!isServer) {
      // The codec packages of the DICOM loader reference Node built-ins they never use in the browser.
      config.resolve.fallback = { ...config.resolve.fallback, fs: false, path: false };
    }
    return config;
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV !== "production") }];
  },
  // The same-origin DICOMweb proxy (/dicom-web/* -> $ORTHANC_URL/dicom-web/*) is the route handler
  // app/dicom-web/[...path]/route.ts: it reads ORTHANC_URL at run time (a rewrite is frozen at build
  // time), sends `Forwarded` so Orthanc's BulkDataURIs point back through the proxy, can add a
  // server-side read credential, and answers 502 when the server is down.
};

export default withContentlayer(nextConfig);
