import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classAttemptSchema } from "@/lib/class/attempt-schema";
import type { XapiStatement } from "@/lib/class/xapi-statement";
import { recordAttempts } from "@/server/class/attempts";
import { createCohort, createEducator, joinCohort } from "@/server/class/cohorts";
import type { ClassDatabase } from "@/server/class/db/open";
import { forwardOnce } from "@/server/class/xapi/forward";
import { ENGINES, openTestDb } from "./engines";
import { attempt } from "./http-client";
import { startTestLrs, type TestLrs } from "./test-lrs";

const SITE = "https://atlas.school.test";

describe.each(ENGINES)("xAPI statements and forwarding on %s", (engine) => {
  let h: ClassDatabase;
  let lrs: TestLrs;
  beforeAll(async () => {
    h = await openTestDb(engine);
    lrs = await startTestLrs("lrs-user", "lrs-pass");
  }, 60_000);
  afterAll(async () => {
    lrs.close();
    await h.close();
  });

  it("queues one statement per attempt and delivers each once through outages", async () => {
    const edu = await createEducator(h.db, "ada", "correct horse battery");
    const cohort = await createCohort(h.db, edu, "Neuro 1");
    const who = await joinCohort(h.db, cohort.joinCode, "lynx");
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const items = [
      attempt(ids[0], "colin27-click-putamen", true),
      attempt(ids[1], "colin27-click-caudate", false, { score: 40 }),
      attempt(ids[2], "mcq-ventricles", true, {
        itemType: "mcq",
        answer: { kind: "mcq", selected: [2] },
        durationMs: null,
      }),
    ].map((a) => classAttemptSchema.parse(a));
    await recordAttempts(h.db, who, items, SITE);
    const cfg = { endpoint: lrs.endpoint, username: "lrs-user", password: "lrs-pass" };
    // Queued rows are due from their insert time (now()); forward from a minute later.
    const t0 = new Date(Date.now() + 60_000);

    lrs.failNext = 1;
    const down = await forwardOnce(h.db, cfg, 50, t0);
    expect(down).toMatchObject({ sent: 0, failed: 3 });
    expect(lrs.statements.size).toBe(0);
    // Not due again until the back-off (1 s after the first failure) has passed.
    expect(await forwardOnce(h.db, cfg, 50, new Date(t0.getTime() + 500))).toEqual({
      sent: 0,
      failed: 0,
    });
    const up = await forwardOnce(h.db, cfg, 50, new Date(t0.getTime() + 1500));
    expect(up).toEqual({ sent: 3, failed: 0 });
    expect(await forwardOnce(h.db, cfg, 50, new Date(t0.getTime() + 99_000))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect([...lrs.statements.keys()].sort()).toEqual([...ids].sort());

    // A resend of already-stored statements (e.g. a crash before marking them sent) is accepted.
    await h.db.updateTable("xapi_queue").set({ sent_at: null }).execute();
    expect(await forwardOnce(h.db, cfg, 50, new Date(t0.getTime() + 100_000))).toEqual({
      sent: 3,
      failed: 0,
    });
    expect(lrs.statements.size).toBe(3);

    const click = lrs.statements.get(ids[1]) as XapiStatement;
    expect(click.actor).toEqual({
      objectType: "Agent",
      account: { homePage: SITE, name: who.studentId },
    });
    expect(click.verb.id).toBe("http://adlnet.gov/expapi/verbs/failed");
    expect(click.object.id).toBe(`${SITE}/items/colin27-click-caudate`);
    expect(click.result.score).toEqual({ raw: 40, min: 0, max: 100, scaled: 0.4 });
    expect(click.result.duration).toBe("PT4.2S");
    expect(click.result.extensions[`${SITE}/xapi/extensions/spatial-answer-mm`]).toEqual({
      kind: "point",
      pointMm: [10.5, -20, 33],
      slice: 12,
    });
    const mcq = lrs.statements.get(ids[2]) as XapiStatement;
    expect(mcq.verb.id).toBe("http://adlnet.gov/expapi/verbs/passed");
    expect(mcq.result.duration).toBeUndefined();
    expect(mcq.object.definition.interactionType).toBe("choice");
  });
});
