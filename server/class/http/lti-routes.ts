/**
 * LTI endpoints: `lti/login` (OIDC login initiation, GET or form POST), `lti/launch` (the
 * platform's form POST of id_token + state: verified, provisioned, session cookie, redirect to
 * the target link on this site), `lti/jwks` (the tool's public key), `lti/deep-link` (an
 * instructor's choice → the signed response to post back to the LMS).
 */
import { z } from "zod";
import { createSession } from "../auth/sessions";
import { deepLinkingResponse } from "../lti/deep-link";
import { CLAIM, MESSAGE } from "../lti/claims";
import { verifyLaunch } from "../lti/launch";
import { loginRedirect } from "../lti/login";
import { provisionLaunch } from "../lti/provision";
import { json, problem, readJson, sessionCookie } from "./respond";
import type { Route } from "./router";

const choices = z.object({
  choices: z
    .array(
      z.object({
        title: z.string().min(1).max(200),
        path: z.string().regex(/^\/[A-Za-z0-9._~/?&=%-]*$/),
        items: z.number().int().min(1).max(500),
      }),
    )
    .min(1)
    .max(50),
});

async function params(req: Request): Promise<URLSearchParams> {
  if (req.method === "GET") return new URL(req.url).searchParams;
  return new URLSearchParams(await req.text());
}

export const ltiRoutes: Route = async ({ req, ctx, parts, session }) => {
  if (parts[0] !== "lti" || parts.length !== 2) return null;
  if (!ctx.lti) return problem(404, "LTI is not configured");
  const { platform, key } = ctx.lti;
  const launchUrl = `${ctx.site.replace(/\/+$/, "")}/api/class/lti/launch`;
  if (parts[1] === "jwks") return json({ keys: [key.publicJwk] });
  if (parts[1] === "login") {
    return new Response(null, {
      status: 302,
      headers: { location: await loginRedirect(ctx.db, platform, await params(req), launchUrl) },
    });
  }
  if (parts[1] === "launch" && req.method === "POST") {
    const form = await params(req);
    const payload = await verifyLaunch(
      ctx.db,
      platform,
      form.get("id_token") ?? "",
      form.get("state") ?? "",
    );
    const who = await provisionLaunch(ctx.db, payload);
    if (payload[CLAIM.messageType] === MESSAGE.deepLinkingRequest) {
      if (who.kind !== "educator") return problem(403, "deep linking: instructors only");
      ctx.deepLinks.set(who.subjectId, payload);
    }
    const { token } = await createSession(ctx.db, who.kind, who.subjectId);
    const target = new URL(String(payload[CLAIM.targetLinkUri] ?? "/"), ctx.site);
    const location =
      target.origin === new URL(ctx.site).origin ? `${target.pathname}${target.search}` : "/";
    return new Response(null, {
      status: 302,
      headers: { location, "set-cookie": sessionCookie(token, ctx.site.startsWith("https:")) },
    });
  }
  if (parts[1] === "deep-link" && req.method === "POST") {
    if (!session || session.kind !== "educator") return problem(401, "educator session required");
    const request = ctx.deepLinks.get(session.subjectId);
    if (!request) return problem(409, "deep linking: no pending request from the LMS");
    const body = choices.safeParse(await readJson(req));
    if (!body.success) return problem(400, "deep linking: choices [{title, path, items}] required");
    ctx.deepLinks.delete(session.subjectId);
    return json(await deepLinkingResponse(platform, key, request, ctx.site, body.data.choices));
  }
  return null;
};
