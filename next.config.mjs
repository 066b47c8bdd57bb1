// Build and dev run with webpack (`next build --webpack`): with cornerstone3d the default Turbopack
// build hangs at "Creating an optimized production build" (vercel/next.js#97399, fix unreleased).
import { withContentlayer } from "next-contentlayer2";
import { securityHeaders } from "./config/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
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
  async rewrites() {
    // Same-origin proxy to a DICOMweb server (Orthanc sends no CORS headers). Set ORTHANC_URL,
    // e.g. http://127.0.0.1:8042, to enable it.
    const orthanc = process.env.ORTHANC_URL;
    return orthanc ? [{ source: "/dicom-web/:path*", destination: `${orthanc}/dicom-web/:path*` }] : [];
  },
};

export default withContentlayer(nextConfig);
