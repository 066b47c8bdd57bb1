/**
 * The one LMS platform this class server trusts, and the tool's own signing key.
 * From the environment: `LTI_ISSUER`, `LTI_CLIENT_ID`, `LTI_DEPLOYMENT_ID`, `LTI_AUTH_URL`,
 * `LTI_JWKS_URL`, `LTI_TOKEN_URL`, and `LTI_TOOL_KEY` (a PKCS#8 PEM RSA private key; its
 * public half is served at `/api/class/lti/jwks` with kid `LTI_TOOL_KID`, default "tool-1").
 */
import { exportJWK, importPKCS8, type CryptoKey, type JWK } from "jose";

export interface Platform {
  issuer: string;
  clientId: string;
  deploymentId: string;
  authUrl: string;
  jwksUrl: string;
  tokenUrl: string;
}

export interface ToolKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export function platformFromEnv(env: NodeJS.ProcessEnv = process.env): Platform | null {
  const {
    LTI_ISSUER,
    LTI_CLIENT_ID,
    LTI_DEPLOYMENT_ID,
    LTI_AUTH_URL,
    LTI_JWKS_URL,
    LTI_TOKEN_URL,
  } = env;
  if (
    !LTI_ISSUER ||
    !LTI_CLIENT_ID ||
    !LTI_DEPLOYMENT_ID ||
    !LTI_AUTH_URL ||
    !LTI_JWKS_URL ||
    !LTI_TOKEN_URL
  )
    return null;
  return {
    issuer: LTI_ISSUER,
    clientId: LTI_CLIENT_ID,
    deploymentId: LTI_DEPLOYMENT_ID,
    authUrl: LTI_AUTH_URL,
    jwksUrl: LTI_JWKS_URL,
    tokenUrl: LTI_TOKEN_URL,
  };
}

/** The tool key from a PEM; the public JWK carries kid, alg RS256 and use "sig". */
export async function toolKeyFromPem(pem: string, kid = "tool-1"): Promise<ToolKey> {
  const privateKey = await importPKCS8(pem, "RS256", { extractable: true });
  const full = await exportJWK(privateKey);
  const publicJwk: JWK = { kty: full.kty, n: full.n, e: full.e, kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, publicJwk };
}
