import { readFileSync } from "node:fs";
import type { JWK } from "oidc-provider";
import { createOp, type OpProfile } from "./provider";

// Starts the local SPID and CIE providers described by the DEV_IDP_CONFIG file (written by
// scripts/start.mjs). Refuses to run in a production deployment.

type DevIdpConfig = {
  ops: (OpProfile & { id: string; port: number })[];
  rp: { clientId: string; callbackBase: string; publicJwks: { keys: JWK[] } };
  opSigningKey: JWK;
  cookieSecret: string;
};

const configPath = process.argv[2];
if (!configPath) throw new Error("usage: tsx dev/idp/server.ts <config.json>");
const config = JSON.parse(readFileSync(configPath, "utf8")) as DevIdpConfig;

for (const op of config.ops) {
  const provider = createOp(
    op,
    { clientId: config.rp.clientId, redirectUris: [`${config.rp.callbackBase}/${op.id}`], publicJwks: config.rp.publicJwks },
    { ...config.opSigningKey, kid: `${config.opSigningKey.kid}-${op.port}` },
    config.cookieSecret,
  );
  provider.listen(op.port, "127.0.0.1", () => console.log(`[idp] ${op.name} su ${op.issuer}`));
}
