// Demo mode: secrets and keys generated on first start into ./data (never committed), so a fresh clone
// runs with nothing to configure. Production supplies all of these through the environment instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { exportJWK, generateKeyPair } from "jose";

async function rsaKey(kid, use) {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return { ...(await exportJWK(privateKey)), kid, use, alg: "RS256" };
}

function publicPart(jwk) {
  const { kty, n, e, kid, use, alg } = jwk;
  return { kty, n, e, kid, use, alg };
}

export async function loadDemoSecrets(dataDir) {
  const file = path.join(dataDir, "demo-secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(dataDir, { recursive: true });
  const rpSigningKey = await rsaKey("rp-core-sig-1", "sig");
  const secrets = {
    nextAuthSecret: randomBytes(32).toString("base64url"),
    storageKey: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("base64url"),
    rpPrivateJwks: { keys: [rpSigningKey] },
    rpPublicJwks: { keys: [publicPart(rpSigningKey)] },
    opSigningKey: await rsaKey("dev-op-sig", "sig"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** The local providers: a SPID OP on `basePort` and a CIE OP on the next port. */
export function demoOps(basePort) {
  return [
    { id: "spid-test", kind: "spid", name: "SPID Test", issuer: `http://127.0.0.1:${basePort}`, port: basePort },
    { id: "cie-test", kind: "cie", name: "CIE Test", issuer: `http://127.0.0.1:${basePort + 1}`, port: basePort + 1 },
  ];
}

/** The environment of the portal and the config file of the local providers, in demo mode. */
export async function demoEnvironment({ dataDir, appUrl, idpBasePort }) {
  const ops = demoOps(idpBasePort);
  const secrets = await loadDemoSecrets(dataDir);
  const idpConfigPath = path.join(dataDir, "dev-idp.json");
  writeFileSync(
    idpConfigPath,
    JSON.stringify({
      ops,
      rp: { clientId: appUrl, callbackBase: `${appUrl}/api/auth/callback`, publicJwks: secrets.rpPublicJwks },
      opSigningKey: secrets.opSigningKey,
      cookieSecret: secrets.cookieSecret,
    }),
    { mode: 0o600 },
  );
  return {
    idpConfigPath,
    env: {
      FASCICOLO_DEMO: "1",
      NEXTAUTH_URL: appUrl,
      NEXTAUTH_SECRET: secrets.nextAuthSecret,
      STORAGE_KEY: secrets.storageKey,
      RP_PRIVATE_JWKS: JSON.stringify(secrets.rpPrivateJwks),
      OIDC_PROVIDERS: JSON.stringify(ops.map(({ id, kind, name, issuer }) => ({ id, kind, name, issuer }))),
    },
  };
}
