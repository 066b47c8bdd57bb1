/**
 * `npm run bench:class -- [--engine pglite|postgres] [--students 200] [--seconds 60] [--dist DIR]
 * [--port 3199]` — class-server load and crash test against `next start` of an existing build
 * (`npm run build` or the bench's `.next-bench`) with CLASS_MODE=1.
 *
 * N students join one class, then each submits one attempt after another (a fresh device id per
 * attempt) for the given time. Halfway, the server is killed with SIGKILL and started again; a
 * student whose request failed resends the same attempt (as the device's offline queue does).
 * Reports throughput and p50/p99 latency of acknowledged submissions, errors outside the outage,
 * then checks in the database that every acknowledged id is stored exactly once. PostgreSQL:
 * `DATABASE_URL` must point at a server (a fresh database is made there).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openClassDatabase, type DbTarget } from "../../server/class/db/open";
import { createCohort, createEducator } from "../../server/class/cohorts";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ENGINE = arg("engine", "pglite") as "pglite" | "postgres";
const STUDENTS = Number(arg("students", "200"));
const SECONDS = Number(arg("seconds", "60"));
const DIST = arg("dist", ".next");
const PORT = Number(arg("port", "3199"));
const ORIGIN = `http://127.0.0.1:${PORT}`;

function pct(sorted: number[], p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : NaN;
}

function startServer(env: Record<string, string>): ChildProcess {
  const bin = path.join(process.cwd(), "node_modules/.bin/next");
  return spawn(bin, ["start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: {
      ...process.env,
      ...env,
      NEXT_DIST_DIR: DIST,
      CLASS_MODE: "1",
      CLASS_JOIN_PER_SECOND: "10000",
      CLASS_PUBLIC_URL: ORIGIN,
    },
    stdio: "ignore",
    detached: true,
  });
}

async function waitUp(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/class/me`)).status === 401) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("class server did not come up in 60 s");
}

async function target(): Promise<DbTarget> {
  if (ENGINE === "pglite")
    return { kind: "pglite", dir: mkdtempSync(path.join(tmpdir(), "class-bench-")) };
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error("bench:class: --engine postgres needs DATABASE_URL");
  const pg = await import("pg");
  const name = `class_bench_${Date.now()}`;
  const c = new pg.default.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return { kind: "postgres", url: u.toString() };
}

async function main(): Promise<void> {
  const db = await target();
  const setup = await openClassDatabase(db);
  const edu = await createEducator(setup.db, "bench", "bench password 1");
  const { joinCode } = await createCohort(setup.db, edu, "Bench class");
  await setup.close();
  const env: Record<string, string> =
    db.kind === "postgres" ? { DATABASE_URL: db.url } : { CLASS_DATA_DIR: db.dir as string };
  env.DATABASE_URL ??= "";
  let server = startServer(env);
  await waitUp();
  const acked = new Set<string>();
  const lat: number[] = [];
  let errors = 0;
  let outage = false;
  const end = Date.now() + SECONDS * 1000;
  const student = async (i: number) => {
    let cookie = "";
    let csrf = "";
    for (let tries = 0; !csrf && tries < 50; tries++) {
      try {
        const join = await fetch(`${ORIGIN}/api/class/join`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN },
          body: JSON.stringify({ code: joinCode, handle: `bench_${i}` }),
        });
        cookie = (join.headers.get("set-cookie") ?? "").split(";")[0];
        csrf = ((await join.json()) as { csrf?: string }).csrf ?? "";
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (!csrf) throw new Error(`student ${i} could not join`);
    let pending: string | null = null;
    while (Date.now() < end) {
      const id: string = pending ?? randomUUID();
      const body = {
        attempts: [
          {
            id,
            itemId: `item-${i % 12}`,
            itemType: "click",
            correct: i % 2 === 0,
            score: 100,
            answer: { kind: "point", pointMm: [i, 1, 2], slice: 3 },
            durationMs: 1000,
            answeredAt: new Date().toISOString(),
          },
        ],
      };
      const t0 = performance.now();
      try {
        const res = await fetch(`${ORIGIN}/api/class/attempts`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: ORIGIN,
            cookie,
            "x-csrf-token": csrf,
          },
          body: JSON.stringify(body),
        });
        if (res.status !== 200) throw new Error(String(res.status));
        await res.json();
        lat.push(performance.now() - t0);
        acked.add(id);
        pending = null;
      } catch {
        if (!outage) errors += 1;
        pending = id;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  const killer = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
    outage = true;
    process.kill(-(server.pid as number), "SIGKILL");
    await new Promise((r) => setTimeout(r, 500));
    server = startServer(env);
    await waitUp();
    await new Promise((r) => setTimeout(r, 1000));
    outage = false;
  })();
  const t0 = Date.now();
  await Promise.all([...Array.from({ length: STUDENTS }, (_, i) => student(i)), killer]);
  const wall = (Date.now() - t0) / 1000;
  process.kill(-(server.pid as number), "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  const check = await openClassDatabase(db);
  const rows = await check.db.selectFrom("attempt").select("id").execute();
  await check.close();
  const stored = new Set(rows.map((r) => r.id));
  const missing = [...acked].filter((id) => !stored.has(id)).length;
  const s = [...lat].sort((a, b) => a - b);
  const result = {
    engine: ENGINE,
    students: STUDENTS,
    seconds: SECONDS,
    acknowledged: acked.size,
    perSecond: +(acked.size / wall).toFixed(1),
    p50Ms: +pct(s, 50).toFixed(1),
    p99Ms: +pct(s, 99).toFixed(1),
    errorsOutsideOutage: errors,
    storedRows: rows.length,
    missingAcknowledged: missing,
    duplicates: rows.length - stored.size,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (missing || errors || rows.length !== stored.size) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:class: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
