import type { Server } from "node:http";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classAttemptSchema, type ClassAttempt } from "@/lib/class/attempt-schema";
import { enqueue, QUEUE_KEY, readQueue, syncQueue } from "@/lib/class/offline-queue";
import { MemoryStore } from "@/lib/progress/kv-store";
import { createCohort, createEducator } from "@/server/class/cohorts";
import type { ClassDatabase } from "@/server/class/db/open";
import { classContext } from "@/server/class/http/context";
import { serveHandler } from "@/server/class/http/node-server";
import { handleClassRequest } from "@/server/class/http/router";
import { openTestDb } from "./engines";
import { attempt, ClassClient } from "./http-client";

describe("offline attempt queue synced to the class server (PGlite, real HTTP)", () => {
  let h: ClassDatabase;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    h = await openTestDb("pglite");
    const ctx = classContext(h.db, "http://class.test", { entriesPerSecond: 1000 });
    ({ server, origin } = await serveHandler((req, key) => handleClassRequest(req, ctx, key)));
  }, 60_000);
  afterAll(async () => {
    server.close();
    await h.close();
  });

  it("keeps attempts while offline and sends each exactly once when back", async () => {
    const edu = await createEducator(h.db, "ada", "correct horse battery");
    const { joinCode } = await createCohort(h.db, edu, "Offline class");
    const s = new ClassClient(origin);
    await s.call("POST", "join", { code: joinCode, handle: "wren" });
    const kv = new MemoryStore();
    const made = Array.from({ length: 130 }, (_, i) =>
      classAttemptSchema.parse(attempt(randomUUID(), `item-${i % 7}`, i % 3 === 0)),
    );
    for (const a of made) enqueue(kv, a);
    enqueue(kv, made[0]);
    expect(readQueue(kv)).toHaveLength(130);

    let online = false;
    const send = async (batch: ClassAttempt[]) => {
      if (!online) throw new Error("offline");
      const res = await s.call("POST", "attempts", { attempts: batch });
      if (res.status !== 200) throw new Error(String(res.status));
      return res.data.acknowledged as string[];
    };
    expect(await syncQueue(kv, send)).toEqual({ acknowledged: 0, remaining: 130 });
    online = true;
    expect(await syncQueue(kv, send)).toEqual({ acknowledged: 130, remaining: 0 });
    expect(kv.getItem(QUEUE_KEY)).toBeNull();
    // A lost acknowledgement: the device sends some again; the server still has each once.
    for (const a of made.slice(0, 10)) enqueue(kv, a);
    expect(await syncQueue(kv, send)).toEqual({ acknowledged: 10, remaining: 0 });
    const rows = await h.db
      .selectFrom("attempt")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(130);
  });
});
