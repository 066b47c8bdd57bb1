/**
 * The web app manifest (/manifest.webmanifest), so the atlas installs as an app; with the service
 * worker (app/sw.js/route.ts) a lesson opened once works offline.
 */
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Teaching Atlas",
    short_name: "Atlas",
    description: "An open atlas of annotated medical images that teaches by grading.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#0b0f14",
    theme_color: "#0b0f14",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
