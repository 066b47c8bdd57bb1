/**
 * Deep Linking 2.0 response: the instructor chose lessons or quiz sets; the tool signs a JWT
 * (RS256, its own key) listing them as `ltiResourceLink` content items, with a line item for
 * graded ones and the `items` custom parameter (the score maximum), echoing the request's
 * `data`. The browser posts it as form field `JWT` to `deep_link_return_url`.
 */
import { SignJWT, type JWTPayload } from "jose";
import { CLAIM, MESSAGE } from "./claims";
import type { Platform, ToolKey } from "./registration";

export interface LinkChoice {
  title: string;
  /** Path on the class site, e.g. `/practice/colin27?seed=a&count=3`. */
  path: string;
  /** Items in the set: the grade's maximum. */
  items: number;
}

export async function deepLinkingResponse(
  platform: Platform,
  key: ToolKey,
  request: JWTPayload,
  site: string,
  choices: readonly LinkChoice[],
) {
  const settings = request[CLAIM.dlSettings] as { deep_link_return_url: string; data?: string };
  const contentItems = choices.map((c) => ({
    type: "ltiResourceLink",
    title: c.title,
    url: `${site.replace(/\/+$/, "")}${c.path}`,
    custom: { items: String(c.items) },
    lineItem: { scoreMaximum: c.items, label: c.title },
  }));
  const jwt = await new SignJWT({
    nonce: String(request.nonce),
    [CLAIM.messageType]: MESSAGE.deepLinkingResponse,
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: platform.deploymentId,
    [CLAIM.dlContentItems]: contentItems,
    ...(settings.data === undefined ? {} : { [CLAIM.dlData]: settings.data }),
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(key.privateKey);
  return { returnUrl: settings.deep_link_return_url, jwt };
}
