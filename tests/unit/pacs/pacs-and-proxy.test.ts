/**
 * Integration: `scripts/pacs/pacs.ts` starts a real Orthanc (Debian package) on a spare port, loads
 * the built-in DICOMweb case, and the /dicom-web route handler reads it. Runs where Orthanc is
 * installed (npm run pacs:up installs it as root; CI's .ci/run does).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/dicom-web/[...path]/route";

const PORT = process.env.PACS_TEST_PORT ?? "8045";
const STATE = path.join(os.tmpdir(), `atlas-pacs-test-${PORT}`);
const env = { ...process.env, PACS_PORT: PORT, PACS_STATE_DIR: STATE };
const pacs = (...args: string[]) =>
  execFileSync("npx", ["tsx", "scripts/pacs/pacs.ts", ...args], { env, encoding: "utf8" });
const installed =
  fs.existsSync("/usr/sbin/Orthanc") &&
  fs.existsSync("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");
const manifest = JSON.parse(fs.readFileSync("content/cases/ct-seg-dicomweb/case.json", "utf8")) as {
  image: { studyInstanceUid: string; seriesInstanceUid: string };
};

const proxy = (pathname: string, accept = "application/dicom+json") =>
  GET(new Request(`http://site.test:3204/dicom-web/${pathname}`, { headers: { accept } }), {
    params: Promise.resolve({ path: pathname.split("/") }),
  });

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });

describe.runIf(installed)("pacs scripts + /dicom-web proxy against a real Orthanc", () => {
  beforeAll(() => {
    pacs("up");
    pacs("load");
    process.env.ORTHANC_URL = `http://127.0.0.1:${PORT}`;
  }, 60_000);
  afterAll(() => {
    pacs("down");
  });

  it("refuses writes without the admin credential and keeps the DICOM port closed", async () => {
    const r = await fetch(`http://127.0.0.1:${PORT}/instances`, {
      method: "POST",
      body: fs.readFileSync("content/cases/ct-seg-dicomweb/dicom/ct-1.dcm"),
    });
    expect(r.status).toBe(403);
    const del = await fetch(`http://127.0.0.1:${PORT}/patients`, { method: "DELETE" });
    expect(del.status).toBe(403);
    expect(await portOpen(4242)).toBe(false);
    const cfg = JSON.parse(fs.readFileSync(path.join(STATE, "orthanc.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(cfg.RemoteAccessAllowed).toBe(false);
    expect(cfg.DicomServerEnabled).toBe(false);
    expect(String(cfg.StorageDirectory).startsWith(os.tmpdir())).toBe(true);
  });

  it("serves the loaded case through the proxy, with BulkDataURIs that point back at the site", async () => {
    const { studyInstanceUid: st, seriesInstanceUid: se } = manifest.image;
    const r = await proxy(`studies/${st}/series/${se}/metadata`);
    expect(r.status).toBe(200);
    const instances = (await r.json()) as Record<string, { BulkDataURI?: string }>[];
    expect(instances).toHaveLength(3);
    const bulk = instances.map((m) => m["7FE00010"]?.BulkDataURI).filter(Boolean);
    expect(bulk.length).toBe(3);
    for (const b of bulk)
      expect(b!.startsWith(`http://site.test:3204/dicom-web/studies/${st}/`)).toBe(true);
    const seg = await proxy(`studies/${st}/series`);
    const modalities = ((await seg.json()) as Record<string, { Value?: string[] }>[])
      .map((s) => s["00080060"]?.Value?.[0])
      .sort();
    expect(modalities).toEqual(["CT", "SEG"]);
  });

  it("rejects path traversal and answers 502 when Orthanc is down", async () => {
    expect(
      (
        await GET(new Request("http://site.test/dicom-web/x"), {
          params: Promise.resolve({ path: ["..", "instances"] }),
        })
      ).status,
    ).toBe(400);
    pacs("down");
    const r = await proxy("studies");
    expect(r.status).toBe(502);
    expect(await r.text()).toContain("unreachable");
    expect(fs.existsSync(STATE)).toBe(false); // temp storage deleted
  });
});

if (!installed)
  console.log(
    "[pacs] Orthanc is not installed here (npm run pacs:up installs it as root): Orthanc integration tests not executed",
  );
