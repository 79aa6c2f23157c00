import { readFileSync } from "node:fs";
import type { JWK } from "jose";
import { publicJwk, type Jwks } from "./federation";
import { refusalReason } from "./guard";
import { createOp, type OpProfile } from "./provider";
import { createTrustAnchor, trustMarkId } from "./trust-anchor";

// Starts the local federation described by the DEV_IDP_CONFIG file (written by scripts/demo-secrets.mjs):
// a trust anchor and the SPID and CIE providers under it. Refuses to run in production or beside real providers.

type DevIdpConfig = {
  trustAnchor: { entityId: string; port: number; federationKey: JWK; organizationName: string };
  ops: (OpProfile & { id: string; port: number; federationKey: JWK; signingKey: JWK })[];
  rp: { entityId: string; federationJwks: Jwks };
  cookieSecret: string;
  revocationLog: string;
};

const configPath = process.argv[2];
if (!configPath) throw new Error("usage: tsx dev/idp/server.ts <config.json>");
const config = JSON.parse(readFileSync(configPath, "utf8")) as DevIdpConfig;

const refusal = refusalReason(process.env, config.ops.map((op) => op.issuer));
if (refusal) {
  console.error(`[idp] ${refusal}`);
  process.exit(1);
}

const anchor = { entityId: config.trustAnchor.entityId, jwks: { keys: [publicJwk(config.trustAnchor.federationKey)] } };
createTrustAnchor({
  entityId: anchor.entityId,
  federationKey: config.trustAnchor.federationKey,
  organizationName: config.trustAnchor.organizationName,
  subordinates: [
    { entityId: config.rp.entityId, entityTypes: ["openid_relying_party"], jwks: config.rp.federationJwks },
    ...config.ops.map((op) => ({ entityId: op.issuer, entityTypes: ["openid_provider" as const], jwks: { keys: [publicJwk(op.federationKey)] } })),
  ],
}).listen(config.trustAnchor.port, "127.0.0.1", () => console.log(`[idp] trust anchor di prova su ${anchor.entityId}`));

for (const op of config.ops) {
  const provider = createOp(
    op,
    { anchor, trustMarkId: trustMarkId(anchor.entityId), federationKey: op.federationKey, revocationLog: config.revocationLog },
    op.signingKey,
    config.cookieSecret,
  );
  provider.listen(op.port, "127.0.0.1", () => console.log(`[idp] ${op.name} su ${op.issuer}`));
}
