/**
 * Builds (`next build --webpack`) and serves (`next start` on 127.0.0.1) a project directory into
 * its own dist folder (NEXT_DIST_DIR), so the bench never touches `.next` or other helpers' builds.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface BuildResult {
  /** Wall time of `next build --webpack`, ms. */
  ms: number;
  /** Combined stdout + stderr (the route table is parsed from it). */
  output: string;
  ok: boolean;
}

function nextBin(cwd: string): string {
  return path.join(cwd, "node_modules", ".bin", "next");
}

/**
 * Environment of a build or server in `cwd`. PWD is set to `cwd` because contentlayer2 takes its
 * project folder from `process.env.PWD` before `process.cwd()`: inherited, it made the build of a
 * copy in bench/tmp generate the real site's lessons into the real `.contentlayer`, and the copy's
 * `contentlayer/generated` was then missing.
 */
export function benchEnv(
  distDir: string,
  cwd: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    PWD: cwd,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
}

/** Removes `cwd/distDir` (cold build: no webpack cache) and builds; never throws on a failed build. */
export function nextBuild(
  cwd: string,
  distDir: string,
  log?: (line: string) => void,
): Promise<BuildResult> {
  fs.rmSync(path.join(cwd, distDir), { recursive: true, force: true });
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(nextBin(cwd), ["build", "--webpack"], {
      cwd,
      env: benchEnv(distDir, cwd),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (b: Buffer) => {
      const s = b.toString();
      output += s;
      if (log) for (const l of s.split("\n")) if (l.trim()) log(l);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => resolve({ ms: performance.now() - t0, output, ok: code === 0 }));
  });
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts `next start -H 127.0.0.1 -p port` and resolves when `/` answers; rejects after `timeoutMs`.
 * `env` is added to the server's environment (e.g. ORTHANC_URL for the DICOMweb cases).
 */
export async function nextStart(
  cwd: string,
  distDir: string,
  port: number,
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    nextBin(cwd),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd,
      env: benchEnv(distDir, cwd, env),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  child.stdout?.on("data", (b: Buffer) => (log += b.toString()));
  child.stderr?.on("data", (b: Buffer) => (log += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || !child.pid) return resolve();
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        resolve();
      }
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms:\n${log}`);
}
