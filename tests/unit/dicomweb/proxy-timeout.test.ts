/**
 * The /dicom-web proxy's time limit covers the upstream headers, not the body (issue 15, MEDIUM 6).
 * A tiny local HTTP server on 127.0.0.1 stands in for Orthanc: it answers slowly in the ways that
 * matter (a 40 KB body dribbled over several limit lengths, no headers at all, a body that stalls).
 * SLOW_BODY_MS (default 3000) sets how long the slow body takes; with DICOMWEB_TIMEOUT_MS = 1000
 * it spans three limits, so a timer over the whole exchange would cut it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/dicom-web/[...path]/route";

const ST = "2.25.312603901910561187818245072368885384188"; // published (ct-seg-dicomweb)
const SIZE = 40 * 1024;
const CHUNKS = 10;
const SLOW_MS = Number(process.env.SLOW_BODY_MS ?? 3000);
const payload = Buffer.from(Array.from({ length: SIZE }, (_, i) => (i * 7 + 3) & 0xff));

let server: http.Server;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url!.includes("/series/1.1/")) {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": SIZE });
      let i = 0;
      const step = SIZE / CHUNKS;
      const tick = setInterval(() => {
        res.write(payload.subarray(i * step, (i + 1) * step));
        if (++i < CHUNKS) return;
        clearInterval(tick);
        res.end();
      }, SLOW_MS / CHUNKS);
      req.on("close", () => clearInterval(tick));
    } else if (req.url!.includes("/series/2.2/")) {
      // Headers, a quarter of the body, then silence.
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": SIZE });
      res.write(payload.subarray(0, SIZE / 4));
    }
    // Anything else: never answers.
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  process.env.ORTHANC_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.DICOMWEB_TIMEOUT_MS = "1000";
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const proxy = (series: string) => {
  const p = `studies/${ST}/series/${series}/instances/1.2.3/frames/1`;
  return GET(new Request(`http://127.0.0.1:3101/dicom-web/${p}`), {
    params: Promise.resolve({ path: p.split("/") }),
  });
};

describe("/dicom-web upstream time limits", () => {
  it("streams a slow 40 KB body whole", { timeout: SLOW_MS + 10_000 }, async () => {
    const t0 = Date.now();
    const r = await proxy("1.1");
    expect(r.status).toBe(200);
    const body = Buffer.from(await r.arrayBuffer());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(SLOW_MS * 0.8);
    expect(body.length).toBe(SIZE);
    expect(body.equals(payload)).toBe(true);
  });

  it("answers 504 when the headers do not come within the limit", { timeout: 8_000 }, async () => {
    const t0 = Date.now();
    const r = await proxy("3.3");
    expect(r.status).toBe(504);
    expect(Date.now() - t0).toBeLessThan(4_000);
  });

  it("fails the transfer visibly when the body stalls", { timeout: 8_000 }, async () => {
    const r = await proxy("2.2");
    expect(r.status).toBe(200);
    await expect(r.arrayBuffer()).rejects.toThrow();
  });
});
