import type { Server } from "node:http";
import { randomUUID } from "node:crypto";
import { exportPKCS8, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClassDatabase } from "@/server/class/db/open";
import { classContext } from "@/server/class/http/context";
import { serveHandler } from "@/server/class/http/node-server";
import { handleClassRequest } from "@/server/class/http/router";
import { toolKeyFromPem } from "@/server/class/lti/registration";
import { ENGINES, openTestDb } from "./engines";
import { attempt, ClassClient } from "./http-client";
import { TestPlatform } from "./lti-platform";

const INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
const LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

describe.each(ENGINES)("LTI 1.3 launch, deep linking and grade return on %s", (engine) => {
  let h: ClassDatabase;
  let server: Server;
  let tool: string;
  const lms = new TestPlatform();

  beforeAll(async () => {
    h = await openTestDb(engine);
    await lms.start();
    await lms.addKey("k1");
    await lms.addKey("k2");
    await lms.addKey("never-published");
    lms.published = ["k1"];
    lms.signWith = "k1";
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const key = await toolKeyFromPem(await exportPKCS8(privateKey), "tool-k");
    const platform = {
      issuer: lms.issuer,
      clientId: lms.clientId,
      deploymentId: lms.deploymentId,
      authUrl: `${lms.origin}/auth`,
      jwksUrl: `${lms.origin}/jwks`,
      tokenUrl: `${lms.origin}/token`,
    };
    let ctxSite = "";
    ({ server, origin: tool } = await serveHandler((req, k) =>
      handleClassRequest(req, ctx(ctxSite), k),
    ));
    ctxSite = tool;
    const context = classContext(h.db, tool, { entriesPerSecond: 1000, lti: { platform, key } });
    const ctx = (_: string) => context;
    lms.toolJwksUrl = `${tool}/api/class/lti/jwks`;
    lms.targetLinkUri = `${tool}/practice/colin27?seed=a&count=3`;
    lms.users.set("hint-teacher", {
      sub: "u-teacher",
      roles: [INSTRUCTOR],
      messageType: "LtiDeepLinkingRequest",
    });
    lms.users.set("hint-student", {
      sub: "u-student-9",
      roles: [LEARNER],
      messageType: "LtiResourceLinkRequest",
    });
  }, 60_000);
  afterAll(async () => {
    server.close();
    lms.close();
    await h.close();
  });

  /** Platform-initiated login → the tool's redirect → the platform's answer. */
  async function login(hint: string) {
    const q = new URLSearchParams({
      iss: lms.issuer,
      login_hint: hint,
      target_link_uri: lms.targetLinkUri,
      lti_message_hint: "m1",
      client_id: lms.clientId,
    });
    const res = await fetch(`${tool}/api/class/lti/login?${q}`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const location = res.headers.get("location") as string;
    expect(location.startsWith(`${lms.origin}/auth?`)).toBe(true);
    expect(new URL(location).searchParams.get("lti_message_hint")).toBe("m1");
    return lms.authorize(location);
  }
  async function launch(idToken: string, state: string) {
    return fetch(`${tool}/api/class/lti/launch`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: lms.origin },
      body: new URLSearchParams({ id_token: idToken, state }),
    });
  }
  async function sessionFrom(res: Response) {
    const c = new ClassClient(tool);
    c.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
    await c.call("GET", "me");
    return c;
  }

  it("deep-links a quiz set for the instructor, signed for the platform", async () => {
    const auth = await login("hint-teacher");
    expect(auth.redirectUri).toBe(`${tool}/api/class/lti/launch`);
    const res = await launch(auth.idToken, auth.state);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/practice/colin27?seed=a&count=3");
    const teacher = await sessionFrom(res);
    const choice = { title: "Basal ganglia", path: "/practice/colin27?seed=a&count=3", items: 3 };
    const dl = await teacher.call("POST", "lti/deep-link", { choices: [choice] });
    expect(dl.status).toBe(200);
    expect(dl.data.returnUrl).toBe(`${lms.origin}/deep-link-return`);
    const payload = await lms.verifyToolJwt(dl.data.jwt as string);
    expect(payload["https://purl.imsglobal.org/spec/lti/claim/message_type"]).toBe(
      "LtiDeepLinkingResponse",
    );
    expect(payload["https://purl.imsglobal.org/spec/lti/claim/deployment_id"]).toBe(
      lms.deploymentId,
    );
    expect(payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"]).toBe("opaque-42");
    expect(payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]).toEqual([
      {
        type: "ltiResourceLink",
        title: "Basal ganglia",
        url: `${tool}${choice.path}`,
        custom: { items: "3" },
        lineItem: { scoreMaximum: 3, label: "Basal ganglia" },
      },
    ]);
  });

  it("launches a student, returns the grade of three items to the platform", async () => {
    const auth = await login("hint-student");
    const res = await launch(auth.idToken, auth.state);
    expect(res.status).toBe(302);
    const s = await sessionFrom(res);
    const batch = [
      attempt(randomUUID(), "i1", true),
      attempt(randomUUID(), "i2", false),
      attempt(randomUUID(), "i3", true),
    ];
    const sent = await s.call("POST", "attempts", { attempts: batch });
    expect(sent.status).toBe(200);
    expect(sent.data.grade).toEqual({ scoreGiven: 2, scoreMaximum: 3 });
    const last = lms.scores.at(-1);
    expect(last?.lineitem).toBe("/courses/c1/lineitems/7/scores?type=quiz");
    expect(last?.contentType).toBe("application/vnd.ims.lis.v1.score+json");
    expect(last?.body).toMatchObject({
      userId: "u-student-9",
      scoreGiven: 2,
      scoreMaximum: 3,
      gradingProgress: "FullyGraded",
      activityProgress: "InProgress",
    });
    const student = await h.db
      .selectFrom("student")
      .select(["handle", "lti_sub"])
      .where("lti_sub", "=", "u-student-9")
      .executeTakeFirstOrThrow();
    expect(student.handle).toMatch(/^lti-[0-9a-f]{10}$/);
  });

  it("refuses a replayed launch, a replayed nonce, a wrong audience, an expired token and an unknown key", async () => {
    const a = await login("hint-student");
    expect((await launch(a.idToken, a.state)).status).toBe(302);
    expect((await launch(a.idToken, a.state)).status).toBe(401);
    const b = await login("hint-student");
    expect((await launch(a.idToken, b.state)).status).toBe(401);
    // Each bad token below carries the nonce of a fresh state, so only the named defect differs.
    const user = lms.users.get("hint-student")!;
    const c = await login("hint-student");
    const wrongAud = await lms.idToken(user, decodeNonce(c.idToken), { aud: "someone-else" });
    expect((await launch(wrongAud, c.state)).status).toBe(401);
    const d = await login("hint-student");
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await lms.idToken(user, decodeNonce(d.idToken), { iat: past - 300, exp: past });
    expect((await launch(expired, d.state)).status).toBe(401);
    const e = await login("hint-student");
    const foreign = await lms.idToken(user, decodeNonce(e.idToken), {}, "never-published");
    expect((await launch(foreign, e.state)).status).toBe(401);
  });

  it("follows the platform's key rotation", async () => {
    lms.published = ["k1", "k2"];
    lms.signWith = "k2";
    const a = await login("hint-student");
    expect((await launch(a.idToken, a.state)).status).toBe(302);
    // k1 retired: tokens signed with k2 keep working (a retired key stays cached up to 10 min).
    lms.published = ["k2"];
    const b = await login("hint-student");
    expect((await launch(b.idToken, b.state)).status).toBe(302);
  });
});

function decodeNonce(jwt: string): string {
  return (
    JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8")) as { nonce: string }
  ).nonce;
}
