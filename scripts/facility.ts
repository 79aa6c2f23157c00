// `npm run facility -- <command>`: the registry of facilities and of the applications that publish for
// them through the gateway API (decision 0017).
//   add --code <codice struttura> --name <nome> [--type Ospedale|Territorio|Prevenzione|SistemaTS|Cittadino]
//       --app <nome applicazione> (--certificate <file PEM o DER base64> | --jwk <file JWK pubblica> --cn <nome>)
//   list
//   revoke <id applicazione>
// Exit code 0: done; 1: wrong arguments; 2: refused (unreadable key, unknown application…).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { applySqlitePragmas, createDb } from "../lib/db/client";
import { databaseUrlOf } from "../lib/env";
import { listApplications } from "../lib/facilities/data";
import { KeyRegistrationError, registrationFromCertificate, registrationFromJwk } from "../lib/facilities/keys";
import { registerApplication, revokeApplication, upsertFacility } from "../lib/facilities/mutations";

const TYPES = ["Ospedale", "Territorio", "Prevenzione", "SistemaTS", "Cittadino"];
const USAGE = `Uso:
  npm run facility -- add --code 120301 --name "Laboratorio Analisi" --type Territorio --app "LIS" --certificate firma.pem
  npm run facility -- add --code 120301 --name "Laboratorio Analisi" --app "LIS" --jwk chiave-pubblica.json --cn LIS120301
  npm run facility -- list
  npm run facility -- revoke <id applicazione>`;

function fail(message: string, code = 1): never {
  console.error(`[facility] ${message}`);
  if (code === 1) console.error(USAGE);
  process.exit(code);
}

const [command, ...rest] = process.argv.slice(2);
const databaseUrl = databaseUrlOf(process.env);
const database = createDb(databaseUrl);
try {
  await applySqlitePragmas(database, databaseUrl);
  if (command === "add") {
    const { values } = parseArgs({
      args: rest,
      options: { code: { type: "string" }, name: { type: "string" }, type: { type: "string", default: "Territorio" }, app: { type: "string" }, certificate: { type: "string" }, jwk: { type: "string" }, cn: { type: "string" } },
    });
    if (!values.code || !/^[A-Za-z0-9]{1,32}$/.test(values.code)) fail("serve --code, il codice della struttura (lettere e cifre)");
    if (!values.name?.trim()) fail("serve --name, il nome della struttura");
    if (!TYPES.includes(values.type!)) fail(`--type deve essere uno di: ${TYPES.join(", ")}`);
    if (!values.app?.trim()) fail("serve --app, il nome dell'applicazione");
    if (Boolean(values.certificate) === Boolean(values.jwk)) fail("serve --certificate oppure --jwk (uno dei due)");
    let key;
    try {
      key = values.certificate ? registrationFromCertificate(readFileSync(values.certificate, "utf8")) : registrationFromJwk(readFileSync(values.jwk!, "utf8"), values.cn ?? "");
    } catch (error) {
      fail(error instanceof KeyRegistrationError ? error.message : `file non leggibile: ${(error as Error).message}`, 2);
    }
    const facilityId = await upsertFacility(database, { code: values.code, name: values.name.trim(), type: values.type! });
    const id = await registerApplication(database, facilityId, values.app.trim(), key);
    console.log(`[facility] applicazione ${id} registrata per ${values.name.trim()} (${values.code}); firma come ${key.commonName}`);
  } else if (command === "list") {
    for (const app of await listApplications(database)) {
      const key = app.certificateSha256 ? `certificato sha256:${app.certificateSha256.slice(0, 16)}…` : `jwk kid=${app.keyId}`;
      const state = app.revokedAt ? `REVOCATA il ${app.revokedAt.toISOString()}` : "attiva";
      console.log(`${app.id}\t${app.facility.code} ${app.facility.name}\t${app.name}\tCN=${app.commonName}\t${key}\t${state}`);
    }
  } else if (command === "revoke") {
    if (!rest[0]) fail("serve l'id dell'applicazione da revocare");
    if (!(await revokeApplication(database, rest[0], new Date()))) fail(`nessuna applicazione attiva con id ${rest[0]}`, 2);
    console.log(`[facility] applicazione ${rest[0]} revocata: i suoi token sono rifiutati da ora`);
  } else {
    fail(command ? `comando sconosciuto: ${command}` : "manca il comando");
  }
} finally {
  await database.$disconnect();
}
