/** A small OpenID Connect issuer for tests: its discovery document and key set over HTTP, RS256 tokens signed here. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

/** The audience the issuer's tokens name unless told otherwise. */
export const OIDC_AUDIENCE = "flexi-api";

/** An issuer: its discovery document and key set over HTTP, and tokens signed with its key. */
export interface Issuer {
  url: string;
  jwksUrl: string;
  /** Requests for the key set so far. */
  jwksRequests: number;
  sign(
    claims: Record<string, unknown>,
    options?: { audience?: string; expiresIn?: string | number; key?: CryptoKey; kid?: string; issuer?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startIssuer(): Promise<Issuer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  let url = "";
  const issuer = { jwksRequests: 0 } as Issuer;
  const server: Server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openid-configuration") {
      res.end(
        JSON.stringify({ issuer: url, jwks_uri: `${url}/keys`, id_token_signing_alg_values_supported: ["RS256"] }),
      );
    } else if (req.url === "/keys") {
      issuer.jwksRequests += 1;
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(issuer, {
    url,
    jwksUrl: `${url}/keys`,
    async sign(
      claims: Record<string, unknown>,
      options: { audience?: string; expiresIn?: string | number; key?: CryptoKey; kid?: string; issuer?: string } = {},
    ) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "key-1" })
        .setIssuer(options.issuer ?? url)
        .setAudience(options.audience ?? OIDC_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? "10m")
        .sign(options.key ?? privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
