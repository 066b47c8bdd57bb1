/**
 * The /dicom-web proxy under hostile requests, against the real Orthanc (scripts/pacs) behind the
 * real `next start` router (issue 15, HIGH 1-2 and the x-forwarded-host item). Requests are sent
 * with node:http so the path reaches the server byte for byte (fetch and browsers normalise
 * `%2e%2e`). Orthanc also holds a second, unpublished study (pydicom's CT_small.dcm, uploaded here),
 * which the proxy must neither serve nor list.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PACS_PORT = process.env.PACS_PORT ?? "8042";
const ORTHANC = `http://127.0.0.1:${PACS_PORT}`;
const STATE = path.join(
  process.env.PACS_STATE_DIR ?? path.join(os.tmpdir(), `atlas-pacs-${PACS_PORT}`),
  "state.json",
);
const pacs = (cmd: string) =>
  execFileSync("npx", ["tsx", "scripts/pacs/pacs.ts", cmd], {
    stdio: "inherit",
    env: { ...process.env, PACS_PORT },
  });
const manifest = JSON.parse(fs.readFileSync("content/cases/ct-seg-dicomweb/case.json", "utf8")) as {
  image: { studyInstanceUid: string; seriesInstanceUid: string };
};
const ST = manifest.image.studyInstanceUid;
const SE = manifest.image.seriesInstanceUid;
// pydicom's CT_small.dcm (Debian python3-pydicom test data): a study the site does not publish.
const OTHER_FILE = "/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm";
const ST2 = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";
const SE2 = "1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322";
const SOP2 = "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322";

interface Raw {
  status: number;
  body: string;
}
/** One request with the path sent exactly as written (no URL normalisation). */
function raw(
  baseURL: string,
  rawPath: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<Raw> {
  const u = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: rawPath, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}
const studyUids = (body: string) =>
  (JSON.parse(body) as Record<string, { Value?: string[] }>[]).map(
    (d) => d["0020000D"]?.Value?.[0],
  );

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  pacs("up");
  pacs("load");
  const { adminAuth } = JSON.parse(fs.readFileSync(STATE, "utf8")) as { adminAuth: string };
  const r = await fetch(`${ORTHANC}/instances`, {
    method: "POST",
    headers: { authorization: adminAuth, "content-type": "application/dicom" },
    body: fs.readFileSync(OTHER_FILE),
  });
  expect(r.status).toBe(200);
});
test.afterAll(() => pacs("down"));

test("traversal and off-grammar paths are refused before they reach Orthanc", async ({
  baseURL,
}) => {
  const inst = `/dicom-web/studies/${ST}/series/${SE}`;
  const cases: [string, number[]][] = [
    ["/dicom-web/..%5Csystem", [400]],
    ["/dicom-web/..%5Cpatients", [400]],
    ["/dicom-web/..%5Cplugins", [400]],
    ["/dicom-web/..%5Capp/explorer.html", [400]],
    ["/dicom-web/studies/..%5C..%5Csystem", [400]],
    ["/dicom-web/%2e%2e/%2e%2e/system", [400, 404]],
    ["/dicom-web/studies/%2e%2e%5C%2e%2e%5Csystem", [400]],
    ["/dicom-web/%252e%252e%255Csystem", [400]],
    ["/dicom-web/studies/%252e%252e/system", [400]],
    ["/dicom-web/..%2Fsystem", [400]],
    ["/dicom-web/system", [404]],
    ["/dicom-web/servers", [404]],
    [`/dicom-web/studies/${ST}/archive`, [404]],
    [`${inst}/unknown`, [404]],
    [`${inst}/instances/x/bulk/..%5C..%5Csystem`, [400]],
    [`${inst}/instances/x/frames/1/x`, [404]],
  ];
  for (const [p, expected] of cases) {
    const r = await raw(baseURL!, p);
    expect(expected, `${p} -> ${r.status} ${r.body.slice(0, 80)}`).toContain(r.status);
    expect(r.body).not.toContain("DicomAet");
  }
  // A raw backslash is redirected by Next (308 to a slash path), never proxied.
  expect((await raw(baseURL!, "/dicom-web/..\\system")).status).toBe(308);
  for (const method of ["POST", "PUT", "DELETE", "PATCH"])
    expect((await raw(baseURL!, "/dicom-web/studies", method)).status, method).toBe(405);
});

test("only published studies are served and listed", async ({ baseURL }) => {
  // Orthanc itself holds both studies...
  const direct = await raw(ORTHANC, "/dicom-web/studies");
  expect(studyUids(direct.body).sort()).toEqual([ST2, ST].sort());
  // ...the proxy lists and serves only the published one.
  const qido = await raw(baseURL!, "/dicom-web/studies");
  expect(qido.status).toBe(200);
  expect(studyUids(qido.body)).toEqual([ST]);
  for (const p of ["/dicom-web/series", "/dicom-web/instances", "/dicom-web/series?limit=100"]) {
    const r = await raw(baseURL!, p);
    expect(r.status, p).toBe(200);
    const uids = studyUids(r.body);
    expect(uids.length, p).toBeGreaterThan(0);
    expect(new Set(uids), p).toEqual(new Set([ST]));
  }
  for (const p of [
    `/dicom-web/studies/${ST2}`,
    `/dicom-web/studies/${ST2}/metadata`,
    `/dicom-web/studies/${ST2}/series`,
    `/dicom-web/studies/${ST2}/series/${SE2}/metadata`,
    `/dicom-web/studies/${ST2}/series/${SE2}/instances/${SOP2}/frames/1`,
    `/dicom-web/studies/${ST}/series/${SE2}/metadata`, // a published study with a foreign series
    `/dicom-web/studies?StudyInstanceUID=${ST2}`,
  ]) {
    const r = await raw(baseURL!, p);
    if (p.includes("?")) expect(studyUids(r.body), p).toEqual([]);
    else expect(r.status, p).toBe(404);
  }
});

test("the published series still works and links do not reflect X-Forwarded-Host", async ({
  baseURL,
}) => {
  const meta = await raw(baseURL!, `/dicom-web/studies/${ST}/series/${SE}/metadata`, "GET", {
    host: "atlas.test:3101",
    "x-forwarded-host": "evil.example",
  });
  expect(meta.status).toBe(200);
  const instances = JSON.parse(meta.body) as Record<string, { BulkDataURI?: string }>[];
  expect(instances).toHaveLength(3);
  const bulk = instances[0]!["7FE00010"]!.BulkDataURI!;
  expect(bulk.startsWith(`http://atlas.test:3101/dicom-web/studies/${ST}/series/${SE}/`)).toBe(
    true,
  );
  expect(meta.body).not.toContain("evil.example");
  // The frame and the BulkDataURI path pass the allow-list.
  const frameUrl = `${new URL(bulk).pathname.replace(/\/bulk\/.*$/, "")}/frames/1`;
  expect((await raw(baseURL!, frameUrl, "GET", { accept: "*/*" })).status).toBe(200);
  expect((await raw(baseURL!, new URL(bulk).pathname, "GET", { accept: "*/*" })).status).toBe(200);
  // A Host header that could inject into `Forwarded` is refused.
  expect((await raw(baseURL!, `/dicom-web/studies`, "GET", { host: "a;proto=x" })).status).toBe(
    400,
  );
});

test("every page sends HSTS next to the CSP", async ({ request }) => {
  const r = await request.get("/");
  expect(r.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}; includeSubDomains/);
  expect(r.headers()["content-security-policy"]).toContain("object-src 'none'");
});
