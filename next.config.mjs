// Build and dev run with webpack (`next build --webpack`): with cornerstone3d the default Turbopack
// build hangs at "Creating an optimized production build" (vercel/next.js#97399, fix unreleased).
import { withContentlayer } from "next-contentlayer2";
import { securityHeaders } from "./config/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run studio` (STUDIO=1) adds the authoring studio's pages and route handlers
  // (app/studio/**/page.studio.tsx, route.studio.ts); any other build has none of them.
  pageExtensions: [
    "tsx",
    "ts",
    "jsx",
    "js",
    ...(process.env.STUDIO === "1" ? ["studio.tsx", "studio.ts"] : []),
  ],
  // Type errors are caught by `npm run typecheck` (part of `npm run check` and `npm test`), once for
  // the whole repository; the build does not repeat it (and would rewrite tsconfig per NEXT_DIST_DIR).
  typescript: { ignoreBuildErrors: true },
  // Separate build folders let several builds (e.g. tests and benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
