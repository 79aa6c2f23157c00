// Demo mode: secrets and keys generated on first start into ./data (never committed), so a fresh clone
// runs with nothing to configure. Production supplies all of these through the environment instead.
// Keys: the trust anchor's federation key; per OP a federation key and an OIDC signing key; for the portal
// a federation key (its entity configuration) and OIDC keys, one to sign and one to decrypt userinfo.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import path from "node:path";
import { exportJWK, generateKeyPair, importJWK, SignJWT } from "jose";
import forge from "node-forge";

async function rsaKey(kid, use, alg = "RS256") {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return { ...(await exportJWK(privateKey)), kid, use, alg };
}

function publicPart(jwk) {
  const { kty, n, e, kid, use, alg } = jwk;
  return { kty, n, e, kid, use, alg };
}

/** The demo laboratory's application, as the gateway API registers facilities' software (decision 0017). */
export const DEMO_LAB = { facilityCode: "120301", applicationName: "LIS dimostrativo", commonName: "LABDEMO120301" };

/**
 * A signing key and a self-signed X.509 certificate (CN = `commonName`), like the "signature" certificate a
 * facility uses for the gateway's JWTs: the private key as JWK, the certificate as base64 DER (x5c).
 */
export function facilityCredentials(commonName, validDays = 825) {
  // The key from Node (fast, native); the certificate around it from forge.
  const { privateKey: privateKeyPem, publicKey: publicKeyPem } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  certificate.serialNumber = `01${randomBytes(8).toString("hex")}`;
  certificate.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  certificate.validity.notAfter = new Date(Date.now() + validDays * 24 * 3600 * 1000);
  const subject = [{ name: "commonName", value: commonName }, { name: "organizationName", value: "Struttura di prova" }, { name: "countryName", value: "IT" }];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return { privateKeyPem, certificate: Buffer.from(der, "binary").toString("base64") };
}

/** Loads the demo secrets, adding whatever an older data directory lacks (sessions and stored files survive). */
export async function loadDemoSecrets(dataDir) {
  const file = path.join(dataDir, "demo-secrets.json");
  const secrets = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const before = JSON.stringify(secrets);
  mkdirSync(dataDir, { recursive: true });
  secrets.nextAuthSecret ??= randomBytes(32).toString("base64url");
  secrets.storageKey ??= randomBytes(32).toString("hex");
  secrets.cookieSecret ??= randomBytes(32).toString("base64url");
  const rpKeys = secrets.rpPrivateJwks?.keys ?? [];
  if (!rpKeys.some((key) => key.use === "sig")) rpKeys.push(await rsaKey("rp-core-sig-1", "sig"));
  if (!rpKeys.some((key) => key.use === "enc")) rpKeys.push(await rsaKey("rp-core-enc-1", "enc", "RSA-OAEP-256"));
  secrets.rpPrivateJwks = { keys: rpKeys };
  secrets.rpPublicJwks = { keys: rpKeys.map(publicPart) };
  secrets.rpFederationKey ??= await rsaKey("rp-fed-1", "sig");
  secrets.trustAnchorKey ??= await rsaKey("dev-ta-fed-1", "sig");
  secrets.opKeys ??= {};
  for (const id of ["spid-test", "cie-test"]) {
    secrets.opKeys[id] ??= { federationKey: await rsaKey(`dev-${id}-fed-1`, "sig"), signingKey: await rsaKey(`dev-${id}-sig-1`, "sig") };
  }
  secrets.demoLab ??= facilityCredentials(DEMO_LAB.commonName);
  delete secrets.opSigningKey;
  if (JSON.stringify(secrets) !== before) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** The local providers: a SPID OP on `basePort` and a CIE OP on the next port. */
export function demoOps(basePort) {
  return [
    { id: "spid-test", kind: "spid", name: "SPID Test", organizationName: "SPID Test (identità di prova)", issuer: `http://127.0.0.1:${basePort}`, port: basePort },
    { id: "cie-test", kind: "cie", name: "CIE Test", organizationName: "CIE Test (identità di prova)", issuer: `http://127.0.0.1:${basePort + 1}`, port: basePort + 1 },
  ];
}

/** The local trust anchor, two ports above the SPID OP. */
export function demoTrustAnchor(basePort) {
  return { entityId: `http://127.0.0.1:${basePort + 2}`, port: basePort + 2 };
}

/** Same id as dev/idp/trust-anchor.ts `trustMarkId`: the SPID-style mark for a public-administration RP. */
export function demoTrustMarkId(anchorEntityId) {
  return `${anchorEntityId}/openid_relying_party/public/`;
}

const ORGANIZATION = "Regione di prova — Fascicolo Sanitario Elettronico";

async function signTrustMark(anchorEntityId, anchorKey, subject) {
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: anchorEntityId,
    sub: subject,
    id: demoTrustMarkId(anchorEntityId),
    iat,
    exp: iat + 365 * 24 * 3600,
    organization_type: "public",
    organization_name: ORGANIZATION,
    entity_role: "openid_relying_party",
  })
    .setProtectedHeader({ alg: "RS256", kid: anchorKey.kid, typ: "trust-mark+jwt" })
    .sign(await importJWK(anchorKey, "RS256"));
}

/** The environment of the portal and the config file of the local federation, in demo mode. */
export async function demoEnvironment({ dataDir, appUrl, idpBasePort }) {
  const secrets = await loadDemoSecrets(dataDir);
  const ops = demoOps(idpBasePort).map((op) => ({ ...op, ...secrets.opKeys[op.id] }));
  const anchor = demoTrustAnchor(idpBasePort);
  const idpConfigPath = path.join(dataDir, "dev-idp.json");
  writeFileSync(
    idpConfigPath,
    JSON.stringify({
      trustAnchor: { ...anchor, federationKey: secrets.trustAnchorKey, organizationName: "Trust anchor di prova" },
      ops,
      rp: { entityId: appUrl, federationJwks: { keys: [publicPart(secrets.rpFederationKey)] } },
      cookieSecret: secrets.cookieSecret,
      revocationLog: path.join(dataDir, "dev-idp-revocations.jsonl"),
    }),
    { mode: 0o600 },
  );
  // Signed at each start, so the mark always names the portal's current address.
  const trustMark = await signTrustMark(anchor.entityId, secrets.trustAnchorKey, appUrl);
  return {
    idpConfigPath,
    env: {
      FASCICOLO_DEMO: "1",
      NEXTAUTH_URL: appUrl,
      NEXTAUTH_SECRET: secrets.nextAuthSecret,
      STORAGE_KEY: secrets.storageKey,
      RP_PRIVATE_JWKS: JSON.stringify(secrets.rpPrivateJwks),
      RP_FEDERATION_JWKS: JSON.stringify({ keys: [secrets.rpFederationKey] }),
      FEDERATION_TRUST_ANCHORS: JSON.stringify([{ entityId: anchor.entityId, jwks: { keys: [publicPart(secrets.trustAnchorKey)] } }]),
      RP_AUTHORITY_HINTS: JSON.stringify([anchor.entityId]),
      RP_TRUST_MARKS: JSON.stringify([{ id: demoTrustMarkId(anchor.entityId), trust_mark: trustMark }]),
      RP_CLIENT_NAME: "Fascicolo Sanitario Elettronico",
      RP_ORGANIZATION_NAME: ORGANIZATION,
      RP_CONTACTS: JSON.stringify(["fascicolo-demo@example.org"]),
      OIDC_PROVIDERS: JSON.stringify(demoOps(idpBasePort).map(({ id, kind, name, issuer }) => ({ id, kind, name, issuer }))),
    },
  };
}
