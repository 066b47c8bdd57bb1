/**
 * `npm run studio` — starts the authoring studio: the site's own Next.js code in development mode
 * with STUDIO=1 (next.config.mjs then adds the studio's `page.studio.tsx` / `route.studio.ts`
 * files), listening on 127.0.0.1 only, build folder `.next-studio` (a production `.next` is left
 * alone). Open http://127.0.0.1:3200/studio.
 * Env: STUDIO_PORT (default 3200). Development mode compiles only the pages opened, so the studio
 * is ready in seconds, where a STUDIO=1 production build takes minutes.
 */
import { spawn } from "node:child_process";

const port = Number(process.env.STUDIO_PORT ?? 3200);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`studio: STUDIO_PORT "${process.env.STUDIO_PORT}" is not a port number\n`);
  process.exit(2);
}
process.stderr.write(`studio: http://127.0.0.1:${port}/studio (127.0.0.1 only; Ctrl-C stops it)\n`);
const child = spawn(
  process.execPath,
  [
    require.resolve("next/dist/bin/next"),
    "dev",
    "--webpack",
    "-H",
    "127.0.0.1",
    "-p",
    String(port),
  ],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      STUDIO: "1",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-studio",
    },
  },
);
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
