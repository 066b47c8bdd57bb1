/**
 * Orthanc for the DICOMweb case pages, started exactly as tests/e2e/dicomweb.spec.ts does: the
 * repo's own `scripts/pacs/pacs.ts up` then `load`, and `down` at the end, on PACS_PORT (the bench
 * uses 8052 unless PACS_PORT is set, so it never meets the e2e run's Orthanc on 8042). The Next
 * server then needs ORTHANC_URL. When Orthanc is not installed (and cannot be installed: not root),
 * the DICOMweb cases are reported as skipped instead of as an HTTP 503 error.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";

const ORTHANC = "/usr/sbin/Orthanc";
const PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";
export const BENCH_PACS_PORT = 8052;

export interface Pacs {
  /** ORTHANC_URL for the Next server; null when Orthanc is not available. */
  url: string | null;
  /** Why the DICOMweb cases are skipped (when url is null). */
  skipped?: string;
  down: () => Promise<void>;
}

function pacs(cmd: string, port: number): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      "npx",
      ["tsx", "scripts/pacs/pacs.ts", cmd],
      { env: { ...process.env, PACS_PORT: String(port) } },
      (err, stdout, stderr) =>
        err ? reject(new Error(`pacs ${cmd}: ${stderr || err.message}`)) : resolve(stdout),
    ),
  );
}

/** `up` + `load`; never throws (a failure becomes `skipped`). */
export async function startPacs(
  port = Number(process.env.PACS_PORT ?? BENCH_PACS_PORT),
): Promise<Pacs> {
  const installed = fs.existsSync(ORTHANC) && fs.existsSync(PLUGIN);
  if (!installed && process.getuid?.() !== 0)
    return { url: null, skipped: "Orthanc not installed", down: async () => undefined };
  const down = () =>
    pacs("down", port).then(
      () => undefined,
      () => undefined,
    );
  try {
    await pacs("up", port);
    await pacs("load", port);
    return { url: `http://127.0.0.1:${port}`, down };
  } catch (e) {
    await down();
    const msg = e instanceof Error ? e.message : String(e);
    return {
      url: null,
      skipped: installed ? `Orthanc did not start: ${msg.split("\n")[0]}` : "Orthanc not installed",
      down: async () => undefined,
    };
  }
}
