/**
 * Assignment and Grade Services 2.0: returning a student's score to the LMS gradebook.
 *
 * The score of an LTI student = number of distinct items with a correct attempt, out of
 * `score_maximum` (the `items` custom parameter of the link, set by deep linking). The tool gets
 * an access token with the client-credentials grant and a signed JWT client assertion
 * (1EdTech Security Framework), then POSTs a `application/vnd.ims.lis.v1.score+json` score to
 * `<lineitem>/scores` (before any query string).
 */
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Kysely } from "kysely";
import type { ClassDb } from "../db/schema";
import { SCOPE_SCORE, SCORE_MEDIA_TYPE } from "./claims";
import type { Platform, ToolKey } from "./registration";

/** `<lineitem>/scores`, keeping the line item URL's query string after the path. */
export function scoresUrl(lineitem: string): string {
  const u = new URL(lineitem);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/scores`;
  return u.toString();
}

export async function accessToken(platform: Platform, key: ToolKey): Promise<string> {
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(key.privateKey);
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: assertion,
    scope: SCOPE_SCORE,
  });
  const res = await fetch(platform.tokenUrl, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  if (!res.ok) throw new Error(`lti token: ${res.status}`);
  const data = (await res.json()) as { access_token?: string };
  if (!data.access_token) throw new Error("lti token: no access_token");
  return data.access_token;
}

/** Computes and posts the student's current score; returns it, or null when not an LTI link. */
export async function returnGrade(
  db: Kysely<ClassDb>,
  platform: Platform,
  key: ToolKey,
  studentId: string,
) {
  const link = await db
    .selectFrom("lti_link")
    .selectAll()
    .where("student_id", "=", studentId)
    .executeTakeFirst();
  if (!link?.lineitem) return null;
  const right = await db
    .selectFrom("attempt")
    .select("item_id")
    .distinct()
    .where("student_id", "=", studentId)
    .where("correct", "=", true)
    .execute();
  const score = {
    scoreGiven: Math.min(right.length, link.score_maximum),
    scoreMaximum: link.score_maximum,
  };
  const token = await accessToken(platform, key);
  const res = await fetch(scoresUrl(link.lineitem), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": SCORE_MEDIA_TYPE },
    body: JSON.stringify({
      userId: link.user_sub,
      ...score,
      activityProgress: score.scoreGiven >= score.scoreMaximum ? "Completed" : "InProgress",
      gradingProgress: "FullyGraded",
      timestamp: new Date().toISOString(),
    }),
  });
  if (!res.ok) throw new Error(`lti score: ${res.status}`);
  return score;
}
