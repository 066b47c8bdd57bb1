import type { Server } from "node:http";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimiter } from "@/server/class/auth/rate-limit";
import { createEducator } from "@/server/class/cohorts";
import type { ClassDatabase } from "@/server/class/db/open";
import { classContext, type ClassContext } from "@/server/class/http/context";
import { serveHandler } from "@/server/class/http/node-server";
import { handleClassRequest } from "@/server/class/http/router";
import { ENGINES, openTestDb } from "./engines";
import { attempt, ClassClient } from "./http-client";

describe.each(ENGINES)("class API over HTTP on %s", (engine) => {
  let h: ClassDatabase;
  let server: Server;
  let origin: string;
  let ctx: ClassContext;
  const ada = () => new ClassClient(origin);

  beforeAll(async () => {
    h = await openTestDb(engine);
    ctx = classContext(h.db, "http://class.test", { entriesPerSecond: 1000 });
    ({ server, origin } = await serveHandler((req, key) => handleClassRequest(req, ctx, key)));
    await createEducator(h.db, "ada", "correct horse battery");
    await createEducator(h.db, "bob", "another long secret");
  }, 60_000);
  afterAll(async () => {
    server.close();
    await h.close();
  });

  async function educator(name: string, password: string) {
    const c = ada();
    expect((await c.call("POST", "login", { username: name, password })).status).toBe(200);
    return c;
  }
  async function classOf(c: ClassClient, title: string) {
    const res = await c.call("POST", "cohorts", { title });
    expect(res.status).toBe(201);
    return res.data as { id: string; joinCode: string };
  }
  async function student(code: string, handle: string) {
    const s = ada();
    const res = await s.call("POST", "join", { code, handle });
    expect(res.status).toBe(200);
    return s;
  }

  it("refuses a wrong password and keeps educators to their own classes", async () => {
    expect(
      (await ada().call("POST", "login", { username: "ada", password: "wrong password!" })).status,
    ).toBe(401);
    const a = await educator("ada", "correct horse battery");
    const b = await educator("bob", "another long secret");
    const ca = await classOf(a, "Anatomy A");
    const cb = await classOf(b, "Anatomy B");
    expect((await a.call("GET", `cohorts/${ca.id}`)).data.title).toBe("Anatomy A");
    // Bob tries Ada's URLs: read, assign; both look like "no such class".
    expect((await b.call("GET", `cohorts/${ca.id}`)).status).toBe(404);
    const assign = {
      targetKind: "lesson",
      targetId: "brain-basics",
      dueAt: "2026-04-01T00:00:00.000Z",
    };
    expect((await b.call("POST", `cohorts/${ca.id}/assignments`, assign)).status).toBe(404);
    expect((await a.call("POST", `cohorts/${ca.id}/assignments`, assign)).status).toBe(201);
    const listed = (await b.call("GET", "cohorts")).data.cohorts as { id: string }[];
    expect(listed.map((c) => c.id)).toEqual([cb.id]);
    // A student of Ada's class cannot read the class either.
    const s = await student(ca.joinCode, "owl_7");
    expect((await s.call("GET", `cohorts/${ca.id}`)).status).toBe(401);
    expect((await a.call("GET", `cohorts/${ca.id}`)).data.assignments).toHaveLength(1);
  });

  it("needs the session's CSRF token and the same origin on every write", async () => {
    const a = await educator("ada", "correct horse battery");
    const good = a.csrf;
    a.csrf = "";
    expect((await a.call("POST", "cohorts", { title: "x" })).status).toBe(403);
    a.csrf = `${good.slice(0, -1)}A`;
    expect((await a.call("POST", "cohorts", { title: "x" })).status).toBe(403);
    a.csrf = good;
    const evil = { origin: "http://evil.test" };
    expect((await a.call("POST", "cohorts", { title: "x" }, evil)).status).toBe(403);
    expect(
      (await ada().call("POST", "join", { code: "ABCDEFGH", handle: "cat" }, evil)).status,
    ).toBe(403);
    expect((await a.call("POST", "cohorts", { title: "x" })).status).toBe(201);
  });

  it("stores a retried attempt once and refuses another student's attempt id", async () => {
    const a = await educator("ada", "correct horse battery");
    const c = await classOf(a, "Retry class");
    const s1 = await student(c.joinCode, "fox_1");
    const s2 = await student(c.joinCode, "fox_2");
    const id = randomUUID();
    const first = await s1.call("POST", "attempts", {
      attempts: [attempt(id, "colin27-click-putamen", true)],
    });
    const again = await s1.call("POST", "attempts", {
      attempts: [attempt(id, "colin27-click-putamen", true)],
    });
    expect(first.data.acknowledged).toEqual([id]);
    expect(again.data.acknowledged).toEqual([id]);
    const rows = await h.db.selectFrom("attempt").select("id").where("id", "=", id).execute();
    const queued = await h.db
      .selectFrom("xapi_queue")
      .select("attempt_id")
      .where("attempt_id", "=", id)
      .execute();
    expect([rows.length, queued.length]).toEqual([1, 1]);
    expect(
      (
        await s2.call("POST", "attempts", {
          attempts: [attempt(id, "colin27-click-putamen", false)],
        })
      ).status,
    ).toBe(409);
    expect(((await s2.call("GET", "me/export")).data.attempts as unknown[]).length).toBe(0);
  });

  it("attaches device attempts on join, drops typed text, exports and deletes own data", async () => {
    const a = await educator("ada", "correct horse battery");
    const c = await classOf(a, "Device class");
    const s = await student(c.joinCode, "heron");
    expect((await ada().call("POST", "join", { code: c.joinCode, handle: "heron" })).status).toBe(
      409,
    );
    expect(
      (await ada().call("POST", "join", { code: c.joinCode, handle: "my name is X" })).status,
    ).toBe(400);
    const named = attempt(randomUUID(), "colin27-name-caudate", false, {
      itemType: "name",
      answer: { kind: "name", structure: "putamen", text: "putamen I think, Jane Doe" },
    });
    const res = await s.call("POST", "attempts/attach", { attempts: [named] });
    expect(res.status).toBe(200);
    const row = await h.db
      .selectFrom("attempt")
      .select(["from_device", "answer"])
      .where("id", "=", named.id)
      .executeTakeFirstOrThrow();
    expect(row.from_device).toBe(true);
    expect(row.answer).toEqual({ kind: "name", structure: "putamen" });
    const exported = (await s.call("GET", "me/export")).data as {
      student: { handle: string };
      attempts: { id: string }[];
    };
    expect(exported.student.handle).toBe("heron");
    expect(exported.attempts.map((x) => x.id)).toEqual([named.id]);
    expect((await s.call("POST", "me/delete")).status).toBe(200);
    expect(
      await h.db.selectFrom("attempt").select("id").where("id", "=", named.id).execute(),
    ).toEqual([]);
    expect(
      await h.db
        .selectFrom("xapi_queue")
        .select("attempt_id")
        .where("attempt_id", "=", named.id)
        .execute(),
    ).toEqual([]);
    expect((await s.call("GET", "me/export")).status).toBe(401);
  });

  it("shows a class's analytics to its educator only, with the submitted click positions", async () => {
    const a = await educator("ada", "correct horse battery");
    const b = await educator("bob", "another long secret");
    const c = await classOf(a, "Heat map class");
    const clicks: [number, number, boolean][] = [
      [20, -10, true],
      [21.5, -9, true],
      [35, 5, false],
    ];
    for (const [i, [x, y, ok]] of clicks.entries()) {
      const s = await student(c.joinCode, `pupil_${i}`);
      const one = attempt(randomUUID(), "colin27-click-putamen", ok, {
        answer: { kind: "point", pointMm: [x, y, 12], slice: 90 },
      });
      expect((await s.call("POST", "attempts", { attempts: [one] })).status).toBe(200);
    }
    expect((await b.call("GET", `cohorts/${c.id}/analytics`)).status).toBe(404);
    expect((await b.call("GET", `cohorts/${c.id}/analytics.csv`)).status).toBe(404);
    const got = (await a.call("GET", `cohorts/${c.id}/analytics`)).data as {
      items: { itemId: string; students: number; difficulty: number }[];
      answers: { points: { xMm: number; yMm: number; correct: boolean }[] }[];
    };
    expect(got.items).toMatchObject([{ itemId: "colin27-click-putamen", students: 3 }]);
    expect(got.items[0].difficulty).toBeCloseTo(2 / 3, 12);
    const pts = got.answers[0].points.map((p) => [p.xMm, p.yMm, p.correct]);
    expect(pts.sort()).toEqual([...clicks].sort());
    const csv = await fetch(`${origin}/api/class/cohorts/${c.id}/analytics.csv`, {
      headers: { cookie: a.cookie },
    });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await csv.text()).split("\r\n")[1]).toMatch(/^colin27-click-putamen,click,3,3,0\.666/);
  });

  it("rate-limits writes per session with 429", async () => {
    const a = await educator("ada", "correct horse battery");
    const saved = ctx.writes;
    ctx.writes = rateLimiter(3, 0.001);
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push((await a.call("POST", "cohorts", { title: `t${i}` })).status);
      expect(codes).toEqual([201, 201, 201, 429, 429]);
    } finally {
      ctx.writes = saved;
    }
  });
});
