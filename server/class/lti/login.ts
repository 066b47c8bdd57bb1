/**
 * Step 1 of an LTI 1.3 launch: third-party initiated login (OIDC). The platform sends `iss`,
 * `login_hint`, `target_link_uri` and optionally `lti_message_hint`, `client_id`,
 * `lti_deployment_id`; the tool answers with a redirect to the platform's authorization endpoint
 * carrying a fresh `state` and `nonce` (kept in `lti_state` for the launch to check).
 */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { ClassError } from "../cohorts";
import type { ClassDb } from "../db/schema";
import type { Platform } from "./registration";

/** The authorization redirect URL for login parameters `p`; throws 400 on a foreign issuer. */
export async function loginRedirect(
  db: Kysely<ClassDb>,
  platform: Platform,
  p: URLSearchParams,
  launchUrl: string,
): Promise<string> {
  const iss = p.get("iss");
  const loginHint = p.get("login_hint");
  if (iss !== platform.issuer) throw new ClassError(400, "lti login: unknown issuer");
  if (!loginHint || !p.get("target_link_uri"))
    throw new ClassError(400, "lti login: login_hint and target_link_uri required");
  const clientId = p.get("client_id");
  if (clientId && clientId !== platform.clientId)
    throw new ClassError(400, "lti login: unknown client_id");
  const state = randomBytes(24).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  await db.insertInto("lti_state").values({ state, nonce, issuer: iss }).execute();
  const url = new URL(platform.authUrl);
  const q: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: loginHint,
    state,
    nonce,
  };
  const hint = p.get("lti_message_hint");
  if (hint) q.lti_message_hint = hint;
  for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v);
  return url.toString();
}
