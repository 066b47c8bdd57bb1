/**
 * Step 2 of an LTI 1.3 launch: the platform posts `id_token` and `state` to the tool. The token
 * must be an RS256 JWT signed by a key in the platform's JWKS (fetched again when an unknown
 * kid appears, so key rotation works), issued by the platform, for our client id (with `azp`
 * when there are several audiences), not expired, with the nonce of our `state`; a nonce is
 * accepted once (replays are refused), a state too. Returns the verified claims.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import type { Kysely } from "kysely";
import { ClassError } from "../cohorts";
import type { ClassDb } from "../db/schema";
import { CLAIM, MESSAGE } from "./claims";
import type { Platform } from "./registration";

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function keySet(url: string) {
  const set =
    keySets.get(url) ??
    createRemoteJWKSet(new URL(url), { cooldownDuration: 0, cacheMaxAge: 600_000 });
  keySets.set(url, set);
  return set;
}

const STATE_MS = 10 * 60 * 1000;

export async function verifyLaunch(
  db: Kysely<ClassDb>,
  platform: Platform,
  idToken: string,
  state: string,
): Promise<JWTPayload> {
  const st = await db
    .deleteFrom("lti_state")
    .where("state", "=", state)
    .returning(["nonce", "created_at"])
    .executeTakeFirst();
  if (!st || Date.now() - new Date(st.created_at).getTime() > STATE_MS)
    throw new ClassError(401, "lti launch: unknown or expired state");
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "iat", "sub", "nonce"],
      clockTolerance: 5,
    }));
  } catch (err) {
    throw new ClassError(
      401,
      `lti launch: id_token refused (${err instanceof Error ? err.message : "invalid"})`,
    );
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== platform.clientId) {
    throw new ClassError(401, "lti launch: azp is not our client id");
  }
  if (payload.nonce !== st.nonce)
    throw new ClassError(401, "lti launch: nonce does not match state");
  const used = await db
    .insertInto("lti_nonce")
    .values({ nonce: String(payload.nonce) })
    .onConflict((oc) => oc.column("nonce").doNothing())
    .returning("nonce")
    .executeTakeFirst();
  if (!used) throw new ClassError(401, "lti launch: nonce already used");
  if (payload[CLAIM.version] !== "1.3.0")
    throw new ClassError(400, "lti launch: version must be 1.3.0");
  if (payload[CLAIM.deploymentId] !== platform.deploymentId)
    throw new ClassError(401, "lti launch: unknown deployment");
  const type = payload[CLAIM.messageType];
  if (type !== MESSAGE.resourceLink && type !== MESSAGE.deepLinkingRequest)
    throw new ClassError(400, "lti launch: unsupported message type");
  return payload;
}
