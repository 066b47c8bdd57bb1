/**
 * A minimal LMS platform for the LTI tests, over real HTTP, following the 1EdTech LTI 1.3 Core,
 * Deep Linking 2.0 and AGS 2.0 message formats: a rotatable JWKS, the OIDC authorization
 * endpoint (checks the tool's auth request, answers with the id_token it would form-post), the
 * OAuth2 token endpoint (client-credentials with a JWT assertion checked against the tool's
 * JWKS) and a line item's score endpoint that records scores.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from "jose";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export interface User {
  sub: string;
  roles: string[];
  messageType: "LtiResourceLinkRequest" | "LtiDeepLinkingRequest";
}
interface Key {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export class TestPlatform {
  origin = "";
  readonly clientId = "tool-client-1";
  readonly deploymentId = "deploy-1";
  readonly keys: Key[] = [];
  published: string[] = [];
  signWith = "";
  users = new Map<string, User>();
  scores: { lineitem: string; body: Record<string, unknown>; contentType: string | undefined }[] =
    [];
  tokens = new Set<string>();
  toolJwksUrl = "";
  targetLinkUri = "";
  private close_ = () => undefined as void;

  get issuer() {
    return this.origin;
  }
  get lineitem() {
    return `${this.origin}/courses/c1/lineitems/7?type=quiz`;
  }

  async addKey(kid: string): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    this.keys.push({
      kid,
      privateKey,
      jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
    });
  }

  /** An id_token for `user` with `nonce`; `over` replaces claims (e.g. aud, exp). */
  async idToken(
    user: User,
    nonce: string,
    over: Partial<JWTPayload> = {},
    kid = this.signWith,
  ): Promise<string> {
    const key = this.keys.find((k) => k.kid === kid) as Key;
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      iss: this.issuer,
      aud: this.clientId,
      sub: user.sub,
      iat: now,
      exp: now + 300,
      nonce,
      [`${LTI}message_type`]: user.messageType,
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: this.deploymentId,
      [`${LTI}target_link_uri`]: this.targetLinkUri,
      [`${LTI}roles`]: user.roles,
      [`${LTI}context`]: { id: "c1", title: "Neuroanatomy 101" },
      [`${LTI}resource_link`]: { id: "rl-1" },
      [`${LTI}custom`]: { items: "3" },
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
        scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
        lineitem: this.lineitem,
      },
      ...(user.messageType === "LtiDeepLinkingRequest"
        ? {
            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
              deep_link_return_url: `${this.origin}/deep-link-return`,
              accept_types: ["ltiResourceLink"],
              accept_presentation_document_targets: ["iframe", "window"],
              data: "opaque-42",
            },
          }
        : {}),
      ...over,
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .sign(key.privateKey);
  }

  /** The authorization endpoint's answer to the tool's redirect `url` (checked per OIDC/LTI). */
  async authorize(url: string): Promise<{ redirectUri: string; idToken: string; state: string }> {
    const q = new URL(url).searchParams;
    const want = {
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: this.clientId,
    };
    for (const [k, v] of Object.entries(want))
      if (q.get(k) !== v) throw new Error(`auth request: ${k}=${q.get(k)}`);
    const user = this.users.get(q.get("login_hint") ?? "");
    if (!user || !q.get("nonce") || !q.get("state") || !q.get("redirect_uri"))
      throw new Error("auth request incomplete");
    return {
      redirectUri: q.get("redirect_uri") as string,
      idToken: await this.idToken(user, q.get("nonce") as string),
      state: q.get("state") as string,
    };
  }

  /** Verifies a JWT the tool signed (deep-linking response) against the tool's JWKS. */
  async verifyToolJwt(jwt: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(this.toolJwksUrl)), {
      issuer: this.clientId,
      audience: this.issuer,
    });
    return payload;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        };
        const url = new URL(req.url ?? "/", this.origin);
        const text = Buffer.concat(chunks).toString("utf8");
        if (url.pathname === "/jwks")
          return send(200, {
            keys: this.keys.filter((k) => this.published.includes(k.kid)).map((k) => k.jwk),
          });
        if (url.pathname === "/token" && req.method === "POST") {
          const f = new URLSearchParams(text);
          if (
            f.get("grant_type") !== "client_credentials" ||
            f.get("client_assertion_type") !==
              "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
          )
            return send(400, { error: "invalid_request" });
          jwtVerify(
            f.get("client_assertion") ?? "",
            createRemoteJWKSet(new URL(this.toolJwksUrl)),
            { issuer: this.clientId, subject: this.clientId, audience: `${this.origin}/token` },
          )
            .then(() => {
              const token = randomUUID();
              this.tokens.add(token);
              send(200, {
                access_token: token,
                token_type: "Bearer",
                expires_in: 3600,
                scope: f.get("scope"),
              });
            })
            .catch(() => send(401, { error: "invalid_client" }));
          return;
        }
        if (url.pathname === "/courses/c1/lineitems/7/scores" && req.method === "POST") {
          const bearer = (req.headers.authorization ?? "").replace(/^Bearer /, "");
          if (!this.tokens.has(bearer)) return send(401, { error: "token" });
          this.scores.push({
            lineitem: `${url.pathname}${url.search}`,
            body: JSON.parse(text) as Record<string, unknown>,
            contentType: req.headers["content-type"],
          });
          return send(200, {});
        }
        send(404, { error: "not found" });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const addr = server.address();
    this.origin = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
    this.close_ = () => void server.close();
  }
  close() {
    this.close_();
  }
}
